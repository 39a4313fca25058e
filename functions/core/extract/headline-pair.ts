// A headline's pair corrected by the body. "Microsoft schließt 9,7-Mrd.-USD-Deal mit IREN – Dell liefert Hardware
// für 5,8 Mrd. USD" packs two deals into one line: its second amount has only Dell beside it and borrowed Microsoft
// as the buyer, while the body says who buys from Dell ("IREN hat einen Beschaffungsvertrag mit Dell über rund 5,8
// Mrd. USD geschlossen"). The same amount with a pair that shares one company in the body ("Amazon commits $38
// billion to procure Nvidia AI chips" over a body whose $38 billion is OpenAI's deal with Amazon): the body's pair
// stands.
import type { Mention } from '../types';

/** A headline is short: a first line longer than this is prose. */
export const HEADLINE_MAX = 200;

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
    (text.slice(m.evidenceStart, m.evidenceEnd) === m.evidence &&
      (m.evidenceEnd <= firstLineEnd || headlineUnderChrome(text, m.evidenceStart, m.evidenceEnd)));
  const headline = mentions.filter(inHeadline);
  if (headline.length === 0) return mentions;
  return mentions.filter(
    (m) =>
      !headline.includes(m) ||
      m.valueUsd === null ||
      !mentions.some((b) => !headline.includes(b) && b.valueUsd === m.valueUsd && sharesOneCompany(b, m)),
  );
}

/** How far into the text a page's headline may stand under its site's name and section lines. */
const CHROME_REACH = 600;

/**
 * "BFM Crypto\nEntreprises › Minage\n\nHut 8 signe un bail de 7 milliards de dollars … pour héberger le calcul
 * d'Anthropic\n": a line of its own near the top, without a closing stop, is the page's headline under its chrome.
 */
function headlineUnderChrome(text: string, start: number, end: number): boolean {
  if (start > CHROME_REACH || end - start > HEADLINE_MAX) return false;
  const line = text.slice(start, end);
  return (
    (start === 0 || text[start - 1] === '\n') &&
    (end === text.length || text[end] === '\n') &&
    !line.includes('\n') &&
    !/[.!?]$/.test(line)
  );
}

/**
 * The two mentions name one company in common and differ in the other: "Amazon commits $38 billion to procure Nvidia
 * AI chips" over a body whose $38 billion is OpenAI's deal with Amazon.
 */
function sharesOneCompany(a: Mention, b: Mention): boolean {
  const x = [a.buyer.id, a.provider.id];
  const y = [b.buyer.id, b.provider.id];
  const common = x.filter((id) => y.includes(id)).length;
  return common === 1;
}
