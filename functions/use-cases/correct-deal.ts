import * as z from 'zod';
import { companyById, toCompanyRef } from '../core/companies';
import { contractId, openDeal, rebuild } from '../core/deal-merge';
import { lazy } from '../core/lazy';
import type { DealRepository } from '../core/ports/store';
import {
  DEAL_KINDS,
  DEAL_STATUSES,
  type Deal,
  type DealCorrection,
  type DealFieldCorrection,
} from '../core/types';

export interface CorrectDealDeps {
  deals: DealRepository;
  clock: () => Date;
}

/**
 * A correction request as the API and the CLI read it; `by` may come from the caller's IAM identity. Built at its
 * first use: only the write function serves PATCH /deals/{id}, and the public read function imports this module
 * for its errors (the schema is most of a classic zod schema's first-use cost there: docs/performance.md).
 */
export const correctionRequest = lazy(() => {
  const companyId = z.string().regex(/^[a-z0-9-]{1,60}$/, 'a company id such as "microsoft" or "nscale"');
  const who = { by: z.string().trim().min(1).max(200).optional(), why: z.string().trim().min(3).max(500) };
  return z.discriminatedUnion('action', [
    z.object({
      action: z.literal('correct'),
      ...who,
      set: z
        .object({
          buyer: companyId.optional(),
          provider: companyId.optional(),
          valueUsd: z.number().min(0).max(1e13).nullable().optional(),
          status: z.enum(DEAL_STATUSES).optional(),
          kind: z.enum(DEAL_KINDS).optional(),
        })
        .strict(),
    }),
    z.object({ action: z.literal('split'), ...who, sourceId: z.string().min(1).max(300) }),
    z.object({ action: z.literal('merge'), ...who, with: z.string().min(1).max(200) }),
    z.object({ action: z.literal('hide'), ...who }),
    z.object({ action: z.literal('unhide'), ...who }),
  ]);
});

/** An operator's correction, as the API (PATCH /deals/{id}) and the CLI take it, with who made it. */
export type CorrectionInput = z.infer<ReturnType<typeof correctionRequest>> & { by: string };

export class DealNotFoundError extends Error {
  override readonly name = 'DealNotFoundError';
}

/** A correction that cannot apply to this deal (unknown company, last mention, merging a deal into itself). */
export class CorrectionRefusedError extends Error {
  override readonly name = 'CorrectionRefusedError';
}

export interface CorrectionResult {
  deal: Deal;
  /** The deal split off, or the one merged away. */
  other: Deal | null;
}

async function need(deps: CorrectDealDeps, id: string): Promise<Deal> {
  const deal = await deps.deals.get(id);
  if (!deal || deal.mergedInto) throw new DealNotFoundError(`no deal ${id}`);
  if (deal.mentions.length === 0) {
    throw new CorrectionRefusedError(`deal ${id} has the old pair id: run the id migration first`);
  }
  return deal;
}

function company(id: string) {
  const c = companyById(id);
  if (!c) throw new CorrectionRefusedError(`unknown company "${id}" (see core/data/companies.json)`);
  return toCompanyRef(c);
}

/**
 * Applies an operator's correction. Each one is kept on the deal (who, why, when) and applied after every
 * mention, so later mentions never undo it; a version conflict with a concurrent write is raised, not retried
 * (the operator looks again).
 */
export async function correctDeal(
  deps: CorrectDealDeps,
  id: string,
  input: CorrectionInput,
): Promise<CorrectionResult> {
  const now = deps.clock();
  const deal = await need(deps, id);
  const correction = (change: DealCorrection['change']): DealCorrection => ({
    at: now.toISOString(),
    by: input.by,
    why: input.why,
    change,
  });
  const save = async (d: Deal) => {
    await deps.deals.save(d);
    return d;
  };

  switch (input.action) {
    case 'correct': {
      const fields: DealFieldCorrection = {};
      if (input.set.buyer) fields.buyer = company(input.set.buyer);
      if (input.set.provider) fields.provider = company(input.set.provider);
      if (input.set.valueUsd !== undefined) fields.valueUsd = input.set.valueUsd;
      if (input.set.status) fields.status = input.set.status;
      if (input.set.kind) fields.kind = input.set.kind;
      if (Object.keys(fields).length === 0) throw new CorrectionRefusedError('nothing to correct');
      const corrections = [...deal.corrections, correction({ type: 'set', fields })];
      return { deal: await save(rebuild(deal, deal.mentions, corrections, now)), other: null };
    }
    case 'hide':
    case 'unhide': {
      const corrections = [...deal.corrections, correction({ type: input.action })];
      return { deal: await save(rebuild(deal, deal.mentions, corrections, now)), other: null };
    }
    case 'split': {
      const moved = deal.mentions.find((m) => m.source.id === input.sourceId);
      if (!moved) throw new CorrectionRefusedError(`deal ${id} has no mention from ${input.sourceId}`);
      if (deal.mentions.length === 1)
        throw new CorrectionRefusedError(`${input.sourceId} is the deal's only mention`);
      const taken = (await deps.deals.listByPair(moved.buyer.id, moved.provider.id)).map((d) => d.id);
      const newId = contractId(moved.buyer.id, moved.provider.id, moved.at, [...taken, deal.id]);
      const split = openDeal(
        newId,
        moved,
        now,
        { rule: 'split', note: `split off from ${id} by ${input.by}` },
        { corrections: [correction({ type: 'split_from', sourceId: input.sourceId, dealId: id })] },
      );
      // The new deal first: if the second write fails, the mention is on both deals, never on none.
      await save(split);
      const rest = deal.mentions.filter((m) => m.source.id !== input.sourceId);
      const corrections = [
        ...deal.corrections,
        correction({ type: 'split_off', sourceId: input.sourceId, dealId: newId }),
      ];
      return { deal: await save(rebuild(deal, rest, corrections, now)), other: split };
    }
    case 'merge': {
      if (input.with === id) throw new CorrectionRefusedError('a deal cannot be merged into itself');
      const other = await need(deps, input.with);
      const joined = { rule: 'merged' as const, note: `merged from ${other.id} by ${input.by}` };
      const mentions = [
        ...deal.mentions,
        ...other.mentions
          .filter((m) => !deal.mentions.some((x) => x.source.id === m.source.id))
          .map((m) => ({ ...m, joined })),
      ];
      const corrections = [...deal.corrections, correction({ type: 'merged_from', dealId: other.id })];
      const merged = await save(rebuild(deal, mentions, corrections, now));
      // The merged-away deal stays as a hidden record that answers with a redirect and keeps its id taken.
      const gone = rebuild(
        { ...other, mergedInto: merged.id },
        other.mentions,
        [...other.corrections, correction({ type: 'hide' })],
        now,
      );
      return { deal: merged, other: await save(gone) };
    }
  }
}
