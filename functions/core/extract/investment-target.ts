// "has invested $3 billion in Anthropic", "hasta 10.000 millones en Anthropic", "10 milliards dans Mistral": an
// amount put into a named company, after an investment word, is a stake, not a contract's value.
import { findCompanyMentions } from '../companies';
import { fastWordStarts } from '../word-start';
import { INVESTMENT_RE } from './cues';

/** From the amount to the company it goes into: a currency word, then "in"/"en"/"dans"/"na", then an article. */
const INTO_COMPANY_RE =
  /^\s?(?:(?:de |of |di )?(?:d[óo]lares|dollars?|dollari|dólares|euros?|Dollar|Euro)\s)?(?:in|into|en|em|na|no|nella|nel|dans|auprès de)\s(?:(?:la|el|a|o|the|le|die|den|das)\s|l['’])?/i;

/**
 * Does the money at [start, end) go into the company named right after it, with an investment told before it in
 * its sentence (`before`), or, when that names no company, in the sentence before (`earlier`: "Nvidia va encore
 * investir de l'argent dans un neocloud. Cette fois-ci, il s'agira de 2 milliards de dollars dans le néerlandais
 * Nebius")?
 */
export function investsInCompany(
  text: string,
  end: number,
  before: string,
  earlier: () => string = () => '',
): boolean {
  const m =
    INTO_COMPANY_RE.exec(text.slice(end, end + 40)) ??
    (GIVE_VERB_RE.test(before) ? TO_COMPANY_RE.exec(text.slice(end, end + 40)) : null);
  if (!m) return false;
  const at = end + m[0].length;
  const first = findCompanyMentions(text, at, Math.min(text.length, at + DESCRIPTOR_REACH + 40))[0];
  if (first === undefined) return false;
  const invests = (words: string): boolean => INVESTMENT_RE.test(words) || PUT_INTO_RE.test(words);
  if (!invests(before) && !(findCompanyMentions(before).length === 0 && invests(earlier()))) return false;
  if (COMPANY_THING_RE.test(text.slice(first.end, first.end + 30))) return false;
  return first.start === at || isDescriptor(text.slice(at, first.start));
}

/**
 * Verbs of putting money into something ("put", "poured", "sank", "injecté", "steckte", "inyectó", "iniettato",
 * "injetou"): into a company named right after the amount, the money buys a stake ("Microsoft put $1 billion into
 * OpenAI"), unless the company's own capacity follows ("poured $2 billion into CoreWeave capacity").
 */
const PUT_INTO_RE =
  /\b(?:put(?:s|ting)?|pour(?:s|ed|ing)?|sank|sunk|sink(?:s|ing)?|plough(?:s|ed|ing)?|plow(?:s|ed|ing)?|inject\p{L}*|inyect\p{L}*|iniett\p{L}*|injet\p{L}*|steck(?:t|te|ten|en)|gesteckt)\b/iu;
const COMPANY_THING_RE =
  /^['’]?s?\s(?:capacity|compute|cloud|servers?|GPUs?|data|capacit\p{L}*|Kapazit\p{L}*|capacidad\p{L}*|capacidade)/iu;

/**
 * "aportó 1.000 millones de dólares a OpenAI", "ha apportato 1 miliardo a OpenAI", "a apporté 1 milliard à OpenAI":
 * money given "to" a company, read only after a verb of contributing (a sale "to" a company is a contract).
 */
const GIVE_VERB_RE = fastWordStarts(
  String.raw`\b(?:aport\p{L}*|apport\p{L}*|contribu\p{L}*)\s(?:[^\s.;]+\s){0,3}?(?:US)?[$€£]?\s?$`,
  'iu',
);
const TO_COMPANY_RE =
  /^\s?(?:(?:de |of |di )?(?:d[óo]lares|dollars?|dollari|dólares|euros?|Dollar|Euro)\s)?(?:a|à|ao|al|alla|à la|to)\s(?:(?:la|el|a|o|the|le)\s|l['’])?/i;

/** How far a descriptor before the invested company's name may run. */
const DESCRIPTOR_REACH = 60;
/**
 * A short lower-case description of the company before its name: "na então organização sem fins lucrativos OpenAI",
 * "into the then-nonprofit OpenAI", "en la entonces organización sin ánimo de lucro OpenAI", "nella startup
 * Anthropic", "dans la jeune pousse Mistral", "in the Dutch company Nebius". Not when a preposition or a figure leads elsewhere ("in new data
 * centers for OpenAI", "en capacidad para OpenAI"), nor goods ("en serveurs Dell", "in server Dell"): the money then goes
 * to the thing, not the company.
 */
// English capitalises a nationality: "the Dutch company Nebius", "the British start-up Nscale".
const DESCRIPTOR_RE = /^(?:(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+(?:ish|an|ese|ch|i))\s){1,6}$/u;
const LEADS_ELSEWHERE_RE =
  /(?:^|\s)(?:for|to|with|from|by|on|at|pour|avec|chez|par|sur|f[üu]r|mit|bei|von|para|por|con|com|per|da|dal|dalla|ao|à|a|pelo|pela|data|cent(?:er|re)s?|centres|centros?|centri|capacit\p{L}*|capacidad\p{L}*|capacidade|computing|c[óo]mputo|calcolo|infra\p{L}*|chips?|GPUs?|servers?|serveurs?|servidor(?:es)?|Server|[ée]quipements?|equipment|equipos|equipamentos|apparecchiature|mat[ée]riel|hardware|systems|syst[èe]mes|sistemi|sistemas|racks?)\s/iu;

function isDescriptor(between: string): boolean {
  return (
    between.length <= DESCRIPTOR_REACH &&
    DESCRIPTOR_RE.test(between) &&
    !LEADS_ELSEWHERE_RE.test(` ${between}`)
  );
}
