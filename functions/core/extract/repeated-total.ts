// "CoreWeave firma un nuevo contrato con OpenAI por 6.500 millones, elevando el total a 22.400 millones. … Con esta
// suma, la colaboración asciende ya a 22.400 millones": once an increment's mention carries the total it reached
// (runningTotalUsd), a later sentence telling that same total again for the same pair is no contract of its own.
import type { Mention } from '../types';

/** Two figures for one total: rounding ("about $22 billion" for 22.4) is left apart, only the same figure counts. */
const SAME_TOTAL = 0.005;

const pairKey = (m: Mention): string => [m.buyer.id, m.provider.id].sort().join('|');

/** The mentions without those whose value is a running total another mention of the pair already carries. */
export function withoutTotalsToldAgain(mentions: Mention[]): Mention[] {
  const totals = mentions.filter((m) => m.runningTotalUsd != null);
  if (totals.length === 0) return mentions;
  return mentions.filter(
    (m) =>
      m.valueUsd === null ||
      m.runningTotalUsd != null ||
      !totals.some(
        (t) =>
          t !== m &&
          pairKey(t) === pairKey(m) &&
          Math.abs((t.runningTotalUsd ?? 0) - m.valueUsd!) <= SAME_TOTAL * m.valueUsd!,
      ),
  );
}
