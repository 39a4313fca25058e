// The deal extractor: finds disclosures of compute-capacity contracts (buyer, provider, value, term, status,
// kind) in a filing's text or a news item. Pure and dependency-free.
//
// Shape of the work, chosen for speed on large filings that mostly say nothing about compute:
// 1. a linear scan for money amounts, GW/MW quantities and "multibillion"-style words (the prefilter);
// 2. only the sentences holding one of them are read further: hard-negative cues, compute and contract words,
//    company aliases, clauses, role cues, status, kind and term;
// 3. candidates are merged per company pair (one mention per deal per document); the roles are those the
//    clearest sentences give, summed over the pair's sentences.
// An amount binds to the parties of its own list item or table row (never a sibling's), to the seller of the goods
// it buys (not to the buyer's own downstream customer), and is dropped when it is what a company is worth.
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
  valuesCompanyAt,
} from './cues';
import {
  clauseBreaks,
  listItemAt,
  previousSentence,
  type Span,
  sentenceAt,
  tableHeaderAt,
} from './sentences';

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
  /** Named as the maker of the goods bought ("buy 400,000 of Nvidia's GB200 processors"). */
  product?: boolean;
  /** The buyer's own customer downstream ("… to fill the campus it will lease to OpenAI"): not a party of a
   * purchase amount stated before it. */
  downstream?: boolean;
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
  /** How clearly the words gave the roles (0 when the tiers decided). */
  roleMargin: number;
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
  /(?:bringing|brings?|brought|raising|raises?|taking|takes|lifting|lifts?) (?:the |its |their )?(?:total|aggregate|overall|combined|cumulative)[^.$€£]{0,80}$|(?:portant|porte|porter|pour porter) (?:le total|la valeur|le montant|son|leur)[^.$€£]{0,80}$|total[^.$€£]{0,80}(?:rises|rose|grows|grew|increases|increased|climbs|climbed) to\s(?:approximately |about |up to )?~?$|(?:à|pour) un total de\s?$|(?:hisse|hissant|fait passer|faisant passer|porte|portant|rel[èe]ve|relevant|[ée]l[èe]ve|[ée]levant)\s(?:ainsi\s)?(?:la valeur|le total|le montant|l['’]ensemble|ses|leurs|son|sa|leur)[^.$€£]{0,80}\s(?:à|a)\s(?:environ\s|pr[èe]s de\s|quelque\s)?~?$|\b(?:porte|portent|port[ée]e?s?|hisse|hiss[ée]e?s?|relev[ée]e?s?|fait passer)\s(?:à|a)\s(?:environ\s|pr[èe]s de\s)?~?$/i;

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

/**
 * A relative or purpose clause that passes the goods on: "(to fill the campus) it will lease to", "which it plans
 * to rent out to", "pour équiper le site qu'il louera à", "destined for", "to serve". The company after it is the
 * buyer's customer, not the seller of what the amount buys.
 */
const DOWNSTREAM_BEFORE_RE =
  /(?:\b(?:it|they|which|that|the company)\s(?:will\s|would\s|plans to\s|intends to\s|is to\s|expects to\s|then\s|is\s|are\s|will be\s)?(?:lease|leases|leasing|rent|rents|renting|sublease|subleases|subleasing|resell|resells|reselling|provide|provides|providing|offer|offers|offering|supply|supplies|supplying|sell|sells|selling|make available|makes available|make (?:it|them) available)(?:\s(?:out|it|them|on|back|the capacity|capacity))?|(?:qu['’]il|qu['’]elle|qu['’]ils|qu['’]elles|qui|dont il)\s(?:va\s|compte\s|doit\s|pr[ée]voit de\s)?(?:louer(?:a|ont)?|loue|sous-louer(?:a)?|revendr(?:a|ont)|fournir(?:a|ont)?|proposer(?:a|ont)?|mettr(?:a|ont) à disposition))\s(?:to|à|au|de)\s(?:the\s)?$|(?:\bto serve|\bdestined for|\bfor use by|\bpour servir|\bdestin[ée]e?s? à)\s(?:the\s)?$/i;

const BACKSTOP_WORD_RE = /backstop|unused|garanti|inutilis/i;

/** "chips for OpenAI's Texas site", "pour le campus d'OpenAI": the site of the buyer's customer. */
const SITE_FOR_BEFORE_RE = /(?:\bfor|\bto fill|\bto equip|\bto populate|\bpour)\s(?:the\s)?$/i;
const SITE_AFTER_RE =
  /^['’]s?\s(?:[\p{L}\d-]+\s){0,2}(?:site|campus|data cent(?:er|re)s?|facility|facilities|cluster|build-?out|project|halls?)\b/iu;

/** A purchase of goods: the verb that makes a product's maker the seller. */
const PURCHASE_VERB_RE =
  /\b(?:buy|buys|buying|bought|purchase|purchases|purchasing|purchased|order|orders|ordered|acquire|acquires)\b(?! forms?\b)|ach[eè]te|acheter|ach[eè]tera|achat|commande|command[ée]/i;
/** "commit $40bn to Nvidia chips", "spend $10bn on GPUs": a purchase when goods are named. */
const SPEND_VERB_RE =
  /\b(?:commit|commits|committed|committing|spend|spends|spending|spent|outlay)\b|d[ée]pens|consacr/i;
const GOODS_RE =
  /\b(?:chips?|gpus?|processors?|accelerators?|servers?|systems|racks?|hardware|puces|processeurs|serveurs|acc[ée]l[ée]rateurs)\b/i;

function isPurchase(text: string, sentence: Span, pos: number): boolean {
  const before = text.slice(sentence.start, pos);
  return (
    PURCHASE_VERB_RE.test(before) ||
    (SPEND_VERB_RE.test(before) && GOODS_RE.test(text.slice(sentence.start, sentence.end)))
  );
}

/** Chip designers (tier 1.5) and hardware vendors (tier 4): the companies whose names label goods. */
const isChipMaker = (c: CompanyEntry): boolean => c.tier === 1.5 || c.tier === 4;

function partiesIn(text: string, span: Span, registrant: CompanyEntry | null): Party[] {
  const out: Party[] = [];
  for (const m of findCompanyMentions(text, span.start, span.end)) {
    // Chip makers' names before "GPUs"/"systems" are products; anyone's before their own chip brand ("Google TPUs").
    const after = text.slice(m.end, m.end + 14);
    const weak =
      (isChipMaker(m.company) && PRODUCT_AFTER_RE.test(after)) ||
      CHIP_BRAND_AFTER_RE.test(after) ||
      // "puces Nvidia" names Nvidia's product; "le spécialiste du cloud GPU Nscale" names a cloud, not a chip.
      (isChipMaker(m.company) && PRODUCT_BEFORE_RE.test(text.slice(Math.max(0, m.start - 14), m.start)));
    const tenant =
      TENANT_AFTER_RE.test(text.slice(m.end, m.end + 24)) ||
      TENANT_BEFORE_RE.test(text.slice(Math.max(0, m.start - 30), m.start));
    const before = text.slice(Math.max(0, m.start - 90), m.start);
    const downstream =
      DOWNSTREAM_BEFORE_RE.test(before) ||
      (SITE_FOR_BEFORE_RE.test(before) && SITE_AFTER_RE.test(text.slice(m.end, m.end + 40)));
    out.push({
      company: m.company,
      start: m.start,
      end: m.end,
      weak: weak || tenant,
      tenant,
      product: weak,
      downstream,
    });
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
  // "buys chips for $40bn to fill the campus it will lease to OpenAI": OpenAI is not a party of the purchase.
  const purchaseBefore = isPurchase(text, sentence, pos);
  const inView = purchaseBefore ? parties.filter((p) => !(p.downstream && p.start > pos)) : parties;
  const strong = inView.filter((p) => !p.weak);
  // A brand named as the product ("NVIDIA GB300 GPUs") is a party only when the sentence buys hardware.
  const weakAllowed = purchaseBefore || HARDWARE_RE.test(text.slice(sentence.start, sentence.end));
  let pool =
    new Set(strong.map((p) => p.company.id)).size >= 2
      ? strong
      : inView.filter((p) => !p.weak || p.tenant || weakAllowed);
  let breaks = clauseBreaks(text, sentence, pool);
  const clauseOf = (x: number): number => {
    let i = 0;
    while (i < breaks.length && breaks[i]! < x) i++;
    return i;
  };
  let own = clauseOf(pos);
  // "…, which is buying $40 billion of Nvidia GB200 chips": the maker of the goods the amount's own clause buys
  // is a party of that amount, even when two other companies are named around it.
  if (pool === strong && purchaseBefore) {
    const clauseStart = own > 0 ? breaks[own - 1]! : sentence.start;
    const makers = inView.filter(
      (p) => p.product && !p.tenant && clauseOf(p.start) === own && p.start > clauseStart,
    );
    if (makers.length > 0 && isPurchase(text, { start: clauseStart, end: sentence.end }, pos)) {
      pool = [...strong, ...makers].sort((x, y) => x.start - y.start);
      breaks = clauseBreaks(text, sentence, pool);
      own = clauseOf(pos);
    }
  }
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
  if (REVENUE_FOR_RE.test(before)) return 2;
  // "a contract for IREN's GPU cloud capacity": whose capacity it is, sells it.
  if (OWN_CAPACITY_AFTER_RE.test(after) && /(?:\bfor|\bon|\bpour)\s(?:the\s)?$/i.test(before)) return 2;
  // "CoreWeave lands a $14 billion contract from Meta", "décroche un contrat auprès de Meta": the one who
  // awards a contract is the customer.
  if (WIN_FROM_RE.test(text.slice(Math.max(0, p.start - 100), p.start))) return -2;
  // "a $19.4 billion deal for Nebius", "jackpot pour CoreWeave": the one a deal is for is the one who won it.
  // Not after a signing verb: "Nebius signed a $17.4 billion deal for Microsoft" names the customer.
  if (DEAL_FOR_RE.test(before) && !SIGNED_BEFORE_RE.test(text.slice(Math.max(0, p.start - 100), p.start)))
    return 1;
  // "buy 400,000 of Nvidia's GB200 processors": the maker of the goods bought sells them.
  if (p.product && PURCHASE_VERB_RE.test(before)) s += 2;
  if (PROVIDER_BEFORE_RE.test(before)) s += 2;
  else if (BUYER_BEFORE_RE.test(before)) {
    const word = /(\S+)\s(?:the\s)?$/.exec(before)?.[1]?.toLowerCase();
    // "to", "à", "pour" name the customer only after a verb of giving ("lease … to", "fournir … pour");
    // "nouveau contrat pour CoreWeave" names the one who won it.
    const weakWord = word === 'to' || word === 'à' || word === 'pour';
    const giveBefore = GIVE_BEFORE_RE.test(text.slice(Math.max(0, p.start - 90), p.start));
    s -= weakWord ? (hasProvideVerb || giveBefore ? 2 : 0) : 2;
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

/** A verb of giving just before "to"/"à": "will lease the campus to", "louera le site à". */
const GIVE_BEFORE_RE =
  /\b(?:lease[sd]?|leasing|rent(?:s|ed|ing)?(?: out)?|sublease[sd]?|sell(?:s|ing)?|sold|provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|offer(?:s|ed|ing)?|lou(?:e|er|era|eront|é)|fourni(?:r|ra|t|ssent)?|livr(?:e|er|era)|vend(?:re|ra)?|c[èe]d(?:e|er|era))(?![a-z\u00e0-\u00ff])[^.;]{0,50}\s$/i;

const WIN_FROM_RE =
  /\b(?:wins?|won|winning|lands?|landed|landing|secures?|secured|securing|clinch(?:es|ed)?|bags?|bagged|d[ée]croch\w{0,6}|remport\w{0,6}|obtien\w{0,4}|obtenu\w?|gagn\w{0,6}|arrach\w{0,6})\s[^.;]{0,80}(?:\bfrom|aupr[èe]s d(?:e|u|['’])|de la part d(?:e|u|['’]))\s?(?:the\s)?$/i;
const OWN_CAPACITY_AFTER_RE =
  /^['’]s?\s(?:[\w-]+\s){0,2}(?:capacity|gpus?|compute|computing|cloud|infrastructure|clusters?|supercomputers?)\b/i;
const SIGNED_BEFORE_RE =
  /\b(?:sign|signs|signed|signing|inks?|inked|strikes?|struck|agreed|agrees|enters?|entered|closes?|closed)\b|sign[ée]|signe/i;
const DEAL_FOR_RE =
  /(?:\bbillion|\bmillion|\bbn|milliards?|millions|dollars|\bdeal|\bcontract|\bcontrat|\bwin|windfall|jackpot|aubaine|manne)\s(?:for|pour)\s(?:the\s)?$/i;

/** "$6.7 billion of contracted revenue for TeraWulf": the one who earns it is the seller. */
const REVENUE_FOR_RE =
  /(?:revenues?|sales|income|chiffre d['’]affaires|revenus)\s(?:\S{1,20}\s)?(?:for|to|pour|de|du)\s(?:the\s)?$/i;

const PROVIDE_VERB_RE =
  /provid|suppl(?:y|ie|ying)|deliver|fourni(?!sseu)|livr(?!aison)|h[ée]berg|mettre à disposition|liefer|proporcion|suministr|fornir|fornec/i;

/** Buyer and provider, and how strongly the words said so (0: the tiers decided). */
function assignRoles(
  text: string,
  evidence: Span,
  a: Party,
  b: Party,
): { buyer: Party; provider: Party; margin: number } {
  const provideVerb = PROVIDE_VERB_RE.test(text.slice(evidence.start, evidence.end));
  const sa = roleScore(text, a, provideVerb);
  const sb = roleScore(text, b, provideVerb);
  const margin = Math.abs(sa - sb);
  if (sa !== sb) return sa > sb ? { buyer: b, provider: a, margin } : { buyer: a, provider: b, margin };
  if (a.company.tier !== b.company.tier)
    return a.company.tier < b.company.tier
      ? { buyer: a, provider: b, margin }
      : { buyer: b, provider: a, margin };
  return { buyer: b, provider: a, margin };
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

/**
 * "lifting its backstop by $1.4 billion, to about $3.2 billion", "relève sa garantie de 1,4 milliard, à 3,2
 * milliards": an increment then "to" the new level; "to about $5 billion, from $3 billion": the level it left.
 */
const BY_THEN_TO_BEFORE_RE =
  /(?:\bby|\bde)\s(?:up to\s|about\s|approximately\s|roughly\s|some\s|environ\s|pr[èe]s de\s)?(?:US)?[$€£]?\s?\d[\d.,]{0,12}\s?(?:billion|million|bn|mn|m|milliards?|millions?|Md|Mds|Mrd)?\s?(?:de dollars|d['’]euros|\$|€)?[^.;$€£\d]{0,20}(?:\sto|\sà)\s(?:about\s|approximately\s|roughly\s|some\s|nearly\s|up to\s|environ\s|pr[èe]s de\s)?~?$/i;
const FROM_LEVEL_AFTER_RE =
  /^[^.;$€£\d]{0,12},?\s(?:from|up from|contre|au lieu de)\s(?:about\s|approximately\s|environ\s)?(?:US)?[$€£]?\s?\d/i;

function isExpansionTotal(text: string, m: MoneyAmount): boolean {
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  if (BY_THEN_TO_BEFORE_RE.test(before) || FROM_LEVEL_AFTER_RE.test(text.slice(m.end, m.end + 40)))
    return true;
  const cue = EXPANSION_TOTAL_BEFORE_RE.exec(before);
  // "which could take the total contract value to up to $19.4 billion": an option, not an expansion.
  return cue !== null && !HYPOTHETICAL_RE.test(before.slice(Math.max(0, cue.index - 40), cue.index + 20));
}

const HYPOTHETICAL_RE = /\b(?:could|may|might|would|option|if)\b|pourrai(?:t|ent)|[ée]ventuel/i;

/** Sibling items of a list skipped on the way back to the list's lead-in. */
const MAX_SIBLINGS = 12;

/** Characters around a trigger where a compute word must appear: the sentence and its neighbours. */
const COMPUTE_REACH = 1_500;
const COMPUTE_GLOBAL_RE = new RegExp(COMPUTE_RE.source, 'gi');

/** `triggers` is sorted by start: a binary search keeps documents with thousands of amounts linear. */
function hasTriggerIn(triggers: Trigger[], span: Span): boolean {
  let lo = 0;
  let hi = triggers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (triggers[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < triggers.length && triggers[lo]!.start < span.end;
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
  // A table row's numbers mean what its header says; the header is found once per table.
  const headers = new Map<number, Span | null>();
  const headerVerdicts = new Map<number, boolean>();
  const headerSaysNo = (row: number): boolean => {
    const header = tableHeaderAt(text, row, headers);
    if (!header) return false;
    let no = headerVerdicts.get(header.start);
    if (no === undefined) {
      no = negativeCue(text.slice(header.start, header.end)) !== null;
      headerVerdicts.set(header.start, no);
    }
    return no;
  };
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
    const kept = ts.filter(
      (t) =>
        !negativeCue('', nearAmount(text, span, t)) &&
        !valuesCompanyAt(text.slice(Math.max(span.start, t.start - 200), t.start)),
    );
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
      const item = listItemAt(text, span.start);
      let siblings = 0;
      for (let k = 0; k < 2 && prev; k++) {
        // An item of a list reads its own item and the lead-in that introduces the list, never a sibling item:
        // an amount binds to the parties of its own bullet.
        if (item >= 0 && siblings < MAX_SIBLINGS) {
          const other = listItemAt(text, prev.start);
          if (other >= 0 && other !== item) {
            siblings++;
            k--;
            prev = previousSentence(text, prev.start);
            continue;
          }
        }
        const prevText = text.slice(prev.start, prev.end);
        if (negativeCue(prevText)) break;
        const named = partiesIn(text, prev, registrant);
        if (siblings > 0) {
          // The list's lead-in: its parties, the own item's amount; the siblings in between stay out.
          if (new Set([...named, ...own].map((p) => p.company.id)).size >= 2) parties = [...named, ...own];
          break;
        }
        gathered = [...named, ...gathered];
        if (new Set([...named, ...own].map((p) => p.company.id)).size >= 2) {
          parties = new Set(named.map((p) => p.company.id)).size >= 2 ? [...named, ...own] : gathered;
          evidence = { start: prev.start, end: span.end };
          break;
        }
        prev = previousSentence(text, prev.start);
      }
      // A filing's list of contracts or table of customers lists the registrant's own contracts: a row or bullet
      // naming one counterparty is a contract with the registrant.
      const ids = new Set(parties.map((p) => p.company.id));
      const counterparties = own.filter((p) => !p.weak && p.company.id !== registrant?.id);
      if (registrant && item >= 0 && ids.size === 1 && counterparties.length > 0 && !headerSaysNo(item)) {
        parties = [...own, { company: registrant, start: item, end: item, weak: false, pronoun: true }];
      }
    }
    if (new Set(parties.map((p) => p.company.id)).size < 2) continue;
    // "by $1.4 billion, to about $3.2 billion": the increment and the total are one deal's, told once (the total).
    const totalAt = money.find((x) => x.money && isExpansionTotal(text, x.money))?.start;
    for (const pos of positions) {
      const t = ts.find((x) => x.start === pos)!;
      if (
        totalAt !== undefined &&
        t.money &&
        pos < totalAt &&
        (isIncrement(text, t.money) ||
          (totalAt - t.money.end < 40 &&
            BY_THEN_TO_BEFORE_RE.test(text.slice(Math.max(0, totalAt - 120), totalAt))))
      )
        continue;
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
      const { buyer, provider, margin } = assignRoles(text, evidence, a, b);
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
        // Buying a maker's goods ("400,000 of Nvidia's GB200 processors") is a hardware purchase.
        kind:
          provider.product && isPurchase(text, evidence, t.start) && !BACKSTOP_WORD_RE.test(evidenceText)
            ? 'hardware'
            : kindOf(`${evidenceText} ${after}`, provider.company.tier),
        endDate,
        termYears,
        language: languageOf(),
        evidence: evidenceText,
        evidenceStart: fromTitle ? 0 : evidence.start,
        evidenceEnd: fromTitle ? 0 : evidence.end,
        confidence: Math.min(0.99, Math.round(confidence * 100) / 100),
      };
      const hypothetical = m ? HYPOTHETICAL_RE.test(text.slice(Math.max(0, m.start - 80), m.start)) : false;
      out.push({ a, b, mention, total, hypothetical, order: order++, fromTitle, roleMargin: margin });
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
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
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
    // The roles are what the clearest sentences say, summed over every sentence about this pair: one sentence
    // whose only cue is ambiguous ("nouveau contrat pour CoreWeave") does not outvote the others.
    let forChosen = 0;
    let against = 0;
    for (const c of list) {
      if (c.mention.buyer.id === m.buyer.id) forChosen += c.roleMargin;
      else against += c.roleMargin;
    }
    if (against > forChosen) {
      const buyer = m.provider;
      m.provider = m.buyer;
      m.buyer = buyer;
      m.kind = kindOf(m.evidence, companyById(m.provider.id)?.tier ?? 2);
    }
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
export function resolveBackstops<T extends Mention>(
  mentions: T[],
  hostRegistrant: CompanyRef | null = null,
  /** false keeps every mention (the filing worker records each document's as its own source). */
  dedupe = true,
): T[] {
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
  if (!dedupe) return out;
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
