// Money that is no contract's value although a pair stands beside it: what a company spends building its own sites
// ("will spend $50 billion on its own US data centers, working with Fluidstack as builder"; "Aker and Nscale are
// putting $1 billion into the first phase of the site"; "anuncia US$ 50 bilhões em centros de dados"), and money a
// company receives from another ("A Anthropic recebeu US$ 8 bilhões da Amazon": an investment, or revenue).

import { findCompanyMentions } from '../companies';
import { fastWordStarts } from '../word-start';
import { textBefore } from './text-window';

/** A currency word that may follow the figure ("$50 billion", "50 milliards de dollars", "US$ 50 bilhões"). */
const CURRENCY = String.raw`(?:\s?(?:de |of |di )?(?:d[óo]lares|dollars?|dollari|Dollar|euros?|Euro|USD|EUR)\b)?`;

/** Data centres, campuses and a site's build phase, in the six languages. */
const SITES =
  "(?:data ?cent(?:er|re)s?|centres? de donn[ée]es|Rechenzentr\\p{L}*|centros? de datos|centr[oi] dati|data center|centros? de dados|campus(?:es)?|sites?|infra\\p{L}*|AI factor\\p{L}*|usines? d[’']IA|KI-Fabrik\\p{L}*|f[áa]bricas? de IA|fabbriche? (?:di|dell[’'])IA)";

/**
 * Right after the amount, or after the goods it buys ("$5 billion of Nvidia systems for its own data centers"):
 * "on its own data centers", "dans ses propres centres de données", "in eigene
 * Rechenzentren", "en sus propios centros de datos", "nei propri data center", "em seus próprios centros de dados";
 * or, after an announcement with no counterparty, "in data centers" itself ("anuncia US$ 50 bilhões em centros de
 * dados") when no contract noun follows ("$10 billion in data center leases" is a contract's value).
 */
const OWN_SITES_AFTER_RE = new RegExp(
  String.raw`^${CURRENCY}(?:\s[^.;,]{1,60}?)?\s(?:on|in|into|for|dans|pour|in|f[üu]r|en|para|per|nei|nel|negli|in|em|nos|nas)\s(?:(?:its|their|his|her|ses|leurs|sa|son|seine|ihre|die|den|su|sus|suoi|i|il|la|le|seus|suas|os|as|o|a)\s){0,2}(?:own|propres?|eigenen?|propi[oa]s|propri[oa]?|pr[óo]pri[oa]s)\s(?:[\p{L}.-]+\s){0,2}?${SITES}`,
  'iu',
);
const ANNOUNCED_SITES_AFTER_RE = new RegExp(
  String.raw`^${CURRENCY}\s(?:in|into|em|en|dans|nei|in)\s(?:(?:des|de|les|the|los|i|os)\s)?(?:new\s|nouveaux\s|neue\s|nuevos\s|nuovi\s|novos\s)?${SITES}(?![\p{L}\s-]{0,3}(?:lease|contract|agreement|bail|contrat|Vertr|Miet|contrato|contratt|arrendamiento|aluguel|locazione|capacit))`,
  'iu',
);
/**
 * A company's own sites told through a possessive, after the amount: for their build ("400 Millionen Dollar für den
 * Ausbau seiner Schweizer Rechenzentren", "$700 million to expand its Polish data centers", "para la ampliación de sus
 * centros de datos") or, after a pledge, for the sites alone ("a promis 5 milliards d'euros sur deux ans pour ses
 * centres de Saint-Ghislain"). Without either, "pays Oracle $30 billion a year for its data centers" is a rent whose
 * "its" is the seller's.
 */
const OWN_BUILD_AFTER_RE = new RegExp(
  String.raw`^${CURRENCY}(?:\s(?:over|sur|[üu]ber|en|in|nei|em|durante)\s(?:\S+\s)?\p{L}+)?(?:\s(?:last|this|next) year|\sim (?:vergangenen|letzten) Jahr|\sl['’]an (?:dernier|pass[ée])|\sel año pasado|\sl['’]anno scorso|\sno ano passado)?\s(?:to|for|pour|f[üu]r|para|per|a)\s(?:(?:the|le|la|l['’]|den|die|el|il|lo|o|a)\s?)?(?:expan(?:d|sion of)|extend|build(?:ing)?(?: out)?|grow|extension de|agrandi\p{L}*|d[ée]velopp\p{L}*|construire|Ausbau|Erweiterung|Bau|ampli\p{L}*|expan(?:si[óo]n|s[ãa]o|dir) de|espan\p{L}*|costru\p{L}*|constru\p{L}*)\s(?:(?:of|de|d['’]|des|du|della|delle|dei|do|da|dos|das)\s?)?(?:its|their|ses|leurs|sa|son|seiner|seine|seinen|ihrer|ihre|ihren|su|sus|suoi|sue|propri|seus|suas)\s(?:[\p{L}-]+\s){0,2}?${SITES}`,
  'iu',
);
const PLEDGED_FOR_OWN_AFTER_RE = new RegExp(
  String.raw`^${CURRENCY}(?:\s(?:over|sur|[üu]ber|en|in|nei|em|durante)\s(?:\S+\s)?\p{L}+)?\s(?:for|pour|f[üu]r|para|per)\s(?:its|their|ses|leurs|seine|ihre|sus|suoi|i suoi|seus|os seus)\s(?:[\p{L}-]+\s){0,2}?(?:data ?cent(?:er|re)s|centres|Rechenzentren|centros|centri|data center|campus)`,
  'iu',
);
const PLEDGED_BEFORE_RE =
  /\b(?:pledged|promised|committed|a promis|s['’]est engag[ée]|hat|prometi[óo]|comprometi[óo]|ha promesso|prometeu)\s(?:[^\s.;]+\s){0,4}?(?:US\$|\$|€|about |around |some |up to |environ |rund |unos |circa |cerca de )?$/iu;

/** The verb of an announcement or a plan before the amount ("announces", "anuncia", "annonce", "kündigt … an"). */
const ANNOUNCES_BEFORE_RE =
  /\b(?:announc\p{L}*|unveil\p{L}*|plans?|pledg\p{L}*|annonc\p{L}*|d[ée]voil\p{L}*|k[üu]ndigt|plant|anunci\p{L}*|annunci\p{L}*|promet\p{L}*|prev[êe]|pr[ée]voit)\s(?:[^\s.;]+\s){0,3}?(?:US\$|\$|€|about |around |some |up to |environ |rund |unos |circa |cerca de )?$/iu;

/**
 * Before the amount, a verb of putting money into a build ("putting", "pouring", "injecte", "stecken", "inyectan",
 * "immettono", "injetam", "engagent"); after it, a build phase or the site itself ("into the first phase of the
 * Stargate Norway site", "pour une première phase de 230 mégawatts").
 */
const PUT_BEFORE_RE = fastWordStarts(
  String.raw`\b(?:put(?:s|ting)?|pour(?:s|ing|ed)?|plough(?:s|ing|ed)?|plow(?:s|ing|ed)?|sink(?:s|ing)?|inject\p{L}*|engag(?:e|ent|eront|era|eait)|mett(?:ent|ront|ra)|stecken|steckt|inyect\p{L}*|aport\p{L}*|immett\p{L}*|iniett\p{L}*|injet\p{L}*|investi\p{L}*|invest(?:s|ing|ed)?)\s(?:[^\s.;]+\s){0,3}?(?:about |around |roughly |some |nearly |up to |environ |près de |rund |etwa |unos |cerca de |circa |quasi |por volta de )?(?:US)?[$€£]?\s?$`,
  'iu',
);
const BUILD_PHASE_AFTER_RE = new RegExp(
  String.raw`^${CURRENCY}\s(?:into|in|for|pour|dans|f[üu]r|in die|en|para|per|nella|na|em)\s(?:(?:the|a|une|la|le|die|eine|el|una|il|a|o|uma)\s)?(?:(?:first|second|initial|next|premi[èe]re|seconde|deuxi[èe]me|erste|zweite|primera|segunda|prima|seconda|primeira)\s)?(?:phase|fase|Phase|stage|[ée]tape|Bauabschnitt|etapa|tappa|construction|build-?out|Bau|construcci[óo]n|costruzione|constru[çc][ãa]o)`,
  'iu',
);

/**
 * Before the amount, a verb of receiving; after it, who gave it ("received $8 billion from Amazon", "a reçu 8
 * milliards d'Amazon", "erhielt 8 Milliarden von Amazon", "recibió 8.000 millones de Amazon", "ha ricevuto 8 miliardi
 * da Amazon", "recebeu US$ 8 bilhões da Amazon"). A contract received ("received a $1 billion order from") names
 * its noun before the amount and is not read here.
 */
const RECEIVED_BEFORE_RE = fastWordStarts(
  String.raw`\b(?:received|receives|receiving|a re[çc]u|re[çc]oit|recevra|avait re[çc]u|erhielt|erh[äa]lt|bekam|bekommt|recibi[óo]|recibe|recibir[áa]|ha ricevuto|riceve|ricever[àa]|aveva ricevuto|recebeu|recebe|receber[áa]|tinha recebido)\s(?:about |around |some |nearly |more than |up to |environ |pr[èe]s de |plus de |rund |etwa |mehr als |unos |cerca de |m[áa]s de |circa |quasi |oltre |por volta de |mais de )?(?:US)?[$€£]?\s?$`,
  'iu',
);
const FROM_AFTER_RE = new RegExp(
  String.raw`^${CURRENCY}\s(?:from|de|d['’]|von|vom|da|dalla|dal|do|del|de la)\s?`,
  'iu',
);

/** A joint venture in six languages: written once for the two patterns below. */
const JOINT_VENTURE =
  '(?:joint[- ]ventures?|empresas? conjuntas?|co-?entreprises?|entreprises? communes?|Gemeinschaftsunternehmen|societ[àa] congiunt[ae]|empresa comum)';

/**
 * Money put into a joint venture ("will commit up to $10 billion to a joint venture", "destinarán 10.000 millones a
 * una empresa conjunta", "investiront 10 milliards dans une coentreprise", "10 Milliarden in ein
 * Gemeinschaftsunternehmen", "10 miliardi in una joint venture", "US$ 10 bilhões numa empresa conjunta"): the
 * partners fund a company of their own; neither buys from the other.
 */
const JOINT_VENTURE_AFTER_RE = new RegExp(
  String.raw`^${CURRENCY}(?:\s[^.;,]{1,40}?)?\s(?:to|into|in|for|a|à|dans|pour|in|an|f[üu]r|en|para|per|nella|nel|na|no|numa|num)\s(?:(?:a|an|the|une|la|le|eine|ein|einem|einer|una|un|uma|um)\s)?(?:(?:new|nouvelle|neue[snm]?|nueva|nuova|nova|planned|future)\s)?${JOINT_VENTURE}`,
  'iu',
);

/**
 * A joint venture's size ("a $3.4 billion joint venture with Blue Owl to build a data center", "une coentreprise de
 * 3,4 milliards", "un Gemeinschaftsunternehmen im Wert von 3,4 Milliarden", "una empresa conjunta de 3.400 millones",
 * "una joint venture da 3,4 miliardi", "uma empresa conjunta de 3,4 mil milhões"): the partners' own company, no
 * contract between them nor with the tenant of the site it builds. Not revenue "for the joint venture of about $9.5
 * billion": that is the lease's value.
 */
const JOINT_VENTURE_SIZE_AFTER_RE = new RegExp(
  String.raw`^${CURRENCY}\s(?:[\p{L}-]+\s)?joint[- ]ventures?\b`,
  'iu',
);
const JOINT_VENTURE_SIZE_BEFORE_RE = new RegExp(
  String.raw`\b(?:a|an|une|un|una|uma|um|ein|eine|einem)\s(?:new\s|nouvelle\s|neue[sn]?\s|nueva\s|nuova\s|nova\s)?${JOINT_VENTURE}\s(?:de|d['’]|di|da|von|im Wert von|worth|valued at|of)\s(?:about |around |some |nearly |up to |environ |rund |unos |circa |cerca de )?(?:US)?[$€£]?\s?$`,
  'iu',
);

/**
 * A partnership's size, the partnership then a build ("a $3.4 billion partnership with Blue Owl Capital to build a
 * data center campus", "un partenariat de 3,4 milliards de dollars avec Blue Owl pour construire", "eine Partnerschaft
 * über 3,4 Milliarden Dollar mit Blue Owl Capital …, um … zu bauen", "una alianza de 3.400 millones con Blue Owl para
 * construir"): the partners fund and build a site together, as a joint venture does. With an AI lab or a hyperscaler
 * among the companies named ("a $300 billion partnership with OpenAI to build data centers"), the site is built for
 * that buyer: its contract, read as usual.
 */
const PARTNERSHIP_WORD =
  '(?:partnerships?|partenariats?|Partnerschaft(?:en)?|alianzas?|asociaci[óo]n(?:es)?|parcerias?|joint[- ]ventures?)';
const PARTNERSHIP_BEFORE_RE = new RegExp(
  `${PARTNERSHIP_WORD}\\s(?:(?:de|d['’]|di|da|über|von|im Wert von|worth|of)\\s)?(?:about |around |some |up to |environ |rund |unos |circa |cerca de )?(?:US)?[$€£]?\\s?$`,
  'iu',
);
const PARTNERSHIP_AFTER_RE = new RegExp(
  `^${CURRENCY}\\s(?:(?:[\\p{L}-]+\\s){0,2}?${PARTNERSHIP_WORD}\\s)?(?:with|avec|mit|con|com)\\s`,
  'iu',
);
const BUILD_AFTER_RE =
  /^[^.;]{1,80}?(?:\bto (?:build|develop|construct|finance)|\bpour (?:construire|d[ée]velopper|financer|b[âa]tir)|\bum\s[^.;]{1,80}?\bzu (?:bauen|errichten|entwickeln|finanzieren)|\bpara (?:construir|desarrollar|financiar|desenvolver)|\bper (?:costruire|sviluppare|finanziare|realizzare))\b/iu;

/** AI labs (tier 0) and hyperscalers (tier 1) in the company table: the buyers a site is built for. */
const BUYER_TIERS: ReadonlySet<number> = new Set([0, 1]);

function buildPartnershipSize(text: string, sentenceStart: number, start: number, end: number): boolean {
  const after = text.slice(end, end + 200);
  const partnership = PARTNERSHIP_AFTER_RE.exec(after);
  if (!partnership) return false;
  const before = text.slice(Math.max(sentenceStart, start - 60), start);
  if (!new RegExp(PARTNERSHIP_WORD, 'iu').test(partnership[0]) && !PARTNERSHIP_BEFORE_RE.test(before))
    return false;
  if (!BUILD_AFTER_RE.test(after.slice(partnership[0].length))) return false;
  const sentence = text.slice(sentenceStart, end + 200).split(/[.;!?](?:\s|$)/u)[0] ?? '';
  return !findCompanyMentions(sentence).some((m) => BUYER_TIERS.has(m.company.tier));
}

/** Is the money at [start, end) a company's spend on its own build, or money it received from another? */
export function isSpendOrReceived(text: string, sentenceStart: number, start: number, end: number): boolean {
  const after = text.slice(end, end + 120);
  const before = text.slice(Math.max(sentenceStart, start - 80), start);
  return (
    OWN_SITES_AFTER_RE.test(after) ||
    OWN_BUILD_AFTER_RE.test(after) ||
    (PLEDGED_FOR_OWN_AFTER_RE.test(after) && PLEDGED_BEFORE_RE.test(before)) ||
    (ANNOUNCED_SITES_AFTER_RE.test(after) && ANNOUNCES_BEFORE_RE.test(before)) ||
    (PUT_BEFORE_RE.test(before) && BUILD_PHASE_AFTER_RE.test(after)) ||
    (RECEIVED_BEFORE_RE.test(before) && FROM_AFTER_RE.test(after)) ||
    intoJointVenture(text, end) ||
    JOINT_VENTURE_SIZE_AFTER_RE.test(after) ||
    JOINT_VENTURE_SIZE_BEFORE_RE.test(before) ||
    buildPartnershipSize(text, sentenceStart, start, end)
  );
}

/** Is the money ending at `end` put into a joint venture (its partners' own company)? */
export function intoJointVenture(text: string, end: number): boolean {
  return JOINT_VENTURE_AFTER_RE.test(text.slice(end, end + 120));
}

/**
 * Right before words of an unstated sum ("is spending tens of billions on Nvidia processors", "gasta miles de
 * millones en comprar chips", "dépense des dizaines de milliards", "gibt Milliarden … aus", "spende miliardi",
 * "gasta bilhões"): a company's spending in general, told with no figure, is no purchase agreement. Not an
 * infinitive ("in talks to spend billions of dollars on Google's chips"): a purchase the sentence tells.
 */
const SPENDS_BEFORE_RE =
  /\b(?<!\bto )(?:spends|spending|spent|pours|pouring|poured|gast(?:a|an|ando|ó|aron|am|ou|aram)|d[ée]pens(?:e|ent|ant|[ée])|investi(?:t|ssent|ssant)|ausgegeben|gibt|spend(?:e|ono|endo)|speso|invests|investing|invested|inviert(?:e|en)|invirtiendo|investe(?:m)?|investendo|investindo)\s(?:(?:already|now|still|d[ée]j[àa]|bereits|ya|gi[àa]|j[áa])\s)?(?:des\s|de\s)?$/iu;

/** Do value words (no figure) starting at `start` tell a company's spending in general? */
export function spendsUnstatedSum(text: string, start: number): boolean {
  return SPENDS_BEFORE_RE.test(textBefore(text, start, 40));
}
