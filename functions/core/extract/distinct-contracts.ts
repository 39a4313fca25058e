// Two contracts of one pair in one document: "Microsoft signs up to $14 billion with Nscale for Texas. In
// September the two had already agreed a $6.2 billion contract for Narvik." The earlier contract is told with
// words of its own (a month, "already", "the first contract", a pluperfect); its amount is another contract of
// the pair, not a second figure for the one the article is about, and it keeps its own value and status.
import { findCompanyMentions } from '../companies';
import { lazy } from '../lazy';
import { parseMoney } from '../money';
import type { Mention } from '../types';
import type { Candidate } from './candidate';
import { countsContractsApart, splitSeparateContracts } from './contracts-told-apart';
import { expansionWords } from './cues';
import { endsSentence, isTableRowText, type Span, sentenceStartIn } from './sentences';

/**
 * "said Meta had agreed to buy about $21 billion", "a indiqué que Meta avait signé", "dijo que Meta había firmado":
 * reported speech moves the news itself into the pluperfect; only a pluperfect told in the text's own voice places
 * a contract before the news.
 */
const NOT_REPORTED =
  "(?<!\\b(?:said|says|announced|disclosed|stated|confirmed|added|noted|revealed)(?: that)?(?: [^\\s.;]+){0,5} |\\b(?:annonc[ée]|indiqu[ée]|pr[ée]cis[ée]|d[ée]clar[ée]|confirm[ée]|affirm[ée]|expliqu[ée]|dijo|anunci[óo]|inform[óo]|indic[óo]|explic[óo]|confirm[óo]|señal[óo]|precis[óo]|detto|annunciato|comunicato|spiegato|precisato|confermato|disse|anunciou|informou|afirmou|explicou|confirmou) (?:que|qu['’]|che)(?: ?[^\\s.;]+ ){0,5})";

/** Per language: words that place a contract before the one the text is about. Fragments, bounded gaps only. */
const EARLIER_CONTRACT_CUES: readonly string[] = [
  // en
  'already',
  'earlier',
  'previously',
  `${NOT_REPORTED}had (?:\\w+ )?(?:signed|agreed|struck|inked|sealed|awarded|leased|contracted)`,
  'first (?:contract|deal|agreement|lease)',
  '(?:in|on) (?:January|February|March|April|May|June|July|August|September|October|November|December)',
  // fr
  // An accent at least: the Spanish "deja" (leaves) is no "déjà", the German "ja" no "já".
  'd(?:éj[àa]|ejà)',
  'auparavant',
  'pr[ée]c[ée]demment',
  'plus t[ôo]t',
  `${NOT_REPORTED}avai(?:t|ent) (?:d[ée]j[àa] )?(?:conclu|sign[ée]|scell[ée]|paraph[ée]|remport[ée]|obtenu)`,
  'premier (?:contrat|accord|bail)',
  '(?:en|de|d[ée]but|fin|mi-|le \\d{1,2}(?:er)?) ?(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)',
  // de
  'bereits',
  'schon',
  'zuvor',
  'damals',
  'hatten? ',
  'erste[nr]? (?:Vertrag|Auftrag|Abkommen|Vereinbarung|Mietvertrag)',
  '(?:im|vom|seit|am \\d{1,2}\\.) (?:Januar|Februar|M[äa]rz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)',
  // es
  'ya(?! que)',
  'anteriormente',
  'previamente',
  `${NOT_REPORTED}hab[íi]an? (?:firmado|cerrado|sellado|suscrito|acordado|alcanzado)`,
  'primer (?:contrato|acuerdo)',
  '(?:en|de) (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)',
  // it
  'già',
  'in precedenza',
  'precedentemente',
  `${NOT_REPORTED}aveva(?:no)? (?:gi[àa] )?(?:firmato|siglato|concluso|chiuso|stretto|sottoscritto)`,
  'primo (?:contratto|accordo)',
  '(?:a|ad|di|in|nel mese di|il \\d{1,2}) (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)',
  // pt
  'já',
  `${NOT_REPORTED}tinham? (?:j[áa] )?(?:assinado|fechado|firmado|celebrado)`,
  `${NOT_REPORTED}haviam? (?:assinado|fechado|firmado|celebrado)`,
  'primeiro (?:contrato|acordo)',
  '(?:em|de) (?:janeiro|fevereiro|mar[çc]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)',
];

/** A month after "until", "from", "jusqu'en", "a partir de" is when the contract runs, not when it was signed. */
const NOT_AFTER = "(?<!(?:jusqu['’]|partir |partire |until |through |from |fino |hasta |at[ée] |ab |bis ))";

const EARLIER_CONTRACT_RE = lazy(
  () => new RegExp(`(?<![\\p{L}\\d])${NOT_AFTER}(?:${EARLIER_CONTRACT_CUES.join('|')})(?![\\p{L}\\d])`, 'iu'),
);

/**
 * The amount's own clause: from the amount before it (or the sentence start) to the amount after it (or the
 * sentence end). The words between two amounts belong to both ("$11.9 billion in March; $4 billion in May"),
 * the words on the far side of a neighbour to neither.
 */
export function amountClause(text: string, span: Span, pos: number, amountStarts: readonly number[]): string {
  let from = span.start;
  let to = span.end;
  for (const s of amountStarts) {
    if (s < pos && s > from) from = s;
    if (s > pos && s < to) to = s;
  }
  return text.slice(from, to);
}

/** The clause places its contract before the one the text is about. */
export function tellsEarlierContract(clause: string): boolean {
  return EARLIER_CONTRACT_RE().test(clause);
}

/** The cues that place a contract before the news by their own words ("already", a pluperfect), not by a month. */
const MONTH_CUE_RE = /January|janvier|Januar|enero|gennaio|janeiro/;
const UNDATED_EARLIER_RE = lazy(
  () =>
    new RegExp(
      `(?<![\\p{L}\\d])(?:${EARLIER_CONTRACT_CUES.filter((c) => !MONTH_CUE_RE.test(c)).join('|')})(?![\\p{L}\\d])`,
      'iu',
    ),
);

/** The clause places its contract before the news without a date: "Bereits im September hatte Cipher … abgeschlossen". */
export function tellsEarlierContractUndated(clause: string): boolean {
  return UNDATED_EARLIER_RE().test(clause);
}

const SAME_VALUE = 0.02;
const sameValue = (x: number, y: number): boolean => Math.abs(x - y) <= Math.max(x, y) * SAME_VALUE;

/** An amount the text itself states (not an option, not the pair's running total). */
const firm = (c: Candidate): c is Candidate & { mention: { valueUsd: number } } =>
  c.mention.valueUsd !== null && !c.hypothetical && !c.total;

/**
 * "Valued at up to $19.4 billion" in the lead (a bound), then "On September 9, Nebius announced a deal with Microsoft
 * worth $19.4 billion, which includes an initial $17.4 billion": the dated sentence states the lead's bound, then its
 * own part of it, so it tells the lead's contract (when it was announced), not an earlier one.
 */
const PART_OF_BEFORE_RE =
  /includ|incluy|inclu[ií]|compren|comprend|umfass|davon|di cui|\bdont\b|de los cuales|:/i;

/** How far after the bound its part is told, at most. */
const PART_REACH = 80;

function restatesOther(c: Candidate, list: readonly Candidate[]): boolean {
  return toldAsPartOf(
    c,
    list.filter((o) => o.mention.qualifier === 'up_to'),
  );
}

/**
 * `c`'s amount is told as a part of a larger amount of `wholes` just before it, in its sentence ("worth $19.4
 * billion, which includes an initial $17.4 billion", "por un valor de 19.400 millones, que incluye un pago inicial de
 * 17.400 millones"): the same contract's part, never a contract of its own.
 */
function toldAsPartOf(c: Candidate, wholes: readonly Candidate[]): boolean {
  const own = c.mention.valueUsd;
  if (own === null) return false;
  const bounds = wholes.filter((o) => o !== c && firm(o) && o.mention.valueUsd > own);
  if (bounds.length === 0) return false;
  const stated = parseMoney(c.mention.evidence);
  const part = stated.find((m) => sameValue(m.usd, own));
  return (
    part !== undefined &&
    stated.some(
      (m) =>
        m.end <= part.start &&
        bounds.some((o) => sameValue(m.usd, o.mention.valueUsd ?? 0)) &&
        part.start - m.end <= PART_REACH &&
        !/[.!?]\s/.test(c.mention.evidence.slice(m.end, part.start)) &&
        PART_OF_BEFORE_RE.test(c.mention.evidence.slice(m.end, part.start)),
    )
  );
}

/**
 * One pair's candidates, split into its contracts: each earlier contract (a firm amount told with an earlier
 * contract's words) apart, by value; the rest (the article's contract, the amounts without a value) together.
 * Split only when the rest keeps a firm amount of its own that differs: a document about one contract that
 * says when it was signed ("signed in March a $11.9 billion contract") stays one contract. A running total of
 * the pair joins the earlier contract told last before it, whose increment it states.
 */
export function splitContracts(list: readonly Candidate[]): Candidate[][] {
  const ongoing = ongoingBesideEndedTalks(list);
  if (ongoing.length > 0) return [...splitContracts(list.filter((c) => !ongoing.includes(c))), ongoing];
  // A promise to buy the seller's unsold capacity is a backstop beside the firm contract (firm-and-option-sum.ts).
  const unsold = list.filter((c) => c.unsold);
  if (unsold.length > 0 && unsold.length < list.length)
    return [...splitContracts(list.filter((c) => !c.unsold)), unsold];
  const earlier = list.filter((c) => (c.earlier || c.earlierLead) && firm(c) && !restatesOther(c, list));
  if (earlier.length === 0)
    return splitSeparateContracts(list) ?? baseBesideExpansion(list) ?? [list.slice()];
  const isEarlier = (c: Candidate): boolean =>
    firm(c) && earlier.some((e) => sameValue(e.mention.valueUsd!, c.mention.valueUsd));
  const rest = list.filter((c) => !isEarlier(c));
  // A figure borrowed from a sentence that does not name the pair ("Taken together, … nearly $30 billion") is
  // too loose to stand for a contract of its own.
  // An earlier contracts' lead-in ("Including the two initial leases, which …") sets its amount apart by its
  // grammar, whatever the other figures' sentences name.
  const lead = earlier.some((c) => c.earlierLead);
  // A figure told only as a possibility ("a contract that could reach $14 billion") is the article's contract
  // too, when told apart from the earlier one (a headline, another sentence): "which could rise to $14 billion"
  // in the earlier contract's own sentence is that contract's option.
  const apart = (c: Candidate): boolean =>
    c.fromTitle ||
    earlier.every(
      (e) =>
        e.mention.evidenceEnd <= c.mention.evidenceStart || c.mention.evidenceEnd <= e.mention.evidenceStart,
    );
  const firstEarlier = Math.min(...earlier.map((c) => c.order));
  const restValues = rest.filter(
    (c) =>
      c.mention.valueUsd !== null &&
      (!c.hypothetical || apart(c)) &&
      !toldAsPartOf(c, earlier) &&
      (c.ownSentence ||
        lead ||
        valueOfDealToldBefore(c, firstEarlier) ||
        laterContract(c, firstEarlier) ||
        additionAfterEarlier(c, firstEarlier) ||
        totalOfNewAddition(c, earlier) ||
        newContractBeforeEarlier(c, firstEarlier)),
  );
  // An expansion's base told with its own amount ("The two had booked up to $14.2 billion in September") is a
  // contract the text states, kept beside the addition.
  const groups: Candidate[][] = [];
  for (const told of list.filter(isEarlier)) {
    // The lead-in's "expanded" is the new contract's word: the earlier ones it counts were signed before.
    // So is an expansion word borrowed with the pair from the sentence before ("… up to $15 billion of additional
    // capacity. The two companies had signed a $3 billion contract in November").
    // And an expansion told in the clause after the earlier contract's, past a semicolon ("A marzo … un accordo da
    // 11,9 miliardi; a maggio si era aggiunta un'estensione da 4 miliardi") or past the next amount ("The first
    // contract, worth $11.9 billion, dates from March, and a $4 billion add-on followed in May"), is the later
    // contract's word.
    const c: Candidate =
      (told.earlierLead || !expandsInOwnClause(told) || !expandsInOwnStretch(told)) &&
      told.mention.status === 'expanded'
        ? { ...told, mention: { ...told.mention, status: 'signed' } }
        : told;
    const group = groups.find((g) => sameValue(g[0]!.mention.valueUsd!, c.mention.valueUsd!));
    if (group) group.push(c);
    else groups.push([c]);
  }
  if (restValues.length === 0) {
    // "Meta è in trattative con Alphabet … . Ad agosto il gruppo ha firmato con Google Cloud un contratto da 10
    // miliardi": the earlier contract is done, the article's deal (no figure) is still in talks: two contracts.
    if (
      rest.length > 0 &&
      rest.every((c) => c.mention.status === 'in_talks') &&
      groups.every((g) => g.every((c) => c.mention.status !== 'in_talks'))
    )
      return [...groups, rest];
    // Two contracts or more, each dated in a sentence of its own ("worth $11.9 billion in March. In May the two
    // companies agreed a further contract worth $4 billion"): each its own; the pair's other sentences join the first.
    // Two dated figures of one sentence may be one contract and a figure of another kind ("signed … $11.9 billion in
    // March, CoreWeave said in May, when it reported revenue of $982 million"), unless the sentence counts the
    // contracts ("los dos contratos que TeraWulf firmó en agosto").
    const sentences = groups.map((g) => lastSentence(g[0]!));
    const apartInOne = (t: string, i: number): boolean =>
      sentences.indexOf(t) === i || countsContractsApart(t);
    if (groups.length < 2 || !sentences.every(apartInOne)) return [list.slice()];
    groups[0]!.push(...rest);
    return groups;
  }
  // A total told with its own increment ("adds $6.5 billion, bringing the total to $22.4 billion") is the
  // article's expansion; a bare total ("11,9 in March, 4 in May and 6,5 in September, a total of 22,4") is the
  // running total the last earlier contract before it reached.
  if (restValues.every((c) => c.total && !c.increment)) {
    const last = (g: Candidate[]): number => Math.max(...g.map((c) => c.order));
    const totalAt = Math.min(...restValues.map((c) => c.order));
    const before = groups.filter((g) => last(g) < totalAt);
    const host = before.sort((x, y) => last(y) - last(x))[0];
    if (!host) return [list.slice()];
    host.push(...rest);
    return groups;
  }
  return [rest, ...groups];
}

/**
 * "Applied Digital signed two leases with CoreWeave worth about $7 billion. In August CoreWeave exercised its option
 * for a third lease worth about $4 billion": an expansion told with its own figure in a sentence of its own, beside
 * the base contract told with another, is a contract of its own (the base signed, the addition expanded); or null.
 * A running total makes them one contract's figures (the increment and the total it reached), unless it stands
 * beside an addition of its own: a table's rows ("First expansion | up to $4.0bn", "Second expansion, taking the
 * total to $22.4bn | up to $6.5bn") are a contract each, the total its row's and that of any sentence that repeats it.
 */
function baseBesideExpansion(list: readonly Candidate[]): Candidate[][] | null {
  const told = list.filter(firm).filter((c) => !c.fromTitle);
  const totals = list.filter((c) => c.total || c.increment);
  // The addition's own clause tells it added, neither dated after its figure as an earlier contract ("Il s'ajoute au
  // contrat de 14,2 milliards signé en septembre" tells the base) nor as a level reached ("porte à 35,2 milliards le
  // montant total"; a total word is the running total's when that total is a figure of its own there). A total told
  // with its increment ("adds $6.5 billion, bringing the total to $22.4 billion") stands for its addition.
  const added = list.filter((c) => {
    if (c.fromTitle || c.mention.status !== 'expanded') return false;
    if (totals.includes(c)) return c.increment != null && isTableRowText(c.mention.evidence);
    const clause = ownClause(c);
    return (
      firm(c) &&
      clause !== null &&
      expands(clause) &&
      !tellsEarlierContract(clause.slice(clause.indexOf(c.mention.valueText!))) &&
      (!TOTAL_WORD_RE.test(clause) || totals.some((t) => lastSentence(t) === lastSentence(c)))
    );
  });
  const addedValue = (a: Candidate): number => a.increment?.usd ?? a.mention.valueUsd!;
  const beside = (a: Candidate, c: Candidate): boolean =>
    lastSentence(a) === lastSentence(c) || sameValue(addedValue(a), c.mention.valueUsd ?? Number.NaN);
  // Each total stands beside its own addition in a table's row, else the figures are one contract's (a running total
  // told in prose sums the relationship: "Combined with the two leases signed in June, … approximately $11 billion").
  const ownAddition = (t: Candidate): Candidate | undefined =>
    added.includes(t) ? t : added.find((a) => lastSentence(a) === lastSentence(t));
  if (!totals.every((t) => isTableRowText(t.mention.evidence) && ownAddition(t))) return null;
  const totalOf = (c: Candidate): Candidate | undefined =>
    totals.find((t) => sameValue(t.mention.valueUsd ?? Number.NaN, c.mention.valueUsd ?? Number.NaN));
  const base = told.filter(
    (c) =>
      c.ownSentence &&
      c.mention.status !== 'expanded' &&
      !totalOf(c) &&
      !expandsInOwnClause(c) &&
      !TOTAL_WORD_RE.test(ownClause(c) ?? '') &&
      added.every((a) => !beside(a, c)),
  );
  if (added.length === 0 || base.length === 0) return null;
  // A figure that adds the base and the addition up is their running total, told without its cue: one contract.
  const sums = told.some((t) =>
    base.some((b) => added.some((a) => sameValue(t.mention.valueUsd, b.mention.valueUsd + addedValue(a)))),
  );
  if (sums) return null;
  // Each figure goes with the contract it states, whatever status its sentence gives it; additions told in
  // sentences of their own (a table's rows) are a contract each, a total the contract of the addition beside it.
  const additions = added.filter((a, i) => !added.slice(0, i).some((b) => beside(b, a)));
  const groupOf = (c: Candidate): number => {
    const value = c.mention.valueUsd;
    if (value === null) return c.mention.status === 'expanded' ? 0 : -1;
    const total = totalOf(c);
    // The total told again elsewhere ("The headline figure of $22.4 billion is the sum of three contracts") is none.
    if (total && !totals.includes(c)) return -2;
    const own = total ? ownAddition(total)! : added.find((a) => sameValue(addedValue(a), value));
    return own
      ? Math.max(
          0,
          additions.findIndex((a) => beside(a, own)),
        )
      : -1;
  };
  // A headline's figure that no sentence of the body tells for the pair is another deal's ("Google lifts backstop to
  // $3.2 billion"): neither contract's.
  const untold = (c: Candidate): boolean =>
    c.fromTitle &&
    c.mention.valueUsd !== null &&
    !told.some((t) => sameValue(t.mention.valueUsd, c.mention.valueUsd!));
  return [
    list.filter((c) => groupOf(c) === -1 && !untold(c)),
    ...additions.map((_, i) => list.filter((c) => groupOf(c) === i)),
  ];
}

/** "the value", "the deal" in six languages: a figure told for the deal just named, not for a sum of deals. */
const THE_DEAL_RE =
  /\b(?:the|its) (?:value|deal|contract|agreement|order)\b|\b(?:la valeur|le contrat|l['’]accord|el valor|el contrato|el acuerdo|il valore|il contratto|l['’]accordo|o valor|o contrato|o acordo|der Wert|der Vertrag|den Wert|das Volumen)\b/i;

/**
 * "A few months later, the company announced a second five-year contract worth $300 billion", "Drei Monate später
 * kündigte Oracle einen Fünfjahresvertrag über 300 Milliarden Dollar an": a contract told as later than the earlier
 * one, with the pair borrowed from it, is a contract of its own.
 */
const LATER_CONTRACT_RE =
  /\b(?:months?|weeks?|mois|semaines|Monate|Wochen|meses|semanas|mesi|settimane)\s(?:later|plus tard|später|despu[ée]s|dopo|depois)\b/iu;

/**
 * "Il nuovo contratto aggiunge circa 4 miliardi …, portando il totale dei tre contratti a circa 11 miliardi", after
 * the earlier "due contratti … per circa 7 miliardi": a running total told with its own increment states the news's
 * addition, whichever sentence lent it the pair; the earlier contract stays a contract of its own.
 */
function totalOfNewAddition(c: Candidate, earlier: readonly Candidate[]): boolean {
  const added = c.total ? c.increment?.usd : undefined;
  return added !== undefined && earlier.every((e) => !sameValue(e.mention.valueUsd!, added));
}

/**
 * "Der KI-Cloud-Anbieter meldet einen neuen Vertrag über rund 21 Mrd. Dollar …. Er kommt zu dem im September 2025
 * geschlossenen Vertrag über 14,2 Mrd. Dollar hinzu": a contract told as new (or as another one) before the earlier
 * contract is told is the news, though its sentence borrowed the pair.
 */
function newContractBeforeEarlier(c: Candidate, firstEarlier: number): boolean {
  if (c.order >= firstEarlier || c.total) return false;
  const { evidence, valueText } = c.mention;
  const at = amountAt(evidence, valueText);
  return at >= 0 && countsContractsApart(evidence.slice(Math.max(0, at - NEW_CONTRACT_REACH), at));
}

/** How far before its amount a contract is told as new ("einen neuen Vertrag über rund"). */
const NEW_CONTRACT_REACH = 60;

function laterContract(c: Candidate, firstEarlier: number): boolean {
  return c.order > firstEarlier && !c.total && LATER_CONTRACT_RE.test(lastSentence(c));
}

/**
 * "… the customer behind a $10 billion order disclosed in September was Anthropic. Hock Tan added that Anthropic
 * placed a further $11 billion order": an addition told in its own clause after the earlier contract is a contract of
 * its own, though its sentence borrowed a party.
 */
function additionAfterEarlier(c: Candidate, firstEarlier: number): boolean {
  if (c.order <= firstEarlier || c.total || c.mention.status !== 'expanded') return false;
  // The word governs this amount, no other figure between ("adding about $4 billion and bringing … to $11 billion"
  // adds the first), and the sentence names a party (not "Taken together, the three announcements add up to …").
  const clause = ownClause(c);
  const at = clause === null ? -1 : amountAt(clause, c.mention.valueText);
  const { buyer, provider } = c.mention;
  return (
    at >= 0 &&
    // A word whose match spans the amount ("a further $11 billion order") governs it too.
    expansionWords(clause!, true).some(
      ([start, end]) => start < at && (end > at || !/\d/.test(clause!.slice(end, at))),
    ) &&
    findCompanyMentions(lastSentence(c)).some(
      (m) => m.company.id === buyer.id || m.company.id === provider.id,
    )
  );
}

/** The candidate's amount sits in a clause (between semicolons) that holds an expansion's word. */
function expandsInOwnClause(c: Candidate): boolean {
  const clause = ownClause(c);
  return clause === null || expands(clause);
}

/** The clause holds an expansion's word. */
const expands = (clause: string): boolean => expansionWords(clause, true).length > 0;

/**
 * Where the amount told as `valueText` stands in `evidence`, as a whole figure ("4 miliardi", not the tail of "22,4
 * miliardi"), or -1.
 */
function amountAt(evidence: string, valueText: string | null): number {
  if (!valueText) return -1;
  for (let at = evidence.indexOf(valueText); at >= 0; at = evidence.indexOf(valueText, at + 1))
    if (!/[\d.,]/.test(evidence[at - 1] ?? '')) return at;
  return -1;
}

/**
 * The candidate's amount's clause, between semicolons in its own sentence, or null when its amount is not found in its
 * evidence.
 */
function ownClause(c: Candidate): string | null {
  const { evidence, valueText } = c.mention;
  const at = amountAt(evidence, valueText);
  if (at < 0) return null;
  const end = evidence.indexOf(';', at);
  const start = Math.max(evidence.lastIndexOf(';', at), sentenceStartBefore(evidence, at) - 1);
  return evidence.slice(start + 1, end < 0 ? evidence.length : end);
}

/**
 * The candidate's amount's stretch of its own sentence (from the amount before it, or the sentence's start, to the
 * amount after it, or the sentence's end) holds an expansion's word; so does one whose amount is not found.
 */
function expandsInOwnStretch(c: Candidate): boolean {
  const { evidence, valueText } = c.mention;
  const at = amountAt(evidence, valueText);
  if (at < 0) return true;
  const sentence = evidence.slice(sentenceStartBefore(evidence, at));
  const own = at - (evidence.length - sentence.length);
  const amounts = parseMoney(sentence).map((m) => m.start);
  const from = Math.max(0, ...amounts.filter((x) => x < own));
  const to = Math.min(sentence.length, ...amounts.filter((x) => x > own));
  return expands(sentence.slice(from, to));
}

/**
 * A total's word ("le montant total", "Gesamtwert", "il valore complessivo", "aggregate contracted revenue", "Taken
 * together"): a level reached, neither an addition nor the base it was added to.
 */
const TOTAL_WORD_RE = /total|gesamt|complessiv|aggregate|taken together|combined|cumul|somad|sumad|insieme/i;

/**
 * Where the sentence holding `at` starts: a paragraph's end counts ("….\nNo es la primera vez …"), and so do a list's
 * lead-in and a row's bullet ("… unveiled on August 14:\n\n- Two 10-year colocation leases …").
 */
function sentenceStartBefore(s: string, at: number): number {
  let start = 0;
  for (const m of s.slice(0, at).matchAll(/[.!?]\s|:\s*\n|\n(?=\s*[-•·▪*–—]\s)/g))
    if (!'.!?'.includes(m[0][0]!) || endsSentence(s, m.index)) start = m.index + 1;
  return start;
}

/**
 * The evidence's own sentence (an evidence may start with a sentence it borrowed the pair from); a scale's period
 * ("22,4 Mrd. Dollar") ends none.
 */
const lastSentence = (c: Candidate): string =>
  c.mention.evidence.slice(sentenceStartIn(c.mention.evidence, c.mention.evidence.length));

/**
 * "Nscale has committed to supplying 200,000 chips to Microsoft. … the Financial Times estimates the value could reach
 * $14 billion. … Earlier, the two firms had partnered in a $6.2 billion contract": a figure told for "the value" of
 * the deal just named, before any earlier contract of the pair is told, is the article's contract, though its
 * sentence borrowed the pair. A sum ("taken together") is not.
 */
function valueOfDealToldBefore(c: Candidate, firstEarlier: number): boolean {
  if (c.order >= firstEarlier || c.total) return false;
  const last = lastSentence(c);
  return (
    THE_DEAL_RE.test(last) &&
    !/\b(?:together|combined|ensemble|zusammen|juntos|insieme|in total|au total)\b/i.test(last)
  );
}

/**
 * "xAI and Oracle ended talks to expand their $10 billion server deal … xAI already rents H100 chips from
 * Oracle": talks that ended (or go on) about an amount leave the contract the pair already has standing. Told
 * without an amount, in the present, with "already" ("déjà", "ya", "bereits", "già", "já"), it is a contract of
 * its own, signed; the ended talks keep their amount and status.
 */
function ongoingBesideEndedTalks(list: readonly Candidate[]): Candidate[] {
  const talks = list.some(
    (c) =>
      c.mention.valueUsd !== null && (c.mention.status === 'terminated' || c.mention.status === 'in_talks'),
  );
  if (!talks) return [];
  return list.filter(
    (c) => !c.fromTitle && c.mention.valueUsd === null && c.earlier && c.mention.status === 'signed',
  );
}

const pairOf = (m: Mention): string => [m.buyer.id, m.provider.id].sort().join('|');

/** The pairs whose contracts were told apart (more than one mention of the pair). */
export function pairsToldApart(mentions: readonly Mention[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const m of mentions) {
    const key = pairOf(m);
    if (seen.has(key)) twice.add(key);
    seen.add(key);
  }
  return twice;
}

/**
 * One mention per pair, except for the pairs whose contracts were told apart: a guarantee re-bound to the
 * landlord ("Google raises its backstop … to $3.2 billion, from $1.8 billion") meets the pair's other mention,
 * and is the same contract. A stated value beats none, a running total or a whole contract an increment, else
 * the first.
 */
export function onePerPair<T extends Mention>(mentions: readonly T[], apart: ReadonlySet<string>): T[] {
  const rank = (x: Mention): number =>
    (x.valueUsd !== null ? 2 : 0) + (x.cumulative || x.runningTotalUsd != null ? 1 : 0);
  const best = new Map<string, T>();
  for (const m of mentions) {
    const key = pairOf(m);
    if (apart.has(key)) continue;
    const prior = best.get(key);
    if (!prior || rank(m) > rank(prior)) best.set(key, m);
  }
  return mentions.filter((m) => apart.has(pairOf(m)) || best.get(pairOf(m)) === m);
}
