import type { DealStatus, SourcedMention } from '../../functions/core/types';
import { mention, newsSource } from '../support/builders';

// Five real stories of compute contracts, as the mentions the extractor gives for them (facts from public
// reporting, 2025; sources and wording are ours). Each story lists the deals it must end as.

const microsoft = { id: 'microsoft', name: 'Microsoft Corporation', ticker: 'MSFT' };
const nscale = { id: 'nscale', name: 'Nscale' };
const meta = { id: 'meta', name: 'Meta Platforms, Inc.', ticker: 'META' };
const google = { id: 'alphabet', name: 'Alphabet Inc. (Google)', ticker: 'GOOGL' };
const openai = { id: 'openai', name: 'OpenAI' };
const coreweave = { id: 'coreweave', name: 'CoreWeave, Inc.', ticker: 'CRWV' };
const anthropic = { id: 'anthropic', name: 'Anthropic' };
const nebius = { id: 'nebius', name: 'Nebius Group N.V.', ticker: 'NBIS' };

function news(id: string, publishedAt: string, m: Partial<SourcedMention>): SourcedMention {
  return mention({
    valueText: null,
    qualifier: null,
    endDate: null,
    termYears: null,
    evidence: `news ${id}`,
    ...m,
    source: { ...newsSource(id), publishedAt },
  });
}

function filing(id: string, form: string, publishedAt: string, m: Partial<SourcedMention>): SourcedMention {
  const base = mention();
  return mention({
    valueText: null,
    qualifier: null,
    endDate: null,
    termYears: null,
    evidence: `filing ${id}`,
    ...m,
    source: { ...base.source, id, formType: form, documentType: form, publishedAt },
  });
}

export interface ExpectedDeal {
  valueUsd: number | null;
  status: DealStatus;
  confirmedByFiling: boolean;
  sources: string[];
  events: string[];
}

export interface Story {
  name: string;
  mentions: SourcedMention[];
  deals: ExpectedDeal[];
}

const nsc = { buyer: microsoft, provider: nscale, status: 'signed' as const };
const mg = { buyer: meta, provider: google };
const oc = { buyer: openai, provider: coreweave };
const ag = { buyer: anthropic, provider: google };
const mn = { buyer: microsoft, provider: nebius };

export const STORIES: Story[] = [
  {
    // Three separate contracts: the UK supercomputer at Loughton (no value given), Narvik in Norway (~$6.2B over
    // five years, with Aker), and ~200,000 GB300 GPUs centred on Texas (up to ~$24B by press accounts).
    name: 'Microsoft–Nscale',
    mentions: [
      news('uk-wire/loughton', '2025-09-16T08:00:00Z', { ...nsc, valueUsd: null, site: 'Loughton' }),
      news('uk-daily/loughton', '2025-09-16T11:00:00Z', { ...nsc, valueUsd: null, site: 'Loughton' }),
      news('no-wire/narvik', '2025-09-17T07:00:00Z', {
        ...nsc,
        valueUsd: 6.2e9,
        termYears: 5,
        site: 'Narvik',
      }),
      news('fr-tech/narvik', '2025-09-18T09:00:00Z', { ...nsc, valueUsd: 6.2e9, termYears: 5 }),
      news('us-wire/texas', '2025-10-15T06:00:00Z', { ...nsc, valueUsd: null, site: 'Texas' }),
      news('fr-rss/texas', '2025-10-15T14:00:00Z', {
        ...nsc,
        status: 'reported',
        valueUsd: 24e9,
        qualifier: 'up_to',
        site: 'Texas',
      }),
    ],
    deals: [
      {
        valueUsd: null,
        status: 'signed',
        confirmedByFiling: false,
        sources: ['uk-daily/loughton', 'uk-wire/loughton'],
        events: ['created'],
      },
      {
        valueUsd: 6.2e9,
        status: 'signed',
        confirmedByFiling: false,
        sources: ['fr-tech/narvik', 'no-wire/narvik'],
        events: ['created'],
      },
      {
        valueUsd: 24e9,
        status: 'signed',
        confirmedByFiling: false,
        sources: ['fr-rss/texas', 'us-wire/texas'],
        events: ['created', 'value_up'],
      },
    ],
  },
  {
    // A Google Cloud contract reported in August 2025 (more than $10B over six years), then talks in November
    // about Meta buying TPUs for its own data centres: a separate deal.
    name: 'Meta–Google',
    mentions: [
      news('info/meta-gcp', '2025-08-21T18:00:00Z', {
        ...mg,
        status: 'reported',
        valueUsd: 10e9,
        qualifier: 'more_than',
        termYears: 6,
      }),
      news('fr-atom/meta-gcp', '2025-08-22T07:00:00Z', {
        ...mg,
        status: 'reported',
        valueUsd: 10e9,
        qualifier: 'more_than',
        termYears: 6,
      }),
      news('gnews/meta-tpu', '2025-11-25T02:00:00Z', {
        ...mg,
        status: 'in_talks',
        valueUsd: null,
        kind: 'hardware',
      }),
      news('wire/meta-tpu', '2025-11-25T15:00:00Z', {
        ...mg,
        status: 'in_talks',
        valueUsd: null,
        kind: 'hardware',
      }),
    ],
    deals: [
      {
        valueUsd: 10e9,
        status: 'reported',
        confirmedByFiling: false,
        sources: ['fr-atom/meta-gcp', 'info/meta-gcp'],
        events: ['created'],
      },
      {
        valueUsd: null,
        status: 'in_talks',
        confirmedByFiling: false,
        sources: ['gnews/meta-tpu', 'wire/meta-tpu'],
        events: ['created'],
      },
    ],
  },
  {
    // One contract growing: $11.9B in March 2025, $4B more in May, $6.5B more in September: $22.4B in all.
    name: 'OpenAI–CoreWeave',
    mentions: [
      news('wire/oc-march', '2025-03-10T21:00:00Z', { ...oc, valueUsd: 11.9e9, termYears: 5 }),
      filing('0001769628-25-000100/10-Q', '10-Q', '2025-05-14T20:30:00Z', {
        ...oc,
        valueUsd: 11.9e9,
        endDate: '2030-10-31',
      }),
      filing('0001769628-25-000110/EX-99.1', '8-K', '2025-05-15T12:00:00Z', {
        ...oc,
        status: 'expanded',
        valueUsd: 4e9,
        cumulative: false,
        endDate: '2029-04-30',
      }),
      filing('0001769628-25-000150/8-K', '8-K', '2025-09-25T12:00:00Z', {
        ...oc,
        status: 'expanded',
        valueUsd: 22.4e9,
      }),
      news('wire/oc-sept', '2025-09-25T13:00:00Z', {
        ...oc,
        status: 'expanded',
        valueUsd: 6.5e9,
        cumulative: false,
      }),
      news('fr-atom/oc-22-4', '2025-09-25T16:00:00Z', { ...oc, status: 'expanded', valueUsd: 22.4e9 }),
    ],
    deals: [
      {
        valueUsd: 22.4e9,
        status: 'signed',
        confirmedByFiling: true,
        sources: [
          '0001769628-25-000100/10-Q',
          '0001769628-25-000110/EX-99.1',
          '0001769628-25-000150/8-K',
          'fr-atom/oc-22-4',
          'wire/oc-march',
          'wire/oc-sept',
        ],
        events: ['created', 'confirmed_by_filing', 'term_changed', 'expanded', 'expanded'],
      },
    ],
  },
  {
    // Talks reported on 21 October 2025, the commitment (up to a million TPUs, "tens of billions", no figure)
    // announced two days later as an expansion of Anthropic's use of Google Cloud: one contract, in steps.
    name: 'Anthropic–Google',
    mentions: [
      news('bbg/anthropic-google', '2025-10-21T20:00:00Z', { ...ag, status: 'in_talks', valueUsd: null }),
      news('fr-atom/anthropic-google', '2025-10-22T06:00:00Z', { ...ag, status: 'in_talks', valueUsd: null }),
      news('gnews/anthropic-tpu', '2025-10-23T21:00:00Z', { ...ag, status: 'signed', valueUsd: null }),
      news('fr-atom/anthropic-tpu', '2025-10-24T07:00:00Z', { ...ag, status: 'expanded', valueUsd: null }),
    ],
    deals: [
      {
        valueUsd: null,
        status: 'signed',
        confirmedByFiling: false,
        sources: [
          'bbg/anthropic-google',
          'fr-atom/anthropic-google',
          'fr-atom/anthropic-tpu',
          'gnews/anthropic-tpu',
        ],
        events: ['created', 'status_up'],
      },
    ],
  },
  {
    // $17.4B through 2031 from Vineland (6-K and news), up to $19.4B if Microsoft takes the additional services.
    name: 'Microsoft–Nebius',
    mentions: [
      filing('0001513845-25-000106/6-K', '6-K', '2025-09-08T20:15:00Z', {
        ...mn,
        valueUsd: 17.4e9,
        endDate: '2031-12-31',
      }),
      news('fr-rss/nebius', '2025-09-08T21:00:00Z', { ...mn, valueUsd: 17.4e9, termYears: 5 }),
      news('it-rss/nebius', '2025-09-09T07:00:00Z', { ...mn, valueUsd: 17.4e9, termYears: 5 }),
      news('wire/nebius-options', '2025-09-09T12:00:00Z', {
        ...mn,
        valueUsd: 19.4e9,
        qualifier: 'up_to',
        termYears: 5,
      }),
    ],
    deals: [
      {
        valueUsd: 19.4e9,
        status: 'signed',
        confirmedByFiling: true,
        sources: ['0001513845-25-000106/6-K', 'fr-rss/nebius', 'it-rss/nebius', 'wire/nebius-options'],
        events: ['created', 'value_up'],
      },
    ],
  },
];
