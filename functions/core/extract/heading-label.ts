// A tracker's sections headed by one company each, over bullets that never name it again: "Nebius (Netherlands)" /
// "• Five-year GPU infrastructure agreement signed September 2025, valued at $17.4 billion" ("Nscale (Royaume-Uni)"
// / "– Contrat de cinq ans …", "IREN" / "- Vertrag über 9,7 Mrd. Dollar …"). A bullet that names no company is its
// heading's row, as "• Nebius: …" would be: its amount belongs to that company and the article's subject, and the
// sections above it (other companies') lend it nothing. A bullet that names only the other party ("• The September
// Microsoft contract ($17.4 billion over five years) starts delivering" under "NEBIUS (Nov. 11) — Shares -3%") is a
// deal of the heading's company, not of the article's subject.

import { type CompanyEntry, findCompanyMentions } from '../companies';
import { listItemAt } from './sentences';

/** A heading is short: a longer line is prose. */
const HEADING_MAX = 80;
/** How many lines up (sibling rows and the blank lines between them) the heading is looked for. */
const MAX_LINES = 16;
/** What may follow the company on a bare heading: a country or a ticker in brackets. */
const BARE_REST_RE = /^[ \t]*(?:\([^()\n]{1,40}\))?[ \t*]*$/;
/** What may open the heading line: markdown's heading or bold marks. */
const HEADING_OPENING_RE = /^[ \t#*]*$/;
/** A heading ends without a sentence's or a lead-in's stop. */
const HEADING_END_RE = /[.:;,!?][ \t*]*$/;

export interface HeadingLabel {
  company: CompanyEntry;
  /** The line is the company alone ("Nebius (Netherlands)"), not a section's title ("NEBIUS (Nov. 11) — Shares -3%"). */
  bare: boolean;
}

/** The start of the line before the one starting at `lineStart`, or -1 at the text's start. */
function lineAbove(text: string, lineStart: number): number {
  if (lineStart <= 0) return -1;
  return text.lastIndexOf('\n', lineStart - 2) + 1;
}

/**
 * The company whose heading stands over the list holding the row at `item` (the row's first visible character): a
 * short line above the list's first row (blank lines between the rows and under the heading are allowed) that opens
 * on one company and names no other, or null.
 */
export function headingLabel(text: string, item: number): HeadingLabel | null {
  let line = text.lastIndexOf('\n', item - 1) + 1;
  // Up over the sibling rows (and single blank lines) to the first line that is neither.
  for (let n = 0, blanks = 0; n < MAX_LINES; n++) {
    const above = lineAbove(text, line);
    if (above < 0) return null;
    const end = line - 1;
    line = above;
    if (text.slice(above, end).trim() === '') {
      if (++blanks > 1) return null;
      continue;
    }
    blanks = 0;
    const row = listItemAt(text, end);
    if (row >= above && row < end) continue;
    return companyHeading(text, above);
  }
  return null;
}

/** The one company a heading line at `start` opens on, or null when the line is something else. */
function companyHeading(text: string, start: number): HeadingLabel | null {
  const nl = text.indexOf('\n', start);
  const line = text.slice(start, nl < 0 ? text.length : nl).replace(/\r$/, '');
  if (line.length > HEADING_MAX || HEADING_END_RE.test(line)) return null;
  const found = findCompanyMentions(text, start, start + line.length);
  const first = found[0];
  if (!first || found.some((m) => m.company.id !== first.company.id)) return null;
  if (!HEADING_OPENING_RE.test(text.slice(start, first.start))) return null;
  const last = found[found.length - 1]!;
  return { company: first.company, bare: BARE_REST_RE.test(text.slice(last.end, start + line.length)) };
}
