// The labeled corpus: loads every case, runs the extractor per document, scores predictions against labels.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { extractMentions } from '../../functions/core/extract';
import { detectLanguage } from '../../functions/core/language';
import type { Language, Mention, MentionStatus, SourceKind } from '../../functions/core/types';
import { documentTexts, extractFromDocuments } from '../../functions/local/extract-command';
import { htmlToText } from '../../functions/sources/html-text';

export const CORPUS_DIR = new URL('.', import.meta.url).pathname;
const MAX_FEED_BYTES = 4 * 1024 * 1024;

export interface ExpectedMention {
  deal: string;
  buyer: string;
  provider: string;
  valueUsd: number | null;
  cumulative: boolean;
  status: MentionStatus;
  kind: string;
  endDate: string | null;
  termYears: number | null;
}

export interface CorpusCase {
  id: string;
  sourceKind: SourceKind;
  format: string;
  language: Language;
  registrant: { name: string; cik?: string; companyId?: string } | null;
  title: string | null;
  file: string;
  negative: string | null;
  notes?: string;
  expected: ExpectedMention[];
}

export function loadCases(dir = CORPUS_DIR): CorpusCase[] {
  const casesDir = join(dir, 'cases');
  return readdirSync(casesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(casesDir, f), 'utf8')) as CorpusCase);
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
}

const parser = new XMLParser({
  ignoreAttributes: false,
  // Only the five XML entities and numeric references; a DOCTYPE is refused before parsing, so no
  // user-defined entity is ever expanded.
  processEntities: true,
  htmlEntities: false,
  cdataPropName: false,
  trimValues: true,
});

function textOf(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('\n');
  if (typeof node === 'object') {
    const rec = node as Record<string, unknown>;
    if ('#text' in rec) return textOf(rec['#text']);
  }
  return '';
}

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

export interface FeedItemText {
  title: string;
  text: string;
  /** The feed's declared language (RSS <language>, Atom xml:lang), two letters, when it is one we know. */
  language: Language | null;
}

const KNOWN: readonly string[] = ['en', 'fr', 'de', 'es', 'it', 'pt'];

/** Items of an RSS 2.0 or Atom 1.0 feed: title and body (content, else description/summary), HTML stripped. */
export function feedItems(xml: string): FeedItemText[] {
  if (xml.length > MAX_FEED_BYTES) throw new FeedError(`feed of ${xml.length} characters is too large`);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new FeedError('feeds with a DOCTYPE are refused');
  const doc = parser.parse(xml) as Record<string, Record<string, unknown> | undefined>;
  const out: FeedItemText[] = [];
  const lang = (v: unknown): Language | null => {
    const code = textOf(v).slice(0, 2).toLowerCase();
    return KNOWN.includes(code) ? (code as Language) : null;
  };
  const rss = doc.rss as Record<string, unknown> | undefined;
  if (rss) {
    for (const channel of asArray(rss.channel as Record<string, unknown> | Record<string, unknown>[])) {
      for (const item of asArray(channel.item as Record<string, unknown> | Record<string, unknown>[])) {
        const body = textOf(item['content:encoded']) || textOf(item.description);
        out.push({
          title: htmlToText(textOf(item.title)),
          text: htmlToText(body),
          language: lang(channel.language),
        });
      }
    }
    return out;
  }
  const feed = doc.feed as Record<string, unknown> | undefined;
  if (feed) {
    for (const entry of asArray(feed.entry as Record<string, unknown> | Record<string, unknown>[])) {
      const body = textOf(entry.content) || textOf(entry.summary);
      out.push({
        title: htmlToText(textOf(entry.title)),
        text: htmlToText(body),
        language: lang(entry['@_xml:lang']) ?? lang(feed['@_xml:lang']),
      });
    }
    return out;
  }
  throw new FeedError('neither an RSS 2.0 channel nor an Atom feed');
}

/** Runs the extractor on one case's document(s), the way the service would. */
export function predict(c: CorpusCase, dir = CORPUS_DIR): Mention[] {
  const path = join(dir, 'docs', c.file);
  const content = readFileSync(path, 'utf8');
  if (c.sourceKind === 'news' || c.file.endsWith('.xml')) {
    const mentions: Mention[] = [];
    for (const item of feedItems(content)) {
      // The case's language stands for what the feed declares; without it, detect.
      const language = c.language ?? item.language ?? detectLanguage(`${item.title}\n${item.text}`);
      mentions.push(...extractMentions({ text: item.text, title: item.title, language }));
    }
    return dedupe(mentions);
  }
  const docs = documentTexts(content, c.file).map((d) => ({
    ...d,
    registrant: d.registrant ?? (c.registrant ? { name: c.registrant.name, cik: c.registrant.cik } : null),
  }));
  return dedupe(extractFromDocuments(docs));
}

function dedupe(mentions: Mention[]): Mention[] {
  const seen = new Map<string, Mention>();
  for (const m of mentions) {
    const key = `${m.buyer.id}|${m.provider.id}|${m.valueUsd}`;
    if (!seen.has(key)) seen.set(key, m);
  }
  return [...seen.values()];
}

export interface Counts {
  predicted: number;
  truePositives: number;
  expected: number;
  found: number;
  exactValue: number;
  bothParties: number;
  status: number;
  /** Secondary fields on matched mentions (reported, not targets). */
  kind: number;
  endDate: number;
  termYears: number;
  cumulative: number;
}

export interface Miss {
  caseId: string;
  what: 'missed' | 'false-positive' | 'wrong-value' | 'wrong-roles' | 'wrong-status';
  detail: string;
}

export interface Report {
  overall: Counts;
  byLanguage: Record<string, Counts>;
  bySourceKind: Record<string, Counts>;
  misses: Miss[];
  facts: { documents: number; deals: number; negatives: number; french: number };
}

const zero = (): Counts => ({
  predicted: 0,
  truePositives: 0,
  expected: 0,
  found: 0,
  exactValue: 0,
  bothParties: 0,
  status: 0,
  kind: 0,
  endDate: 0,
  termYears: 0,
  cumulative: 0,
});

const pairKey = (a: string, b: string): string => [a, b].sort().join('|');

/** Scores one case: predictions match labels by unordered company pair. */
export function scoreCase(c: CorpusCase, predicted: Mention[]): { counts: Counts; misses: Miss[] } {
  const counts = zero();
  const misses: Miss[] = [];
  counts.predicted = predicted.length;
  counts.expected = c.expected.length;
  const expectedPairs = new Set(c.expected.map((e) => pairKey(e.buyer, e.provider)));
  for (const p of predicted) {
    if (expectedPairs.has(pairKey(p.buyer.id, p.provider.id))) counts.truePositives++;
    else
      misses.push({
        caseId: c.id,
        what: 'false-positive',
        detail: `${p.buyer.id} <- ${p.provider.id} ${p.valueUsd ?? 'null'} (${p.status}, ${p.kind}): ${p.evidence.slice(0, 160)}`,
      });
  }
  for (const e of c.expected) {
    const matches = predicted.filter(
      (p) => pairKey(p.buyer.id, p.provider.id) === pairKey(e.buyer, e.provider),
    );
    if (matches.length === 0) {
      misses.push({
        caseId: c.id,
        what: 'missed',
        detail: `${e.buyer} <- ${e.provider} ${e.valueUsd ?? 'null'} (${e.status})`,
      });
      continue;
    }
    counts.found++;
    const m = matches.find((p) => p.valueUsd === e.valueUsd) ?? matches[0]!;
    if (m.valueUsd === e.valueUsd) counts.exactValue++;
    else
      misses.push({
        caseId: c.id,
        what: 'wrong-value',
        detail: `${e.buyer}/${e.provider}: got ${m.valueUsd} want ${e.valueUsd}`,
      });
    if (m.buyer.id === e.buyer && m.provider.id === e.provider) counts.bothParties++;
    else
      misses.push({
        caseId: c.id,
        what: 'wrong-roles',
        detail: `got buyer ${m.buyer.id}, want buyer ${e.buyer}`,
      });
    if (m.kind === e.kind) counts.kind++;
    if (m.endDate === e.endDate) counts.endDate++;
    if (m.termYears === e.termYears) counts.termYears++;
    if (m.cumulative === e.cumulative) counts.cumulative++;
    if (m.status === e.status) counts.status++;
    else
      misses.push({
        caseId: c.id,
        what: 'wrong-status',
        detail: `${e.buyer}/${e.provider}: got ${m.status} want ${e.status}`,
      });
  }
  return { counts, misses };
}

function add(into: Counts, c: Counts): void {
  for (const k of Object.keys(into) as (keyof Counts)[]) into[k] += c[k];
}

export function evaluate(cases: CorpusCase[], dir = CORPUS_DIR): Report {
  const report: Report = {
    overall: zero(),
    byLanguage: {},
    bySourceKind: {},
    misses: [],
    facts: {
      documents: cases.length,
      deals: new Set(cases.flatMap((c) => c.expected.map((e) => e.deal))).size,
      negatives: cases.filter((c) => c.expected.length === 0).length,
      french: cases.filter((c) => c.language === 'fr').length,
    },
  };
  for (const c of cases) {
    let predicted: Mention[];
    try {
      predicted = predict(c, dir);
    } catch (err) {
      report.misses.push({
        caseId: c.id,
        what: 'missed',
        detail: `could not read: ${(err as Error).message}`,
      });
      predicted = [];
    }
    const { counts, misses } = scoreCase(c, predicted);
    add(report.overall, counts);
    report.byLanguage[c.language] ??= zero();
    add(report.byLanguage[c.language]!, counts);
    report.bySourceKind[c.sourceKind] ??= zero();
    add(report.bySourceKind[c.sourceKind]!, counts);
    report.misses.push(...misses);
  }
  return report;
}

export interface Metrics {
  precision: number;
  recall: number;
  exactValue: number;
  bothParties: number;
  status: number;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

export function metrics(c: Counts): Metrics {
  return {
    precision: ratio(c.truePositives, c.predicted),
    recall: ratio(c.found, c.expected),
    exactValue: ratio(c.exactValue, c.found),
    bothParties: ratio(c.bothParties, c.found),
    status: ratio(c.status, c.found),
  };
}

export const TARGETS: Readonly<Omit<Metrics, 'status'>> = {
  precision: 0.97,
  recall: 0.93,
  exactValue: 0.97,
  bothParties: 0.95,
};

/** Targets missed by the overall figures (empty when all hold). */
export function missedTargets(report: Report): string[] {
  const m = metrics(report.overall);
  return (Object.keys(TARGETS) as (keyof typeof TARGETS)[])
    .filter((k) => m[k] < TARGETS[k])
    .map((k) => `${k} ${m[k].toFixed(3)} < ${TARGETS[k]}`);
}

export function formatReport(report: Report): string {
  const rows: [string, Counts][] = [
    ['overall', report.overall],
    ...Object.entries(report.byLanguage).map(([k, v]) => [`lang ${k}`, v] as [string, Counts]),
    ...Object.entries(report.bySourceKind).map(([k, v]) => [`source ${k}`, v] as [string, Counts]),
  ];
  const pct = (x: number): string => x.toFixed(3).padStart(9);
  const lines = [
    `corpus: ${report.facts.documents} documents, ${report.facts.deals} distinct deals, ${report.facts.negatives} negatives, ${report.facts.french} French`,
    '',
    `${'slice'.padEnd(16)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'value'.padStart(10)}${'parties'.padStart(10)}${'status'.padStart(10)}${'pred'.padStart(6)}${'exp'.padStart(6)}`,
  ];
  for (const [name, c] of rows) {
    const m = metrics(c);
    lines.push(
      `${name.padEnd(16)} ${pct(m.precision)} ${pct(m.recall)} ${pct(m.exactValue)} ${pct(m.bothParties)} ${pct(m.status)}${String(c.predicted).padStart(6)}${String(c.expected).padStart(6)}`,
    );
  }
  const o = report.overall;
  lines.push(
    '',
    `fields right on the ${o.found} matched mentions: kind ${o.kind}, endDate ${o.endDate}, termYears ${o.termYears}, cumulative ${o.cumulative}`,
  );
  lines.push(
    '',
    `targets: precision >= ${TARGETS.precision}, recall >= ${TARGETS.recall}, exact value >= ${TARGETS.exactValue}, both parties >= ${TARGETS.bothParties}`,
  );
  if (report.misses.length > 0) {
    lines.push('', 'misses:');
    for (const m of report.misses) lines.push(`  [${m.what}] ${m.caseId}: ${m.detail}`);
  }
  return lines.join('\n');
}
