// An amount that sizes a deal with a counterparty of its own, named right after it and absent from the company
// table (issue 8, roundups binding amounts to the wrong pair): "an additional 150MW CoreWeave lease and $5B AI
// infrastructure partnership with Macquarie Asset Management", "un partenariat de 5 milliards avec Macquarie". The
// amount is that deal's; the companies of the sentence are no party of it, whichever pair they form.
import { findCompanyMentions } from '../companies';

/** The deal nouns that take a counterparty of their own ("partnership with", "partenariat avec"), six languages. */
const NOUN =
  '(?:partnership|joint venture|alliance|financing|facility|partenariat|coentreprise|Partnerschaft|Gemeinschaftsunternehmen|Allianz|alianza|empresa conjunta|asociaci[óo]n|alleanza|parceria)';
/** "with" in six languages, an optional article, then a capitalised name ("Macquarie", not "U.S.-based"). */
const WITH_NAME =
  "\\s(?:with|avec|mit|con|com)\\s(?:(?:the|la|le|les|die|der|el|il|lo|a|o)\\s|l['’])?(\\p{Lu}\\p{Ll}[\\p{L}&.-]*)";

/** "with" in six languages, as a literal (no "u" flag). */
const WITH_WORD_RE = / (?:with|avec|mit|con|com) /i;

/** English and German: the noun after the amount ("$5B AI infrastructure partnership with", "5-Milliarden-Dollar-Partnerschaft mit"). */
const NOUN_AFTER_RE = new RegExp(`^(?:(?:\\s[\\p{L}-]+){0,4}?\\s|[\\p{L}-]*)${NOUN}${WITH_NAME}`, 'u');
/** The Romance order: the noun before the amount ("un partenariat de", "una alianza de", "uma parceria de"). */
const NOUN_BEFORE_RE = new RegExp(`${NOUN}\\s(?:\\S+\\s){0,2}$`, 'iu');
/** …then the currency words, then "with" and the name ("… de dollars avec Macquarie"). */
const CURRENCY_THEN_NAME_RE = new RegExp(
  `^(?:\\s(?:de|di|of|d['’])?\\s?(?:dollars?|d[óo]lares|dollari|euros?|Dollar))?${WITH_NAME}`,
  'u',
);

/** How far after (and, for the Romance order, before) an amount its own deal's noun and counterparty are looked for. */
const REACH = { after: 90, before: 40 } as const;

/** Does the amount at [start, end) size a deal with a named counterparty the company table does not know? */
export function sizesUnknownCounterpartyDeal(
  text: string,
  start: number,
  end: number,
  sentence: { start: number; end: number },
): boolean {
  const after = text.slice(end, Math.min(sentence.end, end + REACH.after));
  // A cheap literal first look: most amounts (a filing's tables of figures) have no "with" after them.
  if (!WITH_WORD_RE.test(after)) return false;
  let m = NOUN_AFTER_RE.exec(after);
  if (!m && NOUN_BEFORE_RE.test(text.slice(Math.max(sentence.start, start - REACH.before), start)))
    m = CURRENCY_THEN_NAME_RE.exec(after);
  if (!m) return false;
  const nameStart = end + m.index + m[0].length - m[1]!.length;
  return !findCompanyMentions(text, nameStart, Math.min(text.length, nameStart + 60)).some(
    (c) => c.start === nameStart,
  );
}

/**
 * "a 240-megawatt campus leased from Ionic Digital", "arrendado da Ionic Digital", "loué auprès de Ionic Digital",
 * "angemietet von Ionic Digital": the sentence names the one it leases or buys from, a company the table does not
 * know. That sentence has its own counterparty and borrows none from the sentences before it (the "Microsoft" and
 * "Dell" of "In partnership with Dell, Microsoft races ahead" are no parties of that campus's lease).
 */
const TAKEN_FROM_NAME_RE =
  /\b(?:leased|rented|sub-?leased|bought|purchased|arrendad[oa]s?|alugad[oa]s?|lou[ée]e?s?|achet[ée]e?s?|alquilad[oa]s?|arrendad[oa]s?|affittat[oa]|noleggiat[oa]|(?:an)?gemietet|gekauft)\s(?:from|da|de|do|à|auprès\sde|a|von|bei)\s(?:(?:the|la|le|el|il|lo|a|o|der|dem)\s)?(?=\p{Lu}\p{Ll})/giu;

/** Does the sentence lease or buy from a named company the table does not know? */
export function takesFromUnknownCompany(sentence: string): boolean {
  TAKEN_FROM_NAME_RE.lastIndex = 0;
  for (let m = TAKEN_FROM_NAME_RE.exec(sentence); m !== null; m = TAKEN_FROM_NAME_RE.exec(sentence)) {
    const at = m.index + m[0].length;
    if (!findCompanyMentions(sentence, at, Math.min(sentence.length, at + 60)).some((c) => c.start === at))
      return true;
  }
  return false;
}
