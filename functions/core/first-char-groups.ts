// A long alternation of words regrouped under the words' first characters, for a faster scan of long text.
// V8 tries the alternatives of "\b(?:compute|cloud|hosting|…)" one after another at every word start (80 quick
// checks for 80 words); regrouped as "\b(?:c(?:ompute|loud)|h(?:osting)|…)" it rejects a word start after one
// check per group. The regrouped pattern matches the same text at every position with the same alternative
// (so exec gives the same match, length and lastIndex): at a given position only alternatives whose first
// character matches can match, those keep their relative order, and alternatives of other first characters
// cannot match there, so moving them across each other changes nothing.

/** The top-level alternatives of a regex source (split on "|" outside groups and classes), or null. */
export function splitAlternatives(source: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) return null;
  }
  if (depth !== 0 || inClass) return null;
  out.push(source.slice(start));
  return out;
}

/**
 * Where the group that `at` stands inside ends: the index of its closing ")", or, with `orBar`, of a "|" of its own
 * level if one comes first; the source's length when neither does. Escapes and classes are stepped over.
 */
export function enclosingEnd(source: string, at: number, orBar: boolean): number {
  let depth = 0;
  let inClass = false;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) return i;
    else if (c === '|' && orBar && depth === 0) return i;
  }
  return source.length;
}

/** The index of the ")" that closes the group opening at `open`, or -1. */
export function closingParen(source: string, open: number): number {
  const end = enclosingEnd(source, open + 1, false);
  return end < source.length ? end : -1;
}

/**
 * The first character of an alternative when it is a plain letter or digit matched by itself (no quantifier
 * after it), lowercased under the "i" flag (distinct keys then match distinct characters); else null.
 */
function firstCharKey(alternative: string, ignoreCase: boolean): string | null {
  const c = alternative[0];
  if (c === undefined || !/^[A-Za-z0-9À-\u00d6\u00d8-\u00f6\u00f8-ÿ]$/.test(c)) return null;
  if (/^[?*+{]/.test(alternative.slice(1))) return null;
  return ignoreCase ? c.toLowerCase() : c;
}

/** Regrouping renumbers capture groups: patterns that have any are left as they are. */
const hasCaptureGroup = (source: string): boolean =>
  /\((?!\?(?:[:=!]|<[=!]))/.test(source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, ''));

/**
 * Where the alternation to regroup lies: the whole source when it has top-level alternatives, or the group of
 * "\b(?:a|b|…)" when that group is the whole pattern.
 */
function alternationOf(source: string): { prefix: string; body: string; suffix: string } | null {
  const whole = splitAlternatives(source);
  if (whole && whole.length > 1) return { prefix: '', body: source, suffix: '' };
  const wrapped = /^(\\b)?\(\?:([\s\S]*)\)$/.exec(source);
  // The inside must be balanced on its own: "(?:a)|(?:b)" is no single group.
  if (!wrapped || splitAlternatives(wrapped[2]!) === null) return null;
  return { prefix: `${wrapped[1] ?? ''}(?:`, body: wrapped[2]!, suffix: ')' };
}

/**
 * `re` (any flags) with the alternatives of its alternation (see alternationOf) grouped by first character;
 * `re` itself when it has none or has capture groups. An alternative that does not open on a plain character
 * keeps its place, and no alternative moves across it.
 */
export function groupByFirstChar(re: RegExp): RegExp {
  if (hasCaptureGroup(re.source)) return re;
  const found = alternationOf(re.source);
  const alternatives = found ? splitAlternatives(found.body) : null;
  if (!found || !alternatives) return re;
  const ignoreCase = re.flags.includes('i');
  const groups: string[][] = [];
  let open = new Map<string, string[]>();
  for (const alt of alternatives) {
    const key = firstCharKey(alt, ignoreCase);
    if (key === null) {
      groups.push([alt]);
      open = new Map();
      continue;
    }
    const group = open.get(key);
    if (group) group.push(alt);
    else {
      const fresh = [alt];
      groups.push(fresh);
      open.set(key, fresh);
    }
  }
  if (groups.length === alternatives.length) return re;
  const body = groups
    .map((g) => (g.length === 1 ? g[0]! : `${g[0]![0]}(?:${g.map((alt) => alt.slice(1)).join('|')})`))
    .join('|');
  return new RegExp(`${found.prefix}${body}${found.suffix}`, re.flags);
}
