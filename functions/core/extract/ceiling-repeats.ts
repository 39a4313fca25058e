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
 * The amounts the document's body tells as no contract's value: an option's ceiling, or an investment's amount. An
 * option's ceiling repeated anywhere keeps no value; an investment's only in the headline, which may call it a deal
 * or its dek ("Microsoft will invest $10 billion in Portugal" leaves "a deal the chip startup valued at more than $10
 * billion" its value).
 */
export type Ceilings = Map<number, 'option' | 'investment'>;

/** The longest first line read as a dek under the headline. */
const MAX_DEK_CHARS = 250;

/**
 * `value` is the ceiling, or the ceiling rounded up to a whole billion as a bound ("a deal worth up to $20bn" over
 * "$17.4bn …, but it could expand to $19.4bn if Microsoft asks for additional services").
 */
function repeatsCeiling(c: Candidate, value: number, ceilings: Ceilings, deckEnd: number): boolean {
  // The headline, or the dek under it.
  const top = c.fromTitle || c.mention.evidenceStart < deckEnd;
  const kind = ceilings.get(value);
  if (kind !== undefined) return kind === 'option' || top;
  if (c.mention.qualifier !== 'up_to') return false;
  for (const [ceiling, k] of ceilings)
    if ((k === 'option' || top) && ceiling < value && roundsToBillions(value, ceiling)) return true;
  return false;
}

/** The candidates, those whose amount is one the document drops as an option's ceiling left without a value. */
export function withoutCeilingRepeats(
  candidates: Candidate[],
  ceilings: Ceilings,
  text: string,
): Candidate[] {
  if (ceilings.size === 0) return candidates;
  // A dek: the body's first line, short and without a closing stop (a lead paragraph ends on one).
  const firstLine = text.indexOf('\n');
  const deckEnd =
    firstLine > 0 && firstLine <= MAX_DEK_CHARS && !/[.!?]\s*$/.test(text.slice(0, firstLine))
      ? firstLine
      : 0;
  return candidates.map((c) =>
    c.mention.valueUsd !== null && repeatsCeiling(c, c.mention.valueUsd, ceilings, deckEnd)
      ? {
          ...c,
          mention: { ...c.mention, valueUsd: null, valueText: null, originalCurrency: null, qualifier: null },
        }
      : c,
  );
}
