import type { AddressInfo } from 'node:net';
import {
  CreateTopicCommand,
  GetSubscriptionAttributesCommand,
  SNSClient,
  SubscribeCommand,
} from '@aws-sdk/client-sns';
import { type ServerType, serve } from '@hono/node-server';
import { mockClient } from 'aws-sdk-client-mock';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApiApp } from '../../functions/api/app';
import type { SubscribeForm } from '../../functions/api/page';
import { createSnsChannel } from '../../functions/channels/sns';
import { silentLogger } from '../../functions/core/ports/log';
import { publicSubscriptionId } from '../../functions/use-cases/manage-subscriptions';
import { launchChromium, loopbackContext } from '../support/browser';
import { createTestStore, type TestStore } from '../support/dynamo';

// The deploy flag's public sign-up (POST /subscribe and the page's form in "public" mode), on DynamoDB Local
// and the real SNS channel; SNS itself is mocked at the SDK boundary (it cannot run here).

const sns = mockClient(SNSClient);
let store: TestStore;
let browser: Browser;
const servers: ServerType[] = [];
const blocked: string[] = [];

const appFor = (subscribeForm: SubscribeForm) =>
  createApiApp({
    deals: store.deals,
    filings: store.filings,
    subscriptions: store.subscriptions,
    channel: createSnsChannel(new SNSClient({ region: 'us-east-1' }), {
      topicPrefix: 'alerts-',
      smsPerSecond: 1,
    }),
    log: silentLogger,
    subscribeForm,
  });

const post = (app: ReturnType<typeof appFor>, body: unknown) =>
  app.request('/subscribe', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

async function served(subscribeForm: SubscribeForm): Promise<string> {
  const app = appFor(subscribeForm);
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

beforeAll(async () => {
  store = await createTestStore();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const s of servers) await new Promise((resolve) => s.close(resolve));
  sns.restore();
});

beforeEach(() => {
  sns.reset();
  sns.on(CreateTopicCommand).callsFake((input: { Name: string }) => ({
    TopicArn: `arn:aws:sns:us-east-1:123456789012:${input.Name}`,
  }));
  // With ReturnSubscriptionArn, SNS answers the ARN even while the confirmation is pending.
  sns
    .on(SubscribeCommand)
    .callsFake((input: { TopicArn: string }) => ({ SubscriptionArn: `${input.TopicArn}:0b5e7a9c` }));
  // Until the reader follows SNS's link, the subscription is pending.
  sns.on(GetSubscriptionAttributesCommand).resolves({ Attributes: { PendingConfirmation: 'true' } });
});

describe('POST /subscribe with the flag on', () => {
  const app = () => appFor('public');

  it('subscribes an email address through SNS (which mails the confirmation), with default thresholds', async () => {
    const res = await post(app(), { email: 'Reader@Example.com', minValueUsd: 5e9 });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({
      email: 'Reader@Example.com',
      note: expect.stringMatching(/confirmation/),
    });
    const calls = sns.commandCalls(SubscribeCommand);
    expect(calls.map((c) => [c.args[0].input.Protocol, c.args[0].input.Endpoint])).toEqual([
      ['email', 'Reader@Example.com'],
    ]);
    const stored = await store.subscriptions.get(publicSubscriptionId('reader@example.com'));
    expect(stored).toMatchObject({
      channel: 'email',
      endpoint: 'Reader@Example.com',
      minValueUsd: 5e9,
      companies: [],
      minStatus: 'in_talks',
      // The subscriber's own topic's subscription, held until the link in SNS's mail is followed.
      channelRef: expect.stringMatching(/^arn:aws:sns:us-east-1:123456789012:alerts-public-[0-9a-f]{32}:/),
      endpointState: 'pending_confirmation',
    });
  });

  it('answers a second sign-up of the address the same, without a second subscription or mail', async () => {
    // In another case it is the same address.
    const again = await post(app(), { email: 'reader@example.COM' });
    expect(again.status).toBe(202);
    expect(sns.commandCalls(SubscribeCommand)).toHaveLength(0);
    const mine = (await store.subscriptions.all()).filter(
      (s) => s.endpoint.toLowerCase() === 'reader@example.com',
    );
    expect(mine).toHaveLength(1);
  });

  it('takes email only: a phone, a channel or a webhook is a 400 naming the field, and reaches no one', async () => {
    const cases: [unknown, string][] = [
      [{ email: '+14155550123' }, 'email'],
      [{ email: 'a@example.com', channel: 'sms' }, 'channel'],
      [{ endpoint: 'https://hooks.example.com/x' }, 'email'],
      [{ email: 'a@example.com', companies: Array(21).fill('meta') }, 'companies'],
    ];
    for (const [body, field] of cases) {
      const res = await post(app(), body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const problem = (await res.json()) as { errors: { name: string }[] };
      expect(problem.errors.map((e) => e.name)).toContain(field);
    }
    expect(sns.commandCalls(SubscribeCommand)).toHaveLength(0);
  });
});

describe('the flag off (the default in AWS)', () => {
  it('answers POST /subscribe with a 404 problem and subscribes no one', async () => {
    const res = await post(appFor('off'), { email: 'someone@example.com' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(sns.commandCalls(SubscribeCommand)).toHaveLength(0);
  });
});

describe('the page follows the deployment', () => {
  it('public: the form signs up through POST /subscribe and says to confirm; no test alert is offered', async () => {
    const page = await (await loopbackContext(browser, { width: 1280, height: 800 }, blocked)).newPage();
    await page.goto(await served('public'));
    await page.fill('#subscribe-form input[name="email"]', 'page-reader@example.com');
    const [request] = await Promise.all([
      page.waitForRequest((r) => new URL(r.url()).pathname === '/subscribe'),
      page.click('#subscribe-form button[type="submit"]'),
    ]);
    expect(request.postDataJSON()).toEqual({ email: 'page-reader@example.com' });
    await page.locator('#subscribe-result', { hasText: /^Thank you: / }).waitFor();
    expect(await page.isVisible('#test-alert')).toBe(false);
    expect(await store.subscriptions.get(publicSubscriptionId('page-reader@example.com'))).not.toBeNull();
    await page.close();
  });

  it('off: no subscribe form at all', async () => {
    const page = await (await loopbackContext(browser, { width: 1280, height: 800 }, blocked)).newPage();
    await page.goto(await served('off'));
    await page.waitForSelector('#table[aria-busy="false"]');
    expect(await page.isVisible('#subscribe')).toBe(false);
    await page.close();
    expect(blocked).toEqual([]);
  });
});
