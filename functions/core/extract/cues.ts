// Word cues per language (en, fr first; de/es/it/pt where cheap). Each is a flat alternation of literals with
// at most bounded single-class gaps ({0,40}), so matching stays linear on any input.

import { lazy } from '../lazy';
import { headedScan } from '../literal-heads';
import type { DealKind, MentionStatus } from '../types';
import { fastWordStarts } from '../word-start';
import { expansionWordIsNot } from './expansion-options';
import { FINANCING_AMOUNT_RE } from './financing-amount';
import { type CueKind, cueEntries, cueSource, cueSourceOf, LAB_FUNDED, OPTION_TAKEN } from './lexicon';
import { memoizeByStrings } from './memo';
import {
  ACCORDING_TO_SOURCES,
  CITING_SOURCES,
  citesMedia,
  DAPRES_SOURCES,
  hedgeIsOwnStatement,
  OUTLET,
  SELON_SOURCES,
  withoutRankings,
  withoutSourcesOfTalks,
  withoutValueHearsay,
} from './own-statement';
import { textBefore } from './text-window';

/**
 * A pattern of this module joined with the lexicon's words of one kind, in every language. The pattern comes as
 * its text, not as a literal: a literal would be parsed at import only to be thrown away (cold start).
 */
function withCues(source: string, flags: string, kind: CueKind): RegExp {
  return new RegExp(`${source}|${cueSource(kind)}`, flags);
}

/** Something about compute / cloud / capacity / data centres must be near the amount. */
export const COMPUTE_RE =
  /\b(?:compute|computing|cloud|hyperscalers?|coreweave|nebius|nscale|crusoe|fluidstack|terawulf|cipher mining|applied digital|core scientific|hut 8|iren\b|lambda\b|together ai|vultr|firmus|humain\b|g42\b|core42|cerebras|groq\b|sambanova|galaxy digital|voltage park|n[ée]o-?clouds?|openai|anthropic|xai\b|baux|bail|locati(?:f|fs|ve|ves)\b|loyers?\b|mietvertr|mietzahlung|mietverpflichtung|leasingverpflichtung|arrendamiento|locazione|arrendamento|rechenleistung|gpus?|tpus?|tensor processing|traitement tensoriel|procesamiento tensorial|elaborazione tensoriale|processamento tensorial|capacity|data[- ]?cent(?:er|re)s?|ai infrastructure|infrastructure|colocation|co-location|hpc|hosting|lease|order form|master services agreement|azure|aws\b|amazon web services|oci\b|accelerators?|acceleratori|aceleradores|acc[ée]l[ée]rateurs|supercomput|calcul|capacit|centres? de donn|h[ée]bergement|rechenzentr|rechenleistung|kapazit|rechenkapazit|gpu-kapazit|rechenpower|rechenressourcen|centros? de datos|capacidad|computaci|nube|c[óo]mputo|c[áa]lculo|centri dati|potenza di calcolo|calcolo|computazional|centros? de dados|computa[çc]|nuvem|nuage|infonuagique|mw|gw|megawatts?|gigawatts?|m[ée]gawatts?|chips?|puces|processeurs|processors|prozessor|grafikprozessor|procesador|processador|processori|blackwell|gb[23]00|h[12]00|campus|servers?|serveurs)/i;

/** A contract of some sort is described. */
export const DEAL_RE = withCues(
  String.raw`\b(?:agreements?|agreed|agrees|contracts?|deals?|order form|msa|leases?|leasing|partnership|partnerschaft|alianza|asociaci[óo]n estrat[ée]gica|commitment|commits?|committed|signed|signs?|accords?|contrat|entente|partenariat|sign[ée]|signe|[a-zäöüß]*vertr[äa]g|vereinbarung|abkommen|auftrag|geschlossen|unterzeichne|acuerdo|contrato|contratto|accordo|intesa|parceria|(?<!\bde\s)acordos?|pact|arrangement|liefer|suministr|proporcion|fornir|fornisce|fornecer|fornece|orders?|ordered|purchase|buy|buys|bought(?=(?:[^.;]|\.(?=\d)){0,60}?\b(?:from|(?:chips|GPUs|servers|accelerators)(?! (?:made|built) by))\b)|achats?|ach[eè]t|compr(?:ó|a|ou|aron|aram|ará|ado)(?![a-zà-ÿ])|acquist(?:a|ato|ati|erà|are)(?![a-zà-ÿ])|rent|rents|renting|supply|supplies|provide|provides|fournir|fournira|fournit|louer|louera|loue|louent|lou[ée]e?s?|bail|baux|location|locatives?|loyers|mietzahlung|arrendamientos?|alquiler|aluguel|arrendamentos?|locazion[ei]|affitto|backstop|capacity|capacit|capacidad|capacidade|kapazit|rechenkapazit|commandes?|bestellung|pedidos?|ordin[ei]|encomendas?|kauf|beschaff|verpflicht|(?:talks|negotiat\w*|trattativ\w*|negociac\w*|negocia\w*|discussions?|pourparlers)\s(?:\S+\s){0,3}?(?:to|per|para|pour)\s(?:spend|invest|spendere|investire|gastar|invertir|investir|d[ée]penser))`,
  'i',
  'deal',
);

export const TRIGGER_WORDS_RE = withCues(
  String.raw`\b(?:multi-?billion|multibillion|billions of dollars|tens of billions|hundreds of billions|plusieurs milliards|milliards de dollars|dizaines de milliards|centaines de milliards|mehrere milliarden|milliardenschwer|milliardenschweren|miles de millones|miliardi di dollari)`,
  'gi',
  'valueWords',
);

/**
 * A capacity deal stated without a figure ("has struck a deal with Google Cloud to access more computing power",
 * "Meta sceglie CoreWeave", "Google alquilará allí capacidad de cómputo"): the lexicon's statedDeal words, a
 * trigger that is no amount of its own.
 */
export const STATED_DEAL_SCAN = lazy(() =>
  headedScan(cueSource('statedDeal'), 'gi', cueEntries('statedDeal'), (picked) =>
    cueSourceOf('statedDeal', picked),
  ),
);
/** A party's denial ("OpenAI denied reports that ChatGPT will run on Google Cloud", "a démenti", "dementierte"). */
export const DENIED_RE = new RegExp(cueSource('denied'), 'i');

/** What a fleet is counted in: accelerators, chips, processors, GPU servers, in the six languages. */
const FLEET_NOUN =
  '(?:GPUs?|TPUs?|chips?|puces|accelerators?|acc[ée]l[ée]rateurs|acceleratori|aceleradores|beschleuniger|processing units|processors|processeurs|prozessoren|grafikprozessoren|procesadores|processori|processadores|gpu-server|servers)';
/**
 * Large fleets of accelerators, a deal's size when no amount is told: "more than 40,000 NVIDIA GB300 GPUs", "up to one
 * million of Google's TPUs", "eine Million TPU-Chips", "40 mil GPUs", "Zehntausende Nvidia-Chips", "decine di
 * migliaia di GPU". Each form opens on a digit or a fixed word, and the gap to the noun is bounded.
 */
export const GPU_COUNT_RE = new RegExp(
  `(?:\\b\\d{1,3}(?:[,.\\u00a0 ]\\d{3})+|\\b\\d{1,3}(?:[.,]\\d)?\\s?mil\\b|\\b(?:one|a|1|un|une|eine|einer|uno|um|uma) (?:million|millón|milione|milh[ãa]o)(?: de| di| der| of)?|\\b(?:(?:tens|hundreds) of thousands|thousands|(?:dizaines|centaines) de milliers|milliers|(?:decenas|cientos) de miles|(?:decine|centinaia) di migliaia|migliaia|(?:dezenas|centenas) de milhares|milhares) (?:de|di|of|d['’])|\\b(?:zehn|hundert)?tausende)[^\\n.]{0,40}?\\b${FLEET_NOUN}(?![a-zà-ÿ])`,
  // Not the "u" flag: on a 20 MB filing's tables of figures it makes this pattern about ten times slower.
  'gi',
);

/**
 * "500 MW", "500-megawatt", "500 Megawatt" (German capitalises its nouns; "© 2025 Gigawatt Journal" is a name),
 * "700 megavatios", "4,5 gigavatios" (Spanish sizes a site or a capacity deal in either; a valueless deal told
 * only by its power, "OpenAI y Oracle firmaron un acuerdo para 4,5 gigavatios", was otherwise lost).
 */
export const POWER_RE =
  /\b(?!(?:19|20)\d\d\s(?:Gigawatt|Megawatt|Mégawatt))\d{1,4}(?:[.,]\d{1,3})?[\s-]?(?:GW|MW|[Gg]igawatts?|[Mm][ée]gawatts?|[MmGg][ei]gavatios?)\b/g;

// "future undiscounted payments under leases not yet commenced were $19.9 billion": a filing's lease obligations
// over all its leases, as a backlog is over all its contracts.
export const BACKLOG_RE =
  /backlog|undiscounted (?:lease )?payments|leases? not yet commenced|loyers? (?:futurs? )?non actualis[ée]s|nicht abgezinste|pagos (?:futuros )?no descontados|pagamenti (?:futuri )?non attualizzati|pagamentos (?:futuros )?n[ãa]o descontados|contratos futuros|receitas contratuais futuras|receitas futuras contratadas|obligaciones de desempe[ñn]o|obriga[çc][õo]es de desempenho|obblighi di prestazione|obligations de (?:performance|prestation)|Leistungsverpflichtungen|future contract(?:ed)? revenue|remaining performance obligations?|obbligazioni di (?:prestazione|performance)|obblighi di performance|\bcartera de (?:US\$ ?)?\d|\bcarteira de (?:US\$ ?)?\d|\brpo\b|bookings|\border ?book|carnet de commandes|auftragsbestand|auftragsbuch|cartera de (?:pedidos|contratos)|carteira (?:contratada|de contratos|de pedidos|de encomendas)|portafoglio (?:ordini|contratti)|libro ordini|impegni (?:contrattuali )?residui|engagements (?:contractuels )?restants|compromisos (?:contractuales )?pendientes|compromissos (?:contratuais )?remanescentes|verbleibende(?:n)? (?:vertragliche(?:n)? )?Verpflichtungen/i;

// Hard negatives: a sentence carrying one of these is about something else than a capacity contract.
/**
 * A company's capital spending: the sentence is about it ('capex-guidance'), unless it also tells a contract with
 * a counterparty beside the spending's amount ("Microsoft, whose capital expenditures reached $80 billion, signed a
 * $9.7 billion AI cloud contract with IREN"): then only the amount near it is dropped ('capex-near').
 */
const CAPEX_RE =
  /capital expenditures?|\bcapex\b|capital spending|spending plans?|d[ée]penses d['’]investissement|investissements? (?:de|en) capital|investitionsausgaben|gastos de capital|spese in conto capitale/i;

/** A letter of intent or a memorandum of understanding (six languages): an intent, no contract. */
export const LETTER_OF_INTENT_RE =
  /letter of intent|\bLOI\b|\bMoU\b|lettre d['’]intention|d[ée]claration d['’]intention|memorandum of understanding|protocole d['’]accord|absichtserkl[äa]rung|carta de inten[çc][õo]es|carta de inten[çc][ãa]o|carta de intenci[óo]n|declaraci[óo]n de intenci[óo]n|memorando de entendimiento|lettera d(?:['’]|i )intenti|dichiarazione d(?:['’]|i )intenti|memorandum d['’]intesa|protocollo d['’]intesa|memorando de entendimento|\bmemorand(?:um|o)(?![\p{L}])|m[ée]morandum/iu;

/**
 * Warrants taken "in exchange for" a backstop of a tenant's lease ("Google agreed to backstop $1.4 billion of
 * Fluidstack's lease obligations in exchange for warrants", "en échange de bons de souscription", "a cambio de
 * warrants", "in cambio di warrant", "em troca de warrants", "im Gegenzug für Optionsscheine") pay for the guarantee;
 * they put no money into the company.
 */
const WARRANTS_NOT_IN_RETURN =
  '(?<!\\b(?:in exchange for|in return for|en [ée]change de|a cambio de|in cambio di|em troca de|im Gegenzug f[üu]r) (?:\\S+ ){0,2})';

/** Put money into a lab: a verb's object, up to two words then its amount ("a déjà mis 13 milliards"). */
const PUT_AMOUNT = String.raw`\s(?:\S+\s){0,2}?(?:US)?\$?\s?[\d.,]+\s`;
const NEGATIVE_CUES: ReadonlyArray<readonly [string, RegExp]> = [
  ['capex-guidance', CAPEX_RE],
  [
    'debt-offering',
    // (A listing is read near its amount, as 'valuation-near': "shares have tripled since its March IPO" told
    // beside a contract leaves the contract.)
    // Obligations a company guarantees ("garantire 1,4 miliardi di dollari in obbligazioni ai sensi di un contratto",
    // "garantir 1,4 milliard de dollars d'obligations") are a lease's, no bonds; nor are purchase or payment
    // obligations ("45 milliards de dollars d'obligations d'achat").
    /senior notes|senior secured notes|private placement|\bissued\b[^.]{0,30}\bshares\b|\bbonds?\b|(?<!\bgaranti\w*\s[^.;]{0,50})d['’]obligations(?! d['’]achat| de paiement| locatives| de location)|obligataire|\bto finance\b|\bhelps? (?:to )?(?:partially |partly )?finance\b|\bto (?:partially|partly) finance\b|pour financer|convertible|notes due|offering of|private offering|public offering|notes offering|aggregate principal|underwriters?\b|underwritten (?:public |registered )?offering|underwriting (?:agreement|discount|syndicate|commission)|obligations? convertibles|[ée]mission obligataire|emprunt obligataire|placement priv[ée]|bond (?:sale|offering|issue)|anleihe|(?<!\bgaranti\w*\s[^.;]{0,50})obbligazion(?!i (?:di (?:locazione|leasing)|locativ))|\bbonos\b|obligaciones convertibles|obriga[çc][õo]es (?:convert[íi]veis|de alto rendimento|seniores)|deb[êe]ntures|t[íi]tulos de d[íi]vida|(?:bilh|milh)(?:ão|ões) em t[íi]tulos|anchor (?:order|investor)|cornerstone investor|ordre d['’]ancrage|investisseur d['’]ancrage|ankerinvestor|inversor ancla|investitore (?:anchor|di riferimento)|investidor[- ][âa]ncora/i,
  ],
  [
    // "Blue Owl Capital, su principal socio financiero para construir un nuevo centro de datos, decidió no respaldar
    // el proyecto, valorado en 10.000 millones": a company named as the financier of a site backs its building, no
    // tenant's lease; the project's value is no contract's.
    'financing-partner',
    /\b(?:financing|financial|funding|capital) partners?\b|\bpartenaires? financiers?\b|\bFinanzierungspartner\w{0,2}\b|\bFinanzpartner\w{0,2}\b|\bsocios? financier[oa]s?\b|\bpartner finanziari[oi]?\b|\bparceir[oa]s? financeir[oa]s?\b|\bs[óo]ci[oa]s? financeir[oa]s?\b/i,
  ],
  [
    'credit-facility',
    // "the facility" is a loan's, not the site's that capacity is leased "from", "at" or "in".
    /credit facility|credit agreement|(?<!\b(?:from|at|in|into|inside) )\b(?:the|this|new) facility\b|\bdebt\b|\bborrow|\bloans?\b|\blenders?\b|\bdette\b|\bemprunt|pr[êe]teurs|term loan|delayed[- ]draw|revolving|loan facility|debt financing|financing facility|facilit[ée] de cr[ée]dit|ligne de cr[ée]dit|cr[ée]dit renouvelable|kreditlinie|l[ií]nea de cr[ée]dito|linea di credito/i,
  ],
  [
    // "un prêt de 1,4 milliard … pour le campus Helios, que CoreWeave loue": the loan's amount, not the lease's
    // value (read near the amount: the lease told in the same sentence stays a deal, without that value). Debt
    // raised in any language ("levanta US$ 2 bi em dívida", "Schulden") is the same kind of amount.
    'loan-near',
    /\bpr[êe]ts? (?:de |d['’]|bancaires?|relais|garanti|afin de)|\bde pr[êe]ts\b|\bemprunt|\bdarlehen|\bkredit(?:e|en|s)?\b|\bkreditlinie|\bpr[ée]stamos?\b|\bprestit[oi]\b|\bmutu[oi]\b|\bempr[ée]stimos?\b|\bloans?\b|\bfinanc(?:ing|ement) (?:de|of|package)\b|\bproject financ(?:e|ing)\b|\b(?:secures?|secured|obtains?|obtained|sichert sich|sicherte sich|obtient|a obtenu|obtiene|obtuvo|consigue|consigui[óo]|ottiene|ha ottenuto|obt[ée]m|obteve|garante|garantiu)\s(?:about |some |rund |etwa |environ |unos |circa |cerca de )?(?:USD\s?|US)?[$€£]?\s?\d[\d.,]*\s?(?:billion|bn|million|Milliarden|Mrd\.?|milliards?|millions?|mil millones|millones|miliardi|milioni|bilh(?:ão|ões)|milh(?:ão|ões))(?:\s(?:Dollar|dollars|de d[óo]lares|di dollari|de dollars|d['’]euros|Euro|euros))?\s(?:for|to (?:fund|finance|build)|f[üu]r|pour|para|per)\s|\bfinanciaci[óo]n (?:de|del) proyecto|\bfinanciamento (?:de|do) projeto|\bfinanziamento (?:di|del) progetto|\bProjektfinanzierung|\bd[íi]vidas?\b|\bdeudas?\b|\bschulden\b|\bdebito\b|\bfremdkapital|\bgeliehen\b|\bleih(?:t|en) sich\b|\bpedid[oa]s? prestad|\btom(?:ou|aram|ado|ada|ar) emprestad|\bpres[oa] in prestito|\bprendere in prestito/i,
  ],
  // "Oracle's $38 billion data center financing", "eine Finanzierung über 38 Mrd.": a financing's size.
  ['loan-near', FINANCING_AMOUNT_RE],
  [
    // "The Commerce Department authorized Nvidia to sell up to 35,000 Blackwell chips to Humain and G42", "hat den
    // Verkauf … an Humain genehmigt", "Via libera di Washington: Nvidia potrà vendere chip": a government allowing a
    // sale is no sale of its own.
    'export-licence',
    fastWordStarts(
      /\b(?:authori[sz](?:es|ed|ing|ation)|approv(?:es|ed|al)|allow(?:s|ed)|permit(?:s|ted)|cleared)\b(?:[^.;]|\.(?=\d)){0,80}?\bto (?:sell|ship|export)\b|\bautoris\p{L}*(?:[^.;]|\.(?=\d)){0,80}?(?:[àa] vendre|[àa] exporter|la vente)\b|\b(?:genehmig|erlaub)\p{L}*(?:[^.;]|\.(?=\d)){0,80}?verkauf|\bverkauf\p{L}*(?:[^.;]|\.(?=\d)){0,80}?\bgenehmigt\b|\bautoriz\p{L}*(?:[^.;]|\.(?=\d)){0,80}?\b(?:a vender|la venta|a venda|a vendere|la vendita|vender)\b|\baprob\p{L}*(?:[^.;]|\.(?=\d)){0,80}?\b(?:la venta|vender)\b|\bconsent\p{L}*(?:[^.;]|\.(?=\d)){0,80}?\b(?:a vendere|la vendita)\b|\baprov\p{L}*(?:[^.;]|\.(?=\d)){0,80}?\b(?:a venda|vender)\b|\b(?:via libera|luz verde|feu vert|gr[üu]nes licht|sinal verde|green light|greenlights?)\b(?:[^.;]|\.(?=\d)){0,80}?(?:\bvend|verkauf|\bsell|\bship|\bexport)/iu,
    ),
  ],
  [
    // "will expense approximately $32 million of transaction costs", "a $270 million termination fee", "frais de
    // transaction", "Transaktionskosten", "costes de transacción", "costi di transazione", "custos de transação": what
    // a deal or its end costs the company, no contract's value.
    'deal-costs-near',
    /\b(?:transaction|merger|deal|integration|advisory) (?:costs|expenses|fees)\b|\b(?:termination|break-?up|reverse termination) fees?\b|\bfrais (?:de transaction|li[ée]s [àa] la (?:transaction|fusion)|de r[ée]siliation)\b|\b(?:Transaktions|Fusions|Integrations)kosten\b|\b(?:Auflösungs|Kündigungs|Abbruch)geb[üu]hr\b|\bcost(?:e|o)s de (?:la )?(?:transacci[óo]n|fusi[óo]n|rescisi[óo]n)\b|\bcosti (?:di|della|legati alla) (?:transazione|fusione)\b|\bpenale di (?:recesso|rescissione)\b|\bcustos (?:de|da) (?:transa[çc][ãa]o|fus[ãa]o|rescis[ãa]o)\b|\bmulta (?:de|por) rescis[ãa]o\b/i,
  ],
  [
    // "paid about $650 million to license Inflection's models", "pagó 650 millones para licenciar sus modelos", "for a
    // non-exclusive license to Groq's technology", "pour une licence sur ses modèles", "für eine Lizenz": a licence's
    // fee buys rights to models or technology, no capacity.
    'licence-fee-near',
    /\bto licen[cs]e (?:\S+ ){0,3}?(?:models?|technolog\w*|IP|patents?|intellectual property)\b|\b(?:for|under) (?:a |an )?(?:non-?exclusive )?licen[cs]e (?:to|on|for|of) (?:\S+ ){0,3}?(?:models?|technolog\w*|IP|patents?|intellectual property)\b|\blicen[cs]ing (?:deal|agreement|fee)s? (?:for|on|covering) (?:\S+ ){0,3}?(?:models?|technolog\w*|IP|patents?)\b|\blicenciar (?:sus |los |su )?(?:modelos|tecnolog[íi]a)|\blicencia (?:no exclusiva )?(?:de|sobre) (?:la |sus |los )?(?:tecnolog[íi]a|modelos)|\blicence (?:non exclusive )?(?:sur|de|pour) (?:ses |la |les |leurs )?(?:mod[èe]les|technologie)|\bLizenz (?:auf|für|an) (?:\S+ )?(?:Modelle|Technologie)|\blicenza (?:non esclusiva )?(?:dei|sui|della|delle|per i) (?:suoi )?(?:modelli|tecnologi)|\blicenciar (?:seus |os )?modelos|\blicen[çc]a (?:n[ãa]o exclusiva )?(?:da|de|sobre a) (?:tecnologia|modelos)/i,
  ],
  [
    // "genehmigte die Ausfuhr von bis zu 35.000 Blackwell-Chips an Humain und G42": a government's export licence,
    // no company's contract.
    'export-licence-near',
    /\b(?:export(?:s|ed|ing|ations?)?\b|ausfuhr|exportaci[óo]n|esportazion[ei]|exporta[çc](?:[ãa]o|[õo]es))/i,
  ],
  [
    // "Die Telekom und Nvidia wollen gemeinsam ein Rechenzentrum in München bauen", "will jointly build", "deploy
    // … together with OpenAI", "implantar … junto com OpenAI",
    // "construire ensemble", "construir conjuntamente", "costruire insieme", "construir em conjunto": a project two
    // companies build together names no buyer and no seller, and its volume is no contract's value. So does a joint
    // venture the companies form ("AMD, Cisco and Humain will form a joint venture to build up to 1 gigawatt",
    // "anunciaram uma joint venture", "créer une coentreprise", "gründen ein Gemeinschaftsunternehmen").
    'joint-build',
    /\b(?:jointly|together)\s(?:\S+\s){0,2}?(?:build|develop|construct|erect|deploy)|\b(?:build|develop|construct|deploy)\s(?:\S+\s){0,5}?(?:jointly|together)\b|\bgemeinsam(?:\s\S+){0,9}?\s(?:bauen|errichten|aufbauen|entwickeln)\b|\b(?:construire|d[ée]velopper|b[âa]tir)\s(?:\S+\s){0,4}?(?:ensemble|conjointement)\b|\bconjointement\s(?:\S+\s){0,2}?(?:construire|d[ée]velopper)|\bconstruir(?:[áa]n)?\s(?:\S+\s){0,4}?(?:conjuntamente|juntos|juntas|em conjunto)\b|\b(?:conjuntamente|em conjunto)\s(?:\S+\s){0,2}?construir|\bcostruire\s(?:\S+\s){0,4}?(?:insieme|congiuntamente)\b|\b(?:insieme|congiuntamente)\s(?:\S+\s){0,2}?costruire|\b(?:implantar|implementar|desplegar|d[ée]ployer|implementare|distribuire)\s(?:\S+\s){0,10}?(?:junto (?:com|con)|em conjunto com|conjuntamente con|ensemble avec|conjointement avec|insieme (?:a|con))\s|\b(?:form|forms|formed|forming|create|creates|created|creating|set up|sets up|setting up|launch|launches|launched|establish|establishes|established)\s(?:a\s|an\s)?(?:new\s)?joint[- ]venture\b|\b(?:cr[ée]er|cr[ée]ent|cr[ée]eront|fonder|fondent|constituer|constituent)\s(?:une\s)?(?:nouvelle\s)?co-?entreprise|\b(?:crear|crean|crear[áa]n|cre[óo]|crearon|constituir|constituyen|constituir[áa]n|constituyeron)\s(?:una\s)?(?:nueva\s)?(?:empresa conjunta|empresa mixta|sociedad conjunta|joint venture)\b|\bgr[üu]nde(?:n|t|te|ten)\s(?:ein\s)?(?:neues\s)?(?:Gemeinschaftsunternehmen|Joint Venture)\b|\b(?:costituire|costituiscono|costituiranno|creare|creano|creeranno)\s(?:una\s)?(?:nuova\s)?joint venture\b|\b(?:criar|criam|criar[ãa]o|criaram|formar|formam|formar[ãa]o|anunciaram|anunciam)\s(?:uma\s)?(?:nova\s)?(?:joint venture|empresa conjunta|sociedade conjunta)\b|\b(?:form|forms|formed|forming)\s(?:an?\s)?(?:new\s)?(?:[\w-]+\s){1,3}venture\b|\b(?:creaci[óo]n|constituci[óo]n|cria[çc][ãa]o|constitui[çc][ãa]o|creazione|costituzione|cr[ée]ation)\s(?:de|d['’]|di)\s?(?:una?\s|une\s|uma\s)?(?:nueva\s|nova\s|nuova\s|nouvelle\s)?(?:empresa conjunta|empresa mixta|joint[- ]venture|co-?entreprise)\b|\bGr[üu]ndung\s(?:eines\s)?(?:neuen\s)?(?:Gemeinschaftsunternehmens|Joint Ventures)\b/i,
  ],
  [
    'acquisition',
    withCues(
      String.raw`\bacqui(?:re|res|red|ring)\b(?! (?:(?:up to |about |roughly |around |nearly )?\d{1,2}(?:[.,]\d{1,2})? ?(?:%|percent\b|per cent\b)|(?:(?:up to |about |approximately |roughly |nearly )?[\d.,]+ (?:million )?)?(?:\S+ )?(?:(?:new|common|ordinary) )?(?:shares|stock)\b|(?:(?:up to |about |roughly |some |approximately |nearly |more than )?(?:US)?\$?[\d.,]+ ?(?:billion|million|bn|b|m|gw|mw|megawatts?|gigawatts?)? (?:worth )?(?:of |in )?)?(?:additional |more |further |of )?(?:[\w-]+ )?(?:capacity|compute|computing|services|gpus|servers|chips|power|hardware|equipment|cloud|acres|land|sites?|propert(?:y|ies)|parcels?|hectares)))|all-stock|all-share|\bmerger\b|\bcombination\b|combined company|under [^.]{0,40}ownership|rapprochement|takeover|to buy (?:the company|rival|startup)|(?:rachat|rach[èe]te(?:ra|rait)?|racheter)(?!(?:[^.;]|\.(?=\d)){0,80}?capacit[a-zé]*\s(?:de calcul\s)?(?:inutilis|non (?:vendu|utilis)|invendu|r[ée]siduel|qu[e'’]))|acqu[ée]rir(?!\s(?:jusqu['’]à\s|environ\s)?\d{1,2}(?:[.,]\d{1,2})?\s?%)(?!(?:[^.;]|\.(?=\d)){0,60}?(?:capacit|puissance (?:de calcul|informatique)|acc[èe]s|gpu|puces|chips|serveurs|nuage|cloud))|\bfusion|[üu]bernahme|adquirir(?!(?:[^.;]|\.(?=\d)){0,60}?(?:capacid|potencia (?:inform[áa]tica|de c[óo]mputo|de c[áa]lculo|computacional)|poder (?:computa|inform[áa]tic|de (?:computa|processamento|c[óo]mputo))|pot[eê]ncia (?:inform[áa]tic|computa|de (?:computa|processamento|c[óo]mputo|c[áa]lculo))|acesso|acceso|servi[çc]os? de (?:nuvem|computa)|(?:em|en) servi(?:[çc]os|cios)|servicios de (?:nube|c[óo]mputo)|c[óo]mputo|computa[çc]|gpu|chips|servidores|nuvem|nube|cloud))`,
      'i',
      'acquisition',
    ),
  ],
  [
    // "lève 2 milliards" raises funds; "s'élève à" (amounts to) only looks like it to "\b", which sees "é" as no
    // letter: the lookbehind keeps the French running total and contract value out.
    // "the shareholder letter confirms", "lettre aux actionnaires", "Aktionärsbrief": a document that reports a
    // deal, not a stake; so does a call or a presentation to shareholders ("disclosed in a shareholder call"), or
    // what a company "told shareholders".
    'equity-investment-near',
    withCues(
      String.raw`\binvest(?:s|ed|ing|ment|ments)?\b|\binvestit\b|\binvestie?s?\b|(?<!lettre aux )(?<!\b(?:dit|d[ée]clar[ée]|indiqu[ée]|expliqu[ée]|annonc[ée]|assur[ée]) (?:à (?:ses|leurs) |aux ))actionnaire|(?<!letters? to (?:its |our |their )?)(?<!\b(?:told|tells|telling|informed|informs|reminded|assured|to) (?:its |our |their )?)\bshareholder(?!s?['’]? (?:letter|update|meeting|call|calls|conference|presentation|day))|aktion[äa]r(?!sbrief)|(?<!carta a (?:los |sus )?)(?<!\b(?:dijo|explic[óo]|inform[óo]|asegur[óo]) (?:a |con )?(?:los |sus )?)accionista|(?<!lettera agli )azionista|(?<!carta aos )acionista|investiront|investirait|common stock|ordinary shares|per share|\bstake\b|equity (?:investment|stake|financing)|investir|investira|investissement|prise de participation|participation (?:au|dans|de)|beteiligung|inversi[óo]n|investimento|valuation|company valued at|(?:soci[ée]t[ée]|start-?up|entreprise|groupe|licorne|firme|jeune pousse|p[ée]pite|n[ée]ocloud)[^.]{0,40}valoris[ée]e?s? à|à une valorisation|funding round|in (?:a|its|the|their|the latest|a new) (?:funding |financing |investment |venture )?round\b|(?:lors d['’]un|dans un|au cours d['’]un) (?:nouveau )?tour de (?:table|financement)|in einer (?:neuen )?(?:Finanzierungs)?runde|en una (?:nueva )?ronda|in un (?:nuovo )?round|(?:em|numa) (?:nova )?rodada|\b(?:capt[óo]|recaud[óo]|levant[óo]|raccolto|captou|angariou)\b|lev[ée]e de fonds|\bseries[- ][a-f]\b|\bs[ée]rie [a-h]\b|\bserie da\b|serie-[a-f]-runde|finanzierungsrunde|ronda de financiaci[óo]n|rodada de (?:investimento|financiamento)|round di finanziamento|${WARRANTS_NOT_IN_RETURN}(?:\bwarrants?\b|bons de souscription|optionsschein\w*)|au capital d|entre(?:nt)? au capital|se financia|finanziert wird|wird finanziert|(?<!(?:contract|deal|agreement|lease|order|commitment|expansion|extension)s?(?:,? (?:that|which))? )(?<!\b(?:contract|deal|agreement|lease|order|commitment)s?\b[^.;]{0,80}\band )(?:was|is|were|had been|has been|have been)(?: now| currently| already| last| most recently)? valued at|invirti[óo]|investir[áa]|investiu|\baport(?:ou|aram|aron|[óo])(?![\wÀ-ɏ])|\bapportat[oi]\b|investir[àa]|investiert|investieren|raised \$|\brais(?:es|ed|ing) (?:about |approximately |roughly |some |nearly |more than |an additional )?(?:US)?[$€£]|(?<![a-zà-ÿ])l[èe]v(?:e|ent|[ée]e?s?|er|era|eront|ait)(?![a-zà-ÿ])(?!\s(?:\S+\s){0,5}options?\b)`,
      'i',
      'investment',
    ),
  ],
  [
    // Money raised or put into a new joint venture: "Lambda completes $480 million raise", "closes $250M to expand its
    // cluster" (not "closes $17.4B deal with"), "chiude un round da 480 milioni", "der Börsengang brachte 1,5
    // Milliarden Dollar ein", "beim Börsengang … eingesammelt", "a $10 billion joint venture", "a joint venture worth",
    // "une coentreprise de 10 milliards", "ein Gemeinschaftsunternehmen mit einem Volumen von", "una empresa conjunta
    // de", "una joint venture da", "uma joint venture de" (not "Cerebras, die vor dem Börsengang steht, hat … einen
    // Vertrag geschlossen"; not "the joint venture's lease"). In a pattern of its own for the reason below: inside the
    // big one these made every sentence's test some twenty times as slow.
    'equity-investment-near',
    /(?:US)?\$\s?[\d.,]+\s?(?:billion|million|bn|mn|b|m)\b (?:funding |equity |capital |fundraising )?raise\b|\bclos(?:es|ed|ing)(?: on)? (?:US)?\$\s?[\d.,]+\s?(?:billion|million|bn|mn|b|m)\b(?! (?:[\w-]+ )?(?:deal|contract|agreement|order|lease|pact|sale|acquisition|purchase|takeover|debt|loan|credit|facility|financing|notes))|\b(?:billion|million|bn)\b joint[- ]ventures?|\bjoint[- ]ventures? (?:worth|valued at|with a value of|of) (?:about |up to |some )?(?:US)?[$€£]?\s?\d|\b(?:une|la nouvelle) (?:co-?entreprise|joint-venture) (?:de|d.une valeur de|dot[ée]e de|évaluée à) (?:\S+ )?(?:US)?[$€£]?\s?\d|\b(?:Gemeinschaftsunternehmens?|Joint Ventures?) (?:mit einem (?:Volumen|Wert)|im (?:Volumen|Wert)|über)|\bBörsengang (?:brachte|bringt|spülte|spült)|\b(?:beim|im|durch den|mit dem) Börsengang (?:\S+ ){0,4}?(?:eingesammelt|eingenommen|erlöst|aufgenommen)|\b(?:una|un) (?:empresa conjunta|empresa mixta|joint venture) (?:de|por|valorada en) (?:unos |hasta )?(?:US)?[$€£]?\s?\d|\buna joint venture (?:da|di|del valore di) (?:circa )?(?:US)?[$€£]?\s?\d|\bround da\b|\buma (?:joint venture|empresa conjunta) (?:de|avaliada em) (?:cerca de )?(?:US)?[$€£]?\s?\d/i,
  ],
  [
    // "E Nvidia entra nel capitale", "entra en el capital", "entrou no capital": a stake, in a pattern of its own (in the
    // one above, these alternatives made every sentence's test about half again as slow on the news pages' bench).
    'equity-investment-near',
    // "Nvidia steigt mit zwei Milliarden Dollar bei xAI ein", "steigen Microsoft und Nvidia bei Anthropic ein", "der
    // Einstieg von Nvidia bei xAI": German's stake taken, the particle last; "für das bis zu 500 Milliarden Dollar in
    // Rechenzentren fließen sollen": money to be put into a project.
    /\bentr(?:a(?:no|to|ta)? nel capitale|(?:a|an|[óo]) en el capital|(?:a|am|ou) no capital)|\bsteig(?:t|en|e|en wollen)\s(?:\S+\s){0,8}?bei\s(?:\S+\s){1,2}?ein\b|\bstieg(?:en)?\s(?:\S+\s){0,8}?bei\s(?:\S+\s){1,2}?ein\b|\bEinstieg(?:s)?\s(?:von|bei|des)\b|\bflie(?:ß|ss)en\s(?:soll|sollen|sollten|werden)\b/i,
  ],
  [
    // "A Microsoft já colocou US$ 13 bilhões na OpenAI", "Microsoft ya puso 13.000 millones de dólares en OpenAI",
    // "ha già messo 13 miliardi di dollari in OpenAI", "a déjà mis 13 milliards de dollars dans OpenAI": money put
    // into a lab, no contract. Its own pattern: the combined investment cue is near V8's 20 KB size for optimising.
    'lab-money-near',
    new RegExp(
      [
        String.raw`\b(?:mis|met|mettent|mettra|inject[ée]|injecte|vers[ée])${PUT_AMOUNT}(?:milliards?|millions?|Mds?)\s(?:de dollars\s|d['’]euros\s)?(?:dans|en|à)\s${LAB_FUNDED}`,
        String.raw`\b(?:puso|pusieron|pone|pondrá|inyect[óo]|inyecta|aport[óo])${PUT_AMOUNT}(?:mil\s)?(?:millones|millón)\s(?:de dólares\s|de euros\s)?(?:en|a)\s${LAB_FUNDED}`,
        String.raw`\b(?:messo|mette|mettono|metterà|iniettato|inietta|versato)${PUT_AMOUNT}(?:miliardi|miliardo|milioni)\s(?:di dollari\s|di euro\s)?(?:in|a|ad)\s${LAB_FUNDED}`,
        String.raw`\b(?:colocou|colocaram|coloca|colocará|injetou|injeta|aportou)${PUT_AMOUNT}(?:mil\s)?(?:bilhões|bilhão|milhões|mil milhões)\s(?:de dólares\s|de euros\s)?(?:na|no|em|à|ao)\s(?:a\s|o\s)?${LAB_FUNDED}`,
        // "a fórmula usada com a OpenAI, em quem já colocou US$ 13 bilhões": the lab told before, in a relative.
        String.raw`\b(?:in which|into which|in whom|en quien|en la que|in cui|nella quale|dans laquelle|em quem|na qual)\s(?:\S+\s){0,3}?(?:put|invested|puso|invirti[óo]|messo|investito|mis|investi|colocou|investiu)\b`,
      ].join('|'),
      'iu',
    ),
  ],
  [
    // What a company is worth (a listing, a funding round, the market), not what a contract is worth: "the
    // listing values X at", "valorise la société à" ("values X at" itself: valuesCompanyAt, case-sensitive).
    'valuation-near',
    // "SoftBank vend des actions Nvidia pour 5,8 milliards", "sold its Nvidia shares for", "verkauft Nvidia-Aktien",
    // "vendió acciones", "ha venduto azioni", "vendeu ações": a sale of shares, no contract.
    /\bvend(?:s|ent|u|ue|re|ait|ra)?\s(?:\S+\s){0,3}?actions\b|\bc[èe]d(?:e|ent|é|er)\s(?:\S+\s){0,3}?actions\b|\b(?:sells?|sold|selling)\s(?:\S+\s){0,3}?(?:shares|stock|stake)\b|\bverkauf(?:t|te|en)\s(?:\S+\s){0,3}?\S*Aktien\b|\bvend(?:e|i[óo]|ieron|eu|eram|uto|ono)\s(?:\S+\s){0,3}?(?:acciones|azioni|a[çc][õo]es)(?![p{L}])|\b(?:stake|holding|participation|Beteiligung|Anteil|participaci[óo]n|quota|partecipazione|participa[çc][ãa]o)\b(?:\s[\wÀ-ɏ%.,-]+){0,3}\s(?:valued|worth|now worth|valoris[ée]e?|bewertet|im Wert|valorad[ao]|valutat[ao]|avaliad[ao])\b|\b(?:post|pre)-money\b|fully[- ]diluted|enterprise value|equity value|implied value|market value|market cap|mkt\.? cap|\bipo\b|initial public offering|\blisting\b|went public|first day of trading|debut|priced (?:its|the) (?:shares|ipo|offering|listing)|\b(?:of|in|worth of) (?:its |new |common |class a )?(?:shares|stock)\b|\bworth\b[^.]{0,20}\bon paper|\bnow worth\b|\bstock market\b|\ben bourse\b|valoris(?:e|ent|ait|aient|era|ant)\b|valorisation|capitalisation|\bvaut (?:d[ée]sormais|aujourd['’]hui|maintenant)|introduction en bourse|premier jour de cotation|\bcotation\b|d['’]actions(?: nouvelles| ordinaires)?\b|\bbewertung|b[öo]rsenwert|valoraci[óo]n|valutazione|avalia[çc][ãa]o|\bof [\w.-]{2,20} (?:shares|stock)\b|capitalizz|capitaliza[çc][ãa]o|capitalizaci[óo]n|\ban der b[öo]rse\b(?:[^.;]|\.(?=\d)){0,40}\bwert\b|\b(?:vale|valen|valía|valeva|vaut|avaliad[ao]s?|valutat[ao]|valorad[ao]|valoris[ée]e?)\b(?:[^.;]|\.(?=\d)){0,40}\b(?:in borsa|na bolsa|en bolsa|en bourse)\b|valor de mercado|valore di mercato|\bmarktwert|(?:billion|bn|million|milliarden|mrd\.?)[- ](?:dollar[- ])?(?:company|firm|group|start-?up|business|unternehmen|konzern)\b/i,
  ],
  [
    // "la startup de Ilya Sutskever valorada en 32.000 millones", "la start-up valorisée", "das Start-up, das mit 32
    // Milliarden Dollar bewertet wurde", "la startup valutata 32 miliardi", "a startup avaliada em": a company's
    // worth, told in apposition (no contract among the words between).
    'valuation-near',
    /\b(?:startup|start-up|empresa|compa[ñn][íi]a|firma|sociedad|azienda|societ[àa]|companhia|Unternehmen)(?:\s(?!(?:contrato|acuerdo|pacto|arrendamiento|contratto|accordo|acordo|Vertrag|Auftrag)\b)[\w\u00e0-\u00ff'’-]+){0,4}?,?\s(?:valorad[ao]s?|valutat[ao]|avaliad[ao]|bewertet)\s(?:en|in|em|a|mit)\b|\binvirtieron\b/i,
  ],
  [
    // "has paid Crusoe a $150 million deposit to make sure its chips go in", "un acompte de 150 millions": money
    // paid to hold a place or goods, no contract's value (read near the amount).
    'deposit-near',
    // A letter of credit ("$50M letter of credit", "Akkreditiv", "carta de crédito") is security posted, too.
    /\b(?:letters? of credit|lettres? de cr[ée]dit|Akkreditiv(?:e|s)?|cartas? de cr[ée]dito|letter[ae] di credito|deposits?|down[- ]payments?|acomptes?|d[ée]p[ôo]ts? de garantie|Anzahlung(?:en)?|Kaution|dep[óo]sitos?|un anticipo de|caparra|acconto|deposito cauzionale|sinal|adiantamento|cau[çc][ãa]o)\b/i,
  ],
  ['letter-of-intent', LETTER_OF_INTENT_RE],
  // Spending plans, programmes, run-rates, charges, market sizes: amounts that are no contract's value.
  ['plan-near', new RegExp(cueSource('plan'), 'i')],
  ['revenue-backlog', BACKLOG_RE],
  [
    'share-price-near',
    /shares? (?:rose|fell|jumped|climbed|surged|soared|gained|dropped|slid|sank|tumbled|were up|were down|closed|traded|rallied)|stock (?:rose|fell|jumped|climbed|surged|soared|gained|dropped|slid|sank|tumbled|price|rallied)|share price|market (?:cap|capitalization|value)|capitalisation|capitalizaci[óo]n burs[áa]til|capitaliza[çc][ãa]o de mercado|capitalizzazione|Marktkapitalisierung|B[öo]rsenwert|valeur boursi|l['’]action|le titre|a bondi|\baktien?\b|\bacciones\b|\bazioni\b|\ba[çc][õo]es(?![a-zà-ÿ])|buy-?backs?|share repurchase|rachat d['’]actions|aktienr[üu]ckkauf|r[üu]ckkaufprogramm|recompra de (?:acciones|a[çc][õo]es)|riacquisto di azioni|buyback/i,
  ],
  // "The rally added $101 billion to Larry Ellison's wealth", "with a net worth of $393 billion": a person's fortune.
  [
    'share-price-near',
    /\b(?:wealth|net worth|fortune|richest|richer|billionaires?)\b|\bs['’]est enrichi|\bplus riche|\breicher\b|\bm[áa]s ric[oa]s?\b|\bpi[ùu] ricc[oa]\b|\bmais ric[oa]s?\b|\bfortune personnelle|\bpatrimoine\b|\bVerm[öo]gen\b|\bMilliardär|\bpatrimonio\b|\bfortuna\b|\bpatrim[ôo]nio\b/i,
  ],
  [
    'market-size',
    /\bmarket\b.{0,40}(?:to reach|expected to|could reach|will reach|is worth|size|to grow|forecast)|market size|addressable|\btam\b|global spending|worldwide spending|ai spending|spending on ai|march[ée].{0,40}(?:atteindre|pourrait|devrait|p[èe]se|pèsera)|taille du march[ée]|d[ée]penses mondiales|marktvolumen|mercado.{0,30}alcanzar/i,
  ],
  [
    // "staying competitive in the $400 billion AI infrastructure race", "the $400 billion AI market": the size of a
    // market or of a race, told right after the figure, is no contract's value.
    'market-size-near',
    /\b(?:billion|trillion|bn|tn)\s(?:(?:ai|cloud|compute|computing|data[- ]cent(?:er|re)|infrastructure|global|worldwide|hyperscale|gpu)\s){0,3}(?:race|arms race|market|industry|gold rush|boom|sector)\b/i,
  ],
  [
    // "le richieste presentate a Terna superano i 40 GW": power a grid is asked for, no company's contract.
    'grid-request-near',
    /grid (?:connection|interconnection) requests?|interconnection queue|connection requests|demandes de raccordement|raccordement au r[ée]seau|netzanschlussanfragen|anschlussanfragen|solicitudes de (?:acceso|conexi[óo]n)|richieste (?:di connessione|presentate a)|connessioni alla rete|pedidos de (?:conex[ãa]o|liga[çc][ãa]o)/i,
  ],
  [
    // "un data center de 1 GW custa cerca de US$ 50 bilhões", "un gigawatt costa tra 20 e 25 miliardi", "construir
    // um data center de 1 gigawatt pode custar", "puede costar", "può costare": what building costs (a figure or a
    // range), no contract's value.
    'cost-estimate-near',
    /\b(?:costs?|would cost|costing|(?:pode|poderia|puede|podr[íi]a|pu[òo]|possa|potrebbe|peut|pourrait) (?:custar|costar|costare|co[uû]ter)|co[uû]te(?:rait|raient)?|kostet|kosten w[üu]rde|cuesta|costar[íi]a|costa|costerebbe|custa|custaria|(?:an )?estimated cost of|co[uû]t estim[ée] à|coste estimado de|costo stimato di|custo estimado de|gesch[äa]tzte[nr]? Kosten von)\s(?:about |around |roughly |some |approximately |nearly |almost |environ |pr[èe]s de |rund |etwa |fast |unos |casi |cerca de |circa |quasi |intorno a |por volta de |quase )?(?:between |from |entre |zwischen |tra |fra |da |de )?(?:US)?[$€£]?\s?~?\d/i,
  ],
  [
    // "le coût d'un centre de données de 1 GW s'élève à 50 à 60 milliards", "der Aufwand für eine Gigawatt-KI-Anlage
    // beläuft sich auf 50 bis 60 Milliarden", "the cost per gigawatt runs to $50 billion": a yardstick of what a
    // gigawatt costs, told with a cost noun rather than the verb; no contract's value.
    'unit-cost-near',
    /\b(?:co[uû]ts?|costs?|Kosten|Aufwand|costes?|costos?|costi|custos?)\b[^.;]{0,60}?(?:\b(?:1|one|un|une|ein|eine[nrm]?|uno|una|um|a)\s?(?:GW|gigawatts?|Gigawatt)|\b(?:per|par|pro|por|al|je)\s(?:gigawatt|GW|Gigawatt))|\brule of thumb|r[èe]gle empirique|Faustregel|regla general|regola empirica/i,
  ],
  [
    // "la Fuerza Aérea le adjudicó un contrato de 581 millones", "a $581 million Air Force contract": a contract a
    // government body awards, whose buyer is no company of the table; the companies named around it are not its parties.
    'government-contract-near',
    /\b(?:Air Force|Army|Navy|Pentagon|Department of (?:Defense|War|Energy)|federal agenc(?:y|ies)|Fuerza A[ée]rea|Ej[ée]rcito|Pent[áa]gono|Departamento de (?:Defensa|Defesa|Guerra)|agencias federales|Arm[ée]e de l['’]air|Pentagone|minist[èe]re des Arm[ée]es|agences f[ée]d[ée]rales|Luftwaffe|Bundeswehr|Verteidigungsministerium|Bundesbeh[öo]rden|Aeronautica (?:militare|statunitense)|Pentagono|Dipartimento della Difesa|agenzie federali|For[çc]a A[ée]rea|Ex[ée]rcito|ag[êe]ncias federais)\b/,
  ],
  [
    // "un régime fiscal de vingt ans qui doit rapporter 650 millions", "tax incentives worth $650 million": a site's
    // public incentives (the sentence is about a site and its authorities), no contract.
    'tax-incentive',
    /\btax (?:breaks?|incentives?|abatements?|credits?|exemptions?|revenues?|regime|deal|charges?|expenses?|bills?)|\b(?:oneri?|onere) fiscal[ei]|\bcharges? fiscale|\bSteuer(?:aufwand|belastung|last)\w*|\b(?:cargo|gasto|encargo)s? fiscal(?:es)?|\bdespesas? fiscal|payments? in lieu of taxes|r[ée]gime fiscal|all[èe]gements? fiscaux|avantages? fiscaux|exon[ée]rations? fiscales?|cr[ée]dits? d['’]imp[ôo]t|Steuer(?:verg[üu]nstigung|erleichterung|einnahmen|nachl[äa]ss|befreiung)\w*|(?:incentivos|beneficios|exenciones) fiscales|(?:agevolazioni|incentivi|benefici) fiscali|(?:incentivos|benef[íi]cios|isen[çc][õo]es) fiscais/i,
  ],
  [
    // "l'État accordera 120 millions d'euros d'aides au campus", "Fördermittel über 120 Millionen Euro", "ayudas
    // públicas de 120 millones": public money for a site, read near the amount (the lease beside it keeps its value).
    'subsidy-near',
    /\bsubventions? publiques?|\bd['’]aides? (?:publiques?|d['’][ée]tat)|\baides? (?:publiques?|d['’][ée]tat)|\bd['’]aides au|\bF[öo]rdermittel|\bF[öo]rdergeld|\bsubsid(?:y|ies|ized)\b|\bgovernment grants?\b|\bsubvenci[óo]n(?:es)? p[úu]blicas?|\bayudas p[úu]blicas|\bsovvenzioni pubbliche|\bcontributi pubblici|\bsubs[íi]dios? p[úu]blicos?|\b(?:government|Ottawa|gouvernement|Regierung|Gobierno|governo)\b[^.;]{0,60}?\b(?:give|gives|grant|grants|pledged|promised|verser(?:a|ait)?|accord(?:er|era|erait|e|é|ée)|promis|zahlen|gew[äa]hren|zugesagt|dar(?:[áa]|[íi]a)|conceder(?:[áa]|[íi]a)?|prometido|prometi[óo]|dar(?:[àa]|ebbe)|erogher(?:[àa]|ebbe)|concedere|promesso|prometeu)(?![a-zà-ÿ])/i,
  ],
  [
    // "dépenserait environ 20 milliards de dollars en serveurs cette année", "will spend $20 billion this year": a
    // company's own spending for a period, no contract (in the six languages; English in 'capex-guidance'). German
    // puts the period before the verb: "in diesem Jahr 400 Milliarden Dollar für KI-Infrastruktur ausgeben".
    'period-spend-near',
    /\b(?:will|would|plans? to|planning to|expects? to|intends? to|aims? to) spend\b[^.;]{0,80}\b(?:this|next|fiscal|in 20\d\d|per year|a year|annually|over the coming)|\b(?:d[ée]pens(?:e|era|erait|eront|eraient|er)|gastar(?:[áa]|[íi]a|[áa]n|[íi]an)?|gasta|spender(?:[àa]|ebbe|anno|ebbero)|spende|gastar[áa]|gastaria|ausgeben|ausgeben wird|investir(?:[áa]|ia))\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:cette ann[ée]e|l['’]an prochain|cette ann[ée]e fiscale|este a[ñn]o|el pr[óo]ximo a[ñn]o|quest['’]anno|il prossimo anno|nel 20\d\d|este ano|no pr[óo]ximo ano|dieses Jahr|im n[äa]chsten Jahr|en 20\d\d)|\b(?:dieses|in diesem|im (?:laufenden|n[äa]chsten|kommenden)) (?:Gesch[äa]fts)?[Jj]ahr\b[^.;]{0,100}?\b(?:ausgeben|investieren|stecken)\b/i,
  ],
  [
    // "it bought about $1 billion of CoreWeave services in 2024", "had bought about $1 billion worth of services from
    // CoreWeave in 2024", "a acheté pour 1 milliard … à CoreWeave en 2024", "kaufte 2024 Dienste …", "compró … en
    // 2024", "ha acquistato … nel 2024", "comprou … em 2024", "1 milliard de dollars de services achetés en 2024",
    // "Dienste für 1 Milliarde Dollar im Jahr 2024 eingekauft", "servicios comprados en 2024": what a buyer spent
    // over a past year, no contract's value.
    'year-purchases-near',
    fastWordStarts(
      /\b(?:bought|purchased|spent|paid|achet[ée]|dépensé|pay[ée]|compr(?:[óo]|ado)|gast(?:[óo]|ado)|pag(?:[óo]|ado)|acquistato|comprato|speso|pagato|comprou|gastou|pagou)\s[^.;]{0,40}?\d(?:[^.;]|\.(?=\d)){0,80}?\s(?:in|during|en|au cours de l['’]année|durante(?: il)?|nel|em)\s(?:fiscal\s)?20\d\d\b|\b(?:kaufte|kauften|zahlte|zahlten)\s(?:im Jahr\s)?20\d\d\b|\b(?:services|servicios|servizi|servi[çc]os|Dienste|Dienstleistungen|Leistungen)\s(?:[\p{L}-]+\s){0,2}?(?:achet[ée]s|acquis|pay[ée]s|comprad[oa]s|adquirid[oa]s|pagad[oa]s|acquistati|comprati|pagati|gekauft|eingekauft|bezogen)\s(?:en|au cours de|durante|nel|nell['’]anno|em|im(?: Jahr)?|in)\s20\d\d\b|\b(?:im Jahr|in)\s20\d\d\s[^.;]{0,40}?\b(?:Dienste|Dienstleistungen|Leistungen)\s(?:[\p{L}-]+\s){0,2}?(?:gekauft|eingekauft|bezogen)\b/iu,
    ),
  ],
  ['capex-near', CAPEX_RE],
  [
    // "The cost of the conversion is about $40 million", "Die Kosten für den Umbau … belaufen sich auf rund 55
    // Millionen kanadische Dollar": what building or converting a site costs its owner, no contract's value.
    'build-cost-near',
    /\bcosts? (?:of|for) (?:the )?(?:conversion|construction|building|build-?out|retrofit|refurbishment|works)\b|\b(?:construction|conversion|build(?:ing)?|retrofit) costs?\b|\bKosten f[üu]r (?:den|die) (?:Umbau|Bau|Ausbau|Neubau|Errichtung)\b|\b(?:Bau|Umbau|Ausbau|Errichtungs)kosten\b|\bco[ûu]ts? (?:de (?:la )?(?:conversion|construction|transformation)|des travaux)\b|\bcostos? (?:de (?:la )?(?:conversi[óo]n|construcci[óo]n)|de (?:las )?obras)\b|\bcost[oi] (?:della |di )?(?:conversione|costruzione)\b|\bcustos? (?:da |de )?(?:convers[ãa]o|constru[çc][ãa]o)\b/i,
  ],
  [
    // "a right of first offer on up to 1,000 MW more", "un marco para desarrollar hasta 2.295 MW en su cartera": a
    // right to a future contract or a development pathway, no contract of its own (nor its size a deal's).
    'option-right-near',
    /\bright of first (?:offer|refusal|negotiation)|\bROF[OR]\b|droit de (?:premi[èe]re offre|premier refus|pr[ée]f[ée]rence|pr[ée]emption)|derecho (?:de primera (?:oferta|opci[óo]n|negociaci[óo]n)|de tanteo|preferente)|(?:Vorkaufs|Erstangebots|Vorhand)recht|Recht auf (?:ein )?erstes Angebot|diritto di (?:prima offerta|prelazione|primo rifiuto)|direito de (?:primeira oferta|prefer[êe]ncia|primeira recusa)|\bframework (?:agreement )?to (?:develop|build out|support)|\bdevelopment framework|\bpathway to (?:develop|support|build)|cadre (?:de d[ée]veloppement|pour d[ée]velopper)|marco (?:para|de) desarroll|Rahmen(?:vereinbarung|abkommen|vertrag)? (?:zur|f[üu]r die) (?:Entwicklung|Erschlie[ßs]ung)|(?:accordo )?quadro (?:per|di) svilupp|acordo-quadro (?:para|de) desenvolv|quadro para desenvolv/i,
  ],
  [
    'risk-factor',
    /\brisks?\b(?<!(?:(?:counterparty|credit|execution|tenant|default|financing|construction) |de-)risks?)(?<!\b(?:reduc|lower|mitigat|limit|minimi[sz]|cut)\w* (?:\S+ )?risks?)(?! out of\b)|could (?:adversely|harm|negatively)|may (?:adversely|harm|not be able)|depend on a limited number|limited number of customers|concentration of|no assurance|cannot assure|pourrait (?:nuire|affecter)|risques?\b(?<!\b(?:r[ée]dui|limit|att[ée]nu|diminu|abaiss)\S* (?:\S+ ){0,2}risques?)/i,
  ],
];

/** What a capacity contract's clause speaks of: capacity, compute, a site, or the contract itself. */
const CAPACITY_OR_CONTRACT_RE =
  /\b(?:compute|computing|cloud|capacity|capacit\w{0,4}|gpus?|tpus?|data ?cent(?:er|re)s?|rechenzentr\w{0,4}|rechenleistung|centr[oi]s? (?:de|dei) dat[oi]s?|centri dati|centres? de donn[ée]es|servers?|serveurs|chips?|puces|infra\w{0,12}|azure|aws|hosting|colocation|backstop|guarant\w{0,4}|garant\w{0,4}|obliga\w{0,8}|obriga\w{0,8}|commitments?|engagements?|compromisos?|impegn\w{0,3}|compromissos?|zusagen?|aluguel|loyers?|rent|megawatts?|gigawatts?|calcul|computa\w{0,5}|nuvem|nuage|nube|\d\s?(?:mw|gw)|leases?|leasing|bail|baux|\w{0,8}miet\w{0,8}|alquiler|arrendamiento|locazione|arrendamento|agreements?|contracts?|deals?|accords?|contrats?|\w{0,12}vertr[äa]ge?s?|\w{0,12}vereinbarung|acuerdos?|contrat[oi]s?|accord[oi]|acordos?|orders?|commandes?|auftrag|purchas\w{0,4}|bought)\b/i;

/** An investment's verb or noun anywhere in a sentence (the near-amount cue of 'equity-investment-near'). */
export const INVESTMENT_RE = NEGATIVE_CUES.find(([name]) => name === 'equity-investment-near')![1];

/** German puts the verb last: "… 50 Milliarden Dollar in eigene Rechenzentren zu investieren." */
const CLAUSE_FINAL_INVESTMENT_RE =
  /\b(?:zu\s)?(?:investieren|investiert|investierte|einzusteigen|einsteigen|eingestiegen|einzusammeln|eingesammelt|stecken|gesteckt|beteiligen|beisteuern|beisteuert|beizusteuern|zuschie[ßs]en|einschie[ßs]en)(?:\s(?:soll|sollen|will|wollen|wird|werden|werde|m[üu]ssen|muss|k[öo]nnte|k[öo]nnen|kann))?\s*[.!;,]?\s*$/i;

/**
 * "Im Gegenzug steigen Microsoft mit bis zu fünf Milliarden Dollar und Nvidia mit bis zu zehn Milliarden Dollar bei
 * dem Claude-Entwickler ein": German splits "einsteigen" (to buy in) around the amounts; the verb is before them,
 * its particle closes the clause after "bei …".
 */
const SEPARABLE_ENTRY_VERB_RE = /\bst(?:eig|ieg)(?:t|en|e)?\b/i;
const SEPARABLE_ENTRY_TAIL_RE = /\s(?:bei|in)\s(?:[^\s.;,]+\s){0,4}ein\s*[.!;,]?\s*$/i;

/**
 * "Google has invested $3 billion in Anthropic, while Amazon has committed $8 billion": an amount whose own clause
 * (`near`) names neither capacity nor a contract, after an investment told earlier in its sentence (`before`), is
 * an investment too; so is one whose clause (`tail`: from the amount to the clause's end) ends on a German
 * investment verb ("Nvidia will bis zu 10 Mrd und Microsoft bis zu 5 Mrd in Anthropic investieren").
 */
export function isInvestmentAmount(before: string, near: string, tail: string): boolean {
  if (CLAUSE_FINAL_INVESTMENT_RE.test(tail)) return true;
  if (SEPARABLE_ENTRY_TAIL_RE.test(tail) && SEPARABLE_ENTRY_VERB_RE.test(before)) return true;
  return !CAPACITY_OR_CONTRACT_RE.test(near) && INVESTMENT_RE.test(before);
}

/**
 * "the deal values Nebius, which supplies GPU capacity to Microsoft, at $24 billion", "valorise la société,
 * …, à 14 milliards", "la start-up, valorisée autour de 350 milliards": the amount right after "at"/"à" (or
 * "autour de") is what the company is worth, however long the aside.
 * `before` is the text just before the amount.
 */
const VALUES_COMPANY_AT_RE =
  /(?:\b(?:value|values|valuing|valued)\s(?:(?!(?:contract|deal|agreement|lease|order|commitment|capacity|backstop)s?\b)[\p{Ll}-]{1,20}\s){0,3}(?:company|firm|start-?up|group|business|lab|maker|provider|operator|it|itself|them|[A-Z][\p{L}\d&.-]{1,30})\b[^.;]{0,160}\s(?:at|near|around|above)|valoris(?:e|ent|ait|aient|era|ant)\s[^.;]{0,160}\s(?:à|a)|valoris[ée]e?s?\s(?:autour|aux alentours|au-del[àa]|au-dessus)\sde|(?:est|[ée]tait|serait|sera|a [ée]t[ée])\s(?:d[ée]sormais\s|aujourd['’]hui\s|maintenant\s)?valoris[ée]es?(?:\sà)?)\s(?:about\s|approximately\s|roughly\s|around\s|some\s|nearly\s|more than\s|environ\s|pr[èe]s de\s|quelque\s|plus de\s)?~?$/u;
/**
 * The same in German, Spanish, Italian and Portuguese: "Der Deal bewertet Core Scientific mit 9 Milliarden Dollar",
 * "el acuerdo valora a Core Scientific en", "valuta Core Scientific", "avalia a Core Scientific em". Read only after a
 * literal check (most amounts have none of these verbs before them).
 */
const VALUES_WORD_RE = /bewerte|valor|valuta|avalia/;
const VALUES_COMPANY_IN_RE =
  /(?:\bbewerte(?:t|te)\s(?:das Unternehmen\s|den Konzern\s|die Firma\s|[A-Z][\p{L}\d&.-]{1,30}\s(?:[A-Z][\p{L}\d&.-]{1,30}\s)?)mit|\bvalor(?:a|aba|ó|ará)\s(?:a\s)?(?:la empresa\s|la compañía\s|[A-Z][\p{L}\d&.-]{1,30}\s(?:[A-Z][\p{L}\d&.-]{1,30}\s)?)en|\bvaluta(?:va)?\s(?:la società|l['’]azienda|[A-Z][\p{L}\d&.-]{1,30}(?:\s[A-Z][\p{L}\d&.-]{1,30})?)(?:\s(?:a|in))?|\bavalia(?:va|ou)?\s(?:a empresa\s|a\s[A-Z][\p{L}\d&.-]{1,30}\s(?:[A-Z][\p{L}\d&.-]{1,30}\s)?)em)\s(?:rund\s|etwa\s|knapp\s|gut\s|über\s|unos\s|cerca de\s|circa\s)?~?$/u;

export function valuesCompanyAt(before: string): boolean {
  return (
    VALUES_COMPANY_AT_RE.test(before) || (VALUES_WORD_RE.test(before) && VALUES_COMPANY_IN_RE.test(before))
  );
}

/** Revenue words kill a sentence unless it also ties a contract to a named counterparty. */
export const REVENUE_RE =
  /\brevenues?\b|chiffre d['’]affaires|\bumsatz|\bingresos\b|\bingres[óo](?=\s)|\bfactur[óo](?=\s)|\bricavi\b|\breceita\b|\bfatturato\b|quarterly results|r[ée]sultats trimestriels/i;
export const CONTRACT_WITH_RE =
  /(?:agreement|contract|order form|deal|accord|contrat|vertrag|acuerdo|contratto|contrato)s? (?:with|avec|mit|con|com)\b|signed|signs|a sign[ée]|entered into/i;

/**
 * The hard-negative kind a sentence is about, or null. Equity cues (warrants, stakes) often ride along with a
 * real contract in the same sentence, so they count only near the amount (`near`: the text around it).
 */
/**
 * "in talks to invest billions in Google's AI chips", "invested $300 billion in Oracle cloud services", "investire miliardi nei chip per l'IA sviluppati da Alphabet",
 * "investir des milliards dans les puces de Google": money put into goods buys them; it takes no stake in a company.
 */
const INVESTS_IN_GOODS_RE =
  /\b(?:invest(?:s|ed|ing)?|investir|investit|investissent|investira|investi|investire|invertir|invirti[óo]|investiu|investieren|investiert)\s(?:[^\s.;]+\s){0,5}?(?:in|into|nei|negli|nelle|nel|dans les|dans des|dans le|dans la|en|in den|in die|nos|nas|em)\s(?:[^\s.;]+\s){0,3}?(?:chips?|hardware|mat[ée]riel|semiconductors|semiconduttori|puces|semi-?conducteurs|TPUs?|GPUs?|Chips|Halbleiter|semiconductores|semicondutores|cloud services|cloud capacity|computing capacity|compute capacity|services cloud|capacit[ée]s? de calcul|Cloud-Dienste|Rechenleistung|Rechenkapazit[äa]t|servicios (?:en la |de )nube|capacidad de c[óo]mputo|servizi cloud|capacit[àa] di calcolo|servi[çc]os de nuvem|capacidade de computa[çc][ãa]o)\b/giu;

/** The text with money put into goods read as buying them ("investit massivement dans le matériel" → " buy "). */
export function goodsBoughtNotInvested(text: string): string {
  // A cheap literal check first: most sentences invest in nothing.
  return /inve[rs]t/i.test(text) ? text.replace(INVESTS_IN_GOODS_RE, ' buy ') : text;
}

export function negativeCue(sentence: string, near: string = sentence): string | null {
  sentence = goodsBoughtNotInvested(sentence);
  near = goodsBoughtNotInvested(near);
  // The first cue in NEGATIVE_CUES' order that holds, each kind read on its own text. Each half is remembered
  // per text (speed only: the same answer as one loop over the list): a sentence asked again with another
  // `near` (as the sentence before the next amount) and the empty half of ('', near) cost nothing.
  const s = firstCueIn(sentence, SENTENCE_WIDE);
  const n = firstCueIn(near, NEAR_AMOUNT);
  const first = s < 0 ? n : n < 0 ? s : Math.min(s, n);
  if (first >= 0) return NEGATIVE_CUES[first]![0].replace('-near', '');
  return otherNegativeIn(sentence, '');
}

const SENTENCE_WIDE = 'sentence';
const NEAR_AMOUNT = 'near';
/**
 * Each kind's cues with their index in NEGATIVE_CUES, in list order: the loop below asks only its own kind's
 * patterns instead of reading every cue's name on every call (speed only: the same patterns, in the same order).
 */
const CUES_OF_KIND = new Map(
  [SENTENCE_WIDE, NEAR_AMOUNT].map((kind) => [
    kind,
    NEGATIVE_CUES.flatMap(([name, re], i) =>
      name.endsWith('-near') === (kind === NEAR_AMOUNT) ? [[i, re] as const] : [],
    ),
  ]),
);
/** The index in NEGATIVE_CUES of the first cue of that kind (sentence-wide or "-near") that `text` holds, or -1. */
const firstCueIn = memoizeByStrings((text: string, kind: string): number => {
  for (const [i, re] of CUES_OF_KIND.get(kind) ?? []) if (re.test(text)) return i;
  return -1;
});

/** The sentence-wide negatives beyond the cue list: buying a company, revenue that is no contract's. */
const otherNegativeIn = memoizeByStrings((sentence: string): string | null => {
  if (buysCompany(sentence)) return 'acquisition';
  const revenue = REVENUE_RE.exec(sentence);
  if (revenue && !revenueOfAContract(sentence, revenue.index) && amountNear(sentence, revenue.index))
    return 'revenue-backlog';
  return null;
});

/**
 * "the Leases are expected to generate $7 billion of revenue", "contracted revenue", "rental revenue": revenue of one contract,
 * named before the revenue word; "cloud revenue driven by contracts with Anthropic" is not.
 */
/**
 * Revenue over a contract's term ("about $3 billion of revenue over the initial term", "i ricavi attesi
 * sull'intera durata", "über die Laufzeit") or the contract's value itself ("Il valore è di circa 5,5
 * miliardi"): one contract's, not a company's results. Six languages.
 */
const CONTRACT_TERM_REVENUE_RE =
  /over (?:the|its|their) (?:initial |base |full |entire |whole |\d+-year )?(?:terms?|lifetimes?|lives)\b|sur (?:la|leur|sa) dur[ée]e|pendant (?:la|sa) dur[ée]e|[üu]ber die (?:gesamte |volle )?Laufzeit|(?:durante|a lo largo de) (?:el|la|su|toda la) (?:plazo|vigencia|duraci[óo]n|contrato)|sull['’](?:intera )?durata|per (?:l['’]intera|tutta la) durata|ao longo (?:do|de todo o) (?:prazo|contrato)|durante o prazo|^(?:the |its |il |le |la |der |el |o )?(?:total |contract |overall )?(?:value|valore|valeur|Wert|valor)\b/i;

export function revenueOfAContract(sentence: string, at: number): boolean {
  if (
    /contracted revenue|contract revenue|revenus contractuels|revenue (?:from|under) (?:the|this|these|each) (?:contract|agreement|lease)|\b(?:rental|lease) (?:revenue|income)|revenus locatifs|Mieteinnahmen|ingresos (?:por|de) (?:alquiler|arrendamiento)|ricavi (?:da|di) locazione|receitas? de (?:aluguel|arrendamento)/i.test(
      sentence,
    ) ||
    REVENUE_FROM_CONTRACTS_WITH_RE.test(sentence) ||
    CONTRACT_TERM_REVENUE_RE.test(sentence)
  )
    return true;
  // "Der Deal katapultiert Oracle auf einen neuen Wachstumspfad: Das Cloud-Geschäft des Konzerns erzielte … 10,3
  // Milliarden Dollar Umsatz": a contract named in a lead-in before a colon frames the company's results told after
  // it; only the text from the colon on may make it a contract's revenue. (A semicolon is no such cut: "Microsoft
  // signed a $17.4 billion deal with Nebius; Nvidia posted record revenue" keeps its contract.)
  const before = sentence.slice(sentence.lastIndexOf(': ', at) + 1, at);
  return (
    CONTRACT_NOUN_RE.test(before) ||
    LEASE_VERB_RE.test(before) ||
    (CONTRACT_WITH_RE.test(before) && !/results|r[ée]sultats/i.test(before))
  );
}

/**
 * A landlord's verb of renting out, before the revenue word: "alquilará a CoreWeave 200 MW … con ingresos de",
 * "loue 200 MW à CoreWeave, pour des revenus de", "vermietet … Umsatz von": the revenue is that lease's.
 */
const LEASE_VERB_RE =
  /\b(?:leases?|leased|leasing|rents? out|loue(?:ra|ront|nt)?|vermiete(?:t|n|te)?|alquila(?:r[áa]|n|r[áa]n)?|arrienda(?:r[áa]|n)?|affitta(?:no|er[àa])?|d[àa] in locazione|aluga(?:r[áa]|m)?|arrenda(?:r[áa]|m)?)\s/i;

/** How far after a revenue word an amount must be for the revenue to be that amount's (before it: a third). */
const REVENUE_REACH = 60;
const AMOUNT_WORD_RE = /\d|billion|million|milliard|milliarden|millones|miliardi|bilh|bn\b/i;

/**
 * "los ingresos contratados del acuerdo de colocation a diez años ascienden a 6.700 millones": revenue told far
 * from any amount is no amount's; "$7 billion of revenue" tells its amount just before the word.
 */
function amountNear(sentence: string, at: number): boolean {
  // A table's header names no amount: its revenue word speaks for the rows below.
  if (!AMOUNT_WORD_RE.test(sentence)) return true;
  return (
    AMOUNT_WORD_RE.test(sentence.slice(Math.max(0, at - REVENUE_REACH / 3), at + REVENUE_REACH)) ||
    AMOUNT_IN_REVENUE_BEFORE_RE.test(sentence.slice(Math.max(0, at - REVENUE_REACH), at))
  );
}

/**
 * "$114 million in second-quarter cloud revenue", "114 Millionen Dollar Cloud-Umsatz": the amount, then "in" and up
 * to three words, or its currency and a compound's first part, before the revenue word ("4.000 millones de dólares
 * de ingresos contratados" is a contract's revenue, told as usual).
 */
const AMOUNT_IN_REVENUE_BEFORE_RE =
  /(?:\d|billion|million|milliard|millones|miliardi|bilh|bn\b)\S*\s(?:in\s(?:[\p{L}-]+\s){0,3}|(?:US-)?(?:Dollar|Euro)\s(?:\p{L}+-)?)$/iu;

/**
 * "$3.5 billion of revenue over twelve years from its new hosting contracts with CoreWeave": the revenue of named
 * contracts with a counterparty, told after the revenue word, is those contracts' value.
 */
const REVENUE_FROM_CONTRACTS_WITH_RE =
  /\brevenues?\s(?:[^.;]{0,60}?\s)?(?:from|under|through)\s(?:its\s|the\s|these\s|their\s|this\s|those\s)?(?:[\w-]+\s){0,3}(?:contracts?|agreements?|leases?)\s(?:signed\s)?with\b/i;

export const CONTRACT_NOUN_RE =
  /\b(?:leases?|contracts?|agreements?|order form|deal|(?:these|those|the) deals|contracted|accords?|contrats?|baux|bail|vertrag|vertr[äa]ge|vertr[äa]gen|mietvertr[äa]ge?|acuerdos?|contratos?|contratto|contratti|accord[oi]|acordos?|locazione|arrendamientos?|arrendamento|alquiler|aluguel)\b/i;

const TERMINATED_RE = withCues(
  String.raw`terminat(?:e|ed|es|ion)|scrapped|scraps|called off|calling off|calls off|abandon(?:ed|s)|abandonn[ée]|\bstorniert|aufgek[üu]ndigt|abgesagt|anulad|cancellat|annullat|cancelad|rescindid|rescis|cancel(?:l?ed|s|l?ation)|walk(?:ed|s)? away(?! with)|pulled out of|r[ée]sili(?!en)|annul[ée]|rompu|mis fin|(?<!an)gek[üu]ndigt|cancelad|rescind|annullat`,
  'i',
  'terminated',
);
/** How far talks have gone ("in advanced talks", "in early discussions"): one list for the three nouns. */
const TALKS_STAGE = '(?:advanced|deep|early|preliminary|exclusive|late-stage|detailed|serious)';
const IN_TALKS_RE = withCues(
  String.raw`in (?:${TALKS_STAGE} )?talks|en negociaci[óo]n|em negocia[çc][ãa]o|in trattativa|in Verhandlung|\bstalled\b|\bon hold\b|\bnearing\b|\bnears\b|\bmulls?\b|\bconsider(?:s|ing)? (?:leasing|renting|buying|using)\b|au point mort|en suspens|\bproche d['’]un accord|\bnegocia(?:n)? con\b|\bnegociar[íi]a|(?<!ri)negoziat|\bnegozia\b|\btratta con\b|\bnegocia com\b|\bnegociaria\b|\bverhandeln\b|\bverhandelte\b|kurz vor (?:einem|dem) (?:Abschluss|Deal|Vertrag)|in (?:${TALKS_STAGE} )?discussions|in (?:${TALKS_STAGE} )?negotiations|negotiating|nearing (?:a |an )?(?:deal|agreement)|close to (?:a |an )?(?:deal|agreement)|discussing|exploring (?:a |an )?(?:deal|agreement)|en (?:discussions?|n[ée]gociations?|pourparlers) |en pourparlers|en n[ée]gociations?|en discussions?|n[ée]gocie|n[ée]gocient|discute avec|discut(?:e|ent|ait|aient) (?:\S+ ){1,2}?avec|discutent|\b(?:sta|stanno|stava|stavano) (?:\S+ )?(?:trattando|negoziando|discutendo)\b|in gespr[äa]chen|verhandelt|verhandlungen|en conversaciones|negocia(?:ndo|ciones)|in trattative|em negocia[çc][õo]es|em conversas`,
  'i',
  'inTalks',
);
// "according to CIO.com", "selon le média spécialisé CIO.com", "according to Fortune": a news site's word; "first
// announced by the Wall Street Journal", "annunciata dal Wall Street Journal", "The Wall Street Journal revealed
// that", "le Wall Street Journal a révélé", "desveló", "enthüllte": a newspaper's finding.
const REPORTED_RE = withCues(
  String.raw`reportedly|${ACCORDING_TO_SOURCES}|the information|[\w-]+\.(?:com|net|org|io)\b|fortune|forbes|axios|semafor|techcrunch|the verge|business insider|barron['’]s|(?:the )?new york times|datacenter ?dynamics|the register)|(?:selon|seg[úu]n|laut|secondo|segundo|per) (?:(?:le|la|el|il|o|a|dem|der|the) )?(?:\S+ ){0,2}?[\w-]+\.(?:com|net|org|io|fr|de|es|it)\b|(?:announced|annunciat[oa]|annonc[ée]e?|anunciad[oa]|anunciad[oa]s?|bekanntgegeben) (?:\S+ ){0,2}?(?:by|dal|da|par|por|pelo|von) (?:the |il |le |el |o |dem )?${OUTLET}|\b${OUTLET}(?:\s\S+){0,2}?\s(?:ha annunciato|has announced|announced|a annonc[ée]|anunci[óo]|revealed|disclosed|uncovered|a r[ée]v[ée]l[ée]|r[ée]v[ée]l(?:e|ait)|desvel[óo]|revel[óo]|enth[üu]llte|ha rivelato|rivela|identified|a identifi[ée]|identific[óo]|identificou|ha identificato|identifizierte|(?:public[óo]|inform[óo](?: de)?|report[óo]|publicou|informou|noticiou|a publi[ée]|a rapport[ée]|ha pubblicato|ha riferito|ha scritto|berichtete|meldete),? (?:que|qu['’]|che|dass))|\b(?:seg[úu]n|de acuerdo con) (?:un (?:informe|reportaje)|(?:la )?informaci[óo]n) de\b|\bd['’]apr[èe]s un (?:rapport|article) d|\bselon un (?:rapport|article) d|\bsegundo (?:um relat[óo]rio|uma reportagem|informa[çc][õo]es) d|\bsecondo un (?:rapporto|articolo) d|\blaut einem Bericht (?:von|der|des)\b|\btal (?:y )?como (?:ha )?(?:avanzado|adelantado|publicado|informado)\b|\bcomo (?:informa|inform[óo]|informou|reporta|report[óo]|publica|public[óo]|adelant[óo]|revel[óo]) (?!(?:a|la|el|o) (?:empresa|compa[ñn][íi]a|companhia|firma|grupo|sociedade|sociedad)\b)|(?:[ée]crit|indique|rapporte|r[ée]v[èe]le|rivela|scrive|riporta|writes|wrote|escribe|revela|schreibt) (?:le |la |il |the |el |o |das |die |der )?(?:wall street journal|wsj|financial times|the information|bloomberg|cnbc|handelsblatt|les [ée]chos)|people (?:familiar|with knowledge)|persons? familiar|sources (?:familiar|said|say)|(?:is|are) said to|reported (?:that|on|late|earlier|at)|(?:a|its|the) reported (?:US)?\$|(?:a |the )?report (?:by|from|in)|${CITING_SOURCES}|the information reported|journal reported|bloomberg reported|reuters reported|\baurai(?:t|ent)\b|${SELON_SOURCES})|${DAPRES_SOURCES})|sources proches|berichten zufolge|\b(?:wsj|ft|bloomberg|reuters|cnbc|handelsblatt|(?:wall street )?journal|financial times|information|insidern) zufolge|laut (?:insidern|kreisen|bloomberg|reuters|medienberichten)|berichtet|seg[úu]n (?:fuentes|medios|bloomberg|reuters)|secondo (?:fonti|bloomberg|reuters|indiscrezioni)|segundo (?:fontes|a bloomberg|a reuters)`,
  'i',
  'reported',
);
const EXPANDED_RE = withCues(
  String.raw`exercised (?:its|an|the|their) option|\bexercis(?:ed|es|ing) (?:its|an|the|their|a) (?:\S+ ){0,2}option|\b(?:following|after|with|upon) (?:the|its|this) exercise of\b|\bfollowing the exercise\b|(?<![a-zà-ÿ])${OPTION_TAKEN.fr}\b|(?<![a-zà-ÿ])(?:l[èe]ve|l[èe]vent|exerce|exercent) (?:sa|son|une|l['’]|leur|ses|les) ?(?:\S+ )?options?\b|\b${OPTION_TAKEN.es}\b|\bOption(?:en)? (?:\S+ ){0,8}(?:aus(?:ge[üu]bt|[üu]bt)|gezogen)\b|\b(?:[üu]bte|[üu]bt|zog|zieht) (?:\S+ ){0,4}Option(?:en)? (?:\S+ ){0,3}(?:aus|gezogen)\b|\b(?:nahm|nimmt) (?:\S+ ){0,6}Option(?:en)? (?:\S+ ){0,5}wahr\b|\bOption(?:en)? (?:\S+ ){0,3}wahrgenommen\b|\b${OPTION_TAKEN.it}\b|\besercit(?:a|ano) (?:l['’]|un['’]|la|una|sua|le) ?(?:\S+ )?opzion[ei]\b|\b${OPTION_TAKEN.pt}\b|increase[sd]? (?:its|the|their) (?:backstop|commitment|contract|agreement|guarantee)|a (?:augment[ée]|relev[ée]|port[ée]) (?:sa|son|leur)|a exerc[ée] (?:son|une|l['’])\s?option|\bexpand(?:s|ed|ing)?\b|\bexpansion\b|\bextend(?:s|ed)? (?:its|the|their)|\bupsiz|bringing (?:the |its |their )?total|brings? (?:the |its |their )?total|\badds?\b|an additional|additional \$|[ée]largi|[ée]tend(?:u|ent|ra)?\b|extension (?:du|de son|de leur|de l['’])|suppl[ée]mentaires?|portant (?:le total|la valeur|son|leur)|porte (?:le total|la valeur)|erweitert|erweiterung|ampl[ií]a(?! (?:a|la|sua|su) (?:lista|carteira|cartera|base|rede|red|rete) d)|ampli[óo]|ampliad[oa]|ampliaci[óo]n|ampliou|amplia[çc][ãa]o|espande|ampliamento|expande|\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) (?:[a-zà-ÿ-]+ ){0,3}(?:lease|contract|agreement|order|order form|building|phase|tranche|deal|hall)s?\b|\b(?:increas|boost|rais|lift|upp|doubl|tripl|enlarg|amend|widen|broaden)\w{0,4}\s(?:the (?:value|size|scope|ceiling) of\s)?(?:its|the|their)\s(?:[a-zà-ÿ-]+\s){0,4}(?:contract|agreement|commitment|deal|order|backstop|lease|guarantee|partnership)s?\b|\bamended (?:order|agreement|contract|lease)|\bamendment to (?:its|the|their)|\ban extra\b|\bon top of (?:a|an|the|its|their) (?:prior|previous|earlier|existing|original)\b|\b(?:billion|million|bn|B|M) more (?:in|of|for|worth|on)\b(?<!\bup to \S*\s?(?:billion|million|bn|B|M) more \w+)|\bmilliards? de dollars de plus\b(?<!\bjusqu['’]à \S+ milliards? de dollars de plus)|\bmillones de d[óo]lares m[áa]s(?<!\bhasta \S+ millones de d[óo]lares m[áa]s)|\bmiliardi(?: di dollari)? in pi[ùu](?<!\bfino a \S+ miliardi(?: di dollari)? in pi[ùu])|\bbilh(?:[õo]es|[ãa]o)(?: de d[óo]lares)? a mais\b(?<!\bat[ée] (?:US\$ ?)?\S+ bilh(?:[õo]es|[ãa]o)(?: de d[óo]lares)? a mais)|\bwith (?:this|the|that) addition\b|\bin addition to (?:the|its|their) (?:\S+ ){0,2}(?:leases?|contracts?|agreements?|orders?)|together with (?:the|its|their) (?:\S+ ){0,2}(?:leases?|contracts?|agreements?|orders?|deals?) (?:announced|signed|disclosed|entered)|\bnow (?:totals?|represents?|stands? at|amounts? to|reach(?:es)?|covers?)\b|\bbrings? (?:its |the )?total\b|\badditional\b|\ba further\b (?:\S+ ){0,3}(?:agreement|lease|contract|order)|\banother\b(?<!\bjust another|\bnot another|\bthan another) (?:\S+ ){0,3}(?:agreement|lease|contract|order|tranche|building)|rallonge|nouvelle tranche|(?:deuxi[èe]me|troisi[èe]me|quatri[èe]me|cinqui[èe]me|second|seconde) (?:bail|contrat|accord|tranche|commande|b[âa]timent)|s['’]ajout(?:e|ent|ant)|(?:hisse|hissant|fait passer|faisant passer) (?:la valeur|le total|le montant)|repr[ée]sent(?:e|ent) d[ée]sormais|\bport(?:e|ent|ée?) (?:d[ée]sormais )?(?:à|le total)`,
  'i',
  'expanded',
);

/**
 * "Its Microsoft contract could be terminated if it fails to meet the delivery timelines", "Meta has the right to
 * terminate", "le contrat pourrait être résilié si", "kann … gekündigt werden", "podría rescindirse si", "potrebbe
 * essere risolto se", "pode ser rescindido se": a contract's termination right or a risk of it, no termination.
 */
const CONDITIONAL_TERMINATION_RE =
  /\b(?:could|may|might|can|would)\s(?:\S+\s){0,2}?(?:be\s)?(?:terminat|cancel)\w*|\b(?:right|option) to (?:\S+ ){0,3}?(?:terminate|cancel)\w*|\b(?:early )?termination (?:rights?|clauses?|provisions?)|pourrai(?:t|ent) (?:\S+ )?(?:être )?(?:résili|annul)\w*|peu(?:t|vent) (?:\S+ )?(?:être )?(?:résili|annul)\w*|droit de (?:résili|mettre fin)\w*|(?:könnte|könnten|kann|können) (?:\S+ ){0,4}?(?:gekündigt|storniert|aufgelöst|kündigen|stornieren)\w*|Kündigungsrecht\w*|(?:podría|podrían|puede|pueden) (?:\S+ )?(?:ser )?(?:rescind|cancel|anul)\w*|derecho a (?:rescindir|cancelar)\w*|(?:potrebbe|potrebbero|può|possono) (?:\S+ )?(?:essere )?(?:risolt|rescind|annullat|cancellat|recedere)\w*|diritto di (?:recesso|recedere|risolvere)\w*|(?:poderia|poderiam|pode|podem) (?:\S+ )?(?:ser )?(?:rescind|cancel)\w*|direito de (?:rescindir|cancelar)\w*/giu;

/**
 * "OpenAI rompe l'esclusiva con Microsoft e firma un contratto … con Amazon", "beendet die Exklusivität mit Microsoft
 * und unterzeichnet", "met fin à l'exclusivité … et signe": what ends is another tie; the contract is signed in the
 * clause coordinated after it.
 */
const ENDS_OTHER_THEN_SIGNS_RE =
  /\b(?:rompe|rompi[óo]|beendet|beendete|met fin|mettent fin|breaks?|broke|ends?|ended)\b[^.;]{0,80}?\s(?:and|e|y|und|et)\s(?=(?:signs|signed|inks|inked|strikes|struck|firma|firm[óo]|unterzeichnet|unterzeichnete|signe|a sign[ée]|assina|assinou|sigla)\s(?:a|an|the|new|un|une|una|uno|um|uma|ein|eine|einen|nuevo|nuovo|novo|with|avec|mit|con|com)\b)/giu;

/**
 * "… y rompe su exclusividad con Microsoft", "ending its exclusive reliance on Microsoft", "met fin à l'exclusivité":
 * a buyer's exclusivity with another supplier ends, no contract.
 */
const EXCLUSIVITY_ENDED_RE =
  /\b(?:rompe|rompi[óo]|rompiendo|pone fin a|puso fin a|termina con|ends?|ended|ending|breaks?|broke|breaking|met fin à|mettant fin à|mettre fin à|beendet|beendete|rompe|ha rotto|interrompe|encerra|encerrou|p[õo]e fim à|rompeu)\s(?:\S+\s){0,3}?(?:exclusivi\p{L}*|exclusive|Exklusivit\p{L}*|esclusiv\p{L}*)/giu;

/** "… après avoir rompu avec Microsoft", "tras romper con Microsoft": a buyer left another supplier first. */
const PARTED_FROM_RE =
  /\b(?:after|following|tras|despu[ée]s de|apr[èe]s|nach|dopo|ap[óo]s|depois de)\s(?:(?:avoir|aver|haber|ter|der|dem)\s)?["“«]?(?:split(?:ting)?|separat\p{L}*|separarse|divorc\p{L}*|rompre|rompu|romper|rompere|rotto|Trennung|break(?:ing)? up|cut(?:ting)? ties)(?![\p{L}])/giu;

export function statusOf(sentence: string): MentionStatus {
  if (
    TERMINATED_RE.test(sentence) &&
    TERMINATED_RE.test(
      sentence
        .replace(CONDITIONAL_TERMINATION_RE, ' ')
        .replace(ENDS_OTHER_THEN_SIGNS_RE, ' ')
        .replace(EXCLUSIVITY_ENDED_RE, ' ')
        .replace(PARTED_FROM_RE, ' '),
    )
  )
    return 'terminated';
  const text = withoutRankings(
    withoutRelativeNegatedConditionals(withoutValueHearsay(withoutSourcesOfTalks(sentence))),
  );
  if (IN_TALKS_RE.test(text)) return 'in_talks';
  if ((REPORTED_RE.test(text) || citesMedia(text)) && !hedgeIsOwnStatement(text)) return 'reported';
  return expansionWords(text, true).length > 0 ? 'expanded' : 'signed';
}

/**
 * "Zur Erweiterung seiner Rechenkapazitäten hat Microsoft einen Vertrag … abgeschlossen", "pour l'extension de ses
 * capacités", "for the expansion of its capacity": the buyer's own capacity grown, told as the purpose of a new
 * contract, expands no contract.
 */
const PURPOSE_OPENING_BEFORE_RE = /(?:\bzur|\bpour l['’]|\bpara la|\bper l['’]|\bfor the|\bf[üu]r die)\s?$/i;
const OWN_CAPACITY_AFTER_RE =
  /^\p{L}*\s(?:seiner|ihrer|der eigenen|de (?:ses|sa|leurs?)|de (?:su|sus)|della (?:propria|sua)|delle (?:proprie|sue)|of (?:its|their))(?:\s[\p{L}-]+)?\s(?:\p{L}*kapazit|capacit|capacidad|infrastru|Infrastru|Rechenleistung)/iu;
/** After an expansion word: the company's own fleet or a fleet size it grows to. */
const FLEET_GROWTH_AFTER_RE =
  /^\p{L}*\s(?:of\s(?:its|their)\s(?:\S+\s)?(?:fleet|clusters?|footprint)|de\s(?:sa|su|leur)\s(?:flotte|flota|parc)|della\ssua\sflotta|da\ssua\sfrota|seiner\sFlotte|(?:to|à|a|auf)\s(?:about\s|roughly\s|some\s|more than\s|environ\s|unos\s|circa\s|rund\s)?[\d.,\s]+k?\s?(?:GPUs?|GPU)\b)/iu;

/**
 * After an expansion word: a campus grown to a level ("expands TeraWulf's Lake Mariner campus to about 360 MW",
 * "amplía el campus Lake Mariner de TeraWulf hasta unos 360 MW"), the site's size, not a lease's increment ("expanding
 * its campus for Fluidstack with 39 MW more" still grows the lease).
 */
// An aside may stand before the level: "el campus Lake Mariner, antes de 245 MW para minería, hasta unos 360 MW".
const CAMPUS_TO_LEVEL_AFTER_RE =
  /^\p{L}*\s(?:[\p{L}\d.&-]+['’]s\s|its\s|their\s|the\s|el\s|le\s|la\s|il\s|o\s|den\s|das\s)(?:[\p{L}-]+\s){0,3}?(?:campus|Campus|site|Standort)(?!\p{L})(?:\s[\p{L}'’-]+){0,5}?(?:,[^,.;]{1,40},)?\s(?:to|hasta|à|auf|até|para|fino a)\s(?:about\s|roughly\s|some\s|nearly\s|unos\s|environ\s|circa\s|rund\s|cerca de\s)?\d/u;

function ownGrowthAsPurpose(text: string, start: number, end: number): boolean {
  return (
    PURPOSE_OPENING_BEFORE_RE.test(textBefore(text, start, 10)) &&
    OWN_CAPACITY_AFTER_RE.test(text.slice(end, end + 60))
  );
}

/**
 * Where `text` says a contract grows: each expansion word's [start, end), or only the first when `first`. Not
 * "with an option to expand", "an option for an additional 150 MW" (a new contract), nor "its second
 * hyperscaler contract", "another multibillion deal, this time with Meta" (the seller's n-th customer); "a third
 * lease with CoreWeave" adds to one.
 */
export function expansionWords(text: string, first = false): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = EXPANDED_GLOBAL_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    /** The text from `start` to `n` characters past the word. */
    const from = (start: number, n: number): string => text.slice(start, end + n);
    if (expansionWordIsNot(text, at, end)) continue;
    if (NEW_CUSTOMER_RE.test(from(at, 40))) continue;
    if (ADDS_CUSTOMER_RE.test(from(at, 60))) continue;
    // "Additional contracts include US$9.7 billion with Iren": more of a buyer's contracts listed, each a new one.
    if (OTHER_CONTRACTS_RE.test(from(at, 40))) continue;
    if (OPTIONAL_ADDITION_RE.test(from(at, 70))) continue;
    // "The deal adds to the contract signed in September with Microsoft", "Il s'ajoute au contrat de 14,2 milliards
    // signé en septembre", "widens the contract Meta signed in September": a new deal told beside an earlier one.
    if (ADDS_TO_EARLIER_AFTER_RE.test(from(end, 70))) continue;
    if (CONDITION_BEFORE_RE.test(textBefore(text, at, 60))) continue;
    if (PURPOSE_ADDITION_RE.test(textBefore(text, at, 60))) continue;
    if (ownGrowthAsPurpose(text, at, end)) continue;
    // "… and plans an expansion to 140k GPUs", "supporting the expansion of its fleet": a company's own fleet grown.
    if (FLEET_GROWTH_AFTER_RE.test(from(end, 40))) continue;
    if (CAMPUS_TO_LEVEL_AFTER_RE.test(from(end, 90))) continue;
    // "which recently expanded into the U.S.", "a recent expansion in Kansas City": a company's reach grown.
    if (PLACE_AFTER_RE.test(from(end, 24))) continue;
    // "The $14.2 billion Meta contract expands CoreWeave's customer base", "Deal Expands Its Compute Alliance".
    if (OWN_REACH_AFTER_RE.test(from(end, 60))) continue;
    if (sideContract(text, at, end)) continue;
    if (coordinatedAddition(text, at)) continue;
    // "the planned expansion site in Abilene": a site named for its growth, leased as a whole.
    if (/^expansion$/i.test(m[0]) && SITE_AFTER_RE.test(from(end, 12))) continue;
    if (TO_EXPAND_BEFORE_RE.test(textBefore(text, at, 24)) && !CONTRACT_OBJECT_AFTER_RE.test(from(end, 40)))
      continue;
    out.push([at, end]);
    if (first) break;
  }
  return out;
}

/** A place after an expansion word: "into the U.S.", "in Kansas City", "en Europe", "nach Europa", "a Europa". */
const PLACE_AFTER_RE =
  /^\s(?:into|to|in|en|nach|in den|a|na|no|em)\s(?:the\s)?(?:U\.S\.|US\b|UK\b|EU\b|Europe|Europa|Asia|Asie|Asien|Am[ée]rica|Amerika|Am[ée]rique|Kansas|Texas|Finland|Finlande|Finnland|Finlandia|Norway|Norv[èe]ge|Norwegen|Noruega|Norvegia|Iceland|Islande|Island|Islandia|Israel|Isra[ëe]l|Japan|Japon|Jap[aã]o|Jap[óo]n|Giappone|France|Frankreich|Francia|Fran[çc]a|Germany|Allemagne|Deutschland|Alemania|Alemanha|Germania|Spain|Espagne|Spanien|Espa[ñn]a|Spagna|Espanha|Italy|Italie|Italien|Italia|It[áa]lia|Portugal|Portogallo|Brazil|Br[ée]sil|Brasilien|Brasil|Brasile|Mexico|Mexique|Mexiko|M[ée]xico|Messico|Canada|Kanada|Canad[áa]|India|Inde|Indien|[ÍI]ndia|new\s(?:markets|regions|countries|geographies))(?![a-z])/i;

/** What a company has, grown by a deal: its customers, its reach, its alliances; not a contract. */
const OWN_REACH_AFTER_RE =
  /^\s(?:its|their|the company['’]s|\p{Lu}[\p{L}\d.&-]*['’]s?)\s(?:[\p{L}-]+\s)?(?:customer|client|revenue|user)\s?base|^\s(?:its|their|the company['’]s|\p{Lu}[\p{L}\d.&-]*['’]s?)\s(?:[\p{L}-]+\s)?(?:footprint|reach|presence|portfolio|ecosystem|lead|dominance|alliances?|moat|capabilities|offering|ambitions)\b/iu;

/** A site's noun right after "expansion" ("the planned expansion site"). */
const SITE_AFTER_RE = /^\s(?:site|campus|land|footprint)\b/i;

/** A literal every negated conditional below holds: the pattern runs only when one is present. */
const NEGATED_CONDITIONAL_WORD_RE = /n['’]aurai|non avrebbe|no habr|não teria/i;
/**
 * "la capacité que Nebius n'aurait pas vendue", "che Nebius non avrebbe venduto", "que Nebius no habría vendido",
 * "que a Nebius não teria vendido": a negated conditional in a relative clause tells what the contract covers, not
 * who reports it; it is taken out before the press conditional ("Meta aurait signé") is looked for.
 */
const NEGATED_RELATIVE_CONDITIONAL_RE =
  /\b(?:que|qu['’]|qui|dont|che|cui|cual)\s(?:\S+\s){0,3}(?:n['’]aurai(?:t|ent)|non\savrebbe(?:ro)?|no\shabr[íi]an?|não\steriam?)/giu;

function withoutRelativeNegatedConditionals(text: string): string {
  return NEGATED_CONDITIONAL_WORD_RE.test(text) ? text.replace(NEGATED_RELATIVE_CONDITIONAL_RE, ' ') : text;
}

/** EXPANDED_RE to walk its matches, compiled once (statusOf runs for every candidate). */
const EXPANDED_GLOBAL_RE = new RegExp(EXPANDED_RE.source, 'gi');

/**
 * "with additional services that could take it to $19.4 billion", "con i servizi aggiuntivi che Microsoft potrebbe
 * richiedere", "des services supplémentaires qui pourraient", "zusätzliche Leistungen, die … könnten", "additional
 * services could lift it to $19.4 billion": an addition the buyer may ask for is an option of a new contract, not a
 * growth of an earlier one.
 */
const OPTIONAL_ADDITION_RE =
  /^\S+(?:\s\S+){0,3}?,?\s(?:(?:that|which|qui|que|che|die|das|den)\s(?:\S+\s){0,2}?(?:could|might|may|would|pourrai(?:t|ent)|k[öo]nnte(?:n)?|podr[íi]an?|potrebbe(?:ro)?|poderia(?:m)?)|(?:could|might|would|pourrai(?:t|ent)|k[öo]nnte(?:n)?|podr[íi]an?|potrebbe(?:ro)?|poderia(?:m)?))\b/i;

/**
 * "qualora Microsoft decidesse di acquistare servizi aggiuntivi", "should Microsoft decide to buy additional
 * services", "si Microsoft achète des services supplémentaires", "se a Microsoft contratar serviços adicionais": an
 * addition told as a condition is an option ("si" and "se" only before a name, maybe with its article: "se comprometió
 * a contratar servicios adicionales" is reflexive).
 */
const CONDITION_BEFORE_RE =
  /(?:\b(?:[Ii]f|[Ss]hould|[Qq]ualora|[Ww]enn|[Ff]alls|[Ss]ofern|[Cc]aso)|\b[Ss][ie](?=\s(?:(?:a|o|la|le|il|el|l['’])\s?)?\p{Lu}))\s(?:[^\s.,;]+\s){1,5}$/u;

/**
 * "signed a $14.2 billion contract with CoreWeave to secure additional AI cloud capacity", "pour garantir une
 * capacité cloud supplémentaire", "para asegurarse capacidad adicional", "per garantire capacità aggiuntiva", "um
 * sich zusätzliche Kapazität zu sichern": capacity the buyer needs beyond its own, the purpose of a new contract, not
 * the growth of an earlier one; so is what a buyer turns to a provider for ("turned to CoreWeave for additional AI
 * computing power", "s'est tourné vers CoreWeave pour").
 */
/**
 * "to buy $30 billion of Azure capacity, with an additional contract for 1 GW", "con un contratto aggiuntivo per
 * 1 gigawatt", "avec un contrat supplémentaire": a further contract told beside the amount's, not its growth.
 */
const SIDE_CONTRACT_BEFORE_RE =
  /\b(?:with|avec|con|mit|com)\s(?:(?:an?|un[ea]?|einem|einer|uma?)\s)?(contrat\s|contratto\s|contrato\s|accordo\s|acuerdo\s|acordo\s|accord\s)?$/i;
const CONTRACT_AFTER_RE =
  /^\s(?:contracts?|agreements?|deals?|leases?|orders?|options?|contrats?|accords?|Vertrag|Auftrag)\b/i;

function sideContract(text: string, start: number, end: number): boolean {
  const m = SIDE_CONTRACT_BEFORE_RE.exec(textBefore(text, start, 30));
  // The contract noun before the word ("un contratto aggiuntivo") or after it ("an additional contract").
  return m !== null && (m[1] !== undefined || CONTRACT_AFTER_RE.test(text.slice(end, end + 16)));
}

/**
 * "committed to purchase $30 billion of Azure capacity and to contract additional capacity up to one gigawatt",
 * "et à contracter une capacité supplémentaire", "e a contratar capacità aggiuntiva": after an amount, a second
 * purchase joined by "and" is a further contract told beside it, not the growth of the first.
 */
const COORDINATED_ADDITION_BEFORE_RE =
  /\b(?:and|et|y|e|und)\s(?:to\s|à\s|a\s|ad\s)?(?:contract|purchase|buy|secure|reserve|acquire|lease|rent|contracter|acheter|r[ée]server|s[ée]curiser|louer|contratar|comprar|reservar|alquilar|acquistare|contrattare|comprare|noleggiare|alugar|adquirir)\s(?:[^\s,.;]+\s){0,5}$/i;

function coordinatedAddition(text: string, start: number): boolean {
  const from = Math.max(0, start - 50);
  const m = COORDINATED_ADDITION_BEFORE_RE.exec(text.slice(from, start));
  return m !== null && /\d/.test(text.slice(0, from + m.index));
}

const PURPOSE_ADDITION_RE =
  /(?:\bto (?:secure|obtain|get|gain|access|lock in|reserve)|\b(?:turn(?:s|ed|ing)?|tapp(?:ed|ing)|taps?) to \S+(?: \S+)? for|\bs['’]est tourn[ée]e? vers \S+(?: \S+)? pour|\bse dirigi[óo] a \S+(?: \S+)? para|\b(?:recurri[óo]|acudi[óo]) a \S+(?: \S+)? para|\bsi (?:è|e) (?:rivolt|affidat)[oa] a \S+(?: \S+)? per|\brecorreu (?:a|à|ao) \S+(?: \S+)? para|\bwandte sich an \S+(?: \S+)? für|\bpour (?:garantir|obtenir|s['’]assurer|disposer d['’]|s[ée]curiser|r[ée]server)|\bpara (?:asegurar(?:se)?|obtener|garantizar|garantir|obter|assegurar)|\bper (?:garantire|garantirsi|ottenere|assicurarsi)|\bum (?:sich )?)\s(?:(?!(?:its|the|their|son|sa|leur|su|sus|seu|sua|il|la|ihre?n?)\s)[^\s,.;]+\s){0,5}$/i;

/**
 * "a $10 billion deal with Oracle for Nvidia chips to expand compute": the infinitive tells the purpose of a new
 * contract; "to expand its contract with CoreWeave", "agreed to expand its use of Google Cloud" grow one.
 */
/** "to expand", "to dramatically expand": growth as a purpose. */
const TO_EXPAND_BEFORE_RE = /\bto\s(?:\p{L}+ly\s)?$/iu;
const CONTRACT_OBJECT_AFTER_RE =
  /^\s(?:(?:its|the|their|an|this|that)\s)?(?:[\w-]+\s){0,2}?(?:contracts?|agreements?|deals?|orders?|leases?|partnership|commitments?|relationship|(?:use|usage) of (?:google|azure|aws|amazon|oracle|oci|coreweave|microsoft|nebius|its (?:cloud|tpus?|gpus?)))\b/i;

const NEW_CUSTOMER_RE =
  /^(?:second|third|fourth|fifth|sixth|another|2nd|3rd|4th|5th|6th|a further|deuxi[èe]me|troisi[èe]me|quatri[èe]me|second|seconde)\b.{0,60}?(?:hyperscaler|customer|client|this time|cette fois|new (?:customer|client|partner)|nouveau client|of (?:this|its) kind|de ce (?:type|genre)|dieser Art|de este tipo|di questo (?:tipo|genere)|deste tipo)/i;

/**
 * "Nebius adds Meta as a customer", "adds Microsoft to its customer list": a new customer for the seller, a new
 * contract for the pair (the other languages say it with verbs that are no expansion words: "ajoute … à ses
 * clients", "suma a Meta como cliente").
 */
/**
 * After "adds", "s'ajoute", "se suma", "si aggiunge", "se soma": "to the contract signed in September", "au contrat
 * signé en septembre", "al contrato firmado", "al contratto firmato", "ao contrato fechado": another contract, signed
 * before; the amount told after it is that contract's own, not a growth.
 */
const ADDS_TO_EARLIER_AFTER_RE =
  /^(?:\s(?:to|à|a))?\s(?:the\s|l['’]|au\s|al\s|ao\s|à\s)?(?:[^\s.;]+\s){0,3}?(?:contract|agreement|deal|contrat|accord|contrato|acuerdo|contratto|accordo|acordo)(?:\s(?:of|worth|de|d['’]|di|da|do)\s?[^.;]{1,40}?|(?:\s(?!and\b|et\b|y\b|e\b)[^\s.;,]+){1,2}?)?\s(?:signed|struck|reached|sealed|inked|sign[ée]|conclu|firmado|firm[óo]|cerrado|cerr[óo]|celebrado|firmato|siglato|fechado|assinado|assinou)(?!\w)/i;

/** "Additional contracts include", "additional deals with": a list of further contracts, not an addition to one. */
const OTHER_CONTRACTS_RE =
  /^additional\s(?:\S+\s)?(?:contracts|deals|agreements|partnerships)\s(?:include|included|are|were|with)\b/i;

const ADDS_CUSTOMER_RE =
  /^[Aa]dd(?:s|ed|ing)?\s(?:[A-Z][\w.&'’-]*\s){1,3}(?:as\s(?:(?:a|an|its|their)\s)?(?:(?:new|first|second|third|major|anchor|key)\s)?(?:customer|client|tenant)|to\s(?:its|their|the)\s(?:\S+\s)?(?:customer|client|tenant)s?(?:\s(?:list|roster|base))?\b)/;

/** The amount is an increment: "by up to $6.5 billion", "adds $4 billion", "an additional". */
export const INCREMENT_BEFORE_RE =
  /(?:(?:[ée]tend|[ée]tendu|augmente|augment[ée]|rel[èe]ve|relev[ée]|accro[îi]t)\s[^.]{0,60}\sde|expansion (?:is |was )?(?:valued at|worth)|extension (?:est )?(?:valoris[ée]e à|d['’]une valeur de)|\bby|\badds?|\badding|\bajout(?:e|ent|ant)|\baggiung(?:e|ono|endo)|\ba[ñn]ad(?:e|en|iendo)|\bagrega(?:n|ndo)?|\bacrescent(?:a|am|ando)|\badiciona(?:m|ndo)?|\badditional|\badicional(?:es)?\sde|\baggiuntiv[oaie]\s(?:da|di)|\bextra|\bincremental|\bfurther|\banother|montant suppl[ée]mentaire de|suppl[ée]mentaires? de|\bnouveaux|augment[ée]e? de|[ée]tendu de|hausse de|\bum weitere|\bum|\b(?:(?:por|per|para|em|de|di)\s)?(?:otros|otras|altri|altre|outros|outras)|(?:ampli[óo]|aument[óo]|ampliar[áa]?|ampliado|ampli[àa]|ampliou|aumentou|refor[çc]a|refor[çc]ou|refuerza|reforz[óo]|rafforza|rafforzato|aumenta|aumentato|incrementa|incrementato)\s(?:[^.]{0,60}\s)?(?:en|di|em)|(?:zus[äa]tzliche|adicionales|aggiuntivi|adicionais|additional)\s(?:\S+\s){0,2}(?:f[üu]r|por|per|for))\s(?:up to |approximately |about |roughly |some |nearly |an additional |jusqu['’]à |environ |bis zu |rund |etwa |hasta |unos |cerca de |fino a |circa |at[ée] )?~?$/i;
export const INCREMENT_AFTER_RE =
  /^\s?(?:of |de d[óo]lares |em )?(?:additional|incremental|suppl[ée]mentaires?|de plus|additionnels?|adicionales|adicionais|aggiuntivi|zus[äa]tzlich)/i;

/**
 * A guarantee told without its noun: "stands behind $1.3 billion of Fluidstack's lease obligations", "supports $1.3
 * billion of Fluidstack lease obligations", "couvre 1,3 milliard des obligations locatives", "copre gli obblighi di
 * locazione". The object is a tenant's obligations, which only a guarantor covers (six languages).
 */
export const SUPPORTS_OBLIGATIONS_RE =
  /\b(?:stands?|standing|stood) behind\b|\b(?:support|(?<!\b(?:rent|lease|buy|sell|pay|give|get|bring|scale|roll)(?:s|ed|ing)?\s)back|cover|soutien|soutient|soutiendra|couvr|cubr|cubre|respalda|copr|copre|cobr|cobre|sostien|sosterr|ab(?:zu|ge)?sicher|apoi|apoy)[a-zà-ÿ]{0,6}\s(?:[^.;]|\.(?=\d)){0,60}?\b(?:obligations|obligaciones|obblighi|obbligazioni di (?:locazione|leasing)|obriga[çc][õo]es|Verpflichtungen|Mietzahlungen|lease payments|loyers|(?:[A-Z][\w-]+['’]s |de |di |d[aoe] |der |von )?(?:[A-Z][\w-]+ )?(?:leases|baux|Mietvertr[äa]ge|arrendamientos|arrendamentos|contratti di locazione))\b|\b(?:(?:en|em|com) apoio? (?:de|ao|a) (?:arrendamiento|arrendamento|alquiler|aluguel)|lease support|soutien locatif)\b|\b(?:provid|fourni|fornir|fornecer|proporcion|aport|bereitstell)[a-zà-ÿ]{0,6}\s(?:[^.;]|\.(?=\d)){0,60}?\b(?:for|per|pour|para|f[üu]r) (?:the |le |les |las |los |os |as |die )?(?:[A-Z][\w-]+['’]s )?(?:lease obligations|obbligazioni di (?:leasing|locazione)|obblighi di locazione|obligations locatives|obligaciones de arrendamiento|obriga[çc][õo]es de arrendamento|Mietverpflichtungen)/i;

const BACKSTOP_RE = fastWordStarts(
  /backstop|\bunderwrit(?:e|es|ing)\b(?![^.;]{0,40}\b(?:offering|notes|bonds?|shares|IPO)\b)|\bbacked by (?:up to |about |approximately |roughly |some )?(?:US)?\$\s?[\d.,]+ ?(?:billion|million|bn|mn|[bm])\b(?: in| of)? (?:\S+ )?(?:from|by)\s|\b(?:support(?:s|ed|ing)?|cover(?:s|ed|ing)?|underwrit(?:es|ing|ten)?|secur(?:es|ed|ing)|soutien(?:t|dra)?|couvr(?:e|ira|ent)|cubr(?:e|ir[áa])|apoy(?:a|ar[áa])|cop(?:re|rir[àa])|sosti(?:ene|ene)|cobr(?:e|ir[áa])|apoi(?:a|ar[áa])|deckt|sichert)\b(?:[^.;]|\.(?=\d)){0,60}?(?:lease (?:obligations|payments|commitments)|rent(?:al)? (?:obligations|payments)|obligations locatives|obligations de loyer|obligaciones de (?:arrendamiento|alquiler)|obblighi (?:di locazione|locativi)|obriga[çc][õo]es de (?:aluguel|arrendamento)|(?:Miet|Leasing)verpflichtungen|(?:Miet|Leasing)zahlungen)|(?:Miet|Leasing)verpflichtungen\b[^.;]{0,40}?[üu]bernimmt|(?:lease|leasing) support|(?:apoyo|respaldo) (?:al|de|del|para el) (?:arrendamiento|alquiler)|apoio (?:ao|de|do) (?:arrendamento|aluguel)|supporto (?:al|del|di) (?:leasing|locazione|affitto)|soutien (?:au|du|de) (?:bail|loyer)|unused (?:cloud |compute |computing |gpu )?capacity|unsold capacity|idle capacity|residual (?:cloud )?(?:computing )?capacity|(?:do|does|did|would) not use|not (?:contracted|used|utili[sz]ed) by|guarantee[sd]?|garanti|garant[íi]a|\bport(?:e|ent|ait|era|[ée]e?)? garante?s?\b|respald(?!o (?:de|con) (?:los |las |sus )?(?:sistemas|chips|GPUs?|equipos|hardware|servidores|procesadores|aceleradores)\b)|ab(?:zu|ge)?sicher|\bsicher(?:t|n|te|ten)\s[^.;]{0,80}?\sab\b|garanzia|garante|b[üu]rgschaft|b[üu]rgt|capacit[ée]s? (?:de calcul )?(?:inutilis|non utilis|r[ée]siduelle|invendue)|n['’]utiliser(?:aient|ait|ont)? pas|rach(?:at|ète|eter) (?:de )?(?:la |les )?capacit|invendue?s?|non vendue?s?|n[ãa]o vendid[ao]s?|no vendid[ao]s?|non vendut[oaie]|invendut[oaie]|ungenutzte[nr]? (?:Rechen)?kapazit|nicht (?:verkaufte|genutzte)n? (?:Rechen)?kapazit|capacidad(?:es)? (?:de c[óo]mputo )?(?:no (?:vendida|utilizada)|sin vender|ociosa)|capacit[àa] (?:di calcolo )?(?:non (?:vendut|utilizzat)|inutilizzat)|capacidades? (?:de computa[çc][ãa]o )?(?:n[ãa]o (?:vendida|utilizada)|ociosa|por vender)|ne (?:parvien|r[ée]ussi|arrive)\p{L}{0,5} pas à (?:re)?(?:vendre|louer|[ée]couler)|no (?:logr|consig|pued)\p{L}{0,3} (?:re)?vender|non riesc\p{L}{0,4} a (?:ri)?vendere|n[ãa]o consig\p{L}{0,4} (?:re)?vender|(?:cannot|can['’]t|could not|fails? to|is unable to) (?:sell|resell|place)|unsold/iu,
);
const POWER_KIND_RE =
  /power purchase|\bppa\b|electricity|nuclear|[ée]lectricit[ée]|strom|energ[ií]a el[ée]ctrica/i;
/**
 * Computing bought, whatever powers it: "une capacité d'IA … alimentée par de l'électricité renouvelable", "KI-Kapazität
 * mit Ökostrom", "AI capacity run on nuclear power" is a cloud contract, not a power one.
 */
const AI_CAPACITY_RE =
  /gpu|compute|calcul|c[óo]mputo|computa[çc]|rechen|capaci[td]\p{L}* (?:d['’]|de |di |da |for |of )?(?:l['’])?(?:ia|ai|ki)\b|\b(?:ai|ki)[ -](?:capacity|kapazit)/iu;
export const HARDWARE_RE =
  /\b(?:purchase|purchases|purchased|purchasing|buy|buys|bought|buying|order|orders|ordered|acquire)\b.{0,40}\b(?:gpus|chips|processors|accelerators|systems|servers|supercomputers|racks|gear|equipment|hardware)|\b(?:sell|sells|selling|sold|ship|ships|shipped|shipping|supply|supplies|supplying|supplied)\b.{0,40}\b(?:gpus|chips|processors|accelerators|servers|racks)\b|\bvend(?:re|ra|ront|u|ait)\b.{0,40}(?:puces|processeurs|serveurs|acc[ée]l[ée]rateurs)|\b(?:deploy|deploying|deployment of)\b.{0,40}\b(?:gpus|chips|processors|accelerators)\b|custom (?:chips|accelerators|ai chips)|achat de (?:puces|gpu|processeurs|serveurs)|ach[eè]t(?:e|é|er|era|ent)? .{0,50}(?:puces|gpu|processeurs|serveurs|[ée]quipements|mat[ée]riel|syst[èe]mes|superordinateurs|supercalculateurs)|commande de (?:puces|gpu|processeurs|serveurs)|d[ée]ployer .{0,30}(?:puces|gpu|processeurs)|\b(?:install|installs|installing|installe|installera|installer|installeront)\b.{0,40}\b(?:gpus|chips|processors|accelerators|puces|processeurs|acc[ée]l[ée]rateurs)\b|\b(?:compra|acquisto|kauf) (?:de|di|von) (?:\S+ ){0,2}(?:gpus?|chips?|processador|procesador|processori|prozessoren|servidores|server|servern)|\b(?:compr(?:a|ar|ará|ó|ou|ará|erà|are|ano|am|an)|acquist(?:a|erà|are|ano)|kauf(?:t|en)|ach[eè]te(?:ra|nt)?)\s.{0,40}\b(?:gpus?|chips?|procesadores|processadores|processori|prozessoren|puces|servidores|servern?|sistemas|sistemi|supercomputador[ae]s|supercomputer|hardware|mat[ée]riel)\b|\b(?:Systeme|Supercomputer|Server|Chips|GPUs|Hardware)\b.{0,60}\bzu kaufen\b/i;
const LEASE_RE =
  /\blease|leasing|colocation|co-location|hosting|\bhpc\b|high-performance computing|data cent(?:er|re) campus|\bbail\b|\bbaux\b|location de|h[ée]bergement|mietvertrag|arrendamiento|locazione|arrendamento/i;
/** GPUs sold as a service: a GPU cloud, cloud services, access to GPUs (six languages). */
const GPU_SERVICE_RE =
  /\bgpu[- ]?(?:cloud|services?|as a service)|\bcloud(?: computing)? services|\bservices? cloud|\bcloud-dienst|\bservi(?:cios|zi|ços) (?:de |di )?(?:nube|cloud|nuvem)|\b(?:access to|acc[èe]s [àa]|acceso a|accesso a|acesso a|zugang zu) (?:\S+ ){0,3}?(?:gpus?|grafikprozessoren)\b/i;
/** A tenant named as such (six languages). */
const TENANT_WORD_RE = /tenant|locataire|mieter|inquilin|arrendatari|locatari|locat[áa]ri/i;

/**
 * Money told as financial backing beside a lease ("a ten-year lease with Fluidstack, under which Google provides $3.2
 * billion of financial backing", "un accordo di locazione … in cui Google fornisce un supporto finanziario da 3,2
 * miliardi", "un bail … pour lequel Google apporte un soutien financier", "apoio financeiro", "respaldo financiero",
 * "finanzielle Absicherung"): the guarantee of the tenant's lease, a backstop. Without a lease in the text the
 * backing is an investor's, left to the investment cues.
 */
export const FINANCIAL_BACKING_RE =
  /\bfinancial (?:backing|support|backstop)|\bfinancially back|\bsoutien financier|\bsupporto finanziario|\bsostegno finanziario|\bapoyo financiero|\brespaldo financiero|\bapoio financeiro|\bfinanzielle[nr]? (?:Unterst[üu]tzung|R[üu]ckendeckung|Absicherung)/i;

const backedLease = (text: string): boolean => FINANCIAL_BACKING_RE.test(text) && LEASE_RE.test(text);

const ON_PREMISES_RE =
  /\b(?:in|for|into) (?:its|their|our) own data ?cent(?:er|re)s?|(?:dans|pour) (?:ses|leurs|nos) propres centres de donn|\bf[üu]r (?:die|seine|ihre) eigenen Rechenzentren|\bpara (?:sus|seus) pr[óo]pr?i[oa]s (?:centros de d(?:at|ad)os|data ?centers)|\bnei propri data ?center|\bon-prem(?:ises)?\b|sur site\b|\bem (?:seus|suas) pr[óo]pri[oa]s (?:centros de dados|data ?centers)|\ben sus propios (?:centros de datos|data ?centers)|\bnei (?:propri|suoi) (?:data ?center|centri (?:dati|di calcolo))|\bin (?:seinen|ihren) eigenen Rechenzentren/i;

/** Capacity left unused or unsold: what a backstop guarantees to buy ("ungenutzter Kapazität", "capacidade ociosa"). */
const UNUSED_CAPACITY_RE =
  /unused|unsold|idle|ungenutzt|nicht verkauft|invendu|non vendu|inutilis|non utilis|no vendida|sin vender|no utilizada|ociosa|n[ãa]o vendida|por vender|n[ãa]o utilizada|invendut|non utilizzat|inutilizzat/i;

/** The guarantee words of the text all guarantee the buyer's access or supply (no other's obligations). */
/**
 * "A Nebius garante um acordo de US$ 3 bilhões com a Meta", "garantizó un contrato", "si garantisce un accordo":
 * in pt, es and it the verb also means securing a deal one signs (with an indefinite article or none, as headlines
 * write it: "garante o contrato da Fluidstack" still guarantees another's contract).
 */
const SECURES_A_DEAL_RE =
  /\bgarant(?:e|em|iu|iram|iza|izan|iz[óo]|izaron|isce|iscono|ito)\s(?:(?:um|uma|un|una|uno)\s)?(?:(?:novo|nova|nuevo|nueva|nuovo|nuova|grande)\s)?(?:acordo|contrato|neg[óo]cio|acuerdo|accordo|contratto|deal)\b/gi;

/**
 * "Essa abordagem garante que possamos continuar", "garantiza que", "guarantees that", "garantit que", "garantisce
 * che", "gewährleistet, dass": the verb before a clause ensures something; it backs no one's payments.
 */
const ENSURES_THAT_RE =
  /\b(?:guarantee(?:s|d)?|ensures?)\sthat\b|\bgarant(?:e|em|iu|iza|izan|iz[óo]|it|issent|issait|isce|iscono|ir[àa])\s(?:que|che)\b|\bgew[äa]hrleist(?:et|en),?\sdass\b/gi;

/**
 * "To guarantee an edge, Microsoft signed …", "Per garantire un vantaggio competitivo", "Para garantizar una ventaja",
 * "Pour garantir son avance", "Um sich einen Vorsprung zu garantieren": the verb's object is the buyer's own lead.
 */
const GUARANTEES_AN_EDGE_RE =
  /\b(?:guarantee|garantire|garantirsi|garantizar(?:se)?|garantir|garantiser)\s(?:\S+\s){0,3}?(?:edge|advantage|lead|vantaggio|ventaja|vantagem|avantage|avance|leadership|liderazgo|lideran[çc]a)\b|\bsich\s(?:\S+\s){0,3}?(?:Vorsprung|Vorteil)\s(?:zu\s)?(?:garantieren|sichern)\b/gi;

/** "Comes With Zero Guarantees", "sans aucune garantie", "ohne Garantien": no guarantee given at all. */
export const NO_GUARANTEES_RE =
  /\b(?:no|zero|without(?: any)?)\s(?:firm\s)?guarantees?\b|\bsans (?:aucune )?garanties?\b|\bohne (?:jede )?Garantien?\b|\bsin (?:ninguna )?garant[íi]as?\b|\bsenza (?:alcuna )?garanzi[ae]\b|\bsem (?:nenhuma )?garantias?\b/gi;

function onlyGuaranteesAccess(text: string): boolean {
  if (!/garant|guarant|sicher|gew[äa]hrleist/i.test(text) || UNUSED_CAPACITY_RE.test(text)) return false;
  const rest = text
    .replace(GUARANTEES_ACCESS_RE, ' ')
    .replace(SECURES_ACCESS_VERB_LAST_RE, ' ')
    .replace(SECURES_A_DEAL_RE, ' ')
    .replace(ENSURES_THAT_RE, ' ')
    .replace(GUARANTEES_AN_EDGE_RE, ' ')
    .replace(NO_GUARANTEES_RE, ' ');
  return rest.length !== text.length && !BACKSTOP_RE.test(rest) && !SUPPORTS_OBLIGATIONS_RE.test(rest);
}

/** Does the text hold a word that decides a kind (a guarantee, a lease, hardware, power)? */
export function hasKindWord(text: string): boolean {
  return (
    BACKSTOP_RE.test(text) ||
    SUPPORTS_OBLIGATIONS_RE.test(text) ||
    backedLease(text) ||
    LEASE_RE.test(text) ||
    HARDWARE_RE.test(text) ||
    POWER_KIND_RE.test(text)
  );
}

/**
 * A neocloud renting a landlord's hall is the tenant, never the guarantor: "with a guarantee from Google", "con
 * garanzia di Google", "o Google como garantidor" name a third party beside the lease, and the lease stays one.
 */
const TENANT_TIER = 2;
export const LANDLORD_TIER = 3;

/**
 * A guarantee verb whose object is the buyer's access or supply, not another's obligations: "guaranteeing it access
 * to", "lui garantissant ainsi l'infrastructure", "che garantirà alla startup l'accesso", "garantizando el acceso",
 * "garantindo acesso", "sichert ihm Zugang", "guaranteeing more flexibility", "garantendo maggiore resilienza": a cloud
 * contract's purpose, no backstop.
 */
const GUARANTEES_ACCESS_RE = fastWordStarts(
  String.raw`\bguarantee(?:s|d|ing)?\s(?:up to\s|about\s|roughly\s)?(?:US)?\$\s?[\d.,]+\s?(?:billion|million|bn)\s(?:of|in)\s(?:[\w-]+\s){0,3}?(?:compute|computing|capacity|GPUs?)\b|\b(?:garantiu|garantiram|garantiz[óo]|garantizaron|garantit[oa]|garantiti|garanti(?:e|s|es)?)\s(?:\p{L}+\s){0,4}?(?:(?:cerca de|unos|mais de|m[áa]s de|at[ée]|circa|oltre|environ|pr[èe]s de|plus de)\s)?(?:US)?\$?\s?[\d.,]+\s?(?:bilh\p{L}*|mil milh\p{L}*|mil millones|millones|miliard\p{L}*|milion\p{L}*|milliards?|millions?|bn)(?:\s(?:de|di)\sd[óo](?:l|ll)ar[eis]*)?\s(?:em|en|di|de)\s(?:[\w-]+\s){0,3}?(?:capacidad|capacidade|capacit\p{L}*|computa\p{L}*|c[óo]mputo|calcul|calcolo|GPUs?)|\b(?:guarantee(?:s|d|ing)?|garanti\p{L}*|garantiz\p{L}*|garant(?:e|endo|ir[àa]|ire|isce|iscono)|garantind\p{L}*|sicher(?:t|n|te)|gew[äa]hrleist\p{L}*)\s(?:(?!billion|milliard|mill|bilh|Mrd|Milliard|miliard|bn\b)(?:[^.;$€£]|\.(?=\d))){0,50}?(?:access|acc[èe]s|acceso|accesso|acesso|Zugang|Zugriff|capacit\p{L}*|capacidad\p{L}*|Kapazit\p{L}*|megawatts?|\bMW\b|infrastruct\p{L}*|infraestructura|infraestrutura|infrastruttur\p{L}*|Infrastruktur|supply|approvisionnement|suministro|fornitura|fornecimento|Versorgung|potenza di calcolo|puissance de calcul|Rechenleistung|computing power|compute\b|poder de c[óo]mputo|poder computacional|poder da computa[çc][ãa]o|poder de computa[çc][ãa]o|pot[êe]ncia computacional|capacidade de computa[çc][ãa]o|GPUs?\b|puces\b|chips\b|flexib\p{L}*|flessibilit\p{L}*|Flexibilit\p{L}*|r[ée]silien\p{L}*|resilien\p{L}*|redundan\p{L}*|redondan\p{L}*|ridondan\p{L}*|availability|disponibilit\p{L}*|disponibilidad\p{L}*|Verf[üu]gbarkeit|reliability|fiabilit\p{L}*|affidabilit\p{L}*|confiabilidad\p{L}*|scalab\p{L}*|escalab\p{L}*|continuit\p{L}*|continuidad|Ausfallsicherheit)`,
  'giu',
);

/**
 * German puts the verb last: "um sich KI-Rechenkapazität abzusichern", "sich Zugang zu GPUs zu sichern": the buyer
 * secures its own supply, no guarantee of another's payments.
 */
const SECURES_ACCESS_VERB_LAST_RE =
  /(?:kapazit|rechenleistung|zugang|zugriff|infrastruktur|versorgung|gpus?\b|chips?\b)\p{L}*\s(?:[\p{L}-]+\s){0,3}?(?:ab)?(?:zu\s?)?sicher(?:n|t|te|ten)\b/giu;

/**
 * A company described by its investor: "La empresa de computación en la nube respaldada por Nvidia", "the cloud
 * provider backed by Nvidia", "la société soutenue par", "das von Nvidia unterstützte Unternehmen" is not read here.
 * Backing of a company is no guarantee of a deal's payments.
 */
/**
 * A noun for a company, in the six languages ("company", "société", "Unternehmen", "empresa", "azienda"); not "firma",
 * which is also Spanish for "signs".
 */
export const COMPANY_NOUN =
  '(?:company|firm|provider|start-?up|neocloud|operator|empresa|compa[ñn][íi]a|proveedora?|soci[ée]t[ée]|entreprise|fournisseur|op[ée]rateur|Unternehmen|Anbieter|societ[àa]|azienda|fornitore|operatore|companhia|provedora?|fornecedora?)';

const INVESTOR_BACKED_RE = new RegExp(
  String.raw`\b${COMPANY_NOUN}\b[^.;:!?]{0,60}?\b(?:backed by|respaldad[oa]s? por|apoiad[oa]s? pel[oa]|soutenue?s? par|sostenut[oa] da|gest[üu]tzt von|unterst[üu]tzt von)\s\S+|\b\p{Lu}\p{L}+-backed\b`,
  'giu',
);

/**
 * Text told before an amount for its parties, with its backstop words dropped: an earlier sentence that holds an
 * amount of its own ("Meta … adquirir hasta 15.000 millones … de la capacidad que Nebius no logre vender. … en
 * noviembre firmaron un contrato de unos 3.000 millones") guarantees its own amount, not the later one.
 */
export function withoutBackstopWords(text: string): string {
  return text.replace(BACKSTOP_WORDS_RE(), ' ');
}
const BACKSTOP_WORDS_RE = lazy(() => new RegExp(BACKSTOP_RE.source, 'giu'));

export function kindOf(
  text: string,
  providerTier: number,
  buyerTier?: number,
  /** The provider runs its own cloud besides selling hardware (the company table's sellsCapacity). */
  providerSellsCapacity = false,
): DealKind {
  const tenantOfLandlord = buyerTier === TENANT_TIER && providerTier === LANDLORD_TIER;
  const guarantees = text.replace(INVESTOR_BACKED_RE, ' ');
  // A parent's guarantee of a purchase from a hardware vendor ("Bitdeer guaranteed the subsidiary's obligations
  // under the Supermicro purchase agreement") backs goods bought, no capacity.
  const goodsBought =
    (providerTier === 4 || buyerTier === 4) && !providerSellsCapacity && HARDWARE_RE.test(text);
  if (
    (BACKSTOP_RE.test(guarantees) || SUPPORTS_OBLIGATIONS_RE.test(guarantees) || backedLease(guarantees)) &&
    !tenantOfLandlord &&
    !goodsBought &&
    !onlyGuaranteesAccess(guarantees)
  )
    return 'capacity_backstop';
  // A host's colocation that passes its electricity through ("excludes electricity") is still a lease.
  const hostLease = providerTier === LANDLORD_TIER && LEASE_RE.test(text);
  if (providerTier === 5 || (POWER_KIND_RE.test(text) && !AI_CAPACITY_RE.test(text) && !hostLease))
    return 'power';
  if (providerTier === 4 && HARDWARE_RE.test(text)) return 'hardware';
  // Chips put "in its own data centers" are bought, whoever makes them (Google's TPUs too).
  if (
    ON_PREMISES_RE.test(text) &&
    /\b(?:tpus?|gpus?|chips?|processing units|accelerators?|puces|processeurs)\b/i.test(text)
  )
    return 'hardware';
  // A chip designer (tier 1.5) or vendor sells goods when the text buys, deploys or installs them.
  if (HARDWARE_RE.test(text) && (providerTier >= 4 || providerTier === 1.5)) return 'hardware';
  // A hardware vendor (tier 4) leases no data centre: "puces d'IA et de HPC" are its goods.
  // A former miner that rents out GPUs as a service ("a GPU cloud services contract with Amazon … access to Nvidia
  // GB300 GPUs") sells cloud capacity, not a lease, when no lease word is said.
  if (providerTier === 3 && GPU_SERVICE_RE.test(text) && !LEASE_RE.test(text)) return 'gpu_cloud';
  if (providerTier === 3 || (LEASE_RE.test(text) && providerTier >= 2.5 && providerTier < 4))
    return 'datacenter_lease';
  // An AI lab that lets its own campus ("CoreWeave will be the anchor tenant of Horizon, Poolside's campus, under a
  // 15-year lease"): the lab is the landlord of a lease, never a cloud.
  if (providerTier < 1 && !providerSellsCapacity && (LEASE_RE.test(text) || TENANT_WORD_RE.test(text)))
    return 'datacenter_lease';
  // A maker that runs its own cloud sells computing capacity ("750 MW of computing capacity from Cerebras")
  // unless the text buys its systems (caught above).
  if (providerTier === 4 && !providerSellsCapacity) return 'hardware';
  // "impegni con Nvidia per 10 gigawatt": a chip designer's gigawatts are its systems, unless the text rents its
  // cloud ("DGX Cloud", "rents capacity from Nvidia").
  if (providerTier === 1.5 && !RENTED_CLOUD_RE.test(text)) return 'hardware';
  return 'gpu_cloud';
}

/** Words of renting compute as a service (six languages). */
const RENTED_CLOUD_RE =
  /\b(?:cloud|nuage|nube|nuvem|rent(?:s|ed|ing|al)?|leas(?:e|es|ed|ing)|lou(?:e|er|era|ent)|location|miet\p{L}*|alquil\p{L}*|arrend\p{L}*|noleggi\p{L}*|affitt\p{L}*|alug\p{L}*)\b/iu;

// Role cues around a company mention.
export const BUYER_BEFORE_RE =
  /(?:\bao servi[çc]o d[ao]|\bal servizio d(?:i|el|ella)|\bal servicio de|\bau service d(?:e|u)|\b(?:fornir(?:e|[àa]|anno|ebbe|ebbero)|fornisc(?:e|ono)|suministrar(?:[áa]|[áa]n|[íi]a|[íi]an)?|suministra|proporcionar(?:[áa]|[áa]n|[íi]a|[íi]an)?|fornecer(?:[áa]|[ãa]o|ia|iam)?|fornece|vender(?:[áa]|[áa]n|[íi]a|[íi]an|ebbe|ebbero|eria|iam)|vender[àa]|venderanno)\s(?:\S+\s){0,4}?(?:a|ad)|\bprovid(?:e|es|ing)|\bsuppl(?:y|ies|ying)|\bserve|\bserves|\bfor|\bto|\bpour|(?<![a-zA-ZÀ-ɏ\d])(?:à|al|alla|an)|au profit de|\bf[üu]r|\bpara|\bper|customers?,?|clients?,?|customer such as|including|(?:suppliers?|fornecedor(?:a|es|as)?|proveedor(?:a|es|as)?|fornit(?:or[ie]|rice|rici)|fournisseu(?:rs?|ses?)|lieferant(?:en|in)?)(?: (?:of|de|di|d[eo]|von) [a-zà-ÿ-]{1,15})? (?:of|to|da|do|de|del|di|dei|della|von|des|du))\s(?:the\s)?$/i;
export const PROVIDER_BEFORE_RE =
  /(?:\bfrom|(?<!power |energy |electricity )(?:purchase|procurement|equipment|hardware|chip|gpu)s? (?:agreement|contract|order|deal)s? (?:for [\w-]+ )?with|contrat d['’](?:achat|approvisionnement|[ée]quipement)(?: de [\w-]+)? (?:avec|aupr[èe]s de)|confi(?:e|ent|ait|aient|era|eront|[ée]e?s?) (?:\S+ ){0,6}(?:à|au)|ach[eè]t(?:e|ent|era|eront|er|ait|[ée]e?s?) (?:\S+ ){0,6}(?:à|au)|compr(?:a|an|am|ar|ar[áa]|ar[áa]n|[óo]|ou) (?:\S+ ){0,6}(?:a|al|à|ao)|command(?:e|ent|[ée]e?s?|ait|era) (?:\S+ ){0,6}(?:à|au)|alquil(?:a|an|ar|ar[áa]|ar[áa]n|[óo]|aron) (?:\S+ ){0,4}(?:de|del)|alug(?:a|am|ar|ar[áa]|ou|aram) (?:\S+ ){0,4}(?:d[ao])|affitt(?:a|ano|are|er[àa]|ato) (?:\S+ ){0,4}(?:da|dal|dalla)|encarg(?:a|an|[óo]|aron) (?:\S+ ){0,6}(?:a|al)|ordin(?:a|ano|at[oa]) (?:\S+ ){0,6}(?:a|ad|al|alla)|encomend(?:a|am|ou|aram) (?:\S+ ){0,6}(?:à|ao|a)|aupr[èe]s de|de la part de|\bvon|\bbei|\bchez|de parte de|\bvia|(?<![a-zA-ZÀ-ɏ])über|\bthrough|par l['’]interm[ée]diaire d[eu]|a trav[ée]s de|\btramite|por meio d[aeo]|atrav[ée]s d[aeo]|(?<!(?:fornecedor|fornecedora|fornecedores|fornecedoras|fornitori|fornitore|fornitrice)(?: d[eio] [a-zà-ÿ-]{1,15})? |(?:occupat|utilizzat|usat|gestit)[oaie] |servi[çc]o )\bda)\s(?:the\s)?$/i;
/** A verb ends at a word boundary: "Microsoft rund 104.000 GPUs" is no "run". */
// "Google will provide a guarantee of $1.4 billion for a contract signed by Fluidstack and Cipher": what a guarantor
// provides is a guarantee, no capacity.
export const PROVIDER_AFTER_RE =
  /^(?:['’]s?)?(?:,[^,]{0,60},)?\s(?:will\s|would\s|has\s|had\s|to\s|agreed to\s|(?:has\s|have\s)?committed to\s|(?:is\s)?(?:set|poised|expected|due) to\s|va\s|vai\s|ir[áa]\s|doit\s|devra\s|s['’]est engag[ée] à\s|s['’]appr[êe]te à\s|will\salso\s)?(?:provide|provides|provided|providing|supply|supplies|supplying|deliver|delivers|host|hosts|lease|leases|rent out|sell|sells|selling|run(?!\s(?:\S+\s){0,4}?on\s(?!behalf))|runs(?!\s(?:\S+\s){0,4}?on\s(?!behalf))|operate|operates|build|builds|fournir|fournira|fournit|fournissent|livrer|h[ée]berger|h[ée]bergera|mettre à disposition|mettra à disposition|louer à|liefern|liefert|bereitstellen|stellt|fournirait|fourniraient|vend|vendra|vendrait|a vendu|proporcionar(?:[áa]|[íi]a)?|proporciona|suministrar(?:[áa]|[íi]a)?|suministra|proveer(?:[áa]|[íi]a)?|provee|vender(?:[áa]|[íi]a|[àa]|ebbe|ia)|fornire|fornir(?:[àa]|ebbe)|fornisce|fornecer(?:[áa]|ia)?|fornece|alquilar[áa]|aluga(?:r[áa])?|affitter[àa]|beherberg(?:t|en)|aloj(?:a|ar|ar[áa])|hosped(?:a|ar|ar[áa])|ospit(?:a|are|er[àa]))(?![a-zà-ÿ])(?!\s(?:an?\s|the\s|une?\s|eine\s|una?\s|uma?\s)?(?:\S+\s)?(?:guarantee|backstop|garantie|garant[íi]a|garanzia|b[üu]rgschaft))/i;
// A German infinitive right after a name ends a verb-last clause whose subject came first ("Anthropic wird … auf
// Microsoft Azure kaufen"): the name is its object; "Microsoft wird … kaufen" keeps its auxiliary.
export const BUYER_AFTER_RE =
  /^(?:['’]s?)?(?:,[^,]{0,60},)?\s(?!(?:kaufen|mieten|zahlen|bezahlen)\b)(?:will\s|would\s|has\s|had\s|to\s|agreed to\s|plans to\s|(?:is\s)?(?:set|poised|expected|planning|preparing|due) to\s|(?:is|are|was|were)\s(?:contractually\s)?(?:committed|required|obligated|obliged)\sto\s|expects to\s|intends to\s|va\s|vai\s|ir[áa]\s|vuole\s|will\s|wird\s|doit\s|devra\s|s['’]est engag[ée] à\s|s['’]appr[êe]te à\s|pr[ée]voit d['’]|will\salso\s)?(?:buy|buys|purchase|purchases|rent|rents|use|uses|pay|pays|commit|commits|committed|lease capacity|spend|spends|acheter|ach[eè]tera|ach[eè]te|louer|louera|loue|utiliser|utilisera|payer|paiera|d[ée]penser|kaufen|kauft|mieten|mietet|zahlt|zahlen|bezahlt|comprar|comprar[áa]|pagar[áa]?|paga|acquistare|pagher[àa]|alugar|run(?=\s(?:\S+\s){0,4}?on\s(?!behalf))|runs(?=\s(?:\S+\s){0,4}?on\s(?!behalf))|utilizza|utilizzer[àa]|user[àa]|utilisera|utilise|utilizar[áa]|usar[áa]|nutzt|nutzen|recurre a|recorre a|si affida a|si rivolge a|si (?:è|e) (?:affidat|rivolt)[ao] a|se apoya en|apoia-se em|s['’]appuie sur|se tourne vers|fait appel à|setzt auf|greift auf|s['’]approvisionner|secure|secures|tap|taps|turn to|turns to|rely on|relies on|picks?|picked|chooses?|chose|selects?|selected|opts? for|opted for|choisit|a choisi|retient|a retenu|s[ée]lectionne|a s[ée]lectionn[ée]|opte pour|a opt[ée] pour|(?:lui |leur )?(?:confie|confient|confiait|confiaient|confiera|a confi[ée]|avait confi[ée]))/i;

// "AMD agreed to buy ZT Systems", a headline's "CoreWeave Buys Core Scientific": buying a named business (not
// chips, capacity or a company's spare capacity). The same purchase told as a noun: "an agreement for the purchase
// of Aligned Data Centers", "l'achat d'Aligned", "la compra de Aligned", "a compra da Aligned", "l'acquisto di
// Aligned", "den Kauf von Aligned", "die Übernahme von".
// German buys a business with "erwerben" as well ("Nvidia, Microsoft, xAI und BlackRock erwerben Aligned Data
// Centers"); a capitalised noun of capacity or access after it ("erwirbt Rechenkapazität", "erwirbt Zugang") is goods.
const BUY_NAME_RE =
  /(?:\b(?:to buy|agreed to buy|will buy|buys|bought|[Tt]o [Bb]uy|[Ww]ill [Bb]uy|Buys|Bought|to purchase|agreed to purchase|va racheter|rach[èe]te|a rachet[ée]|kauft|übernimmt|erwirbt|erwerben|erwarb|erwarben|compra|comprou|compr[óo]|comprar[áa]|adquiere|adquiri[óo]|adquire|adquiriu|acquista|ha acquistato|rileva)\s|\b(?:purchase of|achat d(?:e|u|es)|compra d(?:e|el|a|o))\s|\b(?:achat|acquisto) d['’]|\bacquisto d(?:i|el|ella)\s|\bKauf von\s|(?<!\p{L})Übernahme von\s)(?:(?:a|o|la|el|il|lo|den|die|das|le|l['’])\s)?([A-Z][\p{L}\d&-]{0,30})(['’]s)?\s?(\p{L}{0,20})/u;
const PRODUCT_WORD_RE =
  /^(?:gpus?|tpus?|chips?|capacity|compute|computing|servers?|systems?|accelerators?|processors?|hardware|equipment|gear|racks?|puces|capacit[ée]s?|serveurs|power|electricity|shares|stock|stake)$/i;
const KNOWN_BRANDS_RE =
  /^(?:Nvidia|NVIDIA|AMD|Intel|Broadcom|Cerebras|Dell|Supermicro|HPE|Google|Azure|AWS|Microsoft|Oracle|CoreWeave|Nebius|Nscale|IREN|Lambda|Crusoe|Fluidstack|Blackwell|Hopper|GB200|GB300|H100|H200|B200|Instinct|TPU|TPUs|GPUs|GPU)$/;

/** Nouns of capacity, compute or hardware (German compounds included: "Cloud-Kapazitäten", "GPU-Server"). */
const GOODS_NOUN_RE =
  /kapazit|rechen|leistung|server|chips?$|prozessor|beschleuniger|gpus?$|tpus?$|hardware|speicher|strom|energie|capacid|capacit|servidor|potenza|zugang|zugriff|kontingent|nutzungsrecht/i;

/** "Serverhersteller", "Chipanbieter": a business named by the goods it makes. */
const MAKER_NOUN_RE = /hersteller|anbieter|betreiber|konzern|firma|gruppe|unternehmen|fabricante|produttore/i;

export function buysCompany(sentence: string): boolean {
  const m = BUY_NAME_RE.exec(sentence);
  if (!m) return false;
  const [, name, possessive, next] = m;
  if (possessive) return false;
  // "compra US$ 30 bilhões em nuvem Azure": a currency, not a company bought.
  if (/^(?:US|USD|EUR|GBP|R)$/.test(name!)) return false;
  // "kauft Iren bei Dell Grafikprozessoren": German puts the buyer after the verb; "bei" names the seller.
  if (next && /^(?:bei|beim)$/.test(next)) return false;
  // "kauft Cloud-Kapazitäten", "kauft Rechenleistung": German capitalises the goods; a noun of capacity or chips
  // names what is bought, not a business.
  if (GOODS_NOUN_RE.test(name!) && !MAKER_NOUN_RE.test(name!)) return false;
  // "kauft Azure-Rechenleistung": a brand's compound names its capacity, not a business.
  if (KNOWN_BRANDS_RE.test(name!) || KNOWN_BRANDS_RE.test(name!.split('-')[0]!)) return false;
  // "the purchase of H100s", "l'achat de GB300": a chip's model number names goods, not a business.
  if (/^[A-Z]{1,3}\d/.test(name!)) return false;
  // "den Kauf von KI- und HPC-Chips": a compound's first half, its noun told after "und", names goods.
  if (name!.endsWith('-')) return false;
  if (next && PRODUCT_WORD_RE.test(next) && !/^(?:Systems|Technologies|Holdings|Group)$/.test(next))
    return false;
  return true;
}
