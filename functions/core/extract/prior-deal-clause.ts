// An earlier deal told in a trailing clause: "… calls it its second hyperscaler contract, after the $17.4 billion
// agreement with Microsoft", "después del acuerdo por 17.400 millones con Microsoft", "dopo l'accordo da 17,4
// miliardi con Microsoft", "après l'accord de 17,4 milliards avec Microsoft", "nach dem Vertrag über 17,4 Milliarden
// mit Microsoft", "depois do acordo de 17,4 mil milhões com a Microsoft". Its amount belongs to the sentence's
// subject and the company named after "with"; a customer named elsewhere in the sentence ("deploy the capacity for
// Meta") is no party of it, and when the subject is only a stand-in who it pairs with would be a guess.
import { type CompanyEntry, findCompanyMentions } from '../companies';
import { type Party, unnamedParty } from './parties';
import type { Span } from './sentences';

/** A literal check first: most amounts have no such lead-in. */
const AFTER_WORD_RE = /after|following|apr[èe]s|suite|nach|despu[ée]s|tras|dopo|seguito|depois|ap[óo]s/i;

const DEAL = `(?:agreements?|contracts?|deals?|pacts?|accords?|contrats?|Vertrag|Vertrags|Vereinbarung|Deal|acuerdos?|contratos?|pactos?|accord[oi]|contratt[oi]|intes[ae]|patt[oi]|acordos?)`;

/** The lead-in before the amount: "after the", "after the deal worth", "después del acuerdo por". */
const AFTER_DEAL_BEFORE_RE = new RegExp(
  String.raw`(?:\bafter|\bfollowing|apr[èe]s|suite à|\bnach|despu[ée]s(?: de)?|\btras|\bdopo|in seguito a|depois(?: d[eoa])?|\bap[óo]s)\s(?:(?:the|its|an?|l['’]|le|la|son|sa|dem|der|einem|seinem|el|del|la|su|un|il|lo|all['’]|o|do|da|a|seu|sua)\s?)?(?:(?:first|earlier|previous|premier|ersten|primer|primo|primeiro)\s)?(?:${DEAL}\s(?:worth\s|of\s|de\s|d['’]|über\s|por\s|por valor de\s|da\s|di\s|del valore di\s|no valor de\s)?)?(?:about\s|some\s|roughly\s|approximately\s|nearly\s|around\s|unos\s|environ\s|pr[èe]s de\s|rund\s|etwa\s|circa\s|cerca de\s|quase\s)?(?:US)?[$€£]?\s?$`,
  'iu',
);
/** After the amount: the deal noun (when the lead-in had none), then "with" and the counterparty. */
const WITH_AFTER_RE = new RegExp(
  String.raw`^[^.;,]{0,40}?(?:${DEAL}\s)?(?:[^.;,]{0,30}?\s)?(?:with|con|avec|mit|com)\s(?:(?:the|la|le|el|a|o|der|dem)\s)?$`,
  'iu',
);

/**
 * The company the amount at [start, end) was agreed with when it is an earlier deal told after "after"/"después
 * del"/"dopo", or null when the amount stands in no such clause.
 */
function priorDealCounterparty(text: string, sentence: Span, start: number, end: number): string | null {
  const before = text.slice(Math.max(sentence.start, start - 70), start);
  if (!AFTER_WORD_RE.test(before) || !AFTER_DEAL_BEFORE_RE.test(before)) return null;
  const after = text.slice(end, Math.min(sentence.end, end + 90));
  const next = findCompanyMentions(text, end, Math.min(sentence.end, end + 90))[0];
  if (!next || !WITH_AFTER_RE.test(after.slice(0, next.start - end))) return null;
  return next.company.id;
}

/**
 * The pair cannot be the earlier deal's: the amount is told in an "after the deal with X" clause and the pair is
 * not X with the company that opens the sentence (its subject).
 */
export function misreadsPriorDeal(
  text: string,
  sentence: Span,
  start: number,
  end: number,
  pair: readonly Party[],
): boolean {
  const counterparty = priorDealCounterparty(text, sentence, start, end);
  if (counterparty === null) return false;
  const other = pair.find((p) => p.company.id !== counterparty);
  if (!other) return true;
  if (!pair.some((p) => p.company.id === counterparty)) return true;
  // The subject: the first company named in the sentence, within its opening words. "This Meta deal is Nebius'
  // second contract, following …", "Le contrat Meta est le deuxième de Nebius, après …": a company that names the
  // other deal is no subject, and no party of this one.
  const named = findCompanyMentions(text, sentence.start, start);
  const first = named[0];
  if (first !== undefined && namesDealLabel(text, sentence, first))
    return other.company.id === first.company.id;
  return !(
    first !== undefined &&
    first.company.id === other.company.id &&
    (SUBJECT_OPENING_RE.test(text.slice(sentence.start, first.start).replace(PT_ARTICLE_OPENING_RE, '')) ||
      OWNER_OPENING_RE.test(text.slice(sentence.start, first.start)) ||
      FOUNDER_OPENING_RE.test(text.slice(sentence.start, first.start)))
  );
}

/** The subject's shares or founder: "As ações da Oracle subiram após …", "Le fondateur d'Oracle", "Die Aktie von". */
const OWNER_OPENING_RE =
  /^\s*(?:(?:the|les?|la|l['’]|las|los|el|as|os|a|o|die|der|i|gli)\s?)?(?:shares|stock|founder|chairman|actions?|titre|fondateur|patron|a[çc][õo]es|fundador|acciones|azioni|titolo|fondatore|Aktien?|Gr[üu]nder|Chef)\s(?:of|de|d['’]|da|do|di|del|della|von|der)\s?(?:la\s|el\s|a\s|o\s)?$/iu;
/** Its founder named, the company in apposition: "Larry Ellison, da Oracle, teve alta …", "X, fondateur d'Oracle,". */
const FOUNDER_OPENING_RE =
  /^\s*\p{Lu}[\p{L}'’-]+\s\p{Lu}[\p{L}'’-]+,(?:\s(?:co-?)?(?:founder|chairman|CEO|boss|fondateur|patron|pr[ée]sident|Gr[üu]nder|Chef|fundador|presidente|fondatore))?\s(?:of|de|d['’]|da|do|di|del|della|von|der)\s?(?:la\s|el\s|a\s|o\s)?$/u;

/** A Portuguese article opening the sentence ("A Oracle subiu …"), capitalised: no preposition "a". */
const PT_ARTICLE_OPENING_RE = /^\s*(?:A|O|As|Os)\s/;

/** A deal noun right after a name: "This Meta deal", "The Meta contract". */
const DEAL_AFTER_NAME_RE = /^\s(?:deal|contract|agreement|order|pact|lease)s?\b/i;
/** A deal noun right before a name: "Le contrat Meta", "El contrato de Meta", "Der Vertrag mit Meta". */
const DEAL_BEFORE_NAME_RE =
  /\b(?:contrat|contrato|contratto|accord|acuerdo|accordo|acordo|Vertrag|Deal)\s(?:(?:avec|con|com|mit|de|di|da|do|with)\s)?(?:(?:l['’]|la|le|el|il|o|a|der|dem)\s?)?$/i;

/** The name at [start, end) labels a deal ("This Meta deal", "Le contrat Meta") rather than naming a party. */
function namesDealLabel(text: string, sentence: Span, name: { start: number; end: number }): boolean {
  return (
    DEAL_AFTER_NAME_RE.test(text.slice(name.end, name.end + 16)) ||
    DEAL_BEFORE_NAME_RE.test(text.slice(Math.max(sentence.start, name.start - 24), name.start))
  );
}

/** What may stand before a subject's name: up to three words ("La europea", "The Amsterdam-based", "Meanwhile,"),
 * none of them a preposition that makes the name an object ("for Meta", "a Meta", "para Meta"). */
const SUBJECT_OPENING_RE =
  /^\s*(?:(?:de son côté|pour sa part|quant à|en parallèle|par ailleurs|for its part|meanwhile|separately|por su parte|por otro lado|dal canto suo|da parte sua|por sua vez|seinerseits|ihrerseits|unterdessen),?\s+)?(?:(?!(?:for|to|with|from|para|a|al|à|au|aux|per|für|an|con|com|avec|de|di|da|von|mit)\s)[\p{L}\d'’-]+,?\s+){0,3}$/iu;

/**
 * "This Meta deal is Nebius' second major hyperscaler contract, following a roughly $17.4 billion agreement with
 * Microsoft": the sentence opens on another deal's label (Meta's), so its subject is the company named next, before
 * the amount; with the counterparty after "with" it is the earlier deal's pair. Null when the sentence does not open
 * so, or names no such subject.
 */
export function priorDealPair(
  text: string,
  sentence: Span,
  start: number,
  end: number,
  parties: readonly Party[],
  previous: Span | null = null,
  /** The company a stand-in subject ("La empresa …", "The company …") refers to, asked only when needed. */
  referent: () => CompanyEntry | null = () => null,
): Party[] | null {
  const counterparty = priorDealCounterparty(text, sentence, start, end);
  if (counterparty === null) return null;
  const named = findCompanyMentions(text, sentence.start, start);
  const first = named[0];
  // No company opens the sentence: its subject is "it", "the company", "La empresa" (a company named in it after a
  // preposition, "for Meta", is an object).
  if (first === undefined || !SUBJECT_OPENING_RE.test(text.slice(sentence.start, first.start)))
    return (
      ordinalDealPair(text, sentence, previous, parties, counterparty, end) ??
      standInDealPair(sentence, parties, counterparty, end, referent)
    );
  if (!namesDealLabel(text, sentence, first)) return null;
  const subjectId = named.find((m) => m.company.id !== first.company.id && m.company.id !== counterparty)
    ?.company.id;
  const subject = parties.find((p) => p.company.id === subjectId && !p.weak);
  const other = parties.find((p) => p.company.id === counterparty && p.start >= end);
  return subject && other ? [subject, other] : null;
}

/**
 * "It is its second major hyperscaler deal, after the $17.4 billion agreement with Microsoft", "Es su segundo gran
 * pacto, tras …", "C'est son deuxième grand contrat, après …": a sentence that counts the deal just told among its
 * subject's deals, naming no company before the amount. Its "its" is the subject of the sentence before, the company
 * that opens it ("Nebius signed a $3 billion deal …").
 */
const ORDINAL_DEAL_OPENING_RE =
  /^\s*(?:it(?:['’]s|\sis|\swas)|this\s(?:is|was)|that\s(?:is|was)|c['’]est|il\s(?:s['’]agit|est)|(?:este\s|esto\s)?es|se\strata\sde|(?:questo\s)?(?:è|e['’])|si\stratta\sdi|(?:este\s|isto\s)?(?:é|foi)|trata-se\sde|(?:es|das|dies)\s(?:ist|war))\s(?:[\p{L}'’-]+\s){0,3}?(?:second|third|fourth|another|deuxi[èe]me|troisi[èe]me|segund[oa]|tercer[oa]?|secondo|terzo|zweite[nrs]?|dritte[nrs]?)(?!\p{L})/iu;

/** A Portuguese subject's article alone ("A Nebius assinou …"), which SUBJECT_OPENING_RE reads as "to". */
const ARTICLE_ONLY_RE = /^\s*(?:a|o)\s$/i;

function ordinalDealPair(
  text: string,
  sentence: Span,
  previous: Span | null,
  parties: readonly Party[],
  counterparty: string,
  end: number,
): Party[] | null {
  if (previous === null || !ORDINAL_DEAL_OPENING_RE.test(text.slice(sentence.start, sentence.start + 60)))
    return null;
  const opener = findCompanyMentions(text, previous.start, previous.end)[0];
  if (
    opener === undefined ||
    opener.company.id === counterparty ||
    !(
      SUBJECT_OPENING_RE.test(text.slice(previous.start, opener.start)) ||
      ARTICLE_ONLY_RE.test(text.slice(previous.start, opener.start))
    )
  )
    return null;
  const other = parties.find((p) => p.company.id === counterparty && p.start >= end);
  if (!other) return null;
  return [unnamedParty(opener.company, sentence.start), other];
}

/**
 * "La empresa … encuadra este contrato como su segundo gran pacto con un hiperescalador, después del acuerdo por
 * 17.400 millones con Microsoft": the sentence's subject is a stand-in for a company named before; the earlier deal is
 * that company's with the one after "con", never the customer named beside it ("la capacidad para Meta").
 */
function standInDealPair(
  sentence: Span,
  parties: readonly Party[],
  counterparty: string,
  end: number,
  referent: () => CompanyEntry | null,
): Party[] | null {
  const other = parties.find((p) => p.company.id === counterparty && p.start >= end);
  if (!other) return null;
  const subject = referent();
  if (!subject || subject.id === counterparty) return null;
  return [unnamedParty(subject, sentence.start), other];
}
