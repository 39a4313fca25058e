// A sentence that opens on "the startup" / "the lab" after a sentence naming several companies.
import type { CompanyEntry } from '../companies';
import type { Party } from './parties';

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
const CLAUSE_STAND_IN_RE = new RegExp(String.raw`,\s(?:\p{L}+\s)?${STAND_IN}`, 'iu');

/**
 * The company "the startup" stands for when the sentence names one company of its own and borrows the rest from the
 * sentence before ("Microsoft, Nvidia and Anthropic announce an alliance. The startup commits to buy $30 billion of
 * Microsoft's cloud"): the one AI lab that sentence names. `undefined` when the sentence does not open so or the
 * sentence before names no lab; `null` when it names more than one: the stand-in then pairs with nobody (saying
 * less beats pairing the two companies that happen to be left).
 */
export function labOfStandIn(
  sentence: string,
  own: readonly Party[],
  named: readonly Party[],
): CompanyEntry | null | undefined {
  if (!LAB_STAND_IN_RE.test(sentence)) return undefined;
  const ownIds = new Set(own.filter((p) => !p.weak).map((p) => p.company.id));
  if (ownIds.size !== 1) return undefined;
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
export function unnamedLabAfterLeadIn(sentence: string, pool: readonly Party[]): boolean {
  return CLAUSE_STAND_IN_RE.test(sentence) && !pool.some((p) => !p.weak && p.company.tier === LAB_TIER);
}
