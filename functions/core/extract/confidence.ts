// How much a mention can be trusted, from the quality of its evidence (not from the deal's status: a deal in
// talks, stated clearly, is a right mention). Alerts go out only at or above a subscriber's threshold (0.8 by
// default), so the score is built so that what reaches 0.8 needs explicit evidence: a stated value, both parties
// in the amount's own sentence, roles given by a clause or by the company table, a contract word.
//
// The score is a handful of named points and penalties, never weights fitted per document. Each penalty names a
// way the extractor is known to go wrong on text written by others (a side deal's amount, a total over several
// contracts, a party bound across a clause, a yearly figure, a pronoun's referent, roles the sentences dispute);
// the penalty does not decide that the mention is wrong, it only keeps such a mention from alerting on its own.
// Chosen on the older generations of the tuning corpus and checked on the h2 / h5 documents (written apart):
// docs/architecture.md has the figures. Monotone: more evidence never lowers it, another warning sign never raises it.

import { lazy } from '../lazy';
import { withoutInvestorDescriptors } from './investor-descriptor';
import { memoizeByStrings } from './memo';
import { MONTH_NAMES } from './month-names';
import { BACKSTOP_WORD_RE } from './parties';
import type { RoleBasis } from './roles';
import { textBefore } from './text-window';

export interface Evidence {
  /** A money amount is stated (not only "multibillion" or a GW figure). */
  hasValue: boolean;
  /** Both parties are named in the amount's own sentence (not gathered from the sentences before). */
  sameSentence: boolean;
  /** One party stands in for the article's subject (a roundup's row, "the group"): named elsewhere. */
  standIn: boolean;
  roleBasis: RoleBasis;
  /** A contract noun or verb (agreement, contrat, Vertrag, acuerdo, contratto, contrato, signed) in the evidence. */
  contractWord: boolean;
  /** Characters between the amount and the farther of its two parties. */
  partyDistance: number;
  /** Only the headline says it. */
  titleOnly: boolean;
  /** A party is a brand named as a product ("Nvidia GB300 systems"). */
  weakParty: boolean;
  /** The amount is an option or a possibility ("could reach up to"). */
  hypothetical: boolean;
  /** What the words around the amount warn of (amountWarnings). */
  warnings: AmountWarnings;
  /** The amount's sentence names a company that is neither party. */
  thirdCompany: boolean;
  /** The amount's sentence states other amounts (a roundup told in one breath). */
  severalAmounts: boolean;
  /** A party is named inside an enumeration of three companies or more ("CoreWeave, Nscale, Lambda und Nebius"). */
  crowded?: boolean;
}

const ROLE_POINTS: Record<RoleBasis, number> = {
  clause: 0.1,
  maker: 0.06,
  'usual-roles': 0.06,
  tier: 0.02,
  none: 0,
};
/** Beyond this, the parties are likely bound across a clause they do not share with the amount. */
const NEAR_CHARS = 150;
/** A deal told without its value ("a multibillion-dollar agreement") says too little to alert on by itself. */
const NO_VALUE_CEILING = 0.75;

/** The named penalties: each one alone takes a clean mention (0.95) to no lower than 0.75. */
export const PENALTIES = {
  /** The amount may be an investment, a funding round or a market value ("invested $3 billion in"). */
  sideDealNear: 0.2,
  /** A side deal elsewhere in the sentence: the amount may still be bound to its pair. */
  sideDealInSentence: 0.1,
  /** A yearly revenue figure is no contract's value. */
  yearly: 0.2,
  /** "The company, which agreed $17.4 billion with Microsoft, said the Meta capacity…": one party is the other clause's. */
  splitClause: 0.15,
  /** "contracts now total $8.5 billion": a sum over several deals, often with other partners. */
  totalWord: 0.1,
  /** "Last week it widened its OpenAI contract": the referent of "it" is a guess. */
  pronounSubject: 0.1,
  /** The sentences about the pair disagree on who buys (set in merge.ts). */
  disputedRoles: 0.1,
  /** Another company in the sentence could be the real party. */
  thirdCompany: 0.05,
  /** Several amounts in one sentence: each may belong to another pair. */
  severalAmounts: 0.05,
  /**
   * An option or a possibility ("could pay up to", "podría llegar a", "potrebbe arrivare a"): what the contract may
   * reach, not what it is worth; alone it keeps a clean mention below the alert threshold.
   */
  hypothetical: 0.15,
  /**
   * A party named inside an enumeration of three companies or more ("neoclouds such as CoreWeave, Nscale, Lambda
   * and Nebius"): the pair is one of a list, and the amount is often the list's sum.
   */
  crowded: 0.1,
  /**
   * The amount counts other contracts in ("Including its lease with AWS, …", "Counting its Barber Lake agreements",
   * "Tous contrats confondus, y compris le bail avec Amazon", "einschließlich", "incluido", "compreso", "incluindo"):
   * a sum over several deals whose wording names no total.
   */
  includesOthers: 0.15,
  /**
   * The party is a guess ("an unnamed customer that analysts believe is OpenAI", "hinter dem Analysten OpenAI
   * vermuten", "un client non nommé"): who signed is not stated.
   */
  guessedParty: 0.2,
  /**
   * A party named as whose obligations are guaranteed ("$1.3 billion of Fluidstack lease obligations",
   * "obligaciones de arrendamiento de Fluidstack"): the tenant of a guarantee, whose other party is the landlord.
   */
  obligor: 0.1,
  /**
   * The sentence tells a background or earlier deal ("already", "previously", "remains", "in October", "bereits",
   * "déjà", "ya", "già", "já", "im September"): a recap in an article about another deal, whose pair is often
   * bound to the wrong company. Measured on the generations written apart (h5-h9, each read by the extractor of
   * its day): 12 of the 50 mentions at >= 0.8 with this sign were wrong, against 30 of 226 without it.
   */
  background: 0.05,
  /**
   * Neither party is named in the amount's own clause (between the commas, dashes, colons or brackets around it):
   * "Cipher loue … à Fluidstack, dans le cadre d'un accord de 3 milliards garanti par Google". On h5-h9 as written
   * apart, 11 of 47 such mentions at >= 0.8 were wrong, against 31 of 229 without it.
   */
  amountClauseAlone: 0.05,
  /**
   * A party named only inside a comparison aside ("just as it did with TeraWulf's deal, Google will backstop …",
   * "comme pour TeraWulf", "wie schon bei TeraWulf", "al igual que con TeraWulf", "come già per TeraWulf", "assim
   * como fez com a TeraWulf"): the aside recalls another deal, and its company is the likely stand-in for the real
   * party, named in an earlier sentence. Read on real pages (r18, rkinds8): such a pair was wrong at 0.91.
   */
  comparedParty: 0.15,
  /**
   * The value is an analyst's estimate ("An analyst at Wedbush puts the contract's worth at about $4 billion", "Ein
   * Analyst … schätzt den Wert auf", "Un analista … calcula el valor en"): an outsider's figure for a contract whose
   * parties did not give one (real pages, round 36: such values alerted at 0.85).
   */
  estimatedValue: 0.1,
  /**
   * A party borrowed from the sentence before, where it is the object of another pair's deal ("Core Scientific is
   * locked into $10.2 billion from CoreWeave. Cipher Digital secured $9.3 billion across two leases": CoreWeave is
   * no party of Cipher's leases). Read on real pages (r19, rfp9): such a pair printed at 0.85 and was wrong
   * (borrowed-party.ts decides the construction).
   */
  borrowedParty: 0.1,
} as const;

export function confidenceOf(e: Evidence): number {
  let c = 0.45;
  if (e.hasValue) c += 0.15;
  if (e.sameSentence && !e.standIn) c += 0.1;
  c += ROLE_POINTS[e.roleBasis];
  if (e.contractWord) c += 0.1;
  if (e.partyDistance <= NEAR_CHARS) c += 0.05;
  if (e.titleOnly) c -= 0.1;
  if (e.weakParty) c -= 0.1;
  if (e.hypothetical) c -= PENALTIES.hypothetical;
  if (e.standIn) c -= 0.03;
  const w = e.warnings;
  if (w.sideDeal === 'near') c -= PENALTIES.sideDealNear;
  else if (w.sideDeal === 'sentence') c -= PENALTIES.sideDealInSentence;
  if (w.yearly) c -= PENALTIES.yearly;
  if (w.splitClause) c -= PENALTIES.splitClause;
  if (w.obligor) c -= PENALTIES.obligor;
  if (w.totalWord) c -= PENALTIES.totalWord;
  if (w.pronounSubject) c -= PENALTIES.pronounSubject;
  if (e.thirdCompany) c -= PENALTIES.thirdCompany;
  if (e.severalAmounts) c -= PENALTIES.severalAmounts;
  if (e.crowded) c -= PENALTIES.crowded;
  if (w.includesOthers) c -= PENALTIES.includesOthers;
  if (w.guessedParty) c -= PENALTIES.guessedParty;
  if (w.background) c -= PENALTIES.background;
  if (w.amountClauseAlone) c -= PENALTIES.amountClauseAlone;
  if (w.comparedParty) c -= PENALTIES.comparedParty;
  if (w.estimatedValue) c -= PENALTIES.estimatedValue;
  if (!e.hasValue) c = Math.min(c, NO_VALUE_CEILING);
  return bounded(c);
}

/** A party borrowed from another deal's sentence, where it was that deal's object (borrowed-party.ts). */
export function withBorrowedParty(confidence: number): number {
  return bounded(confidence - PENALTIES.borrowedParty);
}

/** A pair whose sentences disagree on who buys: the roles kept are a vote, not a statement. */
export function withDisputedRoles(confidence: number): number {
  return bounded(confidence - PENALTIES.disputedRoles);
}

const bounded = (c: number): number => Math.max(0.05, Math.min(0.99, Math.round(c * 100) / 100));

export const CONTRACT_WORD_RE =
  /agreement|contract|order form|\bdeals?\b|\blease|accord|contrat|\bbail\b|\bbaux\b|vertrag|vertr[äa]ge|vereinbarung|abkommen|auftrag|acuerdo|contrato|arrendamiento|alquiler|contratto|accordo|locazione|acordo|arrendamento|aluguel|parceria|\border\b|commande|pedido|\bsign(?:s|ed|ing)?\b|sign[ée]|unterzeichne|unterschrieben|\bfirm(?:ó|a|an|ado|ato|ano)\b|assin(?:ou|a|am|ado|atura)\b|\bcommit(?:s|ted|ment)?\b|s['’]engage/i;

/** What a sentence says around one amount, read for the penalties above (positions relative to the sentence). */
export interface AmountSite {
  sentence: string;
  /** The amount's start and end in the sentence (-1 when there is no amount: a GW figure, "multibillion"). */
  start: number;
  end: number;
  /** Where each party is named in the sentence (negative: in an earlier sentence). */
  partyAt: readonly number[];
  /** Both parties are named in the amount's own sentence. */
  sameSentence: boolean;
  /** One party stands in for the article's subject (named elsewhere). */
  standIn: boolean;
}

/** Characters each side of the amount where a side deal's word makes the amount suspect. */
const SIDE_DEAL_REACH = 80;
/** Characters each side of the amount where a total's word counts. */
const TOTAL_REACH = 60;

const letter = 'a-zà-ÿ\\d';
/** Any further letters of a word (its ending). */
const rest = `[${letter}]*`;
/**
 * A whole-word alternation whose entries all start with an ASCII letter ("\b" opens them: a lookbehind at every
 * position would cost more than the rest) and may end in an accented letter (a Unicode lookahead closes them).
 */
const words = (alternation: string): RegExp => new RegExp(`\\b(?:${alternation})(?![${letter}])`, 'i');
/** The same, at the start of the text only. */
const leading = (alternation: string): RegExp => new RegExp(`^(?:${alternation})(?![${letter}])`, 'i');

/** Investment, funding, valuation and stock-market words, in the six languages. */
const SIDE_DEAL_RE = lazy(() =>
  words(
    [
      'invest(?:s|ed|ing|ment|ments|ors?)?|stakes?|funding|raised?|raises|raising|series [a-f]|valuation|share price|shares (?:rose|fell|jumped|climbed|gained|dropped)|stock|market (?:cap|value)|ipo|equity',
      `investi${rest}|participation|lev[ée]e de fonds|l[èe]ve|lev[ée]|financement|valorisation|actionna${rest}|bourse|capitalisation`,
      `investier${rest}|investition${rest}|investor${rest}|beteiligung${rest}|eingesammelt|sammelt${rest}|finanzierung${rest}|bewertung|aktien?|börse${rest}|marktwert|einzusteigen|einsteig${rest}|einstieg|steigt [^.]{0,40} ein`,
      `inversi[oó]n${rest}|invert${rest}|inversor${rest}|participaci[oó]n|financiaci[oó]n|ronda de|valoraci[oó]n|acciones|bolsa`,
      `investiment${rest}|investitor${rest}|partecipazione|finanziament${rest}|round|valutazione|azioni|borsa|capitalizzazione`,
      `investidor${rest}|participa[çc][ãa]o|financiamento|rodada|avalia[çc][ãa]o|a[çc][õo]es|valor de mercado`,
      // A loan, an export licence: the amount may be the loan's, the chips' count the licence's.
      `loans?|pr[êe]ts?|emprunts?|darlehen|kredit${rest}|pr[ée]stamos?|prestit[oi]|mutu[oi]|empr[ée]stimos?|exports?|export licen${rest}|ausfuhr${rest}|exportaci[oó]n${rest}|esportazion${rest}|exporta[çc][ãa]o|exporta[çc][õo]es`,
    ].join('|'),
  ),
);

const TOTAL_RE = words(
  `total${rest}|in all|combined|together|altogether|cumulative|aggregate|insgesamt|zusammen|gesamt${rest}|au total|cumul${rest}|ensemble|en total|en conjunto|conjunt${rest}|in totale|complessiv${rest}|nel complesso|no total|ao todo|somad${rest}|somam|sum`,
);

/**
 * "The total contract value is $17.4 billion", "valeur totale du contrat", "Gesamtwert des Vertrags": the whole
 * value of one contract (the usual wording of a filing), not a sum over several; its total word warns of nothing.
 */
const ONE_CONTRACT_TOTAL_RE =
  /\btotal (?:contract |deal |agreement )?value(?! of (?:the |its |their )?(?:contracts|agreements|deals))|\b(?:the |its )?(?:contract|agreement|deal)['’]s total value|\b(?:valeur|montant) total(?:e)? (?:du contrat|de l['’]accord)|\bgesamt(?:wert|volumen) (?:des vertrag(?:e)?s|der vereinbarung)|\bvalor total (?:del contrato|del acuerdo|do contrato|do acordo)|\bvalore (?:totale|complessivo) (?:del contratto|dell['’]accordo)/gi;

/** A yearly figure: "a year" within a few words after the amount, or "annual" just before it. */
const YEARLY_AFTER_RE = new RegExp(
  `^[^.;]{0,25}?(?<![${letter}])(?:a year|per year|per annum|annual|annually|each year|a month|per month|monthly|par an|annuel${rest}|par mois|pro jahr|j[äa]hrlich${rest}|im jahr|pro monat|al a[ñn]o|anual${rest}|por a[ñn]o|al mes|all['’]anno|annu[ao]|annui|l['’]anno|al mese|por ano|ao ano|por m[êe]s)(?![${letter}])`,
  'i',
);
// A word of its own: "pluriannuel", "plurianual" tell a contract's length, not a yearly figure.
const YEARLY_BEFORE_RE = new RegExp(
  `(?<![${letter}])(?:annual|yearly|annuel${rest}|jährlich${rest}|jahresumsatz|anual${rest}|annu[ao]|annui)\\s[^.;]{0,30}$`,
  'i',
);

/** German participles that close a clause telling an agreement ("… geschlossen, die …"). */
const CLOSING_PARTICIPLE =
  '(?:geschlossen|abgeschlossen|unterzeichnet|vereinbart|getroffen|eingegangen|unterschrieben)';
/** The rest of a clause up to its closing participle ("Vereinbarung mit Nebius geschlossen"). */
const BEFORE_CLOSING_PARTICIPLE = `\\b[^,.;]{0,80}\\s${CLOSING_PARTICIPLE}`;
/**
 * What opens a relative or contrasting clause: a party beyond it is that clause's, not the amount's. Not a German
 * relative pronoun of the agreement's gender right after the participle that closes the clause naming it ("hat eine
 * Vereinbarung mit Nebius geschlossen, die dem Unternehmen Rechenkapazitäten im Wert von bis zu 19,4 Milliarden
 * Dollar sichert"): it stands for the agreement, whose parties are the amount's.
 */
const SPLIT_RE = new RegExp(
  `;|\\s[–—]\\s|,\\s(?:which|who|whose|while|whereas|after|before|although|but|said|says|während|nachdem|qui|que|dont|tandis|alors|lequel|laquelle|mientras|cuyo|cuya|el cual|la cual|che|mentre|il quale|la quale|enquanto|cujo|cuja|o qual|a qual)(?![${letter}])|(?<!\\b(?:Vereinbarung|Partnerschaft|Kooperation)${BEFORE_CLOSING_PARTICIPLE}),\\sdie(?![${letter}])|(?<!\\b(?:Vertrag|Deal|Auftrag|Mietvertrag)${BEFORE_CLOSING_PARTICIPLE}),\\sder(?![${letter}])|(?<!\\b(?:Abkommen)${BEFORE_CLOSING_PARTICIPLE}),\\sdas(?![${letter}])|,\\s(?:dem|den)(?![${letter}])`,
  'i',
);

/** A pronoun or a stand-in noun as the sentence's subject (at its start or before the amount). */
const PRONOUN_START_RE = leading(
  "it|they|the company|the group|the firm|the startup|the provider|il|elle|ils|elles|la soci[ée]t[ée]|le groupe|l['’]entreprise|er|sie|es|das unternehmen|der konzern|die firma|ella|[ée]l|la empresa|la compa[ñn][ií]a|el grupo|esso|essa|la societ[àa]|l['’]azienda|il gruppo|ela|ele|a empresa|a companhia|o grupo",
);
const PRONOUN_BEFORE_RE = words(
  "it|its|they|their|he|she|il|elle|ils|elles|er|sie|es|the company|the group|la soci[ée]t[ée]|le groupe|das unternehmen|der konzern|la empresa|la compa[ñn][ií]a|la societ[àa]|l['’]azienda|a empresa|a companhia",
);

export interface AmountWarnings {
  /** An investment, funding or share-price word: beside the amount ('near'), elsewhere in its sentence, or none. */
  sideDeal: 'near' | 'sentence' | null;
  /** "total", "insgesamt", "complessivo" beside the amount: it may add several contracts up. */
  totalWord: boolean;
  /** "a year", "jährlich", "all'anno" after the amount: a yearly figure, not the contract's value. */
  yearly: boolean;
  /** A relative or contrasting clause (", which", "; ", ", während") lies between the amount and a party. */
  splitClause: boolean;
  /** The sentence's subject is a pronoun ("it", "la société") whose referent is taken from elsewhere. */
  pronounSubject: boolean;
  /** A party is named as the one whose obligations the amount covers (a guarantee's tenant). */
  obligor: boolean;
  /** "Including", "counting", "y compris", "einschließlich" before the amount: other contracts are counted in. */
  includesOthers: boolean;
  /** "an unnamed customer", "analysts believe", "vermuten Analysten": the party is a guess. */
  guessedParty: boolean;
  /** "already", "previously", "in October", "bereits", "déjà", "ya", "già", "já": a background or earlier deal. */
  background: boolean;
  /** Neither party is named in the amount's own clause (commas, dashes, colons, brackets around it). */
  amountClauseAlone: boolean;
  /** A party is named only inside a comparison aside ("just as it did with TeraWulf's deal", "comme pour"). */
  comparedParty: boolean;
  /** An analyst's estimate of the value right before the amount. */
  estimatedValue: boolean;
}

/**
 * A background or earlier deal told in passing: an adverb of time past or of continuation, or a month ("in
 * October", "en octobre", "im Oktober", "en octubre", "a ottobre", "em outubro"), in the six languages.
 */
const BACKGROUND_RE = lazy(() =>
  words(
    [
      'already|earlier|previously|remains?|last (?:year|month|week)|before that',
      `d[ée]j[àa]|auparavant|pr[ée]c[ée]demment|reste|demeure`,
      `bereits|schon|zuvor|vorher|bleibt`,
      `ya|anteriormente|previamente|sigue siendo`,
      `gi[àa]|in precedenza|rimane|resta`,
      `j[áa]|anteriormente|continua (?:a ser|sendo)|permanece`,
      `(?:in|en|im|a|em) (?:${MONTH_NAMES})`,
    ].join('|'),
  ),
);
const backgroundInSentence = memoizeByStrings((s: string): boolean => BACKGROUND_RE().test(s));

/** What closes a clause around an amount (a decimal comma inside the amount is inside its span, never read). */
const CLAUSE_MARK_RE = /[,;:()–—]/;

/** Is neither party named between the clause marks around the amount? */
function amountClauseAlone(s: string, start: number, end: number, partyAt: readonly number[]): boolean {
  let from = start;
  while (from > 0 && !CLAUSE_MARK_RE.test(s[from - 1]!)) from--;
  let to = end;
  while (to < s.length && !CLAUSE_MARK_RE.test(s[to]!)) to++;
  return partyAt.every((at) => at >= 0 && (at < from || at >= to));
}

/** Other contracts counted into the amount, before it in its sentence, in the six languages. */
const INCLUDES_OTHERS_RE = words(
  `(?:including|counting|y compris|en comptant|einschlie[ßs]lich|inklusive|incluid[oa]s?|incluyendo|contando|sumando|compres[oi]|inclus[oi]|contando anche|incluindo|inclu[íi]d[oa]s?|somando)\\s(?:[^\\s.;]+\\s){0,5}?(?:leases?|agreements?|contracts?|deals?|bail|baux|contrats?|accords?|Vertr[äa]ge?|Vertrags?|Mietvertr${rest}|acuerdos?|contratos?|contratt[oi]|accord[oi]|acordos?|arrendamientos?|locazion${rest}|aluguel)|tous contrats confondus|alle Vertr[äa]ge zusammen|todos los contratos|tutti i contratti|todos os contratos`,
);
/**
 * Other contracts counted in before the amount; not when the amount is the counted contract's own ("somando o
 * acordo de US$ 14,2 bilhões", "en comptant le contrat de 14,2 milliards": the word ends just before it).
 */
function countsOthersIn(before: string): boolean {
  const m = INCLUDES_OTHERS_RE.exec(before);
  return m !== null && before.length - (m.index + m[0].length) > OWN_VALUE_GAP;
}
/** Characters between "the contract" and its own amount ("of ", " de ", " von rund "). */
const OWN_VALUE_GAP = 16;

/** A party told as a guess: an unnamed customer, what analysts suspect. */
/** An analyst, then the verb that sizes the figure, before the amount in its sentence (six languages). */
const ANALYST_ESTIMATE_BEFORE_RE =
  /\b(?:analysts?|analystes?|Analyst(?:en)?|analistas?|analisti)\b[^.;]{0,80}?\b(?:puts?|pegs?|estimates?|values?|sees?|[ée]value|estime|chiffre|sch[äa]tz(?:t|en)|beziffer(?:t|n)|calcula|estima|cifra|stima(?:no)?|valuta(?:no)?|avalia)\b[^.;]{0,60}$/iu;
const ESTIMATE_READ = 160;

const GUESSED_PARTY_RE = words(
  `unnamed (?:customer|client)|undisclosed (?:customer|client)|analysts? (?:believe|suspect|think|say is)|believed to be|client non (?:nomm|identifi)${rest}|que les analystes|(?:ungenannt|nicht genannt|nicht namentlich genannt)${rest}\\s(?:Kunde|Kunden|Auftraggeber|Abnehmer)${rest}|analysten vermuten|vermuten analysten|cliente (?:no identificad|an[óo]nim|no revelad)${rest}|que los analistas|cliente (?:non (?:nominat|identificat)|anonim)${rest}|che gli analisti|cliente (?:n[ãa]o identificad|an[ôo]nim|n[ãa]o revelad)${rest}|que os analistas`,
);

/**
 * The words that open a comparison aside right before a company's name, in the six languages: "just as it did with",
 * "as it did for", "similar to", "like", "comme (il l'a fait) pour/avec", "à l'instar de", "wie (schon) bei/mit",
 * "ähnlich wie bei", "al igual que (con)", "como hizo con", "come (già) per/con", "così come con", "assim como (fez)
 * com", "a exemplo de". Anchored at the end of the text read before the name; each entry opens on a literal word.
 */
const COMPARED_BEFORE_RE =
  /(?:(?:just |much )?as (?:it|they|he|she) (?:did|had done) (?:with|for|at|in)|as (?:with|for|in) the|similar to|akin to|(?:just )?like|comme (?:(?:il|elle) l['’]a fait |d[ée]j[àa] |avant lui |pour |avec )?(?:pour|avec|chez)|(?:à|a) l['’]instar d['’]?e?|(?:genau |ähnlich |schon )?wie (?:schon |bereits |zuvor )?(?:bei|mit|für)|[äa]hnlich wie|al igual que(?: con| en| hizo con)?|como (?:ya )?(?:hizo|hab[íi]a hecho) con|come (?:gi[àa] |aveva fatto |ha fatto )?(?:per|con)|cos[íì] come(?: con| per)?|assim como(?: fez| j[áa] fizera)?(?: com| para)?|a exemplo d[aeo]|tal como(?: com| con)?)\s(?:(?:the|its|le|la|les|l['’]|der|die|dem|den|el|los|lo|il|a|o|os|as|do|da)\s?)?$/i;
/** How far before a party's name its comparison words are read. */
const COMPARED_REACH = 50;

/** A tenant's obligations (not "engagements" or "Verpflichtungen": a buyer's own commitments read so too). */
const OBLIGATIONS = '(?:obligations?|obligaciones|obbligazioni|obriga[çc][õo]es|Zahlungsverpflichtungen)';
/** Right after a party's name: "Fluidstack's lease obligations", "Fluidstack lease obligations". */
const OBLIGOR_AFTER_RE = new RegExp(
  `^[\\p{L}\\d.&-]+(?:['’]s)?\\s(?:[\\p{L}-]+\\s){0,2}${OBLIGATIONS}\\b`,
  'iu',
);
/** Right before a party's name: "obligaciones de arrendamiento de Fluidstack", "Verpflichtungen von Fluidstack". */
const OBLIGOR_BEFORE_RE = new RegExp(
  `${OBLIGATIONS}\\s(?:[\\p{L}-]+\\s){0,3}(?:of|de|di|da|do|von|des|du|d['’])\\s?(?:la\\s|el\\s|a\\s)?$`,
  'iu',
);
/** How far around a party's name its obligations are read. */
const OBLIGOR_REACH = 60;

/** Characters read between an amount and a party, or before the amount for its subject: a long sentence stays cheap. */
const CLAUSE_READ = 300;

/** Remembered per sentence for the document: a sentence's amounts are read one after the other. */
// "from its investor Microsoft": a word saying who a named company is tells no investment (investor-descriptor.ts).
const sideDealInSentence = memoizeByStrings((s: string): boolean =>
  SIDE_DEAL_RE().test(withoutInvestorDescriptors(s)),
);
const sentenceHasSideDeal = (s: string): boolean => sideDealInSentence(s, '');

/** How far before the words between an amount and a party the split's look-behinds read (the agreement's noun). */
const SPLIT_LOOK_BACK = 120;
const SPLIT_FROM_RE = new RegExp(SPLIT_RE.source, 'gi');

/** Does a clause split open between the amount at `start` and the party at `at` (at most CLAUSE_READ characters)? */
function splitsBetween(s: string, start: number, at: number): boolean {
  const from = at < start ? Math.max(at, start - CLAUSE_READ) : start;
  const to = at < start ? start : Math.min(at, start + CLAUSE_READ);
  const origin = Math.max(0, from - SPLIT_LOOK_BACK);
  SPLIT_FROM_RE.lastIndex = from - origin;
  return SPLIT_FROM_RE.exec(s.slice(origin, to)) !== null;
}

/** The penalties read from the words around one amount. */
export function amountWarnings(site: AmountSite): AmountWarnings {
  const { sentence: s, start, end, partyAt, sameSentence, standIn } = site;
  const hasAmount = start >= 0;
  const around = (reach: number): string => s.slice(Math.max(0, start - reach), end + reach);
  const sideNear = hasAmount
    ? SIDE_DEAL_RE().test(withoutInvestorDescriptors(around(SIDE_DEAL_REACH)))
    : sentenceHasSideDeal(s);
  const splitClause =
    sameSentence && hasAmount && partyAt.some((at) => at >= 0 && splitsBetween(s, start, at));
  const pronounSubject =
    ((!sameSentence || standIn) && PRONOUN_START_RE.test(s.trimStart())) ||
    (!sameSentence && hasAmount && PRONOUN_BEFORE_RE.test(textBefore(s, start, CLAUSE_READ)));
  return {
    sideDeal: sideNear ? 'near' : sentenceHasSideDeal(s) ? 'sentence' : null,
    totalWord: hasAmount && TOTAL_RE.test(around(TOTAL_REACH).replace(ONE_CONTRACT_TOTAL_RE, ' ')),
    yearly:
      hasAmount &&
      (YEARLY_AFTER_RE.test(s.slice(end, end + 120)) || YEARLY_BEFORE_RE.test(textBefore(s, start, 60))),
    splitClause,
    pronounSubject,
    includesOthers: hasAmount && countsOthersIn(textBefore(s, start, CLAUSE_READ)),
    guessedParty: GUESSED_PARTY_RE.test(s),
    background: backgroundInSentence(s, ''),
    amountClauseAlone: sameSentence && hasAmount && amountClauseAlone(s, start, end, partyAt),
    estimatedValue: hasAmount && ANALYST_ESTIMATE_BEFORE_RE.test(textBefore(s, start, ESTIMATE_READ)),
    comparedParty:
      sameSentence &&
      partyAt.some((at) => at > 0 && COMPARED_BEFORE_RE.test(textBefore(s, at, COMPARED_REACH))),
    // A guarantee named as such is re-bound to the landlord afterwards (backstops.ts); a bare "supports $X of
    // Fluidstack lease obligations" is not.
    obligor:
      sameSentence &&
      !BACKSTOP_WORD_RE.test(s) &&
      partyAt.some(
        (at) =>
          at >= 0 &&
          (OBLIGOR_AFTER_RE.test(s.slice(at, at + OBLIGOR_REACH)) ||
            OBLIGOR_BEFORE_RE.test(textBefore(s, at, OBLIGOR_REACH))),
      ),
  };
}
