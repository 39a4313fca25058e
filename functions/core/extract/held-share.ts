// A share of a company told as a percentage, then what it is worth: "Microsoft will now own 27% of OpenAI Group PBC,
// valued at roughly $135 billion", "détiendra 27 % de la nouvelle entité d'OpenAI, valorisée à environ 135
// milliards", "tendrá el 27% de OpenAI, valorado en unos 135.000 millones", "deterrà il 27% di OpenAI, valutato
// circa", "passará a deter 27% da OpenAI, avaliados em", "hält 27 Prozent an OpenAI, ein Anteil, der rund 135
// Milliarden Dollar wert ist". The amount is a stake's worth, never the value of a deal between the holder and the
// company held, however the rest of the sentence pairs them. A share of capacity or of a contract ("40% of the
// campus's capacity, worth $3 billion") is no stake and stays read.
import type { Span } from './sentences';

/** A literal check first: most amounts have no percentage before them. */
const PERCENT_WORD_RE = /%|percent|per ?cent|prozent|por ?ciento|por ?cento/i;

const PERCENT = String.raw`\d{1,2}(?:[.,]\d{1,2})?\s?(?:%|percent|per cent|pour cent|prozent|por ciento|per cento|por cento)`;
const OF = "(?:of|in|de|du|des|d['’]|an|von|der|del|della|dello|di|da|do|dos|das|nel|no|na|en)";
const WORTH =
  "(?:valued at|worth|valoris[ée]e?s? (?:à|a)|d['’]une valeur de|qui vaut|valorad[ao]s? en|por valor de|valutat[ao]s?(?: a| in)?|del valore di|che vale|avaliad[ao]s? em|no valor de|que vale|bewertet mit|im Wert von)";
const ABOUT =
  '(?:about|around|roughly|approximately|some|nearly|more than|over|environ|pr[èe]s de|plus de|quelque|unos|cerca de|alrededor de|m[áa]s de|circa|oltre|quasi|mais de|aproximadamente|rund|etwa|knapp|über)';

/** The percentage, the company it is of (the gap), the value words, then the amount. */
const HELD_SHARE_BEFORE_RE = new RegExp(
  String.raw`\b${PERCENT}\s${OF}\s([^.;]{0,80}?)[,\s]\s?${WORTH}\s(?:${ABOUT}\s)?(?:US)?~?$`,
  'iu',
);

/** German tells the worth after the amount: "ein Anteil, der rund 135 Milliarden Dollar wert ist". */
const SHARE_NOUN_BEFORE_RE =
  /\b(?:Anteils?|Beteiligung|Aktienpakets?|Paket|stake|participation|participaci[óo]n|partecipazione|participa[çc][ãa]o|quota)\b,?\s(?:(?:der|die|das|que|qui|che|which|that)\s)?(?:(?:heute|nun|jetzt|derzeit|rund|etwa|knapp|über|about|around|roughly|some)\s)?(?:US)?~?$/iu;
const WERT_AFTER_RE = /^[^.;,]{0,25}?\bwert\b/iu;

/** Capacity or a contract in the gap: a share of those is what a deal buys, not a stake. */
const DEAL_SHARE_RE =
  /capacit|kapazit|compute|calcul|c[óo]mputo|calcolo|computa|contrat|contract|vertrag|acuerdo|accord|acordo|lease|bail|miet|arrend|locazion|gpu|chip|power|strom|[ée]nergie|energ[íi]a|potenza|pot[êe]ncia/iu;

const REACH = 200;

export function isHeldShareWorth(text: string, sentence: Span, start: number, end: number): boolean {
  const before = text.slice(Math.max(sentence.start, start - REACH), start);
  if (
    SHARE_NOUN_BEFORE_RE.test(before) &&
    WERT_AFTER_RE.test(text.slice(end, Math.min(sentence.end, end + 40)))
  )
    return true;
  if (!PERCENT_WORD_RE.test(before)) return false;
  const m = HELD_SHARE_BEFORE_RE.exec(before);
  return m !== null && !DEAL_SHARE_RE.test(m[1] ?? '');
}
