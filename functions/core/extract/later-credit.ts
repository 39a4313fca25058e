// A deal told plainly, whose source a later sentence names: "Google has won a six-year, $10
// billion cloud contract from Meta … According to two people who spoke to The Information, the deal covers …",
// "Meta firma un accordo da oltre 10 miliardi con Google … Sia Meta che Google, contattati dopo che la notizia
// pubblicata da The Information …". The news is a newspaper's or an unnamed source's, not the companies': reported.
// The house convention stays: a deal the parties announced keeps signed when only its figure comes from sources,
// so a deal sentence that is a party's own statement is never re-labelled here.

import { findCompanyMentions } from '../companies';
import { ANNOUNCED_RE } from './announced-figure';
import { citesMedia, hearsayIn, outletComment, toldByParty, withoutRankings } from './own-statement';
import { type Span, sentenceAt } from './sentences';

/** How many sentences after the deal's own are read for its source. */
const SENTENCES_READ = 3;
/** Characters before the deal's sentence read for the companies' own announcement. */
const ANNOUNCEMENT_BEFORE = 600;

/**
 * The deal or the news of it, named again: "the deal", "the agreement", "the story", "la notizia", "l'accord", or
 * a sentence opening on it ("It is one of the largest cloud contracts ever", "C'est", "Es ist", "Se trata", "È uno"),
 * "der Vertrag", "el acuerdo", "o acordo", "a informação", "as informações", in six languages.
 */
const DEAL_AGAIN_RE =
  /^\W{0,3}(?:it(?:['’]s| is| was| would be| ranks)|c['’]est|il s['’]agit|es (?:ist|war|uno|una)|se trata|si tratta|[èe] (?:uno|una)|é (?:um|uma)|trata-se)\s|\b(?:the|this|that) (?:deal|agreement|contract|pact|story|news|report|partnership|arrangement|details)\b|\b(?:as|estas) informa[çc][õo]es\b|\b(?:las|estas) informaciones\b|\b(?:l['’]|le |la |cet |cette |ce )\s?(?:accord|contrat|information|nouvelle|partenariat|entente)\b|\b(?:der|dieser|den|dem|das|die) (?:Deal|Vertrag|Vereinbarung|Abkommen|Nachricht|Auftrag)\b|\b(?:el|este|la|esta) (?:acuerdo|contrato|pacto|noticia|informaci[óo]n|alianza)\b|\b(?:l['’]|il |la |questo |quest['’])\s?(?:accordo|intesa|contratto|notizia|informazione|alleanza)\b|\b(?:o|este|a|esta) (?:acordo|contrato|pacto|not[íi]cia|informa[çc][ãa]o|parceria)\b/i;

/**
 * A source named after the fact: hearsay or a newspaper (own-statement.ts), or the news "first reported",
 * "révélée par", "anticipata da", "pubblicata da", "adelantada por", "divulgada pelo" a newspaper.
 */
const TOLD_BY_RE =
  /\b(?:first|earlier|originally) (?:reported|revealed)\b|\breported (?:earlier|first) by\b|\b(?:r[ée]v[ée]l[ée]e?|rapport[ée]e?|publi[ée]e?) (?:par|dans)\b|\b(?:anticipat|pubblicat|rilanciat|riportat|diffus)[ao] (?:da|dal|dalla|dall['’])|\b(?:adelantad|publicad|revelad)[oa] (?:por|en)\b|\b(?:divulgad|revelad|publicad|noticiad)[oa] (?:pel[oa]|por|n[oa])\b|\b(?:zuerst|zuvor) (?:berichtet|gemeldet)\b/i;

/**
 * The deal told as announced, in the passive or as a noun: "The deal was announced September 8", "its announcement",
 * "a été annoncé", "wurde … bekanntgegeben", "fue anunciado", "è stato annunciato", "foi anunciado".
 */
const WAS_ANNOUNCED_RE =
  /\b(?:was|were|been) (?:\S+ )?announced\b|\b(?:previously|already|officially) announced\b|\bannouncement\b|\ba (?:\S+ )?[ée]t[ée] annonc|\bannonce officielle|\bwurde (?:\S+ ){0,3}(?:angek[üu]ndigt|bekanntgegeben|bekannt gegeben)|\b(?:fue|ha sido) anunciad|\b(?:[èe] stat[oa]|era stat[oa]) annunciat|\bfoi anunciad/i;

/** Is the deal of the sentence `span`, signed as told, credited to hearsay by one of the sentences after it? */
export function creditedLater(
  text: string,
  span: Span,
  pair: readonly [string, string],
  ownAmount: (s: Span) => boolean,
): boolean {
  if (toldByParty(text.slice(span.start, span.end))) return false;
  let at = span.end;
  for (let i = 0; i < SENTENCES_READ && at < text.length; i++) {
    const from = at + text.slice(at, at + 400).search(/\S/);
    if (from < at) return false;
    const s = sentenceAt(text, from);
    if (s.start < span.end || s.end <= from) return false;
    // Another amount is another deal's sentence: its source is its own, and the deal's story has moved on.
    if (ownAmount(s)) return false;
    // "The deal ranks among the largest ever, according to Bloomberg": the source vouches for the ranking only.
    const sentence = withoutRankings(text.slice(s.start, s.end));
    // A deal the companies announced ("the companies announced on Monday", "ont annoncé") stays signed, whoever
    // first reported it or gave its figure.
    // "The deal will help Microsoft close its gap, Bloomberg wrote": the outlet's own comment, not its scoop.
    if (credits(sentence) && !outletComment(sentence) && namesOnly(text, s, pair))
      return !announced(text.slice(Math.max(0, span.start - ANNOUNCEMENT_BEFORE), s.end));
    at = s.end;
  }
  return false;
}

function announced(told: string): boolean {
  return ANNOUNCED_RE.test(told) || WAS_ANNOUNCED_RE.test(told);
}

function credits(sentence: string): boolean {
  if (toldByParty(sentence)) return false;
  if (PRONOUN_CREDIT_RE.test(sentence))
    return hearsayIn(sentence) || citesMedia(sentence) || SOURCES_RE.test(sentence);
  return (
    DEAL_AGAIN_RE.test(sentence) && (hearsayIn(sentence) || citesMedia(sentence) || TOLD_BY_RE.test(sentence))
  );
}

/**
 * The news pointed back at by a pronoun, then who tells it: "Lo riferiscono diverse fonti finanziarie", "C'est ce que
 * rapportent plusieurs médias", "Das berichten Insider", "Así lo informan fuentes del sector", "É o que dizem
 * fontes", "That's according to people familiar with the matter".
 */
const PRONOUN_CREDIT_RE =
  /^\W{0,3}(?:(?:lo|la)\s|l['’]\s?)(?:riferisc\p{L}*|riport\p{L}*|rivel\p{L}*|scriv\p{L}*|conferm\p{L}*|anticip\p{L}*)|^\W{0,3}c['’]est ce qu(?:e|['’])\s?(?:rapporte|rapportent|révèle|révèlent|affirme|affirment|indique|indiquent|écrit|écrivent)|^\W{0,3}(?:das|dies) (?:berichte[nt]|melde[nt]|schreib(?:t|en))|^\W{0,3}(?:así )?lo (?:inform\p{L}*|public\p{L}*|revel\p{L}*|adelant\p{L}*|asegur\p{L}*)|^\W{0,3}(?:é|foi) o que (?:inform\p{L}*|revel\p{L}*|diz|dizem|afirm\p{L}*)|^\W{0,3}(?:that['’]s|this is) according to/iu;
/** Unnamed sources, in six languages. */
const SOURCES_RE =
  /\b(?:sources|fonti|Quellen|Insider|fuentes|fontes|people familiar|personnes proches|m[ée]dias|medios|media|Medien|m[íi]dia)\b/i;

/** The sentence names no company but the pair's: a source of another company's news is that news's. */
function namesOnly(text: string, s: Span, pair: readonly [string, string]): boolean {
  return findCompanyMentions(text, s.start, s.end).every((m) => pair.includes(m.company.id));
}

/** A wire's dateline: "New York (Reuters) - ", "PARIS (AFP) — ", "(Bloomberg) -- ". */
const DATELINE_RE = /^[^()\n]{0,40}\([^()\n]{2,30}\)\s*(?:[-–—:]{1,2}\s*)?/u;

/** How far into the deal's own sentence its "The deal" may open. */
const DEAL_AGAIN_REACH = 40;

/**
 * "OpenAI has signed a five-year contract with Oracle, the Wall Street Journal reported. The deal is worth $300
 * billion …": the sentence before, which names both companies and no amount, credits the deal to a newspaper or to
 * hearsay; the amount's sentence only names the deal again.
 */
export function creditedBefore(
  text: string,
  before: Span,
  span: Span,
  pair: readonly [string, string],
): boolean {
  if (!DEAL_AGAIN_RE.test(text.slice(span.start, span.start + DEAL_AGAIN_REACH))) return false;
  if (toldByParty(text.slice(span.start, span.end))) return false;
  // "New York (Reuters) - …": a wire's dateline names the publisher, not a source.
  const sentence = text.slice(before.start, before.end).replace(DATELINE_RE, '');
  if (!(hearsayIn(sentence) || citesMedia(sentence)) || toldByParty(sentence)) return false;
  const named = new Set(findCompanyMentions(text, before.start, before.end).map((m) => m.company.id));
  return pair.every((id) => named.has(id));
}
