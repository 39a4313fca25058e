// The line a list opens under tells what its rows are. "Altman had already sealed partnerships with the big players:"
// over "- Nvidia – $100 billion / - Microsoft – $13 billion" lists ties of every sort (stakes taken, chips bought,
// revenue hoped for), not contracts of the lab's: a row's amount borrows no buyer from the deal told above the list
// (only a row that names both companies tells a pair). A lead-in that names contracts ("The deals so far:", "Os
// contratos de computação da OpenAI:") lists deals.
import { listItemAt } from './sentences';

/** How many rows up a list is walked to find the line it opens under. */
const MAX_ROWS_UP = 24;

/** Ties that are not contracts: partnerships, alliances, investors, bets. */
const TIES_RE =
  /\b(?:partnerships?|partners|alliances|investors|backers|bets|parcerias|parceiros|alian[çc]as|investidores|apostas|partenariats|partenaires|investisseurs|Partnerschaften|Allianzen|Investoren|Wetten|alianzas|socios|inversores|apuestas|alleanze|investitori|scommesse)\b/i;

/** Contracts named in so many words: such a lead-in lists deals whatever else it says. */
const CONTRACTS_RE =
  /\b(?:contracts?|deals?|agreements?|commitments?|orders?|leases?|contrats?|accords?|engagements?|Vertr[äa]ge?|Vereinbarungen|Auftr[äa]ge|contratos?|acuerdos?|compromisos?|acordos?|compromissos?|contratti|contratto|accordi|impegni)\b/i;

/** The line right above the first row of the list holding the row at `item`, or null when there is none. */
function leadInLine(text: string, item: number): string | null {
  let first = item;
  for (let n = 0; n < MAX_ROWS_UP; n++) {
    const lineEnd = text.lastIndexOf('\n', first - 1);
    if (lineEnd <= 0) return null;
    const row = listItemAt(text, lineEnd);
    if (row < 0 || row >= lineEnd) break;
    first = row;
  }
  // Skip the blank lines and lone bullets between the lead-in and its first row.
  const end = lineEndAbove(text, first, LONE_BULLET_RE);
  if (end <= 0) return null;
  const line = lineEndingAt(text, end);
  // "The giants" or "THE LABS" over the rows: a section's heading; the paragraph above it tells what the rows are.
  if (!SECTION_HEADING_RE.test(line)) return line;
  const above = lineEndAbove(text, end, BLANK_RE);
  if (above <= 0) return line;
  // A list's sections ("The giants", then "The neoclouds"): the heading of a later one stands under the rows of the
  // one before, and all share the lead-in above the first.
  const row = listItemAt(text, above);
  if (row >= 0 && row < above) return `${leadInLine(text, row) ?? ''}\n${line}`;
  return `${lineEndingAt(text, above)}\n${line}`;
}

/** The line a list's row at `item` opens under, when it ends on a colon ("… unveiled on August 14:"), or null. */
export function listLeadIn(text: string, item: number): string | null {
  const line = leadInLine(text, item);
  return line !== null && /:\s*$/.test(line) ? line : null;
}

const LONE_BULLET_RE = /^[\s•·▪◦►*–—-]*$/;
const BLANK_RE = /^\s*$/;

/** The line that ends at `end` (a newline's index), without its newline. */
const lineEndingAt = (text: string, end: number): string =>
  text.slice(text.lastIndexOf('\n', end - 1) + 1, end);

/** Where the nearest line above `at` that `skip` does not match ends (its newline's index), or 0 or -1 for none. */
function lineEndAbove(text: string, at: number, skip: RegExp): number {
  let end = text.lastIndexOf('\n', at - 1);
  while (end > 0 && skip.test(lineEndingAt(text, end))) end = text.lastIndexOf('\n', end - 1);
  return end;
}

/** A short line of a few words with no sentence's punctuation: a section's heading. */
const SECTION_HEADING_RE = /^\s*[\p{L}\d&'’ -]{2,40}$/u;

/**
 * Money put into companies, named as what the rows are ("All are equity investments, warrants or licensing
 * arrangements", "who raised what"): stakes and rounds. A lead-in that names capacity contracts lists deals.
 */
const INVESTMENTS_RE =
  /\b(?:equity investments?|investments|stakes|funding rounds?|raised|raises?|rounds?|participations|investissements|Investitionen|levées? de fonds|tours de table|Beteiligungen|Finanzierungsrunden|inversiones|participaciones|rondas|investimenti|partecipazioni|investimentos|participa[çc][õo]es|rodadas)\b/i;
const CAPACITY_CONTRACTS_RE =
  /\b(?:contracts?|deals?|agreements?|leases?|orders?|capacity|contrats?|accords?|baux|Vertr[äa]ge?|Auftr[äa]ge|Kapazit\w*|contratos?|acuerdos?|acordos?|contratti|accordi|capacit\w*)\b/i;

/** Does the list holding the row at `item` open under a line of ties that names no contract? */
export function listsTiesNotContracts(text: string, item: number): boolean {
  const lead = leadInLine(text, item);
  if (lead === null) return false;
  if (/[:?]\s*$/.test(lead) && MONEY_SOURCES_RE.test(lead)) return true;
  if (INVESTMENTS_RE.test(lead) && !CAPACITY_CONTRACTS_RE.test(lead)) return true;
  return /:\s*$/.test(lead) && TIES_RE.test(lead) && !CONTRACTS_RE.test(lead);
}

/**
 * A lead-in that asks where the money comes from ("Woher kommt OpenAIs Geld?", "Where does OpenAI's money come
 * from?", "D'où vient l'argent ?") or names funding: its rows are investors and lenders, not sellers.
 */
const MONEY_SOURCES_RE =
  /\b(?:where does (?:\S+ ){0,3}money come from|woher kommt (?:\S+ ){0,3}Geld|d['’]o[ùu] vient (?:\S+ ){0,2}(?:l['’])?argent|de d[óo]nde (?:sale|viene) (?:\S+ ){0,2}dinero|da dove (?:arriva|arrivano|vengono) (?:\S+ ){0,2}(?:soldi|denaro)|de onde vem (?:\S+ ){0,2}dinheiro|funding|financement|Finanzierung|financiaci[óo]n|finanziament[oi]|financiamento|Geldgeber|bailleurs de fonds|financiadores|finanziatori)/i;

/**
 * "$600 billion in cloud commitments:" over "• Microsoft: $250 billion / • Oracle: $300 billion": an amount on a
 * lead-in line whose rows below hold amounts of their own is their total, no contract's value.
 */
export function totalsListBelow(text: string, end: number): boolean {
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0 || lineEnd - end > LEAD_IN_TAIL || !/:\s*$/.test(text.slice(end, lineEnd))) return false;
  const next = text.slice(lineEnd).search(/\S/);
  if (next < 0) return false;
  const row = lineEnd + next;
  const rowEnd = text.indexOf('\n', row);
  return listItemAt(text, row + 1) === row && /\d/.test(text.slice(row, rowEnd < 0 ? undefined : rowEnd));
}

/** How far after the amount its lead-in line may run to its colon. */
const LEAD_IN_TAIL = 80;
