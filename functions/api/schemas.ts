import { z } from 'zod';
import { DEFAULT_MIN_CONFIDENCE } from '../core/match';
import { DEAL_KINDS, DEAL_STATUSES } from '../core/types';

export const dealQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(2000).optional(),
  minValueUsd: z.coerce.number().min(0).optional(),
  company: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/, 'a company id such as "meta" or "coreweave"')
    .optional(),
  status: z.enum(DEAL_STATUSES).optional(),
  kind: z.enum(DEAL_KINDS).optional(),
});

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
    });

export const filingQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(25),
    cursor: z.string().max(2000).optional(),
    company: z.string().trim().min(1).max(200).optional(),
    form: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,10}(?:\/A)?$/, 'a form type such as 8-K, 8-K/A, 6-K or 10-Q')
      .transform((v) => v.toUpperCase())
      .optional(),
    item: z
      .string()
      .regex(/^\d{1,2}\.\d{2}$/, 'an 8-K item such as 1.01')
      .optional(),
    from: acceptedBound('start').optional(),
    to: acceptedBound('end').optional(),
    hasDeals: z.enum(['true', 'false']).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'to is before from' });

export const accessionParam = z
  .string()
  .regex(/^\d{10}-\d{2}-\d{6}$/, 'an accession number such as 0001769628-25-000101');

const endpointByChannel = {
  email: z.email(),
  sms: z.string().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 phone number such as +14155550123'),
  https: z.url({ protocol: /^https$/ }),
};

export const newSubscription = z
  .object({
    channel: z.enum(['email', 'sms', 'https']),
    endpoint: z.string().max(500),
    minValueUsd: z.number().min(0).default(0),
    companies: z
      .array(z.string().regex(/^[a-z0-9-]{1,60}$/))
      .max(100)
      .default([]),
    kinds: z.array(z.enum(DEAL_KINDS)).default([]),
    minStatus: z.enum(DEAL_STATUSES).default('in_talks'),
    notifyOn: z.array(z.enum(['value_up', 'status_up'])).default(['value_up', 'status_up']),
    minConfidence: z.number().min(0).max(1).default(DEFAULT_MIN_CONFIDENCE),
  })
  .superRefine((s, ctx) => {
    const check = endpointByChannel[s.channel].safeParse(s.endpoint);
    if (!check.success) {
      ctx.addIssue({
        code: 'custom',
        path: ['endpoint'],
        message: check.error.issues[0]?.message ?? 'invalid',
      });
    }
  });
