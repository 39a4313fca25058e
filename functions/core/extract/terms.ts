// A contract's term or end date stated in a sentence of its own, naming both parties and no amount.
import { findCompanyMentions } from '../companies';
import { parseEndDate, parseEndDates, parseTermYears } from '../dates';
import { parseMoney } from '../money';
import type { Mention } from '../types';
import { sentenceAt } from './sentences';
import { MIN_VALUE_USD } from './triggers';

/** Short documents (news items, press releases) are searched whole for a missing term. */
export const TERM_HINT_RE = /year|\bans\b|ann[ée]es|jahre|jährig|años|anni|anos|ennal/gi;
export const TERM_SEARCH_CHARS = 20_000;

/**
 * "Under the five-year agreement, IREN will run … for Microsoft": a term stated in a sentence of its own, naming
 * both parties and no amount (an amount would make it another deal's sentence).
 */
export function fillTerms(mentions: Mention[], text: string): void {
  const missing = mentions.filter((m) => m.termYears === null || m.endDate === null);
  if (missing.length === 0 || text.length > TERM_SEARCH_CHARS) return;
  // Only sentences around a stated term or end are read.
  const spots = [...parseEndDates(text).map((d) => d.start)];
  const term = parseTermYears(text);
  if (term) spots.push(term.start);
  for (const m of text.matchAll(TERM_HINT_RE)) spots.push(m.index);
  let lastEnd = -1;
  for (const pos of spots.sort((x, y) => x - y)) {
    if (pos < lastEnd) continue;
    const s = sentenceAt(text, pos);
    lastEnd = s.end;
    if (s.end <= s.start) continue;
    const sentence = text.slice(s.start, s.end);
    // The cheap, decisive step first (speed only; every step is a pure test of the sentence, so their order
    // does not change the outcome): a sentence that names no missing mention's two parties gives nothing, and
    // most sentences do not; only the others pay for the term, end-date and amount patterns.
    const ids = new Set(findCompanyMentions(sentence).map((c) => c.company.id));
    const named = missing.filter((m) => ids.has(m.buyer.id) && ids.has(m.provider.id));
    if (named.length === 0) continue;
    const term = parseTermYears(sentence);
    const end = parseEndDate(sentence);
    if ((!term && !end) || parseMoney(sentence, { minUsd: MIN_VALUE_USD }).length > 0) continue;
    for (const m of named) {
      if (m.termYears === null && term) m.termYears = term.years;
      if (m.endDate === null && end) m.endDate = end.date;
    }
  }
}
