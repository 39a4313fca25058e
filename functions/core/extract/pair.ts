// Binding an amount to its two parties: its own clause first, then earlier clauses without an amount of their
// own, then the sentence's subject.
import { type CompanyEntry, findCompanyMentions } from '../companies';
import { lazy } from '../lazy';
import { namedByCloudBrand } from './cloud-brand';
import { HARDWARE_RE, LANDLORD_TIER, PROVIDER_AFTER_RE } from './cues';
import { sharesSubjectsBook } from './customer-share';
import { labelledDeal, labelTwoDeals, namesContractLabel } from './deal-labels';
import { tellsRunningTotal } from './expansion';
import { guarantorNamed, tellsGuarantee } from './guarantor-named';
import { unnamedLabAfterLeadIn } from './lab-stand-in';
import { leadInPair } from './lead-in-deal';
import { otherContractParty } from './other-contract-party';
import { BACKSTOP_WORD_RE, GOODS_RE, isChipMaker, isPurchase, type Party, unnamedParty } from './parties';
import { clauseBreaks, isTableRowText, previousSentence, type Span, sentenceAt } from './sentences';
import { textBefore } from './text-window';
import { soldByUnnamedVendors } from './unnamed-vendor';

/** A clause opening on a part of the amount before it: "including", "dont", "darunter", "incluidos", "di cui". */
const INCLUDING_OPENING_RE = /^[,;\s]*(?:including|dont|darunter|incluid[oa]s?|di cui|incluindo)\s/i;

/**
 * A subject pronoun, not the object of a preposition: "and in September it signed", "et en septembre il a signé",
 * "und im September hatte er … unterzeichnet" (French "il" only before its verb: Italian's article is "il").
 */
const SUBJECT_PRONOUN_RE =
  /(?<!\b(?:with|to|from|for|of|by|on|in|at|avec|à|de|mit|von|für|an|zu|bei)\s)\b(?:(?:it|they|elle|elles|ils|er|sie)\s\p{L}|il\s(?:a|avait|va|vient|s['’]))/u;

/** Picks the two parties of the amount at `pos`: its own clause first, then earlier clauses without an amount. */
export function choosePair(
  text: string,
  sentence: Span,
  named: Party[],
  pos: number,
  otherTriggers: number[],
  registrantId: string | null,
  /** The article's subject: the other party of a roundup's "$9.7 billion with IREN" (asked only then). */
  subjectOf: () => CompanyEntry | null = () => null,
  /** The sentence tells a company deploying a maker's goods for itself (deployed-goods.ts, asked in scan.ts). */
  ownGoods = false,
): Party[] {
  const parties = withoutHeadingGuarantor(text, sentence, named, pos);
  // "buys chips for $40bn to fill the campus it will lease to OpenAI": OpenAI is not a party of the purchase;
  // "a lease with Fluidstack for Anthropic's cluster": the end user is named, not a party of the lease.
  const purchaseBefore = isPurchase(text, sentence, pos);
  // A brand named as the product ("NVIDIA GB300 GPUs") is a party only when the sentence buys hardware.
  const hardware = HARDWARE_RE.exec(text.slice(sentence.start, sentence.end));
  const weakAllowed = purchaseBefore || hardware !== null || (ownGoods && !otherTriggers.includes(pos));
  // Goods installed or deployed for a buyer ("installera … puces GB300 de Nvidia pour Microsoft") are the provider's
  // capacity: their brand sells nothing there.
  const goodsTraded = purchaseBefore || (hardware !== null && !INSTALLED_RE.test(hardware[0]));
  const inView = withoutEndUsers(text, parties, purchaseBefore, pos, goodsTraded);
  const strong = inView.filter((p) => !p.weak);
  let pool =
    new Set(strong.map((p) => p.company.id)).size >= 2
      ? strong
      : inView.filter((p) => !p.weak || p.tenant || p.cloudChips || weakAllowed);
  // "a $4 billion deal with a large AI company", "un deal de 4 milliards avec une « grande entreprise d'IA »": the
  // amount's counterparty is left unnamed; a company named elsewhere in the sentence is not it. So are the vendors
  // a purchase is told with as a class, beside the brands of what it buys (unnamed-vendor.ts).
  if (withUnnamedAfter(text, pool, pos)) return [];
  if (pool !== strong && soldByUnnamedVendors(text.slice(sentence.start, pos))) return [];
  // "After opening the door to Nebius with a $9 billion agreement, the lab also signed a contract with Oracle": the
  // two providers are the unnamed lab's counterparties, not each other's.
  if (unnamedLabAfterLeadIn(text, sentence, pool)) return [];
  const leadIn = leadInPair(text, sentence, pool, pos);
  if (leadIn) return leadIn;
  const latter = latterOfList(text, pool, pos);
  if (latter) return latter;
  const member =
    rosterMemberOfSubject(text, pool, pos, subjectOf) ??
    customerShare(text, sentence, pool, pos, otherTriggers, subjectOf);
  if (member) return member;
  const element = colonListElement(text, sentence, pool, pos);
  if (element) return element;
  const beside =
    nameBeforeParenthesis(text, sentence, pool, pos) ??
    besideAmount(text, pool, pos) ??
    withAfterAmount(text, sentence, pool, pos, subjectOf, otherTriggers) ??
    amountThenName(text, pool, pos) ??
    nameWithAmount(text, parties, pool, pos);
  if (beside) return beside;
  const fromContext = ownCompanyAndContext(text, sentence, pool, pos, subjectOf);
  if (fromContext) return lendsGuaranteeParties(text, sentence, parties, fromContext, pos) ? [] : fromContext;
  const goods = vendorAndCustomer(text, sentence, pool, pos, otherTriggers, subjectOf);
  if (goods) return goods;
  const siblings = siblingsOf(text, parties);
  let breaks = clauseBreaks(text, sentence, pool);
  const clauseOf = (x: number): number => {
    let i = 0;
    while (i < breaks.length && breaks[i]! < x) i++;
    return i;
  };
  let own = clauseOf(pos);
  const clauseStart = (c: number): number => (c > 0 ? breaks[c - 1]! : sentence.start);
  // "…, which is buying $40 billion of Nvidia GB200 chips": the maker of the goods the amount's own clause buys
  // is a party of that amount, even when two other companies are named around it.
  // "Microsoft signed an agreement with Nscale to purchase 200,000 Nvidia GB300 GPUs": the contract's own "with"
  // object sells what the purpose clause buys; the chips' maker stays the goods' brand.
  // "Nscale has committed to supplying 200,000 NVIDIA AI chips to Microsoft": the subject supplies the goods.
  const sellerNamed = strong.some(
    (p) =>
      p.start < pos &&
      !isChipMaker(p.company) &&
      ((labelledDeal(text, p) >= 0 && PURPOSE_PURCHASE_AFTER_RE.test(text.slice(p.end, p.end + 40))) ||
        PROVIDER_AFTER_RE.test(text.slice(p.end, p.end + 60))),
  );
  if (pool === strong && purchaseBefore && !sellerNamed) {
    const clauseStart = own > 0 ? breaks[own - 1]! : sentence.start;
    const makers = inView.filter(
      (p) => p.product && !p.tenant && clauseOf(p.start) === own && p.start > clauseStart,
    );
    if (makers.length > 0 && isPurchase(text, { start: clauseStart, end: sentence.end }, pos)) {
      pool = [...strong, ...makers].sort((x, y) => x.start - y.start);
      breaks = clauseBreaks(text, sentence, pool);
      own = clauseOf(pos);
    }
  }
  const clausesWithAmounts = new Set(otherTriggers.filter((t) => t !== pos).map(clauseOf));
  const picked: Party[] = [];
  const add = (p: Party): void => {
    if (picked.length >= 2 || picked.some((q) => q.company.id === p.company.id)) return;
    // Two objects of "with" in one sentence, the members of one enumeration, two buyers: never one deal.
    if (picked.some((q) => siblings(q, p) || !canDeal(q.company, p.company) || bothItemHeads(q, p))) return;
    picked.push(p);
  };
  // "Oracle, under a contract …; CoreWeave, whose agreements …; and Google Cloud, which …": the heads of a
  // semicolon list's items answer one question each (who else sells to the buyer), never each other's counterparty.
  const itemHead = (p: Party): boolean =>
    ITEM_HEAD_BEFORE_RE.test(text.slice(sentence.start, p.start)) &&
    /^,\s/.test(text.slice(p.end, p.end + 2));
  const semicolons = text.slice(sentence.start, sentence.end).includes(';');
  const bothItemHeads = (q: Party, p: Party): boolean => semicolons && itemHead(q) && itemHead(p);
  const byDistance = (list: Party[]): Party[] =>
    [...list].sort((x, y) => Math.abs(x.start - pos) - Math.abs(y.start - pos));
  // "OpenAI se unió a SoftBank y a Oracle en Stargate, y firmó con CoreWeave un contrato de 11.900 millones": a
  // clause coordinated with its subject left unsaid signs with its "with" object for the sentence's subject.
  const coordinated = coordinatedWithObject(
    text,
    sentence,
    pool,
    own > 0 ? breaks[own - 1]! : -1,
    (q) => clauseOf(q.start) === own,
  );
  if (coordinated) for (const p of coordinated) add(p);
  // "… a contract with Nebius worth up to $19.4 billion, including $17.4 billion of base value": a part told in
  // apposition to the amount before it, naming no company, is that amount's contract, the same pair.
  if (
    own > 0 &&
    INCLUDING_OPENING_RE.test(text.slice(clauseStart(own), pos)) &&
    !pool.some((q) => clauseOf(q.start) === own)
  ) {
    const whole = otherTriggers.filter((t) => t < clauseStart(own) && t >= clauseStart(own - 1)).at(-1);
    if (whole !== undefined)
      return choosePair(text, sentence, parties, whole, otherTriggers, registrantId, subjectOf, ownGoods);
  }
  for (const p of byDistance(pool.filter((q) => clauseOf(q.start) === own))) add(p);
  // "Last month it agreed to take GPUs from Nscale, and in September it signed a contract with Nebius worth $19.4
  // billion": the clause's own subject pronoun is the sentence's subject (its stand-in), before any company of an
  // earlier clause.
  const subjectStandIn = pool[0];
  if (picked.length === 1 && subjectStandIn?.pronoun && clauseStart(own) > sentence.start) {
    const clause = text.slice(clauseStart(own), pos);
    if (SUBJECT_PRONOUN_RE.test(clause)) add(subjectStandIn);
  }
  // "…, und auf den Vertrag über 38 Mrd. Dollar, mit dem OpenAI … bei Amazon Web Services bucht": an amount's clause
  // that names nobody, ending on the amount (and its contract's noun), is told by the relative clause right after
  // it, before any clause before it ("… 1,4 Mrd. Dollar an Verpflichtungen aus einem Vertrag, der zwischen …" is not).
  if (
    picked.length === 0 &&
    own < breaks.length &&
    breaks[own]! - pos <= AMOUNT_THEN_NOUN_CHARS &&
    !clausesWithAmounts.has(own + 1) &&
    RELATIVE_CLAUSE_AFTER_RE.test(text.slice(breaks[own]!, breaks[own]! + 24))
  ) {
    for (const p of byDistance(pool.filter((q) => clauseOf(q.start) === own + 1))) add(p);
    // Only when the relative clause names both sides.
    if (picked.length < 2) picked.length = 0;
  }
  for (let c = own - 1; c >= 0 && picked.length < 2; c--) {
    if (clausesWithAmounts.has(c)) continue;
    for (const p of byDistance(pool.filter((q) => clauseOf(q.start) === c))) add(p);
  }
  for (let c = own + 1; c <= breaks.length && picked.length < 2; c++) {
    if (clausesWithAmounts.has(c)) continue;
    for (const p of byDistance(pool.filter((q) => clauseOf(q.start) === c))) add(p);
  }
  // The sentence's subject (its first party) takes part in every clause's deal.
  if (picked.length < 2 && pool[0]) add(pool[0]);
  // "extends its contract with OpenAI by $6.5 billion, bringing the total to $22.4 billion": same parties.
  for (let c = own - 1; c >= 0 && picked.length < 2; c--) {
    for (const p of byDistance(pool.filter((q) => clauseOf(q.start) === c))) add(p);
  }
  // "the contract was worth $17.4bn, but it could expand to $19.4bn if Microsoft increases its demands": a later
  // clause whose amount is only what the contract might reach names the same contract's party, and so does, in a
  // table's row, one whose amount is the total it reached ("Segunda ampliación | 6.500 millones; lo comprometido con
  // CoreWeave llega a …").
  const row = isTableRowText(text.slice(sentence.start, sentence.end));
  for (let c = own + 1; c <= breaks.length && picked.length < 2; c++) {
    const clause = text.slice(breaks[c - 1]!, c < breaks.length ? breaks[c]! : sentence.end);
    if (!clausesWithAmounts.has(c) || !(POSSIBLE_LEVEL_RE.test(clause) || (row && tellsRunningTotal(clause))))
      continue;
    for (const p of byDistance(pool.filter((q) => clauseOf(q.start) === c))) add(p);
  }
  // "Google backs Fluidstack's rent. Options could take the value to $17.7 billion": a guarantee gathered from
  // an earlier sentence lends its parties only to an amount that speaks of the guarantee itself.
  if (lendsGuaranteeParties(text, sentence, parties, picked, pos)) return [];
  const rebound =
    vendorOfLaterAmount(picked, pos, otherTriggers, subjectOf) ??
    goodsBuyerNotCounterparty(text, sentence, pool, picked, pos);
  if (rebound) return rebound;
  if (picked.length === 2 && labelTwoDeals(text, picked[0]!, picked[1]!))
    return labelledWithSubject(text, picked, pos, subjectOf, pool[0]);
  // "Meta ha accelerato … . A settembre ha firmato con CoreWeave un contratto da 14,2 miliardi": a sentence whose
  // subject Italian, Spanish or Portuguese leave unsaid signs with its "with" object for the article's subject.
  if (picked.length === 1) {
    const unsaid = unsaidSubjectSigns(text, sentence, pool, picked[0]!, subjectOf);
    if (unsaid) return unsaid;
  }
  // A filing discloses the registrant's own contracts: when the registrant is in view, it is a party.
  const reg = registrantId ? pool.find((p) => p.company.id === registrantId) : undefined;
  if (reg && picked.length === 2 && !picked.some((p) => p.company.id === registrantId)) {
    const other = picked.find((p) => p.company.id !== registrantId)!;
    return [other, reg];
  }
  return picked;
}

/**
 * An amount inside parentheses that open right after a name: "con Microsoft (altri 250 miliardi di servizi Azure) e
 * con CoreWeave (un contratto ampliato più volte, fino a 22,4 miliardi)". The name is one party; the other is the
 * first company before it that can deal with it (the sentence's subject).
 */
function nameBeforeParenthesis(text: string, sentence: Span, pool: Party[], pos: number): Party[] | null {
  const open = text.lastIndexOf('(', pos);
  if (open < sentence.start || text.slice(open, pos).includes(')')) return null;
  const named = pool.find((p) => p.end <= open && /^\s*$/.test(text.slice(p.end, open)));
  if (!named) return null;
  // The list's members each open their own parentheses ("Amazon AWS (…) and Oracle (…)"): two of them at least.
  const member = (p: Party): boolean => LIST_MEMBER_AFTER_RE.test(text.slice(p.end, p.end + 24));
  if (new Set(pool.filter(member).map((p) => p.company.id)).size < 2) return null;
  // The subject is the company right before the list ("OpenAI's cloud agreements with"), joined to its first member
  // without a conjunction ("… with IREN, as well as OpenAI's agreements with" names IREN as no subject).
  const subject = pool.filter((p) => p.start < named.start && !member(p)).at(-1);
  if (!subject || subject.pronoun || !canDeal(subject.company, named.company)) return null;
  const first = pool.find((p) => p.start > subject.end && member(p));
  const gap = first ? text.slice(subject.end, first.start) : '';
  return gap.length <= 80 && !LIST_CONJUNCTION_RE.test(gap) ? [subject, named] : null;
}
/** A name then its parentheses, a word or two between ("Amazon AWS ("). */
const LIST_MEMBER_AFTER_RE = /^(?:\s+[^\s(),;.]+){0,2}\s*\(/;
/** A comma or a conjunction that joins another item, not the subject's own list: "as well as", "oltre a", "sowie". */
const LIST_CONJUNCTION_RE =
  /,|\b(?:and|as well as|along with|plus|besides|in addition to|und|sowie|neben|et|ainsi que|en plus d|y|as[ií] como|adem[áa]s de|e|nonch[ée]|cos[ìi] come|oltre a|assim como|al[ée]m de)\b/iu;

/**
 * After a name, its own contract with the amount: "IREN with a $9.7 billion contract", "e ora Amazon con un contratto
 * da 38 miliardi". The name is one party; the other is the subject, the first company before it that is no member of
 * the same list ("affidarsi anche a Oracle, e ora Amazon").
 */
const WITH_OWN_AMOUNT_AFTER_NAME_RE =
  /^\s(?:with|con|avec|mit|com)\s(?:a|an|un|una|uno|um|uma|einem|einen)\s(?:(?:[\p{L}-]+\s){0,2}?(?:contract|deal|agreement|contratto|accordo|contrat|accord|contrato|acuerdo|acordo|Vertrag|pacto|patto)\s(?:worth|of|da|de|di|d['’]|über|im Wert von|valued at)\s)?(?:(?:about|around|up to|some|roughly|circa|environ|unos|cerca de|bis zu|rund)\s)?(?:US)?\$?\s?$/iu;

function nameWithAmount(text: string, parties: Party[], pool: Party[], pos: number): Party[] | null {
  const at = pool.findIndex(
    (p) => p.end < pos && pos - p.end <= 60 && WITH_OWN_AMOUNT_AFTER_NAME_RE.test(text.slice(p.end, pos)),
  );
  if (at <= 0) return null;
  const named = pool[at]!;
  const siblings = siblingsOf(text, parties);
  const subject = pool
    .slice(0, at)
    .find(
      (p) =>
        p.company.id !== named.company.id &&
        !p.pronoun &&
        !siblings(p, named) &&
        !ENUM_GAP_RE.test(text.slice(p.end, named.start)) &&
        !LIST_JOIN_RE.test(text.slice(p.end, named.start)) &&
        canDeal(p.company, named.company),
    );
  return subject ? [subject, named] : null;
}
/** Two members of one list: ", e ora", ", and now", ", et désormais", "y también". */
const LIST_JOIN_RE =
  /^,?\s(?:and|e|et|y|und|ed)(?:\s(?:now|ora|agora|ahora|désormais|jetzt|also|anche|também|también|aussi|auch))?\s(?:(?:la|le|l['’]|el|il|a|o|the)\s?)?$/iu;

/** An amount and the contract's noun after it: "38 Mrd. Dollar", "$38 billion agreement". */
const AMOUNT_THEN_NOUN_CHARS = 40;
/**
 * A relative clause opening on a contract: German's ", den", ", mit dem", elsewhere a preposition's ", under which",
 * ", par lequel", ", por el que", ", con cui" (a bare "which", "que" or "che" may open a clause about anything).
 */
const RELATIVE_CLAUSE_AFTER_RE =
  /^,\s(?:(?:(?:mit|bei|über|für|unter)\s)?(?:den|dem|der|die|das|denen)|under which|in which|par lequel|aux termes duquel|por el que|mediante el cual|pelo qual|por meio do qual|con cui|in base al quale)\s/u;

/** "Its customers include", "parmi ses clients figurent", "zu seinen Kunden zählen", "entre sus clientes están". */
const OWN_ROSTER_BEFORE_RE =
  /(?:\b(?:its|their)\s(?:\S+\s){0,2}(?:customers|clients)\s(?:include|including|are)|\bparmi (?:ses|leurs) clients(?:\s(?:figurent|on trouve|on compte))?|\bzu (?:seinen|ihren) Kunden (?:zählen|gehören)|\bentre sus clientes(?:\s(?:están|figuran|se encuentran))?|\btra i suoi clienti(?:\s(?:figurano|ci sono))?|\bentre os seus clientes(?:\s(?:estão|figuram))?)\s$/iu;
/** The member's own contract told between commas right after its name: ", under a contract worth up to ". */
const MEMBER_ASIDE_RE = /^,\s[^,.;:()]{2,70}$/;

/**
 * "Nebius sells GPU capacity. Its customers include Microsoft, under a contract worth up to $19.4 billion, and AI-native
 * companies such as Cursor": the amount told beside a member of the subject's own roster is that member's contract
 * with the subject (the possessive's referent), never with another member named after it.
 */
function rosterMemberOfSubject(
  text: string,
  pool: readonly Party[],
  pos: number,
  subjectOf: () => CompanyEntry | null,
): Party[] | null {
  const member = pool.findLast((p) => p.end <= pos && !p.pronoun);
  if (!member || !MEMBER_ASIDE_RE.test(text.slice(member.end, pos))) return null;
  if (!OWN_ROSTER_BEFORE_RE.test(textBefore(text, member.start, 60))) return null;
  const subject = subjectOf();
  return subject ? withSubjectAsParty(member, subject) : null;
}

/** The member and the article's subject standing in beside it, when they can deal. */
function withSubjectAsParty(member: Party, subject: CompanyEntry): Party[] | null {
  if (subject.id === member.company.id || !canDeal(subject, member.company)) return null;
  return [member, unnamedParty(subject, member.start)];
}

/** How far before its amount a customer's share is told ("Google alone accounts for a five-year contract worth "). */
const SHARE_REACH = 90;

/**
 * "Google alone accounts for a five-year contract worth $8 billion" in an article about CoreWeave: the amount right
 * after a customer told as its share of a book is that customer's contract with the article's subject.
 */
function customerShare(
  text: string,
  sentence: Span,
  pool: readonly Party[],
  pos: number,
  otherTriggers: readonly number[],
  subjectOf: () => CompanyEntry | null,
): Party[] | null {
  const customer = pool.findLast((p) => p.end <= pos && !p.pronoun);
  if (
    !customer ||
    pos - customer.end > SHARE_REACH ||
    otherTriggers.some((t) => t > customer.end && t < pos) ||
    !sharesSubjectsBook(text, customer)
  )
    return null;
  // The article's subject, else the company the sentence before opens on ("CoreWeave: a full order book").
  const subject = subjectOf();
  if (!subject) {
    const earlier = earlierSubject(text, sentence, customer);
    return earlier ? [customer, earlier] : null;
  }
  return withSubjectAsParty(customer, subject);
}

/** Between two members of a list, with up to two words of description ("e a australiana", ", the British"). */
const LIST_GAP_RE = /^(?:\s?,\s?|\s(?:and|e|et|y|und)\s)(?:[\p{L}'’]+\s){0,2}$/u;
/** "…, the latter with", "…, esta última com", "…, cette dernière avec", "…, quest'ultima con", "…, letztere mit". */
const LATTER_AFTER_RE =
  /^,?\s(?:the latter|esta [úu]ltima|este [úu]ltimo|cette derni[èe]re|ce dernier|quest['’]ultim[ao]|letztere[rs]?)\s(?:with|for|com|con|avec|pour|mit|per|para)\s/iu;

/**
 * "Microsoft had signed with neoclouds such as CoreWeave, Lambda and Iren, the latter with a $9.7 billion deal": the
 * amount told for the last of a list is that company's deal with the sentence's subject (its first party), never
 * with the company listed before it.
 */
function latterOfList(text: string, pool: readonly Party[], pos: number): Party[] | null {
  const before = pool.filter((p) => p.end <= pos && !p.weak);
  const last = before.at(-1);
  if (!last || pos - last.end > 80 || !LATTER_AFTER_RE.test(text.slice(last.end, last.end + 30))) return null;
  // The list's members, walked back from the latter: none of them signs (an unnamed subject signs nothing here).
  let first = before.length - 1;
  while (first > 0) {
    const gap = text.slice(before[first - 1]!.end, before[first]!.start);
    if (!ENUM_GAP_RE.test(gap) && !DESCRIBED_GAP_RE.test(gap) && !LIST_GAP_RE.test(gap)) break;
    first--;
  }
  // Not a list: "OpenAI, ce dernier s'est engagé" is a pronoun, left to the other steps.
  if (first === before.length - 1) return null;
  const subject = before[0];
  if (!subject || first === 0) return [];
  return canDeal(subject.company, last.company) ? [subject, last] : [];
}

/**
 * After the amount, in its clause: "with", an indefinite article and a company noun ("with a large AI company", "avec
 * une grande entreprise d'IA", "mit einem großen KI-Unternehmen"), not a term ("mit einer Laufzeit von").
 */
const WITH_UNNAMED_AFTER_RE =
  /^[^,;.()\n]{0,40}?\s(?:with|avec|mit|con|com)\s(?:an?|une?|einem|einer|una|uno|um|uma)\s(?:[^\s,;.]+\s){0,3}?(?:[\p{L}-]*(?:company|firm|customer|client|start-?up|lab|hyperscaler|provider|player|entreprise|soci[ée]t[ée]|Unternehmen|Kunden?|Konzern|empresa|compa[ñn][íi]a|azienda|societ[àa]|companhia|laborat\p{L}*))(?!\p{L})/iu;

/** The amount's counterparty is told as "a company" right after it, and no company is named there. */
function withUnnamedAfter(text: string, pool: readonly Party[], pos: number): boolean {
  const m = WITH_UNNAMED_AFTER_RE.exec(text.slice(pos, pos + 120));
  if (!m) return false;
  const end = pos + m[0].length;
  const next = pool.find((p) => p.start >= pos);
  return !next || next.start > end + 40;
}

/**
 * A purpose clause that buys, right after the contract's "with" object (a date or a word may come between, not a
 * second verb: "a contract with Microsoft and agreed to buy GPUs from Dell" buys from Dell).
 */
const PURPOSE_PURCHASE_AFTER_RE =
  /^(?:\s(?!(?:and|et|und|y|e|ed)\s)[\p{L}\d,]+){0,3}?\s(?:to\s(?:buy|purchase|acquire|rent|lease)|pour\s(?:acheter|acqu[ée]rir|louer)|para\s(?:comprar|adquirir|alquilar)|per\s(?:acquistare|comprare|affittare)|über\sden\s(?:Kauf|Erwerb)|zum\sKauf)\b/iu;

/**
 * A level told as possible: "could expand to", "pourrait atteindre", "könnte … steigen", "podría llegar a"; or an
 * option the buyer holds ("wobei Amazon die Option auf weitere 1,5 Milliarden Dollar hat", "has an option for").
 */
const POSSIBLE_LEVEL_RE =
  /\boption (?:for|on|sur|pour)\b|\bOption auf\b|\bopci[óo]n (?:de|sobre)\b|\bopzione (?:su|per)\b|\bop[çc][ãa]o (?:de|sobre)\b|\b(?:could|might|may|would)\s(?:\w+\s)?(?:expand|rise|grow|increase|reach|climb|go up)|\bpourrai(?:t|ent)\s(?:atteindre|monter|grimper|passer|s['’][ée]lever)|\bk[öo]nnte(?:n)?\b|\b(?:podr[íi]a|poderia)\s(?:llegar|alcanzar|ascender|subir|chegar|atingir|elevarse)|\bpotrebbe(?:ro)?\s(?:arrivare|salire|raggiungere)/iu;

/**
 * After a comma, a conjunction and a verb with no subject of its own, then "with" and the company: "…, y firmó con
 * CoreWeave", "…, e assinou com a CoreWeave", "…, et a signé avec CoreWeave", "…, und unterzeichnete mit CoreWeave".
 */
const COORDINATED_WITH_RE =
  /^[\s,]*(?:and|y|e|et|und|ed)\s(?:[\p{Ll}'’]+\s){1,3}?(?:with|con|com|avec|mit)\s(?:(?:a|o|la|el|le|the|l['’])\s?)?$/u;

/** A preposition right before a name: the sentence's first company is then no subject ("selon OpenAI", "with Meta"). */
const PREPOSITION_BEFORE_RE =
  /\b(?:with|from|to|for|by|avec|pour|par|chez|mit|von|f[üu]r|bei|con|para|por|per|com|à|au|ao|da|do|de|di|du|des|d['’])\s?(?:(?:la|le|el|the|o|l['’])\s?)?$/iu;

/**
 * The pair of a clause coordinated with its subject left unsaid (COORDINATED_WITH_RE): its "with" object and the
 * sentence's first company, when that company opens the sentence as its subject (no preposition before it) in an
 * earlier clause. Null otherwise.
 */
function coordinatedWithObject(
  text: string,
  sentence: Span,
  pool: readonly Party[],
  clauseStart: number,
  inOwnClause: (p: Party) => boolean,
): [Party, Party] | null {
  if (clauseStart < 0) return null;
  const object = pool.find(inOwnClause);
  const subject = pool[0];
  if (!object || !subject || subject.start >= clauseStart || subject.company.id === object.company.id)
    return null;
  if (!COORDINATED_WITH_RE.test(text.slice(clauseStart, object.start))) return null;
  const lead = text.slice(sentence.start, subject.start);
  if (lead.length > 40 || PREPOSITION_BEFORE_RE.test(lead)) return null;
  return [object, subject];
}

/**
 * "Google will backstop Fluidstack's lease obligations. Renewal options could lift the value to $17.7 billion": a
 * guarantee's sentence (its tenant, and the guarantor named beside it) lends neither to an amount of a later
 * sentence that does not speak of the guarantee.
 */
function lendsGuaranteeParties(
  text: string,
  sentence: Span,
  parties: Party[],
  picked: Party[],
  pos: number,
): boolean {
  if (!picked.some((p) => p.start < pos) || !/[.!?]\s/.test(text.slice(sentence.start, pos))) return false;
  const own = sentenceAt(text, pos);
  if (BACKSTOP_WORD_RE.test(text.slice(own.start, own.end))) return false;
  const earlier = picked.filter((p) => p.start < own.start);
  if (earlier.some((p) => p.tenant)) return true;
  // The guarantor: a company of an earlier sentence that names a tenant, other than that tenant.
  return earlier.some((p) => {
    const its = sentenceAt(text, p.start);
    return parties.some(
      (t) => t.tenant && t.start >= its.start && t.start < its.end && t.company.id !== p.company.id,
    );
  });
}

/**
 * A roundup's element: "signed with AWS ($38 billion), Oracle ($300 billion) and Microsoft", "signs IREN for $9.7B
 * and Lambda for …": the amount binds to the company it stands beside and the sentence's subject (its first
 * party), never to the next element's company.
 */
const BESIDE_BEFORE_RE = lazy(
  () =>
    /^(?:['’]s?)?\s?(?:\(\s?|\s(?:for|pour|f[üu]r|por|per)\s|:\s)(?:about\s|roughly\s|around\s|some\s|up to\s|environ\s|pr[èe]s de\s|jusqu['’]à\s|rund\s|etwa\s|bis zu\s|unos\s|hasta\s|circa\s|cerca de\s|até\s)?$/i,
);

/**
 * A parenthesis opened right after the company, describing its deal before the amount: "Amazon AWS (a seven-year,
 * $38 billion deal)", "Oracle (un accord évalué à 300 milliards)", "Oracle (ein Vertrag über 300 Milliarden)".
 */
const OWN_PARENTHESIS_RE = /^(?:['’]s?)?\s?\(\s?[^()\d$€£\n]{0,36}$/;

/** Is the company a roundup element beside an amount of its own ("AWS ($38 billion)", "Oracle (a $300 billion pact)")? */
function ownsAnAmount(text: string, p: Party): boolean {
  return /^(?:['’]s?)?\s?\(\s?[^()\d$€£\n]{0,36}(?:US)?[$€£]?\s?\d/.test(text.slice(p.end, p.end + 60));
}

/** How far back the element's own clause is looked for. */
const CLAUSE_REACH = 200;
/** "After Microsoft, …", "Nach Microsoft sichert sich …": a company named in an opening phrase of time. */
const OPENING_AFTER_RE =
  /(?:^|[.!?:]\s{1,3}|\n)(?:after|following|apr[èe]s|nach|tras|despu[ée]s de|dopo|depois d[aoe])\s(?:the\s)?$/i;

/** The first element of the run of elements with amounts of their own that ends at `last` (or null if it has none). */
function firstOfList(text: string, pool: readonly Party[], last: Party): Party | null {
  if (!ownsAnAmount(text, last)) return null;
  let first = last;
  for (let i = pool.indexOf(last) - 1; i >= 0; i--) {
    const p = pool[i]!;
    if (p.company.id === first.company.id && p.end <= first.start) {
      first = p;
      continue;
    }
    if (!ownsAnAmount(text, p)) break;
    first = p;
  }
  return first;
}

/**
 * "Microsoft and Meta have signed GPU contracts with Nebius: Microsoft ($17.4B) and Meta ($3B)": the companies of a
 * list of two or more elements named in its lead-in do not sign with each other; the lead-in's last company, right
 * before the colon, signs with each.
 */
function leadInObject(
  text: string,
  pool: readonly Party[],
  firstElement: Party,
  elements: ReadonlySet<string>,
): Party | undefined {
  if (elements.size < 2) return undefined;
  const p = pool.filter((q) => q.end <= firstElement.start).at(-1);
  if (!p || p.weak || elements.has(p.company.id)) return undefined;
  // "… mit Nebius geschlossen: Microsoft (…)": a verb or two may close the lead-in.
  return /^(?:\s\p{Ll}+){0,2}\s?[:–—]\s?$/u.test(text.slice(p.end, firstElement.start)) ? p : undefined;
}

function besideAmount(text: string, pool: Party[], pos: number): Party[] | null {
  const before = pool.filter((p) => p.end <= pos && pos - p.end <= 48);
  const next = before[before.length - 1];
  if (!next) return null;
  const gap = text.slice(next.end, pos);
  if (!(gap.length <= 24 && BESIDE_BEFORE_RE().test(gap)) && !OWN_PARENTHESIS_RE.test(gap)) return null;
  // "deals with AWS ($38 billion), CoreWeave ($22.4 billion) and Oracle ($300 billion)": an element with an
  // amount of its own is the subject's other counterparty, never the one who signs with the next element.
  // "Après Microsoft, Nebius décroche Meta pour 3 milliards": the subject of the element's own clause (after the
  // last comma) signs; a company named in an opening phrase before it is context.
  const from = Math.max(0, next.start - CLAUSE_REACH);
  // "citant son contrat avec Microsoft et un achat de serveurs à Dell pour 5,8 milliards": another contract's
  // counterparty does not sign the element's deal.
  const other = (p: Party): boolean =>
    p.start < next.start &&
    p.company.id !== next.company.id &&
    !ownsAnAmount(text, p) &&
    !otherContractParty(text, from, p, next.start);
  // A decimal comma ("9,7 miliardi") opens no clause; a sentence's end closes the one before it ("… con Microsoft.
  // Per onorarlo comprerà apparecchiature da Dell per circa 5,8 miliardi": Microsoft does not buy from Dell).
  const clauseStart = Math.max(
    lastClauseBreak(text, from, next.start),
    lastSentenceEnd(text, from, next.start),
  );
  const signs = (p: Party): boolean =>
    other(p) &&
    p.start > clauseStart &&
    !p.weak &&
    !OPENING_AFTER_RE.test(textBefore(text, p.start, 30)) &&
    canDeal(p.company, next.company);
  // "Microsoft's $9.7 billion deal with IREN, as well as OpenAI's agreements with Amazon AWS (a $38 billion deal)
  // and Oracle (a $300 billion pact)": the list's signer is the company named nearest before its first element with
  // an amount of its own, not the sentence's first company, which signed another deal.
  const firstElement = firstOfList(text, pool, next);
  const elements = new Set(
    firstElement
      ? pool.filter((p) => p.start >= firstElement.start && ownsAnAmount(text, p)).map((p) => p.company.id)
      : [],
  );
  const listSigner = firstElement
    ? (pool
        .filter(
          (p) =>
            other(p) &&
            !p.weak &&
            p.end <= firstElement.start &&
            !elements.has(p.company.id) &&
            !withObjectAmong(text, pool, p) &&
            canDeal(p.company, next.company),
        )
        .at(-1) ?? leadInObject(text, pool, firstElement, elements))
    : undefined;
  // Else the first company that is no object of an opening "with" ("Con Oracle OpenAI ha …. Con Microsoft, …").
  const subject =
    listSigner ??
    pool.find(signs) ??
    pool.find(
      (p) => other(p) && !p.weak && !withObjectAmong(text, pool, p) && canDeal(p.company, next.company),
    ) ??
    pool.find(other);
  if (subject) return [subject, next];
  // "Il gruppo di Redmond ha già stretto accordi con Nscale (14 miliardi) e Nebius (19,4 miliardi)": the signer is
  // named by a descriptor only; the elements never sign with each other, so nothing is said.
  return ownsAnAmount(text, next) || pool.some((p) => p.start < next.start && ownsAnAmount(text, p))
    ? []
    : null;
}

/** What parts a colon list's elements: a comma, a semicolon, "and" in the six languages. */
const ELEMENT_BREAK_RE = /,\s|;\s|\s(?:and|et|und|sowie|y|e|ed)\s/giu;

/**
 * "Microsoft bound outside providers: IREN for a $9.7 billion contract and a deal with Lambda", "Microsoft hat
 * außenstehende Anbieter gebunden: IREN für einen Vertrag über 9,7 Milliarden Dollar und ein Abkommen mit Lambda":
 * the amount's element of a list after a colon names its counterparty; the one company the lead-in names signs it.
 * Another element's company ("a deal with Lambda") is no party of the amount.
 */
function colonListElement(text: string, sentence: Span, pool: Party[], pos: number): Party[] | null {
  const colon = text.lastIndexOf(':', pos);
  if (colon < sentence.start || /\d/.test(text[colon + 1] ?? '')) return null;
  // The colon and the amount in one sentence (the span read may hold the sentence before too).
  if (/[.!?]\s|\n/.test(text.slice(colon, pos))) return null;
  const leadIn = pool.filter((p) => p.end <= colon && p.start >= sentence.start && !p.pronoun);
  if (new Set(leadIn.map((p) => p.company.id)).size !== 1) return null;
  let start = colon + 1;
  ELEMENT_BREAK_RE.lastIndex = start;
  let end = sentence.end;
  for (let m = ELEMENT_BREAK_RE.exec(text); m && m.index < sentence.end; m = ELEMENT_BREAK_RE.exec(text)) {
    if (m.index + m[0].length <= pos) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  const own = pool.filter((p) => p.start >= start && p.end <= end && !p.pronoun);
  if (new Set(own.map((p) => p.company.id)).size !== 1) return null;
  const signer = leadIn[0]!;
  const counterparty = own[0]!;
  if (signer.company.id === counterparty.company.id || !canDeal(signer.company, counterparty.company))
    return null;
  return [signer, counterparty];
}

/** A lease's noun in the six languages. */
const LEASE_NOUN_RE =
  /\b(?:leases?|Miet\p{L}*|bail|baux|arrendamientos?|locazion[ei]|arrendamentos?)(?!\p{L})/iu;

/**
 * "Hut 8 leases Louisiana data center to Fluidstack, with Google backstop. The 15-year lease is worth $7 billion": a
 * lease's amount, its sentence telling no guarantee, is the landlord's and the tenant's; the guarantor the sentence
 * before names (guarantor-named.ts) backs it and is left out of the pair when two others remain.
 */
function withoutHeadingGuarantor(text: string, evidence: Span, parties: Party[], pos: number): Party[] {
  const own = sentenceAt(text, pos);
  if (own.start <= evidence.start) return parties;
  const told = text.slice(own.start, own.end);
  if (!LEASE_NOUN_RE.test(told) || tellsGuarantee(told)) return parties;
  const guarantor = guarantorNamed(text, { start: evidence.start, end: own.start });
  if (!guarantor) return parties;
  const rest = parties.filter((p) => p.company.id !== guarantor);
  return new Set(rest.map((p) => p.company.id)).size >= 2 ? rest : parties;
}

/** A hardware match that opens on installing or deploying the goods. */
const INSTALLED_RE = /^(?:install|deploy|d[ée]ploy)/i;

/** The end user a lease or a purchase serves ("for Anthropic's cluster", "it will lease to OpenAI"). */
function withoutEndUsers(
  text: string,
  parties: Party[],
  purchaseBefore: boolean,
  pos: number,
  goodsTraded: boolean,
): Party[] {
  const named = parties.filter(
    (p) => !p.endUser && !(p.otherDeal && !valuesOtherDeal(text, parties, p, pos)),
  );
  const inView = purchaseBefore ? named.filter((p) => !(p.downstream && p.start > pos)) : named;
  const rest = inView.filter((p) => !p.downstream);
  // Both parties may be named only around the end user: then it stays in view. A brand named as the product
  // ("exploitera pour Microsoft 100 000 GPU Nvidia") is no second party that would leave the buyer out, unless the
  // amount buys the goods ("a acheté des puces Nvidia … qu'elle louera à Microsoft": the maker sells).
  const counted = goodsTraded ? rest : rest.filter((p) => !p.weak);
  return new Set(counted.map((p) => p.company.id)).size >= 2 ? rest : inView;
}

/**
 * "This deal comes on top of the Microsoft deal Nebius announced in September with a contract value of $17.4
 * billion": an amount in the other deal's own clause, after its name, is that deal's; its party stays.
 */
const OTHER_DEAL_AMOUNT_RE =
  /^[^,;.!?]{0,100}\s(?:value|worth|valued at|valeur|wert von|valor|valore|for|pour|por|da|de|of|between|entre)\s(?:(?:about|around|some|environ|près de|etwa|rund|unos|cerca de|circa)\s)?(?:US)?[$€£]?\s?$/i;
const OWN_BEFORE_RE = /\b(?:its|their|son|sa|leur|seinen?|ihren?|su|suo|sua|seu)\b/i;
/** A company named between: the deal's own seller, right after its noun or a relative ("the deal Nebius announced"). */
const DEAL_SUBJECT_BEFORE_RE =
  /(?:deal|contract|contrat|accord|contrato|acuerdo|contratto|accordo|acordo|vertrag|that|which|que|qui|che|den)\s$/i;

function valuesOtherDeal(text: string, parties: readonly Party[], p: Party, pos: number): boolean {
  return (
    pos > p.end &&
    OTHER_DEAL_AMOUNT_RE.test(text.slice(p.end, pos)) &&
    // "… Microsoft's prepayment to help fund its $5.8 billion contract": the subject's own contract.
    !OWN_BEFORE_RE.test(text.slice(p.end, pos)) &&
    parties.every(
      (q) => q.start < p.end || q.start >= pos || DEAL_SUBJECT_BEFORE_RE.test(textBefore(text, q.start, 12)),
    )
  );
}

/** Only buys (an AI lab), from the company table's usual roles. */
export const buysOnly = (c: CompanyEntry): boolean =>
  (c.roles?.includes('buyer') ?? false) && !(c.roles?.includes('provider') ?? false);

/** Both only buy in the company table (two AI labs, one of which may rent out its own data centre). */
export const twoLabs = (a: CompanyEntry, b: CompanyEntry): boolean => buysOnly(a) && buysOnly(b);

/**
 * Two AI labs do not sell each other capacity (unless one rents out its own data centre); two chip makers
 * (designers or hardware vendors: "Mit Nvidia (10 Gigawatt), AMD (6 Gigawatt) und Broadcom") do not sell each other
 * goods or compute: named side by side, they are one buyer's suppliers.
 */
export function canDeal(a: CompanyEntry, b: CompanyEntry): boolean {
  // A lab that rents out its own data centre (the table's sellsCapacity) may sell to another lab.
  if (twoLabs(a, b) && !a.sellsCapacity && !b.sellsCapacity) return false;
  // Two landlords (former miners, data-centre developers) let sites; neither rents the other's.
  if (a.tier === LANDLORD_TIER && b.tier === LANDLORD_TIER) return false;
  // A company with no role in a compute contract (a funder: Blue Owl) is no party of one.
  if (a.roles?.length === 0 || b.roles?.length === 0) return false;
  return !(isChipMaker(a) && isChipMaker(b));
}

// "chez" and its German and Italian twins "bei", "presso" name the seller one books from, as "with" names the other party.
const WITH_WORDS = new Set([
  'with',
  'avec',
  'mit',
  'con',
  'com',
  'chez',
  'auprès',
  'aupres',
  'bei',
  'presso',
]);

/** Between a brand and its owner's name: "Azure de Microsoft", "Azure di Microsoft", "Azure von Microsoft". */
const BRAND_OWNER_GAP_RE = /^\s(?:de|di|da|do|del|von|of)\s$/;

/**
 * Is `p` the object of a deal's "with" ("with", "avec le britannique", "mit dem KI-Cloudanbieter", "com a": one
 * of the last four words before the name)? "Con Oracle OpenAI ha …": Oracle is, OpenAI is not (another company
 * stands between, not joined to it as in "con Microsoft y Nvidia").
 */
function withObjectAmong(text: string, pool: readonly Party[], p: Party): boolean {
  const w = withWordBefore(text, p.start);
  if (w < 0) return false;
  const between = pool.filter((q) => q.start > w && q.end <= p.start);
  const last = between[between.length - 1];
  if (!last || ENUM_GAP_RE.test(text.slice(last.end, p.start))) return true;
  // "con los servicios Azure de Microsoft": the brand's owner, named after it, is the same object.
  return last.company.id === p.company.id && BRAND_OWNER_GAP_RE.test(text.slice(last.end, p.start));
}

/** What "with" introduces when it describes a company rather than names a counterparty ("con IA", "mit KI"). */
const DESCRIPTIVE_WITH_OBJECT_RE =
  /^(?:IA|AI|KI|GPUs?|inteligencia|intelig[êe]ncia|intelligenza|intelligence)$/i;

/**
 * Articles Portuguese (and Spanish, Italian) may put before a company's name, or before its product's ("con los
 * servicios Azure de Microsoft").
 */
const ARTICLE_WORDS = new Set(['a', 'o', 'as', 'os', 'la', 'el', 'il', 'los', 'las', 'i', 'gli']);

/** A German relative pronoun after a preposition, right after a comma: "…, mit dem", "…, bei der". */
const RELATIVE_WITH_RE = /,\s(?:mit|bei)\s(?:dem|der|denen)$/;

/** Where the "with" of which the name at `at` is the object stands, or -1. */
function withWordBefore(text: string, at: number): number {
  // Only the words of the name's own line and sentence ("…com a IREN\n\nA Microsoft" is no object of "com").
  const from = Math.max(0, at - 40);
  const window = text.slice(from, at);
  const cut = Math.max(window.lastIndexOf('\n'), window.search(/[.!?]\s[^.!?]*$/));
  const words = window.slice(cut + 1).split(/\s+/);
  if (words[words.length - 1] === '') words.pop();
  let end = window.length;
  // Four words back, six when articles stand before the names ("com a Microsoft e a Amazon").
  const reach = words.slice(-6).some((w) => ARTICLE_WORDS.has(w.toLowerCase())) ? 6 : 4;
  for (let k = words.length - 1; k >= 0 && k >= words.length - reach; k--) {
    const start = window.lastIndexOf(words[k]!, end);
    end = start;
    const w = words[k]!.toLowerCase().replace(/^l['’]|^d['’]/, '');
    // "el proveedor de nube con IA CoreWeave", "the cloud provider with AI chips CoreWeave": "with AI" describes
    // the company named next (wire copy translated word for word); it introduces no counterparty.
    if (WITH_WORDS.has(w) && DESCRIPTIVE_WITH_OBJECT_RE.test(words[k + 1] ?? '')) return -1;
    // "der Vertrag über 38 Mrd. Dollar, mit dem OpenAI … bucht": "mit dem" right after a comma and right before
    // the name is a relative pronoun (the contract), the name the clause's subject.
    if (RELATIVE_WITH_RE.test(words.slice(k - 1, k + 2).join(' ')) && k + 2 === words.length) return -1;
    if (WITH_WORDS.has(w) || (w === 'de' && words[k - 1]?.toLowerCase().startsWith('aupr')))
      return from + start;
    if (/[,;:.()]/.test(words[k]!)) return -1;
  }
  return -1;
}
/** "between A and B", "entre A et B", "zwischen A und B", "tra A e B": the two named are the deal's parties. */
/**
 * A preposition whose object opens a two-name list: "to", "with", "à", "avec", "mit", "con", "com" (not the bare "a",
 * Portuguese's article: "A OpenAI e a CoreWeave fecharam …").
 */
const OBJECTS_PREPOSITION_BEFORE_RE =
  /(?:^|\s)(?:to|with|from|à|avec|auprès de|mit|bei|con|com)\s(?:(?:the|la|le|l['’]|el|il|lo|o|a|der|dem|den)\s?)?$/i;
const BETWEEN_BEFORE_RE =
  /\b(?:between|entre|zwischen|tra|fra)\s(?:(?:the|le|la|les|el|los|il|o|os|a|as|der|dem|den)\s)?$/i;

/** What joins the members of an enumeration: "Nvidia, AMD et Broadcom". */
// Portuguese puts an article before a company's name ("com a Microsoft e a Amazon", "a Microsoft, o Google e a AWS",
// "da Cerebras e da Groq"); a short form in brackets may close the name before ("Amazon Web Services ("AWS"), …").
const ENUM_GAP_RE =
  /^(?:\s?["”»]?\))?(?:,\s?|\s(?:and|et|und|y|e|or|ou|oder|o)\s|,\s(?:and|et|und|y|e)\s)(?:(?:a|o|as|os|da|do|das|dos)\s)?$/;

/** Between a name and its short form in brackets: ' ("', " (". */
const BRACKET_OPEN_GAP_RE = /^\s?\((?:["“«]\s?)?$/;

/**
 * The same gap with the next member's trade before it: "Microsoft, il leader dei chip AI NVIDIA e Anthropic",
 * "Microsoft, AI chip leader Nvidia and Anthropic", "Microsoft, le géant des puces Nvidia et Anthropic", "Microsoft,
 * der Chip-Gigant Nvidia und das KI-Forschungslabor Anthropic", "entre Hut 8, el desarrollador de modelos de IA, Anthropic,
 * y Fluidstack".
 */
const DESCRIBED_GAP_RE =
  /^(?:,\s|\s(?:and|et|und|y|e)\s|,\s(?:and|et|und|y|e)\s)(?:(?:the|il|lo|la|le|l['’]|el|der|die|das|o|a)\s?)?(?:[\p{L}-]+\s){0,4}?[\p{L}-]*?(?:giant|leader|maker|designer|developer|start-?up|lab|colosso|gigante|produttore|g[ée]ant|fabricant|concepteur|Riese|Gigant|Hersteller|Chipkonzern|Labor|laboratoire|laborat[óo]rio|fabricante|dise[ñn]ador|desarrollador[a]?|desenvolvedor[a]?|d[ée]veloppeur|sviluppatore|Entwickler)(?:\s[\p{L}-]+){0,4}?,?\s$/iu;

/**
 * Pairs that a sentence's grammar rules out: two objects of "with" ("signed with Google Cloud …, il négocierait
 * avec Oracle"), and the members of an enumeration of three or more ("avec Nvidia, AMD et Broadcom").
 */
function siblingsOf(text: string, parties: Party[]): (a: Party, b: Party) => boolean {
  // A sentence's amounts share its parties: the grammar is read once per sentence.
  const known = siblingsCache.get(parties);
  if (known) return known;
  const pool = parties.filter((p) => !p.weak);
  // "Mit Oracle soll OpenAI …", "Con Oracle OpenAI ha …": a name after the object of "with" is the subject,
  // unless joined to it ("con Microsoft y Nvidia").
  const withObject = new Set(
    pool
      .filter((p) => {
        if (p.pronoun || GOODS_OWNER_AFTER_RE.test(text.slice(p.end, p.end + 48))) return false;
        // "with TeraWulf initially owning 50.1%": a clause of its own about the company, no object of "with".
        if (ABSOLUTE_WITH_AFTER_RE.test(text.slice(p.end, p.end + 32))) return false;
        return withObjectAmong(text, pool, p);
      })
      .map((p) => p.start),
  );
  const group = new Map<number, number>();
  let run: Party[] = [];
  const named = new Set(pool.map((p) => p.company.id)).size;
  const close = (): void => {
    const members = new Set(run.map((p) => p.company.id)).size;
    // "Microsoft stringe accordi …: Lambda e IREN in prima linea": two names joined by "and" beside a third company
    // do the same thing with it, unless the sentence says the deal is "between" them.
    const pairOfThree =
      members === 2 &&
      named >= 3 &&
      !BETWEEN_BEFORE_RE.test(text.slice(Math.max(0, run[0]!.start - 24), run[0]!.start));
    // "fechou acordos com provedores …, incluindo a Coreweave e a Nebius": examples of one kind, never a pair.
    const examples =
      members === 2 && LIST_INTRO_BEFORE_RE.test(text.slice(Math.max(0, run[0]!.start - 24), run[0]!.start));
    // "Reported allocations to Microsoft and Oracle run to …", "deals with AWS and Oracle": two objects of one
    // preposition, never each other's counterparty.
    const before = members === 2 ? text.slice(Math.max(0, run[0]!.start - 24), run[0]!.start) : '';
    // Joined by "and" ("Con AMD, OpenAI firmó …" is a fronted object, then the subject).
    const objects =
      OBJECTS_PREPOSITION_BEFORE_RE.test(before) &&
      !BETWEEN_BEFORE_RE.test(before) &&
      /\s(?:and|et|und|y|e|ed)\s/.test(text.slice(run[0]!.end, run[run.length - 1]!.start));
    if (members >= 3 || pairOfThree || examples || objects)
      for (const p of run) group.set(p.start, run[0]!.start);
  };
  for (const p of pool) {
    const last = run[run.length - 1];
    const gap = last ? text.slice(last.end, p.start) : '';
    // "Amazon Web Services ("AWS"), Microsoft Azure and Google Cloud Platform": a name's short form in brackets
    // stays in its run.
    const restated = last?.company.id === p.company.id && BRACKET_OPEN_GAP_RE.test(gap);
    if (last && p.start > last.end && (ENUM_GAP_RE.test(gap) || DESCRIBED_GAP_RE.test(gap) || restated))
      run.push(p);
    else {
      close();
      run = [p];
    }
  }
  close();
  const siblings = (a: Party, b: Party): boolean =>
    (withObject.has(a.start) && withObject.has(b.start)) ||
    (group.has(a.start) && group.get(a.start) === group.get(b.start));
  siblingsCache.set(parties, siblings);
  return siblings;
}
/**
 * "Mietverträge über Server, die mit Nvidias eigenen Grafikprozessoren bestückt sind", "servers built with Nvidia's
 * own chips": the owner of the goods a "with" introduces is no object of "with" beside the counterparty's.
 */
const GOODS_OWNER_AFTER_RE =
  /^(?:['’]s|s)\s(?:own\s|eigene[nmr]?\s)?[\p{L}-]{0,12}(?:chips?|gpus?|grafikprozessor|prozessor|processors?|accelerators?|beschleuniger|servers?)/iu;
/** A participle right after the name (an adverb may come first): "with TeraWulf initially owning", "with Google holding". */
const ABSOLUTE_WITH_AFTER_RE = /^(?:['’]s)?\s(?:[a-z]+ly\s)?[a-z]{3,}ing\b/;
/** A list's opening right before its first name: "including", "such as", "incluindo a", "darunter", "tra cui". */
const LIST_INTRO_BEFORE_RE =
  /\b(?:including|such as|among them|notamment|dont|comme|darunter|etwa|wie|incluyendo|incluidos?|como|entre ellos|incluindo|inclusive|entre eles|tra cui|tra i quali|come)\s(?:(?:the|le|la|l['’]|der|die|el|los|il|lo|a|o|as|os)\s?)?$/iu;
const siblingsCache = new WeakMap<Party[], (a: Party, b: Party) => boolean>();

/** "up to $19.4 billion with Nebius, over $10 billion with CoreWeave": the company an amount is "with". */
// A decimal comma ("14,2 milliards de dollars avec Meta") is part of the amount, no clause break; "mit Microsoft über
// 17,4 Milliarden und mit Meta" starts the next element at "and with": the amount is the element before.
const withAfterAmountRe = (reach: number): RegExp =>
  new RegExp(
    `^(?!(?:[^,;()\\n]|,(?=\\d)){0,${reach}}?\\s(?:and|und|et|y|e|ed|sowie)\\s(?:[\\p{L}-]+\\s){0,3}?(?:with|from|avec|aupr[èe]s|mit|bei|con|com)\\s)(?:[^,;()\\n]|,(?=\\d)){0,${reach}}?\\s(?:(?:with|from|avec|mit|bei|con|com)\\s|aupr[èe]s\\sd(?:e\\s|['’]))(?:(?:the|le|la|l['’]|der|dem|el|il|a|o)\\s?)?(?:[\\p{L}-]{1,20}\\s){0,2}$`,
    'iu',
  );
const WITH_AFTER_AMOUNT_RE = withAfterAmountRe(36);
/** In a list of amounts, an element's words may run longer: "$38 billion multi-year deal has just been signed with". */
const LISTED_WITH_AFTER_AMOUNT_RE = withAfterAmountRe(52);

/**
 * A roundup's "AMOUNT to X" element: "$250 billion back to Microsoft, $300 billion to Oracle", "$300 billion is
 * allocated to Oracle", "250 Milliarden an Microsoft", "300.000 millones a Oracle". Money given for something else
 * ("in shares to", "to Fluidstack's lease") is no element.
 */
const TO_AFTER_AMOUNT_RE =
  /^(?!.*\s(?:and|und|et|y|e|ed|sowie)\s)(?!.*\b(?:shares?|stakes?|equity|warrants?|loans?|debt|notes|bonds?|financ\w*|invest\w*|lent|lend\w*|credit|actions|Aktien|acciones|azioni|a[çc][õo]es)\b)(?:[^,;()\n]|,(?=\d)){0,40}?\s(?:(?:back\s)?to|à|an|a|ad)\s(?:(?:the|la|le|l['’]|der|die|el|il|a|o)\s?)?$/iu;

/**
 * A seller's sum told in parts, each from a customer: "of which $14 billion comes from Meta and $11 billion from
 * OpenAI", "dont 14 milliards proviennent de Meta et 11 milliards d'OpenAI", "davon 14 Milliarden von Meta und 11
 * Milliarden von OpenAI", "di cui 14 miliardi da Meta e 11 miliardi da OpenAI", "including $14.2 billion from Meta".
 * Each part is the seller's contract with that customer; the customers never sign each other's part.
 */
const PART_MARKER_RE =
  /\b(?:of which|including|dont|y compris|de l[oa]s cuales|incluid[oa]s?|davon|darunter|di cui|inclus[io]|d[oa]s quais|incluindo)\b/i;
const PART_FROM_AFTER_AMOUNT_RE =
  /^(?:[^,;()\n]|,(?=\d)){0,50}?\s(?:(?:from|de|von|da|del|dalla|do)\s|d['’])(?:(?:the|la|le|el|o|a)\s)?$/iu;
const PART_FROM_BEFORE_RE =
  /\d(?:[^,;()\n\d]|,(?=\d)){0,56}?\s(?:(?:from|de|von|da|del|dalla|do)\s|d['’])(?:(?:the|la|le|el|o|a)\s)?$/iu;

/** A company an amount is "with" or "to" before it, "$250 billion back to ": an element's object, never its signer. */
const ELEMENT_OBJECT_BEFORE_RE =
  /\d(?:[^,;()\n\d]|,(?=\d)){0,56}?\s(?:(?:back\s)?to|with|à|avec|mit|an|con|com)\s(?:(?:the|la|le|l['’]|der|dem|el|il|a|o)\s?)?$/iu;
/**
 * Spanish and Italian "a" after an amount's unit and up to two words: "300.000 millones se destinan a ", "300 miliardi
 * vanno a " (elsewhere "a" may be an article: "Em 2025 a Microsoft").
 */
const UNIT_THEN_A_BEFORE_RE =
  /\d\s?(?:millones|mil millones|miliardi|milioni|mil milh[õo]es|bilh[õo]es)(?:\s(?:de|di)\s(?:d[óo]lares|dollari))?(?:\s[\p{L}]+){0,2}\sa\s$/iu;
const elementObject = (text: string, p: Party): boolean => {
  const before = textBefore(text, p.start, 80);
  return ELEMENT_OBJECT_BEFORE_RE.test(before) || UNIT_THEN_A_BEFORE_RE.test(before);
};

/** "$600 billion across AWS, Microsoft and Oracle", "répartis entre": an amount spread over the companies after it. */
const SPREAD_OVER_AFTER_RE =
  /\s(?:across|spread over|split (?:between|among)|among|r[ée]partis? entre|verteilt auf|repartidos? entre|distribuit[ie] tra|distribu[íi]dos? entre)\s(?:the\s)?$/i;

/** The amount given to a class of companies, then examples: "to companies like", "à des acteurs comme", "an Firmen wie". */
const CLASS_EXAMPLES_AFTER_RE =
  /\s(?:to|with|avec|à|aupr[èe]s d(?:e|es)|mit|an|con|com|a)\s(?:(?:des|les|die|los|las|i|gli|os|as)\s)?(?:[\p{L}-]+\s)?(?:companies|firms|providers|players|neoclouds|entreprises|soci[ée]t[ée]s|acteurs|fournisseurs|Unternehmen|Firmen|Anbietern?|empresas|proveedores|aziende|societ[àa]|fornitori|fornecedores|companhias)\s(?:such as|like|including|comme|tels? que|dont|wie|darunter|como|tales como|come|tra cui|incluindo)\s(?:(?:la|le|l['’]|the|a|o)\s?)?$/iu;

const RECALLED_BY_PRONOUN_RE =
  /\b(?:celui|celle|ceux|quello|quella|quelli|the one|that|those)\s(?:de|da|di|of)\s$/i;

/** The amount, its unit and up to a few words, with no clause break before the brand. */
const BRAND_AFTER_AMOUNT_RE = /^[^,;()\n]{0,40}$/;

/** The arguments of the steps that may pair past the amount's own sentence (the subject is asked for lazily). */
type ContextStep = [
  text: string,
  sentence: Span,
  pool: Party[],
  pos: number,
  subjectOf: () => CompanyEntry | null,
];

/**
 * A roundup's "AMOUNT with X" element: the amount binds to X and to the one who signs, the first party before
 * the amount that is not itself a "with" object, else the article's subject.
 */
function withAfterAmount(
  ...[text, sentence, pool, pos, subjectOf, otherTriggers]: [...ContextStep, otherTriggers: readonly number[]]
): Party[] | null {
  const next = pool.find((p) => p.start > pos && !p.pronoun);
  if (!next || next.start - pos > 70) return null;
  const between = text.slice(pos, next.start);
  // "an incremental $250 billion of Azure services", "a $38 billion AWS commitment": a cloud named by its brand
  // right after the amount sells what the element buys, as a "with" object would.
  const cloudBrand = namedByCloudBrand(text, next) && BRAND_AFTER_AMOUNT_RE.test(between);
  // Another amount in the sentence: a list of elements.
  const listed = otherTriggers.some((t) => t !== pos && t > sentence.start && t < sentence.end);
  // "$600 billion across Amazon Web Services (AWS), Microsoft, and Oracle", "more than $33 billion to companies like
  // Nebius, CoreWeave, Nscale and Lambda": a sum over them, no one's contract.
  if (
    (SPREAD_OVER_AFTER_RE.test(between) || CLASS_EXAMPLES_AFTER_RE.test(between)) &&
    listFrom(text, pool, next).length >= 2
  )
    return [];
  const withWord = (listed ? LISTED_WITH_AFTER_AMOUNT_RE : WITH_AFTER_AMOUNT_RE).test(between);
  const partOfSum = listed && PART_MARKER_RE.test(text.slice(sentence.start, pos));
  const fromPart = partOfSum && PART_FROM_AFTER_AMOUNT_RE.test(between);
  if (!cloudBrand && !withWord && !fromPart && !toElement(text, between, next, listed)) return null;
  // "celui de 17,4 milliards avec Microsoft", "quello da 17,4 miliardi con Microsoft": a contract recalled by a
  // pronoun inside a sum is counted, not told.
  if (RECALLED_BY_PRONOUN_RE.test(textBefore(text, pos, 16))) return null;
  // "more than $60 billion in deals with Nscale, Nebius, CoreWeave, Iren and Lambda": an amount spread over a list
  // of counterparties is their sum, no one's contract.
  if (listFrom(text, pool, next).length >= 3) return [];
  // "allocations to Microsoft and Oracle remain massive — about $250 billion to Microsoft and $300 billion to Oracle":
  // a company the sentence makes an element's object anywhere is no signer of another element.
  const elements = new Set(
    pool
      .filter(
        (p) =>
          p.start >= sentence.start &&
          p.end <= sentence.end &&
          (elementObject(text, p) || (partOfSum && PART_FROM_BEFORE_RE.test(textBefore(text, p.start, 80)))),
      )
      .map((p) => p.company.id),
  );
  // "… utilizará o pagamento antecipado da Microsoft para … financiar parte do seu contrato de US$ 5,8 bilhões com a
  // Dell": the possessive's contract is its clause's subject's, not the company a genitive names on the way.
  const possessive = POSSESSIVE_BEFORE_AMOUNT_RE.test(textBefore(text, pos, 40));
  const signers = pool.filter(
    (p) =>
      p.start < pos &&
      p.company.id !== next.company.id &&
      !withObjectAmong(text, pool, p) &&
      !(possessive && GENITIVE_BEFORE_RE.test(textBefore(text, p.start, 16))) &&
      !elements.has(p.company.id) &&
      (!FROM_OBJECT_RE.test(textBefore(text, p.start, 20)) || buysAfterName(text, p)) &&
      !brandAfterAmount(text, p) &&
      !sharesSubjectsBook(text, p) &&
      canDeal(p.company, next.company),
  );
  // "A s'engage sur 30 milliards chez Azure, B signe 38 milliards avec AWS": the subject of the amount's own
  // clause signs; the sentence's first party only when the clause names none ("…, over $10 billion with X").
  const clauseStart = lastClauseBreak(text, sentence.start, pos);
  const signer = signers.findLast((p) => p.start > clauseStart) ?? (cloudBrand ? signers.at(-1) : signers[0]);
  if (signer) return [signer, next];
  // "Con ambos acuerdos y el de 17.400 millones con Microsoft, los contratos de Nebius …": a company the same
  // sentence names right after the element, not itself a "with" object, is its signer before the article's subject.
  const after = signerAfter(text, sentence, pool, next);
  if (after) return [after, next];
  const subject = subjectOf();
  if (!subject) {
    // Two elements or more: the other elements are never the signer; the sentence before's subject may be
    // ("Nebius posted record sales. New agreements include $3.1B with Meta and $2.4B with Microsoft").
    const earlier = earlierSubject(text, sentence, next);
    if (elements.size >= 2) return earlier && !elements.has(earlier.company.id) ? [earlier, next] : [];
    return earlier ? [earlier, next] : null;
  }
  // "un premier contrat de 3 milliards avec Meta, et un accord de 17,4 milliards avec Microsoft" in an article about
  // Meta: the subject is itself one of the elements' "with" objects, a sibling of the others, never their signer.
  // The signer is the one the text paired the subject with just before, else no one.
  if (
    subject.id === next.company.id ||
    pool.some(
      (p) =>
        p.company.id === subject.id &&
        p.start < pos &&
        withObjectAmong(text, pool, p) &&
        AMOUNT_BEFORE_OBJECT_RE.test(textBefore(text, p.start, 70)),
    )
  ) {
    const signer = subjectCounterpartyBefore(text, sentence, subject, next.company);
    return signer ? [signer, next] : subject.id === next.company.id ? null : [];
  }
  if (!canDeal(subject, next.company)) return null;
  return [unnamedParty(subject, sentence.start), next];
}

/** "AMOUNT to X", X no possessor of what the money is for ("$1.4 billion to Fluidstack's lease obligations"). */
function toElement(text: string, between: string, next: Party, listed: boolean): boolean {
  return listed && TO_AFTER_AMOUNT_RE.test(between) && !/^['’]s?\s/.test(text.slice(next.end, next.end + 3));
}

/**
 * "Microsoft hat mehrere Verträge mit Neoclouds geschlossen. Hinzu kommt ein 9,7-Milliarden-Deal mit IREN: …": an
 * element whose sentence names no one before it goes on with the subject (first company) of the sentence before,
 * never with a company its own sentence names later ("… kauft dafür Grafikprozessoren bei Dell").
 */
function earlierSubject(text: string, sentence: Span, next: Party): Party | null {
  const prev = previousSentence(text, sentence.start);
  if (!prev) return null;
  const first = findCompanyMentions(text, prev.start, prev.end)[0];
  if (!first || first.company.id === next.company.id || !canDeal(first.company, next.company)) return null;
  return unnamedParty(first.company, sentence.start);
}

/** An element's amount before its "with" object: "de 3 milliards de dollars avec ", not "with OpenAI as the customer". */
const AMOUNT_BEFORE_OBJECT_RE = /\d[^.;:\n\d]{0,60}$/;

/** How many sentences back a subject's earlier counterparty is looked for. */
const COUNTERPARTY_SENTENCES = 3;

/**
 * The company the nearest earlier sentence naming `subject` names beside it ("Meta will buy $27 billion of
 * capacity from Nebius"), other than `next` and able to deal with it: a recap's signer, as a party.
 */
function subjectCounterpartyBefore(
  text: string,
  sentence: Span,
  subject: CompanyEntry,
  next: CompanyEntry,
): Party | null {
  let prev = previousSentence(text, sentence.start);
  for (let n = 0; n < COUNTERPARTY_SENTENCES && prev; n++, prev = previousSentence(text, prev.start)) {
    const named = findCompanyMentions(text, prev.start, prev.end);
    if (!named.some((m) => m.company.id === subject.id)) continue;
    const others = new Set(
      named.map((m) => m.company).filter((c) => c.id !== subject.id && c.id !== next.id),
    );
    if (others.size !== 1) return null;
    const [other] = others;
    return other && canDeal(other, next) ? unnamedParty(other, sentence.start) : null;
  }
  return null;
}

/** The amount inside its owner's possessive: "its $5.8 billion contract", "seu contrato de", "son contrat de". */
const POSSESSIVE_BEFORE_AMOUNT_RE =
  /\b(?:its|their|son|leur|sein\w*|ihre?\w*|sus?|suo|seu)\s(?:[^\s.?!;,]+\s){0,3}?(?:US)?[$€]?\s?$/i;
/** A company inside a genitive or an agent's phrase: "da Microsoft", "de Microsoft", "par Microsoft", "from Microsoft". */
const GENITIVE_BEFORE_RE =
  /\b(?:of|from|by|d[aeiou]|d[eu]s|del|dal|par|por|pel[oa]|vo[nm])\s(?:\S{1,3}\s)?$/i;
/** "… of Azure services from Microsoft, and $38 billion with AWS": the seller of an earlier element signs no other. */
const FROM_OBJECT_RE = /\b(?:from|aupr[èe]s\sd[e'’]|bei)\s?(?:the\s)?$/i;

/**
 * "a long-term commitment from Anthropic to purchase $30 billion of compute from Microsoft": a company after "from"
 * that the buying infinitive follows is the one who buys, the commitment's giver, no seller of an earlier element.
 */
const BUYS_AFTER_NAME_RE = /^\s(?:to\s(?:buy|purchase|spend|pay|rent|lease)|zu\s(?:kaufen|zahlen|mieten))\b/i;

function buysAfterName(text: string, p: Party): boolean {
  return BUYS_AFTER_NAME_RE.test(text.slice(p.end, p.end + 20));
}

/** A seller's name used as the goods' label: "CoreWeave services", "Nebius capacity", "AMD GPUs". */
const GOODS_AFTER_NAME_RE =
  /^(?:['’]s?)?\s(?:services|capacity|compute|computing|cloud|GPUs?|chips|servers|infrastructure)\b/i;

/**
 * "$250 billion of additional Azure services", "it bought about $1 billion of CoreWeave services": the seller an
 * earlier element buys from, never a signer.
 */
function brandAfterAmount(text: string, p: Party): boolean {
  return (
    (namedByCloudBrand(text, p) || GOODS_AFTER_NAME_RE.test(text.slice(p.end, p.end + 24))) &&
    /\d[^,;()\n\d]{0,40}$/.test(textBefore(text, p.start, 48))
  );
}

/** How far after a roundup element's "with" object its signer may still be named. */
const SIGNER_AFTER_REACH = 120;

/** The first company after the element's "with" object, in the same clause run (no semicolon, colon or amount between). */
function signerAfter(text: string, sentence: Span, pool: Party[], next: Party): Party | null {
  const limit = Math.min(sentence.end, next.end + SIGNER_AFTER_REACH);
  const p = pool.find((q) => q.start > next.end && q.company.id !== next.company.id && !q.pronoun);
  if (!p || p.start > limit || p.weak || p.downstream) return null;
  const between = text.slice(next.end, p.start);
  // "… con Nscale, Nebius, CoreWeave, Iren y Lambda": the next member of the "with" object's own list is its
  // sibling, never the element's signer.
  if (
    /[;:]|\d/.test(between) ||
    WITH_JUST_BEFORE_RE.test(between) ||
    ENUM_GAP_RE.test(between) ||
    !canDeal(p.company, next.company)
  )
    return null;
  return p;
}

const WITH_AFTER_NAME_RE = /^\s(?:with|avec|mit|con|com)\s/i;

/** A member's short name in brackets after it: "Amazon Web Services (AWS)". */
const SHORT_NAME_RE = /^\s?\([^()\n]{1,16}\)/;

/** The companies of the list opening at `first` ("Nscale, Nebius, CoreWeave, Iren and Lambda": five). */
function listFrom(text: string, pool: readonly Party[], first: Party): Party[] {
  const members = [first];
  let lastEnd = first.end;
  let lastId = first.company.id;
  for (const p of pool) {
    if (p.start <= lastEnd || p.pronoun) continue;
    // "Amazon Web Services (AWS), Microsoft": the member's short name in brackets is the same member.
    if (p.company.id === lastId && /^\s?\(\s?$/.test(text.slice(lastEnd, p.start))) {
      lastEnd = text[p.end] === ')' ? p.end + 1 : p.end;
      continue;
    }
    // "con Iren e Lambda, TeraWulf con Fluidstack": a name with a "with" of its own opens the next element.
    if (
      !ENUM_GAP_RE.test(text.slice(lastEnd, p.start).replace(SHORT_NAME_RE, '')) ||
      WITH_AFTER_NAME_RE.test(text.slice(p.end, p.end + 8))
    )
      break;
    members.push(p);
    lastEnd = p.end;
    lastId = p.company.id;
  }
  return members;
}

/** Is `id` a member of a list of three companies or more among `parties` ("Nscale, Nebius, CoreWeave, Iren e Lambda")? */
export function memberOfLongList(text: string, parties: readonly Party[], id: string): boolean {
  return parties.some((first, i) => {
    if (i > 0 && ENUM_GAP_RE.test(text.slice(parties[i - 1]!.end, first.start))) return false;
    const members = listFrom(text, parties, first);
    return members.length >= 3 && members.some((p) => p.company.id === id);
  });
}

/** "… con Microsoft y con Oracle": a second "with" object right before the name (at most an article between). */
const WITH_JUST_BEFORE_RE =
  /\b(?:with|avec|mit|con|com|chez)\s(?:(?:the|le|la|l['’]|der|dem|el|il|a|o)\s?)?$/i;

/** Where the last sentence before `pos` (from `from` on) ended, or -1. */
function lastSentenceEnd(text: string, from: number, pos: number): number {
  for (let i = pos - 2; i >= from; i--)
    if ((text[i] === '.' || text[i] === '!' || text[i] === '?') && /\s/.test(text[i + 1] ?? '')) return i;
  return -1;
}

/** Where the amount's clause opens: the last comma (not a decimal one) or semicolon before it, or the sentence's start. */
export function lastClauseBreak(text: string, from: number, pos: number): number {
  const before = text.slice(from, pos);
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i];
    if (c === ';' || (c === ',' && !/\d/.test(before[i + 1] ?? ''))) return from + i;
  }
  return from;
}

/**
 * The amount's own sentence names one company and the other party was gathered from the sentences before
 * ("Microsoft signed with Nscale … In September it was Nebius that won a $17.4 billion contract"): the pair is
 * that company and the article's subject if named there, else the grammatical subject (first company) of the
 * nearest earlier sentence; never two companies of earlier sentences.
 */
function ownCompanyAndContext(...[text, evidence, pool, pos, subjectOf]: ContextStep): Party[] | null {
  // Only evidence gathered from earlier sentences holds a sentence end before the amount.
  if (!/[.!?]\s/.test(text.slice(evidence.start, pos))) return null;
  const own = sentenceAt(text, pos);
  if (own.start <= evidence.start) return null;
  const inOwn = pool.filter((p) => p.start >= own.start && p.start < own.end && !p.weak);
  if (new Set(inOwn.map((p) => p.company.id)).size !== 1) return null;
  const mine = inOwn[0]!;
  if (mine.downstream) return null;
  const before = pool.filter((p) => p.start < own.start && p.company.id !== mine.company.id);
  if (before.length === 0) return null;
  const subject = subjectOf();
  const bySubject = subject ? before.find((p) => p.company.id === subject.id) : undefined;
  const nearest = sentenceAt(text, before[before.length - 1]!.start);
  // "Con Oracle OpenAI ha concordato …": the object of an opening "with" is that sentence's other party, not its
  // subject.
  const inNearest = before.filter((p) => p.start >= nearest.start);
  const first = inNearest.find((p) => !withObjectAmong(text, pool, p)) ?? inNearest[0];
  const other = bySubject ?? first;
  return other && canDeal(other.company, mine.company) ? [other, mine] : null;
}

/**
 * "Dell … would provide IREN with GB300 chips and other equipment Microsoft will use for about $5.8 billion":
 * when the amount's clause names one hardware vendor and the goods, the amount is that vendor's sale, to the
 * company named nearest to it; the capacity buyer further on is not a party of it.
 */
function vendorAndCustomer(
  text: string,
  sentence: Span,
  pool: Party[],
  pos: number,
  otherTriggers: readonly number[],
  subjectOf: () => CompanyEntry | null,
): Party[] | null {
  if (!pool.some((p) => p.company.tier === 4 && !p.weak)) return null;
  const breaks = clauseBreaks(text, sentence, pool);
  const start = [sentence.start, ...breaks].filter((b) => b < pos).pop()!;
  const end = breaks.find((b) => b > pos) ?? sentence.end;
  const inClause = pool.filter((p) => p.start >= start && p.start < end && !p.weak);
  const vendors = new Set(inClause.filter((p) => p.company.tier === 4).map((p) => p.company.id));
  if (vendors.size !== 1 || !GOODS_RE.test(text.slice(start, end))) return null;
  const vendor = inClause.find((p) => p.company.tier === 4)!;
  // "a $9.7 billion contract with Microsoft and a $5.8 billion purchase … from Dell": an amount told between this
  // one and the vendor is the vendor's sale; this one is another contract's.
  if (otherTriggers.some((t) => t > pos && t < vendor.start)) return null;
  // The buyer is the clause's subject ("IREN agreed to buy … from Dell to serve its Microsoft contract"), else
  // the one the vendor supplies ("Dell would provide IREN with …").
  const buyers = inClause.filter(
    (p) => p.company.id !== vendor.company.id && !p.downstream && canDeal(p.company, vendor.company),
  );
  // "AMD signed a deal with OpenAI to supply 6 gigawatts of GPUs": a contract the vendor itself signs, its
  // counterparty named after it, is the vendor's own sale, and that counterparty buys the goods.
  const others = buyers.filter((p) => p.start > vendor.start || !otherContractParty(text, start, p, pos));
  // "Microsoft signs $9.7 billion deal with IREN; Dell supplies the hardware for $5.8 billion": a vendor that opens
  // a clause of its own after another amount sells to a buyer named after it, or to no one the words say.
  if (
    otherTriggers.some((t) => t >= sentence.start && t < vendor.start) &&
    VENDOR_CLAUSE_OPENS_RE.test(text.slice(Math.max(sentence.start, vendor.start - 16), vendor.start))
  )
    return (
      others
        .filter((p) => p.start > vendor.start && !text.slice(vendor.start, p.start).includes('\n'))
        .slice(0, 1)
        .map((p) => [p, vendor])[0] ?? []
    );
  const near = others.filter((p) => p.start < vendor.start)[0] ?? others.find((p) => p.start > vendor.start);
  if (near) return [near, vendor];
  // Another contract's counterparty, in the clause or before it, does not buy the goods: the buyer is the
  // sentence's company named before the clause that is none ("price target on IREN, citing the company's …
  // contract with Microsoft and a … purchase from Dell"), else none.
  const earlier = goodsBuyersBefore(sentence, pool, vendor, start);
  const counterparties = new Set(
    [...buyers, ...earlier]
      .filter((p) => otherContractParty(text, sentence.start, p, pos))
      .map((p) => p.company.id),
  );
  if (counterparties.size === 0) return null;
  const owner = earlier.find((p) => !counterparties.has(p.company.id));
  if (owner) return [owner, vendor];
  // Named in no part of the sentence: the page's subject ("IREN … Roth points to the company's contract …").
  const subject = subjectOf();
  return subject && !counterparties.has(subject.id) && canDeal(subject, vendor.company)
    ? [unnamedParty(subject, vendor.start), vendor]
    : [];
}

/** A clause opening on its own subject: after a semicolon, a dash, or a comma and "and" / "while" (six languages). */
const VENDOR_CLAUSE_OPENS_RE =
  /(?:;|\s[–—-]|,\s(?:and|while|whereas|et|tandis que|und|w[äa]hrend|y|mientras|e|mentre|enquanto))\s$/i;

/** The sentence's named companies before `end` that may buy the vendor's goods. */
function goodsBuyersBefore(sentence: Span, pool: Party[], vendor: Party, end: number): Party[] {
  return pool.filter(
    (p) =>
      p.start >= sentence.start &&
      p.start < end &&
      !p.weak &&
      p.company.id !== vendor.company.id &&
      canDeal(p.company, vendor.company),
  );
}

/**
 * "the company's $9.7 billion contract with Microsoft and a $5.8 billion purchase of GPUs from Dell": a hardware
 * vendor named after another amount of the sentence is that amount's seller, no party of this one; the other
 * party signs with the page's subject, else nothing is said.
 */
function vendorOfLaterAmount(
  picked: Party[],
  pos: number,
  otherTriggers: readonly number[],
  subjectOf: () => CompanyEntry | null,
): Party[] | null {
  const vendor = picked.find((p) => p.company.tier === 4);
  const other = picked.find((p) => p !== vendor);
  if (!vendor || !other || !otherTriggers.some((t) => t > pos && t < vendor.start)) return null;
  const subject = subjectOf();
  if (!subject || subject.id === other.company.id || !canDeal(subject, other.company)) return [];
  return [unnamedParty(subject, vendor.start), other];
}

/**
 * "Gli analisti citano il contratto con Microsoft e un acquisto di server da Dell per 5,8 miliardi": when a hardware
 * vendor's goods are bought and the other party picked is another contract's counterparty named before the amount,
 * the buyer is the sentence's company that is none, else nothing is said.
 */
function goodsBuyerNotCounterparty(
  text: string,
  sentence: Span,
  pool: Party[],
  picked: Party[],
  pos: number,
): Party[] | null {
  const vendor = picked.find((p) => p.company.tier === 4);
  const other = picked.find((p) => p !== vendor);
  if (!vendor || !other || other.start > pos || !GOODS_RE.test(text.slice(sentence.start, sentence.end)))
    return null;
  // "… an agreement with Dell … to purchase GPUs … required to service the Microsoft Agreement": the label of the
  // contract the goods serve.
  const label = namesContractLabel(text, other);
  // "AMD signed a multi-year deal with OpenAI, which will deploy 6 gigawatts of AMD GPUs": the contract is the
  // vendor's own, its counterparty the goods' buyer.
  if (!vendor.weak && vendor.start < other.start && !label) return null;
  if (!label && !otherContractParty(text, sentence.start, other, pos)) return null;
  const owner = goodsBuyersBefore(sentence, pool, vendor, pos).find(
    (p) => !otherContractParty(text, sentence.start, p, pos),
  );
  return owner ? [owner, vendor] : [];
}

/**
 * "For Nebius, the Meta deal follows the Microsoft contract of $17.4 billion": the amount is the deal its nearest
 * label names; its other party is the article's subject, never the other label's company (else nothing is said).
 */
function labelledWithSubject(
  text: string,
  picked: Party[],
  pos: number,
  subjectOf: () => CompanyEntry | null,
  /** The sentence's first company: "Nebius verweist auf den Vertrag mit Meta sowie auf den Microsoft-Auftrag". */
  lead: Party | undefined,
): Party[] {
  // The label whose contract noun stands nearest the amount: "a Microsoft deal of $17.4B and a Meta deal of $2.9B".
  const near = (p: Party): number => Math.abs(labelledDeal(text, p) - pos);
  const own = [...picked].sort((x, y) => near(x) - near(y))[0]!;
  const namesLists =
    lead && !lead.weak && picked.every((p) => p.company.id !== lead.company.id && p.start > lead.end);
  const subject = namesLists ? lead.company : subjectOf();
  if (!subject || picked.some((p) => p.company.id === subject.id) || !canDeal(subject, own.company))
    return [];
  return [unnamedParty(subject, own.start), own];
}

/** A relative pronoun and its space ("which", "whose", "qui", "dont", "die", "que", "il quale"): written once for the two patterns below. */
const RELATIVE_PRONOUN = String.raw`(?:which|who|whose|qui|lequel|laquelle|dont|der|die|das|deren|dessen|welche[rs]?|que|quien|cuy[oa]s?|el cual|la cual|che|il quale|la quale|(?:il|la|i|le) cui|o qual|a qual|cuj[oa]s?)\s`;

/** A sentence's subject, then a relative clause set off by commas: "Nebius, which …,", "Le groupe, qui …,". */
const RELATIVE_OPEN_RE = new RegExp(String.raw`^([^,.;:]{2,60}?),\s${RELATIVE_PRONOUN}`, 'iu');

/**
 * "The Amsterdam-based company, which in September agreed a $17.4 billion deal to provide GPU capacity to
 * Microsoft, said the Meta capacity …": an amount inside a relative clause on the sentence's subject binds to that
 * subject (named, else the anaphor's referent) and the one company the clause names; the companies of the main
 * clause are not its parties.
 */
export function relativeClausePair(
  text: string,
  sentence: Span,
  parties: Party[],
  pos: number,
  referent: () => CompanyEntry | null,
): Party[] | null {
  const m = RELATIVE_OPEN_RE.exec(text.slice(sentence.start, sentence.start + 200));
  if (!m) return antecedentClausePair(text, sentence, parties, pos);
  const clauseStart = sentence.start + m[0].length;
  const close = clauseClose(text, sentence, clauseStart, pos);
  if (pos < clauseStart || close < 0) return null;
  const openerEnd = sentence.start + m[1]!.length;
  const strong = parties.filter((p) => !p.weak && !p.pronoun);
  const inClause = strong.filter((p) => p.start >= clauseStart && p.end <= close);
  if (new Set(inClause.map((p) => p.company.id)).size !== 1) return null;
  const other = inClause[0]!;
  const opener = strong.filter((p) => p.start >= sentence.start && p.end <= openerEnd);
  // "Anthropic compite con OpenAI, que …": the opener names two companies; the clause's antecedent is the last.
  if (new Set(opener.map((p) => p.company.id)).size > 1)
    return antecedentClausePair(text, sentence, parties, pos);
  if (opener.length > 0) {
    const named = opener[0]!;
    return new Set(opener.map((p) => p.company.id)).size === 1 &&
      named.company.id !== other.company.id &&
      canDeal(named.company, other.company)
      ? [named, other]
      : null;
  }
  const who = referent();
  if (!who || who.id === other.company.id || !canDeal(who, other.company)) return null;
  return [unnamedParty(who, sentence.start), other];
}

/**
 * Where a relative clause opened at `from` and holding the amount at `pos` closes: its comma after the amount, else
 * the sentence's end when no comma stands between its opening and the amount ("… for OpenAI, whose contract with
 * Oracle is worth about $300 billion."); -1 when the amount is past the clause ("Anthropic, which relies on AWS,
 * agreed …").
 */
function clauseClose(text: string, sentence: Span, from: number, pos: number): number {
  const comma = text.indexOf(', ', pos);
  const semicolon = text.indexOf(';', pos);
  if (semicolon >= 0 && semicolon < sentence.end && (comma < 0 || semicolon < comma)) return semicolon;
  if (comma >= 0 && comma < sentence.end) return comma;
  const inner = text.indexOf(', ', from);
  return inner >= 0 && inner < pos ? -1 : sentence.end;
}

/** A relative pronoun right after a name's comma, mid-sentence: ", que", ", which", ", qui", ", die". */
const RELATIVE_AFTER_NAME_RE = new RegExp(String.raw`^,\s${RELATIVE_PRONOUN}`, 'iu');

/**
 * "La compañía … compite con OpenAI, que el mes pasado firmó un acuerdo de 250.000 millones con Microsoft, y con
 * Google": the amount sits in a relative clause set off by commas after a name; that name (its antecedent) and the
 * one company the clause names are the pair, whoever else the sentence names.
 */
function antecedentClausePair(text: string, sentence: Span, parties: Party[], pos: number): Party[] | null {
  const strong = parties.filter((p) => !p.weak && !p.pronoun);
  const antecedent = strong
    .filter((p) => p.end <= pos && RELATIVE_AFTER_NAME_RE.test(text.slice(p.end, p.end + 16)))
    .at(-1);
  if (!antecedent) return null;
  const close = clauseClose(text, sentence, antecedent.end + 2, pos);
  if (close < 0) return null;
  const inClause = strong.filter((p) => p.start > antecedent.end && p.end <= close);
  if (new Set(inClause.map((p) => p.company.id)).size !== 1) return null;
  const other = inClause[0]!;
  return other.company.id !== antecedent.company.id && canDeal(antecedent.company, other.company)
    ? [antecedent, other]
    : null;
}

/** An amount written as an attribute of the company after it: "$5.8 billion Dell equipment order". */
const AMOUNT_THEN_NAME_RE =
  /^(?:US)?[$€£]\s?\d[\d.,]*\s?(?:billion|million|bn|mn|[BM])\s(?:(?:USD|dollars?)\s)?$/i;

/**
 * "IREN 8-K: $9.7 billion Microsoft AI cloud contract and $5.8 billion Dell equipment order": each amount is the
 * deal of the company right after it, with the sentence's subject (its first party); never of the next element's
 * company.
 */
function amountThenName(text: string, pool: Party[], pos: number): Party[] | null {
  const next = pool.find((p) => p.start > pos);
  if (!next || next.start - pos > 24 || !AMOUNT_THEN_NAME_RE.test(text.slice(pos, next.start))) return null;
  const subject = pool.find(
    (p) => p.start < pos && !p.weak && p.company.id !== next.company.id && canDeal(p.company, next.company),
  );
  return subject ? [subject, next] : null;
}

/** Contracts named, in six languages (German compounds too: "Cloud-Vertrag", "Mietvertrag"). */
export const CONTRACTS_RE =
  /\b(?:agreements?|contracts?|deals?|pacts?|partnerships?|partnered|partners|teamed up|leases?|partenariats?|accords?|contrats?|baux|bail|Vereinbarung(?:en)?|acuerdos?|contratos?|accord[oi]|contratt[oi]|acordos?|parcerias?)\b|vertr[äa]ge?\b|\b(?:associ[ée]e?|asoci[óo])(?![a-zà-ÿ])/i;

/**
 * From a sentence's start to its first name: a signing verb with no subject before it, then "con"/"com" ("A settembre
 * ha firmato con", "En septiembre firmó con", "Em setembro assinou com a"); the languages that drop a subject.
 */
const UNSAID_SUBJECT_SIGNS_RE =
  /^(?:[^.;:]{0,40}?\s)?(?:ha (?:firmato|siglato|sottoscritto|chiuso|stretto)|aveva (?:firmato|siglato)|firm[òó]|sigl[òo]|cerr[óo]|suscribi[óo]|sell[óo]|ha (?:firmado|cerrado|suscrito)|hab[íi]a firmado|assinou|fechou|firmou|celebrou|(?:tinha|havia) assinado)\s(?:[^.;:,]{0,40}?\s)?(?:con|com)\s(?:(?:la|il|lo|l['’]|el|a|o)\s?)?$/iu;

/** An article then a common noun: "la startup", "el grupo", "a empresa", "il colosso". */
const SAID_SUBJECT_RE = /\s(?:(?:la|il|lo|el|los|las|le|gli|i|o|os|a|as|una?|uma?)\s|l['’])\p{Ll}/u;

function unsaidSubjectSigns(
  text: string,
  sentence: Span,
  pool: readonly Party[],
  named: Party,
  subjectOf: () => CompanyEntry | null,
): Party[] | null {
  if (pool.some((p) => p.start >= sentence.start && p.start < named.start)) return null;
  const before = text.slice(sentence.start, named.start);
  // "A ottobre la startup aveva firmato con Google": a subject said after the opening words is no unsaid one.
  if (!UNSAID_SUBJECT_SIGNS_RE.test(before) || SAID_SUBJECT_RE.test(before.replace(/^\S+/, ''))) return null;
  const subject = subjectOf();
  if (!subject || subject.id === named.company.id || !canDeal(subject, named.company)) return null;
  return [unnamedParty(subject, sentence.start), named];
}

/** Before the head of a semicolon list's item: the sentence's start, or "; " (maybe "and"). */
const ITEM_HEAD_BEFORE_RE = /(?:^|;\s*(?:(?:and|et|und|y|e)\s)?)\s*$/;

/** A counterparty's "with", then maybe an article, right before a name. */
// "with giants such as OpenAI", "con gigantes como OpenAI": the class named before the list is no party.
const WITH_BEFORE_RE =
  /\b(?:with|avec|mit|con|com)\s(?:(?:(?:des|los|las|die|the|i|gli|os|as)\s)?(?:companies|customers|clients|giants|firms|players|labs|entreprises|clients|g[ée]ants|acteurs|Unternehmen|Kunden|Konzernen|empresas|clientes|gigantes|aziende|clienti|colossi)\s(?:such as|like|including|comme|tels que|dont|wie|darunter|como|tales como|come|tra cui|tais como)\s)?(?:(?:the|la|le|l['’]|der|dem|den|el|il|a|o|os|as)\s?)?$/i;
/**
 * A seller's "from", then maybe an article, right before a name: "renting GPUs from", "loue auprès de", "mietet bei";
 * or the provider a buyer runs on: "powered by", "con chips de", "em chips da".
 */
const FROM_BEFORE_RE =
  /\b(?:from|aupr[èe]s de|chez|bei|da|dalla|dal|à|au|aux|a|al|do)\s(?:(?:the|la|le|l['’]|der|dem|den|il)\s?)?$|\b(?:by|on|sur|auf|sui|su|en|em|con|com)\s(?:(?:the|les|los|las|os|as|i|die)\s)?(?:chips?|puces|processeurs|hardware|systems|syst[èe]mes|sistemas|sistemi|processori)\s(?:from|of|de|d['’]|di|da|do|del|von)\s?(?:(?:la|le|l['’]|il|a|o)\s?)?$|\b(?:powered|served)\sby\s$/i;
/** The most sellers a buyer is told renting from, one deal each. */
const MAX_SELLERS_RENTED_FROM = 3;
/** Renting or buying, six languages: what a buyer does "from" its sellers. */
const RENTS_OR_BUYS_RE =
  /\b(?:rent(?:s|ing|ed)?|leas(?:es|ing|ed)|buy(?:s|ing)?|bought|purchas(?:es|ing|ed)|lou(?:e|ent|er|era)|ach[eè]t(?:e|ent|era|[ée]s?)?|compr(?:a|an|am|ó|ou|aron|aram)|miete[nt]?|kauf(?:t|en)|affitt\p{L}*|acquist\p{L}*|noleggi\p{L}*|runs?|powered|served|tourne\p{L}*|funcionar[áa]|funciona|rodar|roda|gira|girer[àa]|l[äa]uft|laufen)(?!\p{L})/iu;

/**
 * What may open a sentence before its subject's name: an article, a few words, never a preposition; a short
 * adverbial set off by a comma may come first ("For the Memphis build, xAI is buying servers from …"); or the
 * subject's product it owns ("La API de Llama de Meta funcionará con chips de Cerebras y Groq").
 */
const OPENING_BEFORE_SUBJECT_RE =
  /^\s*(?:(?:la|el|a|o|le|il|lo|the|l['’])\s?(?:[\p{L}-]+,?\s){1,4}(?:de|da|do|di|du|of|del)\s|(?:[^,.;:]{1,40},\s+)?(?:(?!(?:for|to|from|with|para|por|per|f[üu]r|an|con|com|avec|de|di|da|von|mit|à|au)\s)[\p{L}\d'’-]+,?\s+){0,3})$/iu;

/**
 * "Oracle signed cloud agreements with OpenAI, xAI and Meta Platforms", "A Oracle fechou acordos com Meta, xAI e
 * Nvidia": a deal told without a figure with each company of a list after the subject's "with", one pair each. Empty
 * unless the sentence opens on its subject and lists two counterparties or more, each one it can deal with.
 */
export function withListPairs(text: string, sentence: Span, parties: readonly Party[]): Party[][] {
  const strong = parties
    .filter((p) => !p.weak && !p.pronoun && p.start >= sentence.start && p.end <= sentence.end)
    .sort((x, y) => x.start - y.start);
  const subject = strong[0];
  if (!subject || !OPENING_BEFORE_SUBJECT_RE.test(text.slice(sentence.start, subject.start))) return [];
  const head = strong.find(
    (p) =>
      p.start > subject.end &&
      (WITH_BEFORE_RE.test(text.slice(Math.max(sentence.start, p.start - 24), p.start)) ||
        FROM_BEFORE_RE.test(text.slice(Math.max(sentence.start, p.start - 24), p.start))),
  );
  // The subject's contracts are named before the list ("signed cloud agreements with"), or its renting or buying
  // from them ("is renting GPUs from Nebius and IREN"), not a plan or a path ("skizziert mit Anthropic und Fluidstack
  // einen Pfad").
  const between = head ? text.slice(subject.end, head.start) : '';
  const from =
    head !== undefined &&
    FROM_BEFORE_RE.test(text.slice(Math.max(sentence.start, head.start - 24), head.start));
  if (!head || !(from ? RENTS_OR_BUYS_RE.test(between) : CONTRACTS_RE.test(between))) return [];
  const members = listFrom(text, strong, head).filter((p) => p.company.id !== subject.company.id);
  if (members.length < 2 || !members.every((p) => canDeal(subject.company, p.company))) return [];
  // "Microsoft rents capacity from Nscale, Nebius, CoreWeave, IREN and Lambda": a long list of sellers is the buyer's
  // roster (often before a sum over them), not news of each contract.
  if (from && members.length > MAX_SELLERS_RENTED_FROM) return [];
  return members.map((p) => [subject, p]);
}
