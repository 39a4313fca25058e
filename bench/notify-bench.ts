// `npm run bench` (third step): the alert fan-out with 10,000 subscriptions, as test/integration/notify-scale
// runs it with 1,000: DynamoDB Local for subscriptions and the delivery ledger, SNS and SQS mocked at the SDK
// boundary, three new deals in two stream batches, the first delivered twice; notify queues batches, the delivery
// handler publishes them (a few emails pending confirmation, a few numbers opted out). Reports the time and the
// SNS calls per second. The figure is DynamoDB Local's (one JVM on this machine), not DynamoDB's: the ledger's two
// writes per alert dominate it. SMS pacing is lifted here; in AWS it is 20 a second an account.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCAL_AWS, startDynamoLocal } from '../functions/local/dynamo-local';
import { ensureTables } from '../functions/store/bootstrap';
import { localTableNames } from '../functions/store/tables';
import { runNotifyAtScale } from '../test/support/notify-scale';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000);

const dynamo = await startDynamoLocal({ dataDir: null });
try {
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint });
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  const names = localTableNames('bench-');
  await ensureTables(client, names);
  const run = await runNotifyAtScale({
    doc,
    names,
    subscribers: SUBSCRIBERS,
    refuseFirst: 5,
    pending: 10,
    optedOut: 10,
  });
  const unique = new Set(run.published).size;
  const expected = (SUBSCRIBERS - 10) * run.deals.length;
  process.stdout.write(
    `notify fan-out: ${SUBSCRIBERS} subscriptions x ${run.deals.length} deals (first batch redelivered, 5 publishes refused once, 10 confirmations held, 10 numbers opted out)\n` +
      `  alerts published ${run.published.length}, unique ${unique}, expected ${expected} -> ${unique === expected && run.published.length === expected ? 'exactly once' : 'MISMATCH'}\n` +
      `  time ${run.seconds.toFixed(1)} s, SNS Publish calls ${run.publishCalls} = ${(run.publishCalls / run.seconds).toFixed(0)} calls/s (all SNS calls ${run.snsCalls}), SQS SendMessageBatch calls ${run.sendCalls}\n`,
  );
  if (unique !== expected || run.published.length !== expected) process.exitCode = 1;
} finally {
  await dynamo.stop();
}
