// A deal the headline names and the body confirms, told in words the scan has no cue for: "Thinking Machines Lab
// lands on Google Cloud for GB300 capacity", "Australia's Firmus secures 170,000 Nvidia GPUs for its Batam AI
// factory", "Eclairion accueille le plus grand cluster de Mistral AI, opéré par Fluidstack". Real pages tell many
// deals so, briefly and without a figure: the page is about the pair, and the pair is the deal. Read only when the
// scan found nothing between them, and with care: the headline names exactly two companies of different standing
// in the market, not joined as partners ("Deutsche Telekom et Nvidia ouvrent …"), with a compute word and no hard
// negative (a stake, a takeover, a funding round); a body sentence names both again, with a word of compute or of a
// contract besides their names, and no hard negative. A chip maker with no clause saying otherwise sells its goods
// (hardware). Its confidence stays below the alert threshold: stored and shown, not alerted.
import {
  type CompanyEntry,
  type CompanyMention,
  companyById,
  findCompanyMentions,
  toCompanyRef,
} from '../companies';
import type { Language, Mention } from '../types';
import { COMPUTE_RE, DEAL_RE, kindOf, negativeCue, statusOf } from './cues';
import { HEADLINE_MAX } from './headline-pair';
import { isChipMaker, type Party } from './parties';
import { assignRoles } from './roles';
import { type Span, sentenceAt } from './sentences';

/** Longer than a news article: a filing, whose first line is no headline. */
export const ARTICLE_CHARS = 100_000;
/** Told by the headline alone: below the default alert threshold (0.8). */
const HEADLINE_CONFIDENCE = 0.55;
/**
 * What joins two co-subjects, maybe with a third name between ("Firmus, CDC et Nvidia voient grand", "SoftBank y
 * OpenAI crean", "Nvidia, AMD to hand"): partners side by side, no seller and buyer.
 */
const JOINED_RE = /^\s?(?:,|and|et|und|y|e|&|\+|[-–—])\s?(?:\S+\s?(?:,|and|et|und|y|e|&)\s?)?$/i;

export function withHeadlineDeal(
  mentions: Mention[],
  text: string,
  title: string,
  registrant: CompanyEntry | null,
  languageOf: () => Language,
): Mention[] {
  if (registrant || text.length > ARTICLE_CHARS) return mentions;
  const headline = headlineOf(text, title);
  if (!headline) return mentions;
  const pair = headlinePair(headline.text);
  if (!pair) return mentions;
  const [a, b] = pair;
  const named = (m: Mention, id: string): boolean => m.buyer.id === id || m.provider.id === id;
  if (mentions.some((m) => named(m, a.id) && named(m, b.id))) return mentions;
  const evidence = sentenceNamingBoth(text, headline.bodyStart, a, b);
  if (!evidence) return mentions;
  const roles = assignRoles(text, evidence.span, evidence.a, evidence.b);
  // No clause saying otherwise, a chip maker beside a cloud, a host or a lab sells its goods ("Firmus secures 170,000
  // Nvidia GPUs"), whatever the company table says of Nvidia's renting.
  const maker = roles.basis !== 'clause' ? [a, b].find(sellsGoods) : undefined;
  const buyer = maker ? (maker === a ? b : a) : roles.buyer.company;
  const provider = maker ?? roles.provider.company;
  // "Microsoft s'offre 100 000 GPU Nvidia" over a body whose contract is Nebius's: the maker's chips are the goods
  // of the buyer's contract with a cloud or a host, no sale of the maker's own.
  if (
    sellsGoods(provider) &&
    mentions.some(
      (m) =>
        m.buyer.id === buyer.id &&
        m.provider.id !== provider.id &&
        SELLER_TIERS.has(companyById(m.provider.id)?.tier ?? -1),
    )
  )
    return mentions;
  const sentence = text.slice(evidence.span.start, evidence.span.end);
  const headlineStatus = statusOf(headline.text);
  return [
    ...mentions,
    {
      buyer: toCompanyRef(buyer),
      provider: toCompanyRef(provider),
      valueUsd: null,
      valueText: null,
      originalCurrency: null,
      qualifier: null,
      cumulative: true,
      status: headlineStatus !== 'signed' ? headlineStatus : statusOf(sentence),
      // A chip maker that sells, whichever step made it the provider, sells its goods.
      kind: sellsGoods(provider)
        ? 'hardware'
        : kindOf(`${headline.text}\n${sentence}`, provider.tier, buyer.tier, provider.sellsCapacity),
      endDate: null,
      termYears: null,
      language: languageOf(),
      evidence: sentence,
      evidenceStart: evidence.span.start,
      evidenceEnd: evidence.span.end,
      confidence: HEADLINE_CONFIDENCE,
    },
  ];
}

/**
 * A loan in the headline finances the deal it names ("CoreWeave lands $2.6 billion loan to build OpenAI's cluster"):
 * the deal told without an amount is not the loan's.
 */
const LOANS = new Set(['loan', 'credit-facility']);
/** A chip maker or a hardware vendor that runs no cloud of its own: what it sells is goods. */
const sellsGoods = (c: CompanyEntry): boolean => isChipMaker(c) && !c.sellsCapacity;
/** Neoclouds and hosts: the sellers a buyer's chips come through. */
const SELLER_TIERS = new Set([2, 3]);

/** Lines of a page read for its headline: a section's or a site's name often stands above it ("Tecnologia"). */
const HEADLINE_LINES = 2;

/**
 * The headline (the title, or the first of the text's first short lines that names a company) and where the body
 * starts in the text.
 */
function headlineOf(text: string, title: string): { text: string; bodyStart: number } | null {
  if (title.trim() !== '') return { text: title, bodyStart: 0 };
  let start = 0;
  for (let line = 0; line < HEADLINE_LINES; ) {
    const end = text.indexOf('\n', start);
    if (end < 0 || end - start > HEADLINE_MAX) return null;
    const candidate = text.slice(start, end);
    if (candidate.trim() !== '') {
      if (findCompanyMentions(candidate).length > 0) return { text: candidate, bodyStart: end + 1 };
      line++;
    }
    start = end + 1;
  }
  return null;
}

/** The headline's two companies, when it names exactly two that a deal could set apart; else null. */
function headlinePair(headline: string): [CompanyEntry, CompanyEntry] | null {
  if (!COMPUTE_RE.test(headline)) return null;
  const negative = negativeCue(headline);
  if (negative !== null && !LOANS.has(negative)) return null;
  const found = findCompanyMentions(headline).sort((x, y) => x.start - y.start);
  const companies = [...new Set(found.map((m) => m.company))];
  if (companies.length !== 2) return null;
  const [a, b] = companies as [CompanyEntry, CompanyEntry];
  // Two of one standing (two hyperscalers, two labs) are rivals or partners as often; a funder takes no side.
  if (a.tier === b.tier || !a.roles?.length || !b.roles?.length) return null;
  const joined = found.some(
    (m, i) =>
      i > 0 &&
      found[i - 1]!.company !== m.company &&
      JOINED_RE.test(headline.slice(found[i - 1]!.end, m.start)),
  );
  return joined ? null : [a, b];
}

/**
 * The body's first sentence naming both companies, with a word of compute or of a contract and no hard negative, and
 * their parties.
 */
function sentenceNamingBoth(
  text: string,
  bodyStart: number,
  a: CompanyEntry,
  b: CompanyEntry,
): { span: Span; a: Party; b: Party } | null {
  const named = findCompanyMentions(text, bodyStart).filter((m) => m.company === a || m.company === b);
  const tried = new Set<number>();
  for (const m of named) {
    const span = sentenceAt(text, m.start);
    if (tried.has(span.start)) continue;
    tried.add(span.start);
    const inSpan = named.filter((x) => x.start >= span.start && x.end <= span.end);
    const ma = inSpan.find((x) => x.company === a);
    const mb = inSpan.find((x) => x.company === b);
    if (!ma || !mb) continue;
    const sentence = text.slice(span.start, span.end);
    if (!namesComputeOrDeal(sentence, inSpan, span.start) || negativeCue(sentence)) continue;
    return { span, a: partyOf(ma), b: partyOf(mb) };
  }
  return null;
}

/**
 * A compute word or a contract's word outside the companies' names: "xAI", "CoreWeave" or "Groq" are compute words to
 * the prefilter, but "Né xAI né Nvidia hanno voluto commentare" tells nothing of a deal; "Ni Cohere ni CoreWeave
 * n'ont précisé le montant du contrat" does.
 */
function namesComputeOrDeal(text: string, names: readonly CompanyMention[], offset: number): boolean {
  const rest = withoutNames(text, names, offset);
  return COMPUTE_RE.test(rest) || DEAL_RE.test(rest);
}

/** The text with the companies' names blanked (the same length). */
function withoutNames(text: string, names: readonly CompanyMention[], offset: number): string {
  let rest = text;
  for (const m of names)
    rest = `${rest.slice(0, m.start - offset)}${' '.repeat(m.end - m.start)}${rest.slice(m.end - offset)}`;
  return rest;
}

const partyOf = (m: CompanyMention): Party => ({
  company: m.company,
  start: m.start,
  end: m.end,
  weak: false,
});
