// A payment that is part of a contract told beside the contract's own value (issue 8, values): "Microsoft's prepayment
// of $1.9 billion is part of its $9.7 billion contract with IREN", "un paiement anticipé de 1,9 milliard … du contrat de
// 9,7 milliards", "eine Vorauszahlung von 1,9 Milliarden …", "un pago anticipado de 1.900 millones …", "un anticipo di
// 1,9 miliardi …", "um pagamento antecipado de 1,9 mil milhões …". The payment is no contract of its own: with a
// larger amount in its sentence, it is dropped, and the larger one is the contract's value.
import { findCompanyMentions } from '../companies';
import type { MoneyAmount } from '../money';
import { textAfterConversion } from './bracketed-conversion';
import type { Span } from './sentences';

/** The payment's noun right before its amount ("prepayment of", "acompte de", "Anzahlung von", "anticipo de"). */
const PAYMENT_BEFORE_RE =
  /(?:pre-?payments?|(?:upfront|up-front|advance|down|initial|first) payments?|deposits?|paiements? anticip[ée]s?|acomptes?|avances?|Vorauszahlung(?:en)?|Anzahlung(?:en)?|Vorabzahlung(?:en)?|pagos? anticipados?|anticipos?|pagamentos? antecipados?|adiantamentos?|pagamenti? anticipat[oi]|anticipi|acconti|acconto)(?: (?:of|de|d['’]|von|in Höhe von|di|da))?(?: (?:about|some|roughly|nearly|environ|rund|unos|circa|cerca de))?\s?(?:US)?[$€]?\s?$/iu;
/** Or right after it ("$1.9 billion prepayment", "$1.9 billion in customer prepayments", "als Vorauszahlung"). */
const PAYMENT_AFTER_RE =
  /^\s?(?:(?:in |as (?:a |an )?|en |comme |als |como |come )?(?:(?:customer|client|Kunden)[\s-])?(?:pre-?payments?|(?:upfront|up-front|advance|down) payments?|deposit|paiements? anticip|acompte|Vorauszahlung|Anzahlung|pago anticipado|anticipo|pagamento antecipado|adiantamento|pagamento anticipato|acconto))/iu;

/** Is the amount a part payment, told beside a larger amount of its sentence (the contract it is part of)? */
export function isPartPayment(
  text: string,
  sentence: Span,
  amount: MoneyAmount,
  sentenceAmounts: readonly MoneyAmount[],
): boolean {
  if (!sentenceAmounts.some((m) => m !== amount && m.usd > amount.usd)) return false;
  return (
    PAYMENT_BEFORE_RE.test(text.slice(Math.max(sentence.start, amount.start - 50), amount.start)) ||
    PAYMENT_AFTER_RE.test(text.slice(amount.end, Math.min(sentence.end, amount.end + 40)))
  );
}

/** A contract's noun, in six languages. */
const CONTRACT_NOUN =
  '(?:contract|deal|agreement|pact|contrat|accord|Vertrag|Vertrags|contrato|acuerdo|contratto|accordo|acordo)';
/** The contract's noun right before an amount: "the $9.7 billion contract" reads its amount after it, see below. */
const CONTRACT_BEFORE_RE = new RegExp(
  String.raw`${CONTRACT_NOUN}(?: (?:\p{L}+ ){0,2}?(?:of|worth|valued at|de|d['’]|von|über|im Wert von|in Höhe von|di|da|do|del|della|valorado en|valutato|avaliado em))?(?: (?:about|some|roughly|nearly|up to|environ|jusqu['’]à|rund|bis zu|unos|hasta|circa|fino a|cerca de|até))?\s?(?:US)?[$€]?\s?$`,
  'iu',
);

/**
 * Is the amount the whole contract a part payment is told beside ("un anticipo de 1.900 millones del contrato de
 * 9.700 millones")? A deposit's word in its clause then names the part, not this amount.
 */
export function isContractBesidePart(text: string, sentence: Span, amount: MoneyAmount): boolean {
  return (
    CONTRACT_BEFORE_RE.test(text.slice(Math.max(sentence.start, amount.start - 40), amount.start)) ||
    CONTRACT_AFTER_AMOUNT_RE.test(textAfterConversion(text, amount.end, 40))
  );
}

/**
 * After an amount, its contract's noun: "its $9.7 billion contract with IREN" (also read by triggers.ts: the whole
 * a part is told of, "part of its $9.7 billion contract", is that contract's value, not a total).
 */
export const CONTRACT_AFTER_AMOUNT_RE = new RegExp(
  String.raw`^\s?(?:\p{L}+[\s-]){0,2}?${CONTRACT_NOUN}\b`,
  'iu',
);

/**
 * "… the capital expenditures supporting IREN's $9.7 billion AI contract with Microsoft": an amount between its
 * owner's possessive name and its contract's noun is that contract's value; the words before the owner tell another
 * noun's. Where the owner's name starts, or -1.
 */
export function ownedContractStart(text: string, sentence: Span, amount: MoneyAmount): number {
  if (!CONTRACT_AFTER_AMOUNT_RE.test(textAfterConversion(text, amount.end, 40))) return -1;
  const from = Math.max(sentence.start, amount.start - 40);
  const owner = findCompanyMentions(text, from, amount.start).at(-1);
  if (!owner || !POSSESSIVE_GAP_RE.test(text.slice(owner.end, amount.start))) return -1;
  return owner.start;
}
/** Between an owner's name and its amount: "IREN's ", "Google's about ". */
export const POSSESSIVE_GAP_RE =
  /^['’]s?\s(?:(?:about|approximately|roughly|nearly|some|up to)\s)?~?(?:US)?$/;
