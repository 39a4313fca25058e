// Issue 15: a 10-Q or 10-K runs to several MB, and nearly all of it is financial statements, XBRL tags and risk
// factors. Its compute-contract disclosures sit in a few notes (commitments, remaining performance obligations,
// subsequent events, material agreements). The first look reads the document in bounded slices of raw markup and
// keeps only those where a strong compute word comes within reach of an amount with a scale ("$2.2 billion");
// only those are turned into text for the extractor, and the whole document is never one string.
import { setImmediate as yieldToOthers } from 'node:timers/promises';
import { htmlToText, looksLikeHtml } from '../html-text';

/** Raw bytes per slice: big enough that a disclosure is rarely cut, small enough to stay cheap. */
export const FIRST_LOOK_SLICE_BYTES = 256 * 1024;
/** Slices kept at most: past this a report is mostly boilerplate that matches everywhere. */
export const FIRST_LOOK_MAX_KEPT = 16;
/** Characters between a compute word and an amount for the two to count as one disclosure. */
const REACH = 1_500;
/** Bytes of the previous slice read again with the next, so that a sentence cut at the edge is seen whole. */
const OVERLAP = 2 * REACH;
/**
 * Narrower than the extractor's compute cues: every 10-Q speaks of leases, capacity, servers and infrastructure,
 * so those alone would send every slice to the parser. A capacity contract names the compute itself.
 */
const STRONG_COMPUTE =
  /\b(?:gpus?|tpus?|compute|computing|cloud|hyperscalers?|data[- ]?cent(?:er|re)s?|ai infrastructure|colocation|accelerators?|supercomput|megawatts?|gigawatts?|\d{2,4}\s?(?:mw|gw)|coreweave|nebius|nscale|crusoe|fluidstack|lambda|openai|anthropic|xai|azure)\b/gi;
/** An amount with a scale word: tables "in thousands" never match, disclosures of contracts do. */
const SCALED_MONEY = /(?:\$|us\$|usd|€|£)\s{0,3}\d[\d,.]{0,12}\s{0,3}(?:million|billion|trillion|bn|mn)\b/gi;

export interface FirstLook {
  /** The text of the slices that may hold a disclosure, in document order; empty when none does. */
  text: string;
  slices: number;
  kept: number;
}

function positions(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && out.length < 10_000; m = re.exec(text)) out.push(m.index);
  return out;
}

/** Whether some strong compute word lies within REACH of some scaled amount (both lists sorted). */
function near(words: number[], amounts: number[]): boolean {
  let j = 0;
  for (const w of words) {
    while (j < amounts.length && (amounts[j] as number) < w - REACH) j++;
    if (j < amounts.length && (amounts[j] as number) <= w + REACH) return true;
  }
  return false;
}

/**
 * Reads `bytes` slice by slice, yielding to the event loop between slices so that the current-reports lane in
 * the same process keeps its turn. A slice is parsed into text only when a strong compute word and a scaled
 * amount are close in its raw markup.
 */
export async function firstLook(bytes: Uint8Array): Promise<FirstLook> {
  const decoder = new TextDecoder('utf-8');
  const kept: string[] = [];
  let slices = 0;
  let carry = '';
  for (let at = 0; at < bytes.length && kept.length < FIRST_LOOK_MAX_KEPT; at += FIRST_LOOK_SLICE_BYTES) {
    const end = Math.min(bytes.length, at + FIRST_LOOK_SLICE_BYTES);
    // stream: a multi-byte character cut at the edge is completed by the next slice.
    const raw = carry + decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    carry = raw.slice(-OVERLAP);
    slices++;
    // Scaled amounts are the rarer of the two in a periodic report: looked for first.
    const amounts = positions(SCALED_MONEY, raw);
    if (amounts.length > 0 && near(positions(STRONG_COMPUTE, raw), amounts)) {
      kept.push(looksLikeHtml(raw) ? htmlToText(raw) : raw);
    }
    if (end < bytes.length) await yieldToOthers();
  }
  return { text: kept.join('\n\n'), slices, kept: kept.length };
}
