// The customers who gave a site up, named in a clause of their own: "a facility that Oracle and OpenAI previously
// declined to occupy", "after Oracle and OpenAI walked away", "after Oracle and OpenAI decided not to take it", "qu'Oracle et OpenAI ont abandonné", "den Oracle und
// OpenAI zuvor aufgegeben hatten", "que Oracle y OpenAI abandonaron", "che Oracle e OpenAI avevano abbandonato",
// "que a Oracle e a OpenAI abandonaram". They are no party of the lease told now (parties.ts), and the giving up is
// theirs: it ends no contract of the pair the sentence tells (status.ts). The clause must open just before the name:
// "Microsoft walked away from a lease with CoreWeave" is the pair's own ended deal.

/** A literal check first: most names are followed by none of these. */
const GAVE_UP_WORD_RE =
  /declin|decid|d[ée]cid|entschieden|decidi|decis|walk|abandon|abbandon|chose not|passed on|pulled|backed out|gave up|renonc|aufgegeben|abgesprungen|abgelehnt|verzichtet|rechaz|renunci|rifiut|rinunci|recus|desist|reach|never signed|pas (?:pu )?conclu|lleg|alcanz|raggiunt|cheg|Einigung/i;

/** The clause's opener right before the first name: "that", "after", "qu'", "den", "que", "che", "que a". */
const OPENER = String.raw`(?:\b(?:that|which|after|once|que|apr[èe]s que|den|die|das|nachdem|che|dopo che|depois que|despu[ée]s de que)\s(?:(?:the|la|el|il|lo|o|a)\s)?|\bqu['’]|\bl['’])`;
const OPEN_BEFORE_RE = new RegExp(`${OPENER}$`, 'i');

/**
 * The other names of the list ("and OpenAI", a headline's ", OpenAI"), the auxiliary, an adverb, then the verb of
 * giving up.
 */
const REST = String.raw`(?:(?:,|\s(?:and|&|et|und|y|e))\s(?:(?:the|la|el|il|lo|o|a)\s|l['’])?[\p{L}\d.&-]{1,30}?)?\s(?:(?:had|have|has|avaient|avait|ont|hatten|hatte|haben|hat|habían|había|han|avevano|aveva|hanno|tinham|tinha|têm)\s)?(?:(?:previously|earlier|initially|already|d[ée]j[àa]|bereits|zuvor|ya|previamente|gi[àa]|anteriormente|j[áa])\s)?(?:declined to (?:occupy|take|lease|use)|decided not to (?:take|occupy|lease|use|proceed)|(?:ont|avaient|a|avait) d[ée]cid[ée] de ne pas|sich dagegen entschieden|decidieron no|decidi[óo] no|(?:hanno|aveva|avevano|ha) deciso di non|decidiram n[ãa]o|decidiu n[ãa]o|(?:didn['’]t|did not|failed to|could not|couldn['’]t) reach an? (?:agreement|deal)|never signed|n['’](?:a|ont|avait|avaient) pas (?:pu )?conclu|no (?:lleg[óo]|alcanz[óo]) (?:a )?un acuerdo|non (?:ha|hanno|aveva|avevano) raggiunto (?:un )?accordo|n[ãa]o (?:chegou|chegaram) a (?:um )?acordo|keine Einigung erzielt|walked away|chose not to|abandoned|passed on|pulled out|backed out|gave up|abandonn[ée]e?s?|renonc[ée]e?s?|aufgegeben|abgelehnt|abgesprungen|verzichtet|abandonaron|abandonado|rechazaron|rechazado|renunciaron|renunciado|abbandonat[oaie]|rifiutat[oaie]|rinunciat[oaie]|abandonaram|recusaram|recusado|desistiram|desistido)(?!\p{L})`;
const AFTER_NAME_RE = new RegExp(`^${REST}`, 'iu');

/** Is the name between `before` and `after` the subject of a clause telling it gave the site up? */
export function gaveUpSite(before: string, after: string): boolean {
  return GAVE_UP_WORD_RE.test(after) && OPEN_BEFORE_RE.test(before) && AFTER_NAME_RE.test(after);
}

/**
 * The whole clause, opener to verb, the name captured: blanked out before the status is read. Under the `i` flag
 * `\p{Lu}` matches any letter, so the name's capital is checked apart (`CAPITAL_RE`, case-sensitive).
 */
const CLAUSE_RE = new RegExp(String.raw`${OPENER}(\p{L}[\p{L}\d.&-]{0,30})${REST}`, 'giu');
const CAPITAL_RE = /^\p{Lu}/u;

/** The sentence with every giving-up clause of other customers blanked (same length, so offsets hold). */
export function withoutGaveUpClauses(sentence: string): string {
  if (!GAVE_UP_WORD_RE.test(sentence)) return sentence;
  return sentence.replace(CLAUSE_RE, (m, name: string) => (CAPITAL_RE.test(name) ? ' '.repeat(m.length) : m));
}
