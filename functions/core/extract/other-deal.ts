// A company named only as the party of another contract that the sentence sets beside its own: "a $3 billion
// agreement with Meta, in addition to the Microsoft contract signed in September", "en plus du contrat avec
// Microsoft", "zusätzlich zum Microsoft-Vertrag", "parallel zum Microsoft-Vertrag", "además del contrato con
// Microsoft", "oltre al contratto con Microsoft", "além do contrato com a Microsoft", "alongside the Microsoft
// contract". It is no party of the amount told beside it. "Auf Microsoft entfällt ein Vertrag über 19 Milliarden,
// flankiert von einer Drei-Milliarden-Dollar-Vereinbarung mit Meta", "accompagné d'un accord avec Meta", "flanked
// by a deal with Meta": the second customer of a roundup is no party of the first one's contract. A lead of time
// ("following the $17.4 billion Microsoft contract", "tras el contrato de 17.400 millones con Microsoft", "après le
// contrat Microsoft de 17,4 milliards") sets another contract beside the news only after the news's own
// counterparty: "Oracle shares rose after the $300 billion contract with OpenAI" tells the news.
import { textBefore } from './text-window';

/** A literal check first: most names have no such lead-in before them. */
const LEAD_WORD_RE =
  /addition|besides|aside|apart|beyond|au[sß]er|abgesehen|au-del|aparte|m[áa]s all[áa]|al di l[àa]|alongside|on top|en plus|outre|parall|zus[äa]tzlich|neben|adem[áa]s|oltre|al[ée]m|flank|accompa|acompa|begleit|affianc|following|after|apr[èe]s|suite|tras|despu[ée]s|dopo|ap[óo]s|depois/i;

const LEAD = `(?:in addition to|besides|alongside|on top of|en plus d(?:u|e l['’]|e la|es)|outre (?:le|la|l['’]|les)|en parall[èe]le (?:du|de l['’]|de la|des|au|à la)|zus[äa]tzlich zu(?:m|r)?|neben (?:dem|der|den)|parallel zu(?:m|r)?|adem[áa]s de(?:l| la| los| las)?|(?:paralelamente|en paralelo) a(?:l| la| los| las)?|oltre (?:al|alla|all['’]|ai|agli|il|la)|(?:parallelamente|in parallelo) (?:al|alla|all['’]|ai|agli)|al[ée]m d(?:o|a|os|as)|(?:paralelamente|em paralelo) (?:ao|à|aos|às)|(?:flanked|accompanied) by|flankiert von|begleitet von|flanqu[ée]e?s? d['’]|accompagn[ée]e?s? d['’]|acompa(?:ñ|nh)ad[oa]s? (?:de|por)|affiancat[oaie] da|accompagnat[oaie] da)`;
/** A lead of time: "following", "après le", "tras el", "após o". */
const AFTER_LEAD = `(?:following|after|apr[èe]s|[àa] la suite d(?:u|e la|e l['’]|es)|tras|despu[ée]s d(?:el|e la|e los|e las)|dopo|ap[óo]s|depois d(?:o|a|os|as))`;
// No possessive and no "existing": "in addition to its existing contract with Meta" is the same pair's, grown.
const ARTICLE = `(?:the|an?|einem|einer|une?|el|la|le|l['’]|il|o|a|una|uma|um)`;
const OWN_WORD_RE =
  /\b(?:its|their|our|his|her|son|sa|ses|leur|seine[mn]?|ihre[mn]?|su|sus|suo|sua|seu|existing|current|bestehend|bisherig|existant|actuel|existente|actual|attuale|vigente|atual)\b/i;
const CONTRACT = `(?:contracts?|deals?|agreements?|contrats?|accords?|vertr[äa]ge?n?|vertrags?|vereinbarung(?:en)?|acuerdos?|contratos?|contratt[oi]|accord[oi]|acordos?)`;
const WITH = `(?:with|avec|mit|con|com)`;

/** The other contract's amount before its name: "$17.4 billion", "US$ 10 bilhões". */
const AMOUNT = String.raw`(?:US)?[$€£]\s?\d[\d.,]*(?:\s?(?:billion|million|bn|[mb]n|[BM]))?`;
/** An amount with or without its currency sign: "17.400", "US$ 17,4". */
const LOOSE_AMOUNT = String.raw`(?:US)?[$€£]?\s?\d[\d.,]*`;

/** "in addition to the contract with ", "oltre al contratto con ", "além do acordo com a ": the name follows. */
const CONTRACT_WITH_BEFORE_RE = new RegExp(
  String.raw`${LEAD}\s?(?:${ARTICLE}\s?)?(?:[\p{L}\d,.$€-]{1,15}\s){0,3}?(?:[\p{L}\d,]{1,12}-){0,4}${CONTRACT}\s(?:[\p{L}-]{1,15}\s)?(?:[$€]?\d[\d.,]*\s(?:[\p{L}.]{1,12}\s){0,2})?${WITH}\s(?:${ARTICLE}\s?)?$`,
  'iu',
);
/**
 * "in addition to the ", "zusätzlich zum ", "in addition to the $17.4 billion ": the name, then the contract noun
 * ("Microsoft contract", "-Vertrag").
 */
const LEAD_BEFORE_RE = new RegExp(
  String.raw`${LEAD}\s?(?:${ARTICLE}\s?)?(?:${AMOUNT}\s)?(?:[\p{L}-]{1,15}\s)?$`,
  'iu',
);
const CONTRACT_AFTER_RE = new RegExp(String.raw`^(?:['’]s)?[\s-](?:[\p{L}-]{1,15}\s)?${CONTRACT}\b`, 'iu');

/**
 * A lead of time, then the other contract told with its own amount: "following the $17.4 billion " (the name and its
 * noun follow), "tras el contrato de 17.400 millones con ", "após o contrato de US$ 17,4 bilhões com a " (the name
 * follows), "après le contrat " (the name and its amount follow: "Microsoft de 17,4 milliards").
 */
const AFTER_AMOUNT_BEFORE_RE = new RegExp(String.raw`${AFTER_LEAD}\s(?:${ARTICLE}\s?)?${AMOUNT}\s$`, 'iu');
const AFTER_CONTRACT_WITH_BEFORE_RE = new RegExp(
  String.raw`${AFTER_LEAD}\s(?:${ARTICLE}\s?)?${CONTRACT}\s(?:of|de|da|di|von|über)\s${LOOSE_AMOUNT}\s(?:[\p{L}.$]{1,12}\s){0,3}${WITH}\s(?:${ARTICLE}\s?)?$`,
  'iu',
);
const AFTER_CONTRACT_BEFORE_RE = new RegExp(
  String.raw`${AFTER_LEAD}\s(?:${ARTICLE}\s?)?${CONTRACT}\s$`,
  'iu',
);
/** The amount right after the name: " de 17,4 milliards". */
const AMOUNT_AFTER_NAME_RE = new RegExp(String.raw`^\s(?:of|de|da|di|von|über)\s${LOOSE_AMOUNT}`, 'iu');
/** A company named as a deal's "with" object: the news's counterparty, before the lead of time. */
const WITH_OBJECT_BEFORE_RE = new RegExp(
  String.raw`\b${WITH}\s(?:${ARTICLE}\s?)?(?:[\p{L}-]{1,20}\s)?$`,
  'iu',
);

/**
 * A sentence or clause that opens on a company set aside: "Besides CoreWeave, Meta also secured …", "Neben Coreweave
 * hatte sich Meta … bei Nebius … gesichert", "Outre CoreWeave, Meta …", "Además de CoreWeave, …", "Oltre a CoreWeave,
 * …", "Além da CoreWeave, …". The company named is the buyer's other supplier, no party of what the clause tells.
 */
const ASIDE_OPENING_BEFORE_RE = new RegExp(
  String.raw`(?:[.;:!?]\s+|\n\s*|,\s)(?:besides|aside from|apart from|beyond|in addition to|alongside|neben|au[sß]er|abgesehen von|outre|en plus de|au-del[àa] de|adem[áa]s de(?:l)?|aparte de(?:l)?|m[áa]s all[áa] de(?:l)?|oltre a(?:d)?|al di l[àa] di|al[ée]m d[aeo]s?)\s(?:${ARTICLE}\s?)?$`,
  'iu',
);

/** Characters before a name read for the lead-in. */
const REACH = 70;

/**
 * `start`-`end`: the name. `after`: where the company named before it in the sentence ends (-1 when none), read for
 * a lead of time (see the file's comment).
 */
export function namedForOtherDeal(text: string, start: number, end: number, after = -1): boolean {
  const before = textBefore(text, start, REACH);
  if (!LEAD_WORD_RE.test(before) || OWN_WORD_RE.test(before.slice(-40))) return false;
  // The text's own start counts as a sentence's.
  if (ASIDE_OPENING_BEFORE_RE.test(start - before.length <= 0 ? `\n${before}` : before)) return true;
  if (CONTRACT_WITH_BEFORE_RE.test(before)) return true;
  if (LEAD_BEFORE_RE.test(before) && CONTRACT_AFTER_RE.test(text.slice(end, end + 40))) return true;
  return after >= 0 && followsNewsCounterparty(text, start, end, before, after);
}

/** How far before the lead of time the news's counterparty may be named. */
const NEWS_REACH = 200;

function followsNewsCounterparty(
  text: string,
  start: number,
  end: number,
  before: string,
  after: number,
): boolean {
  const told =
    (AFTER_AMOUNT_BEFORE_RE.test(before) && CONTRACT_AFTER_RE.test(text.slice(end, end + 40))) ||
    AFTER_CONTRACT_WITH_BEFORE_RE.test(before) ||
    (AFTER_CONTRACT_BEFORE_RE.test(before) && AMOUNT_AFTER_NAME_RE.test(text.slice(end, end + 24)));
  if (!told || start - after > NEWS_REACH) return false;
  const previousName = text.lastIndexOf(' ', after - 1);
  return WITH_OBJECT_BEFORE_RE.test(text.slice(Math.max(0, previousName - 40), previousName + 1));
}

/**
 * Between an amount and the name of the other contract it values: "$17.4 billion Microsoft contract", "17.400
 * millones con Microsoft", "a $3 billion deal with Meta".
 */
const AMOUNT_THEN_NAME_RE = new RegExp(
  String.raw`^\s(?:(?:de d[óo]lares|dollars|de dollars|di dollari|Dollar)\s)?(?:${CONTRACT}\s)?(?:${WITH}\s(?:${ARTICLE}\s?)?)?$`,
  'iu',
);
/** Between the name of the other contract and its amount: "le contrat Microsoft de 17,4 milliards". */
const NAME_THEN_AMOUNT_RE = /^\s(?:de|of|da|di|von|über)\s(?:US)?$/i;

/**
 * The company named as the label of another contract the sentence sets beside its own, next to the amount at
 * [start, end) ("following the $17.4 billion Microsoft contract announced in September", "après le contrat
 * Microsoft de 17,4 milliards"), or null: the amount is that contract's, whose other party is the company the
 * sentence or page is about, never the sentence's own counterparty.
 */
export function otherDealLabel<P extends { start: number; end: number; otherDeal?: boolean }>(
  text: string,
  parties: readonly P[],
  start: number,
  end: number,
): P | null {
  return (
    parties.find(
      (p) =>
        p.otherDeal &&
        ((p.start >= end && AMOUNT_THEN_NAME_RE.test(text.slice(end, p.start))) ||
          (p.end <= start && NAME_THEN_AMOUNT_RE.test(text.slice(p.end, start)))),
    ) ?? null
  );
}
