// Who buys and who provides: what the clause says around each party (cue lists in cues.ts), else the company
// table's usual roles (data), else its tier.

import { findCompanyMentions } from '../companies';
import { lazy } from '../lazy';
import { fastWordStarts } from '../word-start';
import { brandNamesTheGoods } from './cloud-brand';
import {
  BUYER_AFTER_RE,
  BUYER_BEFORE_RE,
  LANDLORD_TIER,
  PROVIDER_AFTER_RE,
  PROVIDER_BEFORE_RE,
} from './cues';
import { makerRentsSite, makerSellsGoods } from './maker-sale';
import { AS_BUYER_AFTER_RE, AS_PROVIDER_AFTER_RE } from './named-as-role';
import { GOODS_WORDS_RE } from './own-goods-order';
import { isChipMaker, type Party, PURCHASE_VERB_RE, RECEIVE_VERB } from './parties';
import { orderReceivedFrom } from './received-order';
import { TWO_WAY_LEASE_BEFORE_RE, TWO_WAY_LEASE_END_RE } from './role-lexicon';
import { opensLineUnderHeading, type Span } from './sentences';
import { tableRole } from './table-column';
import { textBefore } from './text-window';
import {
  capacityNamedFirst,
  securesADeal,
  WON_CONTRACT_AFTER_RE,
  WON_LEASE_AFTER_RE,
  winsAContract,
} from './won-contract';

/** "from Amazon's AWS", "from Microsoft's Azure cloud": a brand told after its own company's possessive. */
const OWNER_POSSESSIVE_BEFORE_RE = /\b(\p{Lu}[\p{L}\d.&-]*(?:\s\p{Lu}[\p{L}\d.&-]*)?)['’]s?\s$/u;

/** "AWS, de Amazon", "Amazon Web Services d'Amazon", "AWS von Amazon": a company told after its own brand. */
const OF_OWNER_BEFORE_RE = /(?:,\s)?(?:of|de|d['’]|von|di|da|do)\s?$/i;

/**
 * The words before a party, read past its own company's name told beside it: "buy capacity from Amazon's AWS",
 * "acheter de la capacité à Amazon Web Services d'Amazon", "comprar capacidad a AWS, de Amazon".
 */
function textBeforeParty(text: string, p: Party): string {
  const before = textBefore(text, p.start, 40);
  const owner = OWNER_POSSESSIVE_BEFORE_RE.exec(before) ?? OF_OWNER_BEFORE_RE.exec(before);
  if (!owner) return before;
  const at = p.start - before.length + owner.index;
  // The owner told right there: its possessive opens at `at`, or its brand ends where "of" / "de" begins.
  const named = findCompanyMentions(text, Math.max(0, at - 40), p.start).find(
    (m) => m.start === at || (m.end >= at - 1 && m.end <= at + 2),
  );
  return named?.company.id === p.company.id ? textBefore(text, named.start, 40) : before;
}

export function roleScore(text: string, p: Party, hasProvideVerb: boolean): number {
  // "Landlord | Tenant | …": the column a table's row names the company in says its role.
  const cell = tableRole(text, p.start);
  if (cell === 'buyer') return -2;
  if (cell === 'provider') return 2;
  const before = opensLineUnderHeading(text, p.start) ? '' : textBeforeParty(text, p);
  const after = text.slice(p.end, p.end + 90);
  let s = 0;
  if (p.pronoun) {
    // "for our cloud capacity": a possessive says nothing about roles; only "we will provide" does.
    if (PROVIDER_AFTER_RE.test(after)) s += 1;
    if (BUYER_AFTER_RE.test(after)) s -= 1;
    return s;
  }
  // "For CoreWeave, the breakup comes at a bad time", "Para CoreWeave, la ruptura …": a sentence opened on "for" and
  // the company sets its topic; it names no customer.
  if (TOPIC_FOR_BEFORE_RE.test(before) && after.startsWith(',')) return 0;
  if (REVENUE_FROM_RE.test(before) || PART_FROM_RE.test(textBefore(text, p.start, 120))) return -2;
  // "Nvidia-Kunde CoreWeave", "Nvidia customer CoreWeave": the customer named after its supplier buys from it.
  if (
    CUSTOMER_OF_AFTER_RE.test(after) ||
    (CUSTOMER_WORD_OF_BEFORE_RE.test(before) && /^\s\p{Lu}/u.test(after))
  )
    return 2;
  if (CUSTOMER_OF_BEFORE_RE.test(before) || CUSTOMER_WORD_OF_NAME_BEFORE_RE.test(before)) return -2;
  // "a $250 billion Azure commitment", "un engagement Azure": the brand is the goods; its company sells them.
  // So does the company that names a purchase agreement ("entered a Dell purchase agreement for GPUs").
  if (brandNamesTheGoods(text, p, before, after) || PURCHASE_AGREEMENT_AFTER_RE.test(after)) return 2;
  // "secures CoreWeave as anchor tenant", "gewinnt Meta als Kunden": the role the text names it by.
  if (AS_BUYER_AFTER_RE.test(after)) return -2;
  if (AS_PROVIDER_AFTER_RE.test(after)) return 2;
  // "… of contracted revenue, taking the total from CoreWeave to $11 billion": the revenue's payer buys.
  if (
    /total/i.test(before) &&
    TOTAL_FROM_RE.test(before) &&
    REVENUE_WORD_RE.test(textBefore(text, p.start, 160))
  )
    return -2;
  // "AWS, braço de nuvem da Amazon,", "Microsofts Cloud-Sparte von …": "of" after an arm or a unit names the
  // parent, not the seller.
  if (AFFILIATION_WORD_RE.test(before) && AFFILIATION_BEFORE_RE.test(before)) return 0;
  // "Die Neocloud-Verträge von Microsoft:", "Os contratos de computação da OpenAI:": whose contracts they are (a
  // list's lead-in, a buyer's or a seller's), not who sells; the table's usual roles decide.
  if (CONTRACTS_OF_RE.test(before) || ownedDealWith(textBefore(text, p.start, 80), after)) return 0;
  if (COMMITMENT_OF_RE.test(before)) return -2;
  if (REVENUE_FOR_RE.test(before)) return 2;
  // "a $23 billion commitment to Nscale", "the largest pledge will go to Nscale": the money goes to the seller.
  if (MONEY_TO_RE.test(before) || MONEY_DESTINED_RE.test(textBefore(text, p.start, MONEY_DESTINED_REACH)))
    return 2;
  // "a contract for IREN's GPU cloud capacity", "an agreement for Lambda GPU capacity": whose capacity it is, sells it.
  if (OWN_CAPACITY_AFTER_RE.test(after) && /(?:\bfor|\bon|\bpour)\s(?:the\s)?$/i.test(before)) return 2;
  // "CoreWeave lands a $14 billion contract from Meta", "décroche un contrat auprès de Meta": the one who
  // awards a contract is the customer.
  const before100 = textBefore(text, p.start, 100);
  if (awardedBy(before100, after) || paidBy(before100)) return -2;
  // "IREN soars on $9.7 billion contract from Microsoft", "salta com contrato de US$ 9,7 bilhões da Microsoft",
  // "se dispara con un contrato de 9.700 millones de Microsoft": a contract's amount, then the company it comes
  // from, names the customer who awards it (not past the goods: "de capacidade da IREN" names their seller; nor
  // the owner of a contract "de IREN con Microsoft", whose counterparty follows).
  // "IREN lands $9.7 billion from Microsoft", "SHARON AI: US$1.25 BILLION FROM ESDS", "| $9.7B from Microsoft:":
  // money told right before "from" comes from its payer (not "$2 billion of cloud services from Google").
  if (
    (AMOUNT_FROM_BEFORE_RE.test(before100) || HEADING_AMOUNT_FROM_RE.test(before100)) &&
    !SPENT_BEFORE_RE.test(before100) &&
    !GOODS_WORD_RE.test(ownClause(before100.slice(-GOODS_BEFORE_AMOUNT_REACH)))
  )
    return -2;
  const contractFrom = CONTRACT_FROM_BEFORE_RE.exec(before100);
  if (contractFrom && !GOODS_WORD_RE.test(contractFrom[0]) && !WITH_AFTER_RE.test(after)) return -2;
  // "Nscale hat von Microsoft einen Auftrag … erhalten", "ha ricevuto da Microsoft una commessa": the same.
  if (orderReceivedFrom(before, after)) return -2;
  // "CoreWeave has secured a contract worth $14.2 billion with Meta": who wins a contract sells (an AI lab that
  // only ever buys keeps its table role: "OpenAI secured a contract" is rarer than a misread).
  if (WON_CONTRACT_AFTER_RE.test(after) && usualRole(p) !== 0) return 2;
  // "Cipher Mining secured a 15-year lease with AWS": a landlord that wins a lease lets its site.
  if (p.company.tier === LANDLORD_TIER && WON_LEASE_AFTER_RE.test(after)) return 2;
  // "Bestellung von Meta", "an order from Meta", "pedido de parte de Meta": who places an order buys; so does the one
  // after an order's amount ("an order worth at least $6.3 billion from Nvidia"), read further back.
  if (ORDER_FROM_RE().test(before100)) return -2;
  // "a lista de fornecedores da dona do ChatGPT", "les fournisseurs d'OpenAI": whose suppliers they are, buys.
  if (SUPPLIERS_OF_RE.test(before)) return -2;
  // "locked in capacity from several neoclouds, including IREN", "fournisseurs tels que Nebius": a list of sellers
  // names sellers ("customers including Meta" names buyers).
  if (SELLERS_LISTED_RE.test(textBefore(text, p.start, 70))) return 2;
  // "a $19.4 billion deal for Nebius", "jackpot pour CoreWeave": the one a deal is for is the one who won it.
  // Not after a signing verb: "Nebius signed a $17.4 billion deal for Microsoft" names the customer.
  // Nor after a value or an outlay: "The deal is worth up to $19.4 billion for Microsoft", "représente un
  // investissement de 19,4 milliards de dollars pour Microsoft" say what it means to the company, not who won it.
  if (
    DEAL_FOR_RE.test(before) &&
    !SIGNED_BEFORE_RE.test(before100) &&
    !VALUE_FOR_BEFORE_RE.test(textBefore(text, p.start, VALUE_FOR_REACH))
  )
    return 1;
  // "The announcement of a $9.7 billion contract with Microsoft is a milestone for IREN", "un jalon pour IREN": a
  // seller a deal is good news for is the one who won it (a buyer's "win" is its own).
  if (BENEFIT_FOR_RE.test(before) && usualRole(p) === 2) return 1;
  // "TeraWulf beherbergt die KI-Cluster von Fluidstack", "vai alojar os servidores da Fluidstack": after a host's
  // verb, the owner of the machines hosted is the tenant, the buyer ("von", "da" name no seller there).
  if (hostedGoodsOwner(textBefore(text, p.start, 90), after)) return -2;
  // "buy 400,000 of Nvidia's GB200 processors": the maker of the goods bought sells them.
  // "will receive several hundred thousand Nvidia chips": goods received come from their maker.
  if (p.product && (PURCHASE_VERB_RE.test(before) || RECEIVES_BEFORE_RE.test(textBefore(text, p.start, 90))))
    s += 2;
  if (
    PROVIDER_BEFORE_RE.test(before) &&
    !NEGATED_BEFORE_RE.test(before) &&
    !possessiveDa(before) &&
    !SIGNED_BY_BEFORE_RE.test(before)
  ) {
    if (!(GPU_DEAL_WITH_RE.test(before) && !sellsChips(p))) s += 2;
  } else if (
    boughtFrom(before, textBefore(text, p.start, BOUGHT_FROM_REACH)) ||
    RENTED_CAPACITY_OF_BEFORE_RE.test(before)
  ) {
    s += 2;
  } else if (
    BUYER_BEFORE_RE.test(before) &&
    !(FOR_BEFORE_RE.test(before) && RELATIVE_SUBJECT_AFTER_RE.test(after))
  ) {
    // Not "Great session for Nebius, which closed up 49% after announcing a contract with Microsoft": the company after
    // "for" that a relative clause then tells things of is that clause's subject, not the one something is for ("to
    // Fluidstack, which will run the clusters" still names the lessee).
    const word = /(\S+)\s(?:the\s)?$/.exec(before)?.[1]?.toLowerCase();
    // "to", "à", "pour" name the customer only after a verb of giving ("lease … to", "fournir … pour");
    // "nouveau contrat pour CoreWeave" names the one who won it.
    const weakWord = word !== undefined && WEAK_BUYER_WORDS.has(word);
    const near = textBefore(text, p.start, 120);
    // "louer à Lambda", "alquilar a Lambda": a renting verb that reads both ways leaves the roles to the table.
    const giveBefore =
      GIVE_BEFORE_RE.test(near) && !TWO_WAY_LEASE_BEFORE_RE.test(near) && !NOT_GIVEN_TO_BEFORE_RE.test(near);
    s -= weakWord ? (hasProvideVerb || giveBefore ? 2 : 0) : 2;
  }
  // "an agreement with Meta to supply …": the infinitive belongs to the subject, not to Meta; so it does with a
  // description of Meta between ("with Cerebras, the chipmaker, to buy 750 megawatts") or a title before it
  // ("with AI chip startup Cerebras to secure", "con la startup de chips Cerebras para asegurarse").
  // "an agreement between Fluidstack and Cipher Mining to lease computing power": after the second of a pair the
  // infinitive is the agreement's, both sides', so it names neither's role.
  const infinitiveOfSubject =
    (WITH_TITLE_BEFORE_RE.test(before) || BETWEEN_AND_BEFORE_RE.test(textBefore(text, p.start, 90))) &&
    INFINITIVE_AFTER_RE.test(after);
  if (!infinitiveOfSubject) {
    const provides = PROVIDER_AFTER_RE.exec(after) ?? VERB_LAST_SALE_AFTER_RE.exec(after);
    if (provides && !TWO_WAY_LEASE_END_RE.test(provides[0]))
      s += LEASE_VERB_END_RE.test(provides[0]) ? leaseDirection(after.slice(provides[0].length)) : 1;
    const buys = BUYER_AFTER_RE.exec(after);
    if (
      buys &&
      !(TWO_WAY_LEASE_END_RE.test(buys[0]) && TO_AFTER_RE.test(after.slice(buys[0].length))) &&
      !(/secures?$/i.test(buys[0]) && securesADeal(after.slice(buys[0].length)))
    )
      s -= 1;
  }
  return s;
}

/**
 * "a acheté pour 10 milliards de dollars de puces à Nvidia", "compró chips por 10.000 millones de dólares al
 * fabricante Nvidia", "commande 6 milliards de dollars de serveurs à Dell", "encarga servidores a Dell": goods bought or
 * ordered "à" someone are bought from them, however long the amount and goods between (the
 * cue window before a name is shorter). A relative, a conjunction or a verb of giving between starts another
 * clause: "a acheté des puces qu'il louera à Microsoft", "les a achetées et les loue à".
 */
const BOUGHT_FROM_RE =
  /\b(?:ach[eè]t(?:e|ent|era|eront|ait|[ée]e?s?)|compr(?:a|an|ar[áa]|ar[áa]n|[óo]|ou|aron|aram)|command(?:e|ent|era|ait|[ée]e?s?)|encarg(?:a|an|[óo]|aron)|encomend(?:a|am|ou|aram)|ordin(?:a|ano|at[oa])|acquist(?:a|ano|at[oa]))\s((?:[^.;:]|\.(?=\d)){0,90}?)\s(?:à|au|al|ao|a)\s(?:[a-zà-ÿ-]+\s){0,2}$/i;
/** A verb of receiving before the goods' brand, in its clause. */
const RECEIVES_BEFORE_RE = new RegExp(String.raw`\b${RECEIVE_VERB}\s[^.;]{0,70}$`, 'i');
/** "louera de la capacité d'Oracle", "loue des serveurs chez CoreWeave": capacity rented of its seller. */
const RENTED_CAPACITY_OF_BEFORE_RE =
  /\blou(?:e|ent|era|eront|er|ait)\s(?:\S+\s){0,4}?(?:capacit[ée]s?|serveurs|GPU|puces)\s(?:d['’]|de\s|du\s|aupr[èe]s\sd(?:e\s|u\s|['’])|chez\s)$/i;
const BOUGHT_FROM_BREAK_RE =
  /(?:^|\s)(?:qu['’]|que|qui|dont|afin|et|puis|quien|y|e|para (?:alquilar|revender|arrendar)|pour (?:les |la |le |l['’])?(?:louer|revendre|fournir|c[ée]der))(?:\s|$)/i;
const BOUGHT_FROM_REACH = 130;

function boughtFrom(before: string, wide: string): boolean {
  if (!/(?:^|\s)(?:à|au|al|ao|a)\s(?:[a-zà-ÿ-]+\s){0,2}$/.test(before)) return false;
  const m = BOUGHT_FROM_RE.exec(wide);
  return m !== null && !BOUGHT_FROM_BREAK_RE.test(m[1]!);
}

/**
 * A German sale told verb-last: "Nvidia hat Lambda Chips im Wert von 1,5 Milliarden Dollar verkauft", "wird …
 * liefern": the subject before the auxiliary sells. "zu liefern" belongs to another verb ("beauftragt, … zu liefern").
 */
const VERB_LAST_SALE_AFTER_RE =
  /^\s(?:hat|hatte|wird|will|soll|würde)\s(?:[^.;,]|[.,](?=\d)){0,70}?(?<!\bzu)\s(?:verkauft|verkaufen|geliefert|liefern)(?![a-zäöüß])/i;

/** A deal told as good news for the company after it: "a milestone for", "une victoire pour", "ein Meilenstein für". */
const BENEFIT_FOR_RE =
  /\b(?:milestone|win|boost|coup|victory|breakthrough|triumph|windfall|turning point|game[- ]changer|jalon|victoire|aubaine|tournant|Meilenstein|Erfolg|Durchbruch|hito|triunfo|espaldarazo|traguardo|svolta|vittoria|successo|marco|vit[óo]ria|conquista)\s(?:\S+\s)?(?:for|pour|f[üu]r|para|per)\s(?:the\s)?$/iu;

/**
 * Portuguese "a corrida da Meta", "a posição da Meta", "o fundador da Nebius": after an article and a noun that names
 * no goods, "da" is "of the", whose noun the company owns; it names no seller ("a capacidade da CoreWeave", "os chips
 * da Nvidia" still do). Italian "da" is "from" and takes no article before its noun here.
 */
const POSSESSIVE_DA_BEFORE_RE = /(?:^|\s)(?:a|o|as|os|na|no|nas|nos|pela|pelo|à|ao)\s(\p{L}+)\sda\s$/iu;
const GOODS_BEFORE_DA_RE =
  /capacidad|servidor|chip|gpu|tpu|infra|nuvem|comput|process|sistema|energia|data|centro|campus|instala|pot[êe]ncia|poder|m[áa]quina|cluster|acelerador|hardware|equipamento|aluguel|arrendamento|compra|loca[çc]|servi[çc]o|plataforma|rede|recurso|acesso|oferta|fornecimento|parte/iu;

/** Italian and Portuguese signers after a passive: "l'accordo siglato da Microsoft con Nebius" (by, not from). */
const SIGNED_BY_BEFORE_RE =
  /\b(?:siglat|firmat|stipulat|conclus|sottoscritt|assinad|firmad|celebrad)[oaie]s?\s(?:da|dalla|dal|pela|pelo|por)\s(?:la\s|il\s|a\s|o\s)?$/i;

function possessiveDa(before: string): boolean {
  const noun = POSSESSIVE_DA_BEFORE_RE.exec(before)?.[1];
  return noun !== undefined && !GOODS_BEFORE_DA_RE.test(noun);
}

/**
 * Before the company: "with", six languages, maybe with an article and a title of up to four words ("with AI chip
 * startup", "avec la start-up de puces", "con la startup de chips"); a relative word or an "and" in between starts
 * another clause or a second company, so it ends the title.
 */
const WITH_TITLE_BEFORE_RE =
  /(?:\bwith|\bavec|\bmit|\bcon|\bcom)\s(?:(?!(?:that|which|who|whose|where|whereby|under|while|when|and|qui|dont|que|und|cui|che|cuyo|donde|onde|y|e|et)\s)[^\s.,;:()]+\s){0,4}$/i;
/** After the company: an infinitive of purpose, maybe after a description of it between commas. */
/** Before the company: the second of a pair "between A and B", six languages. */
const BETWEEN_AND_BEFORE_RE =
  /\b(?:between|entre|zwischen|tra|fra)\s[^.;]{1,60}?\s(?:and|et|und|y|e)\s(?:the\s|la\s|a\s)?$/i;
const INFINITIVE_AFTER_RE = /^(?:['’]s?)?(?:,\s[^,.;()]{2,60},)?\s(?:to|pour|de|d['’]|um|para|per)\s/i;

/**
 * "Lambda signs multibillion-dollar GPU deal with Microsoft", "Broadcom signs $10 billion chip deal with OpenAI": a
 * GPU or chip deal's "with" names the seller only when that
 * company sells chips (a maker, a chip designer); a cloud named there is the GPU cloud's customer or seller as the
 * company table says.
 */
const GPU_DEAL_WITH_RE =
  /\b(?:gpus?|chips?|accelerators?|processors?) (?:agreement|contract|order|deal|pact)s? (?:for [\w-]+ )?with\s(?:the\s)?$/i;
/** Hardware vendors (tier 4) and chip designers that also rent capacity (tier 1.5). */
const sellsChips = (p: Party): boolean => p.company.tier === 4 || p.company.tier === 1.5;

/** A host's verb, the machines it hosts, then their owner's "of" (six languages). */
const HOSTED_GOODS_OF_RE = fastWordStarts(
  String.raw`\b(?:host(?:s|ed|ing)?|h[ée]berg\p{L}{0,6}|accueill\p{L}{0,6}|beherberg\p{L}{0,3}|aloj\p{L}{0,5}|alberg\p{L}{0,5}|hosped\p{L}{0,5}|abrig\p{L}{0,5}|ospit\p{L}{0,6})\s[^.;]{0,50}?\s(?:of|de|du|des|d['’]|von|der|da|do|das|dos|di|del|della|dei)\s?(?:the\s)?$`,
  'iu',
);

/**
 * The owner of the machines after a host's verb (see HOSTED_GOODS_OF_RE), unless a place stands between: "puces
 * hébergées dans les centres de données d'AWS", "GPUs hosted in Oracle's data centers", "in den Rechenzentren von":
 * the "of" after the place names its host, the seller, not the tenant.
 */
function hostedGoodsOwner(near: string, after: string): boolean {
  const m = HOSTED_GOODS_OF_RE.exec(near);
  if (m !== null) return !HOSTED_IN_PLACE_RE.test(m[0]);
  return HOSTED_GOODS_VON_BEFORE_RE.test(near) && HOST_VERB_LAST_AFTER_RE.test(after);
}

/** German puts the host's verb last: "wird die Server von CoreWeave beherbergen". */
const HOSTED_GOODS_VON_BEFORE_RE =
  /\b(?:GPUs|Server|Cluster|KI-Cluster|Infrastruktur|Systeme|Supercomputer|Rechenkapazit\p{L}*)\s(?:von|des)\s$/u;
const HOST_VERB_LAST_AFTER_RE = /^\s(?:\S+\s){0,4}?beherbergen\b/;

/** "in" and its kin in six languages, after the host's verb: where the goods stand, not whose they are. */
const HOSTED_IN_PLACE_RE =
  /\s(?:in|inside|at|within|dans|au sein|chez|en|im|in den|in der|in seinen|bei|dentro|nei|nel|negli|nelle|presso|em|nos|nas|no|na)\s/i;

/** The noun of an order, then who placed it (a noun, not the verb: "ordered from Dell" names the seller). */
const ORDER_FROM_RE = lazy(() =>
  fastWordStarts(
    String.raw`(?:\border\s|(?:Bestellung(?:en)?|Auftrag|Auftr[äa]ge|\bcommandes?|\bpedidos?|\bordin[ei]|\bencomendas?)\s(?:[\p{L}„“”"«»-]{1,24}\s){0,2}?)(?:(?:worth|valued at|of|über|d['’]|de|di|da|por|pour|per)\s?(?:[\p{L}]{1,8}\s){0,2}?(?:US\s?)?[$€£]?\s?\d[\d.,]*\s?(?:[\p{L}$€£.]{1,12}\s){1,3})?(?:from|von|de la part de|de parte de|da parte di|da parte de)\s(?:the\s)?$`,
    'iu',
  ),
);

/**
 * The owner of a commitment or a spend is the one who pays: "o compromisso da Meta com a empresa", "Meta's
 * commitment" reads as "the commitment of Meta", "l'engagement de Meta", "die Zusagen von Meta", "el compromiso de
 * Meta", "l'impegno di Meta"; "a commitment from OpenAI", "un compromiso por parte de OpenAI" the same (a
 * commitment comes from the one who pays). "il totale speso da Meta" is not read here (a verb's agent).
 */
const COMMITMENT_OF_RE = fastWordStarts(
  String.raw`(?:\bcommitments?|\bspending|\bengagements?|\bd[ée]penses?|\bZusagen?|\bAusgaben|\bcompromisos?|\bgastos?|\bimpegn[oi]|\bspes[ae]|\bcompromissos?)\s(?:(?:total|totale|totaux|global|globale|complessiv[oi]|gesamte?n?|overall)\s)?(?:of|from|de|d['’]|du|des|von|der|del|de la|di|della|dello|da|do|de la part de|por parte d[aeo]|da parte di|da parte de)\s?(?:the\s|la\s|el\s)?$`,
  'iu',
);

/** The suppliers of a company (its "da", "de", "of" is no "from"): "fornecedores da", "suppliers to", "Lieferanten von". */
const SUPPLIERS_OF_RE =
  /\b(?:suppliers?|vendors?|fournisseurs?|Lieferanten|Zulieferer|proveedores|proveedor|fornitori|fornitore|fornecedores|fornecedor)\s(?:(?:of|to|de|des|du|d['’]|von|der|des|del|de la|di|della|dei|da|do|das|dos)\s?)(?:the\s|la\s|el\s)?$/i;

const SELLERS_LISTED_RE =
  /\b(?:neo-?clouds|n[ée]o-?clouds|Neoclouds|(?:cloud|compute|GPU|capacity|infrastructure)\sproviders|providers|suppliers|vendors|fournisseurs|h[ée]bergeurs|Anbietern?|Lieferanten|proveedores|fornitori|fornecedores|provedores)(?:\s[\p{L}-]+){0,3},?\s(?:including|such as|like|notably|among them|notamment|comme|dont|tels? que|wie|darunter|etwa|como|incluyendo|entre ellos|tra cui|come|quali|incluindo|entre eles)\s(?:(?:the|le|la|l['’]|der|die|el|il|a|o)\s?)?$/iu;

/** Plural contract nouns, then the owner's "of": "contracts of", "Verträge von", "contratos da", "contratti di". */
const CONTRACTS_OF_RE = fastWordStarts(
  String.raw`(?:\bcontracts|\bagreements|\bdeals|vertr[äa]ge|vereinbarungen|\bcontrats|\baccords|\bcontratos|\bacuerdos|\bcontratti|\baccordi|\bacordos)\s(?:[\p{L}-]{1,20}\s){0,3}?(?:of|von|des|du|d['’]|de|da|do|del|della|dello|di)\s?(?:the\s)?$`,
  'iu',
);

/**
 * "O acordo de US$ 300 bilhões da OpenAI com a Oracle", "Der 300-Milliarden-Dollar-Vertrag von OpenAI mit Oracle",
 * "el contrato de OpenAI con Oracle": a contract, then its owner's "of", then "with" the other party. The owner may
 * buy or sell; the "da", "von" is no "from".
 */
const DEAL_OF_BEFORE_RE =
  /(?:\bacordo|\bcontrato|\bpacto|Vertrag|\bDeal|Abkommen|Vereinbarung|\baccordo|\bcontratto|\bacuerdo|\bcontrat|\baccord)(?:[^.;]{0,50}?\s)?\s?(?:da|do|von|de|di|del|dell['’]|d['’])\s?(?:la\s|el\s|il\s)?$/iu;
const WITH_OTHER_AFTER_RE = /^\s(?:com|mit|con|avec|with)\s/i;

function ownedDealWith(before: string, after: string): boolean {
  return WITH_OTHER_AFTER_RE.test(after) && DEAL_OF_BEFORE_RE.test(before);
}

/** "kam nicht von OpenAI", "not from OpenAI", "pas de la part de": a negated "from" says nothing of who sells. */
const NEGATED_BEFORE_RE =
  /\b(?:nicht|not|pas|non|no|n[ãa]o)\s(?:von|from|bei|de la part de|aupr[èe]s de|de parte de|da parte di|da parte de|da)\s(?:the\s)?$/i;

/** "… à Microsoft", "… a Lambda": the preposition that makes a renting verb read both ways. */
// The object may carry a place between commas: "loue une partie de son site de Barber Lake, au Texas, à".
const TO_AFTER_RE = /^[^.;]{0,100}?\s(?:à|a|al|ao)\s/i;

/** "leases", "lease": a verb that reads both ways (the landlord leases to, the tenant leases from). */
const LEASE_VERB_END_RE = /\bleases?$/i;

/**
 * What follows "X leases": "… to Y" makes X the landlord; "… at Y's campus", "… from Y", "… in Y's sites"
 * make X the tenant; a noun ("the CoreWeave lease in North Dakota") says nothing.
 */
function leaseDirection(rest: string): number {
  const m = /^\s[^.;:]{0,80}?\b(to|from|at|in)\s/i.exec(rest);
  if (!m || /^\s(?:in|at)\s/i.test(rest)) return 0;
  if (m[1]!.toLowerCase() !== 'to') return -1;
  // "the leases to generate $1 billion": an infinitive, not the one leased to.
  return /^(?:the\s|an?\s|its\s|their\s)?\p{Lu}/u.test(rest.slice(m.index + m[0].length)) ? 1 : 0;
}

/** "revenue from CoreWeave": the one who pays is the customer. */
export const REVENUE_FROM_RE =
  /(?:revenues?|sales|income|payments?|fees|chiffre d['’]affaires|revenus)\s(?:\S{1,20}\s)?(?:from|de|du|de la part de)\s(?:the\s)?$/i;

/**
 * A seller's sum in parts, each from the customer who pays it: "of which $14 billion comes from Meta", "dont 14
 * milliards proviennent de Meta", "de los cuales 14.000 millones proceden de Meta", "davon 14 Milliarden von Meta",
 * "di cui 14 miliardi da Meta", "dos quais 14 mil milhões vêm da Meta": who the money comes from buys.
 */
const PART_FROM_RE =
  /(?:\b(?:comes?|came|coming)\s(?:\S{1,12}\s)?from|\bprovien(?:nent|t)\s(?:\S{1,12}\s)?(?:de|d['’]|du)|\bproceden?\s(?:de|del)|\bprovengono\s(?:da|dal|dalla)|(?<![\p{L}])v[êe]m\s(?:da|do)|(?:of which|including|dont|y compris|de los cuales|incluidos?|davon|darunter|di cui|inclusi|dos quais|incluindo)\s[^.;]{1,80}?(?:billion|bn|milliards?|Milliarden|Mrd\.?|millones|miliardi|bilh[õo]es|milh[õo]es)\s(?:(?:de |di )?(?:dollars?|dólares|dollari|Dollar)\s)?(?:from|de|d['’]|von|da|del|dalla|do))\s(?:(?:the|la|le|el|o|a)\s)?$/iu;

const TOTAL_FROM_RE =
  /\b(?:total|totale)\s(?:\S{1,20}\s)?(?:from|provenant de|de la part de|procedente de|proveniente d[aei]|vindo d[aeo]|von)\s(?:the\s)?$/i;
const REVENUE_WORD_RE =
  /\brevenues?\b|\brevenus\b|chiffre d['’]affaires|\bums[äa]tze?\b|\bingresos\b|\bricavi\b|\breceitas?\b/i;
/** A literal check first: the end-anchored pattern below would cost more on every party. */
const AFFILIATION_WORD_RE =
  /arm|unit|divis|subsidi|bra[çc]o|unidad|filial|tochter|sparte|controllata|branche/i;
const AFFILIATION_BEFORE_RE =
  /(?:\barm|\bunit|\bdivision|\bsubsidiary|\bbra[çc]o|\bunidade|\bdivis[ãa]o|\bsubsidi[áa]ria|\bfilial|\bfiliale|\btochter[a-zäöüß]*|\bsparte|\bdivisi[óo]n|\bunidad|\bcontrollata|\bdivisione|\bbranche)\s(?:[a-zà-ÿ-]+\s){0,3}(?:of|de|da|do|du|des|di|del|della|von|der|d['’])\s?(?:the\s|la\s|l['’])?$/i;

/** "according to", "thanks to", "grâce à", "par rapport à": a "to" that gives nothing to the name after it. */
const NOT_GIVEN_TO_BEFORE_RE =
  /\b(?:according|thanks|due|next|close|compared|prior|relative|similar|contrary|owing|gr[âa]ce|conform[ée]ment|rapport|jusqu['’]|face|quant)\s?(?:to|à|a)\s(?:the\s|la\s|l['’])?$/i;

/** A verb of giving just before "to"/"à": "will lease the campus to", "louera le site à", "aménage un centre … pour". */
export const GIVE_BEFORE_RE =
  /\b(?:fit(?:s|ting)? out|destin[ée]e?s?|destinad[oa]s?|destinat[oaie]|intended|earmarked|bestimmt|fitted out|build(?:s|ing)? out|am[ée]nag(?:e|er|era|ent|eront)|acondicion(?:a|ar|ará|an)|allestisc(?:e|ono)|allestir(?:e|à)|adequa(?:r|rá)?|herrichte[nt]?|ausbau(?:en|t)|lease[sd]?|leasing|rent(?:s|ed|ing)?(?: out)?|sublease[sd]?|(?:re)?sell(?:s|ing)?|sold|rivend[a-zà-ÿ]*|revend[a-zà-ÿ]*|weiterverkauf[a-zà-ÿ]*|provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|offer(?:s|ed|ing)?|lou(?:e|er|era|eront|é)|fourni(?:r|ra|t|ssent)?|livr(?:e|er|era)|vend(?:re|ra|u|ue|us|ues)?|c[èe]d(?:e|er|era)|alquil(?:a|ar|ará|an)|arrienda|suministr(?:a|ar|ará)|proporcion(?:a|ar|ará)|affitt(?:a|are|erà)|fornisc(?:e|ono)|fornir(?:e|à|anno)|alug(?:a|ar|ará)|fornec(?:e|er|erá)|vermiete[tn]?|liefer(?:t|n|te)|verkauf(?:t|en))(?![a-zà-ÿ])(?:[^.;?!]|\.(?=\d)){0,80}\s$/i;

/** The clause between the verb and the name may hold an amount: "won a $1.5 billion contract from" (its "." is no stop). */
export const WIN_FROM_RE =
  /\b(?:wins?|won|winning|lands?|landed|landing|secures?|secured|securing|clinch(?:es|ed)?|bags?|bagged|d[ée]croch\w{0,6}|remport\w{0,6}|obtien\w{0,4}|obtenu\w?|gagn\w{0,6}|arrach\w{0,6}|(?:si |se )?aggiudica\w{0,4}|(?:se )?adjudic\w{0,4}|conquist\w{0,4}|ottien\w{0,2}|ottenut\w|obtuvo|consigu\w{0,4}|consegu\w{0,4}|obteve|obt[ée]m|gana|gan[óo]|ganha|ganhou|erh[äa]lt|erhielt|gewinnt|gewann|ergattert|rafl\w{0,4}|empoch\w{0,4}|arrebat\w{0,3}|abocanh\w{0,3}|arremat\w{0,3})\s(?:[^.;]|\.(?=\d)){0,80}(?:\bfrom|aupr[èe]s d(?:e|u|['’])|\bchez|\bbei|de la part d(?:e|u|['’])|\bda parte di|\bde parte de|\bvon|\bvom|\bda|\bdal|\bdalla|\bdo|\bde)\s?(?:the\s)?$/i;
/**
 * What is won from someone is a contract, unless it is a security or money lent or put in: "erhält Optionsscheine
 * auf 5,4 Prozent von Cipher", "receives warrants for 5% of", "obtient un prêt de", "recibe acciones de": the one
 * it comes from issues or lends it, and awards no contract (Cipher is Google's landlord's side, not its customer).
 * An option on capacity is granted by the one who holds the capacity ("décroche une option auprès de Microsoft pour
 * réserver 1 gigawatt", "secured an option from Oracle on 1 GW"): it sells, it awards nothing.
 */
const SECURITY_OR_LOAN_RE =
  /\b(?:warrants?|options?|opci[óo]n|opzion[ei]|op[çc][ãa]o|shares|stakes?|equity|funding|financing|loans?|investments?|Optionsschein\w*|Aktien\w*|Anteil\w*|Beteiligung\w*|Finanzierung\w*|Kredit\w*|Darlehen|bons de souscription|actions|participation|financement|pr[êe]ts?|acciones|participaci[óo]n|financiaci[óo]n|pr[ée]stamos?|azioni|quota|partecipazion\w*|finanziament\w*|prestit[oi]|a[çc][õo]es|participa[çc][ãa]o|financiamento|empr[ée]stimos?)\b/iu;

/**
 * A contract won from the company named next ("lands a $14 billion contract from"), not a security or a loan. The
 * Romance languages may name what was won after the company ("a obtenu auprès d'Applied Digital l'option de louer
 * 150 MW", "ha ottenuto da X altri 150 MW"): capacity named there, and no contract, makes the company its seller.
 */
/** A contract's noun, its amount (no goods named), then "from" / "da" / "de" / "di" / "von" right before the company. */
const CONTRACT_FROM_BEFORE_RE =
  /\b(?:contracts?|deals?|orders?|agreements?|contrat|contrato|contratto|commessa|acordo|acuerdo|accordo|Auftrag|Vertrag)\s(?:(?:worth|valued at|of|de|da|di|du|d['’]|über|von|in H[öo]he von)\s)?(?:about\s|around\s|environ\s|unos\s|circa\s|cerca de\s|rund\s)?(?:US\s?)?[$€£]?\s?\d[\d.,]*\s?(?:[\p{L}$€£.]{1,12}\s){1,4}?(?:from|da|de|di|du|von|vom|do|del)\s(?:the\s|la\s|a\s|o\s)?$|(?:US\s?)?[$€£]\s?\d[\d.,]*\s?(?:billion|million|bn|[BM])?\s(?:[\p{L}-]+\s){0,2}?(?:contracts?|deals?|orders?|agreements?)\sfrom\s(?:the\s)?$/iu;

/** An amount, its scale and currency, then "from" right before the company: the money's payer. */
const AMOUNT_FROM_BEFORE_RE =
  /(?:[$€£]\s?\d[\d.,]*\s?(?:billion|million|bn|mn|[BM])?|\d[\d.,]*\s?(?:billion|million|bn)\s(?:dollars|euros))\s(?:in\s(?:new\s)?(?:contracts|orders|commitments|revenue|business|bookings)\s)?from\s(?:the\s)?$/i;

/**
 * The same in a heading or a list's row, in six languages: "Lambda: 1,5 miliardi da Nvidia", "Lambda : 1,5 milliard de
 * dollars de Nvidia", "Lambda: US$ 1,5 bilhão da Nvidia", "Lambda: 1,5 Mrd. Dollar von Nvidia".
 */
const HEADING_AMOUNT_FROM_RE =
  /[:|•·]\s?(?:US\s?)?[$€£]?\s?\d[\d.,]*\s?(?:[\p{L}$€£.]{1,12}\s){1,4}?(?<!aupr[èe]s\s)(?:from|da|dalla|dal|de|d['’]|von|vom|do|della|del)\s?(?:the\s|la\s|a\s|o\s)?$/iu;

/** Goods told before the amount ("secured GPU capacity worth $19.4 billion from Nebius") are what comes from there. */
const GOODS_BEFORE_AMOUNT_REACH = 50;
/** The words after a heading's or an item's colon, semicolon or bullet: the amount's own clause. */
const ownClause = (before: string): string => before.slice(before.search(/[^:;·|•]*$/));
/** A buying verb before the amount: "will buy $38 billion from AWS" is spent with the one named after. */
const SPENT_BEFORE_RE =
  /\b(?:buy|buys|buying|bought|purchas\w*|spend\w*|spent|rent\w*|lease\w*|order\w*|commit\w*)\b/i;

/** A counterparty's "with" right after the company. */
const WITH_AFTER_RE = /^,?\s(?:with|avec|mit|con|com)\s/i;

/**
 * A second verb of buying joined after the win: "wins a $14 billion contract with Microsoft and orders $6 billion of
 * servers from Dell", "et commande … à Dell": the company after it sells the goods, it awards nothing.
 */
const THEN_BUYS_RE =
  /\b(?:and|et|und|y|e)\s(?:(?:also|aussi|auch|también|anche|também)\s)?(?:orders?|buys?|purchases?|commande|ach[eè]te|bestellt|kauft|encarga|compra|ordina|acquista|encomenda)\b/i;

function awardedBy(before: string, after: string): boolean {
  const m = WIN_FROM_RE.exec(before);
  if (m === null || !winsAContract(m[0]) || SECURITY_OR_LOAN_RE.test(m[0]) || THEN_BUYS_RE.test(m[0]))
    return false;
  // "décroche 17,4 milliards de dollars auprès de Microsoft pour de la capacité GPU": money won, the capacity after
  // it what the money pays for.
  if (MONEY_WON_FROM_RE.test(m[0]) && !GOODS_WORD_RE.test(m[0])) return true;
  return !capacityNamedFirst(m[0], after.slice(0, WON_OBJECT_AFTER_REACH));
}

/** The won object is an amount, right before its from-word: money won, from its payer. */
const MONEY_WON_FROM_RE =
  /(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*)\s?(?:billion|million|bn|mn|[BM]|milliards?|millions?|Milliarden|Mrd\.?|Millionen|Mio\.?|millones|mil millones|miliardi|milioni|bilh(?:ão|ões)|milh(?:ão|ões))?(?:\s(?:de\s|di\s|d['’])?(?:dollars?|dólares|dollari|Dollar|US-Dollar|euros?|Euro))?\s(?:from|aupr[èe]s d(?:e|u|['’])|de la part d(?:e|u|['’])|von|vom|da|dal|dalla|de|do)\s?(?:the\s)?$/iu;

/**
 * Money a seller receives from the company named next: "Core Scientific will receive $10.2 billion over 12 years from
 * CoreWeave", "recevra 10,2 milliards de dollars de CoreWeave", "recibirá 10.200 millones de CoreWeave". Not capacity
 * or goods received ("will receive $10 billion of compute from Oracle": the one it comes from sells it), nor shares
 * or a loan ("recibe warrants para comprar hasta 30 millones de acciones de IREN").
 */
const MONEY_RECEIVED_FROM_RE =
  /\b(?:r[ei]ce[bv]|recib|receiv|re[çc]oi|per[çc]|collect|earn|locked into|encaiss|cobr|incass)\p{L}*\s(?:[^.;]|\.(?=\d)){0,60}?(?:[$€£]\s?\d|\d\s?(?:bi|bn|mil))((?:[^.;]|\.(?=\d)){0,70})\s(?:from|d[eau]|d['’]|de la part de|dal|dalla|del|do)\s(?:the\s|l['’]|(?:la|el|a|o)\s)?$/iu;
/** Goods (capacity, chips, servers) named beside an amount: what is received or bought, not money. */
const GOODS_WORD_RE = /capacit|comput|c[áa]lcul|calcol|cloud|nuvem|nube|gpu|chip|puce|serv|hardware/i;

function paidBy(before: string): boolean {
  const m = MONEY_RECEIVED_FROM_RE.exec(before);
  return m !== null && !GOODS_WORD_RE.test(m[1]!) && !SECURITY_OR_LOAN_RE.test(m[0]);
}

/** Characters after the company read for what was won from it. */
const WON_OBJECT_AFTER_REACH = 50;

export const OWN_CAPACITY_AFTER_RE =
  /^(?:['’]s?\s(?:[\w-]+\s){0,2}(?:capacity|gpus?|compute|computing|cloud|infrastructure|clusters?|supercomputers?)|\s(?:GPU|cloud|compute|computing|AI)\s(?:capacity|infrastructure|clusters?|services))\b/i;
export const SIGNED_BEFORE_RE =
  /\b(?:sign|signs|signed|signing|inks?|inked|strikes?|struck|agreed|agrees|enters?|entered|closes?|closed)\b|sign[ée]|signe/i;
export const DEAL_FOR_RE =
  /(?:\bbillion|\bmillion|\bbn|milliards?|millions|dollars|\bdeal|\bcontract|\bcontrat|\bwin|windfall|jackpot|aubaine|manne)\s(?:for|pour)\s(?:the\s)?$/i;

/** A value or an outlay before "for NAME": "worth $19.4 billion for", "un investissement de … pour". */
const VALUE_FOR_BEFORE_RE =
  /\b(?:worth|valued|value|investment|outlay|cost|vaut|valeur|investissement|co[ûu]t)\b(?:[^.;]|\.(?=\d)){0,60}$/i;
const VALUE_FOR_REACH = 90;

/** "$6.7 billion of contracted revenue for TeraWulf": the one who earns it is the seller. */
export const REVENUE_FOR_RE =
  /(?:revenues?|sales|income|chiffre d['’]affaires|revenus|umsatz|ums[äa]tze|erl[öo]se|ingresos|ricavi|fatturato|receitas?)\s(?:\S{1,20}\s)?(?:for|to|pour|de|du|f[üu]r|von|para|per|di|da)\s(?:the\s)?$/i;

/** Money handed to a company: "a $23 billion commitment to", "will go to", "engagements envers", "Zusagen an". */
export const MONEY_TO_RE =
  /(?:\bcommitments?|\bpledges?|\bpayments?|\bpaid|\bwill go|\bgoes|\bwent|\bengagements?|\bZusagen?|\bZahlungen?|\bcompromisos?|\bimpegni|\bimpegno|\bcompromissos?)\s(?:\S{1,20}\s){0,3}?(?:to|envers|aupr[èe]s de|an|a|à)\s(?:the\s)?$/i;

/**
 * An amount, then the words that send it to a company: "— cerca de US$ 23 bilhões — será destinada à", "23 milliards
 * de dollars — sera destinée à", "irá para a". A site destined to a tenant ("5 mégawatts destiné à Cerebras") is not
 * money.
 */
const MONEY_DESTINED_RE =
  /(?:illion|illiard|iliard|ilh[õo]es|ill?ones)[^.;\d]{0,40}?\b(?:destinad[oa]s?|destin[ée]e?s?|destinat[oaie]|ir[áa] para|ir[ãa]o para)\s(?:a|à|ao|aos|para)\s(?:la\s|a\s|o\s)?$/iu;
const MONEY_DESTINED_REACH = 90;

export const PROVIDE_VERB_RE =
  /provid|suppl(?:y|ie|ying)|deliver|fourni(?!sseu)|livr(?!aison)|h[ée]berg|mettre à disposition|liefer|proporcion|suministr|fornir|fornec/i;

/** How close before a verb a third company stands for the verb to be its own: "Dell fournit", "Dell supplying". */
const OWN_VERB_REACH = 24;

/**
 * A verb of providing in the evidence that is not a third company's own ("… pour 14 milliards de dollars, Dell
 * fournissant les serveurs", "; Dell fournit les serveurs"): the pair's words, not what another company supplies.
 */
function pairProvides(text: string, evidence: Span, a: Party, b: Party): boolean {
  const words = text.slice(evidence.start, evidence.end);
  if (!PROVIDE_VERB_RE.test(words)) return false;
  const others = findCompanyMentions(text, evidence.start, evidence.end).filter(
    (c) => c.company.id !== a.company.id && c.company.id !== b.company.id,
  );
  if (others.length === 0) return true;
  for (const m of words.matchAll(PROVIDE_VERBS_RE())) {
    const at = evidence.start + m.index;
    const third = others.some(
      (c) => c.end <= at && at - c.end <= OWN_VERB_REACH && !/[.;,]/.test(text.slice(c.end, at)),
    );
    if (!third) return true;
  }
  return false;
}

const PROVIDE_VERBS_RE = lazy(() => new RegExp(PROVIDE_VERB_RE.source, 'gi'));

type Roles = { buyer: Party; provider: Party; margin: number; basis: RoleBasis };

/** Buyer and provider, and how strongly the words said so (0: the tiers decided). */
export function assignRoles(text: string, evidence: Span, a: Party, b: Party): Roles {
  const provideVerb = pairProvides(text, evidence, a, b);
  const sa = roleScore(text, a, provideVerb);
  const sb = roleScore(text, b, provideVerb);
  const margin = Math.abs(sa - sb);
  if (sa !== sb)
    return sa > sb
      ? { buyer: b, provider: a, margin, basis: 'clause' }
      : { buyer: a, provider: b, margin, basis: 'clause' };
  // No clause decides: a chip maker sells its goods to the other (it buys capacity only when a clause says so:
  // "Nvidia will pay Lambda …", or when the contract is a cloud's and no goods are told: "Oracle signed a cloud
  // contract with Nvidia"), then the company table's usual roles, then its tiers.
  const cloudBuyer = chipMakerBuysCloud(text.slice(evidence.start, evidence.end), a, b);
  if (cloudBuyer) return { ...cloudBuyer, margin, basis: 'clause' };
  const maker = makerSellsGoods(text, evidence, a, b);
  if (maker) return { ...maker, margin, basis: 'maker' };
  const tenant = makerRentsSite(text, evidence, a, b);
  if (tenant) return { ...tenant, margin, basis: 'clause' };
  const usual = byUsualRoles(a, b, margin);
  if (usual) return usual;
  // "Anthropic signs with xAI": of two labs, the one that rents out its own data centre sells.
  if (usualRole(a) === 0 && Boolean(a.company.sellsCapacity) !== Boolean(b.company.sellsCapacity))
    return a.company.sellsCapacity
      ? { buyer: b, provider: a, margin, basis: 'usual-roles' }
      : { buyer: a, provider: b, margin, basis: 'usual-roles' };
  const host = hostOfDataCentre(text.slice(evidence.start, evidence.end), a, b);
  if (host) return { ...host, margin, basis: 'tier' };
  return byTier(a, b, margin) ?? { buyer: b, provider: a, margin, basis: 'none' };
}

/** The company table's usual roles, when they differ: a lab buys from a neocloud. */
function byUsualRoles(a: Party, b: Party, margin: number): Roles | null {
  const ra = usualRole(a);
  const rb = usualRole(b);
  if (ra === rb) return null;
  return ra < rb
    ? { buyer: a, provider: b, margin, basis: 'usual-roles' }
    : { buyer: b, provider: a, margin, basis: 'usual-roles' };
}

/** Between two companies of the same usual role, the lower tier buys. */
function byTier(a: Party, b: Party, margin: number): Roles | null {
  if (a.company.tier === b.company.tier) return null;
  return a.company.tier < b.company.tier
    ? { buyer: a, provider: b, margin, basis: 'tier' }
    : { buyer: b, provider: a, margin, basis: 'tier' };
}

/**
 * The roles the company table gives two parties (their usual roles, then their tiers), or null when it gives none:
 * for a contract named only by its label, whose own clause says nothing of who pays ("its $9.7 billion Microsoft
 * contract" beside the subject's purchase from Dell).
 */
export function tableRoles(a: Party, b: Party): Roles | null {
  return byUsualRoles(a, b, 0) ?? byTier(a, b, 0);
}

/** A cloud's contract by its noun: "cloud contract", "contrat cloud", "Cloud-Vertrag", "contratos de nube". */
const CLOUD_CONTRACT_RE =
  /\bcloud (?:contracts?|deals?|agreements?|services? (?:contracts?|agreements?))|\b(?:contrats?|accords?) (?:de )?cloud\b|\bCloud-(?:Vertr[äa]ge?|Deals?|Vereinbarung)|\b(?:contratos?|acuerdos?|acordos?) (?:de )?(?:nube|nuvem|cloud)\b|\b(?:contratt[oi]|accord[oi]) (?:di )?cloud\b/iu;
/** A purchase or supply agreement named by its seller: "a Dell purchase agreement", "the AMD supply agreement". */
const PURCHASE_AGREEMENT_AFTER_RE =
  /^\s(?:product\s)?(?:purchase|supply|procurement)\s(?:agreement|contract)/i;
/** An order or equipment named beside the contract (as goods are): the maker's sale, not its cloud purchase. */
const ORDER_WORDS_RE =
  /\b(?:orders?|equipment|hardware|systems|racks?|[ée]quipements?|commandes?|Ausr[üu]stung|Bestellung|equipos|pedidos?|apparecchiature|ordini|equipamentos|encomendas?)\b/iu;

/**
 * "Oracle signed a cloud contract with Nvidia", "Oracle firmó contratos de nube con OpenAI, NVIDIA y Meta": a chip
 * maker that signs a cloud's contract, with no goods told, rents the cloud's capacity (Nvidia's own research and DGX
 * Cloud run on Oracle, CoreWeave and Lambda).
 */
function chipMakerBuysCloud(said: string, a: Party, b: Party): { buyer: Party; provider: Party } | null {
  const ma = isChipMaker(a.company);
  if (ma === isChipMaker(b.company) || (ma ? a : b).weak) return null;
  if (!CLOUD_CONTRACT_RE.test(said) || ORDER_WORDS_RE.test(said) || GOODS_WORDS_RE.test(said)) return null;
  return ma ? { buyer: a, provider: b } : { buyer: b, provider: a };
}

/** A data centre, a campus, a lease or hosting: what a host's contract sells. */
const DATA_CENTRE_RE =
  /data[- ]?cent(?:er|re)|datacenter|centres? de donn[ée]es|centros? de datos|Rechenzentr|data cent(?:er|re)s?|centros? de dados|campus|colocation|hosting|\blease|\bbail\b|arrendamiento|locazione|arrendamento|Mietvertrag/i;

/**
 * "Riot Platforms signs a data center agreement with AMD": when neither a clause nor the usual roles decide, a
 * host (a former miner that leases out its sites) with a data-centre contract is the seller, whatever its
 * counterparty makes (a chip maker's tier is above a host's).
 */
function hostOfDataCentre(said: string, a: Party, b: Party): { buyer: Party; provider: Party } | null {
  const ha = a.company.tier === LANDLORD_TIER;
  const hb = b.company.tier === LANDLORD_TIER;
  if (ha === hb || !DATA_CENTRE_RE.test(said)) return null;
  return ha ? { buyer: b, provider: a } : { buyer: a, provider: b };
}

/** How the roles were decided, from the clearest to the weakest evidence (confidence reads it). */
export type RoleBasis = 'clause' | 'maker' | 'usual-roles' | 'tier' | 'none';

/** 0: only ever buys (an AI lab), 1: buys and provides (a hyperscaler), 2: only provides (a neocloud, a host). */
function usualRole(p: Party): number {
  const roles = p.company.roles;
  if (!roles || roles.length === 0) return 1;
  const buys = roles.includes('buyer');
  const provides = roles.includes('provider');
  return buys && !provides ? 0 : provides && !buys ? 2 : 1;
}

/** A supplier's name joined to the word for its customer, then the customer's name ("Nvidia-Kunde CoreWeave"). */
const CUSTOMER_OF_AFTER_RE =
  /^(?:-Kund(?:e|in|en)|['’]s?\scustomers?|\scustomers?|-Client|-cliente)\s\p{Lu}/u;
const CUSTOMER_OF_BEFORE_RE =
  /(?:\p{L}-Kund(?:e|in|en)|\p{L}['’]s?\scustomers?|\p{Lu}\p{L}+\scustomers?)\s$/u;
/** The Romance order: "le client de Nvidia CoreWeave", "il cliente di Nvidia CoreWeave", "o cliente da Nvidia …". */
const CUSTOMER_WORD_OF_BEFORE_RE =
  /\b(?:client|cliente|customer)\s(?:de|di|da|do|del|of)\s(?:la\s|l['’]|o\s|a\s)?$/iu;
const CUSTOMER_WORD_OF_NAME_BEFORE_RE =
  /\b(?:client|cliente|customer)\s(?:de|di|da|do|del|of)\s(?:la\s|l['’]|o\s|a\s)?\p{Lu}[\p{L}\d-]*\s$/u;

/** "For", "Pour", "Para", "Per", "Für" opening a sentence (or the text) right before the company. */
const TOPIC_FOR_BEFORE_RE = /(?:^|[.!?]\s+|\n\s*)(?:For|Pour|Para|Per|Für)\s$/u;

/** Prepositions that name the customer only after a verb of giving ("lease … to", "fournir … pour", "alquila a"). */
// "per", "para", "für" open a topic as often as a customer ("Per Cipher è il secondo cliente").
/** "for" right before the company, six languages. */
const FOR_BEFORE_RE = /\b(?:for|pour|para|per|für)\s$/i;
/** A relative clause whose subject is the company just named: ", which", ", che", ", qui", ", que", ", die". */
const RELATIVE_SUBJECT_AFTER_RE = /^,\s(?:which|who|che|qui|que|die|der|welche[rs]?)\s/i;
const WEAK_BUYER_WORDS = new Set(['to', 'à', 'pour', 'al', 'alla', 'an', 'per', 'para', 'für', 'fur']);
