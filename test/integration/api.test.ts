import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../functions/api/app';
import { mergeMention } from '../../functions/core/deal-merge';
import type { AlertChannel } from '../../functions/core/ports/channels';
import type { Logger } from '../../functions/core/ports/log';
import type { Alert, Deal, FilingRecord, SourcedMention, Subscription } from '../../functions/core/types';
import { irenMicrosoft, mention, nebiusMicrosoft, newsSource, oracleOpenAi } from '../support/builders';
import { createTestStore, type TestStore } from '../support/dynamo';

// The HTTP API in process (Hono's app.request) on DynamoDB Local: filters, pages, errors, subscriptions.

/**
 * Records what the API asked of the channel; email gets no reference, others an SNS-like ARN. An email endpoint
 * is pending confirmation until `confirm(id)`, as SNS reports it.
 */
function recordingChannel() {
  const registered: Subscription[] = [];
  const unregistered: Subscription[] = [];
  const published: Alert[] = [];
  const confirmed = new Set<string>();
  let failNext = false;
  const channel: AlertChannel = {
    async publish(alert) {
      published.push(alert);
    },
    async register(sub) {
      if (failNext) {
        failNext = false;
        throw new Error('SNS is unavailable');
      }
      registered.push(sub);
      return sub.channel === 'email' ? null : `arn:aws:sns:us-east-1:000000000000:deal-alerts:${sub.id}`;
    },
    async unregister(sub) {
      unregistered.push(sub);
    },
    async endpointState(sub) {
      return sub.channel === 'email' && !confirmed.has(sub.id) ? 'pending_confirmation' : 'active';
    },
  };
  return {
    channel,
    registered,
    unregistered,
    published,
    failNextRegister: () => (failNext = true),
    confirm: (id: string) => confirmed.add(id),
  };
}

function recordingLogger() {
  const errors: { message: string; fields?: Record<string, unknown> }[] = [];
  const log: Logger = {
    debug() {},
    info() {},
    warn() {},
    error(message, fields) {
      errors.push({ message, fields });
    },
  };
  return { log, errors };
}

const published = (m: SourcedMention, publishedAt: string): SourcedMention => ({
  ...m,
  source: { ...m.source, publishedAt },
});

// Processed (at) in another order than announced (the source's publication): Nebius was processed late.
const SEEDS: { at: string; m: SourcedMention }[] = [
  { at: '2025-09-30T20:10:00.000Z', m: mention() },
  { at: '2025-10-05T12:00:00.000Z', m: published(nebiusMicrosoft(), '2025-09-08T13:00:00.000Z') },
  { at: '2025-09-11T08:00:00.000Z', m: published(oracleOpenAi(), '2025-09-10T20:00:00.000Z') },
  {
    at: '2025-11-03T14:00:00.000Z',
    m: published(
      irenMicrosoft({
        evidence: 'IREN & Microsoft: a five-year GPU cloud contract valued at $9.7 billion <announced>.',
      }),
      '2025-11-03T13:00:00.000Z',
    ),
  },
  {
    at: '2025-09-25T16:00:00.000Z',
    m: mention({
      buyer: { id: 'fluidstack', name: 'Fluidstack Ltd' },
      provider: { id: 'cipher-mining', name: 'Cipher Mining Inc.', ticker: 'CIFR' },
      valueUsd: 3e9,
      valueText: 'about $3 billion',
      status: 'in_talks',
      kind: 'datacenter_lease',
      endDate: null,
      termYears: 10,
      evidence: 'Cipher Mining was said to be negotiating a ten-year data-centre lease with Fluidstack.',
      source: { ...newsSource('test-feed/cipher-fluidstack'), publishedAt: '2025-09-24T10:00:00.000Z' },
    }),
  },
];

/** Newest announcement first, as the API lists them (processing order differs). */
const ALL_IDS = [
  'microsoft--iren--2025-11',
  'meta--coreweave--2025-09',
  'fluidstack--cipher-mining--2025-09',
  'openai--oracle--2025-09',
  'microsoft--nebius--2025-09',
];

function filing(n: number, formType: string, acceptedAt: string): FilingRecord {
  const accession = `9999999999-25-${String(n).padStart(6, '0')}`;
  const folder = `https://www.sec.gov/Archives/edgar/data/1769628/${accession.replaceAll('-', '')}`;
  return {
    accession,
    cik: '0001769628',
    company: 'CoreWeave, Inc.',
    formType,
    items: formType === '8-K' ? ['1.01', '9.01'] : [],
    acceptedAt,
    filedDate: acceptedAt.slice(0, 10),
    indexUrl: `${folder}/${accession}-index.htm`,
    fullTextUrl: `${folder}/${accession}.txt`,
    state: 'done',
    reason: null,
    mentionCount: formType === '8-K' ? 1 : 0,
    updatedAt: acceptedAt,
  };
}

const FILINGS = [
  filing(301, '8-K', '2025-09-30T20:05:00.000Z'),
  filing(302, '10-Q', '2025-11-10T21:00:00.000Z'),
  filing(303, '8-K', '2025-10-15T12:30:00.000Z'),
  filing(304, '8-K', '2025-11-12T13:00:00.000Z'),
];

let store: TestStore;
let app: ReturnType<typeof createApiApp>;
let recorder: ReturnType<typeof recordingChannel>;
let logger: ReturnType<typeof recordingLogger>;

beforeAll(async () => {
  store = await createTestStore();
  for (const { at, m } of SEEDS) {
    const deal = mergeMention(null, m, new Date(at));
    if (!deal) throw new Error('a first mention always makes a deal');
    await store.deals.save(deal);
  }
  for (const f of FILINGS) await store.filings.putIfNew(f);
  recorder = recordingChannel();
  logger = recordingLogger();
  app = createApiApp({
    deals: store.deals,
    filings: store.filings,
    subscriptions: store.subscriptions,
    channel: recorder.channel,
    log: logger.log,
    publicBaseUrl: 'https://deals.example.org',
    clock: () => new Date('2025-12-01T09:00:00.000Z'),
  });
});

interface DealsBody {
  deals: Deal[];
  cursor: string | null;
}

interface ErrorBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { in: string; name: string; detail: string }[];
}

async function getJson<T>(path: string, status = 200): Promise<T> {
  const res = await app.request(path);
  expect(res.status, `${path} -> ${res.status}`).toBe(status);
  expect(res.headers.get('content-type')).toMatch(
    status < 400 ? /^application\/json/ : /^application\/problem\+json$/,
  );
  const body = (await res.json()) as T;
  if (status >= 400) expect(body).toMatchObject({ status, type: expect.stringMatching(/^urn:/) });
  return body;
}

const dealIds = async (query: string) => (await getJson<DealsBody>(`/deals${query}`)).deals.map((d) => d.id);

function postSubscription(body: unknown) {
  return app.request('/subscriptions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('GET /deals', () => {
  it('lists every deal newest first with the stored fields and no cursor at the end', async () => {
    const body = await getJson<DealsBody>('/deals');
    expect(body.deals.map((d) => d.id)).toEqual(ALL_IDS);
    expect(body.cursor).toBeNull();
    const meta = body.deals.find((d) => d.id === 'meta--coreweave--2025-09');
    expect(meta).toMatchObject({ valueUsd: 14.2e9, status: 'signed', confirmedByFiling: true, version: 1 });
    expect(meta).not.toHaveProperty('listPk');
  });

  it('filters by minimum value, company (buyer or provider), status and kind', async () => {
    expect(await dealIds('?minValueUsd=10000000000')).toEqual([
      'meta--coreweave--2025-09',
      'openai--oracle--2025-09',
      'microsoft--nebius--2025-09',
    ]);
    expect(await dealIds('?minValueUsd=9700000000')).toEqual([
      'microsoft--iren--2025-11',
      'meta--coreweave--2025-09',
      'openai--oracle--2025-09',
      'microsoft--nebius--2025-09',
    ]);
    expect(await dealIds('?company=microsoft')).toEqual([
      'microsoft--iren--2025-11',
      'microsoft--nebius--2025-09',
    ]);
    expect(await dealIds('?company=coreweave')).toEqual(['meta--coreweave--2025-09']);
    expect(await dealIds('?company=amazon')).toEqual([]);
    expect(await dealIds('?status=reported')).toEqual(['openai--oracle--2025-09']);
    expect(await dealIds('?status=in_talks')).toEqual(['fluidstack--cipher-mining--2025-09']);
    expect(await dealIds('?kind=datacenter_lease')).toEqual(['fluidstack--cipher-mining--2025-09']);
    expect(await dealIds('?company=microsoft&minValueUsd=10000000000&status=signed&kind=gpu_cloud')).toEqual([
      'microsoft--nebius--2025-09',
    ]);
  });

  it('pages through every deal with the cursor, each once, in order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
      const body: DealsBody = await getJson<DealsBody>(`/deals${query}`);
      expect(body.deals.length).toBeLessThanOrEqual(2);
      seen.push(...body.deals.map((d) => d.id));
      cursor = body.cursor;
      pages++;
    } while (cursor && pages < 10);
    expect(cursor).toBeNull();
    expect(seen).toEqual(ALL_IDS);
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it('pages a filtered list with the same filters on every page', async () => {
    const first = await getJson<DealsBody>('/deals?company=microsoft&limit=1');
    expect(first.deals.map((d) => d.id)).toEqual(['microsoft--iren--2025-11']);
    expect(first.cursor).not.toBeNull();
    const second = await getJson<DealsBody>(
      `/deals?company=microsoft&limit=1&cursor=${encodeURIComponent(first.cursor ?? '')}`,
    );
    expect(second.deals.map((d) => d.id)).toEqual(['microsoft--nebius--2025-09']);
  });

  it.each([
    ['?limit=0', 'limit'],
    ['?limit=101', 'limit'],
    ['?limit=ten', 'limit'],
    ['?minValueUsd=-1', 'minValueUsd'],
    ['?company=%3F%3F%3F', 'company'],
    ['?minValue=5', 'minValue'],
    ['?minValueUsd=lots', 'minValueUsd'],
    ['?status=signed&status=reported', 'status'],
    ['?format=xml', 'format'],
    ['?status=rumoured', 'status'],
    ['?kind=tpu', 'kind'],
  ])('rejects %s with 400 and an issue on %s', async (query, path) => {
    const body = await getJson<ErrorBody>(`/deals${query}`, 400);
    expect(body.title).toBe('Invalid request');
    expect(body.errors?.map((i) => i.name)).toEqual([path]);
    expect(body.errors?.[0]?.in).toBe('query');
    expect(body.detail).toContain(path);
  });

  it('rejects a cursor it did not issue with 400', async () => {
    const body = await getJson<ErrorBody>('/deals?cursor=not-a-cursor', 400);
    expect(body.errors?.map((e) => e.name)).toEqual(['cursor']);
    // Decodes, but is not a key of the index: still the caller's mistake, not a server error.
    const forged = Buffer.from(JSON.stringify({ id: 'meta--coreweave--2025-09' })).toString('base64url');
    expect((await app.request(`/deals?cursor=${forged}`)).status).toBe(400);
    expect((await app.request(`/filings?cursor=${forged}`)).status).toBe(400);
  });

  it('GET /deals/:id returns the deal, or 404 JSON for an unknown id', async () => {
    const deal = await getJson<Deal>('/deals/openai--oracle--2025-09');
    expect(deal).toMatchObject({ id: 'openai--oracle--2025-09', valueUsd: 300e9, status: 'reported' });
    const missing = await getJson<ErrorBody>('/deals/amazon--openai', 404);
    expect(missing.detail).toBe('no deal amazon--openai');
  });
});

describe('GET /deals.atom', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    htmlEntities: true,
    isArray: (name) => name === 'entry',
  });

  async function atom(query: string) {
    const res = await app.request(`/deals.atom${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    return parser.parse(xml) as {
      feed: {
        '@xmlns': string;
        id: string;
        updated: string;
        entry?: { id: string; title: string; updated: string; summary: string; link?: { '@href': string } }[];
      };
    };
  }

  it('is a well-formed Atom feed listing the deals, newest first, with escaped text', async () => {
    const { feed } = await atom('');
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.updated).toBe('2025-11-03T14:00:00.000Z');
    expect(feed.entry?.map((e) => e.id)).toEqual(ALL_IDS.map((id) => `urn:compute-deal:${id}`));
    const meta = feed.entry?.find((e) => e.id === 'urn:compute-deal:meta--coreweave--2025-09');
    expect(meta?.title).toBe('CoreWeave, Inc. -> Meta Platforms, Inc.: $14.2B (signed)');
    expect(meta?.link?.['@href']).toMatch(/^https:\/\/www\.sec\.gov\/Archives\//);
    // The IREN evidence holds "&" and "<...>": still one well-formed entry whose text reads back unchanged.
    const iren = feed.entry?.find((e) => e.id === 'urn:compute-deal:microsoft--iren--2025-11');
    expect(iren?.summary).toBe(SEEDS[3]?.m.evidence);
  });

  it('takes the same filters as /deals, and an empty feed is still valid', async () => {
    expect((await atom('?company=microsoft')).feed.entry?.map((e) => e.id)).toEqual([
      'urn:compute-deal:microsoft--iren--2025-11',
      'urn:compute-deal:microsoft--nebius--2025-09',
    ]);
    expect((await atom('?company=amazon')).feed.entry).toBeUndefined();
    const bad = await app.request('/deals.atom?status=rumoured');
    expect(bad.status).toBe(400);
  });
});

describe('GET /filings', () => {
  it('lists filings newest accepted first, filters by form and pages with the cursor', async () => {
    const all = await getJson<{ filings: FilingRecord[]; cursor: string | null }>('/filings');
    expect(all.filings.map((f) => f.accession)).toEqual([
      '9999999999-25-000304',
      '9999999999-25-000302',
      '9999999999-25-000303',
      '9999999999-25-000301',
    ]);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 10; i++) {
      const query: string = `?form=8-K&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page: { filings: FilingRecord[]; cursor: string | null } = await getJson(`/filings${query}`);
      expect(page.filings.every((f) => f.formType === '8-K')).toBe(true);
      seen.push(...page.filings.map((f) => f.accession));
      cursor = page.cursor;
      if (!cursor) break;
    }
    expect(cursor).toBeNull();
    expect(seen).toEqual(['9999999999-25-000304', '9999999999-25-000303', '9999999999-25-000301']);
    await getJson<ErrorBody>('/filings?limit=500', 400);
  });

  it('GET /filings/:accession returns the record, or 404 JSON', async () => {
    const filing = await getJson<FilingRecord>('/filings/9999999999-25-000303');
    expect(filing).toEqual({
      ...FILINGS[2],
      history: [{ state: FILINGS[2]?.state, at: FILINGS[2]?.updatedAt }],
    });
    const missing = await getJson<ErrorBody>('/filings/9999999999-25-000999', 404);
    expect(missing.detail).toBe('no filing 9999999999-25-000999');
  });

  it.each([
    ['/filings/not-an-accession', 'an accession number'],
    ['/filings?company=No%20Such%20Corp%20Zzz', 'No Such Corp Zzz'],
    ['/filings?item=1.1', 'an 8-K item'],
    ['/filings?from=2026-13-40', 'not a real date'],
    ['/filings?from=2026-02-01&to=2026-01-01', 'to is before from'],
    ['/filings?hasDeals=yes', 'hasDeals'],
  ])('refuses %s with 400 naming the mistake', async (path, words) => {
    const res = await app.request(path);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(words);
  });
});

describe('subscriptions', () => {
  it.each([
    ['a bad email', { channel: 'email', endpoint: 'analyst-at-example.com' }, 'endpoint'],
    ['a phone number without +country', { channel: 'sms', endpoint: '4155550123' }, 'endpoint'],
    ['a phone number starting +0', { channel: 'sms', endpoint: '+04155550123' }, 'endpoint'],
    ['a plain-http webhook', { channel: 'https', endpoint: 'http://hooks.example.com/deals' }, 'endpoint'],
    ['an unknown channel', { channel: 'pager', endpoint: 'x' }, 'channel'],
    ['a negative minimum', { channel: 'email', endpoint: 'a@example.com', minValueUsd: -5 }, 'minValueUsd'],
    [
      'a bad company id',
      { channel: 'email', endpoint: 'a@example.com', companies: ['Meta!'] },
      'companies.0',
    ],
  ])('rejects %s with 400, stores nothing and registers nothing', async (_name, body, path) => {
    const before = recorder.registered.length;
    const res = await postSubscription(body);
    expect(res.status).toBe(400);
    const err = (await res.json()) as ErrorBody;
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(err.title).toBe('Invalid request');
    expect(err.errors?.map((i) => i.name)).toContain(path);
    expect(recorder.registered.length).toBe(before);
  });

  it('rejects a body that is not JSON with 400', async () => {
    const res = await app.request('/subscriptions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'channel=email&endpoint=a@example.com',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).errors?.[0]).toEqual({
      in: 'body',
      name: '',
      detail: 'the body must be a JSON object',
    });
  });

  it('refuses a body over 16 KB with 413 before parsing it', async () => {
    const res = await postSubscription({
      channel: 'email',
      endpoint: 'a@example.com',
      padding: 'x'.repeat(20_000),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).detail).toBe('the body is larger than 16 KB');
  });

  it('creates an email subscription with defaults, registers it with the channel and stores it', async () => {
    const res = await postSubscription({
      channel: 'email',
      endpoint: 'analyst@example.com',
      minValueUsd: 1e9,
      companies: ['meta'],
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as Subscription & { note?: string };
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({
      channel: 'email',
      endpoint: 'analyst@example.com',
      minValueUsd: 1e9,
      companies: ['meta'],
      kinds: [],
      minStatus: 'in_talks',
      notifyOn: ['value_up', 'status_up'],
      createdAt: '2025-12-01T09:00:00.000Z',
      channelRef: null,
      endpointState: 'pending_confirmation',
      note: 'check your inbox to confirm the subscription; alerts are held until then',
    });
    expect(recorder.registered.at(-1)?.id).toBe(created.id);
    const { note: _note, ...stored } = created;
    expect(await store.subscriptions.get(created.id)).toEqual(stored);
    expect(await getJson<Subscription>(`/subscriptions/${created.id}`)).toEqual(stored);
  });

  it('GET /subscriptions/:id tells the confirmation as the channel sees it now, and records it', async () => {
    const res = await postSubscription({ channel: 'email', endpoint: 'later@example.com' });
    const { id } = (await res.json()) as Subscription;
    expect((await getJson<Subscription>(`/subscriptions/${id}`)).endpointState).toBe('pending_confirmation');
    recorder.confirm(id);
    expect((await getJson<Subscription>(`/subscriptions/${id}`)).endpointState).toBe('active');
    expect((await store.subscriptions.get(id))?.endpointState).toBe('active');
  });

  it('creates sms and https subscriptions with the channel reference the channel returned', async () => {
    for (const [channel, endpoint] of [
      ['sms', '+14155550123'],
      ['https', 'https://hooks.example.com/deals'],
    ] as const) {
      const res = await postSubscription({ channel, endpoint, kinds: ['gpu_cloud'], minStatus: 'signed' });
      expect(res.status).toBe(201);
      const created = (await res.json()) as Subscription & { note?: string };
      expect(created.note).toBeUndefined();
      expect(created.channelRef).toBe(`arn:aws:sns:us-east-1:000000000000:deal-alerts:${created.id}`);
      expect((await store.subscriptions.get(created.id))?.channelRef).toBe(created.channelRef);
    }
  });

  it('answers 500 JSON and stores nothing when the channel cannot register', async () => {
    const before = (await store.subscriptions.all()).length;
    recorder.failNextRegister();
    const res = await postSubscription({ channel: 'sms', endpoint: '+33612345678' });
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toEqual({
      type: 'urn:compute-deals:problem:internal',
      title: 'Internal error',
      status: 500,
      detail: 'an internal error occurred; it has been logged',
    });
    expect(logger.errors.at(-1)?.fields).toEqual({
      method: 'POST',
      route: '/subscriptions',
      error: 'Error',
      message: 'SNS is unavailable',
    });
    expect((await store.subscriptions.all()).length).toBe(before);
  });

  it('DELETE /subscriptions/:id unregisters and removes it (204), then 404', async () => {
    const res = await postSubscription({ channel: 'email', endpoint: 'leaving@example.com' });
    const { id } = (await res.json()) as Subscription;
    const del = await app.request(`/subscriptions/${id}`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect(await del.text()).toBe('');
    expect(recorder.unregistered.at(-1)?.id).toBe(id);
    expect(await store.subscriptions.get(id)).toBeNull();
    await getJson<ErrorBody>(`/subscriptions/${id}`, 404);
    const again = await app.request(`/subscriptions/${id}`, { method: 'DELETE' });
    expect(again.status).toBe(404);
    expect(((await again.json()) as ErrorBody).detail).toBe(`no subscription ${id}`);
  });
});

describe('everything else', () => {
  it('answers an unknown route or method with 404 JSON', async () => {
    expect((await getJson<ErrorBody>('/nope', 404)).detail).toBe('no route for GET /nope');
    const put = await app.request('/deals', { method: 'PUT' });
    expect(put.status).toBe(404);
    expect(((await put.json()) as ErrorBody).detail).toBe('no route for PUT /deals');
  });

  it('serves the page and the health check', async () => {
    const page = await app.request('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>Compute-capacity deals</title>');
    expect(await getJson<{ ok: boolean }>('/health')).toEqual({ ok: true, store: 'ok' });
  });
});

describe('what a reader asks for', () => {
  const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('filters by a company id, ticker or name in any case', async () => {
    for (const company of ['microsoft', 'MSFT', 'Microsoft', 'microsoft corporation', 'MICROSOFT']) {
      expect(await dealIds(`?company=${encodeURIComponent(company)}`)).toEqual([
        'microsoft--iren--2025-11',
        'microsoft--nebius--2025-09',
      ]);
    }
    expect(await dealIds('?company=CoreWeave')).toEqual(['meta--coreweave--2025-09']);
    expect(await dealIds('?company=Meta%20Platforms')).toEqual(['meta--coreweave--2025-09']);
    // Not in the company table: its id still filters.
    expect(await dealIds('?company=Fluidstack')).toEqual(['fluidstack--cipher-mining--2025-09']);
  });

  it('gives each deal its announcement (earliest publication) beside its processing time', async () => {
    const nebius = await getJson<Deal & { announcedAt: string }>('/deals/microsoft--nebius--2025-09');
    expect(nebius.announcedAt).toBe('2025-09-08T13:00:00.000Z');
    expect(nebius.firstSeenAt).toBe('2025-10-05T12:00:00.000Z');
    // Processed second-newest, announced first: the list puts it last.
    expect((await dealIds('')).at(-1)).toBe('microsoft--nebius--2025-09');
  });

  it('writes deal keys in one documented order, every time', async () => {
    const order = [
      'id',
      'provider',
      'buyer',
      'kind',
      'status',
      'confirmedByFiling',
      'valueUsd',
      'valueText',
      'qualifier',
      'endDate',
      'termYears',
      'announcedAt',
      'firstSeenAt',
      'updatedAt',
      'evidence',
      'sources',
      'history',
      'version',
    ];
    const text = await (await app.request('/deals/meta--coreweave--2025-09')).text();
    expect(Object.keys(JSON.parse(text))).toEqual(order);
    expect(await (await app.request('/deals/meta--coreweave--2025-09')).text()).toBe(text);
    const listed = (await getJson<DealsBody>('/deals')).deals;
    for (const d of listed) expect(Object.keys(d)).toEqual(order);
  });

  it('links each filing source to its filing index and its document', async () => {
    const deal = await getJson<Deal>('/deals/meta--coreweave--2025-09');
    expect(deal.sources).toEqual([
      {
        kind: 'filing',
        id: '9999999999-25-000105/8-K',
        title: 'CoreWeave, Inc. 8-K',
        publishedAt: '2025-09-30T20:05:00.000Z',
        formType: '8-K',
        documentType: '8-K',
        feedId: null,
        url: 'https://www.sec.gov/Archives/edgar/data/1769628/999999999925000105/9999999999-25-000105-index.htm',
        filingIndexUrl:
          'https://www.sec.gov/Archives/edgar/data/1769628/999999999925000105/9999999999-25-000105-index.htm',
        documentUrl:
          'https://www.sec.gov/Archives/edgar/data/1769628/999999999925000105/9999999999-25-000105.txt',
      },
    ]);
    const news = await getJson<Deal>('/deals/openai--oracle--2025-09');
    expect(news.sources[0]).toMatchObject({
      kind: 'news',
      filingIndexUrl: null,
      documentUrl: 'https://news.example.com/wsj-tech/oracle-openai-300b',
    });
  });

  it('answers CSV at /deals.csv and /deals?format=csv, with the same filters', async () => {
    const res = await app.request('/deals.csv?company=microsoft');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await res.text();
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,announced_at,provider,buyer,value_usd,value,status,confirmed_by_filing,kind,end_date,term_years,source_url,evidence,first_seen_at,updated_at',
    );
    expect(lines.map((l) => l.split(',')[0])).toEqual([
      'id',
      'microsoft--iren--2025-11',
      'microsoft--nebius--2025-09',
    ]);
    expect(lines[1]).toContain(
      ',IREN & Microsoft: a five-year GPU cloud contract valued at $9.7 billion <announced>.,',
    );
    expect(lines[1]?.split(',')).toHaveLength(15);
    expect(await (await app.request('/deals?company=microsoft&format=csv')).text()).toBe(text);
  });

  it('builds the Atom feed id and self link from the configured base URL, never from the Host header', async () => {
    const res = await app.request('/deals.atom?status=signed', { headers: { host: 'attacker.example' } });
    const xml = await res.text();
    expect(xml).toContain('<id>https://deals.example.org/deals.atom?status=signed</id>');
    expect(xml).toContain('<link rel="self" href="https://deals.example.org/deals.atom?status=signed"/>');
    expect(xml).not.toContain('attacker');
  });

  it('refuses ids over the key limit and cursors of the wrong shape with 400, at the edge', async () => {
    const huge = 'a'.repeat(3000);
    for (const path of [`/deals/${huge}`, `/subscriptions/${huge}`, `/filings/${huge}`]) {
      const body = await getJson<ErrorBody>(path, 400);
      expect(body.errors?.[0]?.in).toBe('path');
    }
    for (const cursor of [
      cursorOf({ a: 5, i: [] }),
      cursorOf({ a: '2025-01-01T00:00:00.000Z' }),
      cursorOf(['x']),
      cursorOf('x'),
    ]) {
      const body = await getJson<ErrorBody>(`/deals?cursor=${cursor}`, 400);
      expect(body.errors?.map((e) => e.name)).toEqual(['cursor']);
    }
    for (const cursor of [
      cursorOf({ accession: 1, listPk: 'all', acceptedAt: '2025' }),
      cursorOf({ accession: 'x', listPk: 'other', acceptedAt: '2025' }),
      cursorOf({ accession: 'x', listPk: 'all', acceptedAt: '2025', extra: 'y' }),
    ]) {
      const body = await getJson<ErrorBody>(`/filings?cursor=${cursor}`, 400);
      expect(body.errors?.map((e) => e.name)).toEqual(['cursor']);
    }
  });

  it('lists subscriptions, oldest first, and sends a test alert through the channel', async () => {
    const a = (await (
      await postSubscription({ channel: 'email', endpoint: 'first@example.com' })
    ).json()) as Subscription;
    const listed = await getJson<{ subscriptions: Subscription[] }>('/subscriptions');
    expect(listed.subscriptions.map((s) => s.id)).toContain(a.id);
    expect(listed.subscriptions).toEqual(
      [...listed.subscriptions].sort(
        (x, y) => x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id),
      ),
    );

    const sent = recorder.published.length;
    const res = await app.request(`/subscriptions/${a.id}/test`, { method: 'POST' });
    expect(res.status).toBe(200);
    const alert = (await res.json()) as Alert;
    expect(recorder.published.length).toBe(sent + 1);
    expect(recorder.published.at(-1)).toMatchObject({
      subscriptionId: a.id,
      endpoint: 'first@example.com',
      dealId: 'microsoft--iren--2025-11',
    });
    expect(alert.subject).toMatch(/^\[Test\] New compute deal: IREN Limited -> Microsoft Corporation/);
    expect(alert.text).toContain('Evidence:');
    await getJson<ErrorBody>('/subscriptions/00000000-0000-0000-0000-000000000000/test', 404).catch(
      () => undefined,
    );
    const missing = await app.request('/subscriptions/00000000-0000-0000-0000-000000000000/test', {
      method: 'POST',
    });
    expect(missing.status).toBe(404);
    expect(recorder.published.length).toBe(sent + 1);
  });

  it('logs a server error as structured fields: a newline in the path cannot write a log line', async () => {
    const failing = recordingLogger();
    const broken = createApiApp({
      deals: {
        ...store.deals,
        async get() {
          throw new Error('lookup failed\n12:00:00 info  forged line');
        },
      },
      filings: store.filings,
      subscriptions: store.subscriptions,
      channel: recorder.channel,
      log: failing.log,
    });
    // A control character in an id is refused at the edge; a line separator (not a control character) passes
    // to the handler, whose failure logs the route pattern, never the caller's path.
    expect((await broken.request('/deals/x%0A12:00:00%20error%20forged')).status).toBe(400);
    const res = await broken.request('/deals/x%E2%80%A812:00:00%20error%20forged');
    expect(res.status).toBe(500);
    expect(failing.errors).toEqual([
      {
        message: 'api error',
        fields: {
          method: 'GET',
          route: '/deals/:id',
          error: 'Error',
          message: 'lookup failed 12:00:00 info  forged line',
        },
      },
    ]);
  });
});
