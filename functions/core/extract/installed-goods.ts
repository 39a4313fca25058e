// A maker's chips installed or deployed in a project (issue 8, hardware beside capacity): "In partnership with Nscale,
// Nvidia and Start Campus, the project will install 12,600 Nvidia GPUs", "fechou uma parceria com a Nscale para
// instalar 12.600 GPU da Nvidia", "prevé la instalación de 12.600 GPU de Nvidia", "installera 12 600 GPU Nvidia",
// "sollen 12.600 Nvidia-GPUs installiert werden", "installerà 12.600 GPU Nvidia". A fleet a project or a third
// company puts in place tells no purchase: with no amount and no word of buying, ordering or contracting, the maker
// is no seller of a deal.

/** Installing or deploying, six languages. */
const INSTALLS_RE =
  /\b(?:install(?:s|ed|ing|ation)?|deploy(?:s|ed|ing|ment)?|instal(?:ar|a|ará|ación|lation|aç[ãa]o|ado|ada)|install(?:er|era|é|ée|ent)|déplo(?:yer|iera|ie|iement)|installier\p{L}*|Installation|install(?:are|erà|ato|azione)|implant(?:ar|ação|ará)|desplieg\p{L}*|desplegar|despliegue)/iu;

/** Words that do tell a purchase or a contract for the goods. */
const BUYS_OR_CONTRACTS_RE =
  /\b(?:buy|buys|bought|purchas\p{L}*|order\p{L}*|contract\p{L}*|deal|agreement|arrangement|pact|supply|supplies|acqui\p{L}*|achat|achète|commande|accord|kauf\p{L}*|bestell\p{L}*|Vertrag|Vereinbarung|Abkommen|compr\p{L}*|pedido|contrat\p{L}*|acuerdo|accordo|acordo|fornitura|fornecimento|suministro)\b/iu;

/** The maker named as the counterparty ("a long-term partnership with AMD to deploy …"), not as the goods' brand. */
const WITH_BEFORE_RE =
  /(?:\bwith|\bavec|\bmit|\bcon|\bcom|\bentre)\s(?:the\s|la\s|l['’]|a\s|o\s|dem\s|der\s)?$/iu;

/** A frame of partners opening the sentence: "In partnership with Nscale, Nvidia and Start Campus, the project …". */
const PARTNERS_FRAME_RE =
  /^\s*(?:in (?:partnership|collaboration) with|en (?:partenariat|collaboration) avec|in (?:Partnerschaft|Zusammenarbeit|Kooperation) mit|en (?:colaboraci[óo]n|asociaci[óo]n|alianza) con|in (?:collaborazione|partnership) con|em (?:parceria|colabora[çc][ãa]o) com)\b/iu;

/**
 * Does a sentence only install a maker's goods for a project or a third company ("Equinix partnered with Nscale to
 * install 12,600 Nvidia GPUs", "In partnership with Nscale, Nvidia and Start Campus, the project will install …")?
 * A buyer that itself installs a maker's chips ("Mistral installera 18 000 puces de Nvidia") keeps its purchase.
 * `beforeMaker` is the sentence's text before the maker's name; `thirdFirst`, whether the sentence names a company
 * of neither side first.
 */
export function onlyInstallsGoods(sentence: string, beforeMaker: string, thirdFirst: boolean): boolean {
  return (
    (thirdFirst || PARTNERS_FRAME_RE.test(sentence)) &&
    INSTALLS_RE.test(sentence) &&
    !BUYS_OR_CONTRACTS_RE.test(sentence) &&
    !WITH_BEFORE_RE.test(beforeMaker)
  );
}
