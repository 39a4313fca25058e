// `npm run bench` (third step): the alert fan-out with 10,000 subscriptions, as test/integration/notify-scale
// runs it with 1,000 (test/support/notify-scale.ts): DynamoDB Local for subscriptions and the delivery ledger,
// SNS and SQS mocked at the SDK boundary. The subscriptions are seeded with BatchWriteItem (not timed); then one
// new deal on the deals stream: notify matches it and queues 200 batches of 50, the delivery handler publishes
// them (two invocations at a time, 5 messages each), the stream batch is redelivered when half of them are out,
// SNS refuses 5 publishes once (their messages are redelivered), 10 emails are pending confirmation and confirm
// 15 minutes later. Prints the time from the stream record to the last alert, and the SNS calls per second.
// The figure is DynamoDB Local's (one JVM on this machine), not DynamoDB's: the ledger's claim transaction and
// sent marks dominate it. SMS pacing is lifted here; in AWS it is 20 a second an account.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { loadavg } from 'node:os';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCAL_AWS } from '../functions/local/dynamo-local';
import { ensureTables } from '../functions/store/bootstrap';
import { localTableNames } from '../functions/store/tables';
import { runNotifyAtScale } from '../test/support/notify-scale';
import { benchDynamo, dropTables } from './support/bench-stack';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000);

// DynamoDB Local with the C1 compiler only and the serial collector (BENCH_JAVA_TOOL_OPTIONS).
const dynamo = await benchDynamo();
const names = localTableNames(dynamo.prefix);
try {
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint });
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  let dynamoRequests = 0;
  doc.middlewareStack.add(
    (next) => (args) => {
      dynamoRequests++;
      return next(args);
    },
    { step: 'initialize', name: 'countRequests' },
  );
  await ensureTables(client, names);
  const load = loadavg()[0]?.toFixed(1);
  const run = await runNotifyAtScale({
    doc,
    names,
    subscribers: SUBSCRIBERS,
    deals: 1,
    refuseFirst: 5,
    pending: 10,
  });
  const unique = new Set(run.published).size;
  const duplicates = run.published.length - unique;
  const exact = unique === SUBSCRIBERS && duplicates === 0;
  process.stdout.write(
    `notify fan-out: ${SUBSCRIBERS} subscriptions x 1 new deal (stream batch redelivered half-way, 5 publishes refused once, 10 confirmations held)\n` +
      `  seeded in ${run.seedSeconds.toFixed(1)} s (BatchWriteItem); load average ${load} at the start\n` +
      `  delivered ${unique} of ${SUBSCRIBERS}, duplicates ${duplicates} -> ${exact ? 'exactly once' : 'MISMATCH'}\n` +
      `  time ${run.seconds.toFixed(1)} s (notify + queue + delivery), SNS Publish calls ${run.publishCalls} = ${(run.publishCalls / run.seconds).toFixed(0)} calls/s (all SNS calls ${run.snsCalls}), ` +
      `SQS SendMessageBatch calls ${run.sendCalls}, DynamoDB requests ${dynamoRequests} (seeding included)\n`,
  );
  if (!exact) process.exitCode = 1;
} finally {
  await dropTables(dynamo.endpoint, names);
  await dynamo.stop();
}
