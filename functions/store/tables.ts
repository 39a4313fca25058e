// The one definition of every table: the CDK stack and the local bootstrap both build from it.

export interface IndexSpec {
  name: string;
  partitionKey: string;
  sortKey: string;
}

export interface TableSpec {
  /** Construct id in CDK and suffix of the local table name. */
  id: string;
  /** Environment variable that carries the deployed table's name to the functions. */
  envVar: string;
  partitionKey: string;
  sortKey?: string;
  indexes: IndexSpec[];
  /** Attribute holding an epoch-seconds expiry; DynamoDB deletes the item after it. */
  ttlAttribute?: string;
  /** Change stream with old and new images (deals: it drives notify). */
  stream: boolean;
}

/** Constant partition value of the "list newest first" indexes; write volume here is a few items a minute. */
export const LIST_PARTITION = 'all';

export const TABLES = {
  filings: {
    id: 'Filings',
    envVar: 'FILINGS_TABLE',
    partitionKey: 'accession',
    indexes: [{ name: 'byAcceptedAt', partitionKey: 'listPk', sortKey: 'acceptedAt' }],
    // Filings that produced nothing expire after the retention period; those with mentions are kept.
    ttlAttribute: 'expiresAt',
    stream: false,
  },
  // The access patterns of GET /filings beyond "newest first": one small row per filing and facet (company,
  // company+form, form, item, form+item, and with-deals variants), sorted by accepted time. Written with the
  // filing in one transaction; expires with it (docs/architecture.md, "Stored filings").
  filingIndex: {
    id: 'FilingIndex',
    envVar: 'FILING_INDEX_TABLE',
    partitionKey: 'facet',
    sortKey: 'sk',
    indexes: [],
    ttlAttribute: 'expiresAt',
    stream: false,
  },
  deals: {
    id: 'Deals',
    envVar: 'DEALS_TABLE',
    partitionKey: 'id',
    indexes: [
      // Read by nothing since byAnnouncedAt; kept because CloudFormation takes one GSI change per stack update.
      // Remove it in a later deploy (docs/operations.md, "Upgrades").
      { name: 'byUpdatedAt', partitionKey: 'listPk', sortKey: 'updatedAt' },
      // A company's deals as buyer and as provider; a pair's deals are a prefix (`provider#`) of byBuyer.
      { name: 'byBuyer', partitionKey: 'buyerId', sortKey: 'buyerSk' },
      { name: 'byProvider', partitionKey: 'providerId', sortKey: 'providerSk' },
      // The public list, newest announcement first: `announcedSk` is core/deal-order.ts's positionKey (time#id),
      // and the index holds only visible deals (hidden ones have no listPk). A page is one Query with Limit.
      { name: 'byAnnouncedAt', partitionKey: 'listPk', sortKey: 'announcedSk' },
    ],
    stream: true,
  },
  subscriptions: {
    id: 'Subscriptions',
    envVar: 'SUBSCRIPTIONS_TABLE',
    partitionKey: 'id',
    // The subscriptions of a phone number (or address): the SMS opt-out sync finds a STOP's subscriptions
    // without scanning them all.
    indexes: [{ name: 'byEndpoint', partitionKey: 'endpoint', sortKey: 'id' }],
    stream: false,
  },
  deliveries: {
    id: 'Deliveries',
    envVar: 'DELIVERIES_TABLE',
    partitionKey: 'key',
    indexes: [],
    ttlAttribute: 'expiresAt',
    stream: false,
  },
  newsItems: {
    id: 'NewsItems',
    envVar: 'NEWS_ITEMS_TABLE',
    partitionKey: 'pk',
    indexes: [{ name: 'bySeenAt', partitionKey: 'listPk', sortKey: 'seenAt' }],
    // Item text is kept for re-extraction for a while, not forever.
    ttlAttribute: 'expiresAt',
    stream: false,
  },
  state: {
    id: 'State',
    envVar: 'STATE_TABLE',
    partitionKey: 'key',
    indexes: [],
    // The shared EDGAR budget's slot items (store/edgar-budget.ts) expire a minute after their second.
    ttlAttribute: 'expiresAt',
    stream: false,
  },
} as const satisfies Record<string, TableSpec>;

export type TableKey = keyof typeof TABLES;
export type TableNames = Record<TableKey, string>;

export const TABLE_KEYS = Object.keys(TABLES) as TableKey[];

/** Local table names: a prefix per environment (or per test file) keeps runs apart in one DynamoDB Local. */
export function localTableNames(prefix: string): TableNames {
  return Object.fromEntries(TABLE_KEYS.map((k) => [k, `${prefix}${TABLES[k].id}`])) as TableNames;
}
