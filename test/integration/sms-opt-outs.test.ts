import { ListPhoneNumbersOptedOutCommand, SNSClient } from '@aws-sdk/client-sns';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSnsOptOutList } from '../../functions/channels/sns';
import { silentLogger } from '../../functions/core/ports/log';
import type { MetricName } from '../../functions/core/ports/metrics';
import { syncSmsOptOuts } from '../../functions/use-cases/sync-sms-opt-outs';
import { subscription } from '../support/builders';
import { createTestStore, type TestStore } from '../support/dynamo';

// SNS mocked at the SDK boundary: ListPhoneNumbersOptedOut pages of at most 100 numbers, chained by nextToken.
const sns = mockClient(SNSClient);
afterEach(() => sns.reset());

/** The opted-out list as SNS pages it: 100 numbers a page, a nextToken on every page but the last. */
function serveOptedOut(numbers: string[]): (string | undefined)[] {
  const tokens: (string | undefined)[] = [];
  sns.on(ListPhoneNumbersOptedOutCommand).callsFake((input: { nextToken?: string }) => {
    tokens.push(input.nextToken);
    const from = Number(input.nextToken ?? 0);
    const next = from + 100;
    return {
      phoneNumbers: numbers.slice(from, next),
      ...(next < numbers.length ? { nextToken: String(next) } : {}),
    };
  });
  return tokens;
}

/** The version item every subscription write bumps (store/subscriptions.ts). */
async function subscriptionsVersion(): Promise<number> {
  const out = await store.doc.send(
    new GetCommand({
      TableName: store.names.state,
      Key: { key: 'subscriptions:version' },
      ConsistentRead: true,
    }),
  );
  return Number(out.Item?.version ?? 0);
}

const phone = (i: number) => `+1415555${String(i).padStart(4, '0')}`;
let store: TestStore;

beforeAll(async () => {
  store = await createTestStore();
  for (let i = 0; i < 6; i++)
    await store.subscriptions.put(subscription({ id: `sms-${i}`, channel: 'sms', endpoint: phone(i) }));
  // Two profiles for one number, a number already recorded, one that unsubscribed, and an email address.
  await store.subscriptions.put(subscription({ id: 'sms-0b', channel: 'sms', endpoint: phone(0) }));
  await store.subscriptions.put(
    subscription({ id: 'sms-7', channel: 'sms', endpoint: phone(7), endpointState: 'opted_out' }),
  );
  await store.subscriptions.put(
    subscription({ id: 'sms-8', channel: 'sms', endpoint: phone(8), endpointState: 'unsubscribed' }),
  );
  await store.subscriptions.put(subscription({ id: 'mail', channel: 'email', endpoint: 'ops@example.com' }));
});

describe("SMS opt-out sync: SNS's opted-out list -> subscriptions (DynamoDB Local, SNS mocked)", () => {
  it('follows every page and marks only the SMS subscriptions of listed numbers, once', async () => {
    // 250 numbers over three pages; ours are on the first, second and last page.
    const listed = Array.from({ length: 250 }, (_, i) => `+1202555${String(i).padStart(4, '0')}`);
    listed[3] = phone(0);
    listed[140] = phone(2);
    listed[249] = phone(5);
    listed[10] = phone(7);
    listed[11] = phone(8);
    listed[12] = 'ops@example.com'; // never on SNS's list; shows that only SMS subscriptions are marked
    const tokens = serveOptedOut(listed);
    const counted: [MetricName, number | undefined][] = [];
    const deps = {
      optOuts: createSnsOptOutList(new SNSClient({ region: 'us-east-1' })),
      subscriptions: store.subscriptions,
      log: silentLogger,
      metrics: { count: (name: MetricName, value?: number) => counted.push([name, value]) },
    };

    const report = await syncSmsOptOuts(deps);
    expect(report).toEqual({ numbers: 250, recorded: 4 });
    expect(tokens).toEqual([undefined, '100', '200']);
    const state = async (id: string) => (await store.subscriptions.get(id))?.endpointState ?? 'active';
    for (const id of ['sms-0', 'sms-0b', 'sms-2', 'sms-5', 'sms-7'])
      expect(await state(id), id).toBe('opted_out');
    for (const id of ['sms-1', 'sms-3', 'sms-4', 'mail']) expect(await state(id), id).toBe('active');
    expect(await state('sms-8')).toBe('unsubscribed');
    expect(counted).toEqual([['SmsOptOutsRecorded', 4]]);

    // The next run finds them recorded and writes nothing (no version bump: notify keeps its cached set).
    const version = await subscriptionsVersion();
    expect(version).toBeGreaterThan(0);
    expect(await syncSmsOptOuts(deps)).toEqual({ numbers: 250, recorded: 0 });
    expect(await subscriptionsVersion()).toBe(version);
  });

  it('fails the run when SNS refuses the list (the function errors alarm), having marked nobody', async () => {
    sns
      .on(ListPhoneNumbersOptedOutCommand)
      .rejects(Object.assign(new Error('Rate exceeded'), { name: 'Throttling' }));
    const deps = {
      optOuts: createSnsOptOutList(new SNSClient({ region: 'us-east-1', maxAttempts: 1 })),
      subscriptions: store.subscriptions,
      log: silentLogger,
    };
    await expect(syncSmsOptOuts(deps)).rejects.toThrow('Rate exceeded');
    expect((await store.subscriptions.get('sms-1'))?.endpointState ?? 'active').toBe('active');
  });
});
