// Companies named as examples of a class of actors, in a sentence that states no amount: "companies such as OpenAI
// and xAI scrambling to secure computing capacity", "capacity constraints at rivals including Microsoft", "des
// acteurs comme OpenAI et xAI", "Konkurrenten wie Microsoft", "empresas como OpenAI y xAI", "rivali come
// Microsoft", "concorrentes como a Microsoft". They illustrate a trend or a market; no contract of theirs is told,
// so they are no party of one (a roster of a provider's customers is customer-roster.ts's).
import { lazy } from '../lazy';
import type { Party } from './parties';
import { textBefore } from './text-window';

/** A literal check first: most sentences give no examples. */
const EXAMPLE_WORD_RE =
  /such as|like|including|likes of|comme|tel|dont|wie|darunter|etwa|como|come|quali|tra cui/i;

/**
 * The class and its example word, right before the first name (an article may stand between: "como a Microsoft").
 * Generic actors only: a class of sellers ("neoclouds such as Nebius") may sum real deals (company-total.ts).
 */
const CLASS_LEAD_RE = lazy(
  () =>
    /(?:\b(?:compan(?:y|ies)|firms?|players?|rivals?|competitors?|peers?|labs?|start-?ups?|giants?|developers?)\s(?:such as|like|including)|\bthe likes of|\b(?:entreprises|soci[ée]t[ée]s|acteurs|rivaux|concurrents|laboratoires|start-?ups?|g[ée]ants)\s(?:comme|tel(?:le)?s que|dont)|\b(?:Unternehmen|Firmen|Konzerne|Rivalen|Konkurrenten|Wettbewerber(?:n)?|Start-?ups|Riesen)\s(?:wie|darunter|etwa)|\b(?:empresas|compañías|rivales|competidores|actores|laboratorios|gigantes)\s(?:como|tales como)|\b(?:aziende|società|rivali|concorrenti|colossi)\s(?:come|quali|tra cui)|\b(?:empresas|companhias|rivais|concorrentes|laborat[óo]rios|gigantes)\s(?:como|tais como))\s(?:(?:a|o|as|os|la|le|les|el|los|il|lo|die|der|the)\s)?$/iu,
);

/** The class is the object of a contract's "with": "with companies such as", "avec des géants comme", "con empresas como". */
const WITH_CLASS_BEFORE_RE =
  /\b(?:with|avec|mit|con|com)\s(?:(?:des|de|the|los|las|le|les|den|i|gli|os|as)\s)?\p{L}+\s(?:such as|like|including|comme|tel(?:le)?s que|dont|wie|darunter|etwa|como|tales como|come|quali|tra cui|tais como)\s(?:(?:a|o|as|os|la|le|les|el|los|il|lo|die|der|the)\s)?$/iu;

/** What joins the names of an example list: a comma, "and"/"or" in the six languages. */
const JOIN_RE =
  /^\s?(?:,\s?(?:and\s|or\s|und\s|oder\s|et\s|ou\s|y\s|o\s|e\s)?|\s(?:and|or|und|oder|et|ou|y|o|e)\s)(?:(?:a|o|la|le|el|il|die|der|the)\s)?$/i;

/** The parties named as examples of a class, with the names listed after the first one. */
export function classExamples(text: string, parties: readonly Party[]): Set<Party> {
  const out = new Set<Party>();
  const named = parties.filter((p) => !p.pronoun && p.end > p.start).sort((a, b) => a.start - b.start);
  for (let i = 0; i < named.length; i++) {
    const p = named[i]!;
    const before = textBefore(text, p.start, 60);
    if (!EXAMPLE_WORD_RE.test(before) || !CLASS_LEAD_RE().test(before)) continue;
    // "signed contracts with giants such as OpenAI and TikTok": the examples are the contracts' counterparties.
    if (WITH_CLASS_BEFORE_RE.test(before)) continue;
    out.add(p);
    for (let j = i + 1; j < named.length && JOIN_RE.test(text.slice(named[j - 1]!.end, named[j]!.start)); j++)
      out.add(named[j]!);
  }
  return out;
}
