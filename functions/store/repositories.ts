import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDealRepository } from './deals';
import { createDeliveryLedger } from './deliveries';
import { createFilingRepository, type FilingStoreOptions } from './filings';
import { createLeaseStore } from './lease';
import { createNewsItemRepository } from './news-items';
import { createStateStore } from './state';
import { createSubscriptionRepository } from './subscriptions';
import type { TableNames } from './tables';

/** Every repository on one document client: the same set in Lambda, locally and in tests. */
export function createRepositories(
  doc: DynamoDBDocumentClient,
  names: TableNames,
  options: { filings?: FilingStoreOptions; staleClaimMs?: number } = {},
) {
  return {
    filings: createFilingRepository(doc, names.filings, names.filingIndex, options.filings),
    deals: createDealRepository(doc, names.deals),
    subscriptions: createSubscriptionRepository(doc, names.subscriptions, names.state),
    deliveries: createDeliveryLedger(doc, names.deliveries, undefined, options.staleClaimMs),
    newsItems: createNewsItemRepository(doc, names.newsItems),
    state: createStateStore(doc, names.state),
    leases: createLeaseStore(doc, names.state),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
