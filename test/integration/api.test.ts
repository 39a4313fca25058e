import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../functions/api/app';
import { mergeMention } from '../../functions/core/deal-merge';
import type { AlertChannel } from '../../functions/core/ports/channels';
import type { Logger } from '../../functions/core/ports/log';
import type { Deal, FilingRecord, SourcedMention, Subscription } from '../../functions/core/types';
import { irenMicrosoft, mention, nebiusMicrosoft, newsSource, oracleOpenAi } from '../support/builders';
import { createTestStore, type TestStore } from '../support/dynamo';

// The HTTP API in process (Hono's app.request) on DynamoDB Local: filters, pages, errors, subscriptions.

/** Records what the API asked of the channel; email stays pending (null), others get an SNS-like ARN. */
function recordingChannel() {
  const registered: Subscription[] = [];
  const unregistered: Subscription[] = [];
  let failNext = false;
  const channel: AlertChannel = {
    async publish() {},
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
  };
  return { channel, registered, unregistered, failNextRegister: () => (failNext = true) };
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

const SEEDS: { at: string; m: SourcedMention }[] = [
  { at: '2025-09-30T20:10:00.000Z', m: mention() },
  { at: '2025-09-10T12:00:00.000Z', m: nebiusMicrosoft() },
  { at: '2025-09-11T08:00:00.000Z', m: oracleOpenAi() },
  {
    at: '2025-11-03T14:00:00.000Z',
    m: irenMicrosoft({
      evidence: 'IREN & Microsoft: a five-year GPU cloud contract valued at $9.7 billion <announced>.',
    }),
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
      source: newsSource('test-feed/cipher-fluidstack'),
    }),
  },
];

/** Newest first, as the API lists them. */
const ALL_IDS = [
  'microsoft--iren--2025-09',
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
let app: Hono;
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
    clock: () => new Date('2025-12-01T09:00:00.000Z'),
  });
});

interface DealsBody {
  deals: Deal[];
  cursor: string | null;
}

interface ErrorBody {
  error: string;
  issues?: { path: string; message: string }[];
}

async function getJson<T>(path: string, status = 200): Promise<T> {
  const res = await app.request(path);
  expect(res.status, `${path} -> ${res.status}`).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return (await res.json()) as T;
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
      'microsoft--iren--2025-09',
      'meta--coreweave--2025-09',
      'openai--oracle--2025-09',
      'microsoft--nebius--2025-09',
    ]);
    expect(await dealIds('?company=microsoft')).toEqual([
      'microsoft--iren--2025-09',
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
    expect(first.deals.map((d) => d.id)).toEqual(['microsoft--iren--2025-09']);
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
    ['?company=Meta%20Platforms', 'company'],
    ['?status=rumoured', 'status'],
    ['?kind=tpu', 'kind'],
  ])('rejects %s with 400 and an issue on %s', async (query, path) => {
    const body = await getJson<ErrorBody>(`/deals${query}`, 400);
    expect(body.error).toBe('invalid request');
    expect(body.issues?.map((i) => i.path)).toEqual([path]);
    expect(body.issues?.[0]?.message).toBeTruthy();
  });

  it('rejects a cursor it did not issue with 400', async () => {
    const body = await getJson<ErrorBody>('/deals?cursor=not-a-cursor', 400);
    expect(body.error).toMatch(/cursor/);
    // Decodes, but is not a key of the index: still the caller's mistake, not a server error.
    const forged = Buffer.from(JSON.stringify({ id: 'meta--coreweave--2025-09' })).toString('base64url');
    expect((await app.request(`/deals?cursor=${forged}`)).status).toBe(400);
    expect((await app.request(`/filings?cursor=${forged}`)).status).toBe(400);
  });

  it('GET /deals/:id returns the deal, or 404 JSON for an unknown id', async () => {
    const deal = await getJson<Deal>('/deals/openai--oracle--2025-09');
    expect(deal).toMatchObject({ id: 'openai--oracle--2025-09', valueUsd: 300e9, status: 'reported' });
    const missing = await getJson<ErrorBody>('/deals/amazon--openai', 404);
    expect(missing.error).toBe('no deal amazon--openai');
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
    const iren = feed.entry?.find((e) => e.id === 'urn:compute-deal:microsoft--iren--2025-09');
    expect(iren?.summary).toBe(SEEDS[3]?.m.evidence);
  });

  it('takes the same filters as /deals, and an empty feed is still valid', async () => {
    expect((await atom('?company=microsoft')).feed.entry?.map((e) => e.id)).toEqual([
      'urn:compute-deal:microsoft--iren--2025-09',
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
    expect(missing.error).toBe('no filing 9999999999-25-000999');
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
    expect(err.error).toBe('invalid request');
    expect(err.issues?.map((i) => i.path)).toContain(path);
    expect(recorder.registered.length).toBe(before);
  });

  it('rejects a body that is not JSON with 400', async () => {
    const res = await app.request('/subscriptions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'channel=email&endpoint=a@example.com',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).issues?.[0]?.message).toBe('the body must be JSON');
  });

  it('refuses a body over 16 KB with 413 before parsing it', async () => {
    const res = await postSubscription({
      channel: 'email',
      endpoint: 'a@example.com',
      padding: 'x'.repeat(20_000),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error).toBe('the body is larger than 16 KB');
  });

  it('creates an email subscription with defaults, registers it with the channel and stores it', async () => {
    const res = await postSubscription({
      channel: 'email',
      endpoint: 'analyst@example.com',
      minValueUsd: 1e9,
      companies: ['meta'],
      // Not the client's to choose: ignored.
      id: 'chosen-by-client',
      channelRef: 'arn:aws:sns:us-east-1:000000000000:forged',
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
      note: 'check your inbox to confirm the subscription',
    });
    expect(recorder.registered.at(-1)?.id).toBe(created.id);
    const { note: _note, ...stored } = created;
    expect(await store.subscriptions.get(created.id)).toEqual(stored);
    expect(await getJson<Subscription>(`/subscriptions/${created.id}`)).toEqual(stored);
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
    expect(await res.json()).toEqual({ error: 'internal error' });
    expect(logger.errors.at(-1)?.fields).toMatchObject({ path: '/subscriptions' });
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
    expect(((await again.json()) as ErrorBody).error).toBe(`no subscription ${id}`);
  });
});

describe('everything else', () => {
  it('answers an unknown route or method with 404 JSON', async () => {
    expect((await getJson<ErrorBody>('/nope', 404)).error).toBe('no route for GET /nope');
    const put = await app.request('/deals', { method: 'PUT' });
    expect(put.status).toBe(404);
    expect(((await put.json()) as ErrorBody).error).toBe('no route for PUT /deals');
  });

  it('serves the page and the health check', async () => {
    const page = await app.request('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>Compute-capacity deals</title>');
    expect(await getJson<{ ok: boolean }>('/health')).toEqual({ ok: true });
  });
});
