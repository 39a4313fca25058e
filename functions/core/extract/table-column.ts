// The column a table row's amount stands in (issue 8: market-news pages). A stock screener's row "CoreWeave | CRWV |
// +158 % | 58 Md$ | OpenAI, Meta" names a company and its customers beside an amount, but the column's heading
// ("Capitalisation", "Market cap", "Umsatz 2025") says the amount is the company's own figure, no contract.
import { negativeCue } from './cues';
import { BUYER_ROLE_WORDS, PROVIDER_ROLE_WORDS } from './named-as-role';

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

/** Where `pos` stands in a table: the heading row's cells, its column, and the text of its cell before it. */
interface TablePlace {
  heading: string[];
  column: number;
  cellBefore: string;
}

/** The table place of `pos`, or null when it stands in no table row under a heading row. */
function tablePlace(text: string, pos: number): TablePlace | null {
  const row = lineAround(text, pos);
  const line = text.slice(row.start, row.end);
  if (!line.includes('|') && !line.includes('\t') && !line.includes('   ')) return null;
  const width = cellsOf(line).length;
  if (width < 3) return null;
  // The cells before the amount's: the row's text up to it, its closing break kept.
  const before = text
    .slice(row.start, pos)
    .replace(/^\s*\|/, '')
    .split(CELL_BREAK_RE);
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
  return heading === null
    ? null
    : { heading: cellsOf(heading), column: before.length - 1, cellBefore: before[before.length - 1] ?? '' };
}

/** The heading of the table column the amount at `pos` stands in, or null when it stands in no table. */
function columnHeading(text: string, pos: number): string | null {
  const place = tablePlace(text, pos);
  return place ? (place.heading[place.column] ?? null) : null;
}

/** Column headings that name who buys, who sells, and what a contract is worth, in six languages. */
const BUYER_HEADING_RE = new RegExp(
  `^(?:${BUYER_ROLE_WORDS}|buyers?|Kunden|conduttori?|acquirenti?)(?![\\p{L}])`,
  'iu',
);
const PROVIDER_HEADING_RE = new RegExp(
  `^(?:${PROVIDER_ROLE_WORDS}|lessors?|sellers?|(?:neo)?clouds?)(?![\\p{L}])`,
  'iu',
);
const VALUE_HEADING_RE =
  /value|amount|worth|size|Wert|Volumen|Betrag|valeur|montant|valor|importe|monto|valore|importo|montante/iu;

/** The table's heading row names a buyer's column and a seller's: its rows pair the two, each cell one company. */
const namesRoles = (heading: readonly string[]): boolean =>
  heading.some((h) => BUYER_HEADING_RE.test(h)) && heading.some((h) => PROVIDER_HEADING_RE.test(h));

/**
 * "Cipher Mining | Fluidstack (for Anthropic) | Barber Lake | ~$3.0B | Google backstops $1.4B" under "Landlord |
 * Tenant | Site | Contract value | Credit support": the role the column of the company at `pos` names it by ("buyer"
 * under "Tenant", "provider" under "Landlord"), when it opens its cell; "other" for any other company of such a row
 * (the end user, the guarantor); null outside such a table.
 */
export function tableRole(text: string, pos: number): 'buyer' | 'provider' | 'other' | null {
  const place = tablePlace(text, pos);
  if (place === null || !namesRoles(place.heading)) return null;
  if (place.cellBefore.trim() !== '') return 'other';
  const heading = place.heading[place.column] ?? '';
  if (BUYER_HEADING_RE.test(heading)) return 'buyer';
  return PROVIDER_HEADING_RE.test(heading) ? 'provider' : 'other';
}

/** The place stands in a table of roles outside its value column ("Credit support", "Capacity"). */
const outsideValueColumnAt = (place: TablePlace | null): place is TablePlace =>
  place !== null &&
  namesRoles(place.heading) &&
  place.heading.some((h) => VALUE_HEADING_RE.test(h)) &&
  !VALUE_HEADING_RE.test(place.heading[place.column] ?? '');

/** The amount at `pos` stands in a table of roles outside its value column ("Credit support", "Capacity"). */
export const outsideValueColumn = (text: string, pos: number): boolean =>
  outsideValueColumnAt(tablePlace(text, pos));

/** A guarantee's word in a cell: "Google backstop $1.8bn", "garantie Google de 1,8 Md$", "Bürgschaft von Google". */
const GUARANTEE_CELL_RE = /backstop|guarant|garant|respald|b[üu]rg/i;

/**
 * "WULF | Fluidstack | Lake Mariner | ~$3.7bn | Google backstop $1.8bn" under "Landlord | Tenant | … | Credit
 * support": the amount at `pos` is a guarantee's, told in its own cell outside the value column; the cell's text
 * before the amount names its guarantor. The cell's start, or -1.
 */
export function guaranteeCellStart(text: string, pos: number): number {
  const place = tablePlace(text, pos);
  return outsideValueColumnAt(place) && GUARANTEE_CELL_RE.test(place.cellBefore)
    ? pos - place.cellBefore.length
    : -1;
}

/**
 * The amount at `pos` stands in a table column of a company's own figures: its heading is a figure the extractor
 * never reads as a contract ("Capitalisation", "Market cap", "Revenue 2025", "Capex").
 */
export function inOwnFigureColumn(text: string, pos: number): boolean {
  const heading = columnHeading(text, pos);
  return heading !== null && negativeCue(heading) !== null;
}
