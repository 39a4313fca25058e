// A company named as where a founder or a team came from (issue 8, wrong pair): "Anthropic, the startup founded by
// former OpenAI researchers", "la startup fundada por exmiembros de OpenAI", "fondata da ex ricercatori di
// OpenAI", "fondée par d'anciens chercheurs d'OpenAI", "gegründet von ehemaligen OpenAI-Mitarbeitern", "fundada por
// ex-funcionários da OpenAI". The former employer describes one party; it is no party of the deal told beside it.
import { textBefore } from './text-window';

/** A literal check first: most names have none of these words before them. */
const FORMER_WORD_RE = /former|\bex\b|\bex-|\bex[a-zà-ÿ]|antigu|antig[oa]s|ancien|ehemalig|fr[üu]her/i;

/** Who worked there, in six languages (a plural noun of staff, or its German compound's tail). */
const STAFF =
  '(?:researchers|employees|staff(?:ers)?|executives|engineers|members|alumni|scientists|leaders|employ[ée]e?s|salari[ée]s|chercheurs|cadres|dirigeants|ing[ée]nieurs|membres|investigadores|empleados|trabajadores|miembros|directivos|ejecutivos|ingenieros|cient[íi]ficos|funcion[áa]rios|pesquisadores|executivos|engenheiros|membros|colaboradores|ricercatori|dipendenti|dirigenti|ingegneri|membri|manager|\\p{L}*(?:mitarbeiter|forscher|manager|ingenieure|angestellte)n?)';

/** Before the name: "former employees of", "exmiembros de", "d'anciens chercheurs d'", "ehemaligen Mitarbeitern von". */
const STAFF_OF_BEFORE_RE = new RegExp(
  `(?:former|ex-?\\s?|antigu[oa]s|antig[oa]s|anciens|ehemalige[nmr]?|fr[üu]here[nmr]?)\\s?${STAFF}\\s(?:of|at|from|de|del|d['’]|da|do|dos|das|di|della|dell['’]|von|bei)\\s?(?:the\\s|la\\s|el\\s|l['’]|der\\s|dem\\s)?$`,
  'iu',
);
/** Before the name, with the staff noun after it: "former OpenAI researchers", "ex-OpenAI", "ehemaligen OpenAI-". */
const FORMER_BEFORE_RE =
  /(?:former|\bex-?|antigu[oa]s|antig[oa]s|anciens|ehemalige[nmr]?|fr[üu]here[nmr]?)\s?$/iu;
const STAFF_AFTER_RE = new RegExp(
  `^(?:-|\\s)?${STAFF}(?!\\p{L})|^-(?=\\s)|^\\s?(?:alumni|veterans)\\b`,
  'iu',
);

/** Is the company named at [start, end) the former employer of someone the text describes? */
export function namedAsFormerEmployer(text: string, start: number, end: number): boolean {
  const before = textBefore(text, start, 60);
  if (!FORMER_WORD_RE.test(before)) return false;
  if (STAFF_OF_BEFORE_RE.test(before)) return true;
  return FORMER_BEFORE_RE.test(before) && STAFF_AFTER_RE.test(text.slice(end, end + 30));
}
