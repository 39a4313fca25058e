/** Every match of the global loop of `re` over `text`, in order: index, text, groups and the lastIndex it leaves. */
export function globalMatches(re: RegExp, text: string): string[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: string[] = [];
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    out.push(JSON.stringify([m.index, [...m], g.lastIndex]));
    if (m[0] === '') g.lastIndex++;
  }
  return out;
}
