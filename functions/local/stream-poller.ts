import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  type _Record,
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
  type ShardIteratorType,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { Logger } from '../core/ports/log';

/**
 * Reads DynamoDB Local's real change stream of a table and hands its records, as Lambda would, to the same
 * handler that the stream's event source mapping invokes in AWS. A record that fails is offered again on the
 * next pass (as Lambda retries from the failed sequence number).
 *
 * DynamoDB Local numbers stream records across all its tables, so an iterator taken while this table's stream
 * was empty points below the shard's first record once other tables are written: reads then fail with
 * TrimmedDataAccessException. Such an iterator (or an expired one) is taken again after the last record handled,
 * or from the shard's start when none was, so nothing is skipped and nothing already handled is sent again.
 */
export class StreamPoller {
  private readonly iterators = new Map<string, string | null>();
  /** Last sequence number handed to the handler and accepted, per shard. */
  private readonly lastSequence = new Map<string, string>();
  private streamArn: string | null = null;
  private stopped = false;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly deps: {
      dynamo: DynamoDBClient;
      streams: DynamoDBStreamsClient;
      tableName: string;
      handler: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;
      log: Logger;
      intervalMs?: number;
    },
  ) {}

  start(): void {
    this.loop ??= (async () => {
      while (!this.stopped) {
        try {
          await this.pass();
        } catch (err) {
          this.deps.log.error('stream poll failed', { error: String(err) });
        }
        await new Promise((r) => setTimeout(r, this.deps.intervalMs ?? 500));
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  /** Reads every shard once; returns how many records the handler accepted. */
  async pass(): Promise<number> {
    const { streams } = this.deps;
    this.streamArn ??=
      (await this.deps.dynamo.send(new DescribeTableCommand({ TableName: this.deps.tableName }))).Table
        ?.LatestStreamArn ?? null;
    if (!this.streamArn) throw new Error(`table ${this.deps.tableName} has no stream`);
    const described = await streams.send(new DescribeStreamCommand({ StreamArn: this.streamArn }));
    let delivered = 0;
    for (const shard of described.StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId;
      if (!shardId) continue;
      if (!this.iterators.has(shardId)) await this.resume(shardId);
      delivered += await this.readShard(shardId);
    }
    return delivered;
  }

  /** Passes until one finds nothing new: every change so far has been handled. */
  async drain(): Promise<void> {
    for (let i = 0; i < 100; i++) if ((await this.pass()) === 0) return;
  }

  /** A fresh iterator for the shard: after the last record handled, else from its oldest record. */
  private async resume(shardId: string): Promise<void> {
    const last = this.lastSequence.get(shardId);
    this.iterators.set(
      shardId,
      await this.iterator(shardId, last ? 'AFTER_SEQUENCE_NUMBER' : 'TRIM_HORIZON', last),
    );
  }

  private async iterator(
    shardId: string,
    type: ShardIteratorType,
    sequence?: string,
  ): Promise<string | null> {
    const it = await this.deps.streams.send(
      new GetShardIteratorCommand({
        StreamArn: this.streamArn ?? undefined,
        ShardId: shardId,
        ShardIteratorType: type,
        SequenceNumber: sequence,
      }),
    );
    return it.ShardIterator ?? null;
  }

  private async getRecords(
    shardId: string,
    iterator: string,
  ): Promise<GetRecordsCommandOutput | { Records?: undefined; NextShardIterator?: undefined }> {
    try {
      return await this.deps.streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
    } catch (err) {
      if (!(err instanceof TrimmedDataAccessException || err instanceof ExpiredIteratorException)) throw err;
      // DynamoDB Local's shared numbering (above) makes this routine, not a fault: nothing is lost, so no warning.
      this.deps.log.debug('stream iterator renewed after the last record handled', {
        shardId,
        error: err.name,
        lastSequence: this.lastSequence.get(shardId) ?? null,
      });
      await this.resume(shardId);
      const fresh = this.iterators.get(shardId);
      return fresh ? this.deps.streams.send(new GetRecordsCommand({ ShardIterator: fresh, Limit: 100 })) : {};
    }
  }

  private async readShard(shardId: string): Promise<number> {
    let iterator = this.iterators.get(shardId) ?? null;
    let delivered = 0;
    while (iterator) {
      const out = await this.getRecords(shardId, iterator);
      const records = out.Records ?? [];
      if (records.length === 0) {
        this.iterators.set(shardId, out.NextShardIterator ?? null);
        break;
      }
      const response = await this.deps.handler({ Records: records.map(toLambdaRecord) });
      const failed = response.batchItemFailures[0]?.itemIdentifier;
      if (failed) {
        // Like Lambda: start again from the first failed record on the next pass.
        this.iterators.set(shardId, await this.iterator(shardId, 'AT_SEQUENCE_NUMBER', failed));
        const accepted = records.findIndex((r) => r.dynamodb?.SequenceNumber === failed);
        const lastAccepted = accepted > 0 ? records[accepted - 1]?.dynamodb?.SequenceNumber : undefined;
        if (lastAccepted) this.lastSequence.set(shardId, lastAccepted);
        delivered += Math.max(0, accepted);
        break;
      }
      const lastSeen = records.at(-1)?.dynamodb?.SequenceNumber;
      if (lastSeen) this.lastSequence.set(shardId, lastSeen);
      delivered += records.length;
      iterator = out.NextShardIterator ?? null;
      this.iterators.set(shardId, iterator);
    }
    return delivered;
  }
}

function toLambdaRecord(r: _Record): DynamoDBRecord {
  const d = r.dynamodb;
  return {
    eventID: r.eventID,
    eventName: r.eventName,
    eventSource: 'aws:dynamodb',
    awsRegion: r.awsRegion,
    dynamodb: {
      // Same wire shape; Lambda's types name the attribute-value union differently from the SDK's.
      Keys: d?.Keys as NonNullable<DynamoDBRecord['dynamodb']>['Keys'],
      NewImage: d?.NewImage as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'],
      OldImage: d?.OldImage as NonNullable<DynamoDBRecord['dynamodb']>['OldImage'],
      SequenceNumber: d?.SequenceNumber,
      SizeBytes: d?.SizeBytes,
      StreamViewType: d?.StreamViewType,
      ApproximateCreationDateTime: d?.ApproximateCreationDateTime
        ? d.ApproximateCreationDateTime.getTime() / 1000
        : undefined,
    },
  };
}
