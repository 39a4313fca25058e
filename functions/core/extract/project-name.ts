// A company's name used as a project's: "le projet Stargate", "das Stargate-Projekt", "Start von Stargate UK", "the
// launch of Stargate Norway", and the frame a deal is told in or the site it names: "4.5 GW more as part of
// Stargate", "nell'ambito di Stargate", "im Rahmen von Stargate", "the Stargate cluster", "the Stargate campus", and
// the deal named after it ("une partie de l'accord Stargate", "das Abkommen Stargate"), and the Romance order
// "le campus Stargate", "el sitio Stargate", "il campus Stargate", and the capacity it adds up to ("la capacidad de
// Stargate supera los 5 gigavatios", "Stargate's total data center capacity", "la capacità di Stargate"). The project (a programme, a site) is no party of
// the contract told beside it; the companies that build or rent for it are.
import { textBefore } from './text-window';

/** Right before the name: the word that makes it a project's or a launch's. */
const PROJECT_BEFORE_RE =
  /\b(?:(?:m[ée]ga|giga)-?)?(?:projet|project|projekt(?:e?s)?|proyecto|progetto|projeto|initiative|iniciativa|iniziativa|programme|program|programm(?:e?s)?|programa|programma|Start von|Start des|lancement de|launch of|lanzamiento de|lancio di|lan[çc]amento d[eo]|parte?|(?:as )?part of|for|under|within|plan|piano|plano|Plan|nell['’]ambito(?: di)?|all['’]interno di|per|in the framework|en el marco(?: de)?|dans le cadre(?: de)?|pour|au sein(?: de)?|im Rahmen(?: von)?|f[üu]r|dentro de|para|no [âa]mbito(?: d[eo])?|dentro d[eo]|no quadro|nell['’]orbita|accord|deal|agreement|Abkommen|Vereinbarung|acuerdo|accordo|acordo|pacte|Pakt|pacto|patto|partnership|partenariat|Partnerschaft|alianza|alleanza|parceria|campus|site|sitio|sito|complexe|complejo|complesso|complexo|capacity|capacidad|capacit[ée]|capacità|capacidade|Kapazität|centros de datos|centros de dados|centri dati|centres de données|data cent(?:er|re)s)\s(?:(?:du|de|d['’]|des|von|der|of|the|its|their|el|il|o|do|da|di|del|dello|le|la|den|das)\s?)?$/i;
/** Right after the name: the project's word or its country's, in six languages. */
const PROJECT_AFTER_RE =
  /^(?:-?Projekt\b|\s(?:project|projet|proyecto|progetto|projeto|initiative|UK|Norway|Norge|Norwegen|Norvège|UAE|India|Inde|Indien|Argentina|Argentine|Argentinien|Europe|Europa|campus|site|sites|cluster|facility|facilities|partners|partnership|venture|alliance|data[- ]cent(?:er|re)s?|capacity|buildout|build-out|effort|complex|Standort|Campus|sito|sitio|local|complexe|complesso|complejo|complexo)\b|-(?:Campus|Standort|Partner|Standorte)\b|,\s(?:the|il|el|le|la|o|a|der|das|die|un|una|um|uma|an?)\s(?:\p{L}+\s){0,2}?(?:plan|piano|programa|programma|programme|program|Programm|project|projet|proyecto|progetto|projeto|Projekt|initiative|iniciativa|iniziativa|Initiative|campus|site|sitio|sito|Standort)\b|['’]s\s(?:total\s)?(?:data[- ]cent(?:er|re)\s)?capacity\b)/iu;

/**
 * "OpenAI, with SoftBank, through the Stargate joint venture", "a través del joint venture Stargate", "tramite la
 * joint venture Stargate", "über das Gemeinschaftsunternehmen Stargate": the vehicle a company deals through; the
 * company is the party.
 */
const THROUGH_WORD =
  "(?:through|via|a trav[ée]s d(?:e|el)|par (?:le biais|l['’]interm[ée]diaire) d[eu]|tramite|[üu]ber|por meio d[aeo]|atrav[ée]s d[aeo])";
const VENTURE_WORD = '(?:joint[- ]venture|JV|coentreprise|empresa conjunta|Gemeinschaftsunternehmen)';
const VEHICLE_BEFORE_RE = new RegExp(
  `\\b${THROUGH_WORD}\\s(?:(?:the|its|their|el|la|le|il|das|den|o|a|sua|su|son|sa|seu|l['’])\\s?)?${VENTURE_WORD}\\s$`,
  'i',
);
const THROUGH_BEFORE_RE = new RegExp(
  `\\b${THROUGH_WORD}\\s(?:(?:the|its|their|el|la|le|il|das|den|o|a|sua|su|son|sa|seu|l['’])\\s?)?$`,
  'i',
);
const VENTURE_AFTER_RE = new RegExp(`^\\s${VENTURE_WORD}\\b`, 'i');

/** "300 Milliarden Dollar für Cloud & Stargate", "for compute and Stargate": the second of what a deal is for. */
const PURPOSE_PAIR_BEFORE_RE = /\b(?:for|f[üu]r|pour|per|para)\s[\p{L}-]+\s(?:&|and|und|et|e|y)\s$/iu;

/** The name at [start, end) of `text` names a project or its site, not the company behind it. */
export function namedAsProject(text: string, start: number, end: number): boolean {
  const before = textBefore(text, start, 48);
  return (
    PROJECT_BEFORE_RE.test(before.slice(-30)) ||
    PURPOSE_PAIR_BEFORE_RE.test(before.slice(-30)) ||
    PROJECT_AFTER_RE.test(text.slice(end, end + 48)) ||
    VEHICLE_BEFORE_RE.test(before) ||
    (THROUGH_BEFORE_RE.test(before) && VENTURE_AFTER_RE.test(text.slice(end, end + 20)))
  );
}

/**
 * A member named in the list of a joint venture or initiative ("une initiative conjointe d'Oracle, SoftBank et de
 * l'administration", "a joint venture of OpenAI, Oracle and SoftBank", "ein Konsortium von Oracle und SoftBank"): a
 * member of the project, no party of the contract told beside it.
 */
const MEMBER_OF_BEFORE_RE =
  /\b(?:initiative|projet|project|Projekt|programme|venture|coentreprise|consortium|Konsortium|alliance|Allianz|iniciativa|iniziativa|consorcio|consorzio|cons[óo]rcio)\s(?:(?:conjointe?|commune?|gemeinsame[ns]?|conjunta|congiunta|comune)\s)?(?:de\s|d['’]|of\s|between\s|entre\s|von\s|zwischen\s|di\s|da\s|tra\s)(?:\p{Lu}[\p{L}\d.&-]*(?:\s\p{Lu}[\p{L}\d.&-]*)?(?:,\s|\s(?:et|and|und|y|e)\s(?:de\s|d['’])?))*$/u;

/**
 * The member list ends and the venture's own relative clause opens, or its verb: "la joint venture tra Aker e Nscale,
 * che ha siglato un accordo … a Microsoft", "the joint venture between Aker and Nscale, which signed", "la
 * coentreprise entre Nscale et le norvégien Aker fournira à Microsoft": the venture deals.
 */
const VENTURE_CLAUSE_AFTER_RE =
  /^(?:,?\s(?:et|and|und|y|e)\s(?:de\s|d['’])?(?:(?:the|le|la|l['’]|der|die|das|el|il|lo|o|a)\s?)?(?:\p{Ll}[\p{L}-]*\s){0,2}\p{Lu}[\p{L}\d.&-]*)*(?:,\s(?:which|that|che|qui|que|die|das|der)\s|\s(?:will|would|is|has|shall|fournira|fournit|fournissait|livrera|va|a|liefert|wird|soll|hat|suministrar[áa]|proveer[áa]|prestar[áa]|fornir[àa]|fornisce|fornecer[áa]|fornece|vai)\s)/u;

/** The name at [start, end) is listed as a member of a joint venture or initiative. */
export function namedAsMember(text: string, start: number, end: number): boolean {
  const before = textBefore(text, start, 80);
  const m = MEMBER_OF_BEFORE_RE.exec(before);
  // "acquisterà capacità dalla joint venture tra Nscale e Aker", "buys from the joint venture of", "the joint venture
  // between Aker and Nscale, which signed": the venture is the counterparty, and its members stand for it.
  return (
    (m !== null &&
      !FROM_VENTURE_RE.test(before.slice(0, m.index)) &&
      !VENTURE_CLAUSE_AFTER_RE.test(text.slice(end, end + 60))) ||
    (PROJECT_WORD_RE.test(before) && LAUNCHED_BY_BEFORE_RE.test(before))
  );
}

/**
 * The founders listed after a project's launch ("il progetto Stargate, lanciato a gennaio da OpenAI insieme a Oracle
 * e SoftBank", "Stargate, launched by OpenAI together with Oracle and SoftBank", "lanzado por OpenAI junto con
 * Oracle"): members of the project, no pair of a contract.
 */
const LAUNCHED_BY_BEFORE_RE =
  /\b(?:lanciat[oaie]|launched|lanzad[oa]s?|lanc[ée]e?s?|lan[çc]ad[oa]s?|gestartet|ins Leben gerufen|fondat[oa]|founded|fundad[oa]|fond[ée]e?s?|created|cread[oa]|creat[oa]|criad[oa])\s(?:[^.;,]{0,25}?\s)?(?:da|by|por|par|von|pel[oa]|dalla|dal)\s(?:(?:la|le|l['’]|the|der|el|il|a|o)\s?)?(?:\p{Lu}[\p{L}\d.&-]*(?:\s\p{Lu}[\p{L}\d.&-]*)?(?:,\s|\s(?:et|and|und|y|e|insieme a|junto (?:a|con|com)|together with|zusammen mit|along with|with|avec|mit|con|com)\s(?:(?:la|le|l['’]|the|der|el|il|a|o)\s?)?))*$/u;
/** A literal check first: the project's word or name stands in the reach. */
const PROJECT_WORD_RE = /Stargate|proj|progett|proyect|program|initiative|iniziativ|iniciativ/i;

/** A preposition of buying from, right before the venture: "dalla joint venture", "from the joint venture". */
const FROM_VENTURE_RE =
  /(?:\bfrom(?:\sthe)?|\bdalla|\bdal|\bde\sla|\bdu|\bvon\sder|\bvom|\bdesde\sla|\bda|\bdo)\s(?:joint[- ]?)?$/i;
