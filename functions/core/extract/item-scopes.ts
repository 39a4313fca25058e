// Pieces of news of their own inside one text: a live blog's or ticker's items stamped with a time ("13:30 – …",
// "12:15 Uhr – …", "18:12 …", "10h30 : …", "[9:41 AM] …"), and a sentence that opens on "Separately," ("Par
// ailleurs,", "Unabhängig davon", "Por otra parte,"…). An amount in one item never takes its parties from an
// earlier item; the item's own sentences still read each other, and its anaphors ("the company") still resolve.

/** A clock time: "13:30", "9:41", "10h30", "12.15 Uhr" (a dot only before "Uhr"/"h", else it is a decimal). */
const CLOCK = '(?:(?:[01]?\\d|2[0-3])[:h][0-5]\\d|(?:[01]?\\d|2[0-3])\\.[0-5]\\d(?=\\s?(?:Uhr|h)\\b))';
/** What may follow the time: "Uhr", "a.m.", "ET", "CET", "heure de Paris"… */
const ZONE = '(?:\\s?(?:Uhr|h|[ap]\\.?m\\.?|AM|PM|ET|EST|EDT|CET|CEST|MEZ|MESZ|GMT|UTC|BST|PT|PST|PDT))';

/** A sentence that opens on a time stamp, then a dash, colon, bar or a capitalised word. */
const TIMED_ITEM_RE = new RegExp(
  `^[\\s*•·>|\\[(]{0,3}${CLOCK}${ZONE}{0,2}\\s?[\\])]?\\s?(?:[–—:|-]\\s?)?(?=\\p{Lu}|\\d|["«„“])`,
  'u',
);

/** Does the sentence open a time-stamped item of a live blog or ticker? */
export function opensTimedItem(sentence: string): boolean {
  // Cheap first: an item opens on a digit (after at most a bullet or a bracket).
  const first = sentence.search(/\S/);
  if (first < 0) return false;
  const c = sentence.charCodeAt(first);
  const opensOnDigit = c >= 48 && c <= 57;
  if (!opensOnDigit && !(c === 91 || c === 40 || c === 42 || c === 8226)) return false;
  return TIMED_ITEM_RE.test(sentence);
}

/** "Separately,", "Par ailleurs,", "Unabhängig davon", "Por otra parte,", "Separatamente,", "Em outra frente,". */
const SEPARATELY_RE =
  /^\W{0,3}(?:separately|in a separate (?:deal|announcement|move)|elsewhere|par ailleurs|parall[èe]lement|dans un autre registre|unabh[äa]ngig davon|separat davon|davon unabh[äa]ngig|por otra parte|por separado|en otro orden|separatamente|in un['’]altra operazione|a parte|separadamente|em outra frente|por outro lado)\b/i;

/** Does the sentence open a piece of news of its own (a time stamp, "Separately,")? */
export function opensOwnItem(sentence: string): boolean {
  return opensTimedItem(sentence) || SEPARATELY_RE.test(sentence);
}
