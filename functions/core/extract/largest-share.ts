// "Microsoft has committed more than $60 billion to neoclouds; the largest slice, about $23 billion in total, goes to
// Nscale": the largest share of a buyer's commitments, told as a total, sums that provider's several contracts.
// It is no one contract's value (the contracts are told, or not, on their own); the amount is dropped.
import type { Span } from './sentences';
import { afterIn, beforeIn } from './text-window';

/** "the largest share/slice", "la plus grosse part", "der größte Anteil", "la mayor tajada", "la fetta più grande". */
const LARGEST_SHARE_RE =
  /\b(?:largest|biggest|greatest|lion['’]s) (?:share|slice|chunk|portion|part)\b|\bplus (?:grosse|grande) part\b|\bpart la plus (?:importante|grosse|grande)\b|\bgr[öo](?:ß|ss)te[nr]? (?:Anteil|Brocken|Teil|Batzen)\b|\bL[öo]wenanteil\b|\bmayor (?:parte|tajada|porci[óo]n|cuota)\b|\b(?:fetta|quota|parte) (?:pi[uù] (?:grande|consistente|importante|ampia)|maggiore)\b|\bmaior (?:fatia|parte|por[çc][ãa]o)\b/i;

/** A total told right after the amount: "in total", "au total", "insgesamt", "en total", "in totale", "no total". */
const TOTAL_AFTER_RE =
  /^\s?(?:(?:de |of |di |em |in )?(?:d[óo]lares|dollars?|dollari|Dollar|euros?)\s)?(?:in total|all told|combined|au total|en tout|insgesamt|in Summe|en total|en conjunto|in totale|complessiv[ie]|no total|ao todo|em conjunto)\b/i;

/** How far before the amount the share is looked for (its clause and the one before, roughly). */
const SHARE_REACH = 160;

/** Is the amount at [start, end) the largest share of a buyer's commitments, told as a total? */
export function isLargestShareTotal(text: string, span: Span, start: number, end: number): boolean {
  if (!TOTAL_AFTER_RE.test(afterIn(text, span, end, 40))) return false;
  return LARGEST_SHARE_RE.test(beforeIn(text, span, start, SHARE_REACH));
}
