import { parseArgs } from 'node:util';
import {
  GetQueueAttributesCommand,
  ListMessageMoveTasksCommand,
  type SQSClient,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';

export class RedriveError extends Error {
  override readonly name = 'RedriveError';
}

export interface RedriveIo {
  sqs: SQSClient;
  print: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

/** How long `redrive` waits for SQS to finish moving before it leaves the task running and says so. */
const WAIT_MS = 10 * 60 * 1000;
const POLL_MS = 5_000;

/**
 * `redrive --queue URL [--max-per-second N]`: after a fix, moves every message of a dead-letter queue back to
 * the queue it came from (SQS StartMessageMoveTask), and waits until SQS reports the move done.
 * For the filing jobs' and the alert deliveries' dead-letter queues (docs/operations.md).
 */
export async function runRedriveCommand(args: string[], io: RedriveIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { queue: { type: 'string' }, 'max-per-second': { type: 'string' } },
  });
  if (!values.queue) throw new RedriveError('redrive needs --queue <dead-letter queue URL> (a stack output)');
  const rate = values['max-per-second'] === undefined ? undefined : Number(values['max-per-second']);
  if (rate !== undefined && !(Number.isInteger(rate) && rate >= 1 && rate <= 500))
    throw new RedriveError('--max-per-second must be a whole number from 1 to 500');

  const attrs = await io.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: values.queue,
      AttributeNames: ['QueueArn', 'ApproximateNumberOfMessages'],
    }),
  );
  const arn = attrs.Attributes?.QueueArn;
  if (!arn) throw new RedriveError(`no queue ARN for ${values.queue}`);
  const waiting = Number(attrs.Attributes?.ApproximateNumberOfMessages ?? 0);
  if (waiting === 0) {
    io.print(`${arn}: no message to redrive`);
    return 0;
  }
  // No destination: SQS sends each message back to the queue it was dead-lettered from.
  const task = await io.sqs.send(
    new StartMessageMoveTaskCommand({
      SourceArn: arn,
      ...(rate ? { MaxNumberOfMessagesPerSecond: rate } : {}),
    }),
  );
  io.print(`redriving about ${waiting} message(s) from ${arn} (task ${task.TaskHandle ?? '?'})`);

  const sleep = io.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let waited = 0; waited <= WAIT_MS; waited += POLL_MS) {
    await sleep(POLL_MS);
    const list = await io.sqs.send(new ListMessageMoveTasksCommand({ SourceArn: arn, MaxResults: 1 }));
    const latest = list.Results?.[0];
    if (!latest) continue;
    const moved = `${latest.ApproximateNumberOfMessagesMoved ?? 0} moved`;
    if (latest.Status === 'COMPLETED') {
      io.print(`done: ${moved}`);
      return 0;
    }
    if (latest.Status === 'FAILED' || latest.Status === 'CANCELLED') {
      io.print(`${latest.Status.toLowerCase()}: ${moved}; ${latest.FailureReason ?? 'no reason given'}`);
      return 1;
    }
    io.print(`running: ${moved}`);
  }
  io.print('still running after 10 minutes; SQS goes on without us (see ListMessageMoveTasks)');
  return 0;
}
