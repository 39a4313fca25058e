import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { createSnsChannel } from '../../functions/channels/sns';
import { mergeMention } from '../../functions/core/deal-merge';
import { silentLogger } from '../../functions/core/ports/log';
import type { Deal } from '../../functions/core/types';
import { createNotifyHandler } from '../../functions/handlers/notify';
import { dealFromStreamImage } from '../../functions/store/deals';
import { createRepositories } from '../../functions/store/repositories';
import type { TableNames } from '../../functions/store/tables';
import { irenMicrosoft, mention, nebiusMicrosoft, subscription } from './builders';

/**
 * The alert fan-out at scale, as the notify Lambda runs it: N subscriptions in DynamoDB (Local), three new deals
 * arriving on the deals stream in two batches, the first batch delivered twice (a stream redelivery), and SNS
 * mocked at the SDK boundary, refusing the first publish to a few subscribers (their record is retried).
 * Shared by the integration test (1,000) and npm run bench (10,000).
 */
export async function runNotifyAtScale(opts: {
  doc: DynamoDBDocumentClient;
  names: TableNames;
  subscribers: number;
  /** Subscribers whose first publish SNS refuses. */
  refuseFirst?: number;
}) {
  const store = createRepositories(opts.doc, opts.names);
  const write = pLimit(32);
  await Promise.all(
    Array.from({ length: opts.subscribers }, (_, i) =>
      write(() =>
        store.subscriptions.put(
          subscription({
            id: `s${i}`,
            minValueUsd: 0,
            channel: i % 4 === 0 ? 'sms' : 'email',
            endpoint: i % 4 === 0 ? `+1415555${String(i).padStart(4, '0')}` : `s${i}@example.com`,
          }),
        ),
      ),
    ),
  );

  const sns = mockClient(SNSClient);
  const refused = new Set(Array.from({ length: opts.refuseFirst ?? 0 }, (_, i) => `s${i * 7}`));
  const published: string[] = [];
  sns
    .on(PublishCommand)
    .callsFake((input: { MessageAttributes?: Record<string, { StringValue?: string }> }) => {
      const sub = input.MessageAttributes?.subscriptionId?.StringValue ?? '?';
      const deal = input.MessageAttributes?.dealId?.StringValue ?? '?';
      if (refused.delete(sub))
        throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottledException' });
      published.push(`${sub}|${deal}`);
      return { MessageId: `m${published.length}` };
    });
  const handler = createNotifyHandler(
    {
      subscriptions: store.subscriptions,
      ledger: store.deliveries,
      channel: createSnsChannel(
        new SNSClient({ region: 'us-east-1', maxAttempts: 1 }),
        'arn:aws:sns:us-east-1:123456789012:alerts',
      ),
      log: silentLogger,
    },
    dealFromStreamImage,
  );

  const now = new Date('2026-03-02T15:00:00Z');
  const deals = [mention(), nebiusMicrosoft(), irenMicrosoft()].map(
    (m) => mergeMention(null, m, now) as Deal,
  );
  const record = (deal: Deal, seq: number): DynamoDBRecord => ({
    eventName: 'INSERT',
    dynamodb: {
      SequenceNumber: String(seq),
      NewImage: marshall(deal, { removeUndefinedValues: true }) as NonNullable<
        DynamoDBRecord['dynamodb']
      >['NewImage'],
    },
  });
  const first: DynamoDBStreamEvent = { Records: [record(deals[0] as Deal, 1), record(deals[1] as Deal, 2)] };
  const second: DynamoDBStreamEvent = { Records: [record(deals[2] as Deal, 3)] };

  const started = performance.now();
  const failures: string[][] = [];
  // Lambda's order: a batch, retried from its first failed record until it succeeds; then redelivered whole.
  for (const event of [first, first, second]) {
    let pending = event;
    for (let attempt = 0; attempt < 5 && pending.Records.length > 0; attempt++) {
      const out = await handler(pending);
      const failed = out.batchItemFailures.map((f) => f.itemIdentifier);
      failures.push(failed);
      const from = pending.Records.findIndex((r) => failed.includes(r.dynamodb?.SequenceNumber ?? ''));
      pending = { Records: from < 0 ? [] : pending.Records.slice(from) };
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const publishCalls = sns.commandCalls(PublishCommand).length;
  sns.restore();
  return { published, deals, failures, seconds, publishCalls };
}
