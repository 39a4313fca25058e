// An amount told as the subject's own contract with a company named as its label, beside a purchase of goods
// (issue 8, hardware beside capacity): "IREN will pay Dell $5.8 billion for servers to serve its $9.7 billion,
// five-year Microsoft contract", "… its $9.7 billion contract with Microsoft", "… son contrat de 9,7 milliards avec
// Microsoft". The amount is that contract's: its pair is the possessor (the sentence's subject) and the label, never
// the goods' vendor.
import { labelledDeal } from './deal-labels';
import type { Party } from './parties';
import type { Span } from './sentences';
import { textBefore } from './text-window';

/** A possessive right before the amount ("its $9.7 billion", "son contrat de 9,7 milliards", "seinen … Vertrag"). */
const OWN_BEFORE_RE =
  /\b(?:its|their|son|sa|leur|seine[mnr]?|ihre[mnr]?|su|sus|(?:il|al|del|nel|dal) suo|(?:la|alla|della|nella) sua|(?:o|ao|do|no) seu|(?:a|à|da|na) sua)\s(?:[\p{L}-]+\s){0,2}?(?:(?:de|da|di|von|über|of)\s)?(?:(?:about|roughly|some|environ|rund|unos|circa|cerca de)\s)?$/iu;
/** "son contrat de 9,7 milliards de dollars avec Microsoft": the contract's noun before the amount, its "with" after. */
const WITH_BEFORE_RE = /\s(?:with|avec|mit|con|com)\s(?:(?:the|la|le|l['’]|el|a|o|dem|der)\s?)?$/iu;
/** How far after the amount its labelled contract's name may stand. */
const LABEL_REACH = 60;
/** How far into the sentence its subject may be named. */
const SUBJECT_REACH = 40;

/** The possessor and the label of the contract the amount at [start, end) is told as, or null. */
export function ownLabelledContract(
  text: string,
  span: Span,
  parties: readonly Party[],
  start: number,
  end: number,
): Party[] | null {
  if (!OWN_BEFORE_RE.test(textBefore(text, start, 40))) return null;
  const subject = parties.find((p) => !p.weak && p.start - span.start <= SUBJECT_REACH);
  const label = parties.find(
    (p) =>
      !p.weak &&
      p.start >= end &&
      p.start - end <= LABEL_REACH &&
      p.company.id !== subject?.company.id &&
      (labelledDeal(text, p) >= 0 || WITH_BEFORE_RE.test(text.slice(end, p.start))) &&
      !/[;.]/.test(text.slice(end, p.start)),
  );
  return subject && label ? [subject, label] : null;
}
