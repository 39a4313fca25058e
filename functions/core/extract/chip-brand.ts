// A chip maker's name as the brand of the goods, or as a description of the company (issue 8, hardware beside
// capacity). "processing from Nvidia's most recent line of graphics processing units", "la dernière génération de
// puces de Nvidia": the capacity runs on the maker's chips, and the maker sells nothing in that sentence. "GPU giant
// Nvidia, which will purchase CoreWeave's unsold capacity", "le géant des puces Nvidia", "il colosso dei chip
// Nvidia": a title before the name describes the company, which stays a party.

import { fastWordStarts } from '../word-start';

/**
 * "'s most recent line of graphics processing units", "'s newest family of chips": the maker's product line (a
 * possessive before "line of", "family of", "generation of"; "Nvidia's latest chips" alone may still name a buyer).
 */
export const BRAND_LINE_AFTER_RE =
  /^['’]s?\s(?:[\p{L}\d-]+\s){0,3}?(?:line|family|generation|series|range|lineup)\sof\s/iu;

/**
 * Access to a maker's chips: "direct access to Nvidia's newest chips", "Zugriff auf Nvidias neueste
 * Chip-Generationen", "acceso a los nuevos chips de Nvidia" (that order is read by PRODUCT_BEFORE_RE). Access is
 * use, not a purchase: the capacity runs on the maker's chips and the maker sells nothing in that clause.
 */
export const ACCESS_TO_BEFORE_RE =
  /\b(?:access\sto|Zugriff\sauf|Zugang\szu|acc[eè]s\s(?:à|aux)|acceso\sa|accesso\sa|acesso\sa)\s(?:(?:the|die|den|les|los|las|i|gli|le|os|as)\s)?$/iu;

/** The maker's goods after its name, a word or two of age or rank between: "'s newest chips", "s neueste Chip-". */
export const OWN_GOODS_AFTER_RE =
  /^['’]?s\s(?:[\p{L}-]+\s){0,2}?(?:chips?\b|Chip-?|GPUs?\b|graphics\s|processors|Prozessoren|accelerators|Beschleuniger|systems|Systeme|hardware|Hardware)/u;

/**
 * A title for the company ending just before its name: "GPU giant", "chip designer", "géant des puces", "gigante de
 * los chips", "colosso dei chip", "gigante dos chips", "Chipriese", "Chiphersteller".
 */
export const MAKER_TITLE_BEFORE_RE = fastWordStarts(
  String.raw`(?:\b(?:GPU|chip|AI[- ]chip|semiconductor|graphics[- ]chip|processor|server|AI[- ]server)s?[- ](?:giant|maker|designer|leader|king|titan|heavyweight|powerhouse|champion|juggernaut|firm|company|vendor|supplier|startup|start-up)|\b(?:g[ée]ant|leader|num[ée]ro un|sp[ée]cialiste|fabricant|concepteur|gigante|l[íi]der|fabricante|dise[ñn]ador|colosso|produttore|campione|fornitore|start-?up|jeune pousse|empresa|entreprise|soci[ée]t[ée]|azienda|societ[àa])\s(?:(?:des|du|de|de los|de las|del|dei|degli|delle|dos|das|da|do)\s)?(?:GPU|puces|chips?|processeurs|semi-?conducteurs|procesadores|semiconductores|processori|semiconduttori|processadores|semicondutores|serveurs|servidores|server)|\b(?:start-?up|azienda|societ[àa])\sdi\s(?:chip|semiconduttori|processori)|(?:Chip|GPU|Grafikchip|Halbleiter|Server)-?(?:riese|hersteller|konzern|spezialist|entwickler|gigant|start-?up))\s$`,
  'iu',
);

/**
 * Chips named by their type, then the maker: "Hochleistungs-Chips des Typs GB300 von Nvidia", "puces de type GB300
 * de Nvidia", "chips del tipo GB300 de Nvidia", "chip di tipo GB300 di Nvidia", "chips do tipo GB300 da Nvidia",
 * "chips of type GB300 from Nvidia": the maker's goods, not a seller of the capacity beside them.
 */
export const TYPED_CHIPS_BEFORE_RE =
  /(?:chips?|GPUs?|puces|processeurs|Prozessoren|Grafikprozessoren|procesadores|processori|processadores)\s(?:des Typs|vom Typ|of (?:the )?type|de type|du type|del tipo|de tipo|di tipo|do tipo)\s\S{1,20}\s(?:von|from|de|d['’]|di|da|del|by)\s?$/iu;

/**
 * Goods followed by their maker: "microchips GB300 …, producidos por Nvidia", "GPUs made by Nvidia", "puces
 * fabriquées par Nvidia", "von Nvidia hergestellte Chips" is read by PRODUCT_BEFORE_RE; "chip prodotti da Nvidia",
 * "chips fabricados pela Nvidia". The maker of the chips a deal runs on sells nothing in that sentence.
 */
export const MADE_BY_BEFORE_RE =
  /\b(?:(?:produced|made|manufactured|designed|built|supplied|developed)\sby|(?:producid|fabricad|dise[ñn]ad|desenvolvid|desarrollad|produzid|projetad)[oa]s?\s(?:por|pela|pelo)|(?:produit|fabriqu[ée]|con[çc]u|d[ée]velopp[ée])e?s?\spar|(?:hergestellt|gefertigt|entwickelt|produziert)\svon|(?:prodott|fabbricat|realizzat|progettat|sviluppat)[oiae]\sda)\s$/iu;

/**
 * A trade named by the goods it deals in, ending just before a chip maker's name: "the provider of Nvidia graphics
 * chips", "a renter of Nvidia GPUs", "Anbieter von Nvidia-Grafikchips", "le loueur de GPU Nvidia" (the French
 * order is read by PRODUCT_BEFORE_RE). The phrase stands for another company of the sentence (the cloud that rents
 * the chips out); the maker sells nothing in it.
 */
export const TRADE_OF_GOODS_BEFORE_RE =
  /(?:\b(?:provider|supplier|renter|reseller|seller|operator|lessor|distributor|owner)s?\sof|\b(?:Anbieter|Vermieter|Betreiber)\svon|\b(?:fournisseur|loueur|op[ée]rateur)\sde|\b(?:proveedor|arrendador|operador)\sde|\b(?:fornitore|operatore)\sdi|\b(?:fornecedor|operador)\sde)\s(?:(?:leading|top|largest|big|biggest|major)\s)?$/iu;

/** The goods after the maker's name in such a phrase: "graphics chips", "GPUs", "-Grafikchips", "processors". */
export const GOODS_AFTER_RE =
  /^(?:['’]s)?[\s-]?(?:graphics[\s-])?(?:chips?|GPUs?|processors?|processing units?|accelerators?|servers?|Grafikchips?|Grafikprozessoren|Chips|Prozessoren|Beschleuniger)\b/iu;

/**
 * Capacity told as running on the maker's hardware: "capacity built on Nvidia hardware", "capacidade baseada em
 * hardware da NVIDIA", "capacité reposant sur du matériel Nvidia", "capacidad basada en hardware de Nvidia",
 * "capacità basata su hardware Nvidia", "Kapazität auf Basis von Nvidia-Hardware". Before the maker's name: the words
 * up to it, the goods among them when they come first (group "goods").
 */
export const BUILT_ON_BEFORE_RE =
  /\b(?:(?:built|based|running|that runs|which runs)\son|reposant\ssur|bas[ée]e?s?\ssur|fond[ée]e?s?\ssur|basad[oa]s?\sen|baseados?\s(?:em|n[oa]s?)|baseadas?\s(?:em|n[oa]s?)|basat[oaie]\ssu|auf\sBasis\svon)\s(?:(?:du|de\sla|des|la|le|el|o|a|il|lo)\s)?(?:(?<goods>hardware|mat[ée]riel|chips?|puces|GPUs?|sistemas|systems|syst[èe]mes|sistemi|processeurs|procesadores|processadores|processori)\s(?:de\s|da\s|do\s|di\s|della\s|del\s|des\s|d['’])?(?:la\s|a\s|o\s)?)?$/iu;

/** What the capacity runs on, after the maker's name ("Nvidia hardware", "Nvidia-Hardware", "Nvidia GPUs"). */
export const GOODS_AFTER_MAKER_RE =
  /^(?:['’]s)?[\s-](?:hardware|chips?|GPUs?|systems|accelerators|processors)\b/iu;

/**
 * Chips and the company that designed them, told of goods another sells: "TPU Ironwood diseñadas por Google", "Ironwood
 * TPUs designed by Google", "TPU Ironwood conçues par Google", "von Google entwickelte" is read by PRODUCT_BEFORE_RE;
 * "progettate da Google", "projetadas pelo Google". The designer sells nothing in that sentence, whoever it is.
 */
export const DESIGNED_GOODS_BEFORE_RE =
  /(?:TPUs?|chips?|puces|processeurs|processors|accelerators|aceleradores|acceleratori|Chips|Prozessoren|Ironwood|Trillium)\s(?:[\p{L}\d-]+\s){0,2}?(?:designed\sby|dise[ñn]ad[oa]s?\spor|con[çc]u(?:e|es|s)?\spar|entwickelt(?:e|en)?\svon|progettat[oaie]\sda|projetad[oa]s?\sp(?:or|el[oa]))\s$/iu;
