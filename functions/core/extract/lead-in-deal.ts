// A deal told in a lead-in clause whose subject is the main clause's: "After signing a $300 billion agreement with
// Oracle, OpenAI announced a partnership with Nvidia", "Dopo aver sottoscritto un accordo da 300 miliardi con Oracle,
// OpenAI ha annunciato …", "Après avoir signé un accord de 300 milliards avec Oracle, OpenAI …", "Tras firmar un
// acuerdo … con Oracle, OpenAI …". The amount is the main subject's deal with the lead-in's "with" object, never a deal
// with a company of the main clause.
import type { Party } from './parties';
import type { Span } from './sentences';

/** A lead-in clause opening the sentence, up to its comma: "After signing …,", "Dopo aver …,", "Après avoir …,". */
const LEAD_IN_RE =
  /^\W*(?:after|having|dopo (?:aver|avere)|après avoir|tras|despu[ée]s de|depois de|ap[óo]s)\s(?:[^,;.]|[.,](?=\d)){0,160},\s(?:(?:the|la|le|el|il|a|o|die|der)\s|l['’]\s?)?/iu;
/** "with" and an article right before the lead-in's counterparty (six languages). */
const WITH_BEFORE_RE = /\s(?:with|avec|mit|con|com)\s(?:(?:the|la|le|el|il|a|o|der|dem)\s|l['’]\s?)?$/i;

/** The pair of the amount at `pos` when a lead-in clause tells it: [main subject, the lead-in's "with" object]. */
export function leadInPair(
  text: string,
  sentence: Span,
  pool: readonly Party[],
  pos: number,
): Party[] | null {
  const m = LEAD_IN_RE.exec(text.slice(sentence.start, sentence.end));
  if (!m) return null;
  const subjectAt = sentence.start + m[0].length;
  if (pos >= subjectAt) return null;
  const subject = pool.find((p) => p.start === subjectAt && !p.weak);
  const object = pool.find(
    (p) =>
      p.start > pos &&
      p.start < subjectAt &&
      !p.weak &&
      WITH_BEFORE_RE.test(text.slice(sentence.start, p.start)),
  );
  return subject && object && subject.company.id !== object.company.id ? [subject, object] : null;
}
