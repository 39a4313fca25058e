// A headline's pair corrected by the body. "Microsoft schließt 9,7-Mrd.-USD-Deal mit IREN – Dell liefert Hardware
// für 5,8 Mrd. USD" packs two deals into one line: its second amount has only Dell beside it and borrowed Microsoft
// as the buyer, while the body says who buys from Dell ("IREN hat einen Beschaffungsvertrag mit Dell über rund 5,8
// Mrd. USD geschlossen"). The same seller and the same amount with another buyer in the body: the body's pair stands.
import type { Mention } from '../types';

/** A headline is short: a first line longer than this is prose. */
const HEADLINE_MAX = 200;

/** Where the text's headline (its first line, when short) ends, or -1. */
function headlineEnd(text: string): number {
  const end = text.indexOf('\n');
  return end > 0 && end <= HEADLINE_MAX ? end : -1;
}

export function withoutHeadlinePairsTheBodyCorrects<T extends Mention>(
  mentions: T[],
  text: string,
  title: string,
): T[] {
  const firstLineEnd = headlineEnd(text);
  const inHeadline = (m: T): boolean =>
    (title !== '' && title.slice(m.evidenceStart, m.evidenceEnd) === m.evidence) ||
    (m.evidenceEnd <= firstLineEnd && text.slice(m.evidenceStart, m.evidenceEnd) === m.evidence);
  const headline = mentions.filter(inHeadline);
  if (headline.length === 0) return mentions;
  return mentions.filter(
    (m) =>
      !headline.includes(m) ||
      m.valueUsd === null ||
      !mentions.some(
        (b) =>
          !headline.includes(b) &&
          b.provider.id === m.provider.id &&
          b.buyer.id !== m.buyer.id &&
          b.valueUsd === m.valueUsd,
      ),
  );
}
