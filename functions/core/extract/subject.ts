// The company an article is about: the buyer named in the lead of a roundup ("Microsoft's neocloud scorecard",
// then a table of providers), the one "the group" or "it" refers to later on.
import { type CompanyEntry, findCompanyMentions } from '../companies';

/** Headline plus the first paragraphs: where a news page names its subject (navigation included, rarely a company). */
const LEAD_CHARS = 3_000;
/** The subject must be named this many times more than any other company: a clear lead, not a tie. */
const MIN_LEAD = 1;

export function subjectOf(title: string, text: string): CompanyEntry | null {
  const counts = new Map<string, { company: CompanyEntry; n: number; first: number }>();
  const head = `${title}\n${text.slice(0, LEAD_CHARS)}`;
  const mentions = findCompanyMentions(head);
  for (const [i, m] of mentions.entries()) {
    const c = counts.get(m.company.id);
    // The headline counts double: it states what the article is about.
    const weight = m.start < title.length ? 2 : 1;
    if (c) c.n += weight;
    else counts.set(m.company.id, { company: m.company, n: weight, first: i });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first);
  const [top, second] = ranked;
  if (!top || top.n < 2) return null;
  if (second && top.n - second.n < MIN_LEAD) return null;
  return top.company;
}
