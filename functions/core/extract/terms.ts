// A contract's term or end date stated in a sentence of its own, naming both parties and no amount.
import { companyById, findCompanyMentions } from '../companies';
import { parseEndDate, parseEndDates, parseTermYears } from '../dates';
import { parseMoney } from '../money';
import type { Mention } from '../types';
import { isChipMaker } from './parties';
import { sentenceAt } from './sentences';
import { MIN_VALUE_USD } from './triggers';

/** Short documents (news items, press releases) are searched whole for a missing term. */
export const TERM_HINT_RE = /year|\bans\b|ann[ée]es|jahre|jährig|años|anni|anos|ennal/gi;
export const TERM_SEARCH_CHARS = 20_000;

/**
 * "Under the five-year agreement, IREN will run … for Microsoft": a term stated in a sentence of its own, naming
 * both parties and no amount (an amount would make it another deal's sentence).
 */
export function fillTerms(mentions: Mention[], text: string): void {
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
    // The cheap, decisive step first (speed only; every step is a pure test of the sentence, so their order
    // does not change the outcome): a sentence that names no missing mention's two parties gives nothing, and
    // most sentences do not; only the others pay for the term, end-date and amount patterns.
    const ids = new Set(findCompanyMentions(sentence).map((c) => c.company.id));
    let named = missing.filter((m) => ids.has(m.buyer.id) && ids.has(m.provider.id));
    const referred = named.length === 0 ? referredDeal(mentions, text, s.start, ids) : null;
    if (named.length === 0 && (!referred || !missing.includes(referred))) continue;
    const term = parseTermYears(sentence);
    const end = parseEndDate(sentence);
    if ((!term && !end) || parseMoney(sentence, { minUsd: MIN_VALUE_USD }).length > 0) continue;
    if (referred) {
      // The deal told just before, named here only by a noun: the length must stand beside that noun.
      const at = Math.min(term?.start ?? Number.POSITIVE_INFINITY, end?.start ?? Number.POSITIVE_INFINITY);
      if (!refersToTheDeal(sentence, at)) continue;
      named = [referred];
    }
    for (const m of named) {
      if (m.termYears === null && term) m.termYears = term.years;
      if (m.endDate === null && end) m.endDate = end.date;
    }
  }
}

// A deal named by a noun with its article or demonstrative ("Cet accord de cinq ans", "Le contrat s'étend sur six
// ans", "Der Fünfjahresdeal", "Die Laufzeit des Vertrags beträgt sieben Jahre", "The agreement runs for five
// years", "El contrato tendrá una duración de", "L'accordo ha una durata di", "O contrato terá duração de"). Each
// entry opens on literal words; the noun may close a German compound ("Fünfjahresdeal", "Meta-Vertrag").
const DEAL_REFERENCE_RE =
  /(?<![\p{L}])(?:(?:cet|ce|le|du|l['’]|d['’])\s?(?:accord|contrat|partenariat|pacte|bail)|(?:der|dieser|das|dieses|die|diese|des|dem|den|eines|einem|einen|ein)\s[\p{L}\d-]{0,24}?(?:vertrag|vertrags|vertrages|deal|deals|vereinbarung|abkommen|abkommens|auftrag|auftrags|kontrakt)|(?:the|this)\s(?:[\p{L}\d-]+\s){0,2}?(?:deal|agreement|contract|pact|lease)|(?:el|este|del)\s(?:acuerdo|contrato|pacto|convenio)|(?:il|questo|dell['’]|l['’]|quest['’])\s?(?:accordo|contratto|patto)|(?:o|este|do)\s(?:acordo|contrato|pacto|conv[êe]nio))(?![\p{L}])/giu;

/** How far before a stated length the deal's noun may stand ("Le contrat, signé lundi, s'étend sur six ans"). */
const REFERENCE_REACH = 60;

/** A contract that is not the one just told: "the previous contract", "l'ancien bail", "der erste Vertrag". */
const OTHER_CONTRACT_RE =
  /(?<![\p{L}])(?:previous|earlier|prior|first|original|former|old|other|existing|précédent|ancien|premier|autre|früher\p{L}*|vorherig\p{L}*|erste[nrms]?|alte[nrms]?|andere[nrms]?|bisherig\p{L}*|anterior|primer|otro|precedente|primo|altro|vecchio|primeiro|outro)(?![\p{L}])/iu;

/**
 * Whether `sentence` names a deal by its noun, right before (or around) the length told at `at`, and not another
 * contract than the one just told ("The previous contract with IREN ran for three years").
 */
function refersToTheDeal(sentence: string, at: number): boolean {
  for (const m of sentence.matchAll(DEAL_REFERENCE_RE)) {
    if (m.index > at) break;
    if (at - (m.index + m[0].length) <= REFERENCE_REACH) return !OTHER_CONTRACT_RE.test(m[0]);
  }
  return false;
}

/**
 * The deal a sentence that names it only by a noun stands for: the capacity deal told nearest before it ("Microsoft
 * signe un contrat de 9,7 milliards avec IREN … Cet accord de cinq ans montre …"). None when the sentence names a
 * company outside that deal's pair ("Le contrat de trois ans avec Google") or no deal comes before it; goods
 * (kind hardware) are never the deal a capacity article's "accord" stands for.
 */
function referredDeal(
  mentions: readonly Mention[],
  text: string,
  sentenceStart: number,
  ids: ReadonlySet<string>,
): Mention | null {
  let nearest: Mention | null = null;
  let nearestAt = -1;
  for (const m of mentions) {
    if (m.kind === 'hardware') continue;
    // A headline's mention (its evidence is not the text's own) stands before everything.
    const at = text.slice(m.evidenceStart, m.evidenceEnd) === m.evidence ? m.evidenceStart : 0;
    if (at >= sentenceStart || at < nearestAt) continue;
    nearest = m;
    nearestAt = at;
  }
  if (!nearest) return null;
  // A chip maker named as the goods' brand ("des systèmes basés sur Nvidia GB300") is no other deal's party.
  for (const id of ids) {
    if (id === nearest.buyer.id || id === nearest.provider.id) continue;
    const company = companyById(id);
    if (!company || !isChipMaker(company)) return null;
  }
  return nearest;
}
