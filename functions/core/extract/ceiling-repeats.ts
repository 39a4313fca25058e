// "Microsoft sichert sich bei Nebius Rechenleistung für bis zu 19,4 Milliarden Dollar" over a body that tells "Der
// Grundwert liegt bei 17,4 Milliarden Dollar; bucht Microsoft zusätzliche Leistungen, steigt er auf bis zu 19,4
// Milliarden": the document itself calls 19.4 billion an option's ceiling (option-ceiling.ts). Repeated elsewhere
// (a headline, its repetition atop the body, a dek) without the option, it is still no contract's value: the pair
// keeps the value the document tells for the base. So for an investment the body tells ("in talks to invest up to $40
// billion in Anthropic, a deal that includes 5 GW of compute") and a headline calls a deal ("strike $40B deal for 5
// GW"): the pair stays, without the investment's amount.
import { roundsToBillions } from '../money';
import type { Candidate } from './candidate';

/**
 * `value` is the ceiling, or the ceiling rounded up to a whole billion as a bound ("a deal worth up to $20bn" over
 * "$17.4bn …, but it could expand to $19.4bn if Microsoft asks for additional services").
 */
function repeatsCeiling(c: Candidate, value: number, ceilings: ReadonlySet<number>): boolean {
  if (ceilings.has(value)) return true;
  if (c.mention.qualifier !== 'up_to') return false;
  for (const ceiling of ceilings) if (ceiling < value && roundsToBillions(value, ceiling)) return true;
  return false;
}

/** The candidates, those whose amount is one the document drops as an option's ceiling left without a value. */
export function withoutCeilingRepeats(candidates: Candidate[], ceilings: ReadonlySet<number>): Candidate[] {
  if (ceilings.size === 0) return candidates;
  return candidates.map((c) =>
    c.mention.valueUsd !== null && repeatsCeiling(c, c.mention.valueUsd, ceilings)
      ? {
          ...c,
          mention: { ...c.mention, valueUsd: null, valueText: null, originalCurrency: null, qualifier: null },
        }
      : c,
  );
}
