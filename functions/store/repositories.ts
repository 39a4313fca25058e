import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LeaseStore } from '../core/ports/lease';
import type {
  DealRepository,
  DeliveryLedger,
  FilingRepository,
  NewsItemRepository,
  StateStore,
  SubscriptionRepository,
} from '../core/ports/store';
import { createDealRepository } from './deals';
import { createDeliveryLedger } from './deliveries';
import { createFilingRepository, type FilingStoreOptions } from './filings';
import { createLeaseStore } from './lease';
import { createNewsItemRepository } from './news-items';
import { createStateStore } from './state';
import { createSubscriptionRepository } from './subscriptions';
import type { TableNames } from './tables';

export interface StoreOptions {
  filings?: FilingStoreOptions;
  staleClaimMs?: number;
}

/** How one repository is built on a document client and the table names. */
export type RepositoryMaker<T> = (doc: DynamoDBDocumentClient, names: TableNames, options: StoreOptions) => T;

export const makeFilings: RepositoryMaker<FilingRepository> = (doc, names, options) =>
  createFilingRepository(doc, names.filings, names.filingIndex, options.filings);
export const makeDeals: RepositoryMaker<DealRepository> = (doc, names) =>
  createDealRepository(doc, names.deals, names.state);
export const makeSubscriptions: RepositoryMaker<SubscriptionRepository> = (doc, names) =>
  createSubscriptionRepository(doc, names.subscriptions, names.state);
export const makeDeliveries: RepositoryMaker<DeliveryLedger> = (doc, names, options) =>
  createDeliveryLedger(doc, names.deliveries, undefined, options.staleClaimMs);
export const makeNewsItems: RepositoryMaker<NewsItemRepository> = (doc, names) =>
  createNewsItemRepository(doc, names.newsItems);
export const makeState: RepositoryMaker<StateStore> = (doc, names) => createStateStore(doc, names.state);
export const makeLeases: RepositoryMaker<LeaseStore> = (doc, names) => createLeaseStore(doc, names.state);

/** Every repository on one document client: the same set locally and in tests (a Lambda function builds its own). */
export function createRepositories(
  doc: DynamoDBDocumentClient,
  names: TableNames,
  options: StoreOptions = {},
) {
  return {
    filings: makeFilings(doc, names, options),
    deals: makeDeals(doc, names, options),
    subscriptions: makeSubscriptions(doc, names, options),
    deliveries: makeDeliveries(doc, names, options),
    newsItems: makeNewsItems(doc, names, options),
    state: makeState(doc, names, options),
    leases: makeLeases(doc, names, options),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
