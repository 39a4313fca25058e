// A deal told without a word of capacity between two companies the document says one is buying: "Der
// 9-Milliarden-Dollar-Deal von CoreWeave mit Core Scientific steht vor Gegenreaktionen", then "eine endgültige
// Vereinbarung zur Übernahme des Bitcoin-Mining-Unternehmens Core Scientific". The headline's deal is the takeover:
// no capacity contract. A lease between the two told in words of its own ("the existing colocation agreements")
// stays.
import { findCompanyMentions } from '../companies';
import type { Candidate } from './candidate';
import { textBefore } from './text-window';

/**
 * An acquisition's object, right before the company's name (a descriptor of up to three words may come between); or
 * either party of a takeover told "between" the two ("der Übernahme-Deal zwischen Core Scientific und CoreWeave").
 */
const ACQUISITION_OF_RE =
  /(?:\b(?:acquisition|takeover|buyout|purchase) of|\b(?:acquisition|takeover|merger|buyout)(?: deal| agreement)? between|(?<!\p{L})[üu]bernahme(?:-?(?:deal|vertrag|angebot))? zwischen|\b(?:rachat|fusion) entre|\b(?:adquisici[óo]n|fusi[óo]n) entre|\b(?:acquisizione|fusione) (?:tra|fra)|\b(?:aquisi[çc][ãa]o|fus[ãa]o) entre|\bto acquire|\bacquir(?:e|es|ed|ing)|\b(?:rachat|acquisition) d(?:e|u|es)|\b(?:rachat|acquisition) d['’]|\brach[èe]te(?:ra|rait)?|(?<!\p{L})[üu]bernahme (?:des|der|von)|(?<!\p{L})[üu]bernimmt|\bKauf (?:des|der|von)|\badquisici[óo]n de(?:l)?|\badquiere|\bcompra de(?:l)?|\bacquisizione d(?:i|el|ella)|\bacquisisce|\baquisi[çc][ãa]o d[aoe]|\badquire|\bacquist(?:are|a|er[àa]|ava|ato)|\bcomprare)\s(?:(?:the|la|le|l['’]|el|il|a|o|den|die|das)\s?)?(?:[\p{L}-]+\s){0,3}?$/iu;

/** Buying from the company, not the company: "acquistare server da Dell", "buy chips from Nvidia". */
const FROM_BEFORE_RE =
  /\b(?:from|da|dal|dalla|de|del|von|bei|chez|aupr[èe]s de|à)\s(?:(?:la|le|l['’]|el|il|a|o)\s?)?$/iu;

/** How far before a name the acquisition's words are read. */
const ACQUISITION_REACH = 80;

/** A word of what a capacity contract sells: compute, cloud, a lease, a data centre, power. */
const CAPACITY_WORD_RE =
  /capacit|kapazit|capacidad|compute|computing|rechen|c[áa]lculo|calcolo|c[óo]mputo|computa[çc]|cloud|nuage|nube|nuvem|gpu|tpu|lease|\bbail|\bbaux|miet|arrend|locazion|aluguel|alquiler|hosting|colocation|h[ée]bergement|megawatt|gigawatt|\b[MG]W\b|data ?cent|centre de donn|centro de datos|centro dati|centro de dados|infrastru/iu;

/** Goods bought from a company, not the company: its capacity, services, chips or servers ("servizi Azure"). */
const GOODS_WORD_RE = new RegExp(
  `${CAPACITY_WORD_RE.source}|servi[cçz]|dienst|leistung|chips?\\b|puces|server|hardware|equip|apparecch|quipement`,
  'iu',
);

/**
 * A word every alternative of ACQUISITION_OF_RE holds, checked first: that end-anchored pattern is tried at every
 * position of the window, and most names have no acquisition word before them (5 % of the extractor's time on news
 * pages went to it).
 */
const ACQUISITION_WORD_RE =
  /acqui|takeover|buyout|purchase|merger|rachat|rach[èe]t|fusi|fus[ãa]o|bernahme|bernimmt|Kauf|adqui|compra|aquisi|acquist/iu;

/** The companies the text names as bought. */
function acquiredCompanies(text: string): Set<string> {
  const out = new Set<string>();
  for (const c of findCompanyMentions(text)) {
    const window = textBefore(text, c.start, ACQUISITION_REACH);
    const bought = ACQUISITION_WORD_RE.test(window) ? ACQUISITION_OF_RE.exec(window) : null;
    // "compra de capacidade ociosa da CoreWeave": what is bought is capacity, from the company.
    if (bought && !GOODS_WORD_RE.test(bought[0]) && !FROM_BEFORE_RE.test(bought[0])) out.add(c.company.id);
  }
  return out;
}

/**
 * The candidates, without those told without a word of capacity about a company the document says is bought. Read
 * before the merge: a lease between the two told in its own sentence must not merge with the takeover's amount.
 */
export function withoutTakeoverAsDeal(candidates: Candidate[], text: string, title: string): Candidate[] {
  if (candidates.length === 0) return candidates;
  const acquired = acquiredCompanies(`${title}\n${text}`);
  if (acquired.size === 0) return candidates;
  return candidates.filter(({ mention: m }) => {
    const bought = acquired.has(m.buyer.id) || acquired.has(m.provider.id);
    return !bought || CAPACITY_WORD_RE.test(m.evidence);
  });
}
