import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../functions/api/app';
import { ResponseCache } from '../../functions/api/response-cache';
import { mergeMention } from '../../functions/core/deal-merge';
import type { AlertChannel } from '../../functions/core/ports/channels';
import { silentLogger } from '../../functions/core/ports/log';
import type { FilingRecord } from '../../functions/core/types';
import { validateFeed } from '../../functions/sources/news/feed-registry';
import { mention, nebiusMicrosoft, oracleOpenAi } from '../support/builders';
import { createTestStore, type TestStore } from '../support/dynamo';

// Every route against /openapi.json: the document is valid OpenAPI 3.1, and each real response (success and
// error) matches the schema the document gives for its status and content type. Then a table of hostile
// inputs: a caller's mistake is never a 5xx, and every error is problem+json that the document describes.

interface Operation {
  responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
}
interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
}

const channel: AlertChannel = {
  async publish() {},
  async register() {
    return null;
  },
  async unregister() {},
};

let app: ReturnType<typeof createApiApp>;
let store: TestStore;
let doc: OpenApiDoc;
let docText: string;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
/** "get /deals/{id}" for every operation that answered 2xx in this file. */
const exercised = new Set<string>();

const FILING: FilingRecord = {
  accession: '0001769628-25-000105',
  cik: '0001769628',
  company: 'CoreWeave, Inc.',
  formType: '8-K',
  items: ['1.01'],
  acceptedAt: '2025-09-30T20:05:00.000Z',
  filedDate: '2025-09-30',
  indexUrl:
    'https://www.sec.gov/Archives/edgar/data/1769628/000176962825000105/0001769628-25-000105-index.htm',
  fullTextUrl: 'https://www.sec.gov/Archives/edgar/data/1769628/000176962825000105/0001769628-25-000105.txt',
  state: 'done',
  reason: null,
  mentionCount: 1,
  updatedAt: '2025-09-30T20:06:00.000Z',
};

beforeAll(async () => {
  store = await createTestStore();
  for (const m of [mention(), nebiusMicrosoft(), oracleOpenAi()]) {
    const deal = mergeMention(null, m, new Date('2025-10-01T00:00:00.000Z'));
    if (deal) await store.deals.save(deal);
  }
  await store.filings.putIfNew(FILING);
  app = createApiApp({
    deals: store.deals,
    filings: store.filings,
    subscriptions: store.subscriptions,
    channel,
    news: { baseFeeds: [], state: store.state, defaultPollSeconds: 300, validateFeed },
    log: silentLogger,
    publicBaseUrl: 'http://127.0.0.1:3000',
    // As composeApi builds it: the deals list's pages and their validators are part of what is described.
    listCache: new ResponseCache({ seconds: 5 }),
  });
  docText = await (await app.request('/openapi.json')).text();
  doc = JSON.parse(docText) as OpenApiDoc;
  ajv.addSchema(doc, 'openapi.json');
});

// The document byte for byte as reviewed: work on the app's import time (what is built when) must not change
// what /openapi.json says; a deliberate change to a route updates the file (`vitest -u`).
it('serves the reviewed OpenAPI document, byte for byte', async () => {
  await expect(docText).toMatchFileSnapshot('./openapi.snapshot.json');
});

// The public read function's app serves the public GET routes only, so it never builds the write routes'
// validators; its document still describes the whole API, in the same bytes.
it('serves the same document from the public read app, which answers no write route', async () => {
  const reads = createApiApp({
    deals: store.deals,
    filings: store.filings,
    news: { baseFeeds: [], state: store.state, defaultPollSeconds: 300, validateFeed },
    log: silentLogger,
    publicBaseUrl: 'http://127.0.0.1:3000',
    listCache: new ResponseCache({ seconds: 5 }),
    serves: 'public-reads',
  });
  expect(await (await reads.request('/openapi.json')).text()).toBe(docText);
  expect((await reads.request('/deals')).status).toBe(200);
  const json = { 'content-type': 'application/json' };
  for (const [method, path] of [
    ['PATCH', '/deals/nebius--microsoft'],
    ['PUT', '/feeds/extra'],
    ['DELETE', '/feeds/extra'],
    ['POST', '/subscriptions'],
    ['POST', '/subscribe'],
    ['GET', '/subscriptions'],
  ] as const) {
    const res = await reads.request(path, { method, headers: json, body: method === 'GET' ? null : '{}' });
    expect([method, path, res.status]).toEqual([method, path, 404]);
  }
});

// The write function's app serves the IAM-signed routes and POST /subscribe only: API Gateway sends it nothing else.
it('serves the signed routes from the write app, and none of the public reads', async () => {
  const signed = createApiApp({
    deals: store.deals,
    filings: store.filings,
    subscriptions: store.subscriptions,
    channel,
    log: silentLogger,
    serves: 'signed',
  });
  expect((await signed.request('/subscriptions')).status).toBe(200);
  for (const path of [
    '/',
    '/deals',
    '/deals/nebius--microsoft',
    '/filings',
    '/companies/nebius',
    '/openapi.json',
  ])
    expect([path, (await signed.request(path)).status]).toEqual([path, 404]);
});

/** The document's path template that a concrete path matches ("/deals/{id}"), if any. */
function templateOf(path: string): string | undefined {
  const pathname = new URL(path, 'http://x').pathname;
  return Object.keys(doc.paths).find((t) =>
    new RegExp(`^${t.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`).test(pathname),
  );
}

const pointer = (...tokens: string[]) =>
  tokens.map((t) => encodeURIComponent(t.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/');

/** Sends the request and checks the response against the document; returns it with its body read. */
async function call(
  method: string,
  path: string,
  init: { body?: string; type?: string; ifNoneMatch?: string } = {},
) {
  const headers: Record<string, string> = {};
  if (init.type) headers['content-type'] = init.type;
  if (init.ifNoneMatch) headers['if-none-match'] = init.ifNoneMatch;
  const res = await app.request(path, { method, headers, body: init.body });
  const text = await res.text();
  const type = (res.headers.get('content-type') ?? '').split(';')[0] ?? '';
  const template = templateOf(path);
  const operation = template ? doc.paths[template]?.[method.toLowerCase()] : undefined;
  const where = `${method} ${path.slice(0, 120)} -> ${res.status}`;
  if (operation && template) {
    const spec = operation.responses[String(res.status)];
    expect(spec, `${where}: status not in the document`).toBeDefined();
    for (const name of Object.keys(spec?.headers ?? {})) {
      expect(res.headers.get(name), `${where}: header ${name}`).not.toBeNull();
    }
    if (res.status !== 204 && res.status !== 304) {
      expect(Object.keys(spec?.content ?? {}), `${where}: content type`).toContain(type);
      const body: unknown = /json$/.test(type) ? JSON.parse(text) : text;
      const ref = `openapi.json#/${pointer('paths', template, method.toLowerCase(), 'responses', String(res.status), 'content', type, 'schema')}`;
      const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
      expect(validate(body), `${where}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    if (res.status < 300) exercised.add(`${method.toLowerCase()} ${template}`);
  }
  if (res.status >= 400) {
    expect(type, where).toBe('application/problem+json');
    const problem = JSON.parse(text) as { status: number; title: string; detail: string };
    expect(problem.status, where).toBe(res.status);
    expect(problem.detail.length, where).toBeGreaterThan(0);
  }
  return { res, text, json: () => JSON.parse(text) as Record<string, unknown> };
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const json = (value: unknown) => ({ body: JSON.stringify(value), type: 'application/json' });

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc as unknown as Record<string, unknown>);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it('describes what every route answers, success and errors alike', async () => {
    await call('GET', '/health');
    await call('GET', '/deals');
    await call('GET', '/deals?limit=1&company=microsoft');
    await call('GET', '/deals?format=csv');
    await call('GET', '/deals.csv?status=signed');
    const atom = await call('GET', '/deals.atom');
    const unchanged = await call('GET', '/deals.atom', { ifNoneMatch: atom.res.headers.get('etag') ?? '' });
    expect(unchanged.res.status).toBe(304);
    const [seeded] = (await store.deals.list({ limit: 1 })).items;
    await call('GET', `/deals/${seeded?.id}`);
    await call('GET', '/deals/nobody--nothing');
    await call('GET', `/deals/${seeded?.id}/filings`);
    await call('GET', '/deals/nobody--nothing/filings');
    await call('GET', `/deals?pair=${seeded?.buyer.id}--${seeded?.provider.id}`);
    await call('GET', '/deals?pair=microsoft--nebius&cursor=x');
    await call('GET', '/companies/META');
    await call('GET', '/companies/nobody-at-all');
    await call('GET', '/companies/%3F%3F');
    const corrected = await call(
      'PATCH',
      `/deals/${seeded?.id}`,
      json({ action: 'correct', by: 'ops', why: 'checked the filing', set: { status: 'signed' } }),
    );
    expect(corrected.res.status).toBe(200);
    await call('PATCH', `/deals/${seeded?.id}`, json({ action: 'hide', why: 'no caller named' }));
    await call(
      'PATCH',
      `/deals/${seeded?.id}`,
      json({ action: 'merge', by: 'ops', why: 'self', with: seeded?.id }),
    );
    await call('PATCH', '/deals/nobody--nothing', json({ action: 'unhide', by: 'ops', why: 'gone' }));
    await call('GET', '/filings');
    await call('GET', `/filings/${FILING.accession}`);
    await call('GET', '/filings/0001769628-25-999999');
    await call('GET', '/feeds');
    await call(
      'PUT',
      '/feeds/example-newsroom',
      json({ url: 'https://newsroom.example.com/feed.xml', kind: 'newsroom' }),
    );
    await call('GET', '/feeds');
    await call('DELETE', '/feeds/example-newsroom');
    await call('DELETE', '/feeds/example-newsroom');
    const created = await call(
      'POST',
      '/subscriptions',
      json({ channel: 'email', endpoint: 'a@example.com' }),
    );
    expect(created.res.status).toBe(201);
    const id = String(created.json().id);
    await call('GET', '/subscriptions');
    await call('POST', '/subscribe', json({ email: 'b@example.com', minValueUsd: 1e9 }));
    await call('POST', '/subscribe', json({ email: 'b@example.com', channel: 'sms' }));
    await call('GET', `/subscriptions/${id}`);
    await call('POST', `/subscriptions/${id}/test`);
    await call('DELETE', `/subscriptions/${id}`);
    await call('GET', `/subscriptions/${id}`);
    const all = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m} ${path}`),
    );
    expect(all.length).toBeGreaterThanOrEqual(15);
    expect([...exercised].sort()).toEqual(all.sort());
  });

  it('serves the reference page and its script from this origin', async () => {
    const page = await app.request('/reference');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<script src="assets/reference.js"></script>');
    expect(html).not.toMatch(/https?:\/\//);
    expect((await app.request('/assets/reference.js')).status).toBe(200);
  });
});

const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;

/** Path tricks that URL normalisation resolves to a real page ("/deals/%2e%2e" is "/"): not an error. */
const NORMALISED = new Set(['/deals/%2e%2e', '/deals/../subscriptions']);

/** [method, path, body?]: each is a caller's mistake or a trick; none may answer 5xx. */
const HOSTILE: [string, string, { body?: string; type?: string }?][] = [
  ['GET', '/deals?limit=0'],
  ['GET', '/deals?limit=-1'],
  ['GET', '/deals?limit=101'],
  ['GET', '/deals?limit=1.5'],
  ['GET', '/deals?limit=abc'],
  ['GET', '/deals?limit='],
  ['GET', '/deals?limit=1e400'],
  ['GET', '/deals?limit=%00'],
  ['GET', '/deals?minValueUsd=lots'],
  ['GET', '/deals?minValueUsd=-1'],
  ['GET', '/deals?minValueUsd=NaN'],
  ['GET', '/deals?minValueUsd=Infinity'],
  ['GET', '/deals?minValueUsd=1e400'],
  ['GET', '/deals?minValue=5'],
  ['GET', '/deals?foo=bar'],
  ['GET', '/deals?__proto__=x'],
  ['GET', '/deals?constructor=prototype'],
  ['GET', '/deals?limit=1&limit=2'],
  ['GET', '/deals?status=signed&status=signed'],
  ['GET', '/deals?company=%3F%3F%3F'],
  ['GET', `/deals?company=${'a'.repeat(200)}`],
  ['GET', '/deals?company=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ['GET', '/deals?company=%00'],
  ['GET', '/deals?status=rumoured'],
  ['GET', '/deals?status=SIGNED'],
  ['GET', '/deals?kind=tpu'],
  ['GET', '/deals?format=xml'],
  ['GET', '/deals?cursor=!!!'],
  ['GET', `/deals?cursor=${'x'.repeat(3000)}`],
  ['GET', `/deals?cursor=${b64(null)}`],
  ['GET', `/deals?cursor=${b64([])}`],
  ['GET', `/deals?cursor=${b64({ a: 1 })}`],
  ['GET', `/deals?cursor=${b64({ a: '2025-01-01T00:00:00.000Z', i: 5 })}`],
  ['GET', `/deals?cursor=${b64({ a: 'yesterday', i: 'x' })}`],
  ['GET', `/deals?cursor=${b64({ a: '2025-01-01T00:00:00.000Z', i: 'x', j: 'y' })}`],
  ['GET', '/deals?cursor=%FF%FE'],
  ['GET', '/deals.csv?format=csv'],
  ['GET', '/deals.atom?limit=1000'],
  ['GET', `/deals/${'a'.repeat(3000)}`],
  ['GET', `/deals/${'é'.repeat(400)}`],
  ['GET', '/deals/x%00y'],
  ['GET', '/deals/x%0Ay'],
  ['GET', '/deals/..%2F..%2Fetc%2Fpasswd'],
  ['GET', '/deals/%2e%2e'],
  ['GET', '/deals/%F0%9F%92%A5'],
  ['GET', '/deals/meta--coreweave?x=1'],
  ['GET', '/deals/'],
  ['GET', '//deals'],
  ['GET', '/DEALS'],
  ['GET', '/deals.json'],
  ['GET', '/deals/../subscriptions'],
  ['PATCH', '/deals'],
  ['PATCH', '/deals/meta--coreweave', { body: '{"action":"hide","by":"x","why":"yes"}', type: 'text/plain' }],
  ['PATCH', '/deals/meta--coreweave', json({ action: 'rename', by: 'ops', why: 'why not' })],
  ['PATCH', '/deals/meta--coreweave', { body: `{"pad":"${'x'.repeat(20_000)}"}`, type: 'application/json' }],
  ['GET', `/companies/${'a'.repeat(200)}`],
  ['GET', '/companies/meta?x=1'],
  ['GET', '/deals?pair=meta--coreweave&pair=x--y'],
  ['DELETE', '/deals'],
  ['GET', '/filings/abc'],
  ['GET', '/filings/%00'],
  ['GET', `/filings/${'1'.repeat(3000)}`],
  ['GET', '/filings?limit=500'],
  ['GET', `/filings?form=${'x'.repeat(50)}`],
  ['GET', '/filings?cursor=garbage'],
  ['GET', `/filings?cursor=${b64({ accession: 1, listPk: 'all', acceptedAt: 'x' })}`],
  ['GET', `/filings?cursor=${b64({ accession: 'x', listPk: 'elsewhere', acceptedAt: 'x' })}`],
  ['GET', `/filings?cursor=${b64({ accession: 'x'.repeat(5000), listPk: 'all', acceptedAt: 'x' })}`],
  ['GET', '/health?verbose=1'],
  ['POST', '/subscriptions', { body: 'channel=email', type: 'application/json' }],
  ['POST', '/subscriptions', { body: '{"channel":', type: 'application/json' }],
  ['POST', '/subscriptions', json([])],
  ['POST', '/subscriptions', json('email')],
  ['POST', '/subscriptions', json(null)],
  ['POST', '/subscriptions', json(42)],
  ['POST', '/subscriptions', json({})],
  ['POST', '/subscriptions', json({ channel: 'email', endpoint: 'a@example.com', id: 'mine' })],
  [
    'POST',
    '/subscriptions',
    {
      body: '{"channel":"email","endpoint":"a@example.com","__proto__":{"admin":true}}',
      type: 'application/json',
    },
  ],
  ['POST', '/subscriptions', json({ channel: 'email', endpoint: 42 })],
  ['POST', '/subscriptions', json({ channel: 'email', endpoint: `${'a'.repeat(600)}@example.com` })],
  [
    'POST',
    '/subscriptions',
    json({ channel: 'email', endpoint: 'a@example.com', companies: Array(101).fill('meta') }),
  ],
  ['POST', '/subscriptions', json({ channel: 'email', endpoint: 'a@example.com', minValueUsd: '5' })],
  ['POST', '/subscriptions', json({ channel: 'sms', endpoint: '+1' })],
  ['POST', '/subscriptions', json({ channel: 'https', endpoint: 'javascript:alert(1)' })],
  ['POST', '/subscriptions', json({ channel: 'https', endpoint: 'http://169.254.169.254/latest' })],
  ['POST', '/subscriptions', { body: '{"channel":"email","endpoint":"a@example.com"}', type: 'text/plain' }],
  ['POST', '/subscriptions', { body: '{"channel":"email","endpoint":"a@example.com"}' }],
  [
    'POST',
    '/subscriptions',
    { body: 'channel=email&endpoint=a%40example.com', type: 'application/x-www-form-urlencoded' },
  ],
  ['POST', '/subscriptions', { body: `{"pad":"${'x'.repeat(20_000)}"}`, type: 'application/json' }],
  ['POST', '/subscriptions', { body: deep, type: 'application/json' }],
  ['POST', '/subscriptions?x=1', json({ channel: 'email', endpoint: 'a@example.com' })],
  ['GET', `/subscriptions/${'a'.repeat(3000)}`],
  ['DELETE', '/subscriptions/no-such-id'],
  ['POST', '/subscriptions/no-such-id/test'],
  ['POST', `/subscriptions/${'a'.repeat(3000)}/test`],
  ['PUT', '/feeds/Bad_Id', json({ url: 'https://example.com/feed', kind: 'newsroom' })],
  ['PUT', '/feeds/ok-id', json({ url: 'http://169.254.169.254/latest/meta-data', kind: 'newsroom' })],
  ['PUT', '/feeds/ok-id', json({ url: 'https://example.com/feed', kind: 'podcast' })],
  ['PUT', '/feeds/ok-id', json({ url: 'https://example.com/feed', kind: 'newsroom', extra: 1 })],
  ['PUT', '/feeds/ok-id', json({ url: 'file:///etc/passwd', kind: 'newsroom' })],
  ['PUT', '/feeds/ok-id', { body: 'not json', type: 'application/json' }],
  ['PUT', '/feeds/ok-id', { body: '{}', type: 'text/xml' }],
  ['DELETE', '/feeds/not-added'],
  ['POST', '/subscribe', json({ email: 'not an address' })],
  ['POST', '/subscribe', json({ channel: 'sms', endpoint: '+14155550123' })],
  ['POST', '/subscribe', { body: '{"email":"a@example.com"}', type: 'text/plain' }],
  // Ids just over DynamoDB's 2,048-byte key limit, in bytes rather than characters, and path tricks.
  ['GET', `/deals/${'a'.repeat(2049)}`],
  ['GET', `/subscriptions/${'é'.repeat(1100)}`],
  ['DELETE', `/subscriptions/${'a'.repeat(2049)}`],
  ['GET', `/filings/${'9'.repeat(2100)}`],
  ['GET', '/filings/0001769628-25-000105%0A'],
  ['GET', '/subscriptions/x%0D%0Ainjected'],
  ['GET', '/companies/x%0Ay'],
  ['GET', '/deals/m%D0%B5ta--coreweave'],
  ['GET', '/deals/x%E2%80%AEy'],
  ['GET', '/deals/%C0%AE%C0%AE'],
  // Cursors that decode to the wrong types.
  ['GET', `/deals?cursor=${b64('a string')}`],
  ['GET', `/deals?cursor=${b64(true)}`],
  ['GET', `/deals?cursor=${b64({ a: 5, i: 5 })}`],
  ['GET', `/deals?cursor=${b64({ a: { $gt: '' }, i: 'x' })}`],
  ['GET', `/filings?cursor=${b64({ accession: 'x', listPk: 7, acceptedAt: 'x' })}`],
  ['GET', `/filings?cursor=${b64([1, 2, 3])}`],
  // Bad JSON, wrong content types, huge bodies.
  [
    'POST',
    '/subscriptions',
    { body: '{"channel":"email","endpoint":"a@example.com",}', type: 'application/json' },
  ],
  ['POST', '/subscriptions', { body: "{'channel':'email'}", type: 'application/json' }],
  ['POST', '/subscriptions', { body: '\u0000', type: 'application/json' }],
  ['POST', '/subscriptions', { body: '<channel>email</channel>', type: 'application/xml' }],
  ['POST', '/subscriptions', { body: '--x\r\n\r\n--x--', type: 'multipart/form-data; boundary=x' }],
  [
    'POST',
    '/subscriptions',
    { body: `{"endpoint":"${'a'.repeat(2 * 1024 * 1024)}"}`, type: 'application/json' },
  ],
  [
    'PUT',
    '/feeds/ok-id',
    { body: `{"url":"https://example.com/${'a'.repeat(2 * 1024 * 1024)}"}`, type: 'application/json' },
  ],
  ['PATCH', '/deals/meta--coreweave', { body: '{"action":"hide"', type: 'application/json' }],
  // Unicode tricks in an endpoint.
  ['POST', '/subscriptions', json({ channel: 'email', endpoint: 'a\u202E@example.com' })],
  ['POST', '/subscriptions', json({ channel: 'email', endpoint: 'a\u200B@example.com\u0000' })],
  ['POST', '/subscriptions', json({ channel: 'email', endpoint: 'a\uFF20example.com' })],
  ['POST', '/subscriptions', json({ channel: 'sms', endpoint: '+1415555\u0660123' })],
  // Thresholds out of range or of the wrong kind.
  ['POST', '/subscriptions', json({ channel: 'email', endpoint: 'a@example.com', minValueUsd: -5 })],
  ['POST', '/subscriptions', json({ channel: 'email', endpoint: 'a@example.com', minValueUsd: 'Infinity' })],
  ['POST', '/subscriptions', json({ channel: 'email', endpoint: 'a@example.com', minConfidence: 2 })],
  ['POST', '/subscriptions', json({ channel: 'email', endpoint: 'a@example.com', minConfidence: -0.1 })],
  ['POST', '/subscriptions', json({ channel: 'email', endpoint: 'a@example.com', minStatus: 'rumoured' })],
  ['POST', '/subscriptions', json({ channel: 'email', endpoint: 'a@example.com', notifyOn: ['everything'] })],
  ['POST', '/subscriptions', json({ channel: 'email', endpoint: 'a@example.com', kinds: ['tpu'] })],
  // https endpoints that reach inside: loopback, private and link-local ranges, the same in other spellings.
  ...[
    'https://127.0.0.1/hook',
    'https://localhost/hook',
    'https://10.0.0.1/hook',
    'https://169.254.169.254/latest/meta-data/',
    'https://[::1]/hook',
    'https://[::ffff:169.254.169.254]/',
    'https://2130706433/hook',
    'https://0x7f000001/hook',
    'https://192.168.1.1/hook',
    'https://user:pass@example.com/hook',
  ].map((endpoint): [string, string, { body: string; type: string }] => [
    'POST',
    '/subscriptions',
    json({ channel: 'https', endpoint }),
  ]),
];

describe('hostile input', () => {
  it(`answers ${HOSTILE.length} hostile requests with a one-line 4xx problem, never a 5xx, and loses nothing`, async () => {
    expect(new Set(HOSTILE.map((h) => JSON.stringify(h))).size).toBe(HOSTILE.length);
    expect(HOSTILE.length).toBeGreaterThanOrEqual(100);
    // A subscriber made before the batch, and the deals: what the batch must not lose or change.
    const before = await call(
      'POST',
      '/subscriptions',
      json({ channel: 'email', endpoint: 'kept@example.com' }),
    );
    expect(before.res.status).toBe(201);
    const kept = before.json().id as string;
    const deals = (await call('GET', '/deals')).text;
    const statuses: string[] = [];
    for (const [method, path, init] of HOSTILE) {
      const { res, text } = await call(method, path, init);
      const where = `${method} ${path.slice(0, 80)}`;
      statuses.push(`${where} ${res.status}`);
      if (!NORMALISED.has(path)) expect(res.status, where).toBeGreaterThanOrEqual(400);
      expect(res.status, where).toBeLessThan(500);
      if (res.status >= 400) {
        const { detail } = JSON.parse(text) as { detail: string };
        expect(detail, where).not.toMatch(/[\r\n]/);
        expect(detail.length, where).toBeLessThan(600);
      }
    }
    expect(statuses).toHaveLength(HOSTILE.length);
    expect((await call('GET', `/subscriptions/${kept}`)).res.status).toBe(200);
    expect((await call('GET', '/deals')).text).toBe(deals);
  });
});
