import { quarterOf } from '../../core/edgar-time';
import type { DailyIndexEntry } from '../../core/ports/edgar';
import { EdgarMalformedError, padCik } from '../../core/ports/edgar';

export type DailyIndexKind = 'form' | 'master';

/** Path of a daily index file: /Archives/edgar/daily-index/2026/QTR1/master.20260112.idx */
export function dailyIndexPath(kind: DailyIndexKind, isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new EdgarMalformedError('date', isoDate.slice(0, 20));
  const compact = isoDate.replace(/-/g, '');
  return `/Archives/edgar/daily-index/${isoDate.slice(0, 4)}/QTR${quarterOf(isoDate)}/${kind}.${compact}.idx`;
}

const FILE_ACCESSION = /(\d{10}-\d{2}-\d{6})\.txt\s*$/;
// CIK, date filed (YYYYMMDD or YYYY-MM-DD), file name: the fixed tail of every form.idx line.
const FORM_TAIL = /\s(\d{1,10})\s+(\d{8}|\d{4}-\d{2}-\d{2})\s+(edgar\/data\/\S{1,200})\s*$/;

function isoFromIndexDate(text: string): string {
  return text.includes('-') ? text : `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

/** Lines after the dashed rule that ends the preamble; throws when there is none. */
function bodyLines(text: string, what: string): string[] {
  const rule = /^-{20,}\s*$/m.exec(text.slice(0, 20_000));
  if (!rule) throw new EdgarMalformedError(what, 'no dashed rule after the preamble');
  return text.slice(rule.index + rule[0].length).split('\n');
}

/** form.YYYYMMDD.idx: fixed-width columns "Form Type  Company Name  CIK  Date Filed  File Name". */
export function parseFormIndex(text: string): DailyIndexEntry[] {
  const headerLine = /^Form Type\s+Company Name.*$/m.exec(text.slice(0, 20_000))?.[0];
  if (!headerLine) throw new EdgarMalformedError('form index', 'no column header');
  const companyCol = headerLine.indexOf('Company Name');
  const entries: DailyIndexEntry[] = [];
  for (const line of bodyLines(text, 'form index')) {
    if (!line.trim()) continue;
    const tail = FORM_TAIL.exec(line);
    const accession = tail?.[3] ? FILE_ACCESSION.exec(tail[3])?.[1] : undefined;
    if (!tail || !accession) continue;
    // A long form type can push into the company column; split at the first double space in that case.
    let formType = line.slice(0, companyCol).trim();
    let company = line.slice(companyCol, tail.index).trim();
    if (line[companyCol - 1] !== ' ') {
      const gap = line.indexOf('  ');
      formType = line.slice(0, gap).trim();
      company = line.slice(gap, tail.index).trim();
    }
    entries.push({
      formType,
      company,
      cik: padCik(tail[1] ?? '0'),
      dateFiled: isoFromIndexDate(tail[2] ?? ''),
      accession,
    });
  }
  return entries;
}

/** master.YYYYMMDD.idx: "CIK|Company Name|Form Type|Date Filed|Filename". */
export function parseMasterIndex(text: string): DailyIndexEntry[] {
  const entries: DailyIndexEntry[] = [];
  for (const line of bodyLines(text, 'master index')) {
    const parts = line.trim().split('|');
    if (parts.length !== 5) continue;
    const [cik, company, formType, date, file] = parts as [string, string, string, string, string];
    const accession = FILE_ACCESSION.exec(file)?.[1];
    if (!/^\d{1,10}$/.test(cik) || !accession) continue;
    entries.push({
      formType: formType.trim(),
      company: company.trim(),
      cik: padCik(cik),
      dateFiled: isoFromIndexDate(date.trim()),
      accession,
    });
  }
  return entries;
}
