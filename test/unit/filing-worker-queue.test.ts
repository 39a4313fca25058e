import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../functions/core/ports/log';
import type { FilingJob } from '../../functions/core/types';
import {
  createFilingWorkerHandler,
  PoisonMessageError,
  parseFilingJob,
} from '../../functions/handlers/filing-worker';
import { InProcessQueue } from '../../functions/local/in-process-queue';

const job = (n: number): FilingJob => ({
  accession: `9999999999-25-${String(n).padStart(6, '0')}`,
  cik: '1769628',
  company: 'CoreWeave, Inc.',
  formType: '8-K',
});

function sqsRecord(id: string, body: string): SQSRecord {
  return {
    messageId: id,
    receiptHandle: id,
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '0',
      SenderId: 'x',
      ApproximateFirstReceiveTimestamp: '0',
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:1:q',
    awsRegion: 'us-east-1',
  };
}

describe('filing-worker handler', () => {
  it('processes the filings of a batch one at a time (memory holds one large submission)', async () => {
    let running = 0;
    let most = 0;
    const handler = createFilingWorkerHandler(async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
    }, silentLogger);
    const records = [1, 2, 3, 4].map((n) => sqsRecord(`m${n}`, JSON.stringify(job(n))));
    const out = await handler({ Records: records } as SQSEvent);
    expect(out.batchItemFailures).toEqual([]);
    expect(most).toBe(1);
  });

  it('reports only the failed messages of a batch', async () => {
    const handler = createFilingWorkerHandler(async (j) => {
      if (j.accession.endsWith('2')) throw new Error('EDGAR 503');
    }, silentLogger);
    const event: SQSEvent = {
      Records: [
        sqsRecord('a', JSON.stringify(job(1))),
        sqsRecord('b', JSON.stringify(job(2))),
        sqsRecord('c', 'not json'),
        sqsRecord('d', JSON.stringify({ accession: 'x' })),
      ],
    };
    const response = await handler(event);
    expect(response.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(['b', 'c', 'd']);
  });

  it('refuses bodies that are not filing jobs with a typed error', () => {
    expect(() => parseFilingJob(sqsRecord('x', '{"accession":"1"}'))).toThrow(PoisonMessageError);
    expect(parseFilingJob(sqsRecord('y', JSON.stringify(job(7))))).toEqual(job(7));
  });
});

describe('in-process queue', () => {
  it('redelivers failed messages, then dead-letters them after maxReceiveCount', async () => {
    const attempts = new Map<string, number>();
    const handler = createFilingWorkerHandler(async (j) => {
      attempts.set(j.accession, (attempts.get(j.accession) ?? 0) + 1);
      if (j.accession.endsWith('9')) throw new Error('always fails');
      if ((attempts.get(j.accession) ?? 0) < 2) throw new Error('fails once');
    }, silentLogger);
    const letters: string[] = [];
    const queue = new InProcessQueue(handler, {
      log: silentLogger,
      maxReceiveCount: 3,
      retryDelayMs: 1,
      onDeadLetter: (l) => {
        letters.push((JSON.parse(l.body) as FilingJob).accession);
      },
    });
    await queue.send([job(1), job(9), job(3)]);
    await queue.idle();
    expect(attempts.get(job(1).accession)).toBe(2);
    expect(attempts.get(job(3).accession)).toBe(2);
    expect(attempts.get(job(9).accession)).toBe(3);
    expect(letters).toEqual([job(9).accession]);
    expect(queue.deadLetters[0]?.receiveCount).toBe(3);
    expect(queue.depth).toBe(0);
  });

  it('asks a retry schedule for each failed receive when given one', async () => {
    const asked: number[] = [];
    let attempts = 0;
    const handler = createFilingWorkerHandler(async () => {
      attempts++;
      if (attempts < 3) throw new Error('fails twice');
    }, silentLogger);
    const queue = new InProcessQueue(handler, {
      log: silentLogger,
      retryDelayMs: (receives) => {
        asked.push(receives);
        return 1;
      },
    });
    await queue.send([job(4)]);
    await queue.idle();
    expect(attempts).toBe(3);
    expect(asked).toEqual([1, 2]);
    expect(queue.deadLetters).toEqual([]);
  });
});

describe('in-process queue with concurrency', () => {
  it('hands out up to `concurrency` batches at once, each message once, and idle() waits for all of them', async () => {
    let running = 0;
    let most = 0;
    const seen: string[] = [];
    const gates: (() => void)[] = [];
    const consumer = async (event: SQSEvent) => {
      running++;
      most = Math.max(most, running);
      // Each batch waits until released: the test decides when handling ends, no clock is involved.
      await new Promise<void>((release) => gates.push(release));
      for (const r of event.Records) seen.push((JSON.parse(r.body) as FilingJob).accession);
      running--;
      return { batchItemFailures: [] };
    };
    const queue = new InProcessQueue(consumer, { log: silentLogger, batchSize: 1, concurrency: 2 });
    await queue.send([1, 2, 3, 4, 5].map(job));
    let idle = false;
    const done = queue.idle().then(() => {
      idle = true;
    });
    while (seen.length < 5) {
      await new Promise((r) => setImmediate(r));
      expect(queue.backlog().depth).toBe(5 - seen.length);
      gates.shift()?.();
    }
    await done;
    expect(idle).toBe(true);
    expect(most).toBe(2);
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5].map((n) => job(n).accession));
    expect(queue.depth).toBe(0);
  });

  it('keeps a failed message for a retry while the other consumer goes on', async () => {
    const attempts = new Map<string, number>();
    const handler = createFilingWorkerHandler(async (j) => {
      const n = (attempts.get(j.accession) ?? 0) + 1;
      attempts.set(j.accession, n);
      if (j.accession.endsWith('2') && n === 1) throw new Error('fails once');
    }, silentLogger);
    const queue = new InProcessQueue(handler, {
      log: silentLogger,
      batchSize: 1,
      concurrency: 2,
      retryDelayMs: 1,
    });
    await queue.send([1, 2, 3].map(job));
    await queue.idle();
    expect([1, 2, 3].map((n) => attempts.get(job(n).accession))).toEqual([1, 2, 1]);
    expect(queue.deadLetters).toEqual([]);
  });
});
