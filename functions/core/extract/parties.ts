// The companies a sentence names, with what their position says about them: a product brand, a tenant whose
// obligations are guaranteed, the buyer's own downstream customer, or the registrant ("we", "the Company").

import {
  type CompanyEntry,
  type CompanyMention,
  companyByCik,
  findCompanyMentions,
  resolveCompanyName,
  slugify,
} from '../companies';
import { fastWordStarts } from '../word-start';
import { namedInAside } from './aside-clause';
import { leftBehind } from './away-from';
import { builtForEndUser } from './built-for';
import {
  ACCESS_TO_BEFORE_RE,
  BRAND_LINE_AFTER_RE,
  DESIGNED_GOODS_BEFORE_RE,
  GOODS_AFTER_RE,
  MADE_BY_BEFORE_RE,
  MAKER_TITLE_BEFORE_RE,
  OWN_GOODS_AFTER_RE,
  TRADE_OF_GOODS_BEFORE_RE,
  TYPED_CHIPS_BEFORE_RE,
} from './chip-brand';
import { namedAsCompanion } from './companion';
import { opensContrastClause } from './contrast-clause';
import { COMPANY_NOUN, DEAL_RE } from './cues';
import { definedPartiesIn } from './defined-parties';
import { namedAsFormerEmployer } from './former-staff';
import { gaveUpSite } from './gave-up-clause';
import { MEMO_ENTRIES, perDocumentMap } from './memo';
import { namedAsNeverSigning } from './never-signed';
import { namedForOtherDeal } from './other-deal';
import { namedAsMember, namedAsProject } from './project-name';
import { namedAsRejected } from './rejected-party';
import { namedAsRival } from './rivals';
import type { Span } from './sentences';
import { namedInShareMoveList } from './share-move-list';
import { namedAsStandingPartner } from './standing-partner';
import { textBefore } from './text-window';
import { tiedToDeployment } from './tied-deployment';

export interface Party {
  company: CompanyEntry;
  start: number;
  end: number;
  /** A brand used as a product name ("Nvidia GB300 systems"): a party only when nothing better is there. */
  weak: boolean;
  /** "the Company", "the Group" (a foreign filer's word for itself), "we", "our": the registrant. */
  pronoun?: boolean;
  /** "Fluidstack's lease obligations" in a backstop: the tenant, not a party to the guarantee. */
  tenant?: boolean;
  /** Named with a share-price move ("Nvidia lost 3%"); read only while the sentence's parties are gathered. */
  passing?: boolean;
  /** That move told with its cause ("CoreWeave gained 5% after Meta agreed to pay it …"): the news is about it. */
  movedOnNews?: boolean;
  /** Named in a list of stocks whose move the sentence tells (share-move-list.ts). */
  moveList?: boolean;
  /** Named as the maker of the goods bought ("buy 400,000 of Nvidia's GB200 processors"). */
  product?: boolean;
  /** A cloud named by its own chips ("a million Google TPUs"): the seller of their use when no other is named. */
  cloudChips?: boolean;
  /** The buyer's own customer downstream ("… to fill the campus it will lease to OpenAI"): not a party of a
   * purchase amount stated before it. */
  downstream?: boolean;
  /** Named as the end user ("with Anthropic as the end user", "Endnutzer ist Anthropic"): never a party. */
  endUser?: boolean;
  /** The customer a site was first meant for ("pensado para Oracle y OpenAI"): not a party of who takes it now. */
  meantFor?: boolean;
  /** The party of another contract set beside the deal ("in addition to the Microsoft contract"): never a party. */
  otherDeal?: boolean;
}

/** A company that stands in the sentence without being named at `at` (the subject, the registrant, a list's referent). */
export const unnamedParty = (company: CompanyEntry, at: number): Party => ({
  company,
  start: at,
  end: at,
  weak: false,
  pronoun: true,
});

export const PRONOUN_RE =
  /(?<![\p{L}])(?:[Tt]he Company|[Tt]he Registrant|[Tt]he Corporation|[Tt]he Group|[Ll]e Groupe|[Dd]er Konzern|[Ee]l Grupo|[Ii]l Gruppo|o Grupo|We|we|our|Our|us|la Soci[ée]t[ée]|La Soci[ée]t[ée]|nous|Nous|notre|Notre|die Gesellschaft|la Compa[ñn][ií]a|la Societ[àa]|a Companhia)(?![\p{L}])/gu;
/**
 * A product name after a maker's name. A brand hyphenated to the capacity ("Nvidia-Rechenleistung") or in the
 * genitive ("Nvidias GB300") names the goods, as does "Nvidia-powered", "Nvidia-based" ("an Nvidia-powered AI factory");
 * "kauft bei Cerebras Rechenleistung" names the seller. "Nvidia architectures", "les architectures Nvidia", "die
 * Plattformen von Nvidia" (see PRODUCT_BEFORE_RE) name the chips a model is tuned for, not a seller of capacity;
 * nor does the maker in the genitive after the goods ("Chipsystemen des Chipkonzerns Nvidia"), nor "der von Nvidia
 * entwickelten Plattform" (the maker, then a participle of making).
 */
/** Characters after a chip maker's name read for its goods (a word of rank may come first). */
export const PRODUCT_AFTER_REACH = 40;
export const PRODUCT_AFTER_RE =
  /^(?:\s(?:entwickelte|hergestellte|gefertigte|gebaute|konzipierte)[nrs]?\s|-(?:Rechenleist|Rechenkapaz|Architektur|Cloud-Kapaz|powered\b|based\b|gest[üu]tzt|basiert)|(?:['’]?s)?[\s-]?(?:(?:fastest|most advanced|most powerful|top-end|flagship|next-generation|plus puissantes|plus rapides|schnellsten|leistungsst[äa]rksten|m[áa]s potentes|m[áa]s r[áa]pidas|pi[ùu] potenti|pi[ùu] veloci|mais potentes|mais r[áa]pidas)\s)?(?:(?:AI|IA|KI)[\s-](?=[a-zA-Z]))?(?:Grafikkarte|GB\d|B\d|H\d|A\d|L\d|GH\d|Blackwell|Hopper|Rubin|Grace|Vera|Instinct|MI\d|TPU|Trillium|Ironwood|Trainium|Inferentia|Maia|Cobalt|graphics[\s-](?:processing\b|cards?\b|chips?\b)|GPU|chips?\b|Chips?\b|Prozessoren|Grafikprozess|Beschleuniger|Systeme\b|processors?|accelerators?|systems|servers|hardware|architectures?\b|platforms?\b|puces|processeurs|serveurs|Tensor|[Ss]upercomput|[Ss]upercalculat|[Ss]uperordenador|comput(?:e|ing) (?:resources|power|systems)\b))/;
export const TENANT_AFTER_RE =
  /^['’]s? (?:lease |rent |payment |financial )?obligations|^ (?:lease|rent|payment) obligations\b|^['’]s? (?:lease payments|rent)|^['’]s? (?:[\w-]+ ){1,3}(?:obligations|payments)\b|^s (?:Miet|Leasing)(?:zahlungen|verpflichtungen)\b/i;
export const TENANT_BEFORE_RE =
  /(?:(?:obligations|payments|rent) owed by|du(?:e)?s par|devid[oa]s (?:pel[oa]|por)|adeudad[oa]s por|dovut[ie] da|canoni (?:di (?:locazione|affitto) )?di|c[áa]nones (?:de arrendamiento )?de|rendas (?:de arrendamento )?d[aoe]|obligations (?:locatives |de paiement )?de|loyers de|pagos (?:de (?:alquiler|arrendamiento) )?de|pagamenti (?:di locazione )?di|pagamentos (?:de aluguel )?d[aoe]|(?:Miet)?zahlungen von|obligations of|obbl(?:ighi|igazioni) (?:di locazione |di leasing |locativ[ie] )?di|obligaciones (?:de arrendamiento |de alquiler )?de|obriga[çc][õo]es (?:de aluguel |de arrendamento |de pagamento )?d[aoe]|(?:Miet)?verpflichtungen (?:von|der))\s$/i;
/**
 * Capacity told as running on the maker's goods, the maker's name next: "compute capacity using Nvidia's latest Grace
 * Blackwell systems", "computing power driven by NVIDIA's latest chips", "équipé de puces", "alimentada por", "betrieben
 * mit", "alimentata da", "equipado com". The maker is the goods' brand; the capacity's seller is another company.
 */
const RUNS_ON_BEFORE_RE =
  /(?:\b(?:driven|powered|fuell?ed|equipped|fitted|outfitted|packed)\s(?:by|with)|\b(?:using|utilizing|utilising|running on|runs on|run on|featuring)|[ée]quip[ée]e?s?\sde|aliment[ée]e?s?\spar|propuls[ée]e?s?\spar|utilisant|(?:impulsad|equipad|alimentad)[oa]s?\s(?:por|con|com)|utilizando|usando|(?:angetrieben|betrieben)\s(?:von|mit)|ausgestattet\smit|(?:alimentat|equipaggiat)[oaie]\s(?:da|con)|utilizzando|movid[oa]s?\sa)\s(?:(?:the|les|des|de|la|le|el|los|las|il|i|gli|le|o|os|as|a|die|den)\s)?(?:(?:hundreds|thousands|tens)\sof\s(?:thousands\sof\s)?|(?:latest|newest|new|most advanced|derni[èe]res?|nouvelles?|neuesten|[úu]ltim[oa]s|ultimi|ultime|nuev[oa]s)\s)?(?<goods>(?:chips?|puces|GPUs?|processeurs|systèmes|sistemas|sistemi|Chips|processori|procesadores|processadores)\s(?:de\s|d['’]|di\s|da\s|von\s|from\s|by\s)?)?$/iu;
/** The maker's goods after its name: a possessive, goods or a product family ("Nvidia's", "Nvidia GPUs"). */
const MAKER_GOODS_AFTER_RE =
  /^(?:['’]s?\s|[\s-](?:hardware|chips?|GPUs?|systems|accelerators|processors|Chips|Grace|Blackwell|Hopper|Rubin|Vera|GB\d|H\d|B\d|MI\d|Instinct)\b)/u;

/** "driven by NVIDIA's latest chips", "alimentée par les puces de Nvidia"; not "le Nasdaq, impulsado por AMD". */
function runsOnMaker(text: string, start: number, end: number): boolean {
  const before = RUNS_ON_BEFORE_RE.exec(textBefore(text, start, 48));
  return (
    before !== null &&
    (before.groups?.goods !== undefined || MAKER_GOODS_AFTER_RE.test(text.slice(end, end + 16)))
  );
}

/**
 * "the deployment of 52,000 NVIDIA GPUs for Microsoft", "le déploiement de 52 000 GPU Nvidia", "die Bereitstellung
 * von 52.000 Nvidia-GPUs", "el despliegue de 52.000 GPU de Nvidia": goods counted after a deployment word are
 * deployed by the cloud for its customer; their maker sells nothing in that sentence.
 */
const DEPLOYED_COUNT_BEFORE_RE =
  /\b(?:deploy(?:ment of|s|ed|ing)?|d[ée]ploi(?:ement de|e|ent|er|era)|desplieg(?:ue de|a|an|ar[áa]?)|implanta(?:[çc][ãa]o de|r[áa]?)|implementa(?:zione di|re|r[àa])|distribuzione di|install(?:ation of|s|ed|ing)?|installer[ao]?|Bereitstellung von|Installation von|bereitstellen|einsetzen)\s(?:(?:approximately|about|some|roughly|up to|more than|over|nearly|environ|pr[èe]s de|jusqu['’]à|plus de|unos|cerca de|hasta|m[áa]s de|circa|fino a|oltre|rund|etwa|bis zu|mehr als|aproximadamente|at[ée])\s)?\d[\d.,\u00a0\u202f ]*\s(?:of\s)?(?:(?:GPUs?|puces|chips|processeurs|procesadores|processori|processadores)\s(?:de\s|di\s|da\s)?)?$/iu;

/** The goods after the maker's name, then the customer they are deployed for ("GPUs for Microsoft"). */
const GOODS_FOR_CUSTOMER_AFTER_RE =
  /^[\s-](?:\p{Lu}[\p{L}\d-]*\s){0,3}(?:GPUs?|chips?|Chips|Grafikprozessoren|processors|puces)?\s?(?:\p{Lu}[\p{L}\d-]*\s){0,3}(?:for|pour|f[üu]r|para|per)\s(?:(?:la|le|l['’]|a|o)\s?)?\p{Lu}/u;

function deployedGoods(text: string, start: number, end: number): boolean {
  // Deployed for a named customer: a cloud deploying its own goods ("Oracle will deploy 50,000 AMD GPUs in its
  // cloud") buys them from the maker.
  return (
    DEPLOYED_COUNT_BEFORE_RE.test(textBefore(text, start, 60)) &&
    GOODS_FOR_CUSTOMER_AFTER_RE.test(text.slice(end, end + 60))
  );
}

/**
 * The seller a purchase names with its preposition ("comprará da Dell Technologies GPUs Nvidia", "comprará a Dell GPU
 * Nvidia", "buys from Dell",
 * "achète auprès de Dell", "kauft bei Dell"): the goods' words after its name are what it sells, not its brand.
 */
const SELLER_PREP_BEFORE_RE =
  /(?:\b(?:from|aupr[èe]s d[eu]|chez|von|bei|da|dalla|dal|al|ao|a|junto (?:à|a|ao))|(?<!\p{L})à)\s(?:(?:la|le|l['’]|the|o|der|dem|il)\s?)?$/iu;
function boughtFrom(text: string, start: number): boolean {
  return (
    SELLER_PREP_BEFORE_RE.test(textBefore(text, start, 16)) &&
    PURCHASE_VERB_RE.test(textBefore(text, start, 48))
  );
}

/**
 * Servers rented, then their maker: "alquilar servidores de Nvidia a CoreWeave", "alugar servidores da Nvidia à
 * CoreWeave", "rent servers of Nvidia". The maker's name is the goods' brand; the cloud that rents them out sells.
 */
const RENTED_SERVERS_OF_BEFORE_RE =
  /\b(?:alquil\p{L}*|alug\p{L}*|affitt\p{L}*|noleggi\p{L}*|rent\p{L}*|lou\p{L}*|miet\p{L}*)\s(?:\S+\s){0,3}?(?:servidores|servers?|serveurs|Server)\s(?:de|da|do|di|of|von)\s(?:la\s)?$/iu;

/** A count of goods right before a maker's possessive ("18,400 of Nvidia's"). */
const COUNT_OF_BEFORE_RE = /\b\d[\d,.]*\s(?:of|of the)\s$/i;
export const CHIP_BRAND_AFTER_RE =
  /^(?:['’]s)?[\s-]?(?:TPU|Trillium|Ironwood|Trainium|Inferentia|Maia|Cobalt|Axion|Graviton)/;
/** The same brand before the cloud's name: "TPUs do Google", "Trainium da Amazon", "les TPU de Google", "TPUs of Google". */
const CHIP_BRAND_BEFORE_RE =
  /(?:TPUs?|Trillium|Ironwood|Trainium\d?|Inferentia|Maia|Graviton)\s(?:de|da|do|di|del|della|of|von|d['’])\s?(?:la\s|l['’])?$/;
/**
 * Goods, then their maker: "puces Nvidia", "unidades de processamento gráfico (GPU) da Nvidia", "chips de última
 * geração da Nvidia": the maker's name is the goods' brand.
 */
export const PRODUCT_BEFORE_RE =
  /(?:\bGPUs?|\barchitectures?|\bArchitekturen?|\barquitecturas?|\barchitetture?|\barquiteturas?|\bplateformes?|\bplatforms?|\bPlattformen?|\bplataformas?|\bpiattaform[ae]|\bpuces|\bchips?|\bsupercomputers?|\bsupercomputador(?:es)?|\bsuperordenador(?:es)?|\bsupercalculateurs?|\bSupercomputern?|\bprocesseurs|\bprocessors|\bserveurs|\bsystèmes|\bsistemas|\bsistemi|\bprocesadores|\bprocessori|\bprocessadores|\bProzessoren|Grafikprozessoren|\bBeschleunigern?|\bacceleratori|\baceleradores|\bacc[ée]l[ée]rateurs|\baccelerators|\bServer|\bprocessing units?|\bunit[ée]s de traitement|\bunidades de process?ami?ento|\bunit[àa] di elaborazione|\bChipsystem(?:e|en)?)(?:\s(?:gr[áa]fic[oa]s?|graphiques?|grafic[aihe]|graphics))?(?:\s\([A-Z]{2,4}s?\))?(?:\s(?:de|di)\s(?:\S+\s)?(?:gera[çc][ãa]o|generaci[óo]n|g[ée]n[ée]ration|generazione))?\s(?:(?!(?:and|und|et|ou|or|oder|sowie|plus|with|avec|mit|con|com|to|back|for|into|onto|at|in|on|au|aux|al|alla|alle|ai|an|f[üu]r|para|per|pour|a|à)\s)(?:[A-Z][\wÀ-ɏ-]{1,12}|\d{2,4})\s){0,3}(?:(?:de|di|da|von|d['’]|des\s(?:Chip|Halbleiter|Grafikchip)[\wäöüß]{0,14}\s|(?:(?:made|built|designed)\s)?(?:from|by))\s?)?$/i;
/**
 * "sistemas Grace Blackwell e Vera Rubin da Nvidia", "Blackwell and Rubin systems from Nvidia": a list of product
 * names (capitalised: case-sensitive, unlike the pattern above) before or after the goods' noun, then the maker.
 */
export const PRODUCT_LIST_BEFORE_RE =
  /(?:(?:[Ss]ystems|[Ss]yst[èe]mes|[Ss]istem[ai]s?|GPUs?|[Cc]hips?|[Pp]uces|[Ss]ervers?|[Ss]erveurs)\s(?:[A-Z][\w-]{1,12}\s){1,2}(?:e|et|and|y|und)\s(?:[A-Z][\w-]{1,12}\s){1,2}(?:de|di|da|von|d['’])|(?:[A-Z][\w-]{1,12}\s){1,2}(?:and|et|e|y|und)\s(?:[A-Z][\w-]{1,12}\s){1,2}(?:systems|chips|GPUs|servers)\sfrom)\s?$/;

export function registrantEntry(reg: { name: string; cik?: string } | null | undefined): CompanyEntry | null {
  if (!reg?.name && !reg?.cik) return null;
  const known =
    (reg.cik ? companyByCik(reg.cik) : undefined) ?? (reg.name ? resolveCompanyName(reg.name) : undefined);
  if (known) return known;
  const cik = reg.cik?.replace(/\D/g, '');
  const entry: CompanyEntry = { id: slugify(reg.name), name: reg.name, aliases: [], tier: 2.5 };
  if (cik) entry.cik = cik.padStart(10, '0');
  return entry;
}

/**
 * A relative or purpose clause that passes the goods on: "(to fill the campus) it will lease to", "which it plans
 * to rent out to", "pour équiper le site qu'il louera à", "destined for", "to serve"; the goods bought for someone ("compró
 * chips de Nvidia por 40.000 millones para OpenAI"). The company after it is the buyer's customer, not the seller of
 * what the amount buys.
 */
export const DOWNSTREAM_BEFORE_RE =
  /(?:\b(?:it|they|which|that|the company)\s(?:will\s|would\s|plans to\s|intends to\s|is to\s|expects to\s|then\s|is\s|are\s|will be\s)?(?:lease|leases|leasing|rent|rents|renting|sublease|subleases|subleasing|resell|resells|reselling|provide|provides|providing|offer|offers|offering|supply|supplies|supplying|sell|sells|selling|make available|makes available|make (?:it|them) available)(?:\s(?:out|it|them|on|back|the capacity|capacity))?|(?:qu['’]il|qu['’]elle|qu['’]ils|qu['’]elles|dont il)\s(?:va\s|compte\s|doit\s|pr[ée]voit de\s)?(?:louer(?:a|ont)?|loue|sous-louer(?:a)?|revendr(?:a|ont)|fournir(?:a|ont)?|proposer(?:a|ont)?|mettr(?:a|ont) à disposition))\s(?:to|à|au|de)\s(?:the\s)?$|(?:\bto serve|\b(?:will |would |to )?support(?:s|ing)?|\bdestined for|\bfor use by|\bpour servir|\bdestin[ée]e?s? à|\bused by|\butilis[ée]e?s? par|\bexploit[ée]e?s? par|\butilizzat[aeio] da|\bus[ao]d[ao]s? (?:por|pela|pelo)|\butilizad[ao]s? por|\bgenutzt von|\bverwendet von|\bf[üu]r die Nutzung durch)\s(?:the\s|its\s|their\s)?$|\b(?:bought|buy|purchas|compr|acquist|ach[eè]t|gekauft|kauf)[a-zà-ÿ]*\s(?:[^.;]|\.(?=\d)){0,40}?\b(?:chips?|gpus?|puces|servers?|serveurs|servidores)\b(?:[^.;]|\.(?=\d)){0,60}?\s(?:for|pour|para|per|f[üu]r)\s(?:the\s|la\s|a\s|l['’])?$/i;

/**
 * The partner of a programme told as an adverbial phrase: "in collaboration with", "in Zusammenarbeit mit", "en
 * collaboration avec", "en colaboración con", "in collaborazione con", "em colaboração com". Not a contract's party.
 */
const COLLABORATION_BEFORE_RE =
  /\b(?:in collaboration with|in Zusammenarbeit mit|en collaboration avec|en colaboraci[óo]n con|in collaborazione con|em colabora[çc][ãa]o com)\s(?:(?:the|la|le|l['’]|el|il|a|o|der|dem)\s?)?$/iu;

/** A literal check before GUARANTOR_BEFORE_RE (an end-anchored pattern costs more): most names have none. */
const GUARANTEE_WORD_RE =
  /guarant|garant|backstop|backed|backing|b[üu]rg|ab(?:zu|ge)?sicher|abgesichert|respald|soutenu|unterst[üu]tzt|sostenut|apoiad|adoss/i;
/** Characters before a name read for "with a guarantee from the". */
const GUARANTOR_REACH = 50;

/** Money named as a company's: "Nvidia's money", "i soldi di Nvidia", "l'argent de Nvidia", "das Geld von Nvidia". */
const MONEY_OWNER_AFTER_RE = /^['’]s?\s(?:money|cash|funds)\b/i;
/** Unless the money goes into a deal told right after ("Nvidia's money went into a $6.3 billion order"). */
const MONEY_INTO_DEAL_AFTER_RE =
  /\b(?:orders?|contracts?|deals?|agreements?|commande|contrat|accord|ordine|contratto|accordo|Vertrag|Auftrag|contrato|acuerdo|pedido|acordo)\b/i;
const MONEY_OWNER_BEFORE_RE =
  /\b(?:soldi|denaro|argent|Geld(?:er)?|dinero|dinheiro)\s(?:di|de|d['’]|von|da|do|del|della)\s?(?:la\s|el\s|a\s|o\s)?$/i;

/**
 * A guarantor's verb right after its name, in the relative clause that opens before it ("a $3 billion deal that Google
 * likewise backs", "un contrat que Google garantit", "ein Vertrag, den Google absichert", "un contrato que Google
 * respalda", "un contratto che Google garantisce").
 */
const GUARANTEES_AFTER_RE =
  /^\s(?:(?:also|likewise|too|itself|aussi|également|auch|ebenfalls|también|anche|também)\s)?(?:backs|backstops|guarantees|underwrites|garantit|garantiza|garantisce|garante|respalda|absichert|garantiert)(?![\p{L}])/iu;

/** The guarantee's own amount right after its guarantor: "by Google for up to $1.4 billion", "pelo Google em até US$ 1,4". */
const GUARANTEE_AMOUNT_AFTER_RE =
  /^['’]s?\s(?:(?:about|around|roughly|up to)\s)?(?:US\$|\$|USD)\s?\d|^[^.;,]{0,20}?\s(?:up to|for|of|covering|on|hasta|por|de|sobre|cubriendo|fino a|per|di|su|a copertura di|em até|até|at[ée] a|cobrindo|à hauteur de|jusqu['’]à|pour|sur|couvrant|bis zu|mit|über|f[üu]r|in h[öo]he von)\s(?:(?:about|around|environ|rund|unos|circa|cerca de)\s)?(?:US\$|\$|€|USD)?\s?\d/i;

/**
 * "with a guarantee from", "avec la garantie de", "mit einer Bürgschaft von", "com garantia do", "backed by"; the
 * guarantor perhaps named with its parent ("backed by Alphabet's Google").
 */
export const GUARANTOR_BEFORE_RE =
  /(?:\b(?:with|avec|mit|con|com|backed by|adoss[ée]e?s? [àa]|soutenue?s? par|abgesichert durch|respaldad[oa]s? por|sostenut[oaie] da|apoiad[oa]s? pel[oa])\s(?:(?:a|the|la|une|eine|einer|der|una|uma|a)\s)?(?:guarantee|backstop|backing|garantie|b[üu]rgschaft|absicherung|garant[ií]a|garanzia|garantia|respaldo)\s(?:from|of|by|de|du|des|von|durch|del|de la|di|del|della|dello|do|da|d['’])\s?|\b(?:backed|guaranteed|backstopped) by\s|\bgaranti(?:e|s|es)? par\s|\babgesichert durch\s|\b(?:garantizad|respaldad)[oa]s? por\s|\bgarantit[oaie] da\s|\bgarantid[oa]s? pel[oa]\s|\b(?:financially (?:backed|supported|underwritten) by|soutenue?s? financi[èe]rement par|financi[èe]rement soutenue?s? par|finanziell (?:abgesichert|unterst[üu]tzt) (?:durch|von)|respaldad[oa]s? financieramente por|sostenut[oaie] finanziariamente da|apoiad[oa]s? financeiramente pel[oa])\s)(?:the\s|le\s|la\s|l['’]|o\s|a\s|il\s)?(?:[\w.&-]+['’]s\s)?$/i;

/**
 * The one an operator works for: "clusters that Fluidstack operates for", "exploités … pour le compte d'", "im
 * Auftrag von", "per conto di", "por conta da", "on behalf of". Behind a tenant it is the end user, not a party of
 * the lease (it stays one when the sentence names no other pair: see withoutEndUsers).
 */
export const OPERATED_FOR_BEFORE_RE = fastWordStarts(
  String.raw`(?:\bpour le compte d['’]|\bau nom d['’]|(?:\bon behalf of|\bpour le compte de|\bau nom de|\bim Auftrag (?:von|des|der)|\bper conto (?:di|del|della)|\bpor cuenta de|\ben nombre de|\bpor conta d[aoe]|\bem nome d[aoe]|\b(?:operat(?:e|es|ed|ing)|run|runs|running|manag(?:e|es|ed|ing)|op[èe]r(?:e|ent|era|eront)|exploit(?:e|ent|era|eront)|opera(?:n|r[áa]|r[áa]n|rá|ndo)?|gestisc(?:e|ono)|gestir(?:[àa]|anno)|betreib(?:t|en)|vai operar|ir[áa] operar)\s(?:[\p{L}'’-]+\s){0,3}?(?:for|pour|f[üu]r|para|per))\s(?:(?:la|el|il|a|o|le|the|l['’]|d['’])\s?)?)$`,
  'iu',
);

/**
 * The end user named as such: "with Anthropic as the end user", "Anthropic comme utilisateur final", "Endnutzer
 * ist Anthropic", "tendo a Anthropic como usuária final", "con Anthropic come utente finale". It uses the capacity
 * a lease or a cloud contract provides; it signs neither (a literal check first: most names have no such word).
 */
const END_USER_WORD_RE = /end[- ]?user|ultimate (?:customer|user)|final|endnutzer|endkunde/i;
const END_USER_NOUN = `(?:end[- ]users?|ultimate (?:customer|user)|utilisat(?:eur|rice)s? fina(?:l|le|ux)|clients? fina(?:l|le|ux)|endnutzer(?:in)?|endkunde|usuari[oa]s? final(?:es)?|usu[áa]ri[oa]s? fina(?:l|is)|clientes? fina(?:l|le|is|les)|utent[ei] final[ei])`;
const END_USER_AFTER_RE = new RegExp(
  String.raw`^(?:['’]s?)?,?\s(?:as|being|comme|étant|als|como|siendo|sendo|come|quale|essendo)\s(?:(?:the|its|their|l['’]|le|la|der|die|el|o|a|il)\s?)?${END_USER_NOUN}`,
  'i',
);
const END_USER_BEFORE_RE = new RegExp(
  String.raw`${END_USER_NOUN}\s?(?::|\s(?:is|will be|being|est|sera|ist|wird|sein|es|será|sería|è|sarà|é|seria))\s(?:(?:the|l['’]|le|la|der|die|el|o|a|il)\s?)?$`,
  'i',
);

/**
 * The end user told by what it does: "Anthropic will use the clusters", "Anthropic soll die Rechner nutzen", "die
 * Rechner soll Anthropic nutzen", "used by Anthropic", "qu'utilisera Anthropic", "que usará Anthropic", "che userà
 * Anthropic": the company that runs on the capacity, in a clause of its own after the deal's, not one that signs.
 */
const USE_WORD_RE = /\b(?:use|used|using|nutz|verwend|utilis|usar|usad|usará|utiliz|usat|userà|usa)/i;
/**
 * "die Rechner soll Anthropic nutzen": the infinitive right after the name ends the clause (German inversion after a
 * modal). "Anthropic usará hasta un millón de TPU" is the buyer's own headline, not an end user's.
 */
const USES_RIGHT_AFTER_RE = /^\s(?:nutzen|verwenden)\s?(?:[.;,!]|$)/i;
/** "…, Anthropic soll die Rechner nutzen", "; Anthropic will use the clusters": a clause of its own after the deal's. */
const USES_IN_OWN_CLAUSE_AFTER_RE =
  /^\s(?:(?:utilisera|utiliseront|usará|usarán|utilizará|userà|utilizzerà)(?!\p{L})|(?:will|is to|is set to|is expected to|soll|sollen|wird|va|vont|deve|dovrebbe|vai|deverá|debe|deberá)\s(?:(?:[\p{L}-]+\s){0,3}(?:nutzen|verwenden)\b|(?:use|run on|utiliser|usar|utilizar|usare|utilizzare)\b))/iu;
const OWN_CLAUSE_BEFORE_RE =
  /(?:[,;]|\band|\bund|\bet|\by|\be)\s(?:(?:the|das|die|der|l['’]|la|le|el|il|a|o)\s)?(?:[\p{L}-]+\s){0,2}$/iu;
const USED_BY_BEFORE_RE =
  /(?:\bused by|\bgenutzt von|\bverwendet von|utilis[ée]e?s? par|qu['’]utilisera|usad[oa]s? por|utilizad[oa]s? por|que usará|usat[ei] da|utilizzat[ei] da|che userà|que (?:a |o )?vai usar)\s(?:(?:the|l['’]|le|la|der|die|el|o|a|il)\s)?$/i;

/**
 * The goods' user in a relative clause: "equipment that Microsoft will use", "équipements que Microsoft MSFT.O
 * utilisera", "equipos que Microsoft usará", "apparecchiature che Microsoft userà", "Geräte, die Microsoft nutzen
 * wird", "equipamentos que a Microsoft vai usar": the company the goods serve, no party of their sale.
 */
// "a contract under which Microsoft will use GPU capacity": after a preposition the clause tells the buyer's own use.
const RELATIVE_BEFORE_RE =
  /(?<!\b(?:under|in|by|through|via|for|with|from|of|to|on|said|says|reported|reports|announced|noted|added|stated|confirmed|wrote|dit|indiqué|annoncé|rapporté|dijo|informó|anunció|detto|riferito|annunciato|disse|informou|anunciou|sagte|berichtete|meldete)\s)(?:\bthat|\bwhich|\bque|qu['’]|\bche|\bdie|\bdas|\bden)\s(?:(?:the|l['’]|le|la|el|o|a|il)\s)?$/i;
const RELATIVE_USE_AFTER_RE =
  /^(?:\s[A-Z]{2,6}\.[A-Z]{1,2})?\s(?:will use|would use|uses|is using|will run on|utilisera|utiliseront|utilise|utilisent|usar[áa]|usa|utiliza(?:r[áa])?|user[àa]|utilizzer[àa]|utilizza|nutzt|nutzen wird|verwenden wird|verwendet|vai usar|ir[áa] usar|usar[áa])(?!\p{L})/u;

/** A source named before the clause: "According to Reuters, Meta will use …", "Selon Reuters, Meta utilisera …". */
const ATTRIBUTION_LEAD_BEFORE_RE =
  /(?:(?:\baccording to|\bselon|\bseg[úu]n|\bsecondo|\bsegundo|\blaut|\bnach Angaben von)\s[^,;]{1,40}|\bas\s\S+(?:\s\S+)?\s(?:reported|said|noted|first reported)),\s$/iu;

/**
 * The company whose AI, clusters or workloads a contract serves: "a $7 billion lease for Anthropic's AI clusters",
 * "un contrato de 7.000 millones para la IA de Anthropic", "un bail pour les clusters d'Anthropic", "per l'IA di
 * Anthropic", "para a IA da Anthropic", "für die KI-Cluster von Anthropic". Its end user, not a party of the amount.
 */
const SERVED_AI_BEFORE_RE =
  /\b(?:(?:para|pour|per)\s(?:(?:la|las|los|les|le|l['’]|il|i|gli|a|as|os|o)\s?)?(?:IA|cl[úu]steres|clusters?|cl[úu]ster|cargas de trabajo|charges de travail|carichi di lavoro|cargas de trabalho)\s(?:de|d['’]|di|dell['’]|del|da|do|des)\s?(?:la\s|l['’])?|für\s(?:die\s)?(?:KI|KI-Cluster|Cluster|Rechenlasten)\s(?:von|des)\s)$/iu;
const SERVED_AI_AFTER_RE = /^['’]s?\s(?:(?:AI|own|new)\s)?(?:clusters?|workloads?|supercomputers?)\b/i;
const FOR_BEFORE_RE = /\bfor\s$/i;

/** A lab (it only buys) named as the one whose AI a contract serves. A neocloud so named is the tenant itself. */
function isServedLab(text: string, m: CompanyMention): boolean {
  if (m.company.tier !== 0) return false;
  const before = textBefore(text, m.start, 40);
  return (
    SERVED_AI_BEFORE_RE.test(before) ||
    (FOR_BEFORE_RE.test(before) && SERVED_AI_AFTER_RE.test(text.slice(m.end, m.end + 40)))
  );
}

function isEndUser(text: string, start: number, end: number): boolean {
  const before = textBefore(text, start, 40);
  const after = text.slice(end, end + 48);
  if (RELATIVE_BEFORE_RE.test(before) && RELATIVE_USE_AFTER_RE.test(after)) return true;
  if (
    (USE_WORD_RE.test(after) &&
      (USES_RIGHT_AFTER_RE.test(after) ||
        (USES_IN_OWN_CLAUSE_AFTER_RE.test(after) &&
          OWN_CLAUSE_BEFORE_RE.test(before) &&
          !ATTRIBUTION_LEAD_BEFORE_RE.test(before)))) ||
    (USE_WORD_RE.test(before) && USED_BY_BEFORE_RE.test(before))
  )
    return true;
  if (!END_USER_WORD_RE.test(before) && !END_USER_WORD_RE.test(after)) return false;
  return END_USER_AFTER_RE.test(after) || END_USER_BEFORE_RE.test(before);
}

/**
 * The customer a site was first meant for, not the one that now takes it: "originally intended for", "with Oracle
 * and OpenAI in mind", "initialement prévu pour", "ursprünglich für … gedacht", "pensado en principio para",
 * "pensato inizialmente per", "pensado originalmente para". A literal check first: most names have none of these.
 */
const MEANT_FOR_WORD_RE =
  /intend|meant|planned|earmark|designed|pr[ée]vu|destin|pens|gedacht|vorgesehen|geplant|previst|concebid|concepit|con[çc]u|promis/i;
const MEANT_FOR_BEFORE_RE =
  /\b(?:originally|initially|at first|once)\s(?:\S+\s){0,2}?(?:intended|meant|planned|earmarked|designed|built)\sfor\s(?:the\s)?$|(?:pr[ée]vue?s?|destin[ée]e?s?|pens[ée]e?s?|con[çc]ue?s?)\s(?:initialement|à l['’]origine|au d[ée]part|d['’]abord)\s(?:pour|à)\s(?:l['’])?$|(?:initialement|à l['’]origine|au d[ée]part)\s(?:pr[ée]vue?s?|destin[ée]e?s?|pens[ée]e?s?|con[çc]ue?s?)\s(?:pour|à)\s(?:l['’])?$|(?:pensad|destinad|previst|concebid|pensat|destinat|concepit)[oa]s?\s(?:en principio|inicialmente|originalmente|originariamente|en un principio|in origine|inizialmente|all['’]inizio|de in[íi]cio|a princ[íi]pio)\s(?:para|per|a|ad)\s(?:(?:el|la|il|lo|o|a)\s)?$|(?:inicialmente|originalmente|en principio|inizialmente|in origine|originariamente)\s(?:pensad|destinad|previst|concebid|pensat|destinat|concepit)[oa]s?\s(?:para|per|a|ad)\s(?:(?:el|la|il|lo|o|a)\s)?$/iu;
/**
 * A plan told in the pluperfect is one that was ("que había sido pensado para Oracle", "which had been planned for",
 * "qui avait été prévu pour", "che era stato pensato per", "que tinha sido pensado para"), and a site "first promised"
 * to a pair ("d'abord promis au tandem Oracle–OpenAI", "zuerst … versprochen") the same, whatever word says it first.
 */
const MEANT_FOR_PAST_RE =
  /\b(?:had been|avait été|avaient été|había sido|habían sido|era stato|era stata|erano stati|erano state|tinha sido|tinham sido|havia sido)\s(?:\S+\s)?(?:intended|meant|planned|earmarked|designed|pr[ée]vue?s?|destin[ée]e?s?|pens[ée]e?s?|promise?s?|con[çc]ue?s?|pensad[oa]s?|destinad[oa]s?|previst[oa]s?|pensat[oa]|pensati|destinat[oa]|promess[oa]|prometid[oa]|prometid[oa]s)\s(?:for|pour|à|au|aux|para|per|a|ad|al|alla|ao|à)\s(?:(?:the|l['’]|el|la|il|lo|o|a|le|les)\s?)?(?:(?:tandem|duo|bin[ôo]mio|bin[ôo]me|dupla|pair)\s)?$|\b(?:d['’]abord|initialement|à l['’]origine|au d[ée]part|originally|initially|first|at first)\s(?:promise?s?|promised|pr[ée]vue?s?|destin[ée]e?s?)\s(?:to|for|à|au|aux|pour)\s(?:(?:the|l['’]|la|le|les)\s?)?(?:(?:tandem|duo|bin[ôo]me|pair)\s)?$/iu;
/** "… Oracle and OpenAI in mind": the companies a project was shaped for. */
const IN_MIND_AFTER_RE = /^(?:\s(?:and|&|,)\s[\p{L}\d .&-]{1,30}?)?\sin mind\b/iu;
/** "ursprünglich für Oracle gedacht": the German verb closes the phrase after the name. */
const MEANT_FOR_AFTER_DE_RE = /^(?:\s(?:und|,)\s[\p{L}\d .&-]{1,30}?)?\s(?:gedacht|vorgesehen|geplant)\b/iu;
/** Between two names of one list: "Oracle and OpenAI", "Oracle y OpenAI", "Oracle e OpenAI". */
// A dash may join a pair: "le tandem Oracle–OpenAI".
const LIST_JOIN_RE = /^\s?(?:,|and|&|et|und|y|e)\s(?:(?:the|l['’]|la|el|il|o|a)\s?)?$|^,\s$|^\s?[–/-]\s?$/i;

function meantFor(text: string, start: number, end: number, previous: Party | undefined): boolean {
  const before = textBefore(text, start, 70);
  const after = text.slice(end, end + 50);
  // "a facility that Oracle and OpenAI previously declined to occupy": the customers who gave the site up.
  if (gaveUpSite(before, after)) return true;
  if (previous?.meantFor === true && LIST_JOIN_RE.test(text.slice(previous.end, start))) return true;
  if (!MEANT_FOR_WORD_RE.test(before) && !MEANT_FOR_WORD_RE.test(after) && !/in mind/i.test(after))
    return false;
  // "had been building with Oracle and OpenAI in mind": a plan that was, not the deal told now.
  if (
    IN_MIND_AFTER_RE.test(after) &&
    /\b(?:had been|originally|initially|once)\b[^.;]{0,50}\bwith\s(?:\S+\s){0,2}$/i.test(before)
  )
    return true;
  if (/\b(?:urspr[üu]nglich|zun[äa]chst|anfangs)\s(?:\S+\s){0,2}f[üu]r\s$/i.test(before))
    return MEANT_FOR_AFTER_DE_RE.test(after);
  if (MEANT_FOR_BEFORE_RE.test(before) || MEANT_FOR_PAST_RE.test(before)) return true;
  // The second name of "pensado para Oracle y OpenAI" shares the first one's reading.
  return previous?.meantFor === true && LIST_JOIN_RE.test(text.slice(previous.end, start));
}

/** Between two company names: "Fluidstack for Anthropic", "Fluidstack pour Anthropic", "Fluidstack für Anthropic". */
const SERVED_BY_BEFORE_RE = /^\s(?:for|pour|f[üu]r|para|per)\s(?:(?:la|el|il|a|o|le|l['’])\s?)?$/i;

export const BACKSTOP_WORD_RE =
  /backstop|unused|garanti|garante|garanzi|respald|b[üu]rg(?:t|schaft)|inutilis/i;

/** "chips for OpenAI's Texas site", "pour le campus d'OpenAI": the site of the buyer's customer. */
export const SITE_FOR_BEFORE_RE =
  /(?:\bfor|\bto fill|\bto equip|\bto populate|\bpour|\bf[üu]r|\bpara|\bper)\s(?:(?:the|le|la|den|die|das|el|il|o|a)\s)?(?:(?:first|second|new|premier|nouveau|ersten|neuen|primer|nuevo|primo|nuovo|primeiro|novo)\s)?$/i;
export const SITE_AFTER_RE = fastWordStarts(
  String.raw`^(?:['’]s?\s|-)(?:[\p{L}\d-]+\s){0,2}(?:site|campus|data cent(?:er|re)s?|facility|facilities|cluster|build-?out|project|halls?|Standort|Rechenzentrum|Campus|sitio|sito)\b`,
  'iu',
);

/**
 * A share-price move right after a name ("lost 3%", ", che ha perso il 3%", "è salita del 4%", "verlor 2 Prozent",
 * "subió un 4%", "caiu 3%", "a gagné 4 %"): the company is named in passing, no party of a deal.
 */
export const SHARE_MOVE_AFTER_RE =
  /^(?:['’]s (?:shares|stock)|\s(?:shares|stock|Aktie|-Aktie))?(?:,?\s(?:which|che|qui|que|die|der|das)|,)?\s(?:(?:has|have|had|ha|hat|a|è|ont|han|tem)\s)?(?:(?:also|anche|auch|ainsi|también|também)\s)?(?:lost|gained|rose|fell|dropped|jumped|climbed|slid|slipped|sank|surged|soared|added|shed|perso|guadagnato|salit[oa]|sces[oa]|calat[oa]|cedut[oa]|stieg|fiel|verlor|gewann|legte|sank|subi[óo]|cay[óo]|gan[óo]|perdi[óo]|caiu|recuou|avan[çc]ou|perdu|gagn[ée]|recul[ée]|chut[ée]|grimp[ée]|bondi)\s(?:(?:by|il|le|la|the|el|der|del|dello|della|de|du|um|un|o|en|about|around|circa|rund|quasi|nearly|almost|as much as|more than|mehr als|plus de|mais de|m[áa]s de|jusqu['’]à|up to|bis zu|hasta|fino a|fino al|at[ée])\s){0,3}\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|percent\b|per cent\b|Prozent\b|por ciento\b|per cento\b|pour cent\b|por cento\b)/i;

/**
 * A quote in a page's ticker strip, "WULF +40.2%  IREN +6.1%  GOOGL +0.3%": a signed change right after the name (or
 * ticker) names a stock that moved, no party of the story below it.
 */
const QUOTE_AFTER_RE = /^\s{1,2}[+\u2212\u2013-]\d{1,3}(?:[.,]\d{1,2})?\s?%/;

/**
 * The cause told right after a share-price move ("… 5% after Meta agreed", "on Monday following", "dopo che",
 * "après l'annonce", "nachdem", "tras", "depois de"), or the news it went against ("fell 6% even as the company
 * announced", "malgré", "obwohl", "pese a", "nonostante", "apesar de"): the move is news about that company.
 */
const MOVE_CAUSE = String.raw`(?:after|following|on news|as investors|on (?:the|a) (?:deal|contract|agreement)|apr[èe]s|suite [àa]|nachdem|nach (?:der|dem|Berichten|Meldungen|Medienberichten)|on reports|tras|despu[ée]s de|dopo|depois|ap[óo]s|even as|even though|despite|while|alors m[êe]me qu|m[êe]me si|malgr[ée]|obwohl|trotz|aunque|pese al?|a pesar del?|anche se|nonostante|embora|apesar d[eo]|because|as(?=\s(?:\S+\s){1,3}(?:signed|announced|agreed|inked|struck|unveiled|disclosed|won|landed|secured|expanded))|car|parce qu|weil|porque|perch[ée]|poich[ée]|mentre|mientras|enquanto)(?![\p{L}])`;
const MOVE_CAUSE_AFTER_RE = new RegExp(
  String.raw`^(?:\s(?:on|in|at|am|le|el|il)\s[\p{L}\d-]+(?:\s[\p{L}-]+){0,2})?,?\s` + MOVE_CAUSE,
  'iu',
);
const MOVE_CAUSE_RE = new RegExp(String.raw`\b` + MOVE_CAUSE, 'iu');

/**
 * "Applied Digital shares climbed 12% after the company signed a second lease with CoreWeave", "L'action a bondi
 * après l'annonce d'un bail signé avec CoreWeave": a deal told as the cause of a share-price move.
 */
export function dealToldAsCause(sentence: string, amountAt = sentence.length): boolean {
  const cause = MOVE_CAUSE_RE.exec(sentence) ?? MOVE_THEN_COLON_RE.exec(sentence);
  // "… became $100 billion richer after the $300 billion contract": an amount before the cause is the move's own.
  return (
    cause !== null && cause.index < amountAt && DEAL_RE.test(sentence.slice(cause.index + cause[0].length))
  );
}

/**
 * A finance portal's headline: the move, a colon, then its news ("Amazon-Aktie auf Rekordhoch: OpenAI unterzeichnet
 * Cloud-Vertrag über 38 Milliarden Dollar mit AWS", "Oracle stock soars: OpenAI signs $300 billion deal").
 */
const MOVE_THEN_COLON_RE = /^[^:;.]{3,90}:\s/;

/**
 * A backer named in apposition: "il neocloud sostenuto da Nvidia", "a Nscale, apoiada pela Nvidia", "soutenue par
 * Nvidia", "unterstützt von Nvidia": an investor in the seller, no party of its contract ("backed by" and
 * "respaldada por" are left out: they also name a lease's guarantor).
 */
/**
 * A company named as a co-participant right after "aux côtés de", "alongside", "an der Seite von", "junto a",
 * "al fianco di", "ao lado de": a partner in someone's venture, no party of the amount beside it. So is a buyer's
 * standing supplier named beside a provider it adds ("will run on Google Cloud alongside existing suppliers
 * Microsoft, CoreWeave and Oracle", "accanto a Microsoft", "au même titre que les autres fournisseurs comme").
 */
const ALONGSIDE_BEFORE_RE =
  /(?:\baux c[ôo]t[ée]s d(?:e\s|['’])|\balongside\s|\ban der Seite (?:von\s|des\s)|\bjunto a\s|\bal fianco di\s|\bao lado d[aoe]\s)(?:(?:la|le|l['’]|the|der|dem|la|el|il|a|o)\s?)?$/i;
/** The standing suppliers a provider is added beside; the names listed right after the first are beside it too. */
const BESIDE_SUPPLIERS_BEFORE_RE =
  /(?:\balongside\s(?:(?:its|the|their)\s)?(?:existing|current|other|incumbent)\s(?:(?:cloud|compute|infrastructure)\s)?(?:suppliers|providers|partners|vendors)\s|\baccanto a\s|\bau m[êe]me titre que (?:les )?autres fournisseurs (?:comme )?|\bjunto (?:a|con) (?:sus )?(?:otros )?proveedores (?:como )?)$/i;

/** What separates two names of one list: a comma, "and", "et", "und", "y", "e", "&". */
export const LIST_GAP_RE =
  /^(?:\s*,\s*(?:(?:and|et|und|y|e|&)\s+)?|\s+(?:and|et|und|y|e|&)\s+)(?:(?:la|le|l['’]|the|der|die|el|il|a|o)\s)?$/i;

/** Between two backers: "y", "and", "e pela", "et par". */
const BACKER_LIST_GAP_RE =
  /^\s*(?:,\s*)?(?:and|et|und|y|e|&)\s+(?:(?:por|pela|pelo|par|von|da|dalla|by)\s)?(?:(?:la|le|l['’]|the|der|die|el|il|a|o)\s?)?$/i;
/**
 * "CoreWeave, respaldada por Nvidia", "a CoreWeave, apoiada pela Nvidia": a feminine participle after a comma speaks of
 * the company before it (a contract, masculine, would be "respaldado"): its investor, not a lease's guarantor.
 */
const COMPANY_BACKED_APPOSITION_RE =
  /,\s(?:respaldada|apoiada|sostenuta|soutenue)s?\s(?:por|pela|pelo|da|dalla|par)\s(?:la\s|el\s|a\s|o\s)?$/i;
/** A backer named after its participle: "finanziato da", "apoyado financieramente por", "a deal financially supported by". */
const BACKER_BEFORE_RE =
  /\b(?:sostenut[oaie]|finanziat[oaie]|partecipat[oaie]|apoiad[oa]s?|financiad[oa]s?|investid[oa]s?|apoyad[oa]s?|soutenue?s?|financ[ée]e?s?|unterst[üu]tzt(?:e[nr]?)?|finanziert(?:e[nr]?)?)\s(?:(?:financieramente|financeiramente|finanziariamente|financi[èe]rement|finanziell)\s)?(?:da|dalla|dal|pel[oa]|por|par|von|vom|de)\s(?:la\s|el\s|a\s|o\s)?$|\bsupported\s(?:financially\s)?by\s$/i;

/**
 * "La empresa de computación en la nube respaldada por Nvidia", "the cloud company backed by Nvidia", "la société
 * soutenue par", "das Unternehmen, gestützt von": "backed by" after a noun for a company (not a lease, a contract or
 * an obligation, whose backer is its guarantor) names an investor in that company, no party of its contract.
 */
const COMPANY_BACKED_BEFORE_RE = new RegExp(
  String.raw`\b(?:${COMPANY_NOUN}|firma)\b[^.;:!?]{0,60}?\b(?:backed by|respaldad[oa]s? por|apoiad[oa]s? pel[oa]|gest[üu]tzt von)\s(?:the\s|la\s|el\s|a\s)?$`,
  'i',
);

/**
 * A backer told by a compound or a relative clause: "Nvidia-backed Lambda", "the Nvidia-funded cloud", "der Nvidia-nahe
 * Anbieter", "von Nvidia
 * unterstützte", "in which Nvidia holds a stake", "dans lequel Nvidia détient une participation", "an der Nvidia
 * beteiligt ist", "en la que Nvidia tiene una participación", "di cui Nvidia detiene una quota", "na qual a Nvidia
 * detém uma participação": an investor in a party, no party of the contract beside it.
 */
const BACKED_AFTER_RE =
  /^(?:-(?:backed|funded|financed|supported|owned|controlled|affiliated|aligned|nah(?:e[nrms]?)?|gest[üu]tzt(?:e[nrms]?)?|finanziert(?:e[nrms]?)?|unterst[üu]tzt(?:e[nrms]?)?)(?![\p{L}-])|\s(?:(?:also|already|auch|bereits|d[ée]j[àa]|ya|gi[àa]|j[áa])\s)?(?:holds?|owns?|has|had|d[ée]tient|poss[èe]de|h[äa]lt|besitzt|tiene|posee|detiene|possiede|det[ée]m|possui)\s(?:(?:a|an|une|eine|una|uma|um|small|minority|sizeable|significant|petite|minoritaire|kleine|peque[ñn]a|piccola|pequena)\s){1,2}(?:stake|participation|Beteiligung|participaci[oó]n|quota|partecipazione|participa[çc][ãa]o)|\s(?:beteiligt ist|est actionnaire|è azionista|es accionista|[ée] acionista))/iu;
/**
 * A stake or an investment named with its investor: "includes a stake from AI chipmaker Nvidia", "an equity
 * investment by Nvidia", "une prise de participation de Nvidia", "eine Beteiligung von Nvidia", "una participación
 * de Nvidia", "una partecipazione di Nvidia", "uma participação da Nvidia": a shareholder, no party of the deal.
 */
const STAKE_FROM_BEFORE_RE = fastWordStarts(
  String.raw`\b(?:stake|equity investment|investment|backing|participation|prise de participation|investissement|Beteiligung|Investition|participaci[oó]n|inversi[oó]n|partecipazione|investimento|participa[çc][ãa]o)\s(?:from|by|de|du|des|d['’]|von|vom|der|del|di|della|dello|do|da|dos)\s?(?:(?:the|la|le|l['’]|el|il|lo|o|a)\s?)?(?:[\p{L}-]+\s){0,3}$`,
  'iu',
);
/** How far before a name "a stake from (AI chipmaker)" is read. */
const STAKE_FROM_REACH = 70;

/** German puts the participle after the backer: "der von Nvidia unterstützte Anbieter". */
const BACKED_VON_BEFORE_RE = /\b(?:von|vom)\s$/i;
const BACKED_VON_AFTER_RE = /^\s(?:unterst[üu]tzt|finanziert|gest[üu]tzt|mitfinanziert)/i;

/**
 * A company named as the guarantor ("Google springt als Bürge ein", "with Google as guarantor", "Google comme
 * garant", "Google como garante", "Google come garante", "Google como fiador"): it backs a lease, it signs none.
 */
const AS_GUARANTOR_AFTER_RE =
  /^\s(?:(?:springt|tritt|steht|acts|serves|stepping in|steps in|intervient|agit|act[úu]a|interviene|entra|atua)\s)?(?:als|as|comme|en tant que|como|come|quale)\s(?:(?:the|its|le|la|der|el|il|o|a)\s)?(?:B[üu]rge|Garant|guarantor|backstop|garant|garante|fiador|avalista)(?![\p{L}])/iu;

/**
 * A company named as the partner of the next one, before its name: "con el socio de Anthropic, Fluidstack", "avec le
 * partenaire d'Anthropic, Fluidstack" (the one served, no party of the contract the partner signs).
 */
const PARTNER_OF_BEFORE_RE =
  /\b(?:partner|partenaire|socio|parceir[oa]|Partner)\s(?:of|de|d['’]|di|da|do|von)\s?$/;
/**
 * "… after splitting from Microsoft", "tras «divorciarse» de Microsoft", "après avoir rompu avec Microsoft", "nach der
 * Trennung von Microsoft", "dopo aver rotto con Microsoft", "após romper com a Microsoft": the supplier a buyer left,
 * no party of the contract told before.
 */
const PARTED_FROM_BEFORE_RE =
  /\b(?:after|following|tras|despu[ée]s de|apr[èe]s|nach|dopo|ap[óo]s|depois de)\s(?:(?:avoir|aver|haber|ter|der|dem|its|their|su|sa|son)\s)?["“«]?(?:split(?:ting)?|separat\p{L}*|separarse|separar-se|separarsi|break(?:ing)? up|parting ways|divorc\p{L}*|rompre|rompu|romper|rompere|rotto|Trennung|trennen|cut(?:ting)? ties)["”»]?\s(?:(?:up|ways)\s)?(?:from|with|de|d['’]|con|avec|mit|von|da|di|com)\s?(?:the\s|la\s|el\s|a\s|o\s|le\s|l['’])?$/iu;

/** Between a name and itself again in brackets: " (NASDAQ : ", ") (anciennement ", " (NASDAQ : IREN) (anciennement ". */
const BRACKETED_AGAIN_RE = /^(?:\s?\([^()]{0,30}\))?\)?\s?\((?:[^()]{0,30}?[\s:])?$/;

/** A nickname in quotes: "CoreWeave, known as “NVIDIA's favored child,”", "surnommée « l'enfant chéri de Nvidia »". */
const NICKNAME_BEFORE_RE =
  /\b(?:known as|dubbed|nicknamed|called|surnomm[ée]e?|apodad[oa]|conocid[oa] como|conhecid[oa] como|bekannt als|genannt|soprannominat[oa])\s["“«„‘]\s?[^"”»“«„‘’.;]{0,40}$/iu;

/** "OpenAI, pourtant partenaire privilégié de Microsoft, a signé …": the partner of the subject, in apposition. */
const PARTNER_APPOSITIVE_BEFORE_RE =
  /,\s(?:[\p{L}-]+\s){0,3}?(?:partner|partenaire|socio|parceir[oa]|Partner)(?:\s[\p{L}-]+)?\s(?:of|de|d['’]|des|du|di|del|della|da|do|von)\s?(?:the\s)?$/u;
/**
 * A company naming the next one as its partner ("a lease with Anthropic partner Fluidstack", "Anthropic's partner
 * Fluidstack", "mit dem Anthropic-Partner Fluidstack"): the one served, no party of the contract the partner signs.
 */
const PARTNER_OF_NEXT_AFTER_RE =
  /^(?:['’]s)?(?:\s(?:long-?time|key|close|strategic|cloud|compute|infrastructure|AI)\s|\s|-)(?:[Pp]artner|ally)\s(?=\p{Lu})/u;

/**
 * A company acting through its partner: "Google, via son partenaire Fluidstack, a conclu un accord … avec Cipher
 * Mining", "Google, through its partner Fluidstack, signed", "über seinen Partner", "a través de su socio", "tramite
 * il suo partner", "por meio de sua parceira". The partner signs the contract; the one it acts for is no party.
 */
const VIA_PARTNER_AFTER_RE =
  /^,?\s(?:via|through|by way of|par l['’]interm[ée]diaire de|par le biais de|à travers|über|durch|a trav[ée]s de|por medio de|mediante|tramite|attraverso|por meio de|atrav[ée]s de|por interm[ée]dio de)\s(?:(?:its|their|son|sa|leur|seinen|seine|ihren|ihre|su|il suo|la sua|suo|sua|o seu|a sua|seu)\s)?(?:[\p{L}-]+\s)?(?:partner|Partner|partenaire|socio|parceir[oa]|affiliate|filiale|Tochter|subsidiary|subsidiaria|controllata|subsidi[áa]ria)\s(?=\p{Lu})/u;

function namedAsBacker(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  return (
    BACKED_AFTER_RE.test(after) ||
    AS_GUARANTOR_AFTER_RE.test(after) ||
    (BACKED_VON_BEFORE_RE.test(textBefore(text, start, 5)) && BACKED_VON_AFTER_RE.test(after))
  );
}

/**
 * A company counted among another's shareholders: "counts Google among its shareholders", "compte Google parmi ses
 * actionnaires", "gehört zu den Anteilseignern", "entre sus accionistas", "tra i suoi azionisti", "entre seus
 * acionistas"; or after the words: "parmi ses actionnaires figurent Google". An owner, no party of a contract.
 */
const SHAREHOLDERS = String.raw`(?:shareholders|investors|backers|actionnaires|investisseurs|Anteilseignern|Aktion[äa]ren|Investoren|Geldgebern|accionistas|inversores|azionisti|investitori|acionistas|investidores)`;
const AMONG_SHAREHOLDERS_AFTER_RE = new RegExp(
  String.raw`^\s(?:[\p{L}-]+\s){0,2}?(?:among|parmi|entre|tra|fra) (?:(?:its|their|ses|leurs|sus|los|i suoi|suoi|seus|os seus|os)\s)?(?:(?:main|major|principaux|gr[öo][ßs]ten|principales|principali|principais)\s)?${SHAREHOLDERS}\b`,
  'iu',
);
/**
 * A rival named as such: "in diretta concorrenza con Nvidia", "in direct competition with Nvidia", "pour concurrencer
 * Nvidia", "im Wettbewerb mit Nvidia", "para competir con Nvidia", "em concorrência com a Nvidia", "a rival to Nvidia".
 */
const COMPETITOR_BEFORE_RE =
  /\b(?:(?:in (?:direct |head-on )?)?competition with|to (?:compete|rival) with|(?:a |as a )?rivals? (?:to|of)|to rival|to challenge|(?:en )?concurrence (?:directe )?(?:avec|de)|pour concurrencer|concurren(?:t|ce) direct(?:e)? (?:de|d['’])|(?:im )?(?:direkten )?Wettbewerb (?:mit|zu)|Konkurrenz (?:zu|für)|Konkurrent(?:en)? von|(?:en )?competencia (?:directa )?con|para competir con|rival de|(?:in )?(?:diretta )?concorrenza (?:diretta )?con|per (?:competere|rivaleggiare) con|rivale di|(?:em )?concorr[êe]ncia (?:direta )?com|para competir com)\s(?:(?:the|la|le|l['’]|el|il|a|o|der|die)\s?)?$/iu;

/** The verb that counts the name among them, right before it: "counts", "compte", "cuenta a", "conta", "tem o". */
const COUNTS_BEFORE_RE =
  /\b(?:counts?|counted|compte|comptent|comptait|cuenta|cuentan|contaba|conta|contano|contava|tem|t[êe]m|tinha)\s(?:(?:also|aussi|[ée]galement|tambi[ée]n|anche|tamb[ée]m|already|d[ée]j[àa]|ya|gi[àa]|j[áa])\s)?(?:(?:a|o|le|la|l['’]|el|il)\s?)?$/iu;
/** German puts the owners after the verb: "Google gehört mit Zusagen über 2 Milliarden Dollar zu den Anteilseignern". */
const OWNERS_AFTER_DE_RE = new RegExp(
  String.raw`^\s(?:gehört|gehören|zählt|zählen)\s(?:[^.;]{0,60}?\s)?(?:zu den|unter den)\s(?:(?:größten|wichtigsten)\s)?${SHAREHOLDERS}\b`,
  'u',
);
const AMONG_SHAREHOLDERS_BEFORE_RE = new RegExp(
  String.raw`\b(?:among|parmi|unter|entre|tra|fra) (?:(?:its|their|ses|leurs|seinen|ihren|den|sus|los|i suoi|suoi|seus|os seus|os)\s)?${SHAREHOLDERS}(?:\s(?:are|include|figurent|sont|sind|figuran|est[áa]n|ci sono|figurano|est[ãa]o))?\s(?:(?:the|le|la|l['’]|el|il|o|a)\s?)?$`,
  'iu',
);

/**
 * A stake taken right after a name ("takes a 5.4% stake", "entra con il 5,4%", "prend 5,4 %", "steigt mit 5,4
 * Prozent ein", "toma un 5,4 %", "fica com 5,4%"): the company is a shareholder, not a party of the contract.
 */
export const STAKE_AFTER_RE = fastWordStarts(
  String.raw`^(?:['’]s)?,?\s(?:[\p{L}-]+\s){0,2}?(?:takes?|took|taking|buys?|bought|acquires?|acquired|gets?|receives?|holds?|entra|entrer[àa]|prende|acquisisce|rileva|prend|prendra|entre|obtient|re[çc]oit|toma|tomar[áa]|adquiere|recibe|obtiene|fica|recebe|obt[ée]m|adquire|ganha|steigt|erh[äa]lt|übernimmt|sichert sich|taking|prenant|obtenant|recevant|tomando|prendendo|ottenendo|obtendo|recebendo)\s(?:(?:con|com|mit|with|avec|à|a|in|ein|an|um|il|lo|la|le|el|un|una|uma|um|o|about|around|rund|etwa|environ|circa|cerca de|pr[èe]s de)\s){0,3}(?:(?:une|an?|eine|una|uma)\s(?:participation|stake|Beteiligung|participaci[óo]n|partecipazione|participa[çc][ãa]o)\s(?:de|of|von|di|da)\s(?:(?:about|around|rund|etwa|environ|circa|cerca de|pr[èe]s de)\s)?)?\d{1,2}(?:[.,]\d{1,2})?\s?(?:%|percent\b|per cent\b|pour cent\b|prozent\b|por ciento\b|per cento\b|por cento\b)`,
  'iu',
);

/** A purchase of goods: the verb that makes a product's maker the seller. */
export const PURCHASE_VERB_RE =
  /\b(?:buy|buys|buying|bought|purchase|purchases|purchasing|purchased|order|orders|ordered|acquire|acquires)\b(?! forms?\b)|ach[eè]te|acheter|ach[eè]tera|achat|commande|command[ée]|\bcompr(?:a|ar|ará|ou|ó|erà|are|ato)(?![a-zà-ÿ])|\bacquist(?:a|are|erà|ato)(?![a-zà-ÿ])|\bkauf(?:t|en|te)\b|\b(?:Kauf|Erwerb) (?:von|der|des)\b|\bbestell(?:t|en|te)\b|\bbeschaff(?:t|en|te)\b/i;
/**
 * "commit $40bn to Nvidia chips", "spend $10bn on GPUs", "dépensera … en serveurs Dell", "spenderà … in server Dell",
 * "gastará … en servidores", "gibt … für Dell-Server aus": a purchase when goods are named.
 */
export const SPEND_VERB_RE =
  /\b(?:commit|commits|committed|committing|spend|spends|spending|spent|outlay|speso|ausgeben|ausgegeben)\b|\b(?:spend(?:e|erà|eranno|ono|ere|endo)|gast(?:a|an|ar|ará|arán|ó|aron|ou|aram|ando))(?![a-zà-ÿ])|d[ée]pens|consacr/i;
export const GOODS_RE =
  /\b(?:chips?|gpus?|processors?|accelerators?|servers?|systems|racks?|hardware|puces|processeurs|serveurs|acc[ée]l[ée]rateurs)\b/i;

/** German puts the verb last: "… Nvidia-Chips für etwa 40 Milliarden Dollar kaufen werde". */
const VERB_LAST_PURCHASE_RE =
  /\b(?:kaufen|kauft|gekauft|eingekauft|erwerben|bestellen|bestellt|beschaffen|beschafft)(?:\s(?:hat|habe|werde|wird|will|soll|sollen|werden))?[\s,.;]/i;

/**
 * An order won, received or landed: "Lambda lands a Microsoft order for 20,000 Nvidia GPUs", "décroche une commande
 * de", "erhält einen Auftrag": the noun names the seller's contract, not a purchase from the goods' maker.
 */
const WON_ORDER_RE =
  /\b(?:lands?|landed|wins?|won|secures?|secured|bags?|bagged|clinch(?:es|ed)?|snags?|snagged|nabs?|nabbed|scores?|scored|receives?|received|gets?|got|books?|booked|d[ée]croch\p{L}{0,3}|remport\p{L}{0,3}|re[çc]oit|obtient|erh[äa]lt|erhielt|gewinnt|gewann|adjudica|aggiudica|conquist\p{L}{0,2}|recib\p{L}{0,2}|receb\p{L}{0,2}|obtiene|ottiene)\s(?:[\p{L}\d$€£.,-]+\s){0,4}?(?:orders?|commandes?|Bestellung(?:en)?|pedidos?|ordin[ei]|encomendas?)(?![\p{L}])/giu;

/** A verb of receiving, six languages (roles.ts reads it before a goods' brand too). */
export const RECEIVE_VERB =
  '(?:will receive|receives|received|is to receive|will get|recevra|recevront|re[çc]oit|re[çc]oivent|a re[çc]u|erh[äa]lt|erhielt|bekommt|bekam|recibir[áa]n?|reciben?|recibi[óo]|ricever[àa]|riceveranno|riceve|ricevono|ha ricevuto|receber[áa]o?|recebem?|recebeu|vai receber)';
/** Goods received: "will receive several hundred thousand Nvidia chips", "recibirá … chips de Nvidia". */
const RECEIVES_GOODS_RE = new RegExp(
  String.raw`\b${RECEIVE_VERB}\s(?!(?:\S+\s){0,2}?(?:access|acc[èe]s|Zugang|Zugriff|acceso|accesso|acesso)\b)(?:\S+\s){0,5}?\S*(?:chips?|GPUs?|puces|accelerators?|aceleradores|acceleratori|acc[ée]l[ée]rateurs|processors?|procesadores|processori|processadores|servers?|servidores|serveurs|Beschleuniger)(?![a-zà-ÿ])(?!\s(?:\S+\s){0,4}?(?:from|aupr[èe]s de|von|bei)\s)`,
  'i',
);

/** Goods a company receives, named right before the verb ("Humain will receive"; not "Sines vai receber"). */
function receivedByCompany(text: string, sentence: Span): boolean {
  const m = RECEIVES_GOODS_RE.exec(text.slice(sentence.start, sentence.end));
  if (!m) return false;
  const at = sentence.start + m.index;
  return findCompanyMentions(text, Math.max(sentence.start, at - 40), at).some((c) =>
    /^(?:['’]s)?\s(?:\S+\s)?$/.test(text.slice(c.end, at)),
  );
}

export function isPurchase(text: string, sentence: Span, pos: number): boolean {
  const before = text.slice(sentence.start, pos).replace(WON_ORDER_RE, ' ');
  return (
    PURCHASE_VERB_RE.test(before) ||
    receivedByCompany(text, sentence) ||
    VERB_LAST_PURCHASE_RE.test(text.slice(pos, Math.min(sentence.end + 1, pos + 120))) ||
    (SPEND_VERB_RE.test(before) && GOODS_RE.test(text.slice(sentence.start, sentence.end)))
  );
}

/**
 * "IREN will use Microsoft's prepayment to help fund its $5.8 billion contract with Dell", "utilizará o pagamento
 * antecipado da Microsoft para financiar o seu contrato", "userà l'anticipo di Microsoft per finanziare": the company
 * whose money pays for another contract is no party of that contract.
 */
const FUNDS_OWNER_AFTER_RE =
  /^['’]s?\s(?:[\p{L}-]+\s)?(?:prepayments?|advance payments?|upfront payments?|cash|funds|financing|loan|money)\s(?:to|for)\s(?:help\s)?(?:fund|financ|pay)/iu;
const FUNDS_WORD_BEFORE_RE =
  /(?:pagamento antecipado|adiantamento|anticipo|acompte|avance|pago anticipado|adelanto|Vorauszahlung|Anzahlung)\s(?:d[aeo]|di|della|del|de la|von|der)\s(?:la\s|il\s|l['’])?$/iu;
const TO_FUND_AFTER_RE =
  /^\s(?:[\p{L}-]+\s){0,2}?(?:para|per|pour|um)\s(?:financiar|finanziare|financer|pagar|pagare|payer|(?:[\p{L}-]+\s){0,4}zu finanzieren)/iu;

function fundsAnotherContract(text: string, start: number, end: number): boolean {
  if (FUNDS_OWNER_AFTER_RE.test(text.slice(end, end + 80))) return true;
  return (
    FUNDS_WORD_BEFORE_RE.test(textBefore(text, start, 40)) && TO_FUND_AFTER_RE.test(text.slice(end, end + 60))
  );
}

/** Chip designers (tier 1.5) and hardware vendors (tier 4): the companies whose names label goods. */
export const isChipMaker = (c: CompanyEntry): boolean => c.tier === 1.5 || c.tier === 4;

/** A neocloud or a data-centre host (the company table's tiers 2 and 3): what it sells is compute. */
export const sellsCompute = (c: CompanyEntry | null | undefined): boolean =>
  c != null && c.tier >= 2 && c.tier <= 3;

/** What stands between a name and its ticker: "Nvidia (NVDA)", "Meta (NASDAQ: META)". */
const TICKER_GAP_RE = /^\s?\((?:(?:NASDAQ|NYSE|Nasdaq|Nyse|NASDAQ GS|TSX|LSE)\s?:\s?)?$/;

/** Parties in text order (a defined term read back joins the names where it stands). */
function mergeByStart(parties: Party[]): Party[] {
  return parties.sort((a, b) => a.start - b.start);
}

/**
 * The parties found in the document being read, per text, registrant and span. The scan asks for a sentence's
 * parties as a trigger's sentence, as the sentence before the next one, as a restated amount's first telling:
 * about a fifth of the calls on the bench's inputs ask again (docs/performance.md, "Ninth pass").
 */
const partiesFound = perDocumentMap<string, Map<CompanyEntry | null, Map<string, readonly Party[]>>>();

/** The companies a sentence names as parties, in text order (each flagged: weak, downstream, a product…). */
/** Right before a company named as the parent of the one before it: ", a subsidiary of", ", une filiale de". */
const PARENT_BEFORE_RE =
  /\p{L}[\p{L}\d.)]*,\s(?:\b(?:a|an|the)\s(?:\S+\s)?(?:subsidiary|unit|division|affiliate)\sof|\b(?:une\s)?filiale\s(?:de|d['’]|du)|\b(?:eine\s)?Tochter(?:gesellschaft|firma)?\s(?:von|des)|\b(?:una\s)?(?:filial|subsidiaria)\s(?:de|del)|\b(?:una\s)?(?:controllata|filiale|sussidiaria)\s(?:di|del|della)|\b(?:uma\s)?(?:subsidi[áa]ria|filial)\s(?:d[aoe]))\s(?:the\s|la\s|le\s|l['’]|der\s|la\s|el\s|il\s|a\s|o\s)?$/iu;

export function partiesIn(text: string, span: Span, registrant: CompanyEntry | null): Party[] {
  let byRegistrant = partiesFound.get(text);
  if (byRegistrant === undefined) {
    byRegistrant = new Map();
    partiesFound.set(text, byRegistrant);
  }
  let bySpan = byRegistrant.get(registrant);
  if (bySpan === undefined || bySpan.size >= MEMO_ENTRIES) {
    bySpan = new Map();
    byRegistrant.set(registrant, bySpan);
  }
  const key = `${span.start}:${span.end}`;
  let found = bySpan.get(key);
  if (found === undefined) {
    found = findParties(text, span, registrant);
    bySpan.set(key, found);
  }
  // A copy: a caller may reorder or extend its list; the parties themselves are never changed.
  return [...found];
}

function findParties(text: string, span: Span, registrant: CompanyEntry | null): Party[] {
  let out: Party[] = [];
  // The end of the last company named beside a deal ("alongside existing suppliers Microsoft"): the names listed
  // right after it ("…, CoreWeave, and Oracle") are beside it too.
  let besideEnd = -1;
  let backerEnd = -1;
  // The company named before, kept or set aside: a ticker restating it shares its fate.
  let named: { id: string; end: number } | null = null;
  for (const m of findCompanyMentions(text, span.start, span.end)) {
    // "Nvidia (NVDA)", "competitors such as CoreWeave (CRWV)": a ticker in parentheses restates the name before
    // it, with its role (a party's) or its exclusion (a rival's).
    const restates = named?.id === m.company.id && TICKER_GAP_RE.test(text.slice(named.end, m.start));
    named = { id: m.company.id, end: m.end };
    if (restates) continue;
    // "afastou a OpenAI da Microsoft", "reduces its reliance on Microsoft": the company left behind is no party.
    if (leftBehind(text, m.start, m.end)) continue;
    // "Stargate Norway, che OpenAI aveva presentato senza mai firmare": a company that never signed is no party.
    if (namedAsNeverSigning(text, m.end)) continue;
    // "OpenAI, together with partner SoftBank, has signed": the partner goes along, the company before it deals.
    if (namedAsCompanion(text, m.start)) continue;
    // "not with Nebius, but with CoreWeave", "instead of Nebius": the alternative turned down is no party.
    if (namedAsRejected(text, m.start)) continue;
    // "the startup founded by former OpenAI researchers": where a party's people came from is no party.
    if (namedAsFormerEmployer(text, m.start, m.end)) continue;
    // "the deployment of 52,000 NVIDIA GPUs for Microsoft": the maker of deployed goods is no party.
    if (isChipMaker(m.company) && deployedGoods(text, m.start, m.end)) continue;
    // "TPU Ironwood diseñadas por Google": the designer of goods another sells is no party.
    if (DESIGNED_GOODS_BEFORE_RE.test(textBefore(text, m.start, 60))) continue;
    // "im Wettbewerb mit den Cloud-Marktführern Amazon, Microsoft und Alphabet", "desafiando el dominio de Nvidia":
    // a party's rivals are no parties.
    if (namedAsRival(text, m.start, m.end)) continue;
    // "le projet Stargate", "Start von Stargate UK": a project's name, no party of the contract beside it.
    if (m.company.tier === 0.5 && namedAsProject(text, m.start, m.end)) continue;
    // Chip makers' names before "GPUs"/"systems" are products; anyone's before their own chip brand ("Google TPUs").
    const after = text.slice(m.end, m.end + 24);
    // "a million Google TPUs": a cloud's own chip brand names the cloud that rents them out, a party when the
    // sentence names no other seller (weak, not a product whose maker sells goods).
    const ownChips =
      !isChipMaker(m.company) &&
      (CHIP_BRAND_AFTER_RE.test(after) || CHIP_BRAND_BEFORE_RE.test(textBefore(text, m.start, 24)));
    // "Core42, a subsidiary of G42": a company named only as the parent of the one named before it is no party
    // (issue 8, roundups); "Una controllata di Cipher ha firmato …" names no subsidiary, so Cipher stands for it.
    const parentOnly = PARENT_BEFORE_RE.test(textBefore(text, m.start, 40));
    const weak =
      parentOnly ||
      // "Nvidia's fastest Blackwell GPUs": a word of rank may stand between the maker and its goods ("Nvidia's
      // latest chips" may still be the goods a buyer named Nvidia rents, see chip-brand.ts).
      (isChipMaker(m.company) &&
        PRODUCT_AFTER_RE.test(text.slice(m.end, m.end + PRODUCT_AFTER_REACH)) &&
        !boughtFrom(text, m.start)) ||
      ownChips ||
      // "puces Nvidia" names Nvidia's product; "le spécialiste du cloud GPU Nscale" names a cloud, not a chip.
      (isChipMaker(m.company) &&
        PRODUCT_BEFORE_RE.test(textBefore(text, m.start, 56)) &&
        !MAKER_TITLE_BEFORE_RE.test(textBefore(text, m.start, 40))) ||
      (isChipMaker(m.company) && RENTED_SERVERS_OF_BEFORE_RE.test(textBefore(text, m.start, 60))) ||
      (isChipMaker(m.company) && BRAND_LINE_AFTER_RE.test(text.slice(m.end, m.end + 80))) ||
      (isChipMaker(m.company) &&
        ACCESS_TO_BEFORE_RE.test(textBefore(text, m.start, 24)) &&
        OWN_GOODS_AFTER_RE.test(text.slice(m.end, m.end + 40))) ||
      (isChipMaker(m.company) && TYPED_CHIPS_BEFORE_RE.test(textBefore(text, m.start, 60))) ||
      (isChipMaker(m.company) && MADE_BY_BEFORE_RE.test(textBefore(text, m.start, 24))) ||
      (isChipMaker(m.company) && runsOnMaker(text, m.start, m.end)) ||
      // "the deployment of approximately 18,400 of Nvidia's latest GPUs": a count of the maker's goods.
      (isChipMaker(m.company) &&
        COUNT_OF_BEFORE_RE.test(textBefore(text, m.start, 24)) &&
        /^['’]s\s/.test(after)) ||
      (isChipMaker(m.company) && PRODUCT_LIST_BEFORE_RE.test(textBefore(text, m.start, 64))) ||
      (isChipMaker(m.company) &&
        TRADE_OF_GOODS_BEFORE_RE.test(textBefore(text, m.start, 40)) &&
        GOODS_AFTER_RE.test(text.slice(m.end, m.end + 24)));
    // "Nvidia, che ha perso il 3%", "Alphabet rose 4%": a share-price move names a company in passing.
    const move =
      SHARE_MOVE_AFTER_RE.exec(text.slice(m.end, m.end + 60)) ??
      QUOTE_AFTER_RE.exec(text.slice(m.end, m.end + 12));
    const passing = move !== null;
    const movedOnNews =
      move !== null &&
      MOVE_CAUSE_AFTER_RE.test(text.slice(m.end + move[0].length, m.end + move[0].length + 60));
    // "comme Bitfarms ou Hive Digital, ont grimpé de 12 %": a name of a list of stocks that moved.
    const moveList = namedInShareMoveList(text, m.end);
    const beside =
      BESIDE_SUPPLIERS_BEFORE_RE.test(textBefore(text, m.start, 64)) ||
      (besideEnd >= 0 && LIST_GAP_RE.test(text.slice(besideEnd, m.start)));
    // "Google entra con il 5,4%", "Google takes a 5.4% stake": a shareholder, no party of the contract beside it.
    // "respaldada por Nvidia y OpenAI", "backed by Nvidia and OpenAI": the backers listed after the first are backers.
    const backerListed = backerEnd >= 0 && BACKER_LIST_GAP_RE.test(text.slice(backerEnd, m.start));
    const backer =
      backerListed ||
      // "What will CoreWeave do with Nvidia's money?", "i soldi di Nvidia": whose money it is, an investor.
      ((MONEY_OWNER_AFTER_RE.test(text.slice(m.end, m.end + 12)) ||
        MONEY_OWNER_BEFORE_RE.test(textBefore(text, m.start, 24))) &&
        !MONEY_INTO_DEAL_AFTER_RE.test(text.slice(m.end, m.end + 60))) ||
      BACKER_BEFORE_RE.test(textBefore(text, m.start, 30)) ||
      COMPANY_BACKED_APPOSITION_RE.test(textBefore(text, m.start, 30)) ||
      (GUARANTEE_WORD_RE.test(textBefore(text, m.start, 24)) &&
        COMPANY_BACKED_BEFORE_RE.test(textBefore(text, m.start, 100)));
    backerEnd = backer ? m.end : -1;
    const shareholder =
      STAKE_AFTER_RE.test(text.slice(m.end, m.end + 60)) ||
      (AMONG_SHAREHOLDERS_AFTER_RE.test(text.slice(m.end, m.end + 60)) &&
        COUNTS_BEFORE_RE.test(textBefore(text, m.start, 40))) ||
      OWNERS_AFTER_DE_RE.test(text.slice(m.end, m.end + 90)) ||
      AMONG_SHAREHOLDERS_BEFORE_RE.test(textBefore(text, m.start, 50)) ||
      backer ||
      ALONGSIDE_BEFORE_RE.test(textBefore(text, m.start, 24)) ||
      beside ||
      namedAsMember(text, m.start, m.end) ||
      STAKE_FROM_BEFORE_RE.test(textBefore(text, m.start, STAKE_FROM_REACH)) ||
      namedAsBacker(text, m.start, m.end);
    besideEnd = beside ? m.end : -1;
    const tenant =
      TENANT_AFTER_RE.test(text.slice(m.end, m.end + 48)) ||
      TENANT_BEFORE_RE.test(textBefore(text, m.start, 30));
    const before = textBefore(text, m.start, 90);
    const before60 = textBefore(text, m.start, 60);
    const previous = out[out.length - 1];
    const downstream =
      DOWNSTREAM_BEFORE_RE.test(before) ||
      PARTNER_OF_NEXT_AFTER_RE.test(text.slice(m.end, m.end + 40)) ||
      VIA_PARTNER_AFTER_RE.test(text.slice(m.end, m.end + 60)) ||
      (PARTNER_OF_BEFORE_RE.test(textBefore(text, m.start, 24)) &&
        /^,\s(?:(?:la|le|l['’]|el|il|a|o)\s?)?\p{Lu}/u.test(text.slice(m.end, m.end + 8))) ||
      PARTNER_APPOSITIVE_BEFORE_RE.test(before60) ||
      PARTED_FROM_BEFORE_RE.test(before60) ||
      NICKNAME_BEFORE_RE.test(before60) ||
      // "a lease with Fluidstack for Anthropic": the one a named party serves is its customer, not a party.
      (previous !== undefined && SERVED_BY_BEFORE_RE.test(text.slice(previous.end, m.start))) ||
      (previous !== undefined &&
        OPERATED_FOR_BEFORE_RE.test(text.slice(Math.max(previous.end, m.start - 60), m.start))) ||
      (SITE_FOR_BEFORE_RE.test(before) && SITE_AFTER_RE.test(text.slice(m.end, m.end + 40))) ||
      tiedToDeployment(text, m.start) ||
      // "… positioned as the first phase of a build-out in collaboration with Anthropic": a programme's partner.
      COLLABORATION_BEFORE_RE.test(textBefore(text, m.start, 40)) ||
      // "in a $3 billion deal that Google likewise backs": the guarantor named in a relative clause.
      (RELATIVE_BEFORE_RE.test(textBefore(text, m.start, 12)) &&
        GUARANTEES_AFTER_RE.test(text.slice(m.end, m.end + 30))) ||
      // "alugado 168 MW à Fluidstack, com garantia do Google": the guarantor of a lease is no party of it.
      (GUARANTEE_WORD_RE.test(before) &&
        GUARANTOR_BEFORE_RE.test(before.slice(-GUARANTOR_REACH)) &&
        // "garantizado por Google hasta 1.400 millones": the guarantee's own amount makes the guarantor its party.
        !GUARANTEE_AMOUNT_AFTER_RE.test(text.slice(m.end, m.end + GUARANTOR_REACH)));
    const endUser =
      isEndUser(text, m.start, m.end) || builtForEndUser(text, m.start, m.end) || isServedLab(text, m);
    const otherDeal =
      // "tandis que Iren Ltd (NASDAQ : IREN) (anciennement Iris Energy) étend …": the name again in brackets right
      // after itself is the same mention.
      (previous?.otherDeal === true &&
        previous.company.id === m.company.id &&
        BRACKETED_AGAIN_RE.test(text.slice(previous.end, m.start))) ||
      namedForOtherDeal(
        text,
        m.start,
        m.end,
        previous && previous.company.id !== m.company.id ? previous.end : -1,
      ) ||
      fundsAnotherContract(text, m.start, m.end) ||
      namedAsStandingPartner(text, m.end) ||
      opensContrastClause(text, m.start, m.end) ||
      namedInAside(text, m.start, m.end) ||
      COMPETITOR_BEFORE_RE.test(textBefore(text, m.start, 40));
    const firstMeantFor = meantFor(text, m.start, m.end, previous);
    out.push({
      company: m.company,
      start: m.start,
      end: m.end,
      // "runs on Cerebras hardware": a maker that runs its own cloud, named by its goods, may sell their use.
      weak:
        (weak && (parentOnly || !(isChipMaker(m.company) && m.company.sellsCapacity === true))) ||
        tenant ||
        shareholder,
      passing: passing || moveList,
      movedOnNews,
      moveList,
      tenant,
      product: weak && !ownChips,
      cloudChips: ownChips,
      downstream: downstream || endUser || firstMeantFor,
      endUser,
      meantFor: firstMeantFor,
      // "a 700 MW facility initially planned for Oracle and OpenAI": whom a site was first meant for is the party of
      // a plan given up, never of the lease told now, even when the sentence names no other counterparty.
      otherDeal: otherDeal || firstMeantFor,
    });
  }
  // "Nvidia lost 3%, Alphabet rose 4%": two share moves side by side are a market report, not a deal between the
  // two. One move ("IREN shares surged 20% after Microsoft signed …") names the company the news is about, and so
  // does a move told with its cause beside another ("Oracle fell 3%, while CoreWeave gained 5% after Meta …").
  // A list of stocks that moved counts as two moves ("Bitfarms ou Hive Digital ont grimpé de 12 %").
  if (out.some((p) => p.moveList) || out.filter((p) => p.passing).length >= 2)
    out = out.filter((p) => !p.passing || (p.movedOnNews && !p.moveList));
  out = mergeByStart([...out, ...definedPartiesIn(text, span).map((d) => ({ ...d, weak: false }))]);
  if (registrant) {
    const slice = text.slice(span.start, span.end);
    PRONOUN_RE.lastIndex = 0;
    for (let m = PRONOUN_RE.exec(slice); m !== null; m = PRONOUN_RE.exec(slice)) {
      out.push({
        company: registrant,
        start: span.start + m.index,
        end: span.start + m.index + m[0].length,
        weak: false,
        pronoun: true,
      });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
