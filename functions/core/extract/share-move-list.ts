// Companies named only as stocks that moved (issue 8, wrong pair): "Les actions des mineurs, comme Bitfarms ou Hive
// Digital, ont grimpé jusqu'à 12 %, tandis que Galaxy Digital …", "Shares of Bitfarms and Hive Digital rose as much
// as 12%", "Die Aktien von Bitfarms und Hive Digital stiegen um bis zu 12 Prozent": each name of the list is a
// market move told in passing, no party of the contract the sentence goes on to tell. One name right before its
// move ("Nvidia, che ha perso il 3%") is SHARE_MOVE_AFTER_RE's (parties.ts); this reads the names of a list.

/** A literal check first: no percent sign or word near the name, no move. */
const PERCENT_WORD_RE = /%|percent|per cent|prozent|por ciento|per cento|pour cent|por cento/i;

/**
 * After the name: the other names of its list ("ou Hive Digital", ", Riot and Cipher"), a comma, a move verb, a
 * few words ("jusqu'à", "as much as", "um bis zu") and a percentage. Case-sensitive: the names are capitalised ("to
 * Microsoft, it has surged 44%" lists nothing), and a list takes no singular "has" ("to Microsoft, Nebius has
 * surged").
 */
const LIST_THEN_MOVE_AFTER_RE =
  /^(?:(?:,\s|\s(?:and|or|et|ou|und|oder|y|o|e)\s)(?:\p{Lu}[\p{L}\d&.-]*\s?){1,3})+,?\s(?:(?:have|had|ont|sind|haben|han|hanno|sono|t[êe]m)\s)?(?:rose|fell|jumped|climbed|gained|surged|soared|dropped|slid|sank|rallied|grimp[ée]|bondi|progress[ée]|chut[ée]|recul[ée]|gagn[ée]|perdu|stiegen|fielen|sprangen|kletterten|legten|verloren|gewannen|subieron|cayeron|avanzaron|ganaron|perdieron|saliti|salite|scesi|balzati|guadagnato|perso|subiram|ca[íi]ram|avan[çc]aram|dispararam|ganharam|perderam)\s(?:[\p{L}'’]+\s){0,4}?\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|percent\b|per cent\b|Prozent\b|por ciento\b|per cento\b|pour cent\b|por cento\b)/u;

/** Characters after a name read for its list and the move. */
const REACH = 140;

/** Is the company named at `end` (its name's end) one of a list of stocks whose move the sentence tells? */
export function namedInShareMoveList(text: string, end: number): boolean {
  const after = text.slice(end, end + REACH);
  return PERCENT_WORD_RE.test(after) && LIST_THEN_MOVE_AFTER_RE.test(after);
}
