import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { AlertChannel, AlertQueue, DeliveryBatch } from '../../functions/core/ports/channels';
import { silentLogger } from '../../functions/core/ports/log';
import { createDeliverAlertsHandler } from '../../functions/handlers/deliver-alerts';
import { createNotifyHandler } from '../../functions/handlers/notify';
import { LOCAL_AWS } from '../../functions/local/dynamo-local';
import { InProcessQueue } from '../../functions/local/in-process-queue';
import { StreamPoller } from '../../functions/local/stream-poller';
import { dealFromStreamImage } from '../../functions/store/deals';
import type { TestStore } from './dynamo';

/**
 * The alert path as production runs it, on the test store: the deals stream (DynamoDB Local's, read by the
 * stream poller) -> notify -> alert queue (the in-process stand-in for SQS) -> deliver-alerts -> the channel.
 * `settle()` returns once every stream record has been notified and every queued batch delivered; `queued`
 * counts the batches notify queued.
 */
export function alertPipeline(store: TestStore, channel: AlertChannel) {
  const queue = new InProcessQueue<DeliveryBatch>((event) => deliver(event), {
    log: silentLogger,
    name: 'alert delivery',
    retryDelayMs: 20,
  });
  const deliver = createDeliverAlertsHandler({
    subscriptions: store.subscriptions,
    ledger: store.deliveries,
    channel,
    queue,
    log: silentLogger,
    clock: () => new Date(),
  });
  let queued = 0;
  const notifyQueue: AlertQueue = {
    send(batches, opts) {
      queued += batches.length;
      return queue.send(batches, opts);
    },
  };
  const poller = new StreamPoller({
    dynamo: store.client,
    streams: new DynamoDBStreamsClient({ ...LOCAL_AWS, endpoint: store.endpoint }),
    tableName: store.names.deals,
    handler: createNotifyHandler(
      { subscriptions: store.subscriptions, queue: notifyQueue, log: silentLogger },
      dealFromStreamImage,
    ),
    log: silentLogger,
  });
  return {
    poller,
    get queued() {
      return queued;
    },
    async settle() {
      await poller.drain();
      await queue.idle();
    },
  };
}
