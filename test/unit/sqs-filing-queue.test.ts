import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSqsFilingQueue, QueueSendError } from '../../functions/channels/sqs-filing-queue';

// SQS cannot run here: the SDK boundary is mocked and its contract checked.
const sqs = mockClient(SQSClient);
const queue = createSqsFilingQueue(
  new SQSClient({ region: 'us-east-1' }),
  'https://sqs.us-east-1.amazonaws.com/1/jobs',
);
const job = (n: number) => ({
  accession: `9999999999-25-${String(n).padStart(6, '0')}`,
  cik: '1769628',
  company: 'CoreWeave, Inc.',
  formType: '8-K',
});

beforeEach(() => sqs.reset());

describe('SQS filing queue', () => {
  it('sends jobs as JSON in batches of at most ten', async () => {
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    await queue.send(Array.from({ length: 23 }, (_, i) => job(i)));
    const calls = sqs.commandCalls(SendMessageBatchCommand);
    expect(calls.map((c) => c.args[0].input.Entries?.length)).toEqual([10, 10, 3]);
    expect(JSON.parse(calls[2]?.args[0].input.Entries?.[2]?.MessageBody ?? '')).toEqual(job(22));
  });

  it('fails when SQS refuses an entry, so the cursor does not move', async () => {
    sqs.on(SendMessageBatchCommand).resolves({
      Successful: [],
      Failed: [{ Id: '0', Code: 'InternalError', SenderFault: false, Message: 'try again' }],
    });
    await expect(queue.send([job(1)])).rejects.toBeInstanceOf(QueueSendError);
  });
});
