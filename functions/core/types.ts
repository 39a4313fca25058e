// Domain types shared by every layer. Pure data: no I/O, no AWS.

/** ISO 639-1 codes the extractor knows; anything else is treated as English. */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Status of a mention as written. A deal's own status only climbs in_talks < reported < signed;
 * `expanded` and `terminated` are events that a mention reports about an existing contract.
 */
export const MENTION_STATUSES = ['in_talks', 'reported', 'signed', 'expanded', 'terminated'] as const;
export type MentionStatus = (typeof MENTION_STATUSES)[number];

export const DEAL_STATUSES = ['in_talks', 'reported', 'signed', 'terminated'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export const DEAL_KINDS = [
  'gpu_cloud',
  'datacenter_lease',
  'power',
  'hardware',
  'capacity_backstop',
] as const;
export type DealKind = (typeof DEAL_KINDS)[number];

/** A canonical company. `id` is a stable lowercase slug ("meta", "coreweave", "cipher-mining"). */
export interface CompanyRef {
  id: string;
  name: string;
  ticker?: string;
  cik?: string;
}

export type ValueQualifier = 'up_to' | 'approximately' | 'at_least' | 'more_than';

/** What a mention says of the contract: its value, status, kind and term, as the text states them. */
export interface ContractTerms {
  /** Value in USD; null when the text states none. */
  valueUsd: number | null;
  /** The amount as written ("$14.2 billion", "14,2 milliards de dollars"). */
  valueText: string | null;
  qualifier: ValueQualifier | null;
  /** true: the value is the contract's running total; false: an increment added to an earlier contract. */
  cumulative: boolean;
  /**
   * An expansion that states both its increment and the new total ("adds $6.5 billion, bringing the total to
   * $22.4 billion"): the value is the increment (cumulative false) and this is the total. Absent or null
   * otherwise.
   */
  runningTotalUsd?: number | null;
  status: MentionStatus;
  kind: DealKind;
  /** ISO date (YYYY-MM-DD); "through December 2031" gives 2031-12-31. */
  endDate: string | null;
  termYears: number | null;
}

/** The terms alone, for a record that keeps or shows them beside its own fields. */
export function contractTerms(m: ContractTerms): ContractTerms {
  const { valueUsd, valueText, qualifier, cumulative, runningTotalUsd, status, kind, endDate, termYears } = m;
  return {
    valueUsd,
    valueText,
    qualifier,
    cumulative,
    ...(runningTotalUsd != null ? { runningTotalUsd } : {}),
    status,
    kind,
    endDate,
    termYears,
  };
}

/** One disclosure of a compute-capacity contract, as found in one document. */
export interface Mention extends ContractTerms {
  buyer: CompanyRef;
  provider: CompanyRef;
  /** Set when the amount was not in USD: the original and the fixed rate used. */
  originalCurrency: { code: string; amount: number; rateToUsd: number } | null;
  language: Language;
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  confidence: number;
  /**
   * The data-centre site as written ("Narvik", "Texas"), when the text names one. Optional: the deal identity
   * rule reads it (two sites are two contracts) but does not need it.
   */
  site?: string | null;
}

export type SourceKind = 'filing' | 'news';

/** Where a mention came from: a filing document or a news item. */
export interface SourceRef {
  kind: SourceKind;
  /** Filing: "<accession>/<document type>"; news: "<feed id>/<item id>". */
  id: string;
  url: string | null;
  /** Filing form type (8-K, 6-K) and document type (EX-99.1), or the feed's id. */
  formType: string | null;
  documentType: string | null;
  feedId: string | null;
  title: string | null;
  /** ISO-8601 UTC. */
  publishedAt: string | null;
}

export interface SourcedMention extends Mention {
  source: SourceRef;
}

export type DealEventType =
  | 'created'
  | 'status_up'
  | 'value_up'
  | 'value_down'
  | 'expanded'
  | 'terminated'
  | 'term_changed'
  | 'confirmed_by_filing'
  | 'corrected'
  /** Another source about the deal, merged without changing it: the history shows every merge. */
  | 'source_added';

export interface DealEvent {
  type: DealEventType;
  at: string;
  sourceId: string;
  valueUsd: number | null;
  status: DealStatus;
  /** For `expanded` events from an incremental mention: the amount added. */
  incrementUsd: number | null;
  /** For `corrected` events: the operator, the reason and what changed. */
  by?: string;
  why?: string;
  note?: string;
}

/** Which rule of the identity rule (core/deal-identity.ts) put a mention on its deal, and why. */
export type JoinRule =
  | 'opened'
  | 'same_value'
  | 'same_site'
  | 'expansion'
  | 'base_of_expansion'
  | 'same_start'
  | 'no_value'
  | 'split'
  | 'merged'
  | 'migrated';

/** One mention as a deal keeps it: the deal's fields are folded from these, in the order of their dates. */
export interface DealMention extends ContractTerms {
  buyer: CompanyRef;
  provider: CompanyRef;
  source: SourceRef;
  /** When it was said: the source's publication date, else when it was recorded. ISO-8601 UTC. */
  at: string;
  site: string | null;
  evidence: string;
  /** The extractor's confidence; absent on mentions stored before it was kept, read as 1. */
  confidence?: number;
  joined: { rule: JoinRule; note: string };
}

/** Fields an operator can pin; a pinned field keeps its corrected value whatever later mentions say. */
export interface DealFieldCorrection {
  buyer?: CompanyRef;
  provider?: CompanyRef;
  valueUsd?: number | null;
  status?: DealStatus;
  kind?: DealKind;
}

export type DealCorrectionChange =
  | { type: 'set'; fields: DealFieldCorrection }
  | { type: 'hide' }
  | { type: 'unhide' }
  | { type: 'split_off'; sourceId: string; dealId: string }
  | { type: 'split_from'; sourceId: string; dealId: string }
  | { type: 'merged_from'; dealId: string };

/** An operator's correction: who, why, when, what. Kept for good; applied after every mention. */
export interface DealCorrection {
  at: string;
  by: string;
  why: string;
  change: DealCorrectionChange;
}

/** A real-world contract: every mention of it merges here (the identity rule: core/deal-identity.ts). */
export interface Deal {
  /** `buyer--provider--YYYY-MM` (month of the first mention), `-2`, `-3` on collision; never changes. */
  id: string;
  buyer: CompanyRef;
  provider: CompanyRef;
  kind: DealKind;
  status: DealStatus;
  valueUsd: number | null;
  valueText: string | null;
  qualifier: ValueQualifier | null;
  endDate: string | null;
  termYears: number | null;
  /** true once a filing (not only news) has disclosed it. */
  confirmedByFiling: boolean;
  firstSeenAt: string;
  updatedAt: string;
  /** Most recent first, bounded. */
  sources: SourceRef[];
  /** Oldest first, bounded. */
  history: DealEvent[];
  evidence: string;
  /** The highest confidence of its mentions (0-1); absent on deals stored before confidence was kept, read as 1.
   * Subscribers are alerted only at or above their minConfidence; lower deals are stored and shown as such. */
  confidence?: number;
  /** Optimistic-locking counter. */
  version: number;
  /** The mentions the fields above are folded from (bounded). */
  mentions: DealMention[];
  corrections: DealCorrection[];
  /** Hidden by an operator (wrong, or merged away): not listed, alerts nobody. */
  hidden: boolean;
  /** Set on a deal merged into another one (or an old pair-keyed deal migrated): the id that answers now. */
  mergedInto: string | null;
  /** Set on a deal written by the id migration: its first write is not news. */
  migratedFrom: string | null;
}

export const FILING_STATES = ['queued', 'processing', 'done', 'failed', 'skipped'] as const;
export type FilingState = (typeof FILING_STATES)[number];

/** One EDGAR submission, keyed by accession number. */
export interface FilingRecord {
  accession: string;
  /** The company's CIK (from the feed title / submission header), not the accession's submitter prefix. */
  cik: string;
  company: string;
  formType: string;
  items: string[];
  /** ISO-8601 UTC. */
  acceptedAt: string;
  filedDate: string | null;
  indexUrl: string;
  fullTextUrl: string;
  /**
   * The whole submission's size as the current feed stated it (rounded by EDGAR); absent when the filing came
   * from elsewhere (daily index, full-text search, the CLI). The worker decides from it how to fetch the filing.
   */
  submissionBytes?: number;
  state: FilingState;
  reason: string | null;
  mentionCount: number;
  updatedAt: string;
  /** The documents the worker read (set when processing ends). */
  documents?: FilingDocumentRead[];
  /** What was found in it, each with the deal it merged into (set when processing ends). */
  mentions?: FilingMention[];
  /** Every state the filing went through, oldest first. */
  history?: FilingEvent[];
}

export interface FilingDocumentRead {
  /** EX-99.1, 8-K, … */
  type: string;
  description: string | null;
  sizeBytes: number;
  url: string | null;
}

export interface FilingMention {
  buyer: CompanyRef;
  provider: CompanyRef;
  valueUsd: number | null;
  /** An expansion's stated new total beside its increment (valueUsd). */
  runningTotalUsd?: number | null;
  status: MentionStatus;
  kind: DealKind;
  documentType: string | null;
  evidence: string;
  confidence: number;
  /** The deal this mention merged into (null when it changed nothing that could be traced). */
  dealId: string | null;
}

export interface FilingEvent {
  state: FilingState;
  at: string;
  reason?: string | null;
}

/** The ways stored filings can be asked for; every field narrows, all combine. */
export interface FilingQuery {
  limit: number;
  cursor?: string | null;
  /** 10-digit CIK of the company (resolved from a name, ticker or id before the store is asked). */
  cik?: string;
  formType?: string;
  /** An 8-K item, "1.01". */
  item?: string;
  /** ISO-8601 UTC bounds on the accepted time, inclusive. */
  acceptedFrom?: string;
  acceptedTo?: string;
  /** Only filings that produced at least one mention. */
  hasDeals?: boolean;
  /** Only filings in these processing states. */
  states?: FilingState[];
}

/** What the poller hands to the worker through the queue. */
export interface FilingJob {
  accession: string;
  cik: string;
  company: string;
  formType: string;
}

export interface NewsItem {
  /** Stable: guid, else canonical link, else a hash of title + date. */
  id: string;
  feedId: string;
  url: string | null;
  title: string;
  summary: string;
  publishedAt: string | null;
  language: Language;
  /** Normalised title + date + source domain: the same story syndicated under several links. */
  dedupeKey: string;
}

export type AlertChannelKind = 'email' | 'sms' | 'https';

/** A subscriber's thresholds. Empty filters match everything. */
export interface Subscription {
  id: string;
  channel: AlertChannelKind;
  /** Email address, E.164 phone number or https URL. */
  endpoint: string;
  minValueUsd: number;
  /** Company ids; a deal matches when its buyer or provider is listed. */
  companies: string[];
  kinds: DealKind[];
  /** Lowest deal status worth an alert (in_talks alerts on everything). */
  minStatus: DealStatus;
  /** Which later changes re-alert: value up, status up (e.g. confirmed by a filing). */
  notifyOn: ('value_up' | 'status_up')[];
  /** Lowest deal confidence worth an alert (0-1); absent on subscriptions stored before it existed: the default. */
  minConfidence?: number;
  createdAt: string;
  /**
   * In AWS, email and https: the SNS subscription ARN on the subscriber's own topic (returned at once, also while
   * the confirmation is pending); null for SMS (published straight to the number) and locally.
   */
  channelRef: string | null;
  /** What the channel last said of the endpoint (recorded at creation, on delivery and on GET); absent: active. */
  endpointState?: EndpointState;
}

/**
 * Whether alerts can reach an endpoint: `pending_confirmation` until the subscriber follows SNS's confirmation
 * link (alerts are held), `opted_out` after an SMS STOP reply, `unsubscribed` after SNS's unsubscribe link.
 */
export const ENDPOINT_STATES = ['active', 'pending_confirmation', 'opted_out', 'unsubscribed'] as const;
export type EndpointState = (typeof ENDPOINT_STATES)[number];

/** The change of a deal that may alert subscribers. */
/** confidence_up: a later source made the deal trustworthy enough to alert those who have not heard of it. */
export type DealChangeKind = 'new_deal' | 'value_up' | 'status_up' | 'confidence_up';

export interface DealChange {
  kind: DealChangeKind;
  deal: Deal;
  previous: Deal | null;
  /** Stable key of the change, so a redelivered stream record alerts nobody twice. */
  key: string;
}

export interface Alert {
  subscriptionId: string;
  /** The subscription's channelRef: where SNS publishes an email or https alert. */
  channelRef: string | null;
  dealId: string;
  changeKey: string;
  channel: AlertChannelKind;
  endpoint: string;
  subject: string;
  /** Plain text, short enough for SMS when channel is sms. */
  text: string;
  deal: Deal;
}
