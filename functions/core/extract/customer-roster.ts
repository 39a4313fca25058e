// A provider's roster of customers, told with no amount: "an AI cloud provider powering Mistral, Character.AI,
// Poolside and Black Forest Labs", "alimentant notamment Mistral, Poolside et Black Forest Labs", "zu seinen Kunden
// zählen Mistral, Poolside und Meta", "entre sus clientes figuran Mistral, Poolside y Meta", "tra i clienti
// Mistral, Poolside e Meta", "entre os clientes estão Mistral, Poolside e Meta". Three names or more after such a
// lead-in say who buys from the company in general, no contract: the sentence yields no pair.
import { textBefore } from './text-window';

/** A literal check first: most sentences name no roster. */
const ROSTER_WORD_RE =
  /power|serv|client|custom|kunde|aliment|dont|darunter|incluy|inclu|tra i|come|como|such as|like|tels|wie/i;

/** "its biggest customers", "entre seus principais clientes": the adjective a roster's lead-in may hold. */
const BIGGEST =
  '(?: (?:principais|principales|maiores|mayores|grandes|principaux|plus grands|principali|maggiori|gr[öo][ßs]ten|wichtigsten|biggest|largest|main|major))?';

/** The lead-in of a roster, six languages, right before its first name. */
const ROSTER_LEAD_RE = new RegExp(
  String.raw`(?:\bpowering|\bserving|\b(?:customers|clients)(?: \S+){0,2} (?:include|including|such as|like|are)|\b(?:customers|clients) such as|\bcounts(?: \S+){0,3} among|\balimentant(?: notamment)?|\bclients? (?:tels? que|comme|dont|parmi lesquels)|\bparmi ses${BIGGEST} clients|\bKunden wie|\bzu (?:den|seinen|ihren) Kunden (?:zählen|gehören)|\bKunden(?: \S+){0,2} (?:sind|zählen|darunter)|\bclientes (?:como|tales como|incluyen|figuran)|\bentre (?:sus|los|os|seus)${BIGGEST} clientes(?: \S+){0,2}|\bclienti (?:come|quali|tra cui)|\btra i (?:suoi )?(?:(?:principali|maggiori) )?clienti(?: \S+){0,1}|\bclientes (?:como|incluem|estão))\s$`,
  'iu',
);

/** Three names or more: "A, B and C", "A, B, C et D", "A, B und C", "A, B y C", "A, B e C". */
const NAME = String.raw`\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,3}`;
/** A name's article, as Portuguese, Italian and Spanish may write it ("a Microsoft, a Amazon e …"). */
const ARTICLE = "(?:(?:a|o|la|le|el|il|l['’]|the) )?";
const LIST_RE = new RegExp(
  `^(?:${ARTICLE}${NAME}, ){2,}(?:(?:and|et|und|y|e|ou|or|oder|o) )?${ARTICLE}${NAME}`,
  'u',
);

/** A lead-in that counts the names after it among the company's customers. */
const AMONG_CUSTOMERS_LEAD_RE = new RegExp(
  String.raw`(?:\bcounts(?: \S+){0,3} among|\bamong its${BIGGEST} (?:customers|clients)(?: are)?|\bparmi ses(?: (?:principaux|plus grands|grands))? clients|\bzu (?:den|seinen|ihren) Kunden (?:(?:von|der|des) \S+ )?(?:zählen|gehören|zählt|gehört)|\bentre sus(?: (?:principales|mayores|grandes))? clientes(?: figuran?| está| están| (?:a|con) (?:\S+ ){0,2}(?:como|tales como))?|\btra i (?:suoi )?(?:(?:principali|maggiori) )?clienti(?: \S+){0,2}?|\bentre (?:os )?seus${BIGGEST} clientes(?: estão| está)?)\s$`,
  'iu',
);
const ONE_NAME_RE = new RegExp(`^${ARTICLE}${NAME}`, 'u');
/** "Fluidstack counts Mistral AI among its customers": the names before "among". */
const COUNTS_AMONG_RE = new RegExp(
  `\\bcounts ${NAME}(?:(?:, | and )${NAME}){0,6} among (?:its|their) (?:customers|clients)`,
  'u',
);

/** "Together AI and Fluidstack are customers", "Mistral et Poolside sont clients", "Meta und OpenAI sind Kunden". */
const NAMES_ARE_CUSTOMERS_RE = new RegExp(
  `^(?:${NAME}, )*${NAME},? (?:and|et|und|y|e) ${NAME} (?:are|were|remain|sont|sind|son|sono|são) (?:(?:both|all|also|already|aussi|auch|también|anche|também)\\s)?(?:\\S+\\s)?(?:customers|clients|Kunden|clientes|clienti)\\b`,
  'u',
);

/** Does `sentence` name a roster of customers (read only when it states no amount)? */
export function namesCustomerRoster(sentence: string): boolean {
  if (!ROSTER_WORD_RE.test(sentence)) return false;
  if (COUNTS_AMONG_RE.test(sentence) || NAMES_ARE_CUSTOMERS_RE.test(sentence)) return true;
  const leadWord =
    /(?:powering|serving|include|including|such as|like|are|among|alimentant|notamment|tels? que|comme|dont|lesquels|clients|wie|zählen|zählt|gehören|gehört|sind|darunter|como|incluyen|figuran|clientes|quali|tra cui|clienti|sono|incluem|estão)\s/giu;
  for (let m = leadWord.exec(sentence); m !== null; m = leadWord.exec(sentence)) {
    const at = m.index + m[0].length;
    const before = textBefore(sentence, at, 60);
    if (ROSTER_LEAD_RE.test(before) && LIST_RE.test(sentence.slice(at))) return true;
    // "Fluidstack compte parmi ses clients Mistral AI": one customer counted among others is a roster too.
    if (AMONG_CUSTOMERS_LEAD_RE.test(before) && ONE_NAME_RE.test(sentence.slice(at))) return true;
  }
  return false;
}
