// A sentence that opens on "the startup" / "the lab" after a sentence naming several companies.
import type { CompanyEntry } from '../companies';
import type { Party } from './parties';
import type { Span } from './sentences';

/** The tier of AI labs and big buyers in the company table. */
const LAB_TIER = 0;

/** The stand-in noun itself, with its article. */
const STAND_IN = String.raw`(?:the|la|le|das|der|el|il|a|o|l['’])\s?(?:(?:AI|IA|KI)[ -])?(?:start-?up|jeune pousse|lab|laboratoire|labo|Labor|laboratorio|laborat[óo]rio|developer|d[ée]veloppeur|Entwickler|desarrollador|sviluppatore|desenvolvedora?)(?!\p{L})`;
/**
 * A stand-in noun for an AI lab as the sentence's subject, six languages: "The startup commits to buy $30 billion of
 * Azure capacity", "La start-up s'engage…", "Das Start-up verpflichtet sich…", "La startup se compromete…", "La
 * startup si impegna…", "A startup vai adquirir…"; "the lab", "le laboratoire", "das Labor", "el laboratorio",
 * "il laboratorio", "o laboratório"; "the developer", "le développeur", "der Entwickler", "el desarrollador". A
 * sentence adverb may come first ("Enfin, la jeune pousse décroche une option auprès de Microsoft", "Finally, the
 * startup", "Inoltre, la startup", "Además, la startup"): the stand-in is still the sentence's subject.
 */
const LAB_STAND_IN_RE = new RegExp(
  String.raw`^\s*(?:(?:And|But|Also|Et|Mais|Und|Y|E|Ma|Mas)\s)?(?:(?:Finally|Lastly|In addition|Moreover|Enfin|Par ailleurs|En outre|De plus|Schließlich|Zudem|Außerdem|Darüber hinaus|Por último|Además|Por otra parte|Infine|Inoltre|Por fim|Além disso),?\s)?${STAND_IN}`,
  'iu',
);
/**
 * The same noun opening the main clause after a lead-in clause: "After opening the door to Nebius with a $9 billion
 * agreement, the lab also signed a contract with Oracle", "Dopo aver aperto le porte a CoreWeave …, la startup …", "…,
 * unterschrieb das Labor" (German puts the verb first).
 */
const CLAUSE_STAND_IN_RE = new RegExp(
  String.raw`,\s(?:(?!(?:and|et|und|y|e|or|ou|oder|o)\s)\p{L}+\s)?${STAND_IN}`,
  'iu',
);
/** A name this close after the noun makes it the title of a named company ("la startup de computação em nuvem Lambda"). */
const TITLE_REACH = 50;
/** "with" (six languages), maybe with an article, right before a company: the company is an object. */
const OBJECT_BEFORE_RE =
  /\s(?:with|avec|mit|con|com|à|a|to)\s(?:(?:the|la|le|l['’]|der|dem|el|il|a|o)\s?)?$/i;

/**
 * The company "the startup" stands for when the sentence names one company of its own and borrows the rest from the
 * sentence before ("Microsoft, Nvidia and Anthropic announce an alliance. The startup commits to buy $30 billion of
 * Microsoft's cloud"), or names only the lab's sellers ("The startup will buy $300 billion from Oracle, and its
 * contracts with CoreWeave …"): the one AI lab that sentence names. `undefined` when the sentence does not open so
 * or the sentence before names no lab; `null` when it names more than one: the stand-in then pairs with nobody
 * (saying less beats pairing the two companies that happen to be left).
 */
export function labOfStandIn(
  sentence: string,
  own: readonly Party[],
  named: readonly Party[],
): CompanyEntry | null | undefined {
  if (!LAB_STAND_IN_RE.test(sentence)) return undefined;
  const ownNamed = own.filter((p) => !p.weak);
  const ownIds = new Set(ownNamed.map((p) => p.company.id));
  // Two companies or more of its own: the stand-in is still the lab when they are all its sellers.
  if (ownIds.size === 0 || (ownIds.size > 1 && ownNamed.some((p) => p.company.tier === LAB_TIER)))
    return undefined;
  const labs = new Map<string, CompanyEntry>();
  for (const p of named)
    if (!p.weak && p.company.tier === LAB_TIER && !ownIds.has(p.company.id))
      labs.set(p.company.id, p.company);
  // No lab named: "the startup" may be a neocloud ("La start-up californienne loue déjà des serveurs à Nvidia"),
  // left to the usual reading.
  if (labs.size === 0) return undefined;
  return labs.size === 1 ? [...labs.values()][0]! : null;
}

/**
 * Does a lab stand-in, with no lab named, open the main clause after a lead-in? The companies left are the lab's
 * counterparties ("the door to Nebius", "a contract with Oracle"), never each other's: no pair of them is told.
 */
export function unnamedLabAfterLeadIn(text: string, sentence: Span, pool: readonly Party[]): boolean {
  const m = CLAUSE_STAND_IN_RE.exec(text.slice(sentence.start, sentence.end));
  if (!m || pool.some((p) => !p.weak && p.company.tier === LAB_TIER)) return false;
  const end = sentence.start + m.index + m[0].length;
  // A company right after the noun, not as an object of "with", is what the noun names.
  return !pool.some(
    (p) => p.start >= end && p.start - end < TITLE_REACH && !OBJECT_BEFORE_RE.test(text.slice(end, p.start)),
  );
}
