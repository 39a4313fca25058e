// An option's ceiling: "could reach $17.7 billion if all renewal options are exercised", "Con due proroghe
// quinquennali il contratto potrebbe valere circa 7 miliardi", "podría llegar a 17.700 millones con las
// renovaciones". What the contract might be worth with renewals or extensions is neither its value nor an
// expansion; the amount is dropped (the contract keeps the value told for its base term).

import { fastWordStarts } from '../word-start';
import { textBefore } from './text-window';

/** Renewals and extension options, six languages. Literals and bounded gaps only. */
const RENEWAL_RE =
  /\b(?:additional|optional|extra) services\b|services (?:suppl[ée]mentaires|additionnels|optionnels)|zus[äa]tzliche(?:n)? (?:Leistungen|Dienste|Services)|Zusatzleistungen|servicios (?:adicionales|opcionales)|servizi (?:aggiuntivi|opzionali)|servi[çc]os (?:adicionais|opcionais)|\brenewals?\b|\brenewal options?\b|\bextension options?\b|\boptions? to (?:extend|renew|expand|grow)\b|\boptions? (?:pour|de) (?:passer|monter|porter|[ée]tendre|agrandir)\b|\bopciones (?:para|de) (?:ampliar|llegar|subir|expandir)\b|\bopzioni (?:per|di) (?:salire|arrivare|ampliare|espandere|estendere)\b|\bop[çc][õo]es (?:para|de) (?:chegar|subir|ampliar|expandir)\b|\boptions? to (?:buy|purchase|acquire|add)\b|options? d['’](?:acheter|acqu[ée]rir)|\bOption(?:en)? (?:auf|zum Kauf)|opci(?:[óo]n|ones) de (?:comprar|adquirir)|opzion[ei] (?:di|per) (?:acquistare|comprare)|op[çc](?:[ãa]o|[õo]es) de (?:comprar|adquirir)|\b(?:optional|\w+-year) extensions?\b|\bif (?:all |both |the )?(?:options|extensions|renewals) (?:are |were )?exercised|renouvellements?|reconductions?|prolongations?|options? d['’](?:extension|prolongation)|Verl[äa]ngerung(?:en|soptionen?)?|renovaci(?:[óo]n|ones)|pr[óo]rrogas?|opciones de (?:extensi[óo]n|renovaci[óo]n)|rinnov(?:o|i|abile)|prorog(?:a|he)|opzioni di (?:estensione|rinnovo)|renova[çc](?:[ãa]o|[õo]es)|prorroga[çc](?:[ãa]o|[õo]es)|op[çc](?:[ãa]o|[õo]es) de (?:extens[ãa]o|renova[çc][ãa]o)/i;

/**
 * Extensions named in the plural or as exercised, in the languages the list above leaves out: "si se ejercen las
 * extensiones del contrato", "con le proroghe", "com as extensões", "mit den Verlängerungsoptionen".
 */
const EXTENSIONS_PLURAL_RE =
  /\bextensiones\b|\bpr[óo]rrogas\b|\bse ejerce(?:n|r[áa]n)?\b|\bproroghe\b|\bestensioni\b|\bextens[õo]es\b|\bprorroga[çc][õo]es\b|\bVerl[äa]ngerung(?:soption)?en\b/i;

/**
 * A verb of possibility before the amount: "could reach", "pourrait atteindre", "könnte … steigen", "potrebbe"; a
 * right the contract gives ("allows Microsoft to buy additional services of up to", "contempla que Microsoft pueda
 * contratar servicios adicionales", "prévoit que Microsoft puisse", "prevede che possa").
 */
const MIGHT_RE =
  /\b(?:allow|permit|entitle)(?:s|ed|ing)?\b|\b(?:pueda|puedan|puisse|puissent|possa|possano|possam|permet|permettra|permite|permitir[áa]|permette|consente|erm[öo]glicht)\b|\b(?:arriv|sal|raggiung|ammont|ascend|super)erebbe(?:ro)?\b|\b(?:llegar|alcanzar|ascender|subir|elevar)[íi]a(?:n)?\b|\b(?:chegar|atingir|subir|ascender|elevar|alcan[çc]ar)ia(?:m)?\b|\b(?:atteind|mont|pass|grimp|s['’][ée]l[èe]ve)rai(?:t|ent)\b|\bw[üu]rde(?:n)?\b|\b(?:could|might|may|would)\b|\bpotential(?:ly)?\b|\bpotencial\b|\bpotenziale\b|pourrai(?:t|ent)\b|\bk[öo]nnte(?:n)?\b|\bpodr[íi]a(?:n)?\b|\bpotrebbe(?:ro)?\b|\bpoderia(?:m)?\b/i;

/**
 * The present of "can" in six languages ("and can reach", "e pode chegar a", "y puede llegar a", "et peut
 * atteindre", "e può arrivare a", "kann … steigen"): a level told as possible, like "could".
 */
export const CAN_RE = fastWordStarts(
  String.raw`\b(?:can|kann|pode|podem|puede|pueden|peut|peuvent|possono)\b|\bpu[òo](?!\p{L})`,
  'iu',
);

/**
 * German puts the verb of possibility last: "der mit Zusatzleistungen auf 19,4 Milliarden Dollar steigen kann",
 * "… auf 17,7 Milliarden Dollar anwachsen könnte". A verb of rising, then "can"/"could", right after the amount.
 */
const CAN_AFTER_RE =
  /^[^.;,\d]{0,24}?\s(?:steigen|ansteigen|anwachsen|wachsen|klettern|erreichen|erh[öo]hen|belaufen)\s(?:kann|k[öo]nnte|k[öo]nnen|k[öo]nnten|d[üu]rfte|d[üu]rften|w[üu]rde|w[üu]rden)\b/i;
/** How far after the amount the German verb of possibility is read. */
const CAN_AFTER_REACH = 60;

/** How far before the amount the verb of possibility is read (its own clause, roughly). */
const MIGHT_REACH = 90;

/**
 * Is the amount at [start, end) of `sentence` (offsets relative to it) a ceiling the contract could reach with
 * renewals or extension options? Cheap first: most sentences name no renewal.
 */
export function isOptionCeiling(sentence: string, start: number, end: number): boolean {
  if (WOULD_BRING_TOTAL_RE.test(textBefore(sentence, start, MIGHT_REACH))) return true;
  if (LEVEL_AFTER_BASE_RE.test(textBefore(sentence, start, MIGHT_REACH))) return true;
  // "einen Vertrag über 17,4 Milliarden Dollar geschlossen, der bis auf 19,4 Milliarden Dollar steigen kann".
  if (
    GERMAN_BASE_THEN_AUF_RE.test(textBefore(sentence, start, MIGHT_REACH)) &&
    CAN_AFTER_RE.test(sentence.slice(end, end + CAN_AFTER_REACH))
  )
    return true;
  // The option is read around the amount, not across a run-on "sentence" that may be a whole page (per amount).
  // Nor past the next amount: "would pay it $17.4 billion …, an amount that could climb to $19.4 billion if
  // Microsoft takes additional services" makes the second figure the ceiling, the first one the base.
  const ahead = sentence.slice(end, end + OPTION_REACH);
  const next = ahead.search(NEXT_AMOUNT_RE);
  const around = sentence.slice(Math.max(0, start - OPTION_REACH), end + (next >= 0 ? next : OPTION_REACH));
  if (!RENEWAL_RE.test(around) && !EXTENSIONS_PLURAL_RE.test(around)) return false;
  const before = textBefore(sentence, start, MIGHT_REACH);
  if (MIGHT_RE.test(before) || CAN_RE.test(before)) return true;
  if (CAN_AFTER_RE.test(sentence.slice(end, end + CAN_AFTER_REACH))) return true;
  // "$17.7 billion if all renewal options are exercised": the condition right after the amount (never past
  // another figure: "7 milliards … et pourrait monter à 17,7 milliards si …" conditions the second one).
  // "Der Grundwert liegt bei 17,4 Milliarden Dollar; bucht Microsoft zusätzliche Leistungen, steigt er auf bis zu
  // 19,4 Milliarden": a ceiling ("up to") told after the base amount, its condition before it.
  if (UP_TO_BEFORE_RE.test(before) && SCALE_WORD_RE.test(sentence.slice(0, Math.max(0, start - 20))))
    return true;
  const after = sentence.slice(end, end + IF_REACH);
  // Nor past the clause's semicolon ("7 miliardi; con tutte le opzioni si arriverebbe a …": Italian's reflexive
  // "si" is no "if"), nor into a new clause ("…, y Microsoft se quedó con una participación": a reflexive "se").
  const stop = after.search(/\d|;|,\s(?:and|but|et|mais|und|aber|y|pero|e|ed|ma|mas)\s/);
  return IF_AFTER_RE.test(stop >= 0 ? after.slice(0, stop) : after);
}

/**
 * A total told as a condition, right before its amount: "which would bring the total to $19.4 billion", "ce qui
 * porterait le total à", "was den Gesamtwert auf … heben würde" (German's verb comes after: "würde … auf"), "lo que
 * elevaría el total a", "il che porterebbe il valore totale a", "o que levaria o valor total para". What the
 * contract would reach is a ceiling, neither its value nor a running total, whatever the condition.
 */
const WOULD_BRING_TOTAL_RE =
  /\b(?:would|could) (?:bring|take|lift|raise|push)(?: \S+){0,3}? (?:total|value)s? (?:\S+ )?to (?:(?:about|around|roughly|some|nearly|up to|as much as)\s)?(?:US)?[$€£]?\s?$|\bporterai(?:t|ent) (?:le|la) (?:total|valeur totale|montant total|valeur)(?: \S+){0,2}? (?:à|a) (?:(?:environ|pr[èe]s de|jusqu['’]à)\s)?(?:US)?[$€£]?\s?$|\bw[üu]rden?(?: \S+){0,4}? (?:Gesamtwert|Gesamtvolumen|Gesamtbetrag|Summe|Wert) (?:\S+ ){0,2}?auf (?:(?:rund|etwa|bis zu)\s)?(?:US)?[$€£]?\s?$|\b(?:llevar|elevar|subir)[íi]a(?:n)? el (?:valor )?total (?:del \S+ )?(?:a|hasta) (?:(?:unos|cerca de|casi)\s)?(?:US)?[$€£]?\s?$|\b(?:porter|alz)ebbe(?:ro)? il (?:valore )?totale (?:\S+ )?a (?:(?:circa|quasi)\s)?(?:US)?[$€£]?\s?$|\b(?:levar|elevar)ia(?:m)? o (?:valor )?total (?:\S+ )?(?:para|a) (?:(?:cerca de|quase)\s)?(?:US)?[$€£]?\s?$/i;

/**
 * A level told as possible (the present of "can"; "could" is read with the options above) right after the contract's
 * base amount: "a contract worth $17.4 billion that can reach $19.4 billion", "um contrato de US$ 17,4 mil milhões …, que pode chegar a US$ 19,4 mil milhões", "que puede llegar
 * a", "qui peut atteindre", "che può arrivare a". The base keeps the value; the level is a ceiling.
 */
const LEVEL_AFTER_BASE_RE =
  /\d\s?(?:billion|bn|million|milliards?|Milliarden|Mrd\.?|mil millones|millones|miliardi|milioni|mil milh(?:ão|ões|oes)|bilh(?:ão|ões|oes)|milh(?:ão|ões|oes))\b[^.;\d$€£]{0,60}?\b(?:can|pode|podem|puede|pueden|peut|peuvent|pu[òo]|possono)\s(?:\S+\s){0,2}?(?:reach|rise to|grow to|climb to|increase to|go up to|total|chegar a|atingir|subir para|llegar a|alcanzar|ascender a|subir a|atteindre|monter à|grimper à|arrivare a|raggiungere|salire a)\s(?:(?:up to|até|hasta|jusqu['’]à|fino a|about|approximately|environ|unos|cerca de|circa)\s)?(?:US)?[$€£]?\s?$/iu;

/** German's base amount, then "auf" right before the level (its verb of possibility comes after it). */
const GERMAN_BASE_THEN_AUF_RE =
  /\d\s?(?:Milliarden|Millionen|Mrd\.?)\s(?:(?:US-)?Dollar|Euro)?[^.;\d$€£]{0,60}?\bauf\s(?:bis zu\s|rund\s|etwa\s|knapp\s)?(?:US)?[$€£]?\s?$/u;

/** The start of another amount: a currency sign or a figure with its scale word. */
const NEXT_AMOUNT_RE =
  /(?:US)?[$€£]\s?\d|\d\s?(?:billion|bn|million|milliards?|Milliarden|Millionen|Mrd|mil millones|millones|miliardi|milioni|bilh|milh)/i;
/** How far around the amount the option itself is read. */
const OPTION_REACH = 300;
/** How far after the amount its condition is read. */
const IF_REACH = 40;
/** "if", "si", "wenn", "se", "sofern": a condition. */
const IF_AFTER_RE = /\b(?:if|si|wenn|falls|sofern|se)\b/i;
/** "up to", "bis zu", "jusqu'à", "hasta", "fino a", "até" right before the amount. */
const UP_TO_BEFORE_RE =
  /(?:\bup to|\bbis zu|jusqu['’]à|\bhasta|\bfino a|\bat[ée])\s(?:(?:about|approximately|rund|etwa|environ|unos|circa|cerca de)\s)?(?:US)?[$€£]?\s?$/i;
/** A scale word of an amount: the base amount told earlier in the sentence. */
const SCALE_WORD_RE =
  /\b(?:billion|bn|million|milliards?|Milliarden|Mrd|mil millones|millones|miliardi|milioni|bilh(?:ão|ões|oes|ao)|milh(?:ão|ões|oes|ao))\b/i;

/** Full use of a site or capacity: "runs full", "fully leased", "à plein", "voll ausgelastet", "a plena capacidad". */
const FULL_USE_RE =
  /(?:^|\s)à plein\b|\b(?:full|fully|pleine|pleinement|voll|vollst[äa]ndig|plena|pleno|plenamente|pieno|piena|pienamente)\b/i;
/** How far after the amount its condition of full use is read. */
const FULL_USE_REACH = 60;

/**
 * "about $15 billion over the term if the campus runs full", "si le campus tourne à plein", "wenn der Campus voll
 * ausgelastet ist": a landlord's projection on a condition of full use is no contract's value (told without the
 * condition, "insgesamt also rund 15 Milliarden", it is the lease's revenue over its term). `end` is where the
 * amount ends in `text`.
 */
export function isFullUseProjection(text: string, sentenceEnd: number, end: number): boolean {
  // Only the clause after the amount is read: a run-on "sentence" may be a whole page.
  const after = text.slice(end, Math.min(sentenceEnd, end + FULL_USE_REACH));
  const stop = after.search(/\d|;/);
  const clause = stop >= 0 ? after.slice(0, stop) : after;
  const condition = IF_AFTER_RE.exec(clause);
  return condition !== null && FULL_USE_RE.test(clause.slice(condition.index));
}

/** "may" the verb, not the month ("in May", "May 5"). */
export const MAY_VERB = String.raw`(?<!\b(?:in|of|since|early|late|mid|until|through|by|from|last|this|next)[ -])\bmay\b(?! \d)`;

/**
 * An increment told as an option the buyer holds: "con la posibilidad de que Microsoft amplíe los servicios en hasta
 * 2.000 millones adicionales", "with an option to buy up to $2 billion of additional services", "avec la possibilité
 * d'acheter 2 milliards supplémentaires", "mit der Option auf weitere 2 Milliarden". Neither the contract's value nor
 * an expansion: the amount is dropped (the contract keeps its base value). An option exercised is an expansion.
 */
const OPTION_WORD_RE = fastWordStarts(
  String.raw`\boptions?\b|\bOption(?:en)?\b|possibilit[ée]|posibilidad|possibilit[àa]|possibilidade|M[öo]glichkeit|opci[óo]n|opzion[ei]|op[çc][ãa]o|\b(?:could|might|would)\b|${MAY_VERB}|pourr(?:a|ait|aient)\b|podr[íi]a|potrebbe|poderia|k[öo]nnte`,
  'iu',
);
const EXERCISED_RE =
  /exercis|\bexerc[ée]|exerceu|exerceram|ejerci[óo]|ejercieron|esercitat|aus(?:ge)?[üu]bt|\blev[ée]e?\b|gezogen/i;

/** How far before an increment the option word is read (its own clause, roughly). */
const OPTION_WORD_REACH = 90;

export function isOptionalIncrement(text: string, sentenceStart: number, start: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - OPTION_WORD_REACH), start);
  const option = OPTION_WORD_RE.exec(before);
  return option !== null && !EXERCISED_RE.test(before);
}
