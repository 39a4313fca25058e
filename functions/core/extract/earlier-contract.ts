// The earlier contract an addition joins: "comes on top of the $14.2 billion agreement signed in September 2025",
// "s'ajoute à l'accord de 14,2 milliards", "kommt zum bisherigen Vertrag über 14,2 Mrd. Dollar hinzu", "se suma al
// contrato de 14.200 millones", "si aggiunge al contratto da 14,2 miliardi", "soma-se ao contrato de US$ 14,2 bi".
// Its amount is the old contract's, told for comparison: neither the increment nor a deal of this sentence (read
// as the increment, it would take the running total told after it).
import type { Span } from './sentences';

/** A literal check first: most amounts have no such lead-in. */
const JOIN_WORD_RE =
  /top of|adds? to|addition to|ajout|bisherig|fr[üu]her|hinzu|suma|aggiung|soma|previous|earlier|prior|existing|initial|pr[ée]c[ée]dent|anterior|precedente|previ[oa]/i;

// An order, a commitment or a lease is a contract too: "on top of the $14.2 billion order signed last September".
const CONTRACT = `(?:agreements?|contracts?|deals?|orders?|commitments?|pacts?|leases?|accords?|contrats?|commandes?|engagements?|baux|bail|vertrag|vertrags?|vereinbarung|auftrags?|bestellung|zusagen?|acuerdos?|contratos?|pedidos?|compromisos?|accord[oi]|contratt[oi]|ordin[ei]|commess[ae]|impegn[oi]|acordos?|encomendas?|compromissos?)`;
const OF = `(?:of|worth|valued at|de|d['’]|über|von|im wert von|por|por valor de|da|di|del valore di|no valor de|em)`;
const ABOUT = `(?:about|around|roughly|some|environ|près de|rund|etwa|knapp|unos|cerca de|circa|quasi)`;

/** The lead-in, then the contract noun, then the amount: "s'ajoute à l'accord de", "on top of the existing deal worth". */
const JOINS_CONTRACT_BEFORE_RE = new RegExp(
  String.raw`(?:on top of|adds? to|in addition to|s['’]ajout\w{0,4} à|zum (?:bisherigen|fr[üu]heren|bestehenden)|zu (?:dem|einem) (?:bisherigen|fr[üu]heren|bestehenden)|se suma(?:n)? a|sumándose a|si aggiung\w{0,4} a|soma-se a|somando-se a|(?:previous|earlier|prior|existing|original|pr[ée]c[ée]dent|ant[ée]rieur|bisherigen|fr[üu]heren|anterior|precedente)\s)(?:\s?(?:the|its|an?|l['’]|le|la|son|dem|den|al|el|su|all['’]|allo|al|ao|o|seu)\s?)?(?:[\p{L}-]{1,20}\s){0,3}?${CONTRACT}\s${OF}\s?(?:${ABOUT}\s)?(?:US)?[$€£]?\s?$`,
  'iu',
);
/**
 * The noun, then the earlier-contract adjective, then the amount, as the Romance languages order them: "mejorando su
 * asociación previa de 3.700 millones", "o contrato anterior de", "l'accordo precedente da".
 */
const NOUN_THEN_EARLIER_BEFORE_RE = new RegExp(
  String.raw`(?:${CONTRACT}|asociaci[óo]n|associa[çc][ãa]o|alianza|alian[çc]a|parceria|colaboraci[óo]n|collaborazione|partenariat|partnership)\s(?:previ[oa]|anterior|precedente|pr[ée]c[ée]dent|ant[ée]rieur)e?\s${OF}\s?(?:${ABOUT}\s)?(?:US)?[$€£]?\s?$`,
  'iu',
);
/** The lead-in, then the amount, then the contract noun: "on top of the $14.2 billion agreement". */
const JOINS_BEFORE_RE =
  /(?:on top of|adds? to|in addition to|comes? on top of|combined with|extending|expanding)\s(?:the|its|a|an)\s(?:previous\s|earlier\s|prior\s|existing\s|original\s|initial\s)?(?:US)?[$€£]?\s?$/i;
/**
 * "on top of a prior $14.2 billion, …", "adds $4 billion to the earlier $14 billion contract": the earlier-contract
 * adjective alone says the amount is a contract's.
 */
const JOINS_EARLIER_BEFORE_RE =
  /(?:on top of|adds? to|in addition to|combined with|extending|expanding|\bto)\s(?:the|its|a|an)\s(?:previous|earlier|prior|existing|original|initial)\s(?:US)?[$€£]?\s?$/i;
const CONTRACT_AFTER_RE = new RegExp(String.raw`^\s?(?:[\p{L}-]{1,20}\s){0,3}?${CONTRACT}\b`, 'iu');

const REACH = 90;

/**
 * "… al contrato de 6.200 millones que Microsoft firmó con Nscale en septiembre para Narvik": a relative clause
 * tells who signed the earlier contract, so it is a contract of its own, told in full (distinct-contracts.ts), not
 * a figure for comparison. So do its two parties named after it: "o acordo anterior de US$ 300 bilhões da OpenAI
 * com a Oracle", "the earlier $300 billion deal between OpenAI and Oracle".
 */
const TOLD_IN_FULL_AFTER_RE =
  /^[^.;]{0,30}?\b(?:that|which|que|qui|den|die|das|che|cui)\s[^.;]{0,40}?\b(?:sign|firm|unterzeichn|assin|sigl|conclu|cerr|fech)|^[^.;]{0,20}?\s(?:da|do|de|d['’]|of|von|di|del|dell['’])\s?(?:the\s|la\s|a\s|o\s|el\s)?\p{Lu}[^.;]{0,30}?\s(?:com|with|mit|con|avec)\s|^[^.;]{0,20}?\s(?:between|entre|zwischen|tra|fra)\s/iu;

/** A running total told after the earlier contract ("…, bringing the total to $11 billion"): the pair's, not the
 * earlier contract's. */
const TOTAL_WORD_RE =
  /\b(?:total|totale|insgesamt|gesamt\w*|overall|combined|cumul\w*|en tout|in tutto|no total)\b/i;

export function namesEarlierContract(text: string, sentence: Span, start: number, end: number): boolean {
  // "This builds on a previous leasing agreement made in June for 250MW, netting Applied Digital around $7 billion":
  // a sentence that opens on the addition joining an earlier contract tells the earlier one's amounts.
  if (
    joinsEarlierContract(text.slice(sentence.start, sentence.end)) &&
    !TOTAL_WORD_RE.test(text.slice(sentence.start, start))
  )
    return true;
  const before = text.slice(Math.max(sentence.start, start - REACH), start);
  if (!JOIN_WORD_RE.test(before)) return false;
  const after = text.slice(end, Math.min(sentence.end, end + 90));
  return (
    (JOINS_CONTRACT_BEFORE_RE.test(before) ||
      NOUN_THEN_EARLIER_BEFORE_RE.test(before) ||
      JOINS_EARLIER_BEFORE_RE.test(before) ||
      (JOINS_BEFORE_RE.test(before) && CONTRACT_AFTER_RE.test(after))) &&
    !TOLD_IN_FULL_AFTER_RE.test(after)
  );
}

/**
 * "Meta has agreed to a $21 billion deal with CoreWeave. This new deal adds to a previous $14.2 billion agreement":
 * the sentence after a deal tells it joins an earlier contract of the pair, so the deal before is an addition. Six
 * languages: "Ce nouvel accord s'ajoute à un précédent contrat", "Der neue Vertrag kommt zu einem früheren hinzu",
 * "Este nuevo acuerdo se suma a uno anterior", "Il nuovo accordo si aggiunge a un precedente", "O novo acordo
 * soma-se a um anterior".
 */
const NEW_DEAL_JOINS_EARLIER_RE = new RegExp(
  String.raw`^\s*(?:(?:this|the|that|ce|cet|cette|le|l['’]|der|die|das|dieser|diese|este|esta|el|la|il|lo|questo|questa|o|a|este|esse)\s?(?:new|latest|nouvel(?:le)?|nouveau|neue[rs]?|nuev[oa]|nuov[oa]|novo|nova)?\s?${CONTRACT}|this|it|cela|ceci|dies|das|esto|ello|questo|ci[òo]|isso|isto)\s(?:\S+\s){0,2}?(?:adds? to|comes? on top of|is in addition to|builds? on|expands?|extends?|s['’]ajoute à|prolonge|[ée]largit|kommt zu|erg[äa]nzt|erweitert|se suma a|ampl[íi]a|si aggiunge a|estende|soma-se a|se soma a)\s(?:\S+\s){0,2}?(?:previous|prior|earlier|existing|initial|original|pr[ée]c[ée]dent|ant[ée]rieur|fr[üu]her|bisherig|bestehend|anterior|precedente|previ[oa])`,
  'iu',
);

export function joinsEarlierContract(sentence: string): boolean {
  return JOIN_WORD_RE.test(sentence) && NEW_DEAL_JOINS_EARLIER_RE.test(sentence);
}

/**
 * The news told as joining an earlier contract, whatever the words that date it: "The announcement builds on a deal
 * struck in September", "Ces annonces complètent le contrat signé en septembre", "Die Vereinbarung ergänzt den
 * Vertrag vom September", "se suma al contrato firmado en septiembre", "si aggiunge al contratto di settembre",
 * "complementa o contrato assinado em setembro".
 */
const JOINS_NEWS_TO_RE =
  /\b(?:builds? on|follows|comes? on top of|adds? to|complements?|compl[èe]tent|compl[èe]te|s['’]ajoutent|s['’]ajoute|fait suite|ergänz(?:t|en)|kn[üu]pf(?:t|en) an|se suma[n]?|complementa[mn]?|si aggiung(?:e|ono)|completa(?:no)?|soma-se|somam-se)\b/iu;

export function joinsNewsToContract(sentence: string): boolean {
  return JOINS_NEWS_TO_RE.test(sentence);
}
