import { z } from 'zod';
import { decideUrl } from '../core/host-policy';
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

export const filingQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(2000).optional(),
  form: z.string().max(20).optional(),
});

const endpointByChannel = {
  email: z.email(),
  sms: z.string().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 phone number such as +14155550123'),
  https: z.url({ protocol: /^https$/ }).refine((u) => decideUrl(u).allow, 'a public https URL'),
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
