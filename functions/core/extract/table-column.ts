// The column a table row's amount stands in (issue 8: market-news pages). A stock screener's row "CoreWeave | CRWV |
// +158 % | 58 Md$ | OpenAI, Meta" names a company and its customers beside an amount, but the column's heading
// ("Capitalisation", "Market cap", "Umsatz 2025") says the amount is the company's own figure, no contract.
import { negativeCue } from './cues';

/** Cells are set apart by a pipe, a tab or a run of three spaces. */
const CELL_BREAK_RE = /\s*\|\s*|\t+|\s{3,}/;
/** A Markdown table's rule line under its heading ("---|:---:|---"). */
const RULE_LINE_RE = /^[\s|:+-]+$/;
/** Table lines read upwards for the heading row. */
const MAX_ROWS_UP = 40;

function cellsOf(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split(CELL_BREAK_RE);
}

/** The line [start, end) of `text` around `pos`. */
function lineAround(text: string, pos: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  return { start, end: nl < 0 ? text.length : nl };
}

/** The heading of the table column the amount at `pos` stands in, or null when it stands in no table. */
function columnHeading(text: string, pos: number): string | null {
  const row = lineAround(text, pos);
  const line = text.slice(row.start, row.end);
  if (!line.includes('|') && !line.includes('\t') && !line.includes('   ')) return null;
  const width = cellsOf(line).length;
  if (width < 3) return null;
  // The cells before the amount's: the row's text up to it, its closing break kept.
  const column =
    text
      .slice(row.start, pos)
      .replace(/^\s*\|/, '')
      .split(CELL_BREAK_RE).length - 1;
  let heading: string | null = null;
  let start = row.start;
  for (let n = 0; n < MAX_ROWS_UP && start > 0; n++) {
    const above = lineAround(text, start - 1);
    const aboveText = text.slice(above.start, above.end);
    if (!RULE_LINE_RE.test(aboveText)) {
      if (cellsOf(aboveText).length !== width) break;
      heading = aboveText;
    }
    start = above.start;
  }
  return heading === null ? null : (cellsOf(heading)[column] ?? null);
}

/**
 * The amount at `pos` stands in a table column of a company's own figures: its heading is a figure the extractor
 * never reads as a contract ("Capitalisation", "Market cap", "Revenue 2025", "Capex").
 */
export function inOwnFigureColumn(text: string, pos: number): boolean {
  const heading = columnHeading(text, pos);
  return heading !== null && negativeCue(heading) !== null;
}
