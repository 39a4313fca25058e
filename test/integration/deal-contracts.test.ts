import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../functions/api/app';
import { createOutboxChannel } from '../../functions/channels/outbox';
import { silentLogger } from '../../functions/core/ports/log';
import type { DealRepository } from '../../functions/core/ports/store';
import type { Deal, SourcedMention } from '../../functions/core/types';
import { migrateDealIds } from '../../functions/use-cases/migrate-deal-ids';
import { recordMentions } from '../../functions/use-cases/record-mentions';
import { alertPipeline } from '../support/alert-pipeline';
import { mention, newsSource, subscription } from '../support/builders';
import { createTestStore, type TestStore } from '../support/dynamo';
import { STORIES } from '../unit/deal-stories';

let store: TestStore;
let app: ReturnType<typeof createApiApp>;
let pipeline: ReturnType<typeof alertPipeline>;
let outboxFile: string;
const clock = () => new Date();

async function alerts(): Promise<{ subscriptionId: string; dealId: string; subject: string }[]> {
  const text = await readFile(outboxFile, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

async function call(method: string, path: string, body?: unknown) {
  const res = await app.request(path, {
    method,
    redirect: 'manual',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    location: res.headers.get('location'),
    json: text ? JSON.parse(text) : null,
  };
}

const story = (name: string) => STORIES.find((s) => s.name === name)?.mentions ?? [];

beforeAll(async () => {
  store = await createTestStore();
  outboxFile = join(await mkdtemp(join(tmpdir(), 'contracts-')), 'outbox.jsonl');
  pipeline = alertPipeline(store, createOutboxChannel({ file: outboxFile, print: () => {} }));
  await store.subscriptions.put(subscription({ id: 'msft', minValueUsd: 0, companies: ['microsoft'] }));
  app = createApiApp({
    deals: store.deals,
    filings: store.filings,
    subscriptions: store.subscriptions,
    channel: createOutboxChannel({ file: outboxFile, print: () => {} }),
    log: silentLogger,
  });
});

describe('contracts of a pair on DynamoDB Local', () => {
  it('records the Microsoft–Nscale story as three deals and alerts on each contract', async () => {
    // One batch, newest first: the pair index is read back within the batch too.
    const report = await recordMentions(
      { deals: store.deals, clock },
      [...story('Microsoft–Nscale')].reverse(),
    );
    expect(report).toMatchObject({ created: 3, updated: 3, unchanged: 0 });
    await pipeline.settle();
    const sent = (await alerts()).filter((a) => a.subject.startsWith('New compute deal'));
    expect(sent.map((a) => a.dealId).sort()).toEqual([
      'microsoft--nscale--2025-09',
      'microsoft--nscale--2025-09-2',
      'microsoft--nscale--2025-10',
    ]);
  });

  it('lists a pair through the pair index and a company on both sides', async () => {
    await recordMentions({ deals: store.deals, clock }, story('Microsoft–Nebius'));
    const pair = await call('GET', '/deals?pair=microsoft--nscale');
    expect(pair.status).toBe(200);
    expect((pair.json.deals as Deal[]).map((d) => d.valueUsd).sort()).toEqual([24e9, 6.2e9, null].sort());
    const microsoft = await call('GET', '/companies/microsoft');
    expect(microsoft.json.company).toEqual({ id: 'microsoft', name: 'Microsoft Corporation' });
    expect((microsoft.json.asBuyer as Deal[]).map((d) => d.provider.id).sort()).toEqual([
      'nebius',
      'nscale',
      'nscale',
      'nscale',
    ]);
    expect(microsoft.json.asProvider).toEqual([]);
    const nscale = await call('GET', '/companies/nscale');
    expect((nscale.json.asProvider as Deal[]).length).toBe(3);
    expect((await call('GET', '/companies/nobody-at-all')).status).toBe(404);
    expect((await call('GET', '/deals?pair=microsoft')).status).toBe(400);
    // The list filters do not apply to a pair: given with it, they are named, not ignored.
    const mixed = await call('GET', '/deals?pair=microsoft--nscale&status=signed&limit=5');
    expect(mixed.status).toBe(400);
    expect((mixed.json.errors as { name: string }[]).map((e) => e.name)).toEqual(['limit', 'status']);
    // A company by name or ticker, in any case, like the list's filter.
    const byName = await call('GET', '/companies/Microsoft%20Corporation');
    expect(byName.json.company).toEqual({ id: 'microsoft', name: 'Microsoft Corporation' });
    expect((await call('GET', '/companies/MSFT')).json.company.id).toBe('microsoft');
  });

  it('keeps ids when later mentions arrive, and ignores redeliveries', async () => {
    const again = await recordMentions({ deals: store.deals, clock }, story('Microsoft–Nscale'));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 6 });
    const later = mention({
      buyer: { id: 'microsoft', name: 'Microsoft Corporation' },
      provider: { id: 'nscale', name: 'Nscale' },
      valueUsd: null,
      site: 'Narvik',
      source: { ...newsSource('no-wire/narvik-2'), publishedAt: '2025-12-01T08:00:00Z' },
    });
    await recordMentions({ deals: store.deals, clock }, [later]);
    const deals = await store.deals.listByPair('microsoft', 'nscale');
    const narvik = deals.find((d) => d.sources.some((s) => s.id === 'no-wire/narvik-2'));
    // Told newest first, the Texas contract came first (2025-10), then Narvik (2025-09), then the UK (-2).
    expect(narvik).toMatchObject({ id: 'microsoft--nscale--2025-09', valueUsd: 6.2e9, version: 3 });
    expect(deals.map((d) => d.id).sort()).toEqual([
      'microsoft--nscale--2025-09',
      'microsoft--nscale--2025-09-2',
      'microsoft--nscale--2025-10',
    ]);
  });

  it('records two contracts one news item tells of a pair as two deals, alerts once each, and ignores a redelivery', async () => {
    const told = (valueUsd: number) =>
      mention({
        buyer: { id: 'microsoft', name: 'Microsoft Corporation' },
        provider: { id: 'lambda', name: 'Lambda, Inc.' },
        valueUsd,
        source: { ...newsSource('wire/lambda-two'), publishedAt: '2025-11-03T08:00:00Z' },
      });
    const both = [told(1.5e9), told(0.5e9)];
    expect(await recordMentions({ deals: store.deals, clock }, both)).toMatchObject({
      created: 2,
      unchanged: 0,
    });
    expect(await recordMentions({ deals: store.deals, clock }, both)).toMatchObject({
      created: 0,
      unchanged: 2,
    });
    const deals = await store.deals.listByPair('microsoft', 'lambda');
    expect(deals.map((d) => d.valueUsd).sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual([0.5e9, 1.5e9]);
    await pipeline.settle();
    const sent = (await alerts()).filter(
      (a) => a.subject.startsWith('New compute deal') && a.dealId.startsWith('microsoft--lambda'),
    );
    expect(sent.map((a) => a.dealId).sort()).toEqual(deals.map((d) => d.id).sort());
  });
});

/** The store, with every placed write held until `readers` placings of a pair have read it: writers truly at once. */
function placingAtOnce(deals: DealRepository, readers: number): DealRepository {
  let read = 0;
  let release: () => void = () => {};
  const allRead = new Promise<void>((r) => {
    release = r;
  });
  return {
    ...deals,
    async readPair(buyerId, providerId) {
      const pair = await deals.readPair(buyerId, providerId);
      if (++read === readers) release();
      return pair;
    },
    async savePlaced(deal, pair) {
      await allRead;
      return deals.savePlaced(deal, pair);
    },
  };
}

describe('writers placing mentions of one pair at once', () => {
  const amendment = (m: SourcedMention): SourcedMention => ({
    ...m,
    source: {
      ...m.source,
      id: '9999999999-25-000903/8-K/A',
      formType: '8-K/A',
      documentType: '8-K/A',
      publishedAt: '2025-11-03T21:10:00.000Z',
    },
  });

  it('an 8-K and its 8-K/A read in two workers at once make one deal, not two', async () => {
    const pairOf = (id: string) => ({
      buyer: { id: `${id}-buyer`, name: `${id} Buyer` },
      provider: { id: `${id}-cloud`, name: `${id} Cloud` },
    });
    const filing = mention(pairOf('race'));
    const deals = placingAtOnce(store.deals, 2);
    const reports = await Promise.all([
      recordMentions({ deals, clock }, [filing]),
      recordMentions({ deals, clock }, [amendment(filing)]),
    ]);
    expect(reports.map((r) => r.created).sort()).toEqual([0, 1]);
    expect(reports.map((r) => r.updated).sort()).toEqual([0, 1]);
    const all = await store.deals.listByPair('race-buyer', 'race-cloud');
    expect(all).toHaveLength(1);
    expect(all[0]?.mentions.map((m) => m.source.id).sort()).toEqual([
      '9999999999-25-000105/8-K',
      '9999999999-25-000903/8-K/A',
    ]);
    expect(reports[0]?.dealIds).toEqual(reports[1]?.dealIds);
  });

  it('five news items of one deal recorded at once join one deal, each once', async () => {
    const deals = placingAtOnce(store.deals, 5);
    const items = ['a', 'b', 'c', 'd', 'e'].map((k, i) =>
      mention({
        buyer: { id: 'burst-buyer', name: 'Burst Buyer' },
        provider: { id: 'burst-cloud', name: 'Burst Cloud' },
        source: { ...newsSource(`wire/${k}`), publishedAt: `2025-09-${String(20 + i)}T08:00:00.000Z` },
      }),
    );
    const reports = await Promise.all(items.map((m) => recordMentions({ deals, clock }, [m])));
    expect(reports.reduce((n, r) => n + r.created, 0)).toBe(1);
    expect(reports.reduce((n, r) => n + r.updated, 0)).toBe(4);
    const [deal, ...others] = await store.deals.listByPair('burst-buyer', 'burst-cloud');
    expect(others).toEqual([]);
    expect(deal?.mentions).toHaveLength(5);
    expect((await store.deals.readPair('burst-buyer', 'burst-cloud')).version).toBe(5);
  });
});

describe('operator corrections (PATCH /deals/{id})', () => {
  const id = 'microsoft--nebius--2025-09';

  it('corrects a value, keeps who and why, and a later mention does not undo it', async () => {
    const res = await call('PATCH', `/deals/${id}`, {
      action: 'correct',
      by: 'ops@example.com',
      why: 'the options are not committed',
      set: { valueUsd: 17.4e9 },
    });
    expect(res.status).toBe(200);
    expect(res.json.deal).toMatchObject({ valueUsd: 17.4e9 });
    await recordMentions({ deals: store.deals, clock }, [
      mention({
        buyer: { id: 'microsoft', name: 'Microsoft Corporation' },
        provider: { id: 'nebius', name: 'Nebius Group N.V.' },
        valueUsd: 19.4e9,
        termYears: 5,
        endDate: null,
        source: { ...newsSource('late/nebius'), publishedAt: '2025-09-10T08:00:00Z' },
      }),
    ]);
    const deal = await store.deals.get(id);
    expect(deal?.valueUsd).toBe(17.4e9);
    expect(deal?.sources.map((s) => s.id)).toContain('late/nebius');
    expect(deal?.history.find((e) => e.type === 'corrected')).toMatchObject({
      by: 'ops@example.com',
      why: 'the options are not committed',
    });
  });

  it('refuses a bad correction with a clear message', async () => {
    expect(
      (await call('PATCH', `/deals/${id}`, { action: 'correct', why: 'no one', set: { kind: 'x' } })).status,
    ).toBe(400);
    const anon = await call('PATCH', `/deals/${id}`, { action: 'hide', why: 'wrong deal' });
    expect(anon).toMatchObject({
      status: 400,
      type: 'application/problem+json',
      json: { status: 400, errors: [{ in: 'body', name: 'by' }] },
    });
    const unknown = await call('PATCH', `/deals/${id}`, {
      action: 'correct',
      by: 'ops',
      why: 'typo',
      set: { buyer: 'no-such-company' },
    });
    expect(unknown.json.detail).toMatch(/unknown company "no-such-company"/);
    expect(
      (await call('PATCH', '/deals/nobody--none--2025-01', { action: 'hide', by: 'ops', why: 'gone' }))
        .status,
    ).toBe(404);
  });

  it('splits a mention off into its own deal, then merges it back with a redirect', async () => {
    const split = await call('PATCH', `/deals/${id}`, {
      action: 'split',
      by: 'ops',
      why: 'this item is about another contract',
      sourceId: 'late/nebius',
    });
    expect(split.status).toBe(200);
    const newId = split.json.other.id as string;
    expect(newId).toBe('microsoft--nebius--2025-09-2');
    expect((split.json.deal as Deal).sources.map((s) => s.id)).not.toContain('late/nebius');

    const merged = await call('PATCH', `/deals/${id}`, {
      action: 'merge',
      by: 'ops',
      why: 'one contract after all',
      with: newId,
    });
    expect(merged.status).toBe(200);
    expect((merged.json.deal as Deal).sources.map((s) => s.id)).toContain('late/nebius');
    const gone = await call('GET', `/deals/${newId}`);
    expect(gone).toMatchObject({ status: 308, location: `/deals/${id}` });
    const pair = await call('GET', '/deals?pair=microsoft--nebius');
    expect((pair.json.deals as Deal[]).map((d) => d.id)).toEqual([id]);
  });

  it('hides a wrong deal: out of the lists, and its later mentions alert nobody', async () => {
    const wrong: SourcedMention = mention({
      buyer: { id: 'openai', name: 'OpenAI' },
      provider: { id: 'lambda', name: 'Lambda, Inc.' },
      valueUsd: 3e9,
      source: { ...newsSource('rumour/1'), publishedAt: '2025-11-01T08:00:00Z' },
    });
    await recordMentions({ deals: store.deals, clock }, [wrong]);
    await pipeline.settle();
    const before = (await alerts()).length;
    const hidden = await call('PATCH', '/deals/openai--lambda--2025-11', {
      action: 'hide',
      by: 'ops',
      why: 'misread rumour',
    });
    expect(hidden.json.deal.hidden).toBe(true);
    await recordMentions({ deals: store.deals, clock }, [
      { ...wrong, valueUsd: 5e9, status: 'expanded', source: { ...wrong.source, id: 'rumour/2' } },
    ]);
    await pipeline.settle();
    expect((await alerts()).length).toBe(before);
    const list = await call('GET', '/deals?limit=100');
    expect(list.status, JSON.stringify(list.json)).toBe(200);
    expect((list.json.deals as Deal[]).map((d) => d.id)).not.toContain('openai--lambda--2025-11');
    expect((await store.deals.get('openai--lambda--2025-11'))?.sources).toHaveLength(2);
  });
});

describe('id migration on DynamoDB Local', () => {
  /** A deal as the pair-keyed code wrote it (no mentions, no contract fields, no pair index keys). */
  const legacy = {
    id: 'openai--coreweave',
    listPk: 'all',
    buyer: { id: 'openai', name: 'OpenAI' },
    provider: { id: 'coreweave', name: 'CoreWeave, Inc.' },
    kind: 'gpu_cloud',
    status: 'signed',
    valueUsd: 15.9e9,
    valueText: null,
    qualifier: null,
    endDate: '2030-10-31',
    termYears: null,
    confirmedByFiling: true,
    firstSeenAt: '2025-05-14T21:00:00.000Z',
    updatedAt: '2025-05-15T13:00:00.000Z',
    sources: [
      { ...newsSource('wire/plus4'), publishedAt: '2025-05-15T12:00:00.000Z' },
      { ...mention().source, id: '0001769628-25-000100/10-Q', publishedAt: '2025-05-14T20:30:00.000Z' },
    ],
    history: [
      {
        type: 'created',
        at: '2025-05-14T21:00:00.000Z',
        sourceId: '0001769628-25-000100/10-Q',
        valueUsd: 11.9e9,
        status: 'signed',
        incrementUsd: null,
      },
      {
        type: 'expanded',
        at: '2025-05-15T13:00:00.000Z',
        sourceId: 'wire/plus4',
        valueUsd: 15.9e9,
        status: 'signed',
        incrementUsd: 4e9,
      },
    ],
    evidence: 'OpenAI committed up to $11.9 billion',
    version: 2,
  };

  it('rewrites pair-keyed deals to contract ids, once, and redirects the old id', async () => {
    await store.doc.send(new PutCommand({ TableName: store.names.deals, Item: legacy }));
    // A second pair-keyed deal.
    await store.doc.send(
      new PutCommand({
        TableName: store.names.deals,
        Item: { ...legacy, id: 'meta--coreweave', buyer: { id: 'meta', name: 'Meta' } },
      }),
    );
    const deps = { deals: store.deals, clock, log: silentLogger };
    const first = await migrateDealIds(deps);
    expect(first.migrated).toBe(2);

    const moved = await store.deals.get('openai--coreweave--2025-05');
    expect(moved).toMatchObject({
      valueUsd: 15.9e9,
      status: 'signed',
      confirmedByFiling: true,
      migratedFrom: 'openai--coreweave',
    });
    expect(moved?.sources.map((s) => s.id)).toEqual(['wire/plus4', '0001769628-25-000100/10-Q']);
    expect(await call('GET', '/deals/openai--coreweave')).toMatchObject({
      status: 308,
      location: '/deals/openai--coreweave--2025-05',
    });
    const list = await call('GET', '/deals?limit=100');
    expect((list.json.deals as Deal[]).map((d) => d.id)).not.toContain('openai--coreweave');

    // Again: nothing to do. A mention of the contract now joins the migrated deal.
    expect(await migrateDealIds(deps)).toMatchObject({ migrated: 0, alreadyDone: 2 });
    await recordMentions({ deals: store.deals, clock }, [
      mention({
        buyer: legacy.buyer,
        provider: legacy.provider,
        valueUsd: 6.5e9,
        cumulative: false,
        status: 'expanded',
        source: { ...newsSource('wire/plus65'), publishedAt: '2025-09-25T13:00:00.000Z' },
      }),
    ]);
    expect((await store.deals.get('openai--coreweave--2025-05'))?.valueUsd).toBeCloseTo(22.4e9);
  });

  it('finishes a run that stopped between the copy and the redirect', async () => {
    const old = {
      ...legacy,
      id: 'amazon--openai',
      buyer: { id: 'openai', name: 'OpenAI' },
      provider: { id: 'amazon', name: 'Amazon' },
    };
    await store.doc.send(new PutCommand({ TableName: store.names.deals, Item: old }));
    const deps = { deals: store.deals, clock, log: silentLogger };
    await migrateDealIds(deps);
    // Undo only the redirect, as if the run had died right after the copy.
    await store.doc.send(new PutCommand({ TableName: store.names.deals, Item: { ...old, version: 2 } }));
    const rerun = await migrateDealIds(deps);
    expect(rerun.migrated).toBe(1);
    const all = await store.deals.listByPair('openai', 'amazon');
    expect(all.filter((d) => !d.mergedInto).map((d) => d.id)).toEqual(['openai--amazon--2025-05']);
    expect((await store.deals.get('amazon--openai'))?.mergedInto).toBe('openai--amazon--2025-05');
  });
});
