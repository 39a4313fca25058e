// The deal extractor: finds disclosures of compute-capacity contracts (buyer, provider, value, term, status,
// kind) in a filing's text or a news item. Pure and dependency-free.
//
// Shape of the work, chosen for speed on large filings that mostly say nothing about compute:
// 1. a linear scan for money amounts, GW/MW quantities and "multibillion"-style words (the prefilter);
// 2. only the sentences holding one of them are read further: hard-negative cues, compute and contract words,
//    company aliases, clauses, role cues, status, kind and term;
// 3. candidates are merged per company pair (one mention per deal per document).
import {
  type CompanyEntry,
  companyByCik,
  companyById,
  findCompanyMentions,
  resolveCompanyName,
  slugify,
  toCompanyRef,
} from '../companies';
import { parseEndDate, parseEndDates, parseTermYears } from '../dates';
import { detectLanguage } from '../language';
import { type MoneyAmount, parseMoney, RATES_TO_USD } from '../money';
import type { CompanyRef, Language, Mention, MentionStatus } from '../types';
import {
  BUYER_AFTER_RE,
  BUYER_BEFORE_RE,
  COMPUTE_RE,
  DEAL_RE,
  GPU_COUNT_RE,
  HARDWARE_RE,
  INCREMENT_AFTER_RE,
  INCREMENT_BEFORE_RE,
  kindOf,
  negativeCue,
  POWER_RE,
  PROVIDER_AFTER_RE,
  PROVIDER_BEFORE_RE,
  statusOf,
  TRIGGER_WORDS_RE,
} from './cues';
import { clauseBreaks, previousSentence, type Span, sentenceAt } from './sentences';

export interface ExtractInput {
  text: string;
  /** Declared language (feed metadata, --lang); detected from the text when absent. */
  language?: Language;
  /** A filing's registrant: a party even when the text says "the Company" or "we". */
  registrant?: { name: string; cik?: string } | null;
  /** A news item's title: read too, as its own sentence. */
  title?: string | null;
  documentType?: string | null;
}

/** Contracts below this are noise for this product (fees, per-unit prices). */
const MIN_VALUE_USD = 10_000_000;
/** Beyond this many triggers in one document, the rest is tables of numbers: stop looking. */
const MAX_TRIGGERS = 20_000;

interface Trigger {
  start: number;
  end: number;
  money: MoneyAmount | null;
}

interface Party {
  company: CompanyEntry;
  start: number;
  end: number;
  /** A brand used as a product name ("Nvidia GB300 systems"): a party only when nothing better is there. */
  weak: boolean;
  /** "the Company", "we", "our": the registrant. */
  pronoun?: boolean;
  /** "Fluidstack's lease obligations" in a backstop: the tenant, not a party to the guarantee. */
  tenant?: boolean;
}

interface Candidate {
  /** The amount is an option or a possibility ("could take the total to up to $19.4 billion"). */
  hypothetical: boolean;
  a: Party;
  b: Party;
  mention: Mention;
  /** Running total of an expansion ("bringing the total to"). */
  total: boolean;
  order: number;
  fromTitle: boolean;
}

const PRONOUN_RE =
  /(?<![\p{L}])(?:[Tt]he Company|[Tt]he Registrant|[Tt]he Corporation|We|we|our|Our|us|la Soci[ée]t[ée]|La Soci[ée]t[ée]|nous|Nous|notre|Notre|die Gesellschaft|la Compa[ñn][ií]a|la Societ[àa]|a Companhia)(?![\p{L}])/gu;
const PRODUCT_AFTER_RE =
  /^(?:['’]s)?\s?(?:GB\d|B\d|H\d|A\d|L\d|GH\d|Blackwell|Hopper|Rubin|Grace|Vera|Instinct|MI\d|TPU|Trillium|Ironwood|Trainium|Inferentia|Maia|Cobalt|GPU|chips?\b|processors?|accelerators?|systems|servers|hardware|puces|processeurs|serveurs|Tensor)/;
const TENANT_AFTER_RE =
  /^['’]s? (?:lease |rent |payment |financial )?obligations|^['’]s? (?:lease payments|rent)/i;
const TENANT_BEFORE_RE = /(?:dus par|obligations (?:locatives )?de|loyers de|obligations of)\s$/i;
const CHIP_BRAND_AFTER_RE =
  /^(?:['’]s)?\s?(?:TPU|Trillium|Ironwood|Trainium|Inferentia|Maia|Cobalt|Axion|Graviton)/;
const PRODUCT_BEFORE_RE = /(?:\bGPUs?|\bpuces|\bchips|\bprocesseurs|\bprocessors|\bserveurs|\bsystèmes)\s$/i;
const EXPANSION_TOTAL_BEFORE_RE =
  /(?:bringing|brings?|brought|raising|raises?|taking|takes|lifting|lifts?) (?:the |its |their )?(?:total|aggregate|overall|combined|cumulative)[^.$€£]{0,80}$|(?:portant|porte|porter|pour porter) (?:le total|la valeur|le montant|son|leur)[^.$€£]{0,80}$|total[^.$€£]{0,80}(?:rises|rose|grows|grew|increases|increased|climbs|climbed) to\s(?:approximately |about |up to )?~?$|(?:à|pour) un total de\s?$/i;

const STATUS_RANK: Record<MentionStatus, number> = {
  signed: 0,
  expanded: 1,
  reported: 2,
  in_talks: 3,
  terminated: 4,
};

function registrantEntry(reg: ExtractInput['registrant']): CompanyEntry | null {
  if (!reg?.name && !reg?.cik) return null;
  const known =
    (reg.cik ? companyByCik(reg.cik) : undefined) ?? (reg.name ? resolveCompanyName(reg.name) : undefined);
  if (known) return known;
  const cik = reg.cik?.replace(/\D/g, '');
  const entry: CompanyEntry = { id: slugify(reg.name), name: reg.name, aliases: [], tier: 2.5 };
  if (cik) entry.cik = cik.padStart(10, '0');
  return entry;
}

/**
 * Money amounts, power quantities and value words inside the windows (spans of the text around compute words).
 * Outside them nothing is parsed: that is the prefilter that makes most filings cheap.
 */
function findTriggers(text: string, language: () => Language | undefined, windows: Span[]): Trigger[] {
  const out: Trigger[] = [];
  for (const w of windows) {
    // "billion" means 1e12 in French and German; the language is looked up only when the word shows up.
    for (const m of parseMoney(text, { language, minUsd: MIN_VALUE_USD, from: w.start, to: w.end })) {
      out.push({ start: m.start, end: m.end, money: m });
    }
    const slice = w.start === 0 && w.end === text.length ? text : text.slice(w.start, w.end);
    for (const re of [POWER_RE, TRIGGER_WORDS_RE, GPU_COUNT_RE]) {
      re.lastIndex = 0;
      for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
        out.push({ start: w.start + m.index, end: w.start + m.index + m[0].length, money: null });
      }
    }
    if (out.length >= MAX_TRIGGERS) break;
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Spans of the text within reach of a compute word, merged. */
function computeWindows(text: string): Span[] {
  const out: Span[] = [];
  COMPUTE_GLOBAL_RE.lastIndex = 0;
  for (let m = COMPUTE_GLOBAL_RE.exec(text); m !== null; m = COMPUTE_GLOBAL_RE.exec(text)) {
    const start = Math.max(0, m.index - COMPUTE_REACH);
    const end = Math.min(text.length, m.index + COMPUTE_REACH);
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = end;
    else out.push({ start, end });
  }
  return out;
}

function partiesIn(text: string, span: Span, registrant: CompanyEntry | null): Party[] {
  const out: Party[] = [];
  for (const m of findCompanyMentions(text, span.start, span.end)) {
    // Chip makers' names before "GPUs"/"systems" are products; anyone's before their own chip brand ("Google TPUs").
    const after = text.slice(m.end, m.end + 14);
    const weak =
      (m.company.tier >= 1.5 && PRODUCT_AFTER_RE.test(after)) ||
      CHIP_BRAND_AFTER_RE.test(after) ||
      (m.company.tier >= 1.5 && PRODUCT_BEFORE_RE.test(text.slice(Math.max(0, m.start - 14), m.start)));
    const tenant =
      TENANT_AFTER_RE.test(text.slice(m.end, m.end + 24)) ||
      TENANT_BEFORE_RE.test(text.slice(Math.max(0, m.start - 30), m.start));
    out.push({ company: m.company, start: m.start, end: m.end, weak: weak || tenant, tenant });
  }
  if (registrant) {
    const slice = text.slice(span.start, span.end);
    PRONOUN_RE.lastIndex = 0;
    for (let m = PRONOUN_RE.exec(slice); m !== null; m = PRONOUN_RE.exec(slice)) {
      out.push({
        company: registrant,
        start: span.start + m.index,
        end: span.start + m.index + m[0].length,
        weak: false,
        pronoun: true,
      });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Picks the two parties of the amount at `pos`: its own clause first, then earlier clauses without an amount. */
function choosePair(
  text: string,
  sentence: Span,
  parties: Party[],
  pos: number,
  otherTriggers: number[],
  registrantId: string | null,
): Party[] {
  const strong = parties.filter((p) => !p.weak);
  // A brand named as the product ("NVIDIA GB300 GPUs") is a party only when the sentence buys hardware.
  const weakAllowed = HARDWARE_RE.test(text.slice(sentence.start, sentence.end));
  const pool =
    new Set(strong.map((p) => p.company.id)).size >= 2
      ? strong
      : parties.filter((p) => !p.weak || p.tenant || weakAllowed);
  const breaks = clauseBreaks(text, sentence, pool);
  const clauseOf = (x: number): number => {
    let i = 0;
    while (i < breaks.length && breaks[i]! < x) i++;
    return i;
  };
  const own = clauseOf(pos);
  const clausesWithAmounts = new Set(otherTriggers.filter((t) => t !== pos).map(clauseOf));
  const picked: Party[] = [];
  const add = (p: Party): void => {
    if (picked.length < 2 && !picked.some((q) => q.company.id === p.company.id)) picked.push(p);
  };
  const byDistance = (list: Party[]): Party[] =>
    [...list].sort((x, y) => Math.abs(x.start - pos) - Math.abs(y.start - pos));
  for (const p of byDistance(pool.filter((q) => clauseOf(q.start) === own))) add(p);
  for (let c = own - 1; c >= 0 && picked.length < 2; c--) {
    if (clausesWithAmounts.has(c)) continue;
    for (const p of byDistance(pool.filter((q) => clauseOf(q.start) === c))) add(p);
  }
  for (let c = own + 1; c <= breaks.length && picked.length < 2; c++) {
    if (clausesWithAmounts.has(c)) continue;
    for (const p of byDistance(pool.filter((q) => clauseOf(q.start) === c))) add(p);
  }
  // The sentence's subject (its first party) takes part in every clause's deal.
  if (picked.length < 2 && pool[0]) add(pool[0]);
  // "extends its contract with OpenAI by $6.5 billion, bringing the total to $22.4 billion": same parties.
  for (let c = own - 1; c >= 0 && picked.length < 2; c--) {
    for (const p of byDistance(pool.filter((q) => clauseOf(q.start) === c))) add(p);
  }
  // A filing discloses the registrant's own contracts: when the registrant is in view, it is a party.
  const reg = registrantId ? pool.find((p) => p.company.id === registrantId) : undefined;
  if (reg && picked.length === 2 && !picked.some((p) => p.company.id === registrantId)) {
    const other = picked.find((p) => p.company.id !== registrantId)!;
    return [other, reg];
  }
  return picked;
}

function roleScore(text: string, p: Party, hasProvideVerb: boolean): number {
  const before = text.slice(Math.max(0, p.start - 40), p.start);
  const after = text.slice(p.end, p.end + 90);
  let s = 0;
  if (p.pronoun) {
    // "for our cloud capacity": a possessive says nothing about roles; only "we will provide" does.
    if (PROVIDER_AFTER_RE.test(after)) s += 1;
    if (BUYER_AFTER_RE.test(after)) s -= 1;
    return s;
  }
  if (REVENUE_FROM_RE.test(before)) return -2;
  if (PROVIDER_BEFORE_RE.test(before)) s += 2;
  if (BUYER_BEFORE_RE.test(before)) {
    const word = /(\S+)\s(?:the\s)?$/.exec(before)?.[1]?.toLowerCase();
    s -= word === 'to' || word === 'à' ? (hasProvideVerb ? 2 : 0) : 2;
  }
  // "an agreement with Meta to supply …": the infinitive belongs to the subject, not to Meta.
  const infinitiveOfSubject =
    /(?:\bwith|\bavec|\bmit|\bcon|\bcom)\s(?:the\s)?$/i.test(before) &&
    /^(?:['’]s?)?\s(?:to|pour|de|d['’]|um|para|per)\s/i.test(after);
  if (!infinitiveOfSubject) {
    if (PROVIDER_AFTER_RE.test(after)) s += 1;
    if (BUYER_AFTER_RE.test(after)) s -= 1;
  }
  return s;
}

/** "revenue from CoreWeave": the one who pays is the customer. */
const REVENUE_FROM_RE =
  /(?:revenues?|sales|income|payments?|fees|chiffre d['’]affaires|revenus)\s(?:\S{1,20}\s)?(?:from|de|du|de la part de)\s(?:the\s)?$/i;

const PROVIDE_VERB_RE =
  /provid|suppl|deliver|fourni|livr|h[ée]berg|mettre à disposition|liefer|proporcion|suministr|fornir|fornec/i;

function assignRoles(text: string, evidence: Span, a: Party, b: Party): { buyer: Party; provider: Party } {
  const provideVerb = PROVIDE_VERB_RE.test(text.slice(evidence.start, evidence.end));
  const sa = roleScore(text, a, provideVerb);
  const sb = roleScore(text, b, provideVerb);
  if (sa !== sb) return sa > sb ? { buyer: b, provider: a } : { buyer: a, provider: b };
  if (a.company.tier !== b.company.tier)
    return a.company.tier < b.company.tier ? { buyer: a, provider: b } : { buyer: b, provider: a };
  return { buyer: b, provider: a };
}

function isIncrement(text: string, m: MoneyAmount): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const withQualifier = m.qualifier
    ? before.replace(/(?:up to|approximately|about|jusqu['’]à|environ)\s?~?$/i, '')
    : before;
  return (
    INCREMENT_BEFORE_RE.test(before) ||
    INCREMENT_BEFORE_RE.test(withQualifier) ||
    INCREMENT_AFTER_RE.test(text.slice(m.end, m.end + 20))
  );
}

function isExpansionTotal(text: string, m: MoneyAmount): boolean {
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  const cue = EXPANSION_TOTAL_BEFORE_RE.exec(before);
  // "which could take the total contract value to up to $19.4 billion": an option, not an expansion.
  return cue !== null && !HYPOTHETICAL_RE.test(before.slice(Math.max(0, cue.index - 40), cue.index + 20));
}

const HYPOTHETICAL_RE = /\b(?:could|may|might|would|option|if)\b|pourrai(?:t|ent)|[ée]ventuel/i;

/** Characters around a trigger where a compute word must appear: the sentence and its neighbours. */
const COMPUTE_REACH = 1_500;
const COMPUTE_GLOBAL_RE = new RegExp(COMPUTE_RE.source, 'gi');

function hasTriggerIn(triggers: Trigger[], span: Span): boolean {
  return triggers.some((t) => t.start >= span.start && t.start < span.end);
}

/** The amount's own clause, within 80 characters each side: where a side deal's cue would have to sit. */
function nearAmount(text: string, sentence: Span, t: Trigger): string {
  let left = Math.max(sentence.start, t.start - 80);
  const before = text.slice(left, t.start);
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf(' after '),
    before.lastIndexOf(' après '),
    before.lastIndexOf(' nachdem '),
  );
  if (cut >= 0) left += cut + 1;
  let right = Math.min(sentence.end, t.end + 80);
  const after = text.slice(t.end, right);
  const stops = [
    after.indexOf(','),
    after.indexOf(';'),
    after.indexOf(' and '),
    after.indexOf(' et '),
  ].filter((i) => i >= 0);
  if (stops.length > 0) right = t.end + Math.min(...stops);
  return text.slice(left, right);
}

function scanText(
  text: string,
  languageOf: () => Language,
  registrant: CompanyEntry | null,
  fromTitle: boolean,
  orderBase: number,
  extraContext = '',
): Candidate[] {
  // A headline is read whole (its compute word may be in the body); a body only near compute words.
  const windows = extraContext ? [{ start: 0, end: text.length }] : computeWindows(text);
  if (windows.length === 0) return [];
  const found = findTriggers(text, languageOf, windows);
  if (found.length === 0) return [];
  const triggers = found;
  const bySentence = new Map<number, { span: Span; triggers: Trigger[] }>();
  let lastSpan: Span | null = null;
  for (const t of triggers) {
    const span: Span =
      lastSpan && t.start >= lastSpan.start && t.start < lastSpan.end ? lastSpan : sentenceAt(text, t.start);
    lastSpan = span;
    const group = bySentence.get(span.start);
    if (group) group.triggers.push(t);
    else bySentence.set(span.start, { span, triggers: [t] });
  }
  const out: Candidate[] = [];
  let order = orderBase;
  for (const { span, triggers: ts } of bySentence.values()) {
    const sentenceText = text.slice(span.start, span.end);
    const prev1 = previousSentence(text, span.start);
    const next = span.end < text.length ? sentenceAt(text, Math.min(text.length - 1, span.end + 1)) : null;
    const prev2 = prev1 ? previousSentence(text, prev1.start) : null;
    const contextStart = (prev2 ?? prev1 ?? span).start;
    const context = `${text.slice(contextStart, span.end)} ${next ? text.slice(span.end, next.end) : ''} ${extraContext}`;
    if (!COMPUTE_RE.test(context) || !DEAL_RE.test(context)) continue;
    // Sentence-wide cues drop the sentence; side-deal cues (a stake, market value) drop only the amount near them.
    if (negativeCue(sentenceText, '')) continue;
    const kept = ts.filter((t) => !negativeCue('', nearAmount(text, span, t)));
    if (kept.length === 0) continue;
    let parties = partiesIn(text, span, registrant);
    let evidence: Span = span;
    const money = kept.filter((t) => t.money);
    const positions = (money.length > 0 ? money : kept.slice(0, 1)).map((t) => t.start);
    if (new Set(parties.map((p) => p.company.id)).size < 2) {
      // The parties are often named in the sentence before ("entered into an agreement with X. The total value…").
      // Prefer the nearest earlier sentence that names a whole pair; else gather what the last two name.
      const own = parties;
      let gathered = parties;
      let prev = prev1;
      for (let k = 0; k < 2 && prev; k++) {
        const prevText = text.slice(prev.start, prev.end);
        if (negativeCue(prevText)) break;
        const named = partiesIn(text, prev, registrant);
        gathered = [...named, ...gathered];
        if (new Set([...named, ...own].map((p) => p.company.id)).size >= 2) {
          parties = new Set(named.map((p) => p.company.id)).size >= 2 ? [...named, ...own] : gathered;
          evidence = { start: prev.start, end: span.end };
          break;
        }
        prev = previousSentence(text, prev.start);
      }
    }
    if (new Set(parties.map((p) => p.company.id)).size < 2) continue;
    for (const pos of positions) {
      const t = ts.find((x) => x.start === pos)!;
      const pair = choosePair(
        text,
        evidence,
        parties,
        pos,
        ts.filter((x) => x.money).map((x) => x.start),
        registrant?.id ?? null,
      );
      if (pair.length < 2) continue;
      const [a, b] = pair as [Party, Party];
      const { buyer, provider } = assignRoles(text, evidence, a, b);
      const evidenceText = text.slice(evidence.start, evidence.end);
      const m = t.money;
      const total = m ? isExpansionTotal(text, m) : false;
      const increment = m && !total ? isIncrement(text, m) : false;
      let status = statusOf(evidenceText);
      if (total && STATUS_RANK[status] < STATUS_RANK.expanded) status = 'expanded';
      if (increment && status === 'signed') status = 'expanded';
      // The end date often sits in the next sentence ("This obligation continues through April 13, 2032");
      // that sentence is read only when it holds no amount of its own (it would be another deal's).
      const after =
        next && next.start >= span.end && !hasTriggerIn(found, next) ? text.slice(next.start, next.end) : '';
      const endDate = parseEndDate(evidenceText)?.date ?? parseEndDate(after)?.date ?? null;
      const termYears = parseTermYears(evidenceText)?.years ?? null;
      let confidence = 0.55;
      if (m) confidence += 0.15;
      if (evidence === span) confidence += 0.1;
      if (!a.weak && !b.weak) confidence += 0.05;
      if (/(?:agreement|contract|order form|accord|contrat)/i.test(evidenceText)) confidence += 0.1;
      const mention: Mention = {
        buyer: toCompanyRef(buyer.company),
        provider: toCompanyRef(provider.company),
        valueUsd: m ? m.usd : null,
        valueText: m ? m.text : null,
        originalCurrency:
          m && m.currency !== 'USD'
            ? { code: m.currency, amount: m.amount, rateToUsd: RATES_TO_USD[m.currency] }
            : null,
        qualifier: m?.qualifier ?? null,
        cumulative: !increment,
        status,
        kind: kindOf(`${evidenceText} ${after}`, provider.company.tier),
        endDate,
        termYears,
        language: languageOf(),
        evidence: evidenceText,
        evidenceStart: fromTitle ? 0 : evidence.start,
        evidenceEnd: fromTitle ? 0 : evidence.end,
        confidence: Math.min(0.99, Math.round(confidence * 100) / 100),
      };
      const hypothetical = m ? HYPOTHETICAL_RE.test(text.slice(Math.max(0, m.start - 80), m.start)) : false;
      out.push({ a, b, mention, total, hypothetical, order: order++, fromTitle });
    }
  }
  return out;
}

function better(x: Candidate, y: Candidate): Candidate {
  const score = (c: Candidate): number =>
    (c.mention.valueUsd !== null ? 4 : 0) +
    (c.total ? 8 : 0) +
    (c.mention.cumulative ? 1 : 0) -
    (c.hypothetical ? 2 : 0);
  const sx = score(x);
  const sy = score(y);
  if (sx !== sy) return sx > sy ? x : y;
  return x.order <= y.order ? x : y;
}

/** One mention per company pair: the running total beats an increment, a value beats none, earlier wins. */
function mergeByPair(candidates: Candidate[]): Mention[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = [c.mention.buyer.id, c.mention.provider.id].sort().join('|');
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: Mention[] = [];
  for (const list of groups.values()) {
    let best = list[0]!;
    for (const c of list.slice(1)) best = better(best, c);
    const bodyBest = best.fromTitle
      ? list.filter((c) => !c.fromTitle && c.mention.valueUsd === best.mention.valueUsd)[0]
      : undefined;
    const chosen = bodyBest ?? best;
    const m = { ...chosen.mention };
    for (const c of list) {
      // A hedge anywhere ("reportedly", "in talks") qualifies the whole story; "expanded" comes from the chosen amount.
      if (c.mention.status !== 'expanded' && STATUS_RANK[c.mention.status] > STATUS_RANK[m.status])
        m.status = c.mention.status;
      m.endDate ??= c.mention.endDate;
      m.termYears ??= c.mention.termYears;
      m.confidence = Math.max(m.confidence, c.mention.confidence);
    }
    // An expansion's total is a running total; an increment stays an increment only when nothing gives the total.
    out.push(m);
  }
  return out.sort((x, y) => x.evidenceStart - y.evidenceStart);
}

const LEASE_OBLIGATION_RE = /\blease|obligations|\brent\b|loyers?|\bbail\b|\bbaux\b|Miet/i;

/**
 * A guarantor that backstops a tenant's lease obligations ("Google to backstop $1.8 billion of Fluidstack's
 * lease obligations") is committed to the landlord: the backstop's provider is the lease's provider.
 * `hostRegistrant` stands in for the landlord when the lease itself is not among the mentions.
 */
export function resolveBackstops(mentions: Mention[], hostRegistrant: CompanyRef | null = null): Mention[] {
  const out = mentions.map((m) => {
    if (m.kind !== 'capacity_backstop' || !LEASE_OBLIGATION_RE.test(m.evidence)) return m;
    const ids = [m.buyer.id, m.provider.id];
    const lease = mentions.find(
      (l) =>
        l !== m && l.kind === 'datacenter_lease' && ids.includes(l.buyer.id) && !ids.includes(l.provider.id),
    );
    if (lease) {
      const guarantor = m.buyer.id === lease.buyer.id ? m.provider : m.buyer;
      return { ...m, buyer: guarantor, provider: lease.provider };
    }
    if (hostRegistrant && !ids.includes(hostRegistrant.id)) {
      // The guarantor is the bigger balance sheet (the lower tier: a hyperscaler backing a neocloud).
      const buyerIsGuarantor =
        (companyById(m.buyer.id)?.tier ?? 2) <= (companyById(m.provider.id)?.tier ?? 2);
      const guarantor = buyerIsGuarantor ? m.buyer : m.provider;
      return { ...m, buyer: guarantor, provider: hostRegistrant };
    }
    return m;
  });
  const seen = new Set<string>();
  return out.filter((m) => {
    const key = `${m.buyer.id}|${m.provider.id}|${m.valueUsd}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Short documents (news items, press releases) are searched whole for a missing term. */
const TERM_HINT_RE = /year|\bans\b|ann[ée]es|jahre|años|anni|anos/gi;
const TERM_SEARCH_CHARS = 20_000;

/**
 * "Under the five-year agreement, IREN will run … for Microsoft": a term stated in a sentence of its own, naming
 * both parties and no amount (an amount would make it another deal's sentence).
 */
function fillTerms(mentions: Mention[], text: string): void {
  const missing = mentions.filter((m) => m.termYears === null || m.endDate === null);
  if (missing.length === 0 || text.length > TERM_SEARCH_CHARS) return;
  // Only sentences around a stated term or end are read.
  const spots = [...parseEndDates(text).map((d) => d.start)];
  const term = parseTermYears(text);
  if (term) spots.push(term.start);
  for (const m of text.matchAll(TERM_HINT_RE)) spots.push(m.index);
  let lastEnd = -1;
  for (const pos of spots.sort((x, y) => x - y)) {
    if (pos < lastEnd) continue;
    const s = sentenceAt(text, pos);
    lastEnd = s.end;
    if (s.end <= s.start) continue;
    const sentence = text.slice(s.start, s.end);
    const term = parseTermYears(sentence);
    const end = parseEndDate(sentence);
    if ((!term && !end) || parseMoney(sentence, { minUsd: MIN_VALUE_USD }).length > 0) continue;
    const ids = new Set(findCompanyMentions(sentence).map((c) => c.company.id));
    for (const m of missing) {
      if (!ids.has(m.buyer.id) || !ids.has(m.provider.id)) continue;
      if (m.termYears === null && term) m.termYears = term.years;
      if (m.endDate === null && end) m.endDate = end.date;
    }
  }
}

/** Every compute-capacity contract disclosed in the document, one mention per deal. */
export function extractMentions(input: ExtractInput): Mention[] {
  const text = input.text ?? '';
  const title = input.title ?? '';
  // Detected only when needed: most documents produce no candidate and never pay for it.
  let language = input.language;
  const languageOf = (): Language => {
    language ??= detectLanguage(title ? `${title}\n${text.slice(0, 6_000)}` : text);
    return language;
  };
  const registrant = registrantEntry(input.registrant);
  const candidates = [
    ...(title ? scanText(title, languageOf, registrant, true, 0, text.slice(0, 1500)) : []),
    ...scanText(text, languageOf, registrant, false, 1_000_000),
  ];
  const host = registrant && registrant.tier === 3 ? toCompanyRef(registrant) : null;
  const mentions = resolveBackstops(mergeByPair(candidates), host);
  fillTerms(mentions, text);
  return mentions;
}
