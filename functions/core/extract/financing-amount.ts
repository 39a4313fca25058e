// An amount that sizes a financing (issue 8, non-deal amounts): "Oracle's $38 billion data center financing", "secures
// $3.6B financing for GPU infrastructure under Microsoft contract",
// "a $2.3 billion debt package for the campus", "une enveloppe de financement de 5 milliards", "eine Finanzierung
// über 38 Mrd. Dollar", "una financiación de 38.000 millones", "un finanziamento da 38 miliardi", "um financiamento de
// US$ 38 bilhões": money lent or raised for a site, never the value of the capacity contract told beside it.

/** An amount's scale word, six languages (the figure before it is what the financing noun sizes). */
const SCALE =
  '(?:billion|bn|million|mn|milliards?|millions?|Milliarden|Mrd\\.?|Mio\\.?|mil millones|millones|miliardi|milioni|bilh(?:ão|ões)|milh(?:ão|ões))';

/** "US$ 38", "€5", "38" with an optional hedge before it. */
const FIGURE =
  '(?:(?:about|around|roughly|some|nearly|rund|etwa|knapp|environ|pr[èe]s de|unos|casi|m[áa]s de|circa|quasi|cerca de|quase)\\s)?(?:US)?[$€£]?\\s?\\d';

/**
 * English puts the amount before the noun, with at most three words between that are not a contract's or a
 * guarantee's ("$1.8 billion of backstop financing" is the guarantee's own amount, kept); the other languages name
 * the financing first, then its size.
 */
/** A cheap literal first look (no "u" flag): most texts near an amount name no financing at all. */
const FINANCING_WORD_RE =
  /financ|finanz|kreditpaket|enveloppe|debt (?:sale|package|raise|deal|facilities)|(?:funding|loan) package/i;

/** The pattern below, tried only where its literal words stand (it is read near every amount). */
class FinancingCue extends RegExp {
  override test(text: string): boolean {
    return FINANCING_WORD_RE.test(text) && super.test(text);
  }
}

export const FINANCING_AMOUNT_RE: RegExp = new FinancingCue(
  [
    `(?:\\b${SCALE}|(?<=\\d)[BM]\\b)(?:\\s(?:of|in|dollars?|euros?))?(?:\\s(?!(?:deal|contract|agreement|lease|order|commitment|backstop|guarantee|capacity|compute)s?\\b)[\\p{L}-]+){0,3}?\\s(?:financing|debt (?:sale|package|raise|deal|facilities)|(?:financing|funding|loan) package)\\b`,
    `\\b(?:Finanzierung(?:spaket)?|Kreditpaket)\\s(?:über|von|in Höhe von)\\s${FIGURE}`,
    `${SCALE}(?:-Dollar|-Euro)?-(?:Finanzierung|Kreditpaket)`,
    `\\bfinanciaci[óo]n\\s(?:de|por)\\s${FIGURE}`,
    `\\bfinanziamento\\s(?:da|di|per)\\s${FIGURE}`,
    `\\bfinanciamento\\s(?:de|no valor de)\\s${FIGURE}`,
    `\\benveloppe (?:de financement )?de\\s${FIGURE}`,
  ].join('|'),
  'iu',
);
