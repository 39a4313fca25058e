// A regex scan that starts only near its anchors. Some patterns open on something common (any word, any
// number) and close on something rare (a unit word, a year): the engine then tries the pattern at nearly every
// position of a long text. When every match holds an anchor found by a cheap pattern within `reach` characters
// of its start, trying only the positions within reach before each anchor gives the same matches, in the same
// order, as the plain global loop.

/**
 * The matches `while ((m = global.exec(text)))` would give, without trying positions that cannot start one.
 * `sticky` is the pattern with the "y" flag (and without "g"); `anchors` is a global pattern such that every
 * match of `sticky` starting at s holds an anchor match whose index lies in (s, s + reach]. Neither pattern may
 * match the empty string.
 */
export function* anchoredMatches(
  text: string,
  sticky: RegExp,
  anchors: RegExp,
  reach: number,
): Generator<RegExpExecArray> {
  // Positions below `from` are past the last match (or before the text); positions up to `tried` were tried.
  let from = 0;
  let tried = -1;
  anchors.lastIndex = 0;
  for (let a = anchors.exec(text); a !== null; a = anchors.exec(text)) {
    if (a.index <= from) continue;
    for (let s = Math.max(from, tried + 1, a.index - reach); s < a.index; s++) {
      tried = s;
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (m === null) continue;
      yield m;
      from = m.index + m[0].length;
      tried = from - 1;
      // The next match starts at `from` or later: anchors before it can only belong to this one.
      if (anchors.lastIndex < from) anchors.lastIndex = from;
      break;
    }
  }
}

/** A pattern with what its anchored scan needs: its sticky twin, its anchors and their reach. */
export interface AnchoredScan {
  pattern: RegExp;
  sticky: RegExp;
  anchors: RegExp;
  reach: number;
}

/** `pattern`'s anchored scan; the sticky twin keeps its flags ("i", "u"), without "g". */
export function anchoredScan(pattern: RegExp, anchors: RegExp, reach: number): AnchoredScan {
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
  return { pattern, sticky, anchors, reach };
}
