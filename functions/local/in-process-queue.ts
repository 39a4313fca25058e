import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { Logger } from '../core/ports/log';

export interface DeadLetter {
  messageId: string;
  body: string;
  receiveCount: number;
}

interface Message {
  messageId: string;
  body: string;
  receiveCount: number;
  visibleAt: number;
  /** When it was first sent: a retry keeps it, as SQS's age of the oldest message does. */
  sentAt: number;
}

/** What the operator watches of a lane: SQS's ApproximateNumberOfMessages and ApproximateAgeOfOldestMessage. */
export interface QueueBacklog {
  depth: number;
  oldestAgeMs: number;
}

/**
 * The local stand-in for SQS: messages go to the same handler as SQS batch events (the filing worker, the alert
 * delivery), failed ones come back after a delay, and after `maxReceiveCount` tries they go to the dead letters,
 * as with a redrive policy. It serves both queue ports (FilingQueue, AlertQueue).
 */
export class InProcessQueue<T> {
  private readonly pending: Message[] = [];
  private readonly inFlight = new Set<Message>();
  /** The consumers at work: at most `concurrency`, each taking one batch at a time. */
  private readonly consumers = new Set<Promise<void>>();
  readonly deadLetters: DeadLetter[] = [];

  constructor(
    private readonly consumer: (event: SQSEvent) => Promise<SQSBatchResponse>,
    private readonly opts: {
      log: Logger;
      /** The consumer's name in logs. */
      name?: string;
      batchSize?: number;
      /**
       * Batches handled at once (SQS's event source maxConcurrency: two Lambda invocations in AWS). Default 1.
       * A consumer waiting on EDGAR's rate budget leaves the other one free to extract and store.
       */
      concurrency?: number;
      maxReceiveCount?: number;
      /** How long a failed message waits before its next receive, from its receives so far (default 1 s each). */
      retryDelayMs?: number | ((receiveCount: number) => number);
      onDeadLetter?: (letter: DeadLetter) => void | Promise<void>;
      /**
       * How long the consumer cannot work (EDGAR's lockout for the filing lanes): nothing is received until then,
       * so a lockout of minutes costs a message one receive, not all of them (SQS's visibility timeout of 30 min
       * does the same in AWS).
       */
      pausedForMs?: () => number;
    },
  ) {}

  async send(items: T[], opts: { delaySeconds?: number } = {}): Promise<void> {
    const visibleAt = opts.delaySeconds ? Date.now() + opts.delaySeconds * 1000 : 0;
    for (const item of items) {
      this.pending.push({
        messageId: randomUUID(),
        body: JSON.stringify(item),
        receiveCount: 0,
        visibleAt,
        sentAt: Date.now(),
      });
    }
    this.startConsumers();
  }

  /** Resolves once every message has been handled or dead-lettered. */
  async idle(): Promise<void> {
    while (this.consumers.size > 0) await Promise.all([...this.consumers]);
  }

  private startConsumers(): void {
    const most = Math.max(1, this.opts.concurrency ?? 1);
    while (this.consumers.size < Math.min(most, this.pending.length)) {
      const consumer: Promise<void> = this.drain().finally(() => {
        this.consumers.delete(consumer);
      });
      this.consumers.add(consumer);
    }
  }

  get depth(): number {
    return this.pending.length;
  }

  /** Messages waiting or being handled, and how long the oldest of them has been in the queue. */
  backlog(now = Date.now()): QueueBacklog {
    const all = [...this.pending, ...this.inFlight];
    const oldest = all.reduce((min, m) => Math.min(min, m.sentAt), now);
    return { depth: all.length, oldestAgeMs: now - oldest };
  }

  private retryDelay(receiveCount: number): number {
    const delay = this.opts.retryDelayMs ?? 1000;
    return typeof delay === 'number' ? delay * receiveCount : delay(receiveCount);
  }

  private async drain(): Promise<void> {
    const batchSize = this.opts.batchSize ?? 5;
    const maxReceives = this.opts.maxReceiveCount ?? 3;
    while (this.pending.length > 0) {
      const paused = this.opts.pausedForMs?.() ?? 0;
      if (paused > 0) {
        this.opts.log.warn(`${this.opts.name ?? 'filing worker'} paused`, {
          seconds: Math.ceil(paused / 1000),
          waiting: this.pending.length,
        });
        await new Promise((r) => setTimeout(r, paused));
        continue;
      }
      const now = Date.now();
      const visible = this.pending.filter((m) => m.visibleAt <= now).slice(0, batchSize);
      if (visible.length === 0) {
        const next = Math.min(...this.pending.map((m) => m.visibleAt));
        await new Promise((r) => setTimeout(r, Math.max(10, next - now)));
        continue;
      }
      for (const m of visible) this.pending.splice(this.pending.indexOf(m), 1);
      for (const m of visible) {
        m.receiveCount++;
        this.inFlight.add(m);
      }
      let failedIds: Set<string>;
      try {
        const response = await this.consumer({ Records: visible.map(toRecord) });
        failedIds = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
      } catch (err) {
        this.opts.log.error(`${this.opts.name ?? 'filing worker'} failed the whole batch`, {
          error: String(err),
        });
        failedIds = new Set(visible.map((m) => m.messageId));
      } finally {
        for (const m of visible) this.inFlight.delete(m);
      }
      for (const m of visible) {
        if (!failedIds.has(m.messageId)) continue;
        if (m.receiveCount >= maxReceives) {
          const letter = { messageId: m.messageId, body: m.body, receiveCount: m.receiveCount };
          this.deadLetters.push(letter);
          this.opts.log.warn('message moved to the dead letters', { ...letter });
          await this.opts.onDeadLetter?.(letter);
        } else {
          m.visibleAt = Date.now() + this.retryDelay(m.receiveCount);
          this.pending.push(m);
        }
      }
    }
  }
}

function toRecord(m: Message): SQSRecord {
  return {
    messageId: m.messageId,
    receiptHandle: m.messageId,
    body: m.body,
    attributes: {
      ApproximateReceiveCount: String(m.receiveCount),
      SentTimestamp: String(Date.now()),
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:local:000000000000:filing-jobs',
    awsRegion: 'local',
  };
}
