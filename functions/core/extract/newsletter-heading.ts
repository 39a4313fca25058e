// A newsletter issue's heading lists its stories: "The Compute Ledger #112 - $25B in West Texas, Meta circles Abilene,
// YTL swaps sites", "La lettre Infra IA du JDN — n°87 : IBM passe chez CoreWeave, Vantage et ses 25 milliards". Each
// item is a story of its own, told again in the body; an amount binds only to the companies of its own item. The
// items are put on lines of their own (each separating space becomes a line break: every offset stays the same), as
// a run of bullets is (index.ts).

/** A heading is short: a first line longer than this is prose. */
const HEADING_MAX = 240;
/** The issue's number, then the separator before its items: "#112 -", "n°87 :", "Issue #47:", "Nr. 12 –". */
const ISSUE_NUMBER_RE = /(?:#|\bn°\s?|\bN°\s?|\bNo\.\s?|\bNr\.\s?)\d{1,4}\s?[:–—-]\s/u;
/**
 * What separates two items: a comma or a semicolon, then a space (a middle dot's or a bar's items are a list already:
 * "Lambda: $1.5B from Nvidia | Meta–Google: $10B+").
 */
const ITEM_BREAK_RE = /[,;] /g;

/** `text` with the items of its first line, when that line is an issue's heading, on lines of their own. */
export function issueItemsApart(text: string): string {
  const lineEnd = text.indexOf('\n');
  const end = lineEnd < 0 ? text.length : lineEnd;
  if (end > HEADING_MAX) return text;
  const heading = text.slice(0, end);
  const issue = ISSUE_NUMBER_RE.exec(heading);
  if (!issue) return text;
  const from = issue.index + issue[0].length;
  const items = heading.slice(from).replace(ITEM_BREAK_RE, (sep) => `${sep[0]}\n`);
  return `${heading.slice(0, from)}${items}${text.slice(end)}`;
}
