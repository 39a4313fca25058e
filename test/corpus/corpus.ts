// The labeled corpus: loads every case, runs the extractor per document, scores predictions against labels.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { extractMentions } from '../../functions/core/extract';
import { detectLanguage } from '../../functions/core/language';
import type { Language, Mention, MentionStatus, SourceKind } from '../../functions/core/types';
import { documentTexts, extractFromDocuments } from '../../functions/local/extract-command';
import { htmlToText } from '../../functions/sources/html-text';
import { decodeSavedFile } from '../../functions/sources/saved-page';

export const CORPUS_DIR = new URL('.', import.meta.url).pathname;
const MAX_FEED_BYTES = 4 * 1024 * 1024;

export interface ExpectedMention {
  deal: string;
  buyer: string;
  provider: string;
  valueUsd: number | null;
  cumulative: boolean;
  /** An expansion that states its increment (valueUsd) and the total it reaches: the total. */
  runningTotalUsd?: number;
  status: MentionStatus;
  kind: string;
  endDate: string | null;
  termYears: number | null;
}

/**
 * What a trap is: an amount or a pair of companies a document names that is not a capacity deal. A case may
 * declare its traps so that a wrong alert on one is classified by the data, not guessed.
 */
export const TRAP_KINDS = [
  'aggregate',
  'acquisition',
  'investment',
  'hardware',
  'non-deal-amount',
  'roundup-other-pair',
] as const;
export type TrapKind = (typeof TRAP_KINDS)[number];

export interface Trap {
  kind: TrapKind;
  /** The companies the trap names (ids; one or two). With two, a prediction on that pair is caught. */
  companies?: string[];
  /** The amount in USD, when the trap has one; a prediction with that value is caught. */
  valueUsd?: number | null;
  /** The words of the document the trap stands for (for people reading the case). */
  text?: string;
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
  /** Optional: the non-deal amounts and pairs the document contains. */
  traps?: Trap[];
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
  const content = decodeSavedFile(readFileSync(path));
  // A feed (.xml) is read item by item, as the news poller reads it; any other file (a whole article page,
  // .html or .txt, an EDGAR submission or document) exactly as `cli extract FILE` reads it.
  if (c.file.endsWith('.xml')) {
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
  /** Labels that state a running total, and matched mentions that give it right. */
  runningTotalLabels: number;
  runningTotal: number;
}

export interface Miss {
  caseId: string;
  what: 'missed' | 'false-positive' | 'wrong-value' | 'wrong-roles' | 'wrong-status' | 'wrong-running-total';
  detail: string;
}

/** Why a predicted mention is a wrong alert. */
export const WRONG_KINDS = [
  'wrong-roles',
  'wrong-pair',
  'aggregate',
  'acquisition-investment',
  'hardware',
  'non-deal-amount',
] as const;
export type WrongKind = (typeof WRONG_KINDS)[number];
export type Verdict = 'correct' | WrongKind;

const TRAP_VERDICT: Record<TrapKind, WrongKind> = {
  aggregate: 'aggregate',
  acquisition: 'acquisition-investment',
  investment: 'acquisition-investment',
  hardware: 'hardware',
  'non-deal-amount': 'non-deal-amount',
  'roundup-other-pair': 'wrong-pair',
};

/** One predicted mention with the verdict on it. */
export interface Judged {
  caseId: string;
  language: Language;
  sourceKind: SourceKind;
  verdict: Verdict;
  confidence: number;
  mention: string;
  evidence: string;
}

export interface Report {
  overall: Counts;
  byLanguage: Record<string, Counts>;
  bySourceKind: Record<string, Counts>;
  misses: Miss[];
  /** Every predicted mention, judged. */
  judged: Judged[];
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
  runningTotalLabels: 0,
  runningTotal: 0,
});

const pairKey = (a: string, b: string): string => [a, b].sort().join('|');

/**
 * Judges one prediction by the case's labels and declared traps, in this order: an amount the case declares
 * as a trap (and no label of that pair has) takes the trap's kind; the labeled pair with the labeled roles is
 * correct; the labeled pair with the roles swapped is wrong roles; a pair the case declares as a trap takes the
 * trap's kind; a labeled company with another partner is a wrong pair; anything else is a non-deal amount.
 */
export function judge(c: CorpusCase, p: Mention): Verdict {
  const pair = pairKey(p.buyer.id, p.provider.id);
  const traps = c.traps ?? [];
  const samePair = c.expected.filter((e) => pairKey(e.buyer, e.provider) === pair);
  if (p.valueUsd !== null && !samePair.some((e) => e.valueUsd === p.valueUsd)) {
    const trap = traps.find((t) => t.valueUsd === p.valueUsd);
    if (trap) return TRAP_VERDICT[trap.kind];
  }
  if (samePair.some((e) => e.buyer === p.buyer.id)) return 'correct';
  if (samePair.length > 0) return 'wrong-roles';
  const trap = traps.find(
    (t) => t.companies?.length === 2 && pairKey(t.companies[0]!, t.companies[1]!) === pair,
  );
  if (trap) return TRAP_VERDICT[trap.kind];
  const labeled = new Set(c.expected.flatMap((e) => [e.buyer, e.provider]));
  return labeled.has(p.buyer.id) || labeled.has(p.provider.id) ? 'wrong-pair' : 'non-deal-amount';
}

const summary = (p: Mention): string =>
  `${p.buyer.id} <- ${p.provider.id} ${p.valueUsd ?? 'null'} (${p.status}, ${p.kind})`;

/**
 * Scores one case. A prediction counts toward precision when its company pair is a labeled pair (roles are
 * scored apart, under "parties") and its amount is not one the case declares as a trap.
 */
export function scoreCase(
  c: CorpusCase,
  predicted: Mention[],
): { counts: Counts; misses: Miss[]; judged: Judged[] } {
  const counts = zero();
  const misses: Miss[] = [];
  counts.predicted = predicted.length;
  counts.expected = c.expected.length;
  const judged = predicted.map((p) => ({ p, verdict: judge(c, p) }));
  const onLabel = judged
    .filter((j) => j.verdict === 'correct' || j.verdict === 'wrong-roles')
    .map((j) => j.p);
  counts.truePositives = onLabel.length;
  for (const { p, verdict } of judged) {
    if (verdict === 'correct' || verdict === 'wrong-roles') continue;
    misses.push({
      caseId: c.id,
      what: 'false-positive',
      detail: `${verdict}: ${summary(p)}: ${p.evidence.slice(0, 160)}`,
    });
  }
  for (const e of c.expected) {
    const matches = onLabel.filter(
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
    if (e.runningTotalUsd !== undefined) {
      counts.runningTotalLabels++;
      if (m.runningTotalUsd === e.runningTotalUsd) counts.runningTotal++;
      else
        misses.push({
          caseId: c.id,
          what: 'wrong-running-total',
          detail: `${e.buyer}/${e.provider}: running total ${m.runningTotalUsd ?? 'none'} want ${e.runningTotalUsd}`,
        });
    }
    if (m.status === e.status) counts.status++;
    else
      misses.push({
        caseId: c.id,
        what: 'wrong-status',
        detail: `${e.buyer}/${e.provider}: got ${m.status} want ${e.status}`,
      });
  }
  return {
    counts,
    misses,
    judged: judged.map(({ p, verdict }) => ({
      caseId: c.id,
      language: c.language,
      sourceKind: c.sourceKind,
      verdict,
      confidence: p.confidence,
      mention: summary(p),
      evidence: p.evidence,
    })),
  };
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
    judged: [],
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
    const { counts, misses, judged } = scoreCase(c, predicted);
    report.judged.push(...judged);
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

/**
 * What the tuning corpus measured, rounded down: the tests hold the extractor to it so that no change makes it
 * worse: 1,618 documents after the seventeenth session's tuning, P 0.964, R 0.938, value 0.956, parties 0.993
 * (1,599 after the fourteenth session read P 0.960, R 0.934, value 0.954, parties 0.992).
 * The held-out sets read lower (`npm run eval -- --holdout`), which is the honest figure.
 */
export const FLOOR: Readonly<Omit<Metrics, 'status'>> = {
  precision: 0.963,
  recall: 0.937,
  exactValue: 0.955,
  bothParties: 0.992,
};

/**
 * Issue 8's goals (precision ≥ 0.95, recall ≥ 0.93, both parties ≥ 0.95, exact value ≥ 0.95): the tuning corpus
 * meets them and the tests assert them with FLOOR; the held-out sets do not yet (`npm run eval -- --holdout`).
 */
export const TARGETS: Readonly<Omit<Metrics, 'status'>> = {
  precision: 0.95,
  recall: 0.93,
  exactValue: 0.95,
  bothParties: 0.95,
};

/** Targets missed by the overall figures (empty when all hold). */
export function missedTargets(report: Report): string[] {
  const m = metrics(report.overall);
  return (Object.keys(TARGETS) as (keyof typeof TARGETS)[])
    .filter((k) => m[k] < TARGETS[k])
    .map((k) => `${k} ${m[k].toFixed(3)} < ${TARGETS[k]}`);
}

/** Wrong alerts per kind, for the judged mentions of one slice. */
export function wrongByKind(judged: Judged[]): Record<WrongKind, number> {
  const out = Object.fromEntries(WRONG_KINDS.map((k) => [k, 0])) as Record<WrongKind, number>;
  for (const j of judged) if (j.verdict !== 'correct') out[j.verdict]++;
  return out;
}

/** The calibration goal: of mentions at or above this confidence, at least this share correct. */
export const CALIBRATION_GOAL = { confidence: 0.8, share: 0.95 } as const;

export interface CalibrationBucket {
  label: string;
  mentions: number;
  correct: number;
}

/** Predicted mentions per confidence bucket and how many are correct (right pair, right roles). */
export function calibration(judged: Judged[]): CalibrationBucket[] {
  const buckets: (CalibrationBucket & { holds: (c: number) => boolean })[] = [
    { label: '>= 0.8', mentions: 0, correct: 0, holds: (c) => c >= 0.8 },
    { label: '0.6-0.8', mentions: 0, correct: 0, holds: (c) => c >= 0.6 && c < 0.8 },
    { label: '< 0.6', mentions: 0, correct: 0, holds: (c) => c < 0.6 },
  ];
  for (const j of judged) {
    const b = buckets.find((x) => x.holds(j.confidence));
    if (!b) continue;
    b.mentions++;
    if (j.verdict === 'correct') b.correct++;
  }
  return buckets.map(({ label, mentions, correct }) => ({ label, mentions, correct }));
}

/** A case's generation: its id's prefix (f, n, p, r5w, h2, h5, …; the later ones were written apart). */
const generationOf = (caseId: string): string => caseId.split('-')[0] ?? caseId;

/**
 * Mentions at or above the goal's confidence and how many are correct, per generation: the confidence rule is
 * chosen on the older generations, so the ones written apart (h2, h5) show whether it generalises.
 */
export function calibrationByGeneration(judged: Judged[]): CalibrationBucket[] {
  const byGeneration = new Map<string, CalibrationBucket>();
  for (const j of judged) {
    if (j.confidence < CALIBRATION_GOAL.confidence) continue;
    const label = generationOf(j.caseId);
    const b = byGeneration.get(label) ?? { label, mentions: 0, correct: 0 };
    b.mentions++;
    if (j.verdict === 'correct') b.correct++;
    byGeneration.set(label, b);
  }
  return [...byGeneration.values()];
}

/** The calibration goal when it is missed, else null. */
export function missedCalibration(report: Report): string | null {
  const high = report.judged.filter((j) => j.confidence >= CALIBRATION_GOAL.confidence);
  const share = ratio(high.filter((j) => j.verdict === 'correct').length, high.length);
  return share < CALIBRATION_GOAL.share
    ? `correct share at confidence >= ${CALIBRATION_GOAL.confidence} ${share.toFixed(3)} < ${CALIBRATION_GOAL.share}`
    : null;
}

function formatWrongAlerts(report: Report): string[] {
  const slices: [string, Judged[]][] = [['overall', report.judged]];
  for (const lang of Object.keys(report.byLanguage))
    slices.push([`lang ${lang}`, report.judged.filter((j) => j.language === lang)]);
  for (const kind of Object.keys(report.bySourceKind))
    slices.push([`source ${kind}`, report.judged.filter((j) => j.sourceKind === kind)]);
  const heads = ['roles', 'pair', 'aggr', 'acq/inv', 'hardware', 'non-deal', 'total'];
  const lines = [
    'wrong alerts by kind (wrong roles count under "parties", the others against precision):',
    `${'slice'.padEnd(16)}${heads.map((h) => h.padStart(9)).join('')}`,
  ];
  for (const [name, judged] of slices) {
    const byKind = wrongByKind(judged);
    const cells = [
      ...WRONG_KINDS.map((k) => byKind[k]),
      judged.filter((j) => j.verdict !== 'correct').length,
    ];
    lines.push(`${name.padEnd(16)}${cells.map((n) => String(n).padStart(9)).join('')}`);
  }
  const wrong = report.judged.filter((j) => j.verdict !== 'correct');
  if (wrong.length > 0) {
    lines.push('', 'wrong alerts, each with its evidence:');
    for (const j of wrong)
      lines.push(
        `  [${j.verdict}] ${j.caseId} (${j.language}, ${j.sourceKind}): ${j.mention} conf ${j.confidence.toFixed(2)}`,
        `      "${j.evidence.replace(/\s+/g, ' ').slice(0, 400)}"`,
      );
  }
  return lines;
}

function formatCalibration(report: Report): string[] {
  const lines = [
    'calibration (correct = right pair with right roles, not a declared trap):',
    `${'confidence'.padEnd(16)}${'mentions'.padStart(9)}${'correct'.padStart(9)}${'share'.padStart(9)}`,
  ];
  for (const b of calibration(report.judged))
    lines.push(
      `${b.label.padEnd(16)}${String(b.mentions).padStart(9)}${String(b.correct).padStart(9)}${ratio(b.correct, b.mentions).toFixed(3).padStart(9)}`,
    );
  const generations = calibrationByGeneration(report.judged)
    .map((b) => `${b.label} ${b.correct}/${b.mentions}`)
    .join(', ');
  lines.push(`correct of those at >= ${CALIBRATION_GOAL.confidence}, by generation: ${generations}`);
  const missed = missedCalibration(report);
  lines.push(
    `goal (held-out set): of mentions with confidence >= ${CALIBRATION_GOAL.confidence}, at least ${CALIBRATION_GOAL.share * 100} % correct: ${missed ?? 'met'}`,
  );
  return lines;
}

const pct = (x: number): string => x.toFixed(3).padStart(9);

/** Header of the metric table (and of the per-generation summary). */
export const SUMMARY_HEADER = `${'slice'.padEnd(16)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'value'.padStart(10)}${'parties'.padStart(10)}${'status'.padStart(10)}${'pred'.padStart(6)}${'exp'.padStart(6)}`;

function formatRow(name: string, c: Counts): string {
  const m = metrics(c);
  return `${name.padEnd(16)} ${pct(m.precision)} ${pct(m.recall)} ${pct(m.exactValue)} ${pct(m.bothParties)} ${pct(m.status)}${String(c.predicted).padStart(6)}${String(c.expected).padStart(6)}`;
}

/** One row of a report's overall figures, with its document count in the name. */
export function formatSummaryRow(name: string, report: Report): string {
  return formatRow(`${name} (${report.facts.documents} docs)`, report.overall);
}

export function formatReport(report: Report): string {
  const rows: [string, Counts][] = [
    ['overall', report.overall],
    ...Object.entries(report.byLanguage).map(([k, v]) => [`lang ${k}`, v] as [string, Counts]),
    ...Object.entries(report.bySourceKind).map(([k, v]) => [`source ${k}`, v] as [string, Counts]),
  ];
  const lines = [
    `corpus: ${report.facts.documents} documents, ${report.facts.deals} distinct deals, ${report.facts.negatives} negatives, ${report.facts.french} French`,
    '',
    SUMMARY_HEADER,
  ];
  for (const [name, c] of rows) lines.push(formatRow(name, c));
  const o = report.overall;
  lines.push(
    '',
    `fields right on the ${o.found} matched mentions: kind ${o.kind}, endDate ${o.endDate}, termYears ${o.termYears}, cumulative ${o.cumulative}, running total ${o.runningTotal}/${o.runningTotalLabels}`,
  );
  lines.push(
    '',
    `targets: precision >= ${TARGETS.precision}, recall >= ${TARGETS.recall}, exact value >= ${TARGETS.exactValue}, both parties >= ${TARGETS.bothParties}`,
  );
  lines.push('', ...formatWrongAlerts(report), '', ...formatCalibration(report));
  // False positives are listed above with their evidence and kind.
  const misses = report.misses.filter((m) => m.what !== 'false-positive');
  if (misses.length > 0) {
    lines.push('', 'misses:');
    for (const m of misses) lines.push(`  [${m.what}] ${m.caseId}: ${m.detail}`);
  }
  return lines.join('\n');
}
