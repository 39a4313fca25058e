// Aggregates: a total over several contracts ("the three contracts together are worth nearly $30 billion",
// "combined with the earlier agreements", "across the agreements") is never one deal's value. The words per
// language beyond these patterns are the lexicon's (lexicon.ts, kind "aggregate").
import { findCompanyMentions } from '../companies';
import { lazy } from '../lazy';
import { fastWordStarts } from '../word-start';
import { cueSource } from './lexicon';
import { memoizeByStrings } from './memo';

/** Contracts in the plural, in five languages (German's are added where read, with their compounds). */
export const PLURAL_CONTRACTS =
  'contracts|agreements|deals|leases|contrats|accords|baux|contratos|acuerdos|arrendamientos|contratti|accordi|acordos';

/**
 * Several contracts counted: "three contracts", "plusieurs contrats", "drei Verträge", "los tres contratos"; or all
 * of them: "all its contracts", "Alle Rechenzentrumsverträge", "tous les contrats", "todos los contratos" (German
 * compounds end in the contract noun).
 */
const SEVERAL_CONTRACTS_RE = lazy(() =>
  fastWordStarts(
    String.raw`\b(?:two|three|four|five|six|several|multiple|these|both|its|their|all|deux|trois|quatre|cinq|plusieurs|ces|ses|leurs|tous|toutes|zwei|drei|vier|f[üu]nf|mehrere|diese|seine|ihre|alle|dos|tres|cuatro|cinco|varios|estos|sus|todos|todas|due|tre|quattro|cinque|diversi|questi|suoi|tutti|tutte|dois|duas|tr[êe]s|quatro|v[áa]rios|estes|seus)\s(?:[\p{L}-]{1,20}\s){0,2}(?:contracts|agreements|deals|leases|partnerships|contrats|accords|baux|partenariats|\p{L}{0,20}vertr[äa]ge|vereinbarungen|partnerschaften|deals|contratos|acuerdos|alianzas|contratti|accordi|acordos|parcerias)\b`,
    'iu',
  ),
);
/**
 * A contract's tranches counted ("the sum of three tranches", "die Summe aus drei Tranchen", "la suma de tres tramos"),
 * not its deliveries ("to be delivered in multiple tranches", "livrées en plusieurs tranches").
 */
const SEVERAL_TRANCHES_RE =
  /(?<!\b(?:in|en|em)\s)\b(?:two|three|four|five|six|deux|trois|quatre|cinq|zwei|drei|vier|f[üu]nf|dos|tres|cuatro|cinco|due|tre|quattro|cinque|duas|tr[êe]s|quatro)\s(?:tranches|tranchen|tramos|tranche|parcelas)\b/i;

/**
 * Plural contracts with a list of named counterparties, right before the amount in the same clause: "contracts
 * with CoreWeave, Oracle and Microsoft now total", "contrats avec CoreWeave, Oracle et Microsoft totalisent". Summed,
 * they are as many contracts as names (no count word needed). Case-sensitive on purpose: a name starts with a
 * capital.
 */
const NAME = String.raw`\p{Lu}[\p{L}\d&.-]*(?:\s\p{Lu}[\p{L}\d&.-]*){0,2}`;
const ARTICLE = String.raw`(?:(?:the|la|le|les|l['’]|der|dem|den|el|los|a|o|os|as)\s?)?`;
const NAMED_COUNTERPARTIES_RE = lazy(
  () =>
    new RegExp(
      String.raw`(?:[Cc]ontracts|[Aa]greements|[Dd]eals|[Ll]eases|[Cc]ontrats|[Aa]ccords|[Bb]aux|[Vv]ertr[äa]ge|[Vv]ereinbarungen|[Cc]ontratos|[Aa]cuerdos|[Cc]ontratti|[Aa]ccordi|[Aa]cordos)\b[^.;:]{0,60}?\s(?:with|avec|mit|con|com)\s${ARTICLE}${NAME}(?:,\s${ARTICLE}${NAME})*,?\s(?:and|et|und|y|e)\s${ARTICLE}${NAME}(?<tail>[^,;]{0,60})$`,
      'u',
    ),
);
/**
 * Words that sum: "together", "combined", "ensemble", "zusammen", "en conjunto", "suman", "insieme", "somam", the sum
 * itself ("die Summe aus drei Tranchen", "la somme de", "la suma de", "la somma di", "a soma de"); and the
 * participles that close a count of contracts ("deux nouveaux contrats …, totalisant", "dos contratos, sumando",
 * "due contratti, per un totale di", "dois contratos, somando"): only with a count of contracts (sumsSeveral).
 */
const SUM_RE = lazy(() =>
  fastWordStarts(
    String.raw`\b(?:together|combined|in total|in all|altogether|add(?:s|ed)? up to|total(?:ing|ling)?|sum|ensemble|au total|cumul[ée]s?|totalisent|somme|zusammen|insgesamt|summieren|Summe|en conjunto|en total|suman|suma|sumados|in totale|complessiv\w{0,3}|insieme|somma|no total|somam|soma|somados|juntos|totalisant|pour un total|sumando|totalizando|por un total|sommando|totalizzando|per un totale|num total|somando)\b`,
    'iu',
  ),
);
/** "combined with the earlier agreements", "across the agreements", "commitments to neoclouds". */
const ACROSS_RE = lazy(() =>
  fastWordStarts(
    new RegExp(
      `${
        /\bcombined with (?:the |its |their )?(?:earlier|previous|prior|existing|other)|\bacross (?:the |its |their |all |these |those )?(?:(?:two|three|four|five|six|several|multiple|\d+)\s)?(?:[\p{L}-]{1,20}\s)?(?:agreements|contracts|deals|providers|customers|leases)|\br[ée]partis? sur (?:deux|trois|quatre|plusieurs|\d+) (?:baux|contrats|accords)|\brepartid[oa]s? en (?:dos|tres|cuatro|varios|\d+) (?:contratos|acuerdos|arrendamientos)|\bverteilt auf (?:zwei|drei|vier|mehrere|\d+) (?:Vertr[äa]ge|Mietvertr[äa]ge)|\bripartit[oi] (?:su|in|tra) (?:due|tre|quattro|pi[ùu]|\d+) (?:contratti|accordi)|\bdistribu[íi]d[oa]s? (?:em|entre) (?:dois|tr[êe]s|quatro|v[áa]rios|\d+) (?:contratos|acordos)|\bcommitments to (?:neoclouds|several|multiple|[\p{L}-]{1,20} providers)|cumul[ée]s? (?:avec|des) (?:les |ses |leurs )?(?:pr[ée]c[ée]dents|autres) (?:contrats|accords)/iu
          .source
      }|${
        // "les engagements de Microsoft auprès d'autres néoclouds comme CoreWeave ou Lambda", "commitments to other
        // neoclouds such as", "Zusagen an andere Neoclouds wie": one amount over a plural of sellers is their sum.
        // "acuerdos con otras 'neoclouds' por": the class may stand in quotes.
        /\b(?:commitments|engagements|Zusagen|Verpflichtungen|compromisos|impegni|compromissos|contracts|contrats|Vertr[äa]ge|contratos|contratti|deals|accords|agreements|Vereinbarungen|acuerdos|accordi|acordos)\s(?:\S+\s){0,3}?(?:(?:to|with|avec|an|mit|bei|con|com|verso|a|aupr[èe]s de)\s|aupr[èe]s d['’])(?:other|several|multiple|various|autres|plusieurs|divers|andere[n]?|mehrere[n]?|verschiedene[n]?|otros|otras|varios|varias|altri|altre|diversi|vari|outros|outras|v[áa]rios|v[áa]rias|diversos)\s(?:[\p{L}-]+\s)?["'“‘«„]?(?:neo-?clouds?|n[ée]o-?clouds?|providers|fournisseurs|Anbieter[n]?|proveedores|fornitori|fornecedores|op[ée]rateurs|operators|Betreiber[n]?|hyperscalers|clouds)/iu
          .source
      }|${cueSource('aggregate')}`,
      'iu',
    ),
  ),
);
/**
 * "more than $60 billion of commitments by Microsoft to so-called neoclouds", "a engagé 60 milliards auprès des
 * néoclouds", "Zusagen an sogenannte Neoclouds", "con los neoclouds", "verso i neocloud": the plural of a kind of
 * seller after a preposition, in the amount's own clause after it, is the sellers summed (one named neocloud, "to
 * neocloud Nscale", is not). Read after the amount only: a clause before it may sum, and the amount be a deal.
 */
const TO_SELLERS_PLURAL_RE = fastWordStarts(
  String.raw`\b(?:to|into|with|across|among|aupr[èe]s des|aux|avec les|an|bei|mit|con (?:los|las)|a (?:los|las)|entre (?:los|las)|verso (?:i|gli)|con (?:i|gli)|ai|tra i|com (?:os|as)|aos|entre os|aupr[èe]s de|avec|con|com|verso|tra|entre|a)\s(?:(?:the|these|those|such|ces|diese[n]?|solche[n]?|den|estos|esos|los|questi|quei|estes|esses|es[st]as|essas)\s)?(?:so-called\s|other\s|several\s|multiple\s|various\s|a swarm of\s|a group of\s|dits\s|autres\s|plusieurs\s|sogenannte[n]?\s|andere[n]?\s|mehrere[n]?\s|llamad[oa]s\s|otros\s|varios\s|cosiddetti\s|altri\s|chamad[oa]s\s|outros\s|v[áa]rios\s)?["“„«]?\s?(?:neo-?clouds|n[ée]o-?clouds|neonubes|neonuvens|neo-?cloud["”“»]?\s(?:providers|companies|firms|operators|fournisseurs|op[ée]rateurs|Anbieter[n]?|proveedores|empresas|compa[ñn][íi]as|fornitori|aziende|societ[àa]|fornecedores)|(?<=(?:(?:verso|con|tra) (?:i|gli)|ai|questi|quei|cosiddetti) )neo-?cloud)\b`,
  'iu',
);
/**
 * "has committed more than $60 billion to such providers", "à ces fournisseurs", "an solche Anbieter", "a estos
 * proveedores", "a tali fornitori", "a esses fornecedores": a demonstrative, then a plural of sellers told before,
 * after the amount in its own clause: the sellers summed.
 */
const TO_THESE_SELLERS_RE = fastWordStarts(
  /\b(?:to|with|across|among|à|aux|avec|aupr[èe]s de|an|bei|mit|a|con|entre|com|aos|verso)\s(?:such|these|those|ces|tels|de tels|solche[n]?|diese[n]?|jene[n]?|tales|estos|estas|esos|esas|tali|questi|queste|quei|tais|esses|essas|estes|estas)\s(?:[\p{L}-]+\s)?(?:providers|suppliers|vendors|operators|fournisseurs|prestataires|op[ée]rateurs|Anbieter[n]?|Betreiber[n]?|Dienstleister[n]?|proveedores|operadores|fornitori|operatori|fornecedores|operadoras)\b/iu,
);
/**
 * "un accordo da 33 miliardi con fornitori di cloud di nuova generazione, noti come NeoCloud, tra cui Nebius,
 * CoreWeave …", "acuerdos por 33.000 millones con proveedores de nube, entre ellos Nebius …", "um acordo de US$ 33
 * bilhões com fornecedores de nuvem, entre os quais a Nebius …", "a $33 billion deal with cloud providers, known as
 * neoclouds, including Nebius …": right after the amount, a plural of sellers described, then companies given as
 * examples of them. One amount over them is their sum; the description may hold commas, so the whole sentence
 * after the amount is read (no figure between).
 */
const WITH_SELLERS_THEN_EXAMPLES_RE =
  /^[^.;\d]{0,40}?\s(?:with|avec|mit|con|com)\s(?:(?:other|several|autres|plusieurs|anderen|mehreren|otros|varios|altri|diversi|outros|v[áa]rios)\s)?(?:[\p{L}-]+\s){0,2}?(?:providers|suppliers|firms|companies|operators|fournisseurs|op[ée]rateurs|entreprises|Anbieter[n]?|Betreiber[n]?|proveedores|empresas|compa[ñn][íi]as|operadores|firmas|fornitori|aziende|societ[àa]|operatori|provider|fornecedores|companhias|provedores)\b[^.;\d]{0,100}?(?:,\s|\s)(?:including|such as|among them|dont|parmi lesquels|darunter|entre (?:ellos|ellas|los que|las que|eles|elas|os quais|as quais)|tra cui|tra i quali|fra cui|incluindo|incluidos|incluidas)\s(?:(?:a|o|la|le|el|il|the)\s)?\p{Lu}/u;
const WORTH_RE = /\bworth\b|\bvalent\b|\bwert\b|\bvalen\b|\bvalgono\b|\bvalem\b/i;
/** "each", "chacun", "jeweils": the amount is per contract, not a sum. */
const EACH_RE = /\beach\b|\bchacun|\bjeweils\b|\bcada uno\b|\bciascuno\b/i;

/** How far before the amount its own clause is read. */
const REACH_BEFORE = 160;
const REACH_AFTER = 80;

/**
 * Is the amount ending at `end` spent over a class of sellers in the plural, "committed more than $60 billion to
 * neoclouds such as Nebius", "con i cosiddetti neocloud", "with other providers, including …"? Then it sums their
 * contracts even where the sentence names only one seller beside the buyer (that seller is an example of the class).
 */
export function overSellerClass(text: string, sentenceEnd: number, end: number): boolean {
  const after = text.slice(end, Math.min(sentenceEnd, end + REACH_AFTER));
  const stop = after.search(/[,;](?!\d)/);
  return (
    TO_SELLERS_PLURAL_RE.test(stop >= 0 ? after.slice(0, stop) : after) ||
    WITH_SELLERS_THEN_EXAMPLES_RE.test(text.slice(end, Math.min(sentenceEnd, end + 220)))
  );
}

/** Is the amount at [start, end) inside `sentence` a total over several contracts? */
export function isAggregate(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  start: number,
  end: number,
): boolean {
  // "two new contracts worth more than $10 billion together: IREN will rent it chips for $9.7 billion, while …":
  // a sum told before a colon leads in the items after it; an item's amount is read from the colon on.
  sentenceStart = afterLeadIn(text, sentenceStart, start);
  const from = Math.max(sentenceStart, start - REACH_BEFORE);
  // After the amount, only its own clause: "adds $4 billion, taking the total across the three leases to $11
  // billion" sums in the next clause, not in the increment's.
  const after = text.slice(end, Math.min(sentenceEnd, end + REACH_AFTER));
  const stop = after.search(/[,;](?!\d)/);
  const clauseEnd = stop >= 0 ? end + stop : end + after.length;
  let window = text.slice(from, clauseEnd);
  // Only the amount's own part of the sentence: from the last semicolon before it.
  const semicolon = window.lastIndexOf(';', start - from);
  if (semicolon >= 0) window = window.slice(semicolon + 1);
  const before = text.slice(from, start);
  return (
    overSellerClass(text, sentenceEnd, end) ||
    spansNamedSellers(text, end, end + after.length) ||
    contractsWithListedSellers(text, end, sentenceEnd) ||
    pluralContractsBefore(text, sentenceStart, start, end, sentenceEnd) ||
    combinedOverNamed(text, sentenceStart, start) ||
    TO_THESE_SELLERS_RE.test(text.slice(end, clauseEnd)) ||
    sumsSeveral(window, '') ||
    sumsNamedCounterparties(before, window) ||
    sumsListedCounterparties(before, window) ||
    LISTED_SUBJECTS_BEFORE_RE.test(text.slice(sentenceStart, start)) ||
    allianceOfListed(text, sentenceStart, sentenceEnd, start, end)
  );
}

/**
 * A whole sector's figure told beside a deal: "pushes the sector's contracted AI hosting revenue well past $60
 * billion", "porte les revenus … du secteur bien au-delà de", "hebt die … Umsätze der Branche auf", "eleva los ingresos
 * … del sector", "del settore", "do setor": every seller's contracts summed.
 */
const SECTOR_RE =
  /\b(?:the (?:sector|industry)['’]s|sector-wide|industry-wide|du secteur|de la fili[èe]re|der Branche|branchenweit|del sector|del settore|do setor)\b/i;
/** The figure summed: revenue, backlog, a total, commitments, spending. */
const SECTOR_SUM_RE =
  /\b(?:revenues?|backlog|total|sales|commitments|spending|revenus|carnet|chiffre d['’]affaires|engagements|Ums[äa]tze?|Auftragsbestand|Zusagen|ingresos|cartera|compromisos|ricavi|portafoglio|impegni|receitas?|carteira|compromissos)\b/i;
/** "the sector's biggest contract", "le plus gros contrat du secteur": one contract, ranked in its sector. */
const RANKED_IN_SECTOR_RE =
  /\b(?:biggest|largest|plus gros|plus grand|gr[öo][ßs]te[nrs]?|mayor|m[áa]s grande|pi[ùu] grande|maior)\b/i;

/** Is the amount starting at `start` a sector's figure, told in the sentence from `sentenceStart`? */
export function sectorFigure(text: string, sentenceStart: number, start: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - REACH_BEFORE), start);
  return SECTOR_RE.test(before) && SECTOR_SUM_RE.test(before) && !RANKED_IN_SECTOR_RE.test(before);
}

/**
 * "Microsoft, Nvidia und Anthropic schließen 45-Milliarden-Allianz", "45-Milliarden-Dollar-Volumen: Microsoft, Nvidia
 * und Anthropic schließen eine Allianz", "Microsoft, Nvidia and Anthropic form a $45 billion alliance": the size of
 * an alliance or partnership told beside it, in a sentence that lists three companies or more, is what all of them
 * put in (investments and commitments), no pair's contract.
 */
const ALLIANCE_RE =
  /allian[cz]|alianza|alleanza|alian[çc]a|partnership|partenariat|partnerschaft|asociaci[óo]n|parceria|volumen/i;

function allianceOfListed(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  start: number,
  end: number,
): boolean {
  if (!ALLIANCE_RE.test(text.slice(Math.max(sentenceStart, start - 30), Math.min(sentenceEnd, end + 30))))
    return false;
  const list = LISTED_NAMES_RE().exec(text.slice(sentenceStart, sentenceEnd));
  return list !== null && listedCompanies(text, sentenceStart + list.index + list[0].length, list[0]) >= 3;
}

/**
 * "ByteDance, Alibaba and Tencent ordered $16 billion of H20 chips from Nvidia": three or more companies named as
 * the subject, then the verb and the amount: what they spend together.
 */
const LISTED_SUBJECTS_BEFORE_RE =
  /^\W{0,3}(?:\p{Lu}[\p{L}\d.&-]*(?:\s\p{Lu}[\p{L}\d.&-]*)?,\s){1,}?(?:\p{Lu}[\p{L}\d.&-]*(?:\s\p{Lu}[\p{L}\d.&-]*)?,?\s)?(?:and|et|und|y|e)\s\p{Lu}[\p{L}\d.&-]*(?:\s\p{Lu}[\p{L}\d.&-]*)?\s(?:(?:\p{Ll}+|[\p{L}\d]+-\p{L}+)\s){1,4}(?:(?:about|roughly|some|more than|over|up to|environ|rund|unos|circa|cerca de)\s)?(?:US)?\$?\s?$/u;

/** Where an amount's item starts: after a colon with three words or more between it and the amount. */
function afterLeadIn(text: string, sentenceStart: number, start: number): number {
  const colon = text.lastIndexOf(':', start);
  if (colon < sentenceStart || colon < start - REACH_BEFORE) return sentenceStart;
  return ITEM_WORDS_RE.test(text.slice(colon + 1, start)) ? colon + 1 : sentenceStart;
}
const ITEM_WORDS_RE = /\S\s+\S+\s+\S/;

/**
 * "a roughly $600 billion cloud commitment spanning AWS, Microsoft Azure, and Oracle", "un engagement de 50
 * milliards réparti entre Oracle et Microsoft", "Zusagen über 60 Mrd. Dollar, verteilt auf Nebius, Nscale und
 * Lambda": an amount whose own words spread it over two or more named companies is their sum, no pair's value.
 * Read right after the amount (no figure between); case-sensitive on the names' capitals.
 */
const SPANS_NAMED_SELLERS_RE = lazy(
  () =>
    new RegExp(
      String.raw`^[^.;\d]{0,60}?(?:\s|,\s)(?:spanning|split (?:between|among|across)|spread (?:across|among)|r[ée]partie?s? (?:entre|sur)|verteilt auf|aufgeteilt auf|repartid[oa]s? entre|distribuid[oa]s? entre|ripartit[oi] (?:tra|fra)|suddivis[oi] (?:tra|fra)|distribu[íi]d[oa]s? entre|dividid[oa]s? entre)\s${LISTED_NAMES}`,
      'u',
    ),
);

/** Does the text after the amount spread it over two or more companies of the table (not "l'Europe et les États-Unis")? */
function spansNamedSellers(text: string, end: number, to: number): boolean {
  const m = SPANS_NAMED_SELLERS_RE().exec(text.slice(end, to));
  const list = m?.groups?.list;
  if (!m || list === undefined) return false;
  return listedCompanies(text, end + m[0].length, list) >= 2;
}

/**
 * "engageant plus de 60 milliards de dollars sur des contrats pluriannuels avec Nscale, Nebius, CoreWeave, Iren et
 * Lambda", "more than $60 billion under multi-year contracts with Nscale, Nebius, CoreWeave, IREN and Lambda", "lease
 * contracts worth $5.5 billion with AWS and Fluidstack": plural contracts with two or more named counterparties
 * right after the amount; the amount is their sum.
 */
const CONTRACTS_WITH_LIST_AFTER_RE = lazy(
  () =>
    new RegExp(
      String.raw`^(?<gap>[^.;\d]{0,80}?)\b(?:${PLURAL_CONTRACTS}|Vertr[äa]gen?|Vereinbarungen)\b[^.;\d]{0,40}?\s(?:with|avec|mit|con|com|aupr[èe]s de)\s${LISTED_NAMES}`,
      'u',
    ),
);

function contractsWithListedSellers(text: string, end: number, sentenceEnd: number): boolean {
  const to = Math.min(sentenceEnd, end + 260);
  const m = CONTRACTS_WITH_LIST_AFTER_RE().exec(text.slice(end, to));
  const list = m?.groups?.list;
  // "a $9.7 billion contract with Microsoft and smaller agreements with Together AI and Anthropic": the amount's own
  // counterparty, told first, makes the plural another clause's.
  // "$300 billion of capacity from Oracle, and its contracts with CoreWeave and Microsoft": nor does a seller told
  // with "from", or a new clause before the plural.
  const gap = m?.groups?.gap ?? '';
  if (!m || list === undefined || OWN_COUNTERPARTY_RE.test(gap) || OWN_SELLER_OR_CLAUSE_RE.test(gap))
    return false;
  return listedCompanies(text, end + m[0].length, list) >= 2;
}

const OWN_SELLER_OR_CLAUSE_RE = /\b(?:from|von|bei|chez)\s\p{Lu}|,\s(?:and|while|whereas|et|und|y|e)\s/u;

/** How many companies of the table a list ending at `listEnd` names. */
function listedCompanies(text: string, listEnd: number, list: string): number {
  return new Set(findCompanyMentions(text, listEnd - list.length, listEnd).map((c) => c.company.id)).size;
}

const OWN_COUNTERPARTY_RE = /\b(?:with|avec|mit|con|com|aupr[èe]s)\b/i;

/**
 * "Oracle signed a cloud deal with Meta and a cloud deal with OpenAI, worth a combined $300 billion", "im Wert von
 * zusammen über 300 Milliarden Dollar": a sum told right before the amount, over three companies named before it
 * (the seller and two buyers), is no pair's value. So is the total value of a partnership of three ("Microsoft, Nvidia
 * und Anthropic … eine Partnerschaft im Gesamtwert von 45 Milliarden", "d'une valeur totale de").
 */
const COMBINED_BEFORE_RE =
  /\b(?:a combined|combined|together|in total|altogether|zusammen|insgesamt|au total|ensemble|cumul[ée]e?s?|en conjunto|en total|juntos|juntas|in totale|complessivamente|insieme|no total|ao todo|em conjunto|(?:a |im )?total value|Gesamtwert|valeur totale|valor total|valore (?:complessivo|totale))\s(?:(?:are|were|is|now|(?:would|will|could) be)\s){0,2}(?:(?:worth|valued at|total|amount to|valent|valen|valgono|valem)\s)?(?:(?:of|de|von|über|di|d['’]environ)\s)?(?:(?:about|some|over|more than|nearly|almost|roughly|plus de|más de|oltre|mais de)\s)?(?:US)?[$€£]?\s?$/i;
const COMBINED_REACH = 60;

function combinedOverNamed(text: string, sentenceStart: number, start: number): boolean {
  if (!COMBINED_BEFORE_RE.test(text.slice(Math.max(sentenceStart, start - COMBINED_REACH), start)))
    return false;
  return (
    new Set(findCompanyMentions(text, sentenceStart, start).map((m) => m.company.id)).size >= 3 ||
    namesTwoDeals(text, sentenceStart, start)
  );
}

/**
 * "a Microsoft deal and a Meta deal", "un contrat avec Microsoft et un autre avec Meta", "einen Vertrag mit
 * Microsoft und einen mit Meta", "un contrato con Microsoft y otro con Meta": two companies, each with a deal of
 * its own (a deal's noun or "another" / "one" between them, beside "and"). Their amount is no pair's running total,
 * though only two companies are named; "com a Microsoft e a Meta" is one deal's two names.
 */
const SECOND_DEAL_RE =
  /\b(?:deal|contract|agreement|pact|lease|contrat|accord|vertrag|vereinbarung|contrato|contratto|acuerdo|acordo|another|one|autre|einen|otro|otra|uno|una|altro|outro|outra)\w{0,2}\b/i;

export function namesTwoDeals(text: string, from: number, to: number): boolean {
  const named = findCompanyMentions(text, from, to);
  return named.some((m, i) => {
    const next = named[i + 1];
    const between = next ? text.slice(m.end, next.start) : '';
    return (
      next !== undefined &&
      next.company.id !== m.company.id &&
      between.length < 40 &&
      / (?:and|et|und|y|e) /.test(between) &&
      SECOND_DEAL_RE.test(between)
    );
  });
}

/**
 * The plural contracts told before the amount, their counterparties after it: "lease contracts worth $5.5 billion
 * with AWS and Fluidstack", "Mietverträge im Wert von 5,5 Milliarden Dollar mit AWS und Fluidstack", "contratos de
 * arrendamiento por 5.500 millones de dólares con AWS y Fluidstack".
 */
const PLURAL_CONTRACTS_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:${PLURAL_CONTRACTS})|vertr[äa]ge|vereinbarungen)\b([^.;\d]{0,40})$`,
  'iu',
);
/** Between the plural and the amount, one contract singled out: "agreements, including a $17.4 billion deal". */
const ONE_OF_THEM_RE =
  /\b(?:includ\w*|among them|notably|dont|notamment|darunter|einschlie\w*|incluido|incluyendo|entre ellos|tra cui|inclus[oi]|incluindo|entre eles)\b/i;
const LISTED_AFTER_RE = lazy(
  () => new RegExp(String.raw`^[^.;\d]{0,30}?\s(?:with|avec|mit|con|com)\s${LISTED_NAMES}`, 'u'),
);

function pluralContractsBefore(
  text: string,
  sentenceStart: number,
  start: number,
  end: number,
  sentenceEnd: number,
): boolean {
  // A figure only: "acuerdos multimillonarios con Nvidia, AMD y Oracle" tells each deal, summing none.
  if (!/\d/.test(text.slice(start, end))) return false;
  const gap = PLURAL_CONTRACTS_BEFORE_RE.exec(text.slice(Math.max(sentenceStart, start - 60), start))?.[1];
  if (gap === undefined || ONE_OF_THEM_RE.test(gap) || OWN_COUNTERPARTY_RE.test(gap)) return false;
  const m = LISTED_AFTER_RE().exec(text.slice(end, Math.min(sentenceEnd, end + 200)));
  const list = m?.groups?.list;
  if (!m || list === undefined) return false;
  return listedCompanies(text, end + m[0].length, list) >= 2;
}

/**
 * A list of three or more named companies before the amount, in a clause that sums: "Insgesamt hat Microsoft
 * mit CoreWeave, Nebius, Nscale und Lambda Verträge über 60 Mrd. Dollar", "les engagements d'OpenAI auprès
 * d'Oracle, de Microsoft et d'AWS dépassent au total 600 Md$", "commitments across Nebius, Nscale and IREN add
 * up to": whatever the word order, one amount over three counterparties is no pair's value. Case-sensitive on
 * purpose: a name starts with a capital.
 */
const NAME_ARTICLE = String.raw`(?:(?:the|la|le|les|der|dem|den|el|los|a|o|os|as|de|di|da|do|del|della|von|bei|con|com|with|mit|avec|auprès de)\s|[dl]['’]\s?)?`;
/** A list's further names and its last article (", Nebius, Nscale and "); LISTED_NAMES: a whole list, named "list". */
const LIST_TAIL = String.raw`(?:,\s${NAME_ARTICLE}${NAME})*,?\s(?:and|et|und|y|e)\s${NAME_ARTICLE}`;
const LISTED_NAMES = String.raw`(?<list>${NAME_ARTICLE}${NAME}${LIST_TAIL}\p{Lu}[^.;]*)`;
const LISTED_NAMES_RE = lazy(
  () => new RegExp(String.raw`${NAME_ARTICLE}${NAME},\s${NAME_ARTICLE}${NAME}${LIST_TAIL}${NAME}`, 'u'),
);

function sumsListedCounterparties(before: string, window: string): boolean {
  if (!SUM_RE().test(window) || EACH_RE.test(window)) return false;
  const list = LISTED_NAMES_RE().exec(before);
  // "… with CoreWeave, Oracle and Microsoft now total $350 billion, after it signed a $38 billion deal with
  // Amazon": the list sums the amount told right after it, not a later one.
  return list !== null && !/\d/.test(before.slice(list.index + list[0].length));
}

/** "OpenAI's contracts with CoreWeave, Oracle and Microsoft now total $350 billion": a sum over several partners. */
function sumsNamedCounterparties(before: string, window: string): boolean {
  const tail = NAMED_COUNTERPARTIES_RE().exec(before)?.groups?.tail;
  return tail !== undefined && (SUM_RE().test(tail) || WORTH_RE.test(tail)) && !EACH_RE.test(window);
}

/**
 * Does the amount's clause sum several contracts? Remembered per clause for the document (speed only: a pure
 * test of the text): the amounts of a short sentence share one clause.
 */
const sumsSeveral = memoizeByStrings((window: string): boolean => {
  if (ACROSS_RE().test(window)) return true;
  return (
    (SEVERAL_CONTRACTS_RE().test(window) || SEVERAL_TRANCHES_RE.test(window)) &&
    !EACH_RE.test(window) &&
    (SUM_RE().test(window) || WORTH_RE.test(window))
  );
});

/**
 * "Including its earlier Fluidstack agreements, Cipher's contracts now total $8.5 billion", "Together with the
 * previously announced agreements with Fluidstack, … total": a sum of the deal just told and earlier deals.
 */
const WITH_EARLIER_DEALS_RE = lazy(() =>
  fastWordStarts(
    String.raw`\b(?:including|together with|combined with|y compris|avec|zusammen mit|einschlie(?:ß|ss)lich|inklusive|junto con|incluyendo|sumad[oa]s? a|compresi|insieme (?:a|con)|incluindo|somad[oa]s? a|juntamente com)\s(?:(?:the|its|their|the company['’]s|ses|leurs|les|der|den|ihre[nr]?|seine[nr]?|sus|los|las|i|gli|le|os|as|seus|suas|[\p{L}-]+['’]s?)\s){0,2}(?:earlier|previous|previously announced|prior|existing|pr[ée]c[ée]dents|ant[ée]rieurs|fr[üu]heren|bisherigen|anteriores|precedenti|previ)\s(?:[\p{L}-]+\s){0,4}?(?:agreements?|contracts?|leases?|deals?|accords|contrats|baux|vertr[äa]gen?|vereinbarungen|acuerdos|contratos|contratti|accordi|acordos)\b`,
    'iu',
  ),
);

/** Does the sentence, before the amount (`before`), sum the deal with earlier ones? */
export function sumsWithEarlierDeals(before: string): boolean {
  return WITH_EARLIER_DEALS_RE().test(before);
}

/**
 * "Including the two initial leases, which are expected to generate approximately $7 billion, total … is $11
 * billion": the amount told inside the lead-in that counts earlier deals is theirs, neither the new deal's
 * increment nor a deal of its own in this sentence.
 */
const EARLIER_DEALS_LEAD_RE = lazy(() =>
  fastWordStarts(
    String.raw`\b(?:including|together with|y compris|avec|einschlie(?:ß|ss)lich|zusammen mit|incluyendo|junto con|compresi|insieme a|incluindo|somad[oa]s? a)\s(?:(?:the|its|their|les|ses|leurs|der|den|die|ihre[nr]?|los|las|sus|i|gli|le|os|as|seus|suas)\s)?(?:(?:two|three|four|initial|earlier|previous|prior|first|existing|original|deux|trois|premiers|initiaux|pr[ée]c[ée]dents|zwei|drei|ersten|fr[üu]heren|dos|tres|primeros|iniciales|anteriores|due|tre|primi|iniziali|precedenti|dois|tr[êe]s|primeiros|iniciais)\s){1,2}(?:leases|contracts|agreements|deals|baux|contrats|accords|mietvertr[äa]gen?|vertr[äa]gen?|arrendamientos|contratos|acuerdos|contratti|accordi|acordos)(?:,\s(?:which|that|qui|die|welche|que|los cuales|che|i quali|os quais)\s[^,;.]{0,80}|\s(?:worth|valued at|of|d['’]une valeur de|de|im wert von|über|por valor de|por|del valore di|da|no valor de)\s[^,;.]{0,20})$`,
    'iu',
  ),
);

export function isEarlierDealsValue(before: string): boolean {
  return EARLIER_DEALS_LEAD_RE().test(before);
}

/**
 * "the named contracts of Nebius approach $50 billion", "los contratos de Nebius se acercan a", "i contratti di
 * Nebius sfiorano": one company's contracts (plural, "of" that company, with no "with" counterparty) summed
 * across its customers, whatever pair the sentence names beside it. Case-sensitive on the name's capital.
 */
const COMPANY_CONTRACTS_SUM_RE = lazy(
  () =>
    new RegExp(
      String.raw`(?:[Cc]ontracts|[Aa]greements|[Dd]eals|[Cc]ontrats|[Aa]ccords|[Cc]ontratos|[Aa]cuerdos|[Cc]ontratti|[Aa]ccordi|[Aa]cordos|Vertr[äa]ge|Vereinbarungen)\s(?:[\p{Ll}-]+\s){0,3}?(?:of|de|d['’]|di|von|do|da|des|del|della|dei)\s?${NAME}\s(?:(?:now|already|d[ée]j[àa]|ya|gi[àa]|j[áa]|bereits|nun|together|ensemble|juntos|insieme|zusammen|in totale|en total|au total|no total|insgesamt)\s)?(?:approach|near|total|reach|exceed|top|come to|add up to|s['’]approchent d[eu]|approchent|totalisent|atteignent|d[ée]passent|se acercan a|suman|alcanzan|superan|si avvicinano|sfiorano|raggiungono|superano|ammontano|se aproximam de|somam|chegam a|superam|n[äa]hern sich|erreichen|übersteigen|summieren sich auf|belaufen sich auf)\s(?:(?:in total|in totale|au total|en total|no total|insgesamt|the|les|los|las|i|gli|os|as|a|à|aux|ai|agli|al|rund|etwa|about|nearly|almost|roughly|pr[èe]s de|quasi|casi|cerca de|circa|quase)\s){0,3}$`,
      'u',
    ),
);

/** Is the amount right after `before` a sum of one company's contracts across its customers? */
export function sumsCompanyContracts(before: string): boolean {
  return COMPANY_CONTRACTS_SUM_RE().test(before.slice(-160));
}

/** Plural contracts "with" one counterparty, right before its name: "dos acuerdos … con Fluidstack". */
const CONTRACTS_WITH_BEFORE_RE = new RegExp(
  String.raw`\b(?:${PLURAL_CONTRACTS}|vertr[äa]ge|vereinbarungen|mietvertr[äa]ge)\b[^.;:]{0,60}?\s(?:with|avec|mit|con|com)\s(?:(?:the|la|le|les|l['’]|der|dem|den|el|los|a|o|os|as)\s?)?$`,
  'iu',
);

/**
 * "La empresa firmó dos acuerdos … con Fluidstack, que suman unos 3.700 millones", "signed two leases with
 * Fluidstack that total $3.7 billion": the contracts summed are with the one company the sentence names, the sum is
 * one pair's (the signer is the sentence's subject), not an aggregate over counterparties. `before` ends right
 * before that company's name; `between` runs from its name to the amount (no other counterparty in it).
 */
export function sumsOneCounterparty(before: string, between: string): boolean {
  return CONTRACTS_WITH_BEFORE_RE.test(before) && !/\s(?:and|et|und|y|e)\s\p{Lu}/u.test(between.slice(0, 40));
}

/**
 * "Together with our Fluidstack agreement, our AI hosting business is now underpinned by roughly $8.5 billion",
 * "Including the AWS lease, Cipher's HPC contracts now represent $8.5 billion", "Avec le contrat conclu avec
 * Fluidstack, …", "Zusammen mit dem Fluidstack-Vertrag …", "Junto con el contrato de Fluidstack, …", "Insieme al
 * contratto con Fluidstack, …", "Incluindo o contrato com a Fluidstack, …": a named contract counted in with the
 * others, before the amount; the amount is their sum, whoever the sentence names.
 */
const WITH_NAMED_CONTRACT_BEFORE_RE =
  /(?:[Tt]ogether with|[Ii]ncluding|[Aa]vec|[Yy] compris|[Zz]usammen mit|[Ee]inschlie(?:ß|ss)lich|[Jj]unto co[nm]|[Ii]ncluyendo|[Ii]nsieme al|[Ii]ncluso il|[Ii]ncluindo)\s(?:(?:our|the|its|le|notre|son|dem|unserem|seinem|el|nuestro|su|o)\s|l['’])(?:(?:\p{Lu}[\p{L}\d&.]*[\s-]){1,3}(?:agreements?|leases?|contracts?|deals?|Vertrag|Mietvertrag)|(?:agreements?|leases?|contracts?|deals?|contrat|bail|accord|Vertrag|Mietvertrag|contrato|acuerdo|contratto|accordo|acordo)\s(?:conclu\s)?(?:with|from|avec|de|d['’]|mit|von|con|com|da|do|di)\s?(?:a\s|o\s)?\p{Lu})/u;

/** Is the amount at `start` a sum told with a named contract counted in before it, in its sentence? */
export function sumsWithNamedContract(text: string, sentenceStart: number, start: number): boolean {
  return WITH_NAMED_CONTRACT_BEFORE_RE.test(text.slice(Math.max(sentenceStart, start - REACH_BEFORE), start));
}
