// Issue 15: a 10-Q or 10-K runs to several MB, and nearly all of it is financial statements, XBRL tags and risk
// factors. Its compute-contract disclosures sit in a few notes (commitments, remaining performance obligations,
// subsequent events, material agreements). The first look reads the document in bounded slices of raw markup and
// keeps only those where a strong compute word comes within reach of an amount with a scale ("$2.2 billion");
// only the few KB around such a pair are turned into text for the extractor, and the whole document is never one
// string. A slice without a scale word is never even decoded.
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
  /** The text around each possible disclosure, in document order; empty when none is found. */
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

/** Characters of context kept on each side of a disclosure: the sentences that name the parties and the term. */
const CONTEXT = REACH;

/**
 * The spans of `text` around each strong compute word within REACH of a scaled amount (both lists sorted),
 * merged, widened by CONTEXT. A pair that ends before `ownFrom` lies wholly in the overlap the previous slice
 * already read, so it is not taken twice.
 */
function disclosureSpans(
  words: number[],
  amounts: number[],
  ownFrom: number,
  length: number,
): [number, number][] {
  const spans: [number, number][] = [];
  let j = 0;
  for (const w of words) {
    while (j < amounts.length && (amounts[j] as number) < w - REACH) j++;
    for (let k = j; k < amounts.length && (amounts[k] as number) <= w + REACH; k++) {
      const a = amounts[k] as number;
      if (Math.max(w, a) < ownFrom) continue;
      spans.push([Math.max(0, Math.min(w, a) - CONTEXT), Math.min(length, Math.max(w, a) + CONTEXT)]);
    }
  }
  spans.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** A span of markup moved off any tag it cuts, so that no half tag turns into text. */
function withinTags(raw: string, [start, end]: [number, number]): string {
  const open = raw.indexOf('<', start);
  const close = raw.indexOf('>', start);
  const from = close >= 0 && (open < 0 || close < open) ? close + 1 : start;
  const lastOpen = raw.lastIndexOf('<', end - 1);
  const to = lastOpen >= from && raw.indexOf('>', lastOpen) >= end ? lastOpen : end;
  return raw.slice(from, Math.max(from, to));
}

/** Scale words as filings write them (lower, title or upper case): bytes, so that a slice is tested undecoded. */
const SCALE_WORDS = ['illion', 'ILLION'].map((w) => Buffer.from(w));
/** The abbreviations SCALED_MONEY takes too; they count only after a digit (else "column" would). */
const SCALE_ABBREVIATIONS = ['bn', 'mn', 'Bn', 'Mn', 'BN', 'MN'].map((w) => Buffer.from(w));
/** Bytes before an abbreviation where its digit may sit: up to three spaces of up to three bytes each (NBSP). */
const DIGIT_REACH = 10;

/**
 * Whether the raw bytes hold a scale word at all: a few indexOf calls (memchr speed), a superset of what
 * SCALED_MONEY matches. Most slices of a periodic report (tables "in thousands", XBRL, boilerplate) fail it and
 * are never decoded, which is what makes the first look cheap.
 */
function mayHoldScaledAmount(view: Buffer): boolean {
  if (SCALE_WORDS.some((w) => view.includes(w))) return true;
  for (const w of SCALE_ABBREVIATIONS) {
    for (let i = view.indexOf(w); i >= 0; i = view.indexOf(w, i + w.length)) {
      for (let j = Math.max(0, i - DIGIT_REACH); j < i; j++) {
        const b = view[j] as number;
        if (b >= 0x30 && b <= 0x39) return true;
      }
    }
  }
  return false;
}

/** The start of the UTF-8 character at or before `at`, so that a slice never cuts a character in two. */
function charStart(bytes: Buffer, at: number): number {
  let i = at;
  while (i > 0 && i < bytes.length && ((bytes[i] as number) & 0xc0) === 0x80) i--;
  return i;
}

/**
 * Reads `bytes` slice by slice, yielding to the event loop between slices so that the current-reports lane in
 * the same process keeps its turn. Each slice (with the overlap before it) is first tested as bytes for a scale
 * word; only then decoded, and parsed into text only when a strong compute word and a scaled amount are close in
 * its raw markup. No slice is ever more than SLICE + OVERLAP bytes of text.
 */
export async function firstLook(bytes: Uint8Array): Promise<FirstLook> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: string[] = [];
  let slices = 0;
  for (let at = 0, end = 0; at < buf.length && kept.length < FIRST_LOOK_MAX_KEPT; at = end) {
    const cut = Math.min(buf.length, at + FIRST_LOOK_SLICE_BYTES);
    end = Math.max(charStart(buf, cut), Math.min(cut, at + 1));
    const from = charStart(buf, Math.max(0, at - OVERLAP));
    slices++;
    if (mayHoldScaledAmount(buf.subarray(from, end))) {
      const raw = buf.toString('utf8', from, end);
      // Scaled amounts are the rarer of the two in a periodic report: looked for first.
      const amounts = positions(SCALED_MONEY, raw);
      const spans =
        amounts.length > 0
          ? disclosureSpans(
              positions(STRONG_COMPUTE, raw),
              amounts,
              // Where this slice's own bytes start, in characters (the overlap is a few KB: cheap to decode).
              buf.toString('utf8', from, at).length,
              raw.length,
            )
          : [];
      // Only the spans become text: HTML-to-text of a whole slice of tables costs a second on this machine.
      if (spans.length > 0) {
        const html = looksLikeHtml(raw);
        kept.push(
          spans.map((span) => (html ? htmlToText(withinTags(raw, span)) : raw.slice(...span))).join('\n\n'),
        );
      }
    }
    if (end < buf.length) await yieldToOthers();
  }
  return { text: kept.join('\n\n'), slices, kept: kept.length };
}
