import type { Deal, SourcedMention, Subscription } from '../../functions/core/types';

// Small builders for domain values, so each test states only what it is about.

export function mention(overrides: Partial<SourcedMention> = {}): SourcedMention {
  return {
    buyer: { id: 'meta', name: 'Meta Platforms, Inc.', ticker: 'META', cik: '0001326801' },
    provider: { id: 'coreweave', name: 'CoreWeave, Inc.', ticker: 'CRWV', cik: '0001769628' },
    valueUsd: 14.2e9,
    valueText: 'approximately $14.2 billion',
    originalCurrency: null,
    qualifier: 'up_to',
    cumulative: true,
    status: 'signed',
    kind: 'gpu_cloud',
    endDate: '2031-12-31',
    termYears: null,
    language: 'en',
    evidence:
      'CoreWeave entered into an order form with Meta for up to ~$14.2 billion through December 2031.',
    evidenceStart: 0,
    evidenceEnd: 90,
    confidence: 0.95,
    source: {
      kind: 'filing',
      id: '9999999999-25-000105/8-K',
      url: 'https://www.sec.gov/Archives/edgar/data/1769628/999999999925000105/9999999999-25-000105-index.htm',
      formType: '8-K',
      documentType: '8-K',
      feedId: null,
      title: 'CoreWeave, Inc. 8-K',
      publishedAt: '2025-09-30T20:05:00.000Z',
    },
    ...overrides,
  };
}

export function newsSource(id: string): SourcedMention['source'] {
  return {
    kind: 'news',
    id,
    url: `https://news.example.com/${id}`,
    formType: null,
    documentType: null,
    feedId: id.split('/')[0] ?? 'feed',
    title: 'A news item',
    publishedAt: '2025-09-30T12:00:00.000Z',
  };
}

export function subscription(overrides: Partial<Subscription> = {}): Subscription {
  return {
    id: 'sub-1',
    channel: 'email',
    endpoint: 'analyst@example.com',
    minValueUsd: 1e9,
    companies: [],
    kinds: [],
    minStatus: 'in_talks',
    notifyOn: ['value_up', 'status_up'],
    createdAt: '2025-01-01T00:00:00.000Z',
    channelRef: null,
    ...overrides,
  };
}

export function withVersion(deal: Deal, changes: Partial<Deal>): Deal {
  return { ...deal, ...changes, version: deal.version + 1 };
}
