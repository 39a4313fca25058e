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

const microsoft = { id: 'microsoft', name: 'Microsoft Corporation', ticker: 'MSFT' };

/** Nebius's GPU capacity contract with Microsoft ($17.4B over five years), as a 6-K mention. */
export function nebiusMicrosoft(overrides: Partial<SourcedMention> = {}): SourcedMention {
  return mention({
    buyer: microsoft,
    provider: { id: 'nebius', name: 'Nebius Group N.V.', ticker: 'NBIS' },
    valueUsd: 17.4e9,
    valueText: '$17.4 billion',
    endDate: null,
    termYears: 5,
    evidence:
      'Nebius agreed to supply Microsoft with dedicated GPU capacity worth $17.4 billion over five years.',
    source: { ...mention().source, id: '9999999999-25-000201/6-K', formType: '6-K', documentType: '6-K' },
    ...overrides,
  });
}

/** OpenAI's reported ~$300B Oracle compute deal, as a news mention. */
export function oracleOpenAi(overrides: Partial<SourcedMention> = {}): SourcedMention {
  return mention({
    buyer: { id: 'openai', name: 'OpenAI' },
    provider: { id: 'oracle', name: 'Oracle Corporation', ticker: 'ORCL' },
    valueUsd: 300e9,
    valueText: 'about $300 billion',
    status: 'reported',
    endDate: null,
    termYears: 5,
    evidence:
      'OpenAI is reported to have agreed to buy roughly $300 billion of Oracle compute over about five years.',
    source: newsSource('wsj-tech/oracle-openai-300b'),
    ...overrides,
  });
}

/** IREN's five-year GPU cloud contract with Microsoft ($9.7B), as a news mention. */
export function irenMicrosoft(overrides: Partial<SourcedMention> = {}): SourcedMention {
  return mention({
    buyer: microsoft,
    provider: { id: 'iren', name: 'IREN Limited', ticker: 'IREN' },
    valueUsd: 9.7e9,
    valueText: '$9.7 billion',
    endDate: null,
    termYears: 5,
    evidence: 'IREN signed a five-year GPU cloud contract with Microsoft valued at $9.7 billion.',
    source: newsSource('reuters-tech/iren-microsoft'),
    ...overrides,
  });
}
