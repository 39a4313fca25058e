// A company's name used as a project's: "le projet Stargate", "das Stargate-Projekt", "Start von Stargate UK", "the
// launch of Stargate Norway", and the frame a deal is told in or the site it names: "4.5 GW more as part of
// Stargate", "nell'ambito di Stargate", "im Rahmen von Stargate", "the Stargate cluster", "the Stargate campus". The project (a programme, a site) is no party of the contract told beside it; the
// companies that build or rent for it are.

/** Right before the name: the word that makes it a project's or a launch's. */
const PROJECT_BEFORE_RE =
  /\b(?:(?:m[ée]ga|giga)-?)?(?:projet|project|projekt|proyecto|progetto|projeto|initiative|iniciativa|iniziativa|programme|program|programm|programa|programma|Start von|Start des|lancement de|launch of|lanzamiento de|lancio di|lan[çc]amento d[eo]|(?:as )?part of|for|under|within|nell['’]ambito di|all['’]interno di|per|dans le cadre de|pour|au sein de|im Rahmen von|f[üu]r|en el marco de|dentro de|para|no [âa]mbito d[eo]|dentro d[eo])\s(?:(?:du|de|d['’]|des|von|der|of|the|its|their|el|il|o|do|da|di|del|le|la|den|das)\s?)?$/i;
/** Right after the name: the project's word or its country's, in six languages. */
const PROJECT_AFTER_RE =
  /^(?:-?Projekt\b|\s(?:project|projet|proyecto|progetto|projeto|initiative|UK|Norway|Norge|Norwegen|Norvège|UAE|India|Inde|Indien|Argentina|Argentine|Argentinien|Europe|Europa|campus|site|sites|cluster|facility|facilities|partners|venture|alliance|buildout|build-out|effort|complex|Standort|Campus|sito|sitio|local|complexe|complesso|complejo|complexo)\b|-(?:Campus|Standort|Partner|Standorte)\b)/i;

/** The name at [start, end) of `text` names a project or its site, not the company behind it. */
export function namedAsProject(text: string, start: number, end: number): boolean {
  return (
    PROJECT_BEFORE_RE.test(text.slice(Math.max(0, start - 30), start)) ||
    PROJECT_AFTER_RE.test(text.slice(end, end + 16))
  );
}

/**
 * A member named in the list of a joint venture or initiative ("une initiative conjointe d'Oracle, SoftBank et de
 * l'administration", "a joint venture of OpenAI, Oracle and SoftBank", "ein Konsortium von Oracle und SoftBank"): a
 * member of the project, no party of the contract told beside it.
 */
const MEMBER_OF_BEFORE_RE =
  /\b(?:initiative|projet|project|Projekt|programme|venture|coentreprise|consortium|Konsortium|alliance|Allianz|iniciativa|iniziativa|consorcio|consorzio|cons[óo]rcio)\s(?:(?:conjointe?|commune?|gemeinsame[ns]?|conjunta|congiunta|comune)\s)?(?:de\s|d['’]|of\s|between\s|entre\s|von\s|zwischen\s|di\s|da\s|tra\s)(?:\p{Lu}[\p{L}\d.&-]*(?:\s\p{Lu}[\p{L}\d.&-]*)?(?:,\s|\s(?:et|and|und|y|e)\s(?:de\s|d['’])?))*$/u;

/** The name starting at `start` is listed as a member of a joint venture or initiative. */
export function namedAsMember(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const m = MEMBER_OF_BEFORE_RE.exec(before);
  // "acquisterà capacità dalla joint venture tra Nscale e Aker", "buys from the joint venture of": the venture is the
  // counterparty, and its members stand for it.
  return m !== null && !FROM_VENTURE_RE.test(before.slice(0, m.index));
}

/** A preposition of buying from, right before the venture: "dalla joint venture", "from the joint venture". */
const FROM_VENTURE_RE =
  /(?:\bfrom(?:\sthe)?|\bdalla|\bdal|\bde\sla|\bdu|\bvon\sder|\bvom|\bdesde\sla|\bda|\bdo)\s(?:joint[- ]?)?$/i;
