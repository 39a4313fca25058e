// What an expansion word does not mean: an option or a possibility ("ampliables hasta", "con la posibilidad de
// que amplíe", "kann … erweitert werden"), or a new customer joining the seller's list ("ce nouveau client vient
// s'ajouter à Microsoft"). The contract told beside it is signed, not expanded.
import { lazy } from '../lazy';
import { fastWordStarts } from '../word-start';
import { conversionLengthBefore } from './bracketed-conversion';
import { MAY_VERB } from './option-ceiling';
import { textBefore } from './text-window';

/**
 * Before an expansion word: it is only possible. Six languages; literals and bounded gaps only. French "si" (if),
 * not the Italian reflexive of a perfect tense ("si è impegnata ad acquistare ulteriori servizi").
 */
const OPTION_BEFORE_RE = lazy(() =>
  fastWordStarts(
    String.raw`\boptions?\b|${MAY_VERB}|\bcould\b|\bif\b|\bshould\b|\bsi\b(?!\s(?:è|sono|era|erano|[èe]\s?stat[oaie])(?!\p{L}))|\bs['’]il\b|\bcan\b|\bright to\b|\bwould\b|possibilit[ée]|pourr(?:a|ait|aient)\b|potentiel|potentially|potenziell|potencialmente|potenzialmente|future|\bOption(?:en)?\b|optional|k[öo]nnte[n]?\b|\bkann\b|\bk[öo]nnen\b|M[öo]glichkeit|opci[óo]n|podr[íi]a|podr[áa]n?(?!\p{L})|posibilidad|opzion[ei]|potrebbe|potr[àa](?!\p{L})|possibilit[àa]|eventual|op[çc][ãa]o|poderia|poder[áa](?!\p{L})|possibilidade|\bpouvant\b|\bpeu(?:t|vent)\b|l[äa]sst sich|lie[ßs]e sich|\bpudiendo\b|\bpuede(?:n)? ser\b|\bpotendo\b|\bpu[òo] essere\b|\bpodendo\b|\bpode(?:m)? ser\b`,
    'iu',
  ),
);

/** How far before the expansion word an option word still governs it. */
const OPTION_REACH = 80;

/** "ampliables", "ampliável", "erweiterbar", "estendibile", "extensible": the word itself says "could be". */
const ABLE_SUFFIX_RE = /^(?:bles?|ble|vel|veis|bile|bili|bar)\b/i;

/** "Ce nouveau client vient s'ajouter à …", "the new customer adds to": a customer added, not a contract. */
const NEW_CUSTOMER_BEFORE_RE = lazy(() =>
  fastWordStarts(
    String.raw`\b(?:new|nouveaux?|nouvelle|neue[rn]?|nuevo|nuova?|novo|nova) (?:customer|client|cliente|Kunde|Kundin)s?\b[^.]{0,30}$`,
    'iu',
  ),
);

/** The expansion word at [start, end) of `text` is an option, a possibility or a new customer, not an expansion. */
/** "US$ 1,3 bilhão … e mais US$ 200 milhões": "and another" amount in a list, a second contract, not an increment. */
const ANOTHER_AMOUNT_BEFORE_RE = /\s[eé]\s$/;

/**
 * "IREN … adds 4%", "le titre ajoute 3 %", "il titolo aggiunge il 2%", "agrega un 5 %", "acrescenta 1,5%": a share
 * price that moves, not a contract that grows.
 */
const PRICE_MOVE_AFTER_RE =
  /^\s(?:(?:il|un|le|o)\s)?\+?\d[\d.,]*\s?(?:%|percent\b|per cent\b|pour cent\b|per cento\b|por ciento\b|por cento\b|Prozent\b|points?\b|cents?\b)/i;

/**
 * "étend considérablement ses actifs d'IA avec un accord pour 19,4 milliards", "erweitert seine KI-Kapazitäten mit
 * einem Vertrag über", "expands its AI footprint with a $19.4 billion deal": the buyer's own assets grow through a
 * new contract; the contract itself does not grow ("a étendu son contrat avec Nebius" still does). Six languages.
 */
/**
 * "marquant une expansion majeure de son pipeline de centres de données", "an expansion of its development pipeline",
 * "eine Erweiterung seiner Projektpipeline", "una expansión de su cartera", "un'espansione del suo portafoglio", "uma
 * expansão do seu portfólio": the company's own pipeline grows, no contract with anyone. Six languages.
 */
const OWN_PIPELINE_AFTER_RE =
  /^(?:\s\p{L}+)?\s(?:of|de|d['’]|du|des|der|des|seine[rs]?|ihre[rs]?|del|della|dello|do|da)\s?(?:(?:its|their|son|sa|ses|leurs?|seine[rs]?|ihre[rs]?|su|sus|suo|sua|il suo|la sua|seu|sua|o seu|a sua)\s)?(?:[\p{L}'’-]+\s){0,2}?(?:pipeline|Pipeline|Projektpipeline|portefeuille|portfolio|Portfolio|portf[óo]lio|cartera|carteira|portafoglio|footprint|empreinte|Präsenz|presencia|presen[çz]a)(?!\p{L})/iu;

const OWN_ASSETS_GROW_BY_DEAL_RE =
  /^(?:\s\p{L}+(?:ment|mente|weise))?(?:\s(?:massiv|deutlich|erheblich|stark|significantly|sharply|massively|rapidly|further|nettement|fortement))?\s(?:its|their|his|ses|son|sa|leurs?|seine[nmrs]?|ihre[nmrs]?|sus?|i suoi|le sue|la sua|il suo|seus|suas|o seu|a sua)\s(?:[\p{L}'’-]+\s){0,3}?[\p{L}-]*?(?:assets?|actifs|footprint|empreinte|pr[ée]sen(?:ce|za)|Präsenz|capacit(?:y|ies|[ée]s?|[àa])|capabilities|Kapazit[äa]ten|capacidad(?:es)?|capacidade[s]?|infra\p{L}*|Rechen\p{L}*|puissance|parc|fleet|portfolio|portefeuille|r[ée]seau|network|activit[ée]s|business|Geschäft)(?!\p{L})[^.;]{0,40}?\s(?:with|through|via|avec|grâce à|par|mit|durch|con|mediante|com|atrav[ée]s de)\s(?:a|an|un|une|einem|einer|uno|una|um|uma)\s(?:\S+\s){0,3}?(?:deal|contract|agreement|accord|contrat|pacte|Vertrag|Deal|Abkommen|Vereinbarung|acuerdo|contrato|accordo|contratto|acordo)/iu;

/**
 * "que le permitirá ampliar su capacidad de cómputo", "para ampliar sua capacidade", "per ampliare la propria
 * capacità di calcolo", "that will let it expand its computing capacity": the buyer's purpose in taking the contract,
 * an infinitive whose object is its own capacity; the contract itself does not grow. Romance infinitives say it by
 * their ending; an English verb needs "to" or "let/help/allow it" before it.
 */
const PURPOSE_INFINITIVE_RE =
  /^(?:ampliar|ampliare|aumentar|aumentare|expandir|espandere|incrementar|incrementare|potenziare|rafforzare|reforzar|refor[çc]ar|augmenter|accro[îi]tre)$/iu;
const PURPOSE_ENGLISH_VERB_RE = /^(?:expand|increase|boost|extend|grow)$/iu;
const ENGLISH_PURPOSE_BEFORE_RE =
  /(?:\bto|\b(?:let|lets|help|helps|allow|allows|enable|enables)\s(?:it|them|the company|the group))\s(?:(?:further|rapidly|quickly|significantly|substantially|dramatically|massively)\s)?$/iu;
/**
 * The buyer's own capacity ("its artificial intelligence computing capabilities", "sa capacité de calcul"), or access
 * to someone's, which is only ever the buyer's ("to further expand infrastructure access").
 */
const OWN_CAPACITY_OBJECT_RE =
  /^\s(?:(?:its|their|his|su|sus|sua|suas|a sua|as suas|la sua|le sue|la propria|le proprie|sa|ses|leurs?)\s(?:[\p{L}-]+\s){0,3}?(?:capacit(?:y|ies|[ée]s?|[àa])|capabilit(?:y|ies)|capacidad(?:es)?|capacidade[s]?|infra\p{L}*|poder computacional|potencia|potenza|puissance)|(?:[\p{L}-]+\s){0,2}?(?:access|acc[èe]s|acceso|acesso|accesso))(?!\p{L})(?!\s(?:deals?|contracts?|agreements?|accord|contrat|acuerdo|contrato|accordo|contratto|acordo)\b)/iu;

function ownCapacityPurpose(text: string, start: number): boolean {
  const head = /\p{L}*$/u.exec(textBefore(text, start, 20))?.[0] ?? '';
  const tail = /^\p{L}*/u.exec(text.slice(start, start + 30))?.[0] ?? '';
  const word = head + tail;
  const wordEnd = start + tail.length;
  if (!OWN_CAPACITY_OBJECT_RE.test(text.slice(wordEnd, wordEnd + 80))) return false;
  if (PURPOSE_INFINITIVE_RE.test(word)) return true;
  return (
    PURPOSE_ENGLISH_VERB_RE.test(word) &&
    ENGLISH_PURPOSE_BEFORE_RE.test(text.slice(Math.max(0, start - head.length - 40), start - head.length))
  );
}

/**
 * "el contrato … se extiende hasta 2030", "o acordo se estende por cinco anos", "il contratto si estende fino al
 * 2030", "le contrat s'étend jusqu'en 2030": a reflexive span verb then a date or a length tells the term the
 * contract runs, not growth ("extiende su contrato hasta 2032", with an object, still does).
 */
const REFLEXIVE_BEFORE_RE = /(?:^|[^\p{L}])(?:se|si|s['’])\s?$/iu;
const SPAN_AFTER_RE =
  /^\p{L}*\s(?:hasta|até|ate|fino|jusqu|por|per|pour|sur|durante|ao longo|a lo largo|nell['’]arco|lungo|entre|tra|dal|desde|de 20\d\d|da 20\d\d)(?!\p{L})/iu;

function termSpan(text: string, start: number, end: number): boolean {
  return (
    REFLEXIVE_BEFORE_RE.test(textBefore(text, start, 4)) && SPAN_AFTER_RE.test(text.slice(end, end + 30))
  );
}

/**
 * "citing IREN's $9.7 billion deal with Microsoft and upside from its data center expansion", "its own expansion",
 * "OpenAI's rapid infrastructure expansion comes on the heels of AMD's separate deal",
 * "son propre agrandissement", "seines Rechenzentrums-Ausbaus": the company's own sites grow, no contract.
 */
const OWN_SITES_BEFORE_RE =
  /(?:\b(?:its|their|his|her|ses|sa|son|leurs?|seine[nmrs]?|ihre[nmrs]?|su|sus|sua|suo|seu)|[\p{L}\d.&-]+['’]s)\s(?:own|propre|eigene[nmrs]?|propia|propria|pr[óo]pria|(?:[\p{L}-]+\s)?(?:data[- ]?cent(?:er|re)|site|campus|fleet|footprint|infrastructure|power|Rechenzentrums?|Standort))[\s-]?$/iu;

/** "la propre expansion de Microsoft", "su propia expansión", "la propria espansione", "die eigene Expansion". */
const OWN_GROWTH_BEFORE_RE =
  /\b(?:la|sa|leur|su|sua|a|die|seine|ihre)\s(?:propre|propia|propria|pr[óo]pria|eigene)\s$/iu;

/** "The agreement adds yet another piece to OpenAI's buildout": one more deal in a series, none grown. */
const ADDS_ANOTHER_RE = /^add\p{L}*\s(?:yet\s)?(?:another|one more)\s/iu;

/**
 * "la start-up a élargi encore son éventail de fournisseurs", "has broadened its roster of suppliers", "tem ampliado
 * seus fornecedores", "ha ampliado su red de proveedores", "erweitert seinen Kreis von Anbietern": the buyer's range
 * of suppliers grows by a new one, whose contract is new, no contract grown.
 */
const SUPPLIERS_AFTER_RE =
  /^\p{L}*\s(?:\p{L}+\s){0,4}?(?:(?:[ée]ventail|palette|liste|cercle|roster|range|pool|list|circle|Kreis|gama|abanico|cartera|elenco|rosa|leque)\s(?:\p{L}+\s)?(?:de|d['’]|of|di|von)\s?)?(?:fournisseurs|suppliers|providers|vendors|proveedores|fornecedores|fornitori|Lieferanten|Anbieter)(?!\p{L})/iu;

export function expansionWordIsNot(text: string, start: number, end: number): boolean {
  if (SUPPLIERS_AFTER_RE.test(text.slice(start, end + 70))) return true;
  if (PRICE_MOVE_AFTER_RE.test(text.slice(end, end + 20))) return true;
  if (ADDS_ANOTHER_RE.test(text.slice(start, end + 20))) return true;
  if (OWN_SITES_BEFORE_RE.test(textBefore(text, start, 40))) return true;
  if (OWN_GROWTH_BEFORE_RE.test(textBefore(text, start, 20))) return true;
  if (termSpan(text, start, end)) return true;
  if (ownCapacityPurpose(text, start)) return true;
  if (OWN_ASSETS_GROW_BY_DEAL_RE.test(text.slice(end, end + 200))) return true;
  if (OWN_PIPELINE_AFTER_RE.test(text.slice(end, end + 80))) return true;
  // "hasta 2.000 millones de dólares (1.708 millones de euros) adicionales": the conversion adds no words.
  const reach = OPTION_REACH + conversionLengthBefore(text, start);
  const before = textBefore(text, start, reach);
  return (
    OPTION_BEFORE_RE().test(before) ||
    ABLE_SUFFIX_RE.test(text.slice(end, end + 5)) ||
    NEW_CUSTOMER_BEFORE_RE().test(before) ||
    (/^mais\b/i.test(text.slice(start, end)) && ANOTHER_AMOUNT_BEFORE_RE.test(before))
  );
}
