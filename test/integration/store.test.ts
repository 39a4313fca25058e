import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DeliveryLedger, VersionConflictError } from '../../functions/core/ports/store';
import type { Deal, FilingRecord } from '../../functions/core/types';
import { createDeliveryLedger, STALE_CLAIM_MS } from '../../functions/store/deliveries';
import { createTestStore, type TestStore } from '../support/dynamo';

let store: TestStore;
beforeAll(async () => {
  store = await createTestStore();
});

function filing(accession: string, acceptedAt: string): FilingRecord {
  return {
    accession,
    cik: '0001769628',
    company: 'CoreWeave, Inc.',
    formType: '8-K',
    items: ['1.01'],
    acceptedAt,
    filedDate: acceptedAt.slice(0, 10),
    indexUrl: `https://www.sec.gov/Archives/edgar/data/1769628/${accession.replaceAll('-', '')}/${accession}-index.htm`,
    fullTextUrl: `https://www.sec.gov/Archives/edgar/data/1769628/${accession.replaceAll('-', '')}/${accession}.txt`,
    state: 'queued',
    reason: null,
    mentionCount: 0,
    updatedAt: acceptedAt,
  };
}

function deal(version: number, valueUsd: number): Deal {
  return {
    id: 'meta--coreweave',
    buyer: { id: 'meta', name: 'Meta Platforms, Inc.', ticker: 'META' },
    provider: { id: 'coreweave', name: 'CoreWeave, Inc.', ticker: 'CRWV' },
    kind: 'gpu_cloud',
    status: 'signed',
    valueUsd,
    valueText: '$14.2 billion',
    qualifier: 'up_to',
    endDate: '2031-12-31',
    termYears: null,
    confirmedByFiling: true,
    firstSeenAt: '2025-09-30T20:00:00.000Z',
    updatedAt: `2025-09-30T20:0${version}:00.000Z`,
    sources: [],
    history: [],
    evidence: 'order form',
    version,
    mentions: [],
    corrections: [],
    hidden: false,
    mergedInto: null,
    migratedFrom: null,
  };
}

describe('filing repository on DynamoDB Local', () => {
  it('records an accession once and never overwrites it', async () => {
    const first = filing('9999999999-25-000001', '2025-09-30T20:05:00.000Z');
    expect(await store.filings.putIfNew(first)).toBe(true);
    expect(await store.filings.putIfNew({ ...first, company: 'Someone else' })).toBe(false);
    expect((await store.filings.get(first.accession))?.company).toBe('CoreWeave, Inc.');
  });

  it('moves state only from the states it is told to expect', async () => {
    const f = filing('9999999999-25-000002', '2025-09-30T21:00:00.000Z');
    await store.filings.putIfNew(f);
    expect(await store.filings.setState(f.accession, 'processing', { from: ['queued'] })).toBe(true);
    expect(await store.filings.setState(f.accession, 'processing', { from: ['queued'] })).toBe(false);
    expect(await store.filings.setState(f.accession, 'done', { mentionCount: 2, from: ['processing'] })).toBe(
      true,
    );
    const stored = await store.filings.get(f.accession);
    expect(stored?.state).toBe('done');
    expect(stored?.mentionCount).toBe(2);
    expect(await store.filings.setState('9999999999-25-999999', 'done')).toBe(false);
  });

  it('lists newest first with a working cursor', async () => {
    await store.filings.putIfNew(filing('9999999999-25-000003', '2025-10-01T10:00:00.000Z'));
    const first = await store.filings.list({ limit: 2 });
    expect(first.items.map((f) => f.accession)).toEqual(['9999999999-25-000003', '9999999999-25-000002']);
    const next = await store.filings.list({ limit: 2, cursor: first.cursor });
    expect(next.items.map((f) => f.accession)).toEqual(['9999999999-25-000001']);
  });
});

describe('deal repository on DynamoDB Local', () => {
  it('saves with optimistic locking', async () => {
    await store.deals.save(deal(1, 14.2e9));
    await expect(store.deals.save(deal(1, 14.2e9))).rejects.toBeInstanceOf(VersionConflictError);
    await store.deals.save(deal(2, 15e9));
    await expect(store.deals.save(deal(2, 16e9))).rejects.toBeInstanceOf(VersionConflictError);
    expect((await store.deals.get('meta--coreweave'))?.valueUsd).toBe(15e9);
  });

  it('keeps a mention’s running total beside its increment', async () => {
    const openai = { id: 'openai', name: 'OpenAI' };
    const base = { ...deal(1, 22.4e9), id: 'openai--coreweave', buyer: openai };
    const at = '2025-09-25T12:00:00.000Z';
    const step = {
      buyer: openai,
      provider: base.provider,
      source: {
        kind: 'news' as const,
        id: 'wire/6-5',
        url: null,
        formType: null,
        documentType: null,
        feedId: 'wire',
        title: null,
        publishedAt: at,
      },
      at,
      valueUsd: 6.5e9,
      valueText: '$6.5 billion',
      qualifier: 'up_to' as const,
      cumulative: false,
      runningTotalUsd: 22.4e9,
      status: 'expanded' as const,
      kind: 'gpu_cloud' as const,
      endDate: null,
      termYears: null,
      site: null,
      evidence: 'adds up to $6.5 billion, bringing the total to $22.4 billion',
      confidence: 0.9,
      joined: { rule: 'expansion' as const, note: 'test' },
    };
    await store.deals.save({ ...base, mentions: [step] });
    const back = await store.deals.get('openai--coreweave');
    expect(back?.mentions[0]).toMatchObject({ valueUsd: 6.5e9, cumulative: false, runningTotalUsd: 22.4e9 });
    expect(back?.valueUsd).toBe(22.4e9);
  });

  it('filters by value and company', async () => {
    expect((await store.deals.list({ limit: 10, minValueUsd: 1e10 })).items).toHaveLength(2);
    expect((await store.deals.list({ limit: 10, minValueUsd: 2e10 })).items).toHaveLength(1);
    expect((await store.deals.list({ limit: 10, minValueUsd: 3e10 })).items).toHaveLength(0);
    expect((await store.deals.list({ limit: 10, company: 'meta' })).items).toHaveLength(1);
    expect((await store.deals.list({ limit: 10, company: 'oracle' })).items).toHaveLength(0);
  });
});

describe('delivery ledger and news items on DynamoDB Local', () => {
  const one = async (ledger: DeliveryLedger, key: string) => (await ledger.claim([key])).get(key);

  it('claims a key once until released; a sent key is never claimed or released again', async () => {
    const ledger = store.deliveries;
    expect(await one(ledger, 'sub-1#deal-1#new')).toBe('claimed');
    expect(await one(ledger, 'sub-1#deal-1#new')).toBe('busy');
    await ledger.release(['sub-1#deal-1#new']);
    expect(await one(ledger, 'sub-1#deal-1#new')).toBe('claimed');
    await ledger.markSent(['sub-1#deal-1#new']);
    await ledger.release(['sub-1#deal-1#new']);
    expect(await one(ledger, 'sub-1#deal-1#new')).toBe('sent');
  });

  it('takes over a claim gone stale (its holder crashed before sending), never a sent one', async () => {
    let nowMs = Date.parse('2026-02-02T10:00:00Z');
    const ledger = createDeliveryLedger(store.doc, store.names.deliveries, () => new Date(nowMs));
    expect(await ledger.claim(['sub-2#deal-1#new', 'sub-3#deal-1#new'])).toEqual(
      new Map([
        ['sub-2#deal-1#new', 'claimed'],
        ['sub-3#deal-1#new', 'claimed'],
      ]),
    );
    await ledger.markSent(['sub-3#deal-1#new']);
    nowMs += STALE_CLAIM_MS - 1;
    expect(await one(ledger, 'sub-2#deal-1#new')).toBe('busy');
    nowMs += 2;
    expect(await one(ledger, 'sub-2#deal-1#new')).toBe('claimed');
    expect(await one(ledger, 'sub-3#deal-1#new')).toBe('sent');
  });

  it('takes over a claim after the stale time it was given (the local runner under test), not before', async () => {
    let nowMs = Date.parse('2026-02-02T11:00:00Z');
    const clock = () => new Date(nowMs);
    const quick = createDeliveryLedger(store.doc, store.names.deliveries, clock, 15_000);
    const product = createDeliveryLedger(store.doc, store.names.deliveries, clock);
    expect(await one(quick, 'sub-4#deal-1#new')).toBe('claimed');
    nowMs += 15_000 - 1;
    expect(await one(quick, 'sub-4#deal-1#new')).toBe('busy');
    nowMs += 2;
    expect(await one(product, 'sub-4#deal-1#new')).toBe('busy');
    expect(await one(quick, 'sub-4#deal-1#new')).toBe('claimed');
  });

  it('claims the new keys of a mixed set (sent, busy, new, an old one-phase item) across transactions of 100', async () => {
    const ledger = store.deliveries;
    const keys = Array.from({ length: 230 }, (_, i) => `mix-${i}#deal-9#new`);
    await ledger.claim(keys.slice(0, 10)); // 0-9 claimed by another run, still fresh
    await ledger.claim(keys.slice(10, 20));
    await ledger.markSent(keys.slice(10, 20)); // 10-19 sent
    // The one-phase ledger wrote its items when sent, without a state.
    await store.doc.send(new PutCommand({ TableName: store.names.deliveries, Item: { key: keys[150] } }));
    const states = await ledger.claim([...keys, keys[42] as string]);
    expect(states.size).toBe(230);
    const count = (state: string) => [...states.values()].filter((s) => s === state).length;
    expect(count('busy')).toBe(10);
    expect(count('sent')).toBe(11);
    expect(count('claimed')).toBe(209);
    expect(states.get(keys[150] as string)).toBe('sent');
    expect(states.get(keys[5] as string)).toBe('busy');
  });

  it('gives each key to exactly one of two runs claiming the same keys at once', async () => {
    const keys = Array.from({ length: 60 }, (_, i) => `race-${i}#deal-9#new`);
    const [a, b] = await Promise.all([store.deliveries.claim(keys), store.deliveries.claim(keys)]);
    for (const key of keys) {
      const won = [a.get(key), b.get(key)].filter((s) => s === 'claimed');
      expect(won.length, key).toBeLessThanOrEqual(1);
      // A key neither run won is held by a transaction of the other: busy, retried later; never 'sent'.
      expect([a.get(key), b.get(key)]).not.toContain('sent');
    }
    // Together they claimed something, and the ledger holds a claim for every key won.
    expect([...a.values(), ...b.values()].filter((s) => s === 'claimed').length).toBeGreaterThan(0);
  });

  it('refuses a news item seen under the same id or the same dedupe key', async () => {
    const item = {
      id: 'guid-1',
      feedId: 'feed-a',
      url: 'https://example.com/a',
      title: 'CoreWeave signs deal with Meta',
      summary: '',
      publishedAt: '2025-09-30T12:00:00.000Z',
      language: 'en' as const,
      dedupeKey: 'coreweave signs deal with meta|2025-09-30|example.com',
    };
    expect(await store.newsItems.putIfNew(item)).toBe(true);
    expect(await store.newsItems.putIfNew(item)).toBe(false);
    expect(await store.newsItems.putIfNew({ ...item, id: 'guid-2', feedId: 'feed-b' })).toBe(false);
    expect((await store.newsItems.list({ limit: 10 })).items.map((i) => i.id)).toEqual(['guid-1']);
  });

  it('keeps small state values', async () => {
    await store.state.put('edgar:cursor', { lastAcceptedAt: '2025-09-30T20:00:00Z', seen: ['a'] });
    expect(await store.state.get('edgar:cursor')).toEqual({
      lastAcceptedAt: '2025-09-30T20:00:00Z',
      seen: ['a'],
    });
    expect(await store.state.get('missing')).toBeNull();
  });
});
