// Step 2: the sentences holding a trigger, read one by one into candidates (a pair, an amount, roles, status).

import { type CompanyEntry, companyById, findCompanyMentions, toCompanyRef } from '../companies';
import { parseEndDate, parseTermYears } from '../dates';
import { type MoneyAmount, RATES_TO_USD } from '../money';
import type { DealKind, Language, Mention, MentionStatus } from '../types';
import {
  isAggregate,
  isEarlierDealsValue,
  namesTwoDeals,
  overSellerClass,
  sectorFigure,
  sumsCompanyContracts,
  sumsOneCounterparty,
  sumsWithEarlierDeals,
  sumsWithNamedContract,
} from './aggregates';
import { kindWordsOf } from './amount-clause';
import { ownedOutsidePair } from './amount-owner';
import { termOfAmount } from './amount-term';
import { announcedDealStatus } from './announced-figure';
import { isAvoidedPayment } from './avoided-payments';
import { namesBackgroundDeal } from './background-deal';
import { backsWithAmount } from './backing-amount';
import { namesContractInBacklog, restatesOneContract } from './backlog';
import { financesThroughGuarantee } from './backstop-purpose';
import { broaderCollaborationParties } from './broader-collaboration';
import { sellerOnlyBuys } from './buyer-as-seller';
import type { Ceilings } from './ceiling-repeats';
import { classExamples } from './class-examples';
import { isCompanyMeasure } from './company-measures';
import { coordinatedDealClause, isCompanyResultsAmount, trailingBacklogAside } from './company-results';
import { isCompanyTotal } from './company-total';
import { comparativeBetween, isComparisonAmount, opensComparison } from './comparison-amount';
import { amountWarnings, CONTRACT_WORD_RE, confidenceOf } from './confidence';
import { continuesPreviousDeal } from './continued-deal';
import { outlayToldBefore, valuesTheContract } from './contract-valued';
import { withDollarConversionsPreferred, withoutConversionsOfDropped } from './converted-amount';
import {
  COMPUTE_RE,
  CONTRACT_NOUN_RE,
  CONTRACT_WITH_RE,
  DEAL_RE,
  DENIED_RE,
  goodsBoughtNotInvested,
  INCREMENT_AFTER_RE,
  isInvestmentAmount,
  kindOf,
  negativeCue,
  statusOf,
  valuesCompanyAt,
  withoutBackstopWords,
} from './cues';
import { namesCustomerRoster } from './customer-roster';
import { labelledDeal } from './deal-labels';
import { inDeniedIdentity } from './denied-identity';
import { deploysOwnGoods } from './deployed-goods';
import { amountClause, tellsEarlierContract, tellsEarlierContractUndated } from './distinct-contracts';
import { joinsEarlierContract, joinsNewsToContract, namesEarlierContract } from './earlier-contract';
import { buysFromNamedSellerOnly } from './elided-buyer';
import {
  BY_THEN_TO_BEFORE_RE,
  bareIncrementBefore,
  bareTotalAfter,
  earlierPartOfTotal,
  followsIncrement,
  isExpansionTotal,
  isIncrement,
  levelLeft,
  runningTotalAfter,
  statesRunningTotal,
  toldAsPossible,
  valuesAddedContract,
} from './expansion';
import { expandsAnotherPair } from './expansion-owner';
import { isExpectedRevenue } from './expected-revenue';
import { entersWithoutCounterparty, kindWordsAfter, opensOnRegistrantTerm } from './filing-defined-terms';
import { isFinalBill } from './final-bill';
import { isGuaranteedAmount } from './guaranteed-amount';
import { guarantorNamed } from './guarantor-named';
import { headingLabel } from './heading-label';
import { headlineLead } from './headline-lead';
import { isHeldShareWorth } from './held-share';
import { hostLeasesToMaker } from './host-landlord';
import { onlyInstallsGoods } from './installed-goods';
import { toldAsIntentAfter } from './intent-only';
import { investsInCompany } from './investment-target';
import { withoutInvestorDescriptors } from './investor-descriptor';
import { opensOwnItem, opensTimedItem } from './item-scopes';
import { fundsProject, withJointPartners } from './joint-partners';
import { isJointPledge } from './joint-pledge';
import { labOfStandIn } from './lab-stand-in';
import { isSectionHeadingRow } from './label-rows';
import { isLandPurchaseAmount } from './land-purchase';
import { isLargestShareTotal } from './largest-share';
import { creditedBefore, creditedLater } from './later-credit';
import { listLeadIn, listsTiesNotContracts, totalsListBelow } from './list-lead-in';
import { leaseBesideLoan } from './loan-lease';
import { type Candidate, STATUS_RANK } from './merge';
import { counterpartyNamedNext, namesHedged } from './named-next';
import { CAN_RE, isFullUseProjection, isOptionalIncrement, isOptionCeiling } from './option-ceiling';
import { otherDealLabel } from './other-deal';
import { buysCapacityNotGoods, lendsGoodsSeller, ordersGoodsAlone } from './own-goods-order';
import { ownLabelledContract } from './own-labelled-contract';
import { creditsPreviousToHearsay, partyConfirmsDeal } from './own-statement';
import {
  canDeal,
  choosePair,
  lastClauseBreak,
  memberOfLongList,
  relativeClausePair,
  twoLabs,
  withListPairs,
} from './pair';
import { partiesAfterPairAnaphor } from './pair-anaphor';
import { pairsParallelShares, respectivePair, twoAmountsJoined } from './parallel-shares';
import { isContractBesidePart, isPartPayment, ownedContractStart } from './part-payment';
import {
  BACKSTOP_WORD_RE,
  dealToldAsCause,
  isChipMaker,
  isPurchase,
  LIST_GAP_RE,
  type Party,
  PURCHASE_VERB_RE,
  partiesIn,
  SPEND_VERB_RE,
  sellsCompute,
  unnamedParty,
} from './parties';
import { namesOnlyPeoplesEmployers } from './person-employer';
import { ownerOfPlanAgain } from './plan-owner';
import { isPossibleRevenue } from './possible-revenue';
import { misreadsPriorDeal, priorDealPair } from './prior-deal-clause';
import { inRelatedLinks } from './related-links';
import { cueOnlyInBrackets, cueOnlyInContrastClause, dealInRelativeAside } from './relative-deal';
import { restatedFrom } from './restated-amount';
import { addsToRevenue } from './revenue-addition';
import { introducedAsRival } from './rivals';
import { assignRoles, tableRoles } from './roles';
import { sameParty } from './same-party';
import {
  isSectionHeading,
  isSubheading,
  listItemAt,
  previousSentence,
  type Span,
  sentenceAt,
  tableHeaderAt,
} from './sentences';
import { separateDealAfter } from './separate-deal';
import { intoJointVenture, isSpendOrReceived } from './spend-amounts';
import { budgetAsideEnd } from './spending-aside';
import { spreadOverCustomers } from './spread-over-customers';
import { partyAsideFromStandIn } from './stand-in-clause';
import { DEAL_AGAIN_OPENING_RE, endedInSentence, statusAt } from './status';
import { ANAPHOR_SUBJECT_RE, objectAnaphorAt, referentOf } from './subject';
import { guaranteeCellStart, inOwnFigureColumn, outsideValueColumn, tableRole } from './table-column';
import { afterIn, beforeIn, textBefore } from './text-window';
import {
  clauseTail,
  computeWindows,
  findTriggers,
  hasMoneyIn,
  hasTriggerIn,
  nearAmount,
  type Trigger,
} from './triggers';
import { isUnitPrice } from './unit-price';
import { sizesUnknownCounterpartyDeal, takesFromUnknownCompany } from './unknown-counterparty';
import { goodsBuyerUnsaid } from './unsaid-goods-buyer';
import { asksWhetherOnly } from './yes-no-question';

/** A verb of possibility before a total ("could reach", "pourrait atteindre", "potrebbe arrivare a"). */
const MIGHT_REACH_RE =
  /\b(?:could|might|may|would)\b|pourrai(?:t|ent)|\bk[öo]nnte(?:n)?\b|\bpodr[íi]a(?:n)?\b|\bpotrebbe(?:ro)?\b|\bpoderia(?:m)?\b/i;
/** The conditional or the present of "can" ("pode chegar a", "can reach"): a level told as possible. */
function mightReach(before: string): boolean {
  return MIGHT_REACH_RE.test(before) || CAN_RE.test(before);
}

/** A verb of buying or committing to buy, in the six languages (a purchase verb, a spend verb, a pledge). */
const BUYS_OR_COMMITS_RE = new RegExp(
  `${PURCHASE_VERB_RE.source}|${SPEND_VERB_RE.source}|s['’](?:est |était )?engag|\\bimpegnat|\\bcomprometi|\\bverpflichte|\\bcomprometeu|\\bcommitted to`,
  'i',
);

/** Names in a row from which a party is one of a list (see PENALTIES.crowded). */
const ENUMERATION = 3;
/** What joins the names of an enumeration: a comma, "and" in the six languages. */
const ENUMERATION_GAP_RE =
  /^\s?(?:,\s?(?:and\s|und\s|et\s|y\s|e\s)?|\s(?:and|und|et|y|e|ou|or|oder|o)\s)\s?$/i;

/** Is the party one of three names or more written in a row ("CoreWeave, Nscale, Lambda und Nebius")? */
function inEnumeration(text: string, parties: readonly Party[], party: Party): boolean {
  const named = parties.filter((p) => !p.pronoun && p.end > p.start);
  const at = named.findIndex((p) => p.start === party.start);
  if (at < 0) return false;
  const joined = (i: number): boolean =>
    i >= 0 && i + 1 < named.length && ENUMERATION_GAP_RE.test(text.slice(named[i]!.end, named[i + 1]!.start));
  let first = at;
  while (joined(first - 1)) first--;
  let last = at;
  while (joined(last)) last++;
  return last - first + 1 >= ENUMERATION;
}

/** Is the party named inside the span (a stand-in, named nowhere, counts as inside: see Evidence.standIn)? */
function namedWithin(p: Party, span: Span): boolean {
  return p.start >= span.start && p.end <= span.end;
}

/** Sibling items of a list skipped on the way back to the list's lead-in. */
export const MAX_SIBLINGS = 12;
/** Characters before a list item read for its context (the lead-in). */
const LIST_CONTEXT = 600;
/** How far from an amount its contract's "with the company" may stand (objectAnaphorAt). */
const OBJECT_ANAPHOR_REACH = 80;

export function scanText(
  text: string,
  languageOf: () => Language,
  registrant: CompanyEntry | null,
  fromTitle: boolean,
  orderBase: number,
  extraContext = '',
  /** The company the article is about (see subjectOf): the buyer of a roundup's rows and of "the group". */
  /** Asked only when a sentence names a single company: most documents never pay for it. */
  subjectOf: (rows?: ReadonlySet<string>) => CompanyEntry | null = () => null,
  /** Filled with the USD amounts the text drops as an option's ceiling or an investment's (see ceiling-repeats.ts). */
  ceilings: Ceilings = new Map(),
): Candidate[] {
  // A headline is read whole (its compute word may be in the body); a body only near compute words.
  const windows = extraContext ? [{ start: 0, end: text.length }] : computeWindows(text);
  if (windows.length === 0) return [];
  const found = findTriggers(text, languageOf, windows);
  if (found.length === 0) return [];
  const triggers = found;
  const bySentence = new Map<number, { span: Span; triggers: Trigger[] }>();
  let lastSpan: Span | null = null;
  for (const t of triggers) {
    const span: Span =
      lastSpan && t.start >= lastSpan.start && t.start < lastSpan.end ? lastSpan : sentenceAt(text, t.start);
    lastSpan = span;
    const group = bySentence.get(span.start);
    if (group) group.triggers.push(t);
    else bySentence.set(span.start, { span, triggers: [t] });
  }
  const out: Candidate[] = [];
  const statusMemo = new Map<number, MentionStatus>();
  let order = orderBase;
  // A table row's numbers mean what its header says; the header is found once per table.
  const headers = new Map<number, Span | null>();
  const headerVerdicts = new Map<number, boolean>();
  const headerSaysNo = (row: number): boolean => {
    const header = tableHeaderAt(text, row, headers);
    if (!header) return false;
    let no = headerVerdicts.get(header.start);
    if (no === undefined) {
      no = negativeCue(text.slice(header.start, header.end)) !== null;
      headerVerdicts.set(header.start, no);
    }
    return no;
  };
  for (const { span, triggers } of bySentence.values()) {
    // "with the option to add up to $2 billion of additional services": an option's increment is neither a value
    // nor an amount whose clause claims the companies near it; the contract's base amount keeps them. An option
    // walked away from ("had an option to buy $12 billion of additional capacity but walked away") is ended talks.
    // A deal told without a figure is read only in a sentence with no amount: beside one ("Meta amplia acordo com
    // CoreWeave em US$ 21 bilhões") the amount tells the deal, and its clauses alone decide what it is.
    const withMoney = triggers.some((t) => t.money);
    // Goods put to work tell a deal only where a company deploys a maker's goods for itself (deployed-goods.ts).
    const deploysOwn =
      triggers.some((t) => t.deploys) && deploysOwnGoods(text, span, partiesIn(text, span, registrant));
    const ts = triggers.filter(
      (t) =>
        !(withMoney && t.stated && !t.deploys) &&
        !(t.deploys && !deploysOwn) &&
        !(
          t.money &&
          isIncrement(text, t.money) &&
          isOptionalIncrement(text, span.start, t.money.start) &&
          statusOf(text.slice(span.start, span.end)) !== 'terminated'
        ) &&
        !(t.money && tieRowAmount(text, t.money.start)) &&
        // "CoreWeave | CRWV | +158 % | 58 Md$ | OpenAI, Meta" under "… | Capitalisation | Principal client": a
        // company's own figure in a screener's table (table-column.ts).
        // A guarantee's cell ("Google backstop $1.8bn" under "Credit support") is read as the guarantee's.
        !(
          t.money &&
          (inOwnFigureColumn(text, t.money.start) ||
            (outsideValueColumn(text, t.money.start) && guaranteeCellStart(text, t.money.start) < 0))
        ),
    );
    // "… $8 billion of new commitments from Microsoft and a separate multiyear agreement with Mistral": the second
    // deal, told without a figure, is read where its words start (separate-deal.ts).
    const joined = withMoney
      ? separateDealAfter(
          text,
          ts.flatMap((t) => (t.money ? [t.end] : [])),
          span.end,
        )
      : -1;
    if (joined >= 0) ts.push({ start: joined, end: joined, money: null, stated: true });
    const sentenceText = text.slice(span.start, span.end);
    const prev1 = previousSentence(text, span.start);
    const next = span.end < text.length ? sentenceAt(text, Math.min(text.length - 1, span.end + 1)) : null;
    // The next sentence past any blank line: a headline's dek often carries the compute word its headline lacks.
    const nextAt = span.end + text.slice(span.end, span.end + 200).search(/\S/);
    const following = nextAt >= span.end ? sentenceAt(text, nextAt) : null;
    const prev2 = prev1 ? previousSentence(text, prev1.start) : null;
    const item = listItemAt(text, span.start);
    // A list item's contract word is often in the list's lead-in, several items up.
    const contextStart = Math.min(
      (prev2 ?? prev1 ?? span).start,
      item >= 0 ? Math.max(0, span.start - LIST_CONTEXT) : span.start,
    );
    const context = `${text.slice(contextStart, span.end)} ${following ? text.slice(span.end, following.end) : ''} ${extraContext}`;
    // A deal stated without a figure is a contract word of its own ("ChatGPT fonctionnera sur Google Cloud").
    // In an article about a neocloud or a data-centre host, its contracts are compute ones ("Allein auf Microsoft
    // entfällt ein Fünfjahresvertrag im Wert von 19 Milliarden US-Dollar" on a page about Nebius's order book).
    if (
      !(COMPUTE_RE.test(context) || sellsCompute(subjectOf())) ||
      !(DEAL_RE.test(context) || ts.some((t) => t.stated))
    )
      continue;
    if (inRelatedLinks(text, span.start)) continue;
    // "… a partnership for 1 GW. The arrangement, set out in a letter of intent, …": an intent, no contract.
    if (toldAsIntentAfter(text, following)) continue;
    if (asksWhetherOnly(sentenceText)) continue;
    // Sentence-wide cues drop the sentence; side-deal cues (a stake, market value) drop only the amount near them.
    const negative = negativeCue(sentenceText, '');
    // The results' own clause, when a clause of the sentence after it tells a contract (company-results.ts).
    const dealClause = negative === 'revenue-backlog' ? coordinatedDealClause(sentenceText) : -1;
    // The contract's clause before an aside about it that tells the backlog it brought (company-results.ts).
    const backlogAside = negative === 'revenue-backlog' ? trailingBacklogAside(sentenceText) : -1;
    const inDealClause = (t: Trigger): boolean =>
      (dealClause >= 0 && t.start - span.start > dealClause) ||
      (backlogAside >= 0 && t.start - span.start < backlogAside);
    // The amounts' offsets in the sentence, for the asides that may hold them.
    const amountOffsets = (): number[] => ts.flatMap((t) => (t.money ? [t.start - span.start] : []));
    if (
      negative &&
      !(negative === 'revenue-backlog' && restatesOneContractIn(text, span, ts)) &&
      !ts.some((t) => t.money && inDealClause(t)) &&
      !(negative === 'revenue-backlog' && ts.some((t) => backlogContractAmount(text, span, t))) &&
      !financesThroughGuarantee(sentenceText, negative) &&
      !leaseBesideLoan(sentenceText, () => negative) &&
      !(negative === 'capex-guidance' && contractBesideCapex(sentenceText, ts)) &&
      // "… the capital expenditures supporting IREN's $9.7 billion AI contract": the owner's contract, named.
      !(negative === 'capex-guidance' && ts.some((t) => t.money && namesItsContract(text, span, t.money))) &&
      !dealInRelativeAside(sentenceText, amountOffsets()) &&
      !cueOnlyInBrackets(sentenceText, amountOffsets()) &&
      !cueOnlyInContrastClause(sentenceText, amountOffsets())
    )
      continue;
    // The amounts of a loan's sentence are the loan's: the lease it names is kept without a value.
    const loanAmounts = leaseBesideLoan(sentenceText, () => negative ?? negativeCue('', sentenceText));
    const sentenceAmounts = ts.flatMap((t) => (t.money ? [t.money] : []));
    const filtered = ts.filter(
      (t) =>
        loanAmounts ||
        (!(
          negative === 'revenue-backlog' &&
          t.money &&
          !inDealClause(t) &&
          !backlogContractAmount(text, span, t)
        ) &&
          !sideDealAmount(text, span, t, ceilings) &&
          !sumsAcrossCounterparties(text, span, t, out[out.length - 1], registrant) &&
          !(
            isAggregate(text, span.start, span.end, t.start, t.end) &&
            (overSellerClass(text, span.end, t.end) ||
              (!isRunningTotalOfOnePair(text, span, t) &&
                !addsToContracts(text, t) &&
                !twoAmountsJoined(text, sentenceAmounts)))
          ) &&
          !sumsCompanyContracts(beforeIn(text, span, t.start, 160)) &&
          !(t.money && sectorFigure(text, span.start, t.start)) &&
          !sumsWithNamedContract(text, span.start, t.start) &&
          // "over 30 AI sales contracts totaling more than $12.5 billion—including one with OpenAI": a sum of many
          // contracts, the company named one counterparty among them.
          !ONE_OF_MANY_AFTER_RE.test(afterIn(text, span, t.end, 60)) &&
          !(t.money && spreadOverCustomers(text, t.money.end, span.end)) &&
          !(t.money && totalsListBelow(text, t.money.end)) &&
          !isCompanyTotal(text, span, t) &&
          !isAvoidedPayment(text, span, t) &&
          !isJointPledge(text, span, t.start) &&
          !(t.money && isPartPayment(text, span, t.money, sentenceAmounts)) &&
          !(t.money && withJointPartners(text, t.money.end, span.end)) &&
          !addsToRevenue(text, span, t.start) &&
          !backsWithAmount(text, span, t) &&
          !isLargestShareTotal(text, span, t.start, t.end) &&
          !(t.money && inDeniedIdentity(text, t.money.start)) &&
          !(t.money && isFinalBill(text, span.start, t.money.start)) &&
          !(t.money && isPossibleRevenue(text, span.start, t.money.start, t.money.end)) &&
          !(t.money && isExpectedRevenue(text, span, t.money.start, t.money.end)) &&
          !valuesCompanyAt(beforeIn(text, span, t.start, 200))),
    );
    const told = withDollarConversionsPreferred(text, withoutConversionsOfDropped(text, ts, filtered));
    // Goods put to work beside a contract's amount are that contract's; beside money dropped (the site's capital
    // investment) they still tell their purchase.
    const kept = told.some((t) => t.money) ? told.filter((t) => !t.deploys) : told;
    if (kept.length === 0) continue;
    const ownGoods = kept.some((t) => t.deploys);
    // "Nvidia is investing $2 billion in Nebius and the two will work together … 5 GW": a sentence whose every
    // amount was another kind of money (a stake, results, a build) is about that money; its companies are not
    // paired on what is left (a power figure, a contract word).
    // One that still buys ("s'est engagé à acheter pour 250 milliards … de services Azure") keeps its pair.
    if (
      !loanAmounts &&
      ts.some((t) => t.money) &&
      !kept.some((t) => t.money) &&
      ts.some((t) => stakeOrOwnMoney(text, span, t)) &&
      !kept.some((t) => t.deploys) &&
      // Committing money to a joint venture buys nothing from the partner.
      (!BUYS_OR_COMMITS_RE.test(sentenceText) ||
        ts.some((t) => t.money && intoJointVenture(text, t.money.end)))
    )
      continue;
    // "Microsoft has signed contracts with Nebius, IREN and Nscale that together total about $60 billion of GPU
    // capacity": a deal stated without a figure speaks for a sentence with no amount of its own; one whose amounts
    // were all dropped (a sum, a stake, money raised) is about them.
    // Land bought for the site is the company's own spending: the lease told beside it stands ("paid $96 million to
    // acquire 200 acres of land and signed a data center lease with Microsoft"). Asked last: most sentences stop before.
    if (
      ts.some((t) => t.money) &&
      !kept.some((t) => t.money) &&
      kept.every((t) => t.stated && !t.deploys) &&
      !ts.every((t) => !t.money || isLandPurchaseAmount(text, span, t.money.start, t.money.end))
    )
      continue;
    // "OpenAI denied reports that ChatGPT will run on Google Cloud": a deal told without a figure and denied is none.
    if (kept.every((t) => t.stated) && DENIED_RE.test(sentenceText)) continue;
    // "… capacity is 597 MW, with an aggregate contract value of $16.8 billion, including the lease with
    // Fluidstack": a sentence whose money is a company's total over its contracts sums them; its power figure is
    // theirs too, and names no deal of the company named.
    if (!kept.some((t) => t.money) && ts.some((t) => t.money && isCompanyTotal(text, span, t))) continue;
    // "Zum Vergleich: In Texas bauen Oracle und OpenAI …": a recap told to size the news against, with no value of
    // its own, names no deal of its own.
    if (!kept.some((t) => t.money) && opensComparison(sentenceText)) continue;
    let parties = partiesIn(text, span, registrant);
    // A row of a table whose heading names the landlord's and the tenant's columns pairs those two cells' companies
    // (table-column.ts); a row with one of them unnamed ("unnamed hyperscaler") borrows no party from the row above.
    if (parties.length > 0 && tableRole(text, parties[0]!.start) !== null) {
      parties = parties.filter((p) => {
        const role = tableRole(text, p.start);
        return role === 'buyer' || role === 'provider';
      });
      if (new Set(parties.map((p) => p.company.id)).size < 2) continue;
    }
    // A bullet under its company's heading names that company (heading-label.ts); no section above lends it a party.
    const heading = item >= 0 ? headingLabel(text, item) : null;
    const headed = heading?.bare && !parties.some((p) => !p.weak) ? heading.company : null;
    if (headed) parties = [unnamedParty(headed, span.start), ...parties];
    // "L'accord fait partie d'une collaboration plus large entre Hut 8 et Anthropic": the two sides of the frame a
    // deal belongs to are no pair of it; a sentence left with fewer than two companies tells no deal of its own.
    const frame = broaderCollaborationParties(text, parties);
    if (frame.size > 0) {
      parties = parties.filter((p) => !frame.has(p));
      if (new Set(parties.filter((p) => !p.weak).map((p) => p.company.id)).size < 2) continue;
    }
    // "… a capacity agreement between the two firms and comes amid CoreWeave's rise, driven by ties with Nvidia":
    // the pair is the one named before; the companies named after the words that point back are no party.
    const pointedBack = partiesAfterPairAnaphor(text, span, parties);
    if (pointedBack.size > 0) parties = parties.filter((p) => !pointedBack.has(p));
    // The companies the amount's own sentence names (before any is gathered from elsewhere): a third one warns.
    const sentenceParties = parties;
    let evidence: Span = span;
    // The pair was borrowed from the sentence that first told this figure (restated-amount.ts).
    let restatedPair = false;
    const money = kept.filter((t) => t.money);
    // "companies such as OpenAI and xAI scrambling to secure capacity": with no amount, examples of a class of actors
    // are no parties; a sentence left with fewer than two companies tells no deal (see class-examples.ts).
    if (money.length === 0) {
      const examples = classExamples(text, parties);
      if (examples.size > 0) {
        parties = parties.filter((p) => !examples.has(p));
        if (new Set(parties.filter((p) => !p.weak).map((p) => p.company.id)).size < 2) continue;
      }
    }
    // "chip supply agreements with AMD, for 6 gigawatts, and with Broadcom, for 10 gigawatts": with no amount, each
    // power may bind its own pair (a count of GPUs is the goods of one of them).
    // Only a power whose own "with" names a company since the power before ("245 MW et potentiellement 2 GW" is one
    // site's).
    const powers = kept.filter((t) => !t.stated && POWER_UNIT_RE.test(text.slice(t.start, t.end)));
    const ownPowers = powers.filter(
      (t, i) =>
        i > 0 &&
        parties.some(
          (p) =>
            !p.weak &&
            p.start >= powers[i - 1]!.end &&
            p.start < t.start &&
            WITH_OBJECT_BEFORE_RE.test(textBefore(text, p.start, 24)),
        ),
    );
    const positions = (
      money.length > 0
        ? [...money, ...kept.filter((t) => t.stated)]
        : ownPowers.length > 0
          ? [...new Set([kept[0]!, powers[0]!, ...ownPowers])]
          : kept.slice(0, 1)
    ).map((t) => t.start);
    // A brand named as a product ("tens of thousands of Nvidia GPUs") does not make a second party.
    const single = new Set(parties.filter((p) => !p.weak).map((p) => p.company.id)).size === 1;
    // "Le groupe a signé …", "der Anbieter hatte …": the company the sentence's anaphoric subject stands for.
    const named = single ? parties.find((p) => !p.weak)?.company : undefined;
    // "La australiana proveerá a Microsoft capacidad …; para ello comprará equipos a Dell": an anaphoric subject
    // stands for its referent however many companies the rest of the sentence names.
    // Not after "El"/"Il", which the anaphor's pattern reads as the pronouns "él"/"il" ("El pacto firmado con
    // FluidStack …"): with one company named that reading has long served; beside several it would pair a noun.
    // Only when no clause names two of them: "los dos contratos que TeraWulf firmó con Fluidstack" is theirs.
    const others =
      named || ARTICLE_OPENING_RE.test(sentenceText.slice(0, 60)) || twoInOneClause(text, parties)
        ? []
        : parties.filter((p) => !p.weak).map((p) => p.company);
    // "… Meta plans to invest $600 billion. The plan includes a $10 billion contract with Google Cloud": the plan's
    // owner (plan-owner.ts), not the referent "El plan" would read as "él".
    const planOwner = named ? ownerOfPlanAgain(text, sentenceText, span.start) : null;
    const referent =
      planOwner && planOwner.id !== named!.id && canDeal(planOwner, named!)
        ? planOwner
        : (named || others.length > 0) && !(registrant && opensOnRegistrantTerm(sentenceText))
          ? referentOf(
              text,
              span,
              subjectOf,
              (at) => previousSentence(text, at),
              named
                ? (c) => c.id !== named.id && canDeal(c, named)
                : (c) => others.every((o) => o.id !== c.id) && others.some((o) => canDeal(c, o)),
            )
          : null;
    // The signer of a roundup's "$9.7 billion with IREN": the sentence's anaphor's referent, else the article's.
    let signer: CompanyEntry | null | undefined;
    const pairSubject = (): CompanyEntry | null => {
      signer ??= referentOf(text, span, subjectOf, (at) => previousSentence(text, at)) ?? subjectOf();
      return signer;
    };
    // "These include Nebius ($19.4 billion), IREN ($9.7 billion) and Lambda", "Tra questi figurano …": a list of the
    // previous sentence's deals, each with the company that list opener stands for.
    // "New contracts include …" names no anaphor: the article's subject, when the list does not name it.
    const notListed = (c: CompanyEntry): boolean => !parties.some((p) => p.company.id === c.id);
    const articleSubject = (): CompanyEntry | null => {
      const subject = subjectOf();
      return subject && notListed(subject) ? subject : null;
    };
    const listReferent =
      !referent && !single && money.length > 0 && LIST_OPENER_RE.test(sentenceText)
        ? (referentOf(text, span, subjectOf, (at) => previousSentence(text, at), notListed) ??
          articleSubject())
        : null;
    const standIn = referent
      ? subjectStandIn(span, item, parties, referent, false, !named)
      : listReferent
        ? unnamedParty(listReferent, span.start)
        : null;
    if (standIn) parties = [standIn, ...parties];
    // "Nebius will rent out chips for $5 billion, while Crusoe signed a multibillion-dollar agreement with the
    // company": the "with" object stands for the company the sentences before are about.
    const objectAt = registrant || standIn ? -1 : objectAnaphorAt(sentenceText);
    const objectReferent =
      objectAt >= 0
        ? referentOf(text, span, subjectOf, (at) => previousSentence(text, at), notListed, true)
        : null;
    const objectParty: Party | null = objectReferent
      ? {
          company: objectReferent,
          start: span.start + objectAt,
          end: span.start + objectAt,
          weak: false,
          pronoun: true,
        }
      : null;
    // A brand named as a product ("tens of thousands of Nvidia GPUs") is no second party to stop looking for one,
    // unless the sentence buys the goods ("IREN acquista da Dell GPU").
    const buysGoods = isPurchase(text, span, span.end) || ownGoods;
    // The end user named as such ("Endnutzer ist Anthropic") is no party either, nor the party of another contract
    // set beside the deal ("in addition to the Microsoft contract"): the pair is looked for elsewhere.
    const namedCompanies = (ps: Party[]): number =>
      new Set(
        ps.filter((p) => !p.endUser && !p.otherDeal && (buysGoods || !p.product)).map((p) => p.company.id),
      ).size;
    // "OpenAI signs $38 billion with AWS, cuts its reliance on Microsoft. The seven-year contract gives access to
    // hundreds of thousands of Nvidia GPUs": a fleet with no company of its own, after a sentence that told the
    // deal with its amount, is that deal's detail; its companies are not to be paired again.
    if (money.length === 0 && namedCompanies(parties) === 0 && prev1 && hasMoneyIn(found, prev1)) continue;
    // "an AI cloud provider powering Mistral, Character.AI, Poolside and Black Forest Labs": a roster, no contract.
    if (money.length === 0 && namesCustomerRoster(sentenceText)) continue;
    // "Hut 8 signed a $7 billion lease … . The tenant is Fluidstack.": the other party, named by its role at the
    // head of the next sentence, comes before any company gathered from the sentences before.
    const namedNext =
      named && money.length > 0 && next && next.start >= span.end && namedCompanies(parties) < 2
        ? counterpartyNamedNext(text, next.start, next.end, named)
        : null;
    // The pair itself: the sentence's one company and the one named by its role next, however far the hedge before
    // the name puts it from the amount ("… with an investment-grade hyperscaler. The tenant is believed to be
    // Microsoft": the amount's unnamed counterparty is that company).
    let namedNextPair: Party[] | null = null;
    if (namedNext && CONTRACT_WORD_RE.test(sentenceText)) {
      const own = parties.find((p) => !p.weak && p.company.id === named!.id);
      namedNextPair = own ? [own, { ...namedNext, weak: false }] : null;
      parties = [...parties, { ...namedNext, weak: false }];
      evidence = { start: span.start, end: next!.end };
    }
    // "AWS joins a long list of OpenAI suppliers. The startup will buy $300 billion of capacity from Oracle, and its
    // contracts with CoreWeave …": the stand-in of a sentence that names only sellers is the lab named before.
    if (prev1 && item < 0 && money.length > 0 && namedCompanies(parties) >= 2) {
      const lab = labOfStandIn(sentenceText, parties, partiesIn(text, prev1, registrant));
      // Two labs before: which one the stand-in is, is a guess; its sellers are still not each other's pair.
      if (lab === null) continue;
      if (lab) parties = [unnamedParty(lab, span.start), ...parties];
    }
    // "… a few hours after the same buyer disclosed a $9.7 billion contract with Australia's IREN": the buyer of the
    // deal told last (same-party.ts), whatever anaphor the sentence's subject was read as ("el mismo" as "él").
    const ownNames = parties.filter((p) => !p.pronoun);
    const sameRef =
      namedCompanies(ownNames) === 1 ? sameParty(sentenceText, out[out.length - 1]?.mention) : null;
    const sameOf = sameRef ? companyById(sameRef.id) : undefined;
    const toldAsSame =
      sameOf !== undefined &&
      ownNames.every((p) => p.company.id !== sameOf.id) &&
      canDeal(sameOf, ownNames[0]!.company);
    if (toldAsSame) parties = [unnamedParty(sameOf, span.start), ...ownNames];
    if (namedCompanies(parties) < 2) {
      // The parties are often named in the sentence before ("entered into an agreement with X. The total value…").
      // Prefer the nearest earlier sentence that names a whole pair; else gather what the last two name.
      const own = parties;
      let gathered = parties;
      // "The Company entered into a lease for …" with no counterparty named: it has none to borrow from earlier sentences.
      // A live blog's time-stamped item, a "Separately," sentence: news of its own, no party from an earlier item.
      const ownItem = opensOwnItem(sentenceText);
      // "… A $38 billion deal to power the next era of AI": a figure restated with no company of its own is the
      // pair's it was first told with, not the pair of the sentence just before (see restated-amount.ts).
      const restated =
        item < 0 && namedCompanies(own) === 0
          ? restatedFrom(
              text,
              span,
              found,
              money,
              (s) =>
                new Set(
                  partiesIn(text, s, registrant)
                    .filter((p) => !p.downstream && !p.weak && !p.product)
                    .map((p) => p.company.id),
                ),
            )
          : null;
      if (restated) {
        parties = partiesIn(text, restated, registrant).filter((p) => !p.downstream);
        restatedPair = true;
      }
      // "…: son rival OpenAI a conclu des accords …": the rival of the company told before borrows no party from it.
      const ownNamed = own.filter((p) => !p.weak);
      const rivalOfBefore = ownNamed.length === 1 && introducedAsRival(text, ownNamed[0]!.start);
      let prev =
        (registrant && opensOnRegistrantTerm(sentenceText) && entersWithoutCounterparty(sentenceText)) ||
        ownItem ||
        headed ||
        toldAsSame ||
        restated ||
        rivalOfBefore ||
        takesFromUnknownCompany(sentenceText) ||
        (money.length > 0 && isSubheading(text, span))
          ? null
          : prev1;
      let siblings = 0;
      const goodsAlone = money.length > 0 && ordersGoodsAlone(text, span, own, span.end);
      const capacityNotGoods = buysCapacityNotGoods(sentenceText);
      for (let k = 0; k < 2 && prev; k++) {
        // An item of a list reads its own item and the lead-in that introduces the list, never a sibling item:
        // an amount binds to the parties of its own bullet.
        if (item >= 0 && siblings < MAX_SIBLINGS) {
          const other = listItemAt(text, prev.start);
          if (other >= 0 && other !== item) {
            siblings++;
            k--;
            prev = previousSentence(text, prev.start);
            continue;
          }
        }
        // "Lire aussi : … - … remboursé par Tesla après l'annulation de sa commande": a teaser of another story lends
        // no party to the article under it.
        if (inRelatedLinks(text, prev.start)) break;
        const prevText = text.slice(prev.start, prev.end);
        // "… a ten-year contract with Fluidstack. Google will backstop $1.8 billion of Fluidstack's lease obligations.
        // The contract is worth about $3.7 billion": a guarantee's sentence between lends no party to the contract
        // named again after it; the sentence before it does, when it names the tenant the guarantee names after its
        // guarantor and not the guarantor itself.
        if (
          k === 0 &&
          namedCompanies(own) === 0 &&
          DEAL_AGAIN_OPENING_RE.test(sentenceText) &&
          BACKSTOP_WORD_RE.test(prevText) &&
          hasMoneyIn(found, prev)
        ) {
          const before = previousSentence(text, prev.start);
          const [guarantor, ...tenants] = findCompanyMentions(text, prev.start, prev.end).map(
            (m) => m.company.id,
          );
          const namedBefore = before
            ? findCompanyMentions(text, before.start, before.end).map((m) => m.company.id)
            : [];
          if (
            before &&
            !namedBefore.includes(guarantor ?? '') &&
            namedBefore.some((id) => tenants.includes(id))
          ) {
            prev = before;
            continue;
          }
        }
        // A sentence that points back at its pair past other companies ("between the two firms … ties with
        // Nvidia") takes the pair even from a takeover's sentence: the two firms of both.
        if (pointedBack.size === 0 && lendsNoParties(prevText, () => hasMoneyIn(found, prev!))) break;
        // "Lambda's co-founder said …": a person's employer lends no party (person-employer.ts).
        if (!hasTriggerIn(found, prev) && namesOnlyPeoplesEmployers(text, prev)) {
          prev = previousSentence(text, prev.start);
          continue;
        }
        // "… a campus leased from Ionic Digital. The operations start in 2026": a sentence between that leases from
        // a company the table does not know has its own counterparty; the sentences before it lend none past it.
        if (k > 0 && takesFromUnknownCompany(text.slice(prev.end, span.start))) break;
        // A roster of customers lends no party to the sentence after it.
        if (!hasMoneyIn(found, prev) && namesCustomerRoster(prevText)) break;
        // A list's item never borrows the parties of a sentence before the list that states an amount of its own
        // (another deal's: "OpenAI signed $38 billion with AWS. Its other commitments: • Stargate: $500 billion").
        if (item >= 0 && siblings === 0 && hasMoneyIn(found, prev)) break;
        // A section's heading row ("CoreWeave: about $10 billion" under the paragraph on Lambda) opens a section:
        // the paragraph above it is the section before's, and lends it no party.
        // It is the article's subject's deal with the company that labels it, as a tally's row is.
        if (item >= 0 && k === 0 && isSectionHeadingRow(text, item)) {
          const label = own.find((p) => !p.weak)?.company;
          const subject = label ? subjectOf() : null;
          if (label && subject && subject.id !== label.id && canDeal(subject, label))
            parties = [unnamedParty(subject, span.start), ...own];
          break;
        }
        // An earlier sentence's end user ("The capacity will support Anthropic's workloads") is no party of a
        // later amount.
        const named = withAnaphorSubject(
          text,
          prev,
          partiesIn(text, prev, registrant).filter(
            (p) => !p.downstream && !(capacityNotGoods && p.weak && isChipMaker(p.company)),
          ),
          subjectOf,
        );
        // "… a $17.4 billion contract with Microsoft in September. Then a $3 billion agreement with Meta": a subjectless
        // sentence whose one company is the object of "with", after a sentence whose companies are all objects of
        // "with" with an amount of their own, is that deal's sibling; the subject is the sentence's before.
        if (k === 0 && item < 0 && hasMoneyIn(found, prev) && siblingObjects(text, own, named, span)) {
          prev = previousSentence(text, prev.start);
          continue;
        }
        // "… in talks with CoreWeave to rent servers. Google has placed orders for chips worth $10 billion": the
        // company's own goods order borrows no capacity provider (own-goods-order.ts).
        if (goodsAlone && !lendsGoodsSeller(named)) break;
        if (siblings > 0) {
          // The list's lead-in: its parties, the own item's amount; the siblings in between stay out. A sentence
          // with an amount of its own that does not open the list (no colon) is another deal's, not a lead-in.
          // A company that labels a row of the list is that row's party ("• Microsoft: $250 billion" above "• AWS:
          // contract worth $38 billion"), not a party of the others, though the lead-in names it too.
          const labels = rowLabels(text, item);
          const lead = named.filter((p) => !labels.has(p.company.id));
          const leadIn = !hasTriggerIn(found, prev) || /:\s*$/.test(prevText);
          if (leadIn && namedCompanies([...lead, ...own]) >= 2) parties = [...lead, ...own];
          break;
        }
        // "Con Microsoft … per 250 miliardi. CoreWeave, a sua volta, ha esteso la collaborazione …": a sentence
        // before with an amount of its own is another deal's; the article's subject is the other party.
        const own1Party = own.find((p) => !p.weak);
        const own1 = own1Party?.company;
        // "… after the Microsoft agreement of September, worth $17.4 billion": an earlier deal's counterparty is
        // paired with the article's subject, never with the company of the sentence before.
        const background =
          own1Party !== undefined && namesBackgroundDeal(text, own1Party.start, own1Party.end);
        // "… con Microsoft. Para cumplirlo comprará equipos a Dell por 5.800 millones": a purchase whose buyer is
        // left unsaid buys for the deal of the sentence before; its subject buys, not the article's.
        const elidedBuyer =
          own1Party !== undefined && !background && buysFromNamedSellerOnly(text, span, own1Party, own);
        // "Microsoft e IREN pactan … . Acuerdo adicional con Dell por 5.800 millones": who of the two buys the goods
        // is unsaid; the maker's sale is left unpaired (see unsaid-goods-buyer.ts).
        if (
          k === 0 &&
          (money.length > 0 || CONTRACT_WORD_RE.test(sentenceText)) &&
          !elidedBuyer &&
          !buysGoods &&
          goodsBuyerUnsaid(own, named)
        )
          break;
        // A budget told in passing after the company that opens the sentence before is no deal of its own
        // (spending-aside.ts): that company, not the article's subject, is the pair's other party.
        const subject =
          k === 0 &&
          item < 0 &&
          own1 &&
          !elidedBuyer &&
          (background || hasTriggerIn(found, { start: prev.start + budgetAsideEnd(prevText), end: prev.end }))
            ? subjectOf()
            : null;
        // "… mit Nscale einen Vertrag über 14 Milliarden Dollar. Nscale soll dafür … bereitstellen": the deal before
        // goes on; its pair, not the article's subject, is this sentence's (continued-deal.ts).
        if (
          subject &&
          subject.id !== own1?.id &&
          canDeal(subject, own1!) &&
          !named.some((p) => p.company.id === subject.id) &&
          !(continuesPreviousDeal(sentenceText) && named.some((p) => p.company.id === own1?.id))
        ) {
          parties = [unnamedParty(subject, span.start), ...own];
          break;
        }
        // "… the capacity for the Facebook owner … . The deal adds to the contract signed in September with
        // Microsoft": an earlier deal's counterparty with no clear subject to pair it with borrows no party from the
        // sentence just before (the new deal's); the sentence before that one lends its companies.
        if (background && k === 0 && item < 0 && !subject && !elidedBuyer && named.some((p) => !p.pronoun)) {
          prev = previousSentence(text, prev.start);
          continue;
        }
        // "Microsoft, Nvidia and Anthropic announce … . The startup commits to buy $30 billion of Microsoft's
        // cloud": the amount's stand-in is the lab the sentence before names, not whichever company is left there.
        // A capacity with no amount ("la jeune pousse décroche une option auprès de Microsoft pour 1 gigawatt"): the
        // stand-in is the lab too, never a company left over from the sentence before; with no amount of its own the
        // sentence adds nothing to the lab's deal and is left unpaired (saying less than a second mention).
        const lab = k === 0 && item < 0 ? labOfStandIn(sentenceText, own, named) : undefined;
        if (lab !== undefined) {
          if (lab && money.length > 0) parties = [unnamedParty(lab, span.start), ...own];
          break;
        }
        // "Nebius e IREN, i primi due tasselli" over "… il gruppo olandese Nebius, con un accordo da 17,4 miliardi": a
        // heading that joins the sentence's own company to others by "and" lists the section's subjects, its siblings
        // ("CoreWeave Expands Agreement with OpenAI" still names a pair).
        if (
          own1 !== undefined &&
          named.some((p) => p.company.id === own1.id) &&
          (isSectionHeading(text, prev) || isSubheading(text, prev)) &&
          coordinatedNames(text, named)
        )
          break;
        // "… Nebius, con un accordo da 17,4 miliardi. A inizio novembre è arrivata IREN: … fornirà a Redmond … per 9,7
        // miliardi": the sentence before told its own seller's deal; a seller named there is another item of the
        // tally, never this seller's customer (a neocloud renting a host's halls is told in its own sentence, or the
        // tiers order them).
        if (
          own1 !== undefined &&
          money.length > 0 &&
          sellsOnly(own1.id) &&
          hasTriggerIn(found, prev) &&
          named.some((p) => !p.pronoun && p.company.id !== own1.id) &&
          named.every(
            (p) =>
              p.pronoun ||
              p.company.id === own1.id ||
              (sellsOnly(p.company.id) && p.company.tier === own1.tier),
          )
        )
          break;
        // "… acordos com Nscale, Nebius, CoreWeave, Iren e Lambda. Apenas o acordo com a Nscale fornece 200.000 GPUs":
        // the members of a list the own company belongs to are its siblings, never its counterparty; the rest of the
        // sentence ("OpenAI ha già collaborazioni con Oracle, SoftBank e CoreWeave") still lends its subject.
        const inList = own1 !== undefined && memberOfLongList(text, named, own1.id);
        const lent = inList ? named.filter((p) => !memberOfLongList(text, named, p.company.id)) : named;
        // Only a stand-in left ("A empresa … com Nscale, Nebius, …"): who it is and which way it deals is a guess.
        if (inList && lent.every((p) => p.pronoun)) break;
        gathered = [...lent, ...gathered];
        if (namedCompanies([...lent, ...own]) >= 2) {
          parties = new Set(lent.map((p) => p.company.id)).size >= 2 ? [...lent, ...own] : gathered;
          evidence = { start: prev.start, end: span.end };
          break;
        }
        // "… 17,4 milliards.\n\nIREN\n\nAnnoncé lundi, l'accord avec IREN …": above a section's heading is another
        // section (another contract of the tally); its companies lend no party.
        if (isSectionHeading(text, prev)) break;
        prev = opensTimedItem(prevText) ? null : previousSentence(text, prev.start);
      }
      // "Milliardenauftrag: 4 Mrd. Dollar für Rechenleistung" over "Anthropic mietet GPU-Kapazität bei Crusoe.": a
      // headline that states the amount and names no company is the deal its dek names (see headline-lead.ts).
      const headlineNamed = namedCompanies(parties);
      const lead = !prev1 && headlineNamed <= 1 ? headlineLead(text, span, registrant) : null;
      if (lead && !hasMoneyIn(found, lead.dek) && namedCompanies(lead.parties) >= 2 && headlineNamed === 0) {
        parties = [...parties, ...lead.parties];
        evidence = { start: span.start, end: lead.dek.end };
      }
      // "Microsoft strikes $9.7 billion AI cloud deal" over "The software giant will get access to Nvidia chips
      // hosted by IREN": a headline naming one party and the amount, a dek naming the one other party and no amount.
      const counterparty =
        lead && headlineNamed === 1 && !hasMoneyIn(found, lead.dek)
          ? deksCounterparty(parties, lead.parties)
          : null;
      if (lead && counterparty) {
        parties = [...parties, counterparty];
        evidence = { start: span.start, end: lead.dek.end };
      }
      // "Der größere Vertrag … 1,3 Milliarden. Ein zweiter Vertrag über 200 Millionen …": a contract's sentence
      // naming no company, right after one that told the pair's other contract with the parties it borrowed.
      if (namedCompanies(parties) < 2 && own.length === 0 && item < 0 && prev1)
        parties = continuedPair(out[out.length - 1], prev1, sentenceText) ?? parties;
      // A filing's list of contracts or table of customers lists the registrant's own contracts: a row or bullet
      // naming one counterparty is a contract with the registrant.
      const ids = new Set(parties.map((p) => p.company.id));
      const counterparties = own.filter((p) => !p.weak && p.company.id !== registrant?.id);
      if (registrant && item >= 0 && ids.size === 1 && counterparties.length > 0 && !headerSaysNo(item)) {
        parties = [...own, unnamedParty(registrant, item)];
      }
      // A news roundup's row or bullet naming one company is a deal of the lead's buyer (see leadBuyer), else of
      // the company the article is about; an analyst's call ("- One broker initiated Hut 8 at Buy, citing 1.5 GW of
      // pipeline") tells none.
      const rows =
        single && item >= 0 && !ANALYST_CALL_RE.test(sentenceText)
          ? headed
            ? new Set([headed.id])
            : rowLabels(text, item)
          : null;
      // A row that names its company after a contract's "with" ("- Began deploying capacity under the agreement with
      // Microsoft") tells a deal of the company the page is about, not of the lead's buyer.
      const rowWith =
        rows !== null &&
        own.some((p) => !p.weak && CONTRACT_WITH_BEFORE_RE.test(beforeIn(text, span, p.start, 80)));
      const headingCompany = heading && !headed && heading.company.id !== named?.id ? heading.company : null;
      const rowSubject = rows
        ? headingCompany && canDeal(headingCompany, named!)
          ? headingCompany
          : rowWith
            ? subjectOf(rows)
            : (leadBuyer(text, out, item, rows) ?? leadInBuyer(text, item, rows) ?? subjectOf(rows))
        : null;
      const rowOf = rowSubject ? subjectStandIn(span, item, own, rowSubject, true) : null;
      if (rowOf && namedCompanies(parties) < 2) parties = [rowOf, ...own];
      // "L'autre grand donneur d'ordre, OpenAI, a vu son contrat porté à 22,4 milliards": the contract of the one
      // company a sentence names, with an amount, in an article about its counterparty (the subject).
      if (
        namedCompanies(parties) < 2 &&
        named &&
        !ownItem &&
        money.length > 0 &&
        CONTRACT_WORD_RE.test(sentenceText)
      ) {
        // "Specifically, that massive $5.5 billion lease agreement with Amazon Web Services", in a piece about
        // Cipher that names AWS as often: the company named after the contract's "with" is its counterparty, so
        // the stand-in is the article's subject among the others.
        const party = parties.find((p) => !p.weak && p.company.id === named.id);
        const subject =
          party && CONTRACT_WITH_BEFORE_RE.test(beforeIn(text, span, party.start, 80))
            ? subjectOf(new Set([named.id]))
            : subjectOf();
        const aside = subject && canDeal(subject, named) ? subjectStandIn(span, item, own, subject) : null;
        if (aside) parties = [aside, ...own];
      }
    }
    // "The largest contract in that backlog is Meta's order for up to $14.2 billion": one company's contract,
    // restated in an article about the other party, the article's subject.
    if (
      new Set(parties.map((p) => p.company.id)).size < 2 &&
      single &&
      restatesOneContractIn(text, span, ts)
    ) {
      const subject = pairSubject();
      const restated = subject ? subjectStandIn(span, item, parties, subject) : null;
      if (restated) parties = [restated, ...parties];
    }
    // "o acordo de nuvem com a startup": the "with" object's referent is the second party.
    if (new Set([...parties, ...(objectParty ? [objectParty] : [])].map((p) => p.company.id)).size < 2) {
      const carried = runningTotalAfter(
        text,
        span,
        money.flatMap((t) => (t.money ? [t.money] : [])),
        out[out.length - 1],
      );
      if (carried) out.push({ ...carried, order: order++ });
      continue;
    }
    // "by $1.4 billion, to about $3.2 billion": the increment and the total are one deal's, told once (the total).
    // Asked of the same amounts again for each position below: read once per amount of the sentence.
    const expansionTotals = new Map<MoneyAmount, boolean>();
    const expansionTotal = (m: MoneyAmount): boolean => {
      let known = expansionTotals.get(m);
      if (known === undefined) {
        known = isExpansionTotal(text, m);
        expansionTotals.set(m, known);
      }
      return known;
    };
    // The evidence is the same for every amount of the sentence: its dates are read once, when first asked.
    let evidenceDates: { endDate: string | null; termYears: number | null } | undefined;
    const datesOf = (
      evidenceText: string,
      after: string,
    ): { endDate: string | null; termYears: number | null } => {
      evidenceDates ??= {
        endDate: parseEndDate(evidenceText)?.date ?? parseEndDate(after)?.date ?? null,
        termYears: parseTermYears(evidenceText)?.years ?? null,
      };
      return evidenceDates;
    };
    const totalAt = money.find((x) => x.money && expansionTotal(x.money))?.start;
    // The increment told before that total: kept beside it (the mention's value, the total as running total).
    let incrementOfTotal: MoneyAmount | null = null;
    // The earlier contracts' part told right after a running total ("which includes $7B from the initial two
    // leases") is no deal of its own.
    const earlierParts = new Map<MoneyAmount, MoneyAmount | null>();
    const earlierPartOf = (x: MoneyAmount): MoneyAmount | null => {
      if (!earlierParts.has(x)) earlierParts.set(x, earlierPartOfTotal(text, x, span.end));
      return earlierParts.get(x) ?? null;
    };
    // So is the level a contract grew from, told right before the level it reached (expansion.ts levelLeft).
    const partStarts = new Set(
      money.flatMap((x) => {
        const part = x.money ? (earlierPartOf(x.money) ?? levelLeft(text, x.money)) : null;
        return part ? [part.start] : [];
      }),
    );
    for (const pos of positions) {
      const t = ts.find((x) => x.start === pos)!;
      if (t.money && partStarts.has(t.money.start)) continue;
      if (
        totalAt !== undefined &&
        t.money &&
        pos < totalAt &&
        (isIncrement(text, t.money) ||
          valuesAddedContract(text, span.start, t.money) ||
          (totalAt - t.money.end < 40 && BY_THEN_TO_BEFORE_RE.test(textBefore(text, totalAt, 120))))
      ) {
        incrementOfTotal = t.money;
        continue;
      }
      const priorDealOf = (m: MoneyAmount): Party[] | null =>
        priorDealPair(text, span, m.start, m.end, parties, prev1, () =>
          referentOf(text, span, subjectOf, (at) => previousSentence(text, at)),
        );
      const pairAt = (at: number): Party[] =>
        choosePair(
          text,
          evidence,
          // The anaphor is the amount's own counterparty when no company stands between them.
          objectParty &&
            Math.abs(objectParty.start - at) < OBJECT_ANAPHOR_REACH &&
            !parties.some((p) => (p.start - at) * (p.start - objectParty.start) < 0)
            ? [...parties, objectParty]
            : parties,
          at,
          ts.filter((x) => x.money).map((x) => x.start),
          registrant?.id ?? null,
          pairSubject,
          ownGoods,
        );
      // "…, following the $17.4 billion Microsoft contract announced in September": another contract's amount, told
      // beside its label (other-deal.ts); its other party is the filer or the page's subject (else the sentence's),
      // never the news's counterparty.
      const otherLabel = t.money ? otherDealLabel(text, parties, t.money.start, t.money.end) : null;
      let otherPair: Party[] | null = null;
      if (otherLabel) {
        const opener = parties.find(
          (p) => !p.weak && !p.otherDeal && SENTENCE_SUBJECT_BEFORE_RE.test(text.slice(span.start, p.start)),
        );
        const own = registrant ?? pairSubject() ?? opener?.company;
        if (!own || own.id === otherLabel.company.id || !canDeal(own, otherLabel.company)) continue;
        otherPair = [opener?.company.id === own.id ? opener : unnamedParty(own, span.start), otherLabel];
      }
      // "WULF | Fluidstack | … | ~$3.7bn | Google backstop $1.8bn": the cell's guarantor backs the row's landlord.
      const cell = t.money ? guaranteeCellStart(text, t.money.start) : -1;
      if (cell >= 0) {
        const guarantor = partiesIn(text, span, registrant).find(
          (p) => !p.weak && p.start >= cell && p.start < t.start,
        );
        const landlord = parties.find((p) => tableRole(text, p.start) === 'provider');
        if (!guarantor || !landlord || guarantor.company.id === landlord.company.id) continue;
        otherPair = [guarantor, landlord];
      }
      // "… to serve its $9.7 billion Microsoft contract": the subject's own contract, named by its label.
      const ownPair =
        evidence === span && t.money
          ? ownLabelledContract(text, span, parties, t.money.start, t.money.end)
          : null;
      let pair =
        otherPair ||
        namedNextPair ||
        ownPair ||
        (evidence === span &&
          relativeClausePair(text, span, parties, pos, () =>
            referentOf(text, span, subjectOf, (at) => previousSentence(text, at)),
          )) ||
        // "$14.2 billion and $11.9 billion commitments from Meta and OpenAI": each amount with its own counterparty.
        (evidence === span &&
          respectivePair(
            text,
            money.flatMap((x) => (x.money ? [x.money] : [])),
            parties,
            t.money?.start ?? -1,
          )) ||
        pairAt(pos);
      // "by $6.5B, increasing the ChatGPT creator's total spending with CoreWeave to $22.4B": the total reached is
      // the increment's deal, whose pair its own clause names (the total's clause may name one side only).
      if (incrementOfTotal && pos === totalAt) {
        const grown = pairAt(incrementOfTotal.start);
        // "The Meta deal comes days after CoreWeave expanded its agreement with OpenAI by $6.5B, bringing the total
        // to $22.4B": a company named as another deal's label is no party of the total the increment reached.
        const otherLabel = pair.some(
          (p) => labelledDeal(text, p) >= 0 && !grown.some((g) => g.company.id === p.company.id),
        );
        if (
          pair.length < 2 ||
          (grown.length === 2 && otherLabel && totalClauseNamesNone(text, span, parties, pos))
        )
          pair = grown;
      } else if (pos === totalAt && totalClauseNamesNone(text, span, parties, pos)) {
        // "… ampliara su acuerdo con OpenAI valorado en 6.500 millones, elevando el contrato total a 22.400
        // millones": the total grows the contract whose amount its clause follows, not the sentence's other deal.
        const before = money.filter((x) => x.money && x.start < pos).at(-1);
        const grown = before ? pairAt(before.start) : [];
        if (grown.length === 2) pair = grown;
      }
      // "La empresa … encuadra este contrato como su segundo gran pacto …, después del acuerdo por 17.400 millones con
      // Microsoft": no pair of the sentence's own, but an earlier deal of the stand-in subject's (prior-deal-clause.ts).
      if (pair.length < 2 && t.money) pair = priorDealOf(t.money) ?? pair;
      // "Oracle signed cloud agreements with OpenAI, xAI and Meta Platforms": a deal told without a figure with each
      // company of the subject's list, one mention each (pair.ts withListPairs).
      const listed = t.money || evidence !== span ? [] : withListPairs(text, span, parties);
      if (listed.length > 0) pair = listed[0]!;
      if (pair.length < 2) continue;
      // "Amazon remains its partner, and in October the lab expanded its use of Google TPUs": the lab is no Amazon,
      // and who it is would be a guess.
      if (
        evidence === span &&
        partyAsideFromStandIn(sentenceText, pos - span.start, partyOffsets(pair, span)) >= 0
      )
        continue;
      // "… for Meta, after the $17.4 billion agreement with Microsoft": an earlier deal's amount, whose pair is the
      // subject and the company after "with", never a customer named elsewhere in the sentence.
      if (t.money && misreadsPriorDeal(text, span, t.money.start, t.money.end, pair)) {
        const prior = priorDealOf(t.money);
        if (!prior) continue;
        pair = prior;
      }
      // "Nvidia metterà 10 miliardi e Microsoft 5 miliardi": two shares told side by side, no pair; "con Microsoft
      // por 17.400 millones y con Meta por 3.000 millones": the subject's second counterparty (parallel-shares.ts).
      const share =
        money.length > 0
          ? pairsParallelShares(
              text,
              span,
              money.flatMap((x) => (x.money ? [x.money] : [])),
              pair,
            )
          : null;
      if (share) {
        // The subject both were told with: the sentence's first company, else the one its anaphor stands for ("Il
        // gruppo olandese ha firmato contratti con Microsoft … e con Meta …").
        const named = share.repeatsWith ? sentenceSubject(parties, pair, span) : undefined;
        const stood = share.repeatsWith && !named ? pairSubject() : null;
        const subject = share.repeatsWith
          ? (named ??
            (stood && !pair.some((p) => p.company.id === stood.id)
              ? unnamedParty(stood, span.start)
              : undefined))
          : undefined;
        // The first share's amount goes with its own company, the second's with the company before it.
        const own = (t.money?.start ?? pos) === share.firstStart ? share.lead : share.gapped;
        const counterparty = pair.find((p) => p.company.id === own.company.id);
        if (!subject || !counterparty || !canDeal(subject.company, counterparty.company)) continue;
        pair = [subject, counterparty];
      }
      for (const chosen of listed.length > 0 ? listed : [pair]) {
        const [a, b] = chosen as [Party, Party];
        // "(OpenAI commitments totaling $22.4B and a Meta deal of $14.2B), with Microsoft …": another customer's deal.
        if (t.money && ownedOutsidePair(text, sentenceParties, t.money.start, [a, b])) continue;
        // "The $30 billion commitment is far smaller than the $250 billion … that OpenAI agreed to buy from Microsoft":
        // the companies after a comparative are the yardstick's, never the pair of an amount told before it.
        const amountEnd = t.money?.end ?? -1;
        if (
          amountEnd >= 0 &&
          [a, b].some((p) => p.start > amountEnd && comparativeBetween(text, amountEnd, p.start))
        )
          continue;
        const roles = (ownPair && tableRoles(a, b)) || assignRoles(text, evidence, a, b);
        const { margin, basis } = roles;
        let { buyer, provider } = roles;
        // Two labs deal only when a clause says who pays or rents from whom ("Anthropic to pay xAI"): the table's
        // word that a lab rents out its data centre never makes a pair of two labs named side by side.
        if (basis !== 'clause' && twoLabs(a.company, b.company)) continue;
        // "Vultr will install Nvidia GB300 systems": goods put to work were bought from their maker, whatever the
        // company table says the maker also rents.
        if (ownGoods && buyer.product && !provider.product && isChipMaker(buyer.company))
          [buyer, provider] = [provider, buyer];
        // "GPU Nvidia GB300 … comprará el equipamiento a Dell", "puces GB300 de Nvidia pour Microsoft": a brand named
        // as the goods is what is bought, never who buys.
        if (buyer.product) continue;
        const evidenceText = text.slice(evidence.start, evidence.end);
        // "Ces annonces complètent le contrat signé en septembre avec Microsoft. Ce contrat était alors valorisé à
        // 6,2 milliards", "Bereits im September hatte Cipher … abgeschlossen. Der Vertrag umfasst … drei Milliarden":
        // the earlier contract the sentence before tells (joined to the news, or in its own words), told again with
        // its amount.
        const retoldEarlier =
          evidence.start < span.start &&
          DEAL_AGAIN_OPENING_RE.test(sentenceText) &&
          (joinsNewsToContract(text.slice(evidence.start, span.start))
            ? tellsEarlierContract(text.slice(evidence.start, span.start))
            : tellsEarlierContractUndated(text.slice(evidence.start, span.start)));
        const m = loanAmounts ? null : t.money;
        // The backlog's aside ("un accord qui a porté son carnet de commandes à …") grows the backlog, not the contract.
        const statusSpan =
          backlogAside >= 0 && evidence === span
            ? { start: span.start, end: span.start + backlogAside }
            : evidence;
        let status = announcedDealStatus(text, evidence, span, statusAt(text, statusSpan, pos, statusMemo));
        if (status === 'expanded' && expandsAnotherPair(text, evidence, [a.company.id, b.company.id]))
          status = 'signed';
        // "With it, the contracts … now total $22.4 billion": in an expansion's sentence, a running total.
        const hypothetical = m ? toldAsPossible(textBefore(text, m.start, 80)) : false;
        // "il valore complessivo potrebbe arrivare a 19,4 miliardi": a total the option could reach is no running total.
        const total = m
          ? expansionTotal(m) ||
            (!mightReach(beforeIn(text, span, m.start, 60)) &&
              statesRunningTotal(text, span.start, m) &&
              (status === 'expanded' || followsIncrement(out, a.company.id, b.company.id, span.start, m.usd)))
          : false;
        const increment = m && !total ? isIncrement(text, m) : false;
        // "elevando o total para 3,2 mil milhões": the total the increment reached, told without its currency.
        const reached = increment && m ? bareTotalAfter(text, m) : null;
        // "… total … to approximately $11B, which includes $7B … from the initial two leases": the new contract adds the
        // rest; the total stands beside it.
        const earlierPart = m ? earlierPartOf(m) : null;
        const earlier = earlierPart ? earlierPart.usd : null;
        if ((total || earlier !== null) && STATUS_RANK[status] < STATUS_RANK.expanded) status = 'expanded';
        if (increment && status === 'signed') status = 'expanded';
        // "OpenAI will bei Oracle … 300 Milliarden Dollar einkaufen. Das berichtet das „Wall Street Journal“.": the
        // next sentence credits this one to hearsay (read only when it holds no amount of its own).
        if (status === 'signed' && next && next.start >= span.end && !hasTriggerIn(found, next))
          if (creditsPreviousToHearsay(text.slice(next.start, next.end))) status = 'reported';
        // "… with an investment-grade hyperscaler. The tenant is believed to be Microsoft": a guessed counterparty.
        if (status === 'signed' && namedNextPair && next && namesHedged(text.slice(next.start, next.end)))
          status = 'reported';
        // "… $10 billion cloud contract from Meta. According to two people who spoke to The Information, the deal
        // covers …": a later sentence names the news's source (later-credit.ts).
        if (
          status === 'signed' &&
          creditedLater(text, span, [a.company.id, b.company.id], (s) => hasTriggerIn(found, s))
        )
          status = 'reported';
        // "… with Oracle, the Wall Street Journal reported. The deal is worth $300 billion": credited just before.
        if (
          status === 'signed' &&
          prev1 &&
          !hasTriggerIn(found, prev1) &&
          creditedBefore(text, prev1, span, [a.company.id, b.company.id])
        )
          status = 'reported';
        // "… a $21 billion deal with CoreWeave. This new deal adds to a previous $14.2 billion agreement": an addition.
        if (
          status === 'signed' &&
          next &&
          next.start >= span.end &&
          joinsEarlierContract(text.slice(next.start, next.end))
        )
          status = 'expanded';
        // "… an expansion worth about $10 billion. Those talks ended in July 2024": the deal's end, told after it.
        if (
          status !== 'terminated' &&
          next &&
          next.start >= span.end &&
          !hasTriggerIn(found, next) &&
          endedInSentence(text.slice(next.start, next.end))
        )
          status = 'terminated';
        // "… according to people familiar with the matter. … Google confirmed the deal": a party's own word after all.
        if (
          status === 'reported' &&
          next &&
          next.start >= span.end &&
          confirmedAfter(text, next, found, [a, b])
        )
          status = 'signed';
        // The end date often sits in the next sentence ("This obligation continues through April 13, 2032");
        // that sentence is read only when it holds no amount of its own (it would be another deal's).
        const after =
          next && next.start >= span.end && !hasTriggerIn(found, next)
            ? text.slice(next.start, next.end)
            : '';
        const dates = datesOf(evidenceText, after);
        const { endDate } = dates;
        // Several amounts in one sentence: each takes only the term stated nearest it (amount-term.ts).
        const ownTerm =
          evidence === span && m
            ? termOfAmount(
                sentenceText,
                ts.flatMap((x) =>
                  x.money ? [{ start: x.start - span.start, end: x.end - span.start }] : [],
                ),
                { start: t.start - span.start, end: t.end - span.start },
              )
            : undefined;
        // "Meta aurait signé un accord de 10 milliards sur six ans avec Google Cloud. … la société est en pourparlers
        // avec Oracle pour … 20 milliards": an earlier sentence gathered for a party, holding an amount of its own,
        // states its own deal's term, not this one's; only the amount's own sentence on is read.
        const earlierAmount =
          evidence.start < span.start && hasTriggerIn(found, { start: evidence.start, end: span.start });
        const borrowedTerm = ownTerm === undefined && earlierAmount;
        const termYears =
          ownTerm !== undefined
            ? ownTerm
            : borrowedTerm
              ? (parseTermYears(text.slice(span.start, evidence.end))?.years ?? null)
              : dates.termYears;
        // The same for its kind: a guarantee told with that earlier amount is that amount's.
        const kindWords = `${
          evidence === span
            ? kindWordsOf(text, span, ts, t)
            : earlierAmount
              ? `${withoutBackstopWords(text.slice(evidence.start, span.start))}${text.slice(span.start, evidence.end)}`
              : evidenceText
        } ${kindWordsAfter(after)}`;
        // "Riot signed a ten-year lease with AMD": a host leasing its site to a maker is the landlord (host-landlord.ts).
        if (
          hostLeasesToMaker(basis, buyer.company, provider.company, kindWords) &&
          kindOf(kindWords, provider.company.tier, buyer.company.tier, provider.company.sellsCapacity) ===
            'datacenter_lease'
        )
          [buyer, provider] = [provider, buyer];
        const standIn = a.start === a.end || b.start === b.end;
        // "Die Anatomie des 45-Milliarden-Deals": a figure restated with its pair borrowed from the sentence that first
        // told it keeps its evidence to its own sentence, yet names neither party there: it earns no more trust than
        // the first telling (merge.ts keeps the higher of the two).
        const sameSentence =
          evidence === span && !(restatedPair && !(namedWithin(a, span) && namedWithin(b, span)));
        const confidence = confidenceOf({
          hasValue: m !== null,
          sameSentence,
          standIn,
          roleBasis: basis,
          contractWord: CONTRACT_WORD_RE.test(evidenceText),
          partyDistance: Math.max(Math.abs(a.start - pos), Math.abs(b.start - pos)),
          titleOnly: fromTitle,
          weakParty: a.weak || b.weak,
          hypothetical,
          thirdCompany: sentenceParties.some(
            (p) => !p.weak && p.company.id !== a.company.id && p.company.id !== b.company.id,
          ),
          severalAmounts: ts.filter((x) => x.money).length >= 2,
          crowded: inEnumeration(text, sentenceParties, a) || inEnumeration(text, sentenceParties, b),
          warnings: amountWarnings({
            sentence: sentenceText,
            start: m ? m.start - span.start : -1,
            end: m ? m.end - span.start : -1,
            partyAt: [a.start - span.start, b.start - span.start],
            sameSentence,
            standIn,
          }),
        });
        const mention: Mention = {
          buyer: toCompanyRef(buyer.company),
          provider: toCompanyRef(provider.company),
          valueUsd: m ? (earlier !== null ? m.usd - earlier : m.usd) : null,
          valueText: m && earlier === null ? m.text : null,
          originalCurrency:
            m && m.currency !== 'USD' && earlier === null
              ? { code: m.currency, amount: m.amount, rateToUsd: RATES_TO_USD[m.currency] }
              : null,
          qualifier: m?.qualifier ?? null,
          cumulative: !increment && earlier === null,
          ...(reached !== null ? { runningTotalUsd: reached } : {}),
          ...(m && earlier !== null ? { runningTotalUsd: m.usd } : {}),
          status,
          // Buying a maker's goods ("400,000 of Nvidia's GB200 processors") is a hardware purchase.
          // So is a chip maker's allocation of its chips to a customer ("access to 170,000 Nvidia GPUs").
          // A maker that runs its own cloud ("750 MW of Cerebras computing") sells capacity: kindOf reads its words.
          kind:
            !provider.company.sellsCapacity &&
            (basis === 'maker' ||
              (provider.product &&
                (ownGoods || isPurchase(text, evidence, t.start)) &&
                !BACKSTOP_WORD_RE.test(evidenceText)))
              ? 'hardware'
              : kindOfParties(kindWords, buyer.company, provider.company, text, evidence),
          endDate,
          termYears,
          language: languageOf(),
          evidence: evidenceText,
          evidenceStart: fromTitle ? 0 : evidence.start,
          evidenceEnd: fromTitle ? 0 : evidence.end,
          confidence,
        };
        if (sellerOnlyBuys(mention.kind, provider.company)) continue;
        if (m && fundsProject(buyer.company, text, span, m)) continue;
        // "Talen will supply Amazon's campus with 1.9 GW of nuclear power", "l'accordo con Meta garantirà il
        // funzionamento dell'impianto": electricity bought from a utility (tier 5) is no compute capacity, whatever
        // else the sentence's words suggest (a guarantee), and no deal here.
        if (provider.company.tier === UTILITY_TIER) continue;
        if (
          mention.kind === 'hardware' &&
          !m &&
          onlyInstallsGoods(
            evidenceText,
            text.slice(evidence.start, provider.start),
            sentenceParties.some(
              (p) =>
                !p.weak &&
                p.start < Math.min(buyer.start, provider.start) &&
                p.company.id !== buyer.company.id &&
                p.company.id !== provider.company.id,
            ),
          )
        )
          continue;
        // "The company has agreed to backstop $1.4 billion of obligations owed by Fluidstack": the guarantor's amount,
        // read as the tenant's lease only because the guarantor went unnamed. The guarantor the sentence's subject
        // stands for ("Le groupe de Mountain View … En août, il avait déjà garanti 1,8 milliard de dollars d'obligations
        // locatives … des baux signés par Fluidstack avec TeraWulf"), a hyperscaler or a chip maker, backs the landlord.
        if (m && mention.kind !== 'capacity_backstop' && isGuaranteedAmount(text, evidence, m.start, m.end)) {
          const guarantor = evidence === span ? pairSubject() : null;
          if (
            guarantor &&
            guarantor.tier >= 1 &&
            guarantor.tier < 2 &&
            guarantor.id !== buyer.company.id &&
            guarantor.id !== provider.company.id
          )
            out.push({
              a: unnamedParty(guarantor, span.start),
              b: provider,
              mention: { ...mention, buyer: toCompanyRef(guarantor), kind: 'capacity_backstop' },
              total,
              hypothetical,
              order: order++,
              fromTitle,
              roleMargin: margin,
              increment: null,
              ownSentence: true,
              earlierLead: false,
              earlier: tellsEarlierContract(
                amountClause(
                  text,
                  span,
                  pos,
                  money.map((x) => x.start),
                ),
              ),
            });
          continue;
        }
        out.push({
          a,
          b,
          mention,
          total,
          hypothetical,
          order: order++,
          fromTitle,
          roleMargin: margin,
          increment:
            total && m && pos === totalAt ? (incrementOfTotal ?? bareIncrementBefore(text, m)) : null,
          ownSentence: evidence === span,
          // Told as an order or a contract ("an order that diversifies it from Nvidia"), the goods are a deal of
          // their own whatever else the seller sells.
          deployed: t.deploys === true && mention.kind === 'hardware' && !DEAL_RE.test(sentenceText),
          earlierLead: m !== null && earlierDealsAmount(text, span, t),
          // An amountless mention reads its evidence ("xAI already rents H100 chips from Oracle"), a bounded part of
          // it: a run-on "sentence" may be a whole page.
          earlier:
            retoldEarlier ||
            tellsEarlierContract(
              m !== null
                ? amountClause(
                    text,
                    span,
                    pos,
                    money.map((x) => x.start),
                  )
                : evidenceText.slice(0, AMOUNTLESS_EARLIER_REACH),
            ) ||
            // "The expansion comes on top of the agreements TeraWulf unveiled on August 14:" over its rows: each row
            // tells an earlier contract.
            (item >= 0 && tellsEarlierContract(listLeadIn(text, item) ?? '')),
        });
      }
    }
  }
  return out;
}

/**
 * The pair of the candidate told just before (its evidence ends with the sentence before, in the body), for a
 * sentence that names no company but a contract of its own: the next contract of the same pair.
 */

function continuedPair(last: Candidate | undefined, prev: Span, sentence: string): Party[] | null {
  if (!last || last.fromTitle || last.ownSentence || last.mention.evidenceEnd !== prev.end) return null;
  if (!CONTRACT_WORD_RE.test(sentence)) return null;
  return [last.a, last.b];
}

/**
 * "Le groupe a signé …", "The company is also in talks …", "• Nscale → $14B": a sentence that names one company
 * and speaks of another without naming it (its referent, see referentOf; a row's is the article's subject). It
 * stands in as the other party (at the sentence start, read like a pronoun: only its own verbs give it a role).
 */
/** A preposition that names a deal's counterparty, then up to six words ("con la firma australiana de ‘data centers’ Iren"). */
const COUNTERPARTY_BEFORE_RE =
  /\b(?:with|from|to|con|com|avec|mit|da|bei|chez|aupr[èe]s de|a|an|al|alla|ao|[àa])\s(?:[\p{L}'’‘"“”«»-]+\s){0,6}$/iu;

/**
 * "Microsoft punta sugli Emirati. La tecnologica ha chiuso un accordo con IREN … Il contratto vale 9,7 miliardi": a
 * sentence before the amount that names one company and opens on an anaphoric subject ("the group", "la
 * tecnológica", "er") lends that subject's referent too, as the sentence itself would.
 */
function withAnaphorSubject(
  text: string,
  prev: Span,
  named: Party[],
  subjectOf: (rows?: ReadonlySet<string>) => CompanyEntry | null,
): Party[] {
  const ids = new Set(named.filter((p) => !p.weak).map((p) => p.company.id));
  if (ids.size !== 1 || !ANAPHOR_SUBJECT_RE.test(text.slice(prev.start, prev.start + 60))) return named;
  const onePart = named.find((p) => !p.weak)!;
  // The one company is the counterparty ("un acuerdo con IREN"), not part of the subject ("Il titolo Hut 8 è …").
  if (!COUNTERPARTY_BEFORE_RE.test(text.slice(Math.max(prev.start, onePart.start - 80), onePart.start)))
    return named;
  const one = onePart.company;
  const referent = referentOf(
    text,
    prev,
    subjectOf,
    (at) => previousSentence(text, at),
    (c) => c.id !== one.id && canDeal(c, one),
  );
  const standIn = referent ? subjectStandIn(prev, -1, named, referent) : null;
  return standIn ? [standIn, ...named] : named;
}

function subjectStandIn(
  span: Span,
  item: number,
  parties: Party[],
  subject: CompanyEntry,
  row = false,
  /** The anaphor's sentence names several companies beside it. */
  alongside = false,
): Party | null {
  const ids = new Set(parties.filter((p) => !p.weak).map((p) => p.company.id));
  if ((alongside ? ids.size === 0 : ids.size !== 1) || ids.has(subject.id)) return null;
  const at = row ? item : span.start;
  return unnamedParty(subject, at);
}

/** Named companies joined only by commas and "and" ("Nebius e IREN", "Nebius, IREN and Lambda"): a list. */
function coordinatedNames(text: string, named: readonly Party[]): boolean {
  const names = named.filter((p) => !p.pronoun).sort((x, y) => x.start - y.start);
  return (
    names.length >= 2 && names.slice(1).every((p, i) => LIST_GAP_RE.test(text.slice(names[i]!.end, p.start)))
  );
}

/**
 * Two companies named in one clause (no comma, semicolon or colon between them), not merely two joined by "and" ("où
 * Microsoft et Nvidia prévoient d'investir": co-subjects of one verb, not each other's counterparty; the last two of
 * a longer list still count).
 */
function twoInOneClause(text: string, parties: readonly Party[]): boolean {
  const strong = parties.filter((p) => !p.weak);
  return strong.some((p, i) => {
    if (i === 0 || p.company.id === strong[i - 1]!.company.id) return false;
    const between = text.slice(strong[i - 1]!.end, p.start);
    const listed = /,\s$/.test(text.slice(strong[i - 1]!.start - 2, strong[i - 1]!.start));
    return !/[,;:]/.test(between) && (listed || !/^\s(?:and|et|und|y|e|&)\s$/.test(between));
  });
}

/** A sentence opening (after an adverbial) on the article "el" or "il" (not French "il a", "il s'est": a pronoun). */
const ARTICLE_OPENING_RE = /^(?:[^,.;]{0,40},\s)?(?:el|il)\s(?!(?:a|avait|va|vient|est)\s|s['’])/i;

/**
 * "bringing the total value of its contracts with OpenAI to $22.4 billion", "across the three leases" of one
 * landlord and one tenant: a running total of one pair's contracts is an expansion, not an aggregate.
 */
/** Right after a sum: one of the contracts it sums, named ("—including one with", "dont un avec", "darunter einer
 * mit", "incluido uno con", "tra cui uno con", "incluindo um com"). */
const ONE_OF_MANY_AFTER_RE =
  /^(?:[^.;]|\.(?=\d)){0,20}?(?:—|–|-|,)\s?(?:including one (?:with|from)|dont (?:un|l['’]un) avec|darunter (?:einer|eines|einen) mit|incluido uno con|entre ellos uno con|tra cui uno con|fra cui uno con|incluindo um com|entre eles um com)\b/i;

function isRunningTotalOfOnePair(text: string, span: Span, t: Trigger): boolean {
  if (t.money && isExpansionTotal(text, t.money)) return true;
  const named = findCompanyMentions(text, span.start, span.end);
  const ids = new Set(named.map((m) => m.company.id));
  // "Together, the commitments reach …", "Insgesamt summieren sich die Zusagen auf …": a sum over the deals told.
  if (ids.size === 0 && SUM_LEAD_RE.test(text.slice(span.start, span.start + 40))) return false;
  const one = named[0];
  if (ids.size === 1 && one && one.end < t.start)
    return sumsOneCounterparty(beforeIn(text, span, one.start, 100), text.slice(one.end, t.start));
  // "the agreements between the two companies now reach": no company named, the pair of the sentence before.
  if (ids.size === 0 && t.money && statesRunningTotal(text, span.start, t.money)) return true;
  // "TeraWulf signed two colocation agreements with Fluidstack. The contracts total about $3.7 billion": no
  // company named, the sum of the one pair the sentence before names.
  if (ids.size === 0) {
    const prev = previousSentence(text, span.start);
    if (!prev) return false;
    const named = partiesIn(text, prev, null).filter((p) => !p.weak);
    return new Set(named.map((p) => p.company.id)).size === 2;
  }
  // Two companies that can deal with each other ("NVIDIA and AMD GPUs" are two sellers, summed).
  if (ids.size === 2) {
    const [a, b] = [...new Map(named.map((m) => [m.company.id, m.company])).values()];
    if (canDeal(a!, b!) && !namesTwoDeals(text, span.start, t.start)) return true;
  }
  // "OpenAI will buy $300 billion from Oracle, and its contracts with CoreWeave are worth up to $22.4 billion": the
  // amount's own clause sums the subject's contracts with the one company it names.
  const clauseStart = lastClauseBreak(text, span.start, t.start);
  const inClause = named.filter((m) => m.start > clauseStart && m.start < t.start);
  const only = inClause[0];
  return (
    inClause.length === 1 &&
    only !== undefined &&
    sumsOneCounterparty(text.slice(clauseStart, only.start), text.slice(only.end, t.start))
  );
}

/**
 * "amended their existing agreements to add up to $6.5 billion of additional commitments": an amount told as more
 * of something ("of additional", "supplémentaires", "zusätzlich", "adicionales", "aggiuntivi", "adicionais") is an
 * increment to the contracts, not their sum, whatever summing words ("add up to") it is told with.
 */
function addsToContracts(text: string, t: Trigger): boolean {
  return (
    t.money !== undefined &&
    t.money !== null &&
    INCREMENT_AFTER_RE.test(text.slice(t.money.end, t.money.end + 20))
  );
}

/**
 * "Including its earlier Fluidstack agreements, Cipher's contracts now total $8.5 billion", told after a deal with
 * another company (AWS): a sum over two counterparties' deals, not one pair's running total.
 */
function sumsAcrossCounterparties(
  text: string,
  span: Span,
  t: Trigger,
  last: Candidate | undefined,
  registrant: CompanyEntry | null,
): boolean {
  if (!last || last.fromTitle) return false;
  if (!sumsWithEarlierDeals(beforeIn(text, span, t.start, INVESTMENT_REACH))) return false;
  const named = new Set(findCompanyMentions(text, span.start, span.end).map((m) => m.company.id));
  if (registrant) named.add(registrant.id);
  return !(named.has(last.mention.buyer.id) && named.has(last.mention.provider.id));
}

/** A contract's noun, then its counterparty's preposition, just before a company: "lease agreement with", "contrat de
 * bail de 5,5 milliards de dollars avec", "Vertrag mit", "acuerdo con", "accordo con", "acordo com". */
const CONTRACT_WITH_BEFORE_RE =
  /\b(?:agreements?|deals?|contracts?|leases?|pacts?|accords?|contrats?|bail|Vertrag|Deal|Vereinbarung|Auftrag|acuerdos?|contratos?|arrendamiento|accord[oi]|contratt[oi]|acordos?)(?:\s[^\s,.;]+){0,6}?\s(?:with|avec|mit|con|com)\s(?:the\s|l[ae]\s|l['’]|der\s|dem\s|el\s|il\s|a\s|o\s)?$/i;

/** How much of an amountless mention's evidence is read for an earlier contract's words. */
const AMOUNTLESS_EARLIER_REACH = 600;

/** The company table's tier of power utilities (Constellation, Talen, Vistra, NextEra). */
const UTILITY_TIER = 5;

/** How far before an amount an investment told earlier in its sentence is looked for. */
const INVESTMENT_REACH = 300;

/** The running total's own clause ("…, bringing the total contract to $22.4 billion") names no company. */
function totalClauseNamesNone(text: string, span: Span, parties: readonly Party[], pos: number): boolean {
  const clauseStart = Math.max(span.start, text.lastIndexOf(',', pos), text.lastIndexOf(';', pos));
  return !parties.some((p) => p.start >= clauseStart && p.start < pos && !p.pronoun);
}

/** A side deal's amount: its own clause carries a stake's or a market's cue, tells an investment or earlier deals. */
/** "with", six languages, maybe with an article, right before a company: the company is an object. */
const WITH_OBJECT_BEFORE_RE =
  /(?:^|\s)(?:with|avec|mit|con|com)\s(?:(?:la|le|l['’]|el|il|a|o|der|dem|den)\s?)?$/i;

/**
 * The sentence's one company and every company the sentence before names are objects of "with", and the sentence
 * opens on no company of its own: parallel deals of an unnamed subject ("First, … with Microsoft. Then … with Meta").
 */
function siblingObjects(text: string, own: readonly Party[], named: readonly Party[], span: Span): boolean {
  const ownNamed = own.filter((p) => !p.weak);
  const prevNamed = named.filter((p) => !p.weak && !p.pronoun);
  const isObject = (p: Party): boolean => WITH_OBJECT_BEFORE_RE.test(textBefore(text, p.start, 24));
  return (
    ownNamed.length === 1 &&
    prevNamed.length > 0 &&
    isObject(ownNamed[0]!) &&
    ownNamed[0]!.start > span.start &&
    prevNamed.every(isObject)
  );
}

/** The amount is a named contract's: "IREN's $9.7 billion AI contract", "le contrat de 9,7 milliards d'IREN". */
function namesItsContract(text: string, span: Span, money: MoneyAmount): boolean {
  return ownedContractStart(text, span, money) >= 0 || isContractBesidePart(text, span, money);
}

/** A power trigger's unit (see POWER_RE). */
const POWER_UNIT_RE = /GW|MW|[Gg]igawatt|[Mm][ée]gawatt|[MmGg][ei]gavatio/;

/** How far before an amount a contract told as an outlay is read (past an aside between dashes). */
const OUTLAY_READ = 200;

function sideDealAmount(text: string, span: Span, t: Trigger, ceilings: Ceilings): boolean {
  const owned = t.money ? ownedContractStart(text, span, t.money) : -1;
  const near = withoutInvestorDescriptors(
    owned >= 0 ? text.slice(owned, Math.min(span.end, t.end + 80)) : nearAmount(text, span, t),
  );
  // "… garantirá US$ 1,8 bilhão das obrigações de aluguel da Fluidstack para viabilizar a dívida": the debt is the
  // guarantee's purpose, not its amount (backstop-purpose.ts).
  const cue = negativeCue('', near);
  // "un anticipo de 1.900 millones del contrato de 9.700 millones": the deposit's word is the part's (part-payment.ts).
  // "El contrato de nube está valorado en 9.700 millones": the contract is what is valued (contract-valued.ts).
  // "L'accordo con Nebius - una società emersa da Yandex - che rappresenta un investimento stimato fino a 19,4
  // miliardi": the contract told as its buyer's outlay, however far back past an aside.
  const contractOutlay =
    cue === 'equity-investment' &&
    (valuesTheContract(near) || outlayToldBefore(beforeIn(text, span, t.start, OUTLAY_READ)));
  const side =
    (cue === 'deposit' && t.money && isContractBesidePart(text, span, t.money)) ||
    (cue === 'capex' && t.money && namesItsContract(text, span, t.money)) ||
    contractOutlay
      ? null
      : cue;
  // "CoreWeave stock fell 6% even as the company announced a $14.2 billion agreement with Meta": the deal told as the
  // move's cause (or against it) keeps its amount.
  const causeOfMove =
    side === 'share-price' &&
    dealToldAsCause(text.slice(span.start, Math.min(span.end, t.end + 60)), t.start - span.start);
  if (side && !causeOfMove && !financesThroughGuarantee(text.slice(span.start, span.end), side)) {
    // "to invest up to $40 billion in Anthropic, a deal that includes 5 GW of compute": the same figure in a
    // headline ("strike $40B deal for 5 GW") is that investment's, no contract's value (ceiling-repeats.ts). Only
    // a body's sentence tells it so: a headline's "invests $17.4 billion in Nebius" may be loose words for a contract.
    if (
      t.money &&
      span.start > 0 &&
      side.includes('invest') &&
      investsTheAmount(text, span, t.money.start, t.money.end)
    )
      ceilings.set(t.money.usd, 'investment');
    return true;
  }
  // "could reach $17.7 billion with renewals": an option's ceiling, neither the contract's value nor an expansion.
  if (isOptionCeiling(text.slice(span.start, span.end), t.start - span.start, t.end - span.start)) {
    if (t.money) ceilings.set(t.money.usd, 'option');
    return true;
  }
  if (isFullUseProjection(text, span.end, t.end)) return true;
  if (t.money && namesEarlierContract(text, span, t.money.start, t.money.end)) return true;
  if (t.money && investmentShare(text, span, t.money.start)) return true;
  // A value word ("miliardi di dollari") after the figure of a comparison is that comparison's too.
  if (isComparisonAmount(text, span, t.money?.start ?? t.start)) return true;
  if (t.money && isLandPurchaseAmount(text, span, t.money.start, t.money.end)) return true;
  // "will now own 27% of OpenAI, valued at roughly $135 billion": a stake's worth (held-share.ts).
  if (t.money && isHeldShareWorth(text, span, t.money.start, t.money.end)) return true;
  // "valuing a megawatt of colocation capacity at $8 million to $17 million": a yardstick, no contract's value.
  if (t.money && isUnitPrice(text, span, t.money.start, t.money.end, t.money.usd)) return true;
  if (t.money && sizesUnknownCounterpartyDeal(text, t.money.start, t.money.end, span)) return true;
  return !contractOutlay && stakeOrOwnMoney(text, span, t, near);
}

/**
 * "Microsoft et Nvidia investiront jusqu'à 15 milliards de dollars dans la jeune pousse : jusqu'à 10 milliards pour le
 * fabricant de puces, jusqu'à 5 milliards pour le groupe de Redmond": the amounts after the colon share out the
 * investment told before it, with an amount of its own; they are its parts, no contract's value.
 */
function investmentShare(text: string, span: Span, start: number): boolean {
  const head = text.slice(span.start, start);
  const colon = head.lastIndexOf(':');
  // The shares open the list after the colon ("jusqu'à 10 milliards pour …, jusqu'à 5 milliards pour …"), the whole
  // told before it with its own amount.
  if (colon < 0) return false;
  const opening = text.slice(span.start + colon + 1, Math.min(span.end, start + SHARE_FIGURE_CHARS));
  if (!SHARES_OPENING_RE.test(opening) || !MONEY_FIGURE_RE.test(head.slice(0, colon))) return false;
  return negativeCue('', head.slice(0, colon))?.startsWith('equity-investment') ?? false;
}
/** Characters read from an amount's start for its first digit ("US$ 1"). */
const SHARE_FIGURE_CHARS = 5;
/** A list that opens on an amount, a few words before it ("up to", "jusqu'à", "hasta", "fino a", "bis zu"). */
const SHARES_OPENING_RE = /^\s?(?:\p{L}+['’]?\s?){0,3}(?:US)?[$€£]?\s?\d/u;
/**
 * The whole's own amount, its currency maybe left unsaid ("invertirán además hasta 15.000 millones en la startup"),
 * which parseMoney does not read as money.
 */
const MONEY_FIGURE_RE =
  /[$€£]\s?\d|\d\s?(?:billion|million|bn|mn|milliards?|millions?|miliardi|milioni|Milliarden|Millionen|mil millones|millones|bilh(?:ão|ões)|milh(?:ão|ões))\b/i;

/** The investing verb right before the amount ("to invest up to", "investir jusqu'à", "invertir hasta"). */
const INVESTS_BEFORE_RE =
  /\b(?:invest|investir|invertir|investire|investieren)\p{L}{0,4}\s(?:(?:up to|as much as|about|around|jusqu['’]à|environ|hasta|unos|fino a|circa|até|cerca de|bis zu|rund|etwa)\s)?(?:US)?[$€£]?\s?$/iu;
/**
 * The investment noun right before the amount ("an investment of up to $100 billion in OpenAI", "un investimento fino
 * a 100 miliardi di dollari in OpenAI"), read with the company the money goes into (investment-target.ts); "un
 * investimento di 38 miliardi per usare AWS" is an outlay.
 */
const INVESTMENT_NOUN_BEFORE_RE =
  /\b(?:investment|investissement|inversi[óo]n|investimento|Investition)(?: (?:of|de|di|da|von))?\s(?:(?:up to|jusqu['’]à|pouvant atteindre|hasta|fino a|até|bis zu)\s)?(?:US)?[$€£]?\s?$/iu;
/** The German verb after its object: "bis zu 40 Mrd. Dollar in Anthropic investieren". */
const INVESTS_AFTER_RE = /^[^.;,]{0,30}?\sin\s\p{Lu}[\p{L}\d.-]*\s(?:zu\s)?investier/u;

/** Is the amount itself the object of an investing verb (not a contract amount told beside an investment)? */
function investsTheAmount(text: string, span: Span, start: number, end: number): boolean {
  const before = beforeIn(text, span, start, 40);
  return (
    INVESTS_BEFORE_RE.test(before) ||
    INVESTS_AFTER_RE.test(afterIn(text, span, end, 60)) ||
    (INVESTMENT_NOUN_BEFORE_RE.test(before) && investsInCompany(text, end, before))
  );
}

/** "That investment", "Cet investissement", "Diese Investition", "Esta inversión", "Questo investimento", "Esse aporte". */
const THAT_INVESTMENT_RE =
  /^\W{0,3}(?:(?:this|that) (?:investment|funding)|(?:cet|ce) (?:investissement|financement)|diese (?:Investition|Finanzierung)|(?:esta|esa) (?:inversi[óo]n|financiaci[óo]n)|questo (?:investimento|finanziamento)|(?:esse|este) (?:investimento|aporte|financiamento))\b/i;

/**
 * "Nvidia committed £500 million to Nscale. That investment is part of a build-out plan estimated at £11 billion": the
 * next sentence calls the money an investment, and what that sentence tells is the investment's. Not when a contract
 * is named ("signed a $14 billion contract … This investment in capacity").
 */
function toldAsInvestment(text: string, span: Span): boolean {
  const opens = THAT_INVESTMENT_RE.test(text.slice(span.start, span.start + 30));
  if (!opens && !THAT_INVESTMENT_RE.test(text.slice(span.end, span.end + 30))) return false;
  const from = opens ? (previousSentence(text, span.start)?.start ?? span.start) : span.start;
  return !CONTRACT_NOUN_RE.test(text.slice(from, span.end));
}

/**
 * Money of a company's own (a stake bought, results, a build, money received): the sentence is about that money,
 * not a contract; unlike a loan or a building cost told beside a named contract.
 */
function stakeOrOwnMoney(text: string, span: Span, t: Trigger, near = nearAmount(text, span, t)): boolean {
  if (!t.money) return false;
  if (isCompanyResultsAmount(text, span, t.start, t.money.end)) return true;
  if (isCompanyMeasure(text, span, t.money.start, t.money.end)) return true;
  if (isSpendOrReceived(text, span.start, t.money.start, t.money.end)) return true;
  if (toldAsInvestment(text, span)) return true;
  // The investment told earlier in the sentence, within a bounded reach (a run-on "sentence" may be a whole page).
  // Money put into goods ("investit massivement dans le matériel avec un contrat …") buys them: no investment.
  const before = goodsBoughtNotInvested(beforeIn(text, span, t.start, INVESTMENT_REACH));
  return (
    isInvestmentAmount(before, near, clauseTail(text, span, t)) ||
    investsInCompany(text, t.end, before, () => {
      const prev = previousSentence(text, span.start);
      return prev ? text.slice(prev.start, prev.end) : '';
    })
  );
}

/**
 * "Including the two initial leases, which are expected to generate approximately $7 billion, total … is $11
 * billion": the earlier leases' own value, a contract of the pair told apart (see distinct-contracts.ts).
 */
function earlierDealsAmount(text: string, span: Span, t: Trigger): boolean {
  return isEarlierDealsValue(beforeIn(text, span, t.start, INVESTMENT_REACH));
}

/**
 * A sentence that tells a contract with a counterparty beside a company's capital spending, each with its own
 * amount: the spending's amount goes (its cue is read near it), the contract stays.
 */
function contractBesideCapex(sentence: string, ts: Trigger[]): boolean {
  return ts.filter((t) => t.money).length >= 2 && CONTRACT_WITH_RE.test(sentence);
}

/** A sentence opening on a list of the deals told before it ("These include", "The deals include", "Tra questi"). */
const LIST_OPENER_RE =
  /^\W{0,3}(?:(?:these|those|they|the (?:deals|contracts|agreements|commitments)|(?:new|recent|other|major|key) (?:deals|contracts|agreements|commitments|customers))\s(?:include|included|comprise)|(?:les |ses )?(?:nouveaux|r[ée]cents|autres) (?:contrats|accords|clients) (?:comprennent|incluent)|(?:neue|weitere) (?:Vertr[äa]ge|Deals|Kunden) (?:sind|umfassen)|(?:los )?(?:nuevos|otros) (?:contratos|acuerdos|clientes) incluyen|(?:i )?(?:nuovi|altri) (?:contratti|accordi|clienti) includono|(?:os )?(?:novos|outros) (?:contratos|acordos|clientes) incluem|among (?:them|these|those)|parmi (?:eux|elles|ceux-ci|celles-ci|ces (?:contrats|accords))|(?:ces|les) (?:contrats|accords) (?:comprennent|incluent)|darunter|dazu (?:geh[öo]ren|z[äa]hlen)|(?:entre|tra|fra) (?:ellos|ellas|estos|estas|questi|queste|essi|eles|elas|estes|estas)|(?:los|las) (?:contratos|acuerdos) incluyen|(?:i|gli) (?:contratti|accordi) (?:includono|comprendono)|(?:os|as) (?:contratos|acordos) incluem)(?![\p{L}])/iu;

/** "Somados, os compromissos chegam a …", "Together, the commitments …": a sum over all the deals told before. */
const SUM_LEAD_RE =
  /^\W{0,3}(?:somad[oa]s|together|combined|taken together|in total|altogether|au total|ensemble|insgesamt|zusammen|zusammengenommen|en conjunto|sumad[oa]s|in totale|complessivamente|no total|juntos)\b/i;

/** An amount of a backlog's sentence that is one company's contract, not the backlog (see backlog.ts). */
function backlogContractAmount(text: string, span: Span, t: Trigger): boolean {
  if (!t.money) return false;
  return (
    restatesOneContract(text, span.start, t.start) ||
    namesContractInBacklog(text, span.start, span.end, t.start, t.end)
  );
}

/** A backlog sentence whose every amount restates one named company's contract (see backlog.ts). */
function restatesOneContractIn(text: string, span: Span, ts: Trigger[]): boolean {
  const money = ts.filter((t) => t.money);
  return money.length > 0 && money.every((t) => restatesOneContract(text, span.start, t.start));
}

/**
 * "OpenAI signed $38 billion with AWS. Its other commitments: • Oracle: $300 billion …": the buyer of the deal stated
 * in prose just before a list is the buyer of the list's rows when it only ever buys (an AI lab: it sells no row).
 */
function leadBuyer(
  text: string,
  out: Candidate[],
  item: number,
  rows: ReadonlySet<string>,
): CompanyEntry | null {
  let lead: Candidate | undefined;
  // From the last candidate back, no further than the lead's reach: a long list stays linear.
  for (let i = out.length - 1; i >= 0 && !lead; i--) {
    const c = out[i]!;
    if (c.fromTitle || c.mention.evidenceEnd > item) continue;
    if (item - c.mention.evidenceEnd > 2 * LIST_CONTEXT) return null;
    // A sibling row that borrowed the lead-in's words is no lead: its evidence ends in the list. The list's first
    // row read as one sentence with its lead-in ("Microsoft rents capacity. The deals:\n• Nebius → $17.4B") is.
    const endRow = listItemAt(text, Math.max(0, c.mention.evidenceEnd - 1));
    const outside = listItemAt(text, c.mention.evidenceStart) < 0;
    if (outside && (endRow < 0 || opensList(text, endRow))) lead = c;
  }
  if (!lead) return null;
  const buyer = lead.a.company.id === lead.mention.buyer.id ? lead.a.company : lead.b.company;
  const roles = buyer.roles ?? [];
  // A company that labels a row of the list is a party of that row, not the buyer of the others.
  if (rows.has(buyer.id)) return null;
  if (!roles.includes('buyer')) return null;
  // A company that both buys and sells (a hyperscaler) is the rows' buyer when it bought in the lead and every row
  // is labelled by a company that only sells: "Microsoft's neocloud deals: • Nebius → … • Nscale → …".
  return !roles.includes('provider') || [...rows].every(sellsOnly) ? buyer : null;
}

/**
 * An amount in a row of a list of ties that names no two companies ("- Nvidia – US$ 100 bilhões" under "Altman já
 * havia firmado parcerias com grandes players:"): a stake, a purchase or a hope, bound to no pair.
 */
function tieRowAmount(text: string, pos: number): boolean {
  const row = listItemAt(text, pos);
  if (row < 0 || !listsTiesNotContracts(text, row)) return false;
  // The row's sentence that holds the amount ("- OpenAI, up to $100 billion (September 2025). Nvidia said it intends
  // to invest in OpenAI …": the second sentence's companies name no pair for the first one's amount).
  const lineEnd = text.indexOf('\n', pos);
  const stop = text.slice(pos, lineEnd < 0 ? text.length : lineEnd).search(/[.!?](?=\s)/);
  const end = stop >= 0 ? pos + stop : lineEnd < 0 ? text.length : lineEnd;
  const ids = new Set(findCompanyMentions(text, row, end).map((m) => m.company.id));
  return ids.size < 2;
}

/** How far before a list its lead-in paragraph is read. */
const LEAD_IN_CHARS = 400;

/**
 * "Microsoft ha appena impegnato 80 miliardi di dollari per l'infrastruttura AI nel 2025. Gli accordi:\n• CoreWeave →
 * …": a lead-in told no deal of its own (its amount a spending plan), but names one company, a buyer, above rows of
 * sellers: that company buys every row (as leadBuyer's, when the lead-in states a deal).
 */
function leadInBuyer(text: string, item: number, rows: ReadonlySet<string>): CompanyEntry | null {
  let first = item;
  for (let n = 0; n < MAX_ROWS && !opensList(text, first); n++) {
    const above = listItemAt(text, text.lastIndexOf('\n', first - 1));
    if (above < 0 || above >= first) return null;
    first = above;
  }
  if (!opensList(text, first)) return null;
  // The line right above the list introduces it ("… nel 2025. Gli accordi:"): a row of another list does not.
  const lead = text
    .slice(Math.max(text.lastIndexOf('\n', first - 2) + 1, first - LEAD_IN_CHARS), first)
    .trim();
  if (!lead.endsWith(':')) return null;
  const ids = new Set(
    findCompanyMentions(lead)
      .map((m) => m.company.id)
      .filter((id) => !rows.has(id)),
  );
  if (ids.size !== 1) return null;
  const buyer = companyById([...ids][0]!);
  const roles = buyer?.roles ?? [];
  if (!buyer || !roles.includes('buyer')) return null;
  return !roles.includes('provider') || [...rows].every(sellsOnly) ? buyer : null;
}

/** Does the row starting at `row` open its list (the line above is no row of it)? */
function opensList(text: string, row: number): boolean {
  const lineEnd = text.lastIndexOf('\n', row - 1);
  if (lineEnd <= 0) return true;
  const above = listItemAt(text, lineEnd);
  return above < 0 || above >= lineEnd;
}

function sellsOnly(id: string): boolean {
  const roles = companyById(id)?.roles ?? [];
  return roles.includes('provider') && !roles.includes('buyer');
}

/** Before a sentence's subject: its bullet and its article only ("- The Company", "Nebius …", "La société …"). */
const SENTENCE_SUBJECT_BEFORE_RE = /^[\s*•·▪–—-]*(?:(?:the|le|la|l['’]|les|der|die|das|el|il|lo|o|a)\s?)?$/i;

/** What may stand before a row's label: its bullet or number. */
const ROW_MARKER_RE = /^[\s*•·▪◦►>–—|-]*(?:\d{1,2}[.)]\s)?$/;
/** What sets a row's label off from the rest of the row: a colon, a column gap, an arrow, a parenthesis. */
const LABEL_END_RE = /^(?:\s?[:|→]|\s{2,}|\t|\s[–—-]\s|\s?\()/;

/** How many lines up and down a list's rows are read for their labels. */
const MAX_ROWS = 2 * MAX_SIBLINGS;

/**
 * The companies that label the rows of the list or table holding `item` (the first company each row names):
 * "Oracle | $300 billion", "* Meta: up to $14.2 billion".
 */
function rowLabels(text: string, item: number): ReadonlySet<string> {
  const labels = new Set<string>();
  const label = (start: number): void => {
    const end = text.indexOf('\n', start);
    const [first, second] = findCompanyMentions(text, start, end < 0 ? text.length : end);
    // "Amazon AWS: $38 billion": a label may name the company twice.
    const labelEnd =
      first && second?.company.id === first.company.id && /^\s$/.test(text.slice(first.end, second.start))
        ? second.end
        : first?.end;
    // A label opens its row and is set off from the rest ("Meta: …", "Oracle   $300 billion", "IREN → …");
    // "IREN acquista da Dell …" is a sentence whose subject opens the row.
    if (
      first &&
      labelEnd !== undefined &&
      ROW_MARKER_RE.test(text.slice(start, first.start)) &&
      LABEL_END_RE.test(text.slice(labelEnd, labelEnd + 6))
    )
      labels.add(first.company.id);
  };
  label(item);
  // Up: each line above while it is a row.
  for (let n = 0, at = item; n < MAX_ROWS; n++) {
    const lineEnd = text.lastIndexOf('\n', at - 1);
    if (lineEnd <= 0) break;
    // Read from the line's end: listItemAt skips a row's indent only up to the position it is given.
    const row = listItemAt(text, lineEnd);
    if (row < 0 || row >= lineEnd) break;
    label(row);
    at = row;
  }
  // Down: each line below while it is a row.
  for (let n = 0, at = item; n < MAX_ROWS; n++) {
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) break;
    const nextEnd = text.indexOf('\n', lineEnd + 1);
    const row = listItemAt(text, nextEnd < 0 ? text.length : nextEnd);
    if (row <= lineEnd) break;
    label(row);
    at = row;
  }
  return labels;
}

/**
 * An analyst's call on a stock: "initiated Hut 8 at Buy", "upgraded to Outperform", "a $60 price target", "relève
 * son objectif de cours", "Kursziel", "precio objetivo", "prezzo obiettivo", "preço-alvo".
 */
const ANALYST_CALL_RE =
  /\b(?:initiat|upgrad|downgrad|reiterat)\w*\b[^.;]{0,40}?\b(?:Buy|Sell|Hold|Outperform|Underperform|Overweight|Underweight|Neutral|Market Perform|Equal[- ]?Weight)\b|\bprice target|objectif de cours|Kursziel|precio objetivo|prezzo obiettivo|pre[çc]o[- ]alvo/;

/** Where each party of a pair is named in its sentence (a stand-in, named nowhere, is at -1). */
const partyOffsets = (pair: readonly Party[], span: Span): number[] =>
  pair.map((p) => (p.start === p.end ? -1 : p.start - span.start));

/**
 * A sentence about an investment, a plan or a takeover lends no party to the amount after it. A share-price move
 * is different: "Applied Digital shares climbed 12% after the company signed a second lease with CoreWeave. The new
 * agreement is worth about $4 billion": the move is the frame of a deal the sentence tells, and its parties are
 * the next amount's.
 * A plan's words are read beside a figure: a sentence that tells the deal with a schedule or a market word and no
 * figure of its own, "OpenAI e Oracle hanno firmato un accordo, con avvio previsto nel 2027", "a cloud deal that is
 * planned to start in 2027", states no plan's amount and lends its parties like any deal sentence.
 */
function lendsNoParties(sentence: string, hasFigure: () => boolean): boolean {
  const negative = negativeCue(withoutInvestorDescriptors(sentence.slice(budgetAsideEnd(sentence))));
  if (negative === 'plan' && !hasFigure()) return false;
  return negative !== null && !(negative === 'share-price' && dealToldAsCause(sentence));
}

/** How many sentences after a reported deal a party's confirmation is looked for (none with an amount between). */
const CONFIRMATION_REACH = 3;

/** A party of `pair` confirms the deal in one of the sentences from `next` on, before any sentence with an amount. */
function confirmedAfter(text: string, next: Span, found: Trigger[], pair: readonly Party[]): boolean {
  let s: Span | null = next;
  for (let k = 0; k < CONFIRMATION_REACH && s; k++) {
    if (hasTriggerIn(found, s)) return false;
    const names = (head: string): boolean =>
      findCompanyMentions(head).some((c) => pair.some((p) => p.company.id === c.company.id));
    if (partyConfirmsDeal(text.slice(s.start, s.end), names)) return true;
    s = s.end < text.length ? sentenceAt(text, Math.min(text.length - 1, s.end + 1)) : null;
  }
  return false;
}

/** The one company a dek names besides the headline's, when it may deal with it; else null. */
function deksCounterparty(headline: Party[], dek: Party[]): Party | null {
  const own = headline.find((p) => !p.weak && !p.product)?.company;
  if (!own) return null;
  const others = dek.filter((p) => p.company.id !== own.id && !p.product);
  const ids = new Set(others.map((p) => p.company.id));
  return ids.size === 1 && canDeal(own, others[0]!.company) ? others[0]! : null;
}

/** The first company the sentence names, when it is neither of `pair` (the subject both were told with). */
function sentenceSubject(parties: readonly Party[], pair: readonly Party[], span: Span): Party | undefined {
  const first = parties
    .filter((p) => !p.weak && p.start >= span.start && p.start < span.end)
    .sort((x, y) => x.start - y.start)[0];
  return first && !pair.some((p) => p.company.id === first.company.id) ? first : undefined;
}

/**
 * The deal's kind from its words and parties; a guarantee another company gives ("a lease with Amazon Web Services,
 * also backed by a Google guarantee") leaves the buyer's own contract its kind.
 */
function kindOfParties(
  kindWords: string,
  buyer: CompanyEntry,
  provider: CompanyEntry,
  text: string,
  evidence: Span,
): DealKind {
  const kind = kindOf(kindWords, provider.tier, buyer.tier, provider.sellsCapacity);
  if (kind !== 'capacity_backstop') return kind;
  const guarantor = guarantorNamed(text, evidence);
  return guarantor === null || guarantor === buyer.id || guarantor === provider.id
    ? kind
    : kindOf(withoutBackstopWords(kindWords), provider.tier, buyer.tier, provider.sellsCapacity);
}
