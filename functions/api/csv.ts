import { formatUsd } from '../core/alert-text';
import type { DealView } from './schemas';

const COLUMNS: [string, (d: DealView) => string | number | boolean | null][] = [
  ['id', (d) => d.id],
  ['announced_at', (d) => d.announcedAt],
  ['provider', (d) => d.provider.name],
  ['buyer', (d) => d.buyer.name],
  ['value_usd', (d) => d.valueUsd],
  ['value', (d) => d.valueText ?? formatUsd(d.valueUsd)],
  ['status', (d) => d.status],
  ['confirmed_by_filing', (d) => d.confirmedByFiling],
  ['kind', (d) => d.kind],
  ['end_date', (d) => d.endDate],
  ['term_years', (d) => d.termYears],
  ['source_url', (d) => d.sources[0]?.url ?? null],
  ['evidence', (d) => d.evidence],
  ['first_seen_at', (d) => d.firstSeenAt],
  ['updated_at', (d) => d.updatedAt],
];

/**
 * One RFC 4180 field. Text from filings and articles is quoted, and a leading =, +, -, @ (a spreadsheet
 * formula) is defused with an apostrophe: a CSV opened in a spreadsheet must not run what an article wrote.
 */
function field(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(text) || text !== value ? `"${text.replaceAll('"', '""')}"` : text;
}

export function dealsCsv(deals: DealView[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const d of deals) lines.push(COLUMNS.map(([, get]) => field(get(d))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
