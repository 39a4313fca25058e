// A party's rivals (issue 8, wrong pair) are no parties of the deal told beside them. Two ways the press names them:
// in a ranking or a rivalry ("Oracle devient un fournisseur clé, en concurrence avec Amazon, Microsoft et Alphabet",
// "im Wettbewerb mit den Cloud-Marktführern Amazon, Microsoft und Alphabet", "rivals such as AWS and Azure", "frente a
// competidores como Google", "in concorrenza con Microsoft", "concorrentes como a AWS"), where the next sentence's
// amount ("Der Vertrag soll 300 Milliarden Dollar wert sein") would otherwise pair two rivals; and as the one whose
// dominance a deal is said to challenge ("un acuerdo por 1 millón de TPUs, desafiando el dominio de Nvidia", "a
// challenge to Nvidia's dominance", "gegen die Vorherrschaft von Nvidia"), the market the deal is measured against.
// A third: as the company whose rival the party is, in the title set before the party's own name ("avec le
// challenger de Nvidia, Cerebras", "mit dem Nvidia-Herausforderer Cerebras", "with Nvidia rival Cerebras", "con el
// rival de Nvidia, Cerebras"): the title names the party, the rival inside it is no party.

import { opensSignedAside } from './relative-deal';
import { textBefore } from './text-window';

/**
 * A literal check first: most names have none of these words before them. One rival named by its title ("son
 * concurrent CoreWeave", "its rival CoreWeave") is the sentence's own subject, not a ranking: only plurals and
 * examples ("rivals such as", "concurrent comme") set names aside.
 */
const RIVAL_WORD_RE = /compet|rival|concurr|wettbewerb|konkurr|concorr|alternativ/i;

/**
 * The cue, up to three words of description ("den Cloud-Marktführern", "the cloud leaders"), then the names of an
 * enumeration before this one ("Amazon, Microsoft und "), ending where the name starts.
 */
const RIVAL_BEFORE_RE = new RegExp(
  String.raw`(?:\balternatives?(?:\s[\p{L}-]+)?\s(?:to|à|aux|zu|a|al)(?:\s[\p{L}-]+){0,3},?\s(?:made|designed|built|sold|produced|fabriqu[ée]e?s|produite?s|con[çc]ue?s|vendue?s|hergestellt|fabricad[oa]s|producid[oa]s|prodott[ie]|produzid[oa]s)(?:\s[\p{L}-]+)?\s(?:by|par|von|por|da|pela|pelo)|\balternatives?(?:\s[\p{L}-]+)?\s(?:to|à|aux|zu|a|al)|\bAlternativen? zu|\bin competition with|\bcompet(?:es|ing) (?:with|against)|\b(?:rivals|competitors)(?: such as| like| including)?|\b(?:rival|competitor)(?: such as| like| including)|\ben concurrence (?:avec|de)|\bconcurrents(?: comme| tels? que| dont)?|\bconcurrent(?: comme| tel que)|\brivaux(?: comme| tels que)?|\bim Wettbewerb (?:mit|zu)|\bKonkurren(?:ten|z)(?: wie| um| von)?|\bRivalen(?: wie)?|\ben competencia con|\bcompetidores(?: como)?|\brivales(?: como)?|\bin concorrenza con|\bconcorrenti(?: come| quali)?|\brivali(?: come)?|\bem concorr[êe]ncia com|\bconcorrentes(?: como)?|\brivais(?: como)?)` +
    // Up to three words of description, never a list's "and": the names after it are the rivals.
    String.raw`(?:\s(?!(?:and|und|et|y|e|or|ou|oder|o)\s)[\p{L}-]+){0,3}?` +
    // Names closed by commas, then at most one closed by "and": "CoreWeave and Nebius, IREN signed" ends the list.
    String.raw`(?:\s(?:\p{Lu}[\p{L}\d&.-]*\s?){1,3}(?:\([^)]{1,20}\))?,)*(?:\s(?:\p{Lu}[\p{L}\d&.-]*\s?){1,3}(?:\([^)]{1,20}\))?,?\s(?:and|und|et|y|e|or|ou|oder|o))?\s$`,
  'u',
);

/** Named in a ranking or a rivalry. */
function namedInRanking(text: string, start: number, end: number): boolean {
  const before = textBefore(text, start, 90);
  // "compite con OpenAI, que el mes pasado firmó un acuerdo de 250.000 millones con Microsoft": the rival's own
  // deal, told in its aside, keeps it a party.
  return RIVAL_WORD_RE.test(before) && RIVAL_BEFORE_RE.test(before) && !opensSignedAside(text, end);
}

/** A literal check first: most names have none of these words near them. */
const DOMINANCE_WORD_RE = /dom[ií]n|hegemon|monopol|supremac|vorherrschaft|primato|reinado/i;

/** Right before the name: the noun of dominance and its preposition. */
const DOMINANCE_OF_BEFORE_RE =
  /\b(?:dominance|domination|dominio|dom[íi]nio|dominanz|hegemon[íi]a|h[ée]g[ée]monie|egemonia|monopol[iy]o?|monop[óo]lio|supremac[yi]a?|suprématie|supremazia|vorherrschaft|primato|reinado|predominio)\s(?:of|de|del|di|della|dell['’]|da|do|von|des|du)\s?(?:the\s|la\s|el\s|l['’]|der\s)?$/iu;
/** Right after the name: its possessive and the noun ("Nvidia's dominance", "Nvidias Dominanz"). */
const DOMINANCE_AFTER_RE =
  /^(?:['’]s|s)?\s(?:(?:market|AI|chip)\s)?(?:dominance|grip|monopoly|supremacy|Dominanz|Vorherrschaft|Monopol)\b/iu;

/** Named as the rival whose dominance the text says a deal challenges. */
function namedAsDominant(text: string, start: number, end: number): boolean {
  const before = textBefore(text, start, 40);
  const after = text.slice(end, end + 30);
  if (!DOMINANCE_WORD_RE.test(before) && !DOMINANCE_WORD_RE.test(after)) return false;
  return DOMINANCE_OF_BEFORE_RE.test(before) || DOMINANCE_AFTER_RE.test(after);
}

/** Right before the name: a rival's title and its preposition ("le challenger de ", "el rival de "). */
const TITLE_OF_BEFORE_RE =
  /\b(?:challenger|concurrent|rival|rivale|competitor|Herausforderers?|Konkurrenten?|Rivalen?|competidor|desafiante|sfidante|concorrente)\s(?:de|du|d['’]|of|von|des|di|del|dell['’]|da|do)\s?(?:the\s|la\s|el\s|l['’]|der\s)?$/iu;
/**
 * Right after the name: a title that turns it into a descriptor ("Nvidia rival Cerebras", "Nvidia-Herausforderer ",
 * "from the Nvidia rival through 2028").
 */
const TITLE_AFTER_RE = /^(?:['’]s)?[\s-](?:challenger|rival|competitor|Herausforderer|Konkurrent|Rivale)\b/u;

/**
 * Named as the company whose rival the party is, in a title that stands for the party, with or without its own
 * name ("the Nvidia rival", "du rival de Nvidia", "da rival da Nvidia", "rival de Nvidia, Cerebras").
 */
function namedInRivalTitle(text: string, start: number, end: number): boolean {
  if (TITLE_AFTER_RE.test(text.slice(end, end + 30))) return true;
  const before = textBefore(text, start, 30);
  return RIVAL_TITLE_WORD_RE.test(before) && TITLE_OF_BEFORE_RE.test(before);
}

/** A literal check first for the title before the name. */
const RIVAL_TITLE_WORD_RE = /challeng|concurr|rival|compet|herausford|konkurr|desafi|sfidant/i;

/** Is the company named at [start, end) one of a party's rivals? */
export function namedAsRival(text: string, start: number, end: number): boolean {
  return (
    namedInRanking(text, start, end) ||
    namedAsDominant(text, start, end) ||
    namedInRivalTitle(text, start, end)
  );
}

/**
 * "… Google Cloud ajoutera des services cloud … : son rival OpenAI a conclu des accords dépassant 1 milliard", "its
 * rival OpenAI", "sein Rivale OpenAI", "su rival OpenAI", "il suo rivale OpenAI", "o seu rival OpenAI", ": rival
 * OpenAI has signed …": a company introduced as the rival of the one told before is the subject of its own news; it
 * borrows no counterparty from the sentence before (whose company is its rival).
 */
const INTRODUCED_AS_RIVAL_RE =
  /(?:^|[:;,(]\s?|\s(?:its|their|his|her|son|sa|leur|sein(?:e[nmr]?)?|ihr(?:e[nmr]?)?|su|sus|il suo|la sua|o seu|a sua)\s)(?:(?:main|chief|biggest|closest|great|principal|grand|gro[ßs]e[rn]?|gran|principale|maior)\s)?(?:rival|competitor|concurrent|challenger|Rivalen?|Konkurrenten?|Herausforderer|competidor|rivale|concorrente)\s$/iu;

export function introducedAsRival(text: string, start: number): boolean {
  const before = textBefore(text, start, 40);
  return RIVAL_WORD_RE.test(before) && INTRODUCED_AS_RIVAL_RE.test(before);
}
