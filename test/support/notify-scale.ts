import {
  CheckIfPhoneNumberIsOptedOutCommand,
  GetSubscriptionAttributesCommand,
  PublishCommand,
  SNSClient,
} from '@aws-sdk/client-sns';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent, SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { createSnsChannel } from '../../functions/channels/sns';
import { createSqsAlertQueue } from '../../functions/channels/sqs-alert-queue';
import { mergeMention } from '../../functions/core/deal-merge';
import { silentLogger } from '../../functions/core/ports/log';
import type { Deal } from '../../functions/core/types';
import { createDeliverAlertsHandler } from '../../functions/handlers/deliver-alerts';
import { createNotifyHandler } from '../../functions/handlers/notify';
import { batchPutItems } from '../../functions/store/client';
import { dealFromStreamImage } from '../../functions/store/deals';
import { createRepositories } from '../../functions/store/repositories';
import type { TableNames } from '../../functions/store/tables';
import { irenMicrosoft, mention, nebiusMicrosoft, subscription } from './builders';

const ACCOUNT = 'arn:aws:sns:us-east-1:123456789012';
const QUEUE_URL = 'https://sqs.us-east-1.amazonaws.com/123456789012/deliveries';

/**
 * The alert fan-out at scale, as the Lambdas run it: N subscriptions in DynamoDB (Local), a quarter of them SMS
 * (published to the number), the rest email on a topic each; new deals (three, or fewer) on the deals stream in
 * two batches, the first delivered again while its alerts are half delivered (a stream redelivery, whose copies
 * race the originals in the ledger); notify queues delivery batches to SQS, and the delivery
 * handler takes them as SQS would hand them over (5 a call, a failed one redelivered, a delayed one later).
 * SNS and SQS are mocked at the SDK boundary. SNS refuses the first publish to a few subscribers, some emails
 * are pending confirmation (they confirm later), some numbers have opted out (STOP).
 * Shared by the integration test (1,000) and npm run bench (10,000).
 */
export async function runNotifyAtScale(opts: {
  doc: DynamoDBDocumentClient;
  names: TableNames;
  subscribers: number;
  /** New deals on the stream, 1-3 (default 3: two in the first stream batch, one in the second). */
  deals?: number;
  /** Subscribers whose first publish SNS refuses. */
  refuseFirst?: number;
  /** Email subscribers who have not confirmed yet when the deals arrive. */
  pending?: number;
  /** SMS subscribers who replied STOP. */
  optedOut?: number;
}) {
  const store = createRepositories(opts.doc, opts.names);
  const isSms = (i: number) => i % 4 === 0;
  const phone = (i: number) => `+1415${String(i).padStart(7, '0')}`;
  const subOfPhone = new Map<string, string>();
  const pending = new Set<string>();
  const optedOut = new Set<string>();
  const seedStarted = performance.now();
  const items = Array.from({ length: opts.subscribers }, (_, i) => {
    const id = `s${i}`;
    if (isSms(i)) subOfPhone.set(phone(i), id);
    if (isSms(i) && optedOut.size < (opts.optedOut ?? 0)) optedOut.add(phone(i));
    const waiting = !isSms(i) && pending.size < (opts.pending ?? 0);
    if (waiting) pending.add(id);
    return subscription({
      id,
      minValueUsd: 0,
      channel: isSms(i) ? 'sms' : 'email',
      endpoint: isSms(i) ? phone(i) : `${id}@example.com`,
      channelRef: isSms(i) ? null : `${ACCOUNT}:alerts-${id}:c0ffee`,
      endpointState: waiting ? 'pending_confirmation' : 'active',
    });
  });
  // Seeded 25 to a BatchWriteItem, a few requests at once; the repository's first all() scans them (no version
  // item yet), and the writes after that (opt-outs recorded) bump the version as the API's do.
  const write = pLimit(4);
  const chunks = Array.from({ length: Math.ceil(items.length / 250) }, (_, c) =>
    items.slice(c * 250, c * 250 + 250),
  );
  const left = await Promise.all(
    chunks.map((chunk) => write(() => batchPutItems(opts.doc, opts.names.subscriptions, chunk))),
  );
  if (left.some((n) => n > 0)) throw new Error('DynamoDB Local left subscriptions unwritten');
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  let clock = new Date('2026-03-02T15:00:00Z');
  const deals = [mention(), nebiusMicrosoft(), irenMicrosoft()]
    .slice(0, opts.deals ?? 3)
    .map((m) => mergeMention(null, m, clock) as Deal);
  const sns = mockClient(SNSClient);
  const sqs = mockClient(SQSClient);
  const refused = new Set(Array.from({ length: opts.refuseFirst ?? 0 }, (_, i) => `s${i * 7 + 2}`));
  const published: string[] = [];
  sns.on(PublishCommand).callsFake((input: { TopicArn?: string; PhoneNumber?: string; Message?: string }) => {
    const sub = input.PhoneNumber
      ? subOfPhone.get(input.PhoneNumber)
      : input.TopicArn?.match(/:alerts-(s\d+)$/)?.[1];
    if (!sub) throw new Error(`publish to nobody: ${JSON.stringify(input)}`);
    if (input.PhoneNumber && optedOut.has(input.PhoneNumber))
      throw new Error('published to an opted-out number');
    if (refused.delete(sub)) throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottledException' });
    // Email names the deal's id; SMS only its companies.
    const deal = deals.find(
      (d) =>
        input.Message?.includes(`Deal id: ${d.id}`) ||
        (input.PhoneNumber && input.Message?.includes(`${d.provider.name} -> ${d.buyer.name}`)),
    );
    published.push(`${sub}|${deal?.id}`);
    return { MessageId: `m${published.length}` };
  });
  sns.on(GetSubscriptionAttributesCommand).callsFake((input: { SubscriptionArn: string }) => {
    const sub = input.SubscriptionArn.match(/:alerts-(s\d+):/)?.[1] ?? '';
    return { Attributes: { PendingConfirmation: pending.has(sub) ? 'true' : 'false' } };
  });
  sns
    .on(CheckIfPhoneNumberIsOptedOutCommand)
    .callsFake((input: { phoneNumber: string }) => ({ isOptedOut: optedOut.has(input.phoneNumber) }));

  // The delivery queue as SQS keeps it: visible messages, and delayed ones that show up later.
  let messageSeq = 0;
  const visible: { id: string; body: string }[] = [];
  const delayed: { id: string; body: string }[] = [];
  let sendCalls = 0;
  let queuedMessages = 0;
  sqs
    .on(SendMessageBatchCommand)
    .callsFake((input: { Entries: { MessageBody: string; DelaySeconds?: number }[] }) => {
      sendCalls++;
      for (const e of input.Entries) {
        if (!e.DelaySeconds) queuedMessages++;
        (e.DelaySeconds ? delayed : visible).push({ id: `q${++messageSeq}`, body: e.MessageBody });
      }
      return { Successful: input.Entries.map((_, n) => ({ Id: String(n), MessageId: `q${n}` })) };
    });

  const snsClient = new SNSClient({ region: 'us-east-1', maxAttempts: 1 });
  const queue = createSqsAlertQueue(new SQSClient({ region: 'us-east-1', maxAttempts: 1 }), QUEUE_URL);
  const notify = createNotifyHandler(
    { subscriptions: store.subscriptions, queue, log: silentLogger },
    dealFromStreamImage,
  );
  const deliver = createDeliverAlertsHandler({
    subscriptions: store.subscriptions,
    ledger: store.deliveries,
    // SMS paced far above SNS's default 20/s so that the run measures the pipeline, not the pace.
    channel: createSnsChannel(snsClient, { topicPrefix: 'alerts-', smsPerSecond: 100_000 }),
    queue,
    log: silentLogger,
    clock: () => clock,
  });

  const record = (deal: Deal, seq: number): DynamoDBRecord => ({
    eventName: 'INSERT',
    dynamodb: {
      SequenceNumber: String(seq),
      NewImage: marshall(deal, { removeUndefinedValues: true }) as NonNullable<
        DynamoDBRecord['dynamodb']
      >['NewImage'],
    },
  });
  const records = deals.map((deal, i) => record(deal, i + 1));
  const first: DynamoDBStreamEvent = { Records: records.slice(0, 2) };
  const second: DynamoDBStreamEvent = { Records: records.slice(2) };

  /**
   * Lambda's SQS poller: two invocations at a time (the event source's maximum concurrency), up to 5 messages
   * each; failed ones go back (SQS redelivers after the timeout). Stops after `calls` invocations, if given.
   */
  const failures: string[][] = [];
  const drain = async (calls = 100_000) => {
    let left = calls;
    const invoker = async () => {
      while (visible.length > 0 && left-- > 0) {
        const taken = visible.splice(0, 5);
        const event: SQSEvent = {
          Records: taken.map((m) => ({ messageId: m.id, body: m.body }) as SQSEvent['Records'][number]),
        };
        const out = await deliver(event);
        const failed = out.batchItemFailures.map((f) => f.itemIdentifier);
        if (failed.length > 0) failures.push(failed);
        visible.push(...taken.filter((m) => failed.includes(m.id)));
      }
    };
    await Promise.all([invoker(), invoker()]);
  };
  const notifyOnce = async (event: DynamoDBStreamEvent) => {
    const out = await notify(event);
    if (out.batchItemFailures.length > 0) throw new Error('notify failed a stream record');
  };

  const started = performance.now();
  // The first stream batch, redelivered whole while half of its alerts are out (Lambda retries a batch whose
  // invocation failed after it had queued them); then the second batch.
  await notifyOnce(first);
  await drain(Math.ceil(visible.length / 10));
  await notifyOnce(first);
  await drain();
  if (second.Records.length > 0) {
    await notifyOnce(second);
    await drain();
  }
  const beforeConfirmation = published.length;
  // 15 minutes later the pending subscribers have confirmed; the held batches come back.
  pending.clear();
  clock = new Date(clock.getTime() + 15 * 60_000);
  visible.push(...delayed.splice(0));
  await drain();
  const seconds = (performance.now() - started) / 1000;

  const publishCalls = sns.commandCalls(PublishCommand).length;
  const snsCalls = sns.calls().length;
  sns.restore();
  sqs.restore();
  return {
    published,
    beforeConfirmation,
    deals,
    failures,
    seconds,
    seedSeconds,
    publishCalls,
    snsCalls,
    sendCalls,
    queuedMessages,
    optedOutIds: [...optedOut].map((p) => subOfPhone.get(p) as string),
    store,
  };
}
