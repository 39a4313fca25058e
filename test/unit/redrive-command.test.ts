import {
  GetQueueAttributesCommand,
  ListMessageMoveTasksCommand,
  SQSClient,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { RedriveError, runRedriveCommand } from '../../functions/local/redrive-command';

// SQS cannot run here: the SDK boundary is mocked and its contract checked.
const sqs = mockClient(SQSClient);
const DLQ_URL = 'https://sqs.us-east-1.amazonaws.com/123456789012/FilingJobsDeadLetterQueue';
const DLQ_ARN = 'arn:aws:sqs:us-east-1:123456789012:FilingJobsDeadLetterQueue';

function io() {
  const lines: string[] = [];
  return {
    lines,
    sqs: new SQSClient({ region: 'us-east-1' }),
    print: (l: string) => lines.push(l),
    sleep: async () => {},
  };
}

beforeEach(() => sqs.reset());

describe('redrive', () => {
  it('moves a dead-letter queue back to its source and waits until SQS reports it done', async () => {
    sqs
      .on(GetQueueAttributesCommand)
      .resolves({ Attributes: { QueueArn: DLQ_ARN, ApproximateNumberOfMessages: '3' } });
    sqs.on(StartMessageMoveTaskCommand).resolves({ TaskHandle: 'task-1' });
    sqs
      .on(ListMessageMoveTasksCommand)
      .resolvesOnce({ Results: [{ Status: 'RUNNING', ApproximateNumberOfMessagesMoved: 1 }] })
      .resolves({ Results: [{ Status: 'COMPLETED', ApproximateNumberOfMessagesMoved: 3 }] });
    const out = io();
    expect(await runRedriveCommand(['--queue', DLQ_URL, '--max-per-second', '5'], out)).toBe(0);
    expect(sqs.commandCalls(GetQueueAttributesCommand)[0]?.args[0].input.QueueUrl).toBe(DLQ_URL);
    const start = sqs.commandCalls(StartMessageMoveTaskCommand);
    expect(start).toHaveLength(1);
    // No DestinationArn: SQS returns each message to the queue it was dead-lettered from.
    expect(start[0]?.args[0].input).toEqual({ SourceArn: DLQ_ARN, MaxNumberOfMessagesPerSecond: 5 });
    expect(out.lines.at(-1)).toBe('done: 3 moved');
  });

  it('starts nothing for an empty queue', async () => {
    sqs
      .on(GetQueueAttributesCommand)
      .resolves({ Attributes: { QueueArn: DLQ_ARN, ApproximateNumberOfMessages: '0' } });
    expect(await runRedriveCommand(['--queue', DLQ_URL], io())).toBe(0);
    expect(sqs.commandCalls(StartMessageMoveTaskCommand)).toHaveLength(0);
  });

  it('exits 1 with SQS reason when the move fails', async () => {
    sqs
      .on(GetQueueAttributesCommand)
      .resolves({ Attributes: { QueueArn: DLQ_ARN, ApproximateNumberOfMessages: '2' } });
    sqs.on(StartMessageMoveTaskCommand).resolves({ TaskHandle: 't' });
    sqs.on(ListMessageMoveTasksCommand).resolves({
      Results: [{ Status: 'FAILED', ApproximateNumberOfMessagesMoved: 0, FailureReason: 'AccessDenied' }],
    });
    const out = io();
    expect(await runRedriveCommand(['--queue', DLQ_URL], out)).toBe(1);
    expect(out.lines.at(-1)).toContain('AccessDenied');
  });

  it('refuses a missing queue or a bad rate in one line, before calling SQS', async () => {
    await expect(runRedriveCommand([], io())).rejects.toBeInstanceOf(RedriveError);
    await expect(runRedriveCommand(['--queue', DLQ_URL, '--max-per-second', '0'], io())).rejects.toThrow(
      '--max-per-second must be a whole number from 1 to 500',
    );
    expect(sqs.calls()).toHaveLength(0);
  });
});
