// The API's zod schemas: they validate requests, shape responses (fixed key order), and generate /openapi.json.
import { z } from '@hono/zod-openapi';
import { findCompany } from '../core/companies';
import type { DealPosition } from '../core/deal-order';
import { decideUrl } from '../core/host-policy';
import { lazy } from '../core/lazy';
import { DEFAULT_MIN_CONFIDENCE } from '../core/match';
import { FEED_KINDS } from '../core/ports/news';
import { DEAL_KINDS, DEAL_STATUSES, ENDPOINT_STATES, LANGUAGES } from '../core/types';

const MAX_KEY_BYTES = 512;

/** A path id: bounded in bytes (DynamoDB refuses keys over 2,048 bytes) and free of control characters. */
function pathId(name: string, example: string) {
  return z
    .string()
    .min(1)
    .refine((s) => Buffer.byteLength(s) <= MAX_KEY_BYTES, `must be at most ${MAX_KEY_BYTES} bytes`)
    .refine((s) => !/\p{Cc}/u.test(s), 'must not contain control characters')
    .openapi({ param: { name, in: 'path' }, example });
}

export const dealIdParams = z.object({ id: pathId('id', 'meta--coreweave') });
export const subscriptionIdParams = z.object({
  id: pathId('id', '5b0e6c1e-6f0a-4b7e-9d55-3f1f0c2a9b11'),
});
export const feedIdParams = z.object({ id: pathId('id', 'coreweave-newsroom') });
export const accessionParams = lazy(() =>
  z.object({
    accession: z
      .string()
      .regex(/^\d{10}-\d{2}-\d{6}$/, 'an accession number such as 0001769628-25-000123')
      .openapi({ param: { name: 'accession', in: 'path' }, example: '0001769628-25-000123' }),
  }),
);

/** The page size when the query names none. */
const DEFAULT_PAGE_SIZE = 25;

const limit = lazy(() =>
  z.coerce
    .number({ error: 'must be a whole number from 1 to 100' })
    .int()
    .min(1)
    .max(100)
    .default(DEFAULT_PAGE_SIZE)
    .openapi({ type: 'integer', description: 'Page size, 1 to 100.', example: 25 }),
);

const dealCursorShape = lazy(() =>
  z.strictObject({ a: z.iso.datetime(), i: z.string().min(1).max(MAX_KEY_BYTES) }),
);

export function encodeDealPosition(cursor: DealPosition): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

const dealCursor = lazy(() =>
  z
    .string()
    .max(2000)
    .transform((text, ctx): DealPosition => {
      let decoded: unknown;
      try {
        decoded = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
      } catch {
        decoded = undefined;
      }
      const parsed = dealCursorShape().safeParse(decoded);
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: 'the page cursor is not one this API issued' });
        return z.NEVER;
      }
      return parsed.data;
    })
    .openapi({ type: 'string', description: 'The `cursor` of the previous page, as given.' }),
);

/** A company as typed: id, ticker or name in any case; unknown slugs pass as ids (companies outside the table). */
export const companyFilter = lazy(() =>
  z
    .string()
    .max(100)
    .transform((text, ctx) => {
      const known = findCompany(text);
      if (known) return known.id;
      const slug = text.trim().toLowerCase();
      if (/^[a-z0-9-]{1,60}$/.test(slug)) return slug;
      // Quoted as JSON: a control character in the path (%0A) stays escaped, the problem detail one line.
      ctx.addIssue({ code: 'custom', message: `no company named ${JSON.stringify(text.slice(0, 100))}` });
      return z.NEVER;
    })
    .openapi({
      type: 'string',
      description: 'A company id, ticker or name, in any case ("meta", "META", "Meta Platforms").',
      example: 'Microsoft',
    }),
);

const dealFilters = lazy(() => ({
  limit: limit(),
  cursor: dealCursor().optional(),
  minValueUsd: z.coerce
    .number({ error: 'must be a number of US dollars' })
    .min(0)
    .optional()
    .openapi({ type: 'number', description: 'Smallest value in USD.', example: 10_000_000_000 }),
  company: companyFilter().optional(),
  status: z.enum(DEAL_STATUSES).optional(),
  kind: z.enum(DEAL_KINDS).optional(),
}));

/** The filters a pair's list does not take: a pair has a handful of contracts, listed whole. */
export const NOT_WITH_PAIR = ['limit', 'cursor', 'minValueUsd', 'company', 'status', 'kind'] as const;

export const dealQuery = lazy(() =>
  z.strictObject({
    ...dealFilters(),
    pair: z
      .string()
      .regex(/^[a-z0-9-]{1,60}--[a-z0-9-]{1,60}$/, 'a pair of company ids: buyer--provider')
      .optional()
      .openapi({
        description: `Every visible contract of a pair (buyer--provider), newest announcement first; takes no other filter (${NOT_WITH_PAIR.join(', ')}).`,
        example: 'microsoft--nscale',
      }),
    format: z.enum(['json', 'csv']).default('json').openapi({ description: 'csv: the same page as CSV.' }),
  }),
);
export const dealFeedQuery = lazy(() => z.strictObject(dealFilters()));
export type DealQueryInput = z.output<ReturnType<typeof dealFeedQuery>>;

/**
 * A deals query in one spelling, as a query string: the parameters in a fixed order, each as validation left it
 * (a company's id, not its ticker; the cursor re-encoded), the default page size left out. Two requests that ask
 * for the same page have the same text, two that ask for different pages never do: the list cache's key and the
 * Atom feed's self link.
 */
export function canonicalDealQuery(q: DealQueryInput): string {
  const params = new URLSearchParams();
  if (q.limit !== DEFAULT_PAGE_SIZE) params.set('limit', String(q.limit));
  if (q.cursor) params.set('cursor', encodeDealPosition(q.cursor));
  if (q.minValueUsd !== undefined) params.set('minValueUsd', String(q.minValueUsd));
  if (q.company) params.set('company', q.company);
  if (q.status) params.set('status', q.status);
  if (q.kind) params.set('kind', q.kind);
  return params.toString();
}

/** A date (a whole UTC day) or a date-time; bounds are inclusive, normalised to the stored format. */
const acceptedBound = (end: 'start' | 'end') =>
  z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/,
      'a date (2026-01-12) or a date-time with its offset (2026-01-12T14:30:00Z)',
    )
    .transform((v, ctx) => {
      const iso = v.length === 10 ? `${v}T${end === 'start' ? '00:00:00.000' : '23:59:59.999'}Z` : v;
      const t = Date.parse(iso);
      if (Number.isNaN(t)) {
        ctx.addIssue({ code: 'custom', message: 'not a real date' });
        return z.NEVER;
      }
      return new Date(t).toISOString();
    })
    .openapi({
      type: 'string',
      description: `Accepted time (UTC), inclusive: a date (its whole day) or a date-time with its offset.`,
      example: end === 'start' ? '2026-01-01' : '2026-01-31',
    });

export const filingQuery = lazy(() =>
  z
    .strictObject({
      limit: limit(),
      cursor: z.string().max(2000).optional().openapi({ description: 'The `cursor` of the previous page.' }),
      company: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .optional()
        .openapi({ description: 'A CIK, ticker, name or id, in any case.', example: 'CoreWeave' }),
      form: z
        .string()
        .regex(/^[A-Za-z0-9-]{1,10}(?:\/A)?$/, 'a form type such as 8-K, 8-K/A, 6-K or 10-Q')
        .transform((v) => v.toUpperCase())
        .optional()
        .openapi({ type: 'string', example: '8-K' }),
      item: z
        .string()
        .regex(/^\d{1,2}\.\d{2}$/, 'an 8-K item such as 1.01')
        .optional()
        .openapi({ example: '1.01' }),
      from: acceptedBound('start').optional(),
      to: acceptedBound('end').optional(),
      hasDeals: z
        .enum(['true', 'false'])
        .optional()
        .openapi({ description: 'true: only filings that produced at least one deal mention.' }),
    })
    .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'to is before from' }),
);

const endpointByChannel = lazy(() => ({
  email: z.email(),
  sms: z.string().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 phone number such as +14155550123'),
  https: z.url({ protocol: /^https$/ }).refine((u) => decideUrl(u).allow, 'a public https URL'),
}));

const companyId = lazy(() => z.string().regex(/^[a-z0-9-]{1,60}$/, 'a company id such as "meta"'));

export const newSubscription = lazy(() =>
  z
    .strictObject({
      channel: z.enum(['email', 'sms', 'https']),
      endpoint: z.string().max(500).openapi({ example: 'analyst@example.com' }),
      minValueUsd: z.number().min(0).default(0),
      companies: z.array(companyId()).max(100).default([]),
      kinds: z.array(z.enum(DEAL_KINDS)).default([]),
      minStatus: z.enum(DEAL_STATUSES).default('in_talks'),
      notifyOn: z.array(z.enum(['value_up', 'status_up'])).default(['value_up', 'status_up']),
      minConfidence: z
        .number()
        .min(0)
        .max(1)
        .default(DEFAULT_MIN_CONFIDENCE)
        .openapi({ description: 'Lowest extraction confidence worth an alert (0-1).' }),
    })
    .superRefine((s, ctx) => {
      const check = endpointByChannel()[s.channel].safeParse(s.endpoint);
      if (!check.success) {
        ctx.addIssue({
          code: 'custom',
          path: ['endpoint'],
          message: check.error.issues[0]?.message ?? 'invalid',
        });
      }
    })
    .openapi('NewSubscription'),
);

/** The public form's body: an email address and two thresholds; no SMS, no webhook, nothing else. */
export const publicSubscription = lazy(() =>
  z
    .strictObject({
      email: z.email().max(254).openapi({ example: 'analyst@example.com' }),
      minValueUsd: z.number().min(0).max(1e13).default(0),
      companies: z.array(companyId()).max(20).default([]),
    })
    .openapi('PublicSubscription'),
);

export const publicSubscriptionAnswer = lazy(() =>
  z.object({ email: z.string(), note: z.string() }).openapi('PublicSubscriptionAnswer'),
);

// ---- responses -------------------------------------------------------------------------------------------

export const problemSchema = z
  .object({
    type: z.string().openapi({ example: 'urn:compute-deals:problem:invalid-request' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z
      .array(
        z.object({
          in: z.enum(['query', 'path', 'body', 'header']),
          name: z.string(),
          detail: z.string(),
        }),
      )
      .optional(),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details.' });

const company = z
  .object({ id: z.string(), name: z.string(), ticker: z.string().optional(), cik: z.string().optional() })
  .openapi('Company');

const isoTime = z.string().openapi({ format: 'date-time' });

export const sourceSchema = z
  .object({
    kind: z.enum(['filing', 'news']),
    id: z.string(),
    title: z.string().nullable(),
    publishedAt: isoTime.nullable(),
    formType: z.string().nullable().openapi({ description: 'Filing form (8-K, 6-K).' }),
    documentType: z
      .string()
      .nullable()
      .openapi({ description: 'The filing document the evidence is in: the form body (8-K) or EX-99.1.' }),
    feedId: z.string().nullable(),
    url: z.string().nullable().openapi({ description: "The article, or the filing's index page." }),
    filingIndexUrl: z.string().nullable().openapi({ description: "The filing's index page on EDGAR." }),
    documentUrl: z
      .string()
      .nullable()
      .openapi({ description: 'The text itself: the full submission (every document) or the article.' }),
  })
  .openapi('Source');

const dealEvent = z
  .object({
    type: z.enum([
      'created',
      'status_up',
      'value_up',
      'value_down',
      'expanded',
      'terminated',
      'term_changed',
      'confirmed_by_filing',
      'source_added',
      'corrected',
    ]),
    at: isoTime,
    sourceId: z.string(),
    status: z.enum(DEAL_STATUSES),
    valueUsd: z.number().nullable(),
    incrementUsd: z.number().nullable(),
    by: z.string().optional().openapi({ description: 'corrected: who corrected it.' }),
    why: z.string().optional(),
    note: z.string().optional(),
  })
  .openapi('DealEvent');

export const dealSchema = z
  .object({
    id: z.string(),
    provider: company,
    buyer: company,
    kind: z.enum(DEAL_KINDS),
    status: z.enum(DEAL_STATUSES),
    confirmedByFiling: z.boolean(),
    valueUsd: z.number().nullable(),
    valueText: z.string().nullable(),
    qualifier: z.enum(['up_to', 'approximately', 'at_least', 'more_than']).nullable(),
    endDate: z.string().nullable(),
    termYears: z.number().nullable(),
    announcedAt: isoTime.openapi({
      description: "When the deal became public: the earliest source's publication time.",
    }),
    firstSeenAt: isoTime.openapi({ description: 'When this service first processed it.' }),
    updatedAt: isoTime,
    evidence: z.string(),
    sources: z.array(sourceSchema).openapi({ description: 'Every merged source, newest first.' }),
    history: z.array(dealEvent).openapi({ description: 'Changes, oldest first.' }),
    version: z.number().int(),
  })
  .openapi('Deal');
export type DealView = z.output<typeof dealSchema>;

export const dealPageSchema = lazy(() =>
  z
    .object({
      deals: z.array(dealSchema),
      cursor: z
        .string()
        .nullable()
        .openapi({
          description:
            'Pass it back for the next page; null at the end. With minValueUsd, status or kind a page may hold ' +
            'fewer than `limit` deals, even none, and still have a cursor: each call reads at most 1,000 deals.',
        }),
    })
    .openapi('DealPage'),
);

export const companyParams = lazy(() =>
  z.object({
    id: companyFilter().openapi({
      param: { name: 'id', in: 'path' },
      type: 'string',
      description: 'A company id, ticker or name, in any case.',
      example: 'microsoft',
    }),
  }),
);

export const companyDealsSchema = lazy(() =>
  z
    .object({
      company: z.object({ id: z.string(), name: z.string() }),
      asBuyer: z.array(dealSchema),
      asProvider: z.array(dealSchema),
    })
    .openapi('CompanyDeals'),
);

/** A deal as an operator sees it after a correction: hidden ones too, so it says whether it is. */
const correctedDealSchema = lazy(() =>
  dealSchema
    .extend({
      hidden: z.boolean().openapi({ description: 'true: hidden by an operator, out of every list.' }),
    })
    .openapi('CorrectedDeal'),
);

export const correctionResultSchema = lazy(() =>
  z
    .object({
      deal: correctedDealSchema(),
      // A union, not .nullable(): the generator would wrap a nullable reference in an allOf that refuses null.
      other: z.union([correctedDealSchema(), z.null()]),
    })
    .openapi('CorrectionResult', { description: '`other`: the deal split off, or the one merged away.' }),
);

export const filingSchema = lazy(() =>
  z
    .object({
      accession: z.string(),
      cik: z.string(),
      company: z.string(),
      formType: z.string(),
      items: z.array(z.string()),
      acceptedAt: isoTime,
      filedDate: z.string().nullable(),
      indexUrl: z.string(),
      fullTextUrl: z.string(),
      state: z.enum(['queued', 'processing', 'done', 'failed', 'skipped']),
      reason: z.string().nullable(),
      mentionCount: z.number().int(),
      updatedAt: isoTime,
      documents: z
        .array(
          z.object({
            type: z.string(),
            description: z.string().nullable(),
            sizeBytes: z.number().int(),
            url: z.string().nullable(),
          }),
        )
        .optional()
        .openapi({ description: 'The documents the worker read.' }),
      mentions: z
        .array(
          z.object({
            buyer: company,
            provider: company,
            valueUsd: z.number().nullable(),
            runningTotalUsd: z.number().nullable().optional().openapi({
              description:
                'An expansion that states its new total: valueUsd is the increment, this the total after it.',
            }),
            status: z.string(),
            kind: z.string(),
            documentType: z.string().nullable(),
            evidence: z.string(),
            confidence: z.number(),
            dealId: z.string().nullable(),
          }),
        )
        .optional()
        .openapi({ description: 'What was found in it, with the deal each mention merged into.' }),
      history: z
        .array(z.object({ state: z.string(), at: isoTime, reason: z.string().nullable().optional() }))
        .optional()
        .openapi({ description: 'Every processing state, oldest first.' }),
    })
    .openapi('Filing'),
);

export const filingListSchema = lazy(() =>
  z.object({ filings: z.array(filingSchema()) }).openapi('FilingList'),
);

export const filingPageSchema = lazy(() =>
  z.object({ filings: z.array(filingSchema()), cursor: z.string().nullable() }).openapi('FilingPage'),
);

export const subscriptionSchema = lazy(() =>
  z
    .object({
      id: z.string(),
      channel: z.enum(['email', 'sms', 'https']),
      endpoint: z.string(),
      minValueUsd: z.number(),
      companies: z.array(z.string()),
      kinds: z.array(z.enum(DEAL_KINDS)),
      minStatus: z.enum(DEAL_STATUSES),
      notifyOn: z.array(z.enum(['value_up', 'status_up'])),
      minConfidence: z.number().optional(),
      createdAt: isoTime,
      channelRef: z.string().nullable(),
      endpointState: z
        .enum(ENDPOINT_STATES)
        .optional()
        .openapi({
          description:
            'Whether alerts reach the endpoint: pending_confirmation until the subscriber follows the link SNS ' +
            'emailed (alerts are held until then), opted_out after an SMS STOP reply, unsubscribed after the ' +
            'unsubscribe link; absent or active otherwise. GET /subscriptions/{id} asks the channel each time.',
        }),
    })
    .openapi('Subscription'),
);

export const createdSubscriptionSchema = lazy(() =>
  subscriptionSchema().extend({ note: z.string().optional() }).openapi('CreatedSubscription'),
);

export const subscriptionListSchema = lazy(() =>
  z.object({ subscriptions: z.array(subscriptionSchema()) }).openapi('SubscriptionList'),
);

export const testAlertSchema = lazy(() =>
  z
    .object({
      subscriptionId: z.string(),
      dealId: z.string(),
      channel: z.enum(['email', 'sms', 'https']),
      endpoint: z.string(),
      subject: z.string(),
      text: z.string(),
    })
    .openapi('TestAlert'),
);

export const feedSchema = lazy(() =>
  z
    .object({
      id: z.string(),
      url: z.string(),
      language: z.enum(LANGUAGES).nullable(),
      pollSeconds: z.number().int(),
      enabled: z.boolean(),
      kind: z.enum(FEED_KINDS),
      name: z.string().optional(),
    })
    .openapi('Feed'),
);

export const feedStatusSchema = lazy(() =>
  z
    .object({
      feedId: z.string(),
      name: z.string().nullable(),
      url: z.string(),
      kind: z.enum(FEED_KINDS),
      language: z.enum(LANGUAGES).nullable(),
      enabled: z.boolean(),
      pollSeconds: z.number().int(),
      lastPolledAt: isoTime.nullable(),
      lastSuccessAt: isoTime.nullable(),
      nextDueAt: isoTime.nullable(),
      consecutiveFailures: z.number().int(),
      lastError: z.object({ name: z.string(), message: z.string(), at: isoTime }).nullable(),
      lastItemCount: z.number().int(),
      lastNewItemCount: z.number().int(),
      pendingCount: z.number().int(),
    })
    .openapi('FeedStatus'),
);

export const feedListSchema = lazy(() =>
  z.object({ feeds: z.array(feedStatusSchema()) }).openapi('FeedList'),
);

/** Feed fields in a PUT body; the id comes from the path. Checked in full by the feed registry's schema. */
export const feedBody = lazy(() =>
  z
    .strictObject({
      id: z.string().optional().openapi({ description: 'Ignored: the path names the feed.' }),
      url: z.string(),
      kind: z.enum(FEED_KINDS),
      language: z.enum(LANGUAGES).nullable().optional(),
      pollSeconds: z.number().int().optional(),
      enabled: z.boolean().optional(),
      name: z.string().optional(),
    })
    .openapi('FeedInput'),
);

export const healthSchema = lazy(() =>
  z.object({ ok: z.boolean(), store: z.enum(['ok', 'unavailable']) }).openapi('Health'),
);
