// A scan of a long alternation that starts only where one of its alternatives' opening words stands. A word list
// whose entries open on a group ("(?:signs|signed|inks) …", "(?:will|to) run on …") loses V8's quick
// first-character check: each entry is tried at every position of the text, and forty such entries cost some
// 130 ns a character on a 20 MB filing. Every match of such an entry starts with one of a few literal words (its
// heads); a grouped alternation of the heads finds the positions where a match can start, and the pattern, made
// sticky, is tried there alone: the same matches, in the same order, as the plain global loop.
import { closingParen, enclosingEnd, groupByFirstChar } from './first-char-groups';

/** A literal a match opens with; `closed` when nothing known can be appended to it. */
interface Head {
  text: string;
  closed: boolean;
}

/** Heads this long are rare enough in text that a longer one would spare few tries of the pattern. */
const RARE_ENOUGH = 4;
/** Cross products past this size are cut short: the heads found so far already narrow the scan enough. */
const MAX_HEADS = 256;

/** Where the escape at `at` ("\\S", "\\u00e0", "\\x41", "\\p{L}", "\\cJ") ends. */
function escapeEnd(source: string, at: number): number {
  const e = source[at + 1];
  if (e === 'u') return source[at + 2] === '{' ? source.indexOf('}', at) + 1 : at + 6;
  if (e === 'x') return at + 4;
  if (e === 'p' || e === 'P') return source.indexOf('}', at) + 1;
  if (e === 'c') return at + 3;
  return at + 2;
}

/** The end of the quantifier at `at` ("?", "*", "+", "{m,n}", each maybe lazy) and whether it allows zero. */
function quantifierAt(source: string, at: number): { end: number; optional: boolean } | null {
  const q = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(at, at + 12));
  if (!q) return null;
  const optional = q[0][0] === '?' || q[0][0] === '*' || q[1] === '0';
  return { end: at + q[0].length, optional };
}

/** `heads` with `more` appended to each open one (a closed head keeps its text). */
function cross(heads: Head[], more: readonly Head[]): Head[] {
  const out: Head[] = [];
  for (const h of heads) {
    if (h.closed) out.push(h);
    else for (const m of more) out.push({ text: h.text + m.text, closed: m.closed });
  }
  return out.length > MAX_HEADS ? heads.map((h) => ({ ...h, closed: true })) : out;
}

const close = (heads: Head[]): Head[] => heads.map((h) => ({ ...h, closed: true }));

/** The characters a short class of plain characters ("[ée]", "[’']") stands for; null for any other class. */
function classChars(body: string): string[] | null {
  return /^[^\\\]^-]{1,4}$/.test(body) ? [...body] : null;
}

/** Where the class opening at `open` ends (after its "]"), or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i + 1;
  }
  return -1;
}

/**
 * The heads of the alternatives from `at` up to the ")" or end that closes them, and where they stop; null when
 * an alternative may open on something other than a literal (a class of many characters, "\S", ".", an optional
 * first part).
 */
function alternativesAt(source: string, at: number): { heads: Head[]; end: number } | null {
  const heads: Head[] = [];
  let i = at;
  for (;;) {
    const seq = sequenceAt(source, i);
    if (!seq) return null;
    heads.push(...seq.heads);
    i = seq.end;
    if (source[i] !== '|') return { heads, end: i };
    i++;
  }
}

/**
 * The heads of an alternative whose next part (heads `part`) may be there or not: with it (closed, as it may
 * repeat), or without it, going on with the rest from `rest`.
 */
function optionalAt(
  source: string,
  heads: Head[],
  part: Head[],
  rest: number,
): { heads: Head[]; end: number } | null {
  const after = sequenceAt(source, rest);
  if (!after) return null;
  return { heads: [...close(cross(heads, part)), ...cross(heads, after.heads)], end: after.end };
}

/** The heads of one alternative from `at` up to its "|", ")" or end. */
function sequenceAt(source: string, at: number): { heads: Head[]; end: number } | null {
  let heads: Head[] = [{ text: '', closed: false }];
  let i = at;
  while (i < source.length && source[i] !== '|' && source[i] !== ')') {
    // Once every head is closed or long enough to be rare, the rest of the alternative only has to be stepped
    // over: reading it would cost time at start-up and spare little at scan time.
    if (heads.every((h) => h.closed || h.text.length >= RARE_ENOUGH)) {
      return { heads: close(heads), end: enclosingEnd(source, i, true) };
    }
    const c = source[i]!;
    if (c === '(') {
      const end = closingParen(source, i);
      if (end < 0) return null;
      // A lookaround tests without consuming: the heads go on after it.
      if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
        i = end + 1;
        continue;
      }
      const inner = source.startsWith('(?:', i) ? alternativesAt(source, i + 3) : null;
      if (!inner || inner.end !== end) return null;
      const q = quantifierAt(source, end + 1);
      if (q?.optional) return optionalAt(source, heads, inner.heads, q.end);
      heads = q ? close(cross(heads, inner.heads)) : cross(heads, inner.heads);
      i = q ? q.end : end + 1;
      continue;
    }
    let atom: string[] | null;
    let next: number;
    if (c === '[') {
      next = classEnd(source, i);
      if (next < 0) return null;
      atom = classChars(source.slice(i + 1, next - 1));
    } else if (c === '\\') {
      const e = source[i + 1] ?? '';
      // "\b" tests without consuming; an escaped sign is that sign; "\S", "\d", "\u00e0" and the like end the heads.
      if (e === 'b' || e === 'B') {
        i += 2;
        continue;
      }
      atom = /[^\p{L}\p{N}]/u.test(e) ? [e] : null;
      next = escapeEnd(source, i);
    } else {
      atom = c === '.' || c === '^' || c === '$' ? null : [c];
      next = i + 1;
    }
    const q = quantifierAt(source, next);
    const unit = atom?.map((text) => ({ text, closed: false }));
    if (unit && q?.optional) return optionalAt(source, heads, unit, q.end);
    if (!unit) heads = close(heads);
    else heads = q ? close(cross(heads, unit)) : cross(heads, unit);
    i = q ? q.end : next;
  }
  return { heads, end: i };
}

/**
 * The literal words every match of the alternation of `sources` opens with (read under the pattern's own flags),
 * fewest first: none is a longer form of another. Null when some alternative may open on anything else.
 */
export function literalHeads(sources: readonly string[]): string[] | null {
  const texts = new Set<string>();
  for (const source of sources) {
    const found = alternativesAt(source, 0);
    if (!found || found.end !== source.length) return null;
    for (const h of found.heads) {
      if (h.text === '') return null;
      texts.add(h.text);
    }
  }
  // A head that extends a shorter one adds no position: the shorter one is found there anyway.
  const kept = new Set<string>();
  for (const text of [...texts].sort((a, b) => a.length - b.length)) {
    let extendsOne = false;
    for (let n = 1; n < text.length && !extendsOne; n++) extendsOne = kept.has(text.slice(0, n));
    if (!extendsOne) kept.add(text);
  }
  return [...kept];
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A global pattern whose scan tries only the positions where one of its entries' heads stands. */
export interface HeadedScan {
  /** The matches of the plain global loop over `pattern`, in order. */
  matches(text: string): Generator<RegExpExecArray>;
}

/**
 * The scan of `source` (an alternation over `entries`, each wrapped at most in zero-width tests such as "\b" or
 * a lookbehind) under `flags`. Without literal heads for every entry, the plain global loop. With `sourceOf` (the
 * pattern of some of the entries, by index, built as `source` is from all), a head tries only the entries that may
 * open there: the same first match, without running the whole alternation at every head.
 */
export function headedScan(
  source: string,
  flags: string,
  entries: readonly string[],
  sourceOf?: (picked: readonly number[]) => string,
): HeadedScan {
  const heads = literalHeads(entries);
  const plain = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
  if (!heads) {
    return {
      *matches(text) {
        plain.lastIndex = 0;
        for (let m = plain.exec(text); m !== null; m = plain.exec(text)) yield m;
      },
    };
  }
  const bare = flags.replace(/[gy]/g, '');
  const sticky = new RegExp(source, `${bare}y`);
  const starts = groupByFirstChar(new RegExp(`(?:${heads.map(escapeRe).join('|')})`, `${bare}g`));
  const stickyAt = sourceOf ? stickyByHead(entries, bare, sourceOf) : () => sticky;
  return {
    *matches(text) {
      // Positions below `from` lie inside the last match: the plain loop goes on after it.
      let from = 0;
      starts.lastIndex = 0;
      for (let h = starts.exec(text); h !== null; h = starts.exec(text)) {
        // The next head may start inside this one ("a signé" holds "signé").
        starts.lastIndex = h.index + 1;
        if (h.index < from) continue;
        const at = stickyAt(h[0]);
        at.lastIndex = h.index;
        const m = at.exec(text);
        if (m === null) continue;
        yield m;
        from = m.index + m[0].length;
        starts.lastIndex = Math.max(starts.lastIndex, from);
      }
    },
  };
}

/**
 * For each head found, the sticky pattern of the entries that may open there: one of their own heads starts with it
 * (the heads kept are the shortest, so the one found is never longer than an entry's own) or it starts with one.
 * Built once per head, when first found.
 */
function stickyByHead(
  entries: readonly string[],
  flags: string,
  sourceOf: (picked: readonly number[]) => string,
): (head: string) => RegExp {
  const fold = flags.includes('i') ? (s: string) => s.toLowerCase() : (s: string) => s;
  const ownHeads = entries.map((e) => (literalHeads([e]) ?? []).map(fold));
  const built = new Map<string, RegExp>();
  return (head) => {
    const key = fold(head);
    let re = built.get(key);
    if (!re) {
      const picked = ownHeads.flatMap((hs, i) =>
        hs.some((h) => h.startsWith(key) || key.startsWith(h)) ? [i] : [],
      );
      re = new RegExp(sourceOf(picked), `${flags}y`);
      built.set(key, re);
    }
    return re;
  };
}
