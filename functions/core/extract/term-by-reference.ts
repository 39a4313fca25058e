// A contract's term told in a sentence of its own that speaks of "the contract" without naming its pair: "The
// contract, spanning five years, …", "El contrato se extenderá por siete años", "Der Fünfjahresdeal …", "Il
// contratto settennale …". Real articles tell the deal in the lead and its length a sentence or two later.
import { companyById, findCompanyMentions } from '../companies';
import { parseTermYears } from '../dates';
import { parseMoney } from '../money';
import type { Mention } from '../types';
import { isChipMaker } from './parties';
import { sentenceAt } from './sentences';
import { TERM_HINT_RE } from './terms';
import { MIN_VALUE_USD } from './triggers';

/**
 * "the contract", "this deal", "del acuerdo", "o convênio", "dieser Vertrag", "Der Fünfjahresdeal": a definite or
 * demonstrative article (or a preposition fused with one), up to two words, a contract noun. An indefinite one ("a
 * five-year deal", "un accord") tells a new contract, not the one told before.
 */
const THE_CONTRACT_RE =
  /(?<![\p{L}])(?:the|this|that|its|le|ce|cet|cette|l['’]|du|au|der|die|das|dem|des|dieser|diese|dieses|im|vom|beim|zum|el|este|esta|dicho|del|al|il|lo|questo|quest['’]|dello|dell['’]|nel|nell['’]|sul|o|a|esse|essa|do|da|no|na|pelo|pela)\s?(?:[\p{L}\d-]+\s){0,2}?(?:contracts?|deal|agreement|lease|pact|partnership|accord|contrat|bail|partenariat|[\p{L}]{0,12}(?:vertrag|deal|vereinbarung|abkommen)|acuerdo|contrato|pacto|convenio|alianza|acordo|conv[êe]nio|parceria|contratto|accordo|intesa|patto)(?![\p{L}])/iu;

/** A contract that is not the one just told: "the previous contract", "l'ancien bail", "der erste Vertrag". */
const OTHER_CONTRACT_RE =
  /(?<![\p{L}])(?:previous|earlier|prior|first|original|former|old|other|existing|précédent|ancien|premier|autre|früher\p{L}*|vorherig\p{L}*|erste[nrms]?|alte[nrms]?|andere[nrms]?|bisherig\p{L}*|anterior|primer|otro|precedente|primo|altro|vecchio|primeiro|outro)(?![\p{L}])/iu;

/** How far after the deal's own evidence its term may still be told: the next paragraph or two. */
const MAX_GAP_CHARS = 1_500;

/** "US$ 1,5 billones" of commitments across a lab's contracts: a sum, no contract. */
const MAX_CONTRACT_USD = 1e12;

/** Amounts the same when they differ by less than this share (a rounded restatement, "$7 billion"). */
const SAME_AMOUNT = 0.02;

/**
 * Gives each mention still without a term the one told of "the contract" in a later sentence: the sentence must
 * come after the mention's evidence with no other mention's evidence in between, name no company outside the
 * mention's pair (a chip maker named as the goods aside), state no other amount than the mention's own, and speak
 * of the contract with a definite article. A term of another contract stays unattached.
 */
export function fillTermsByReference(mentions: Mention[], text: string, maxChars: number): void {
  if (text.length > maxChars || !mentions.some((m) => m.termYears === null)) return;
  // Where each mention's evidence lies in the body (-1: a headline's, told before everything).
  const placed = mentions
    .map((m) => ({
      m,
      start: text.slice(m.evidenceStart, m.evidenceEnd) === m.evidence ? m.evidenceStart : -1,
      end: text.slice(m.evidenceStart, m.evidenceEnd) === m.evidence ? m.evidenceEnd : -1,
    }))
    .sort((x, y) => x.start - y.start);
  // Only sentences around a year word are read (as fillTerms does).
  let lastEnd = -1;
  for (const hint of text.matchAll(TERM_HINT_RE)) {
    if (hint.index < lastEnd) continue;
    const s = sentenceAt(text, hint.index);
    lastEnd = s.end;
    if (s.end <= s.start) continue;
    const sentence = text.slice(s.start, s.end);
    const term = parseTermYears(sentence);
    if (!term) continue;
    const before = placed.filter((p) => p.start < s.start);
    const target = before[before.length - 1];
    if (!target || target.m.termYears !== null || target.end > s.start) continue;
    if (target.end >= 0 && s.start - target.end > MAX_GAP_CHARS) continue;
    const ref = THE_CONTRACT_RE.exec(sentence);
    if (!ref || OTHER_CONTRACT_RE.test(ref[0])) continue;
    if (!onlyThePair(sentence, target.m)) continue;
    // A trillion-dollar sum is never a contract's (triggers.ts drops it): it does not make another deal's sentence.
    const amounts = parseMoney(sentence, { minUsd: MIN_VALUE_USD }).filter((a) => a.usd < MAX_CONTRACT_USD);
    if (amounts.some((a) => !sameAmount(a.usd, target.m.valueUsd))) continue;
    target.m.termYears = term.years;
  }
}

/** Every company the sentence names is one of the pair's, or a chip maker named as the goods ("Nvidia's GPUs"). */
function onlyThePair(sentence: string, m: Mention): boolean {
  for (const c of findCompanyMentions(sentence)) {
    if (c.company.id === m.buyer.id || c.company.id === m.provider.id) continue;
    const entry = companyById(c.company.id);
    if (!entry || !isChipMaker(entry)) return false;
  }
  return true;
}

function sameAmount(usd: number, value: number | null): boolean {
  return value !== null && Math.abs(usd - value) <= SAME_AMOUNT * value;
}
