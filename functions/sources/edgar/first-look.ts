// Issue 15: a 10-Q or 10-K runs to tens of MB, and nearly all of it is financial statements, XBRL tags and risk
// factors. Its compute-contract disclosures sit in a few sections (commitments, remaining performance
// obligations, subsequent events, material agreements). The first look reads the document in bounded slices
// and keeps only those where a compute word and an amount of money are close; the rest is never turned into
// text, and the whole document is never one string.
import { COMPUTE_GLOBAL_RE, computeWindows, findTriggers } from '../../core/extract/triggers';
import { htmlToText, looksLikeHtml } from '../html-text';

/** Raw bytes per slice: big enough that a disclosure is rarely cut, small enough to stay cheap. */
export const FIRST_LOOK_SLICE_BYTES = 512 * 1024;
/** Slices kept at most: past this a periodic report is mostly boilerplate that matches everywhere. */
export const FIRST_LOOK_MAX_KEPT = 12;
/** Bytes of the previous slice read again with the next, so that a sentence cut at the edge is seen whole. */
const OVERLAP_BYTES = 4 * 1024;
/** An amount written in digits with a currency sign or a scale word, in markup or in text. */
const MONEY_HINT = /\$\s{0,3}\d|\b\d[\d,.]{0,12}\s{0,3}(?:million|billion|trillion)\b/i;

export interface FirstLook {
  /** The text of the slices that may hold a disclosure, in document order; empty when none does. */
  text: string;
  slices: number;
  kept: number;
}

/**
 * Reads `bytes` slice by slice: a slice whose raw markup has no compute word or no money is skipped without
 * being parsed; the others are turned into text and kept only if the extractor's own prefilter (an amount
 * within reach of a compute word) finds something there.
 */
export function firstLook(bytes: Uint8Array): FirstLook {
  const decoder = new TextDecoder('utf-8');
  const kept: string[] = [];
  let slices = 0;
  let carry = '';
  for (let at = 0; at < bytes.length && kept.length < FIRST_LOOK_MAX_KEPT; at += FIRST_LOOK_SLICE_BYTES) {
    const end = Math.min(bytes.length, at + FIRST_LOOK_SLICE_BYTES);
    // stream: a multi-byte character cut at the edge is completed by the next slice.
    const raw = carry + decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    carry = raw.slice(-OVERLAP_BYTES);
    slices++;
    COMPUTE_GLOBAL_RE.lastIndex = 0;
    if (!COMPUTE_GLOBAL_RE.test(raw) || !MONEY_HINT.test(raw)) continue;
    const text = looksLikeHtml(raw) ? htmlToText(raw) : raw;
    const windows = computeWindows(text);
    if (windows.length > 0 && findTriggers(text, () => 'en', windows).length > 0) kept.push(text);
  }
  return { text: kept.join('\n\n'), slices, kept: kept.length };
}
