// One amount told with a buyer and a provider together as its counterparties (issue 8, project sizes): "through its
// $500 billion contract with Oracle and SoftBank", "il suo contratto da 500 miliardi di dollari con Oracle e
// SoftBank", "son contrat de 500 milliards avec Oracle et SoftBank". A provider joined to a funder (SoftBank, Blue
// Owl) are the partners of a project (Stargate), whose size the amount is: no contract of either.
import { type CompanyEntry, findCompanyMentions } from '../companies';
import type { Span } from './sentences';
import { afterIn, beforeIn } from './text-window';

/** After the amount: its currency and a few words, then "with" (six languages). */
const WITH_AFTER_RE =
  /^(?:\s(?:de|di|of|d['’]))?(?:\s?(?:dollars?|d[óo]lares|dollari|Dollar|euros?|Euro))?(?:\s[^\s,.;]+){0,3}?\s(?:with|con|avec|mit|com)\s(?:the\s|la\s|le\s|l['’]|der\s|dem\s|el\s|il\s|a\s|o\s)?$/iu;
/** "with" and "and" in six languages, as literals (no "u" flag). */
const WITH_WORD_RE = / (?:with|con|avec|mit|com) /i;
const AND_WORD_RE = / (?:and|e|y|et|und) /i;
/** Between the two names: "and" (six languages). */
export const AND_RE = /^\s(?:and|e|y|et|und)\s(?:the\s|la\s|le\s|l['’]|der\s|die\s|el\s|il\s|a\s|o\s)?$/iu;

/** The company table's tier of investors and funders (SoftBank, Blue Owl), who fund projects and buy no compute. */
const FUNDER_TIER = 0.8;
const funds = (c: CompanyEntry): boolean => c.tier === FUNDER_TIER;
const provides = (c: CompanyEntry): boolean => c.roles?.includes('provider') === true;

/** Is the amount ending at `end` told with a provider and a funder as its joint counterparties? */
export function withJointPartners(text: string, end: number, sentenceEnd: number): boolean {
  const to = Math.min(sentenceEnd, end + 120);
  // A cheap literal look first: most amounts (a filing's tables) have no "with" and no "and" after them, and the
  // company scan is the costly part.
  const after = text.slice(end, to);
  if (!WITH_WORD_RE.test(after) || !AND_WORD_RE.test(after)) return false;
  const [a, b] = findCompanyMentions(text, end, to);
  if (!a || !b || !WITH_AFTER_RE.test(text.slice(end, a.start)) || !AND_RE.test(text.slice(a.end, b.start)))
    return false;
  return (provides(a.company) && funds(b.company)) || (funds(a.company) && provides(b.company));
}

/** A funding verb right before the amount: "committed", "provided", "s'est engagé à apporter", "aportará". */
const FUNDING_VERB_BEFORE_RE =
  /\b(?:commit(?:s|ted)?|pledge[sd]?|provide[sd]?|invest(?:s|ed)?|lends?|lent|financ(?:es|ed)|fund(?:s|ed)|apporte(?:ra)?|investit|apport[ée]|stellt|stellte|investiert|aporta(?:r[áa])?|invirti[óo]|invertir[áa]|apporter[àa]|investir[àa]|aportou|investiu|investir[áa])\s(?:(?:up to|about|roughly|nearly|some|bis zu|rund|jusqu['’]à|environ|hasta|unos|fino a|circa|até|cerca de)\s)?~?(?:US)?[$€£]?\s?$/iu;

/** Compute bought, after the amount: "for GPU capacity", "pour de la capacité de calcul", "für Rechenleistung". */
const COMPUTE_AFTER_RE = /capacit|comput|c[óo]mputo|calcul|calcolo|Rechen|Kapazit|GPU/i;

/**
 * "Blue Owl committed $15 billion to Crusoe for its data center": a funder's money put into a seller's project is
 * financing, whichever way the sentence's words read ("committed $3 billion to Crusoe for GPU capacity" still buys).
 */
export function fundsProject(buyer: CompanyEntry, text: string, sentence: Span, amount: Span): boolean {
  return (
    funds(buyer) &&
    FUNDING_VERB_BEFORE_RE.test(beforeIn(text, sentence, amount.start, FUNDING_REACH)) &&
    !COMPUTE_AFTER_RE.test(afterIn(text, sentence, amount.end, FUNDING_REACH))
  );
}

/** How far around the amount the funding verb and the compute bought are read. */
const FUNDING_REACH = 60;
