// Reported or told by a party: "IREN said Microsoft would pay about $9.7 billion" and "Hut 8 Corp. reported that
// a subsidiary entered into a lease" are the companies' own statements, signed; "The Information reported that
// Microsoft would pay" and "según fuentes" are hearsay, reported. A conditional inside a condition ("dans la
// mesure où celle-ci n'aurait pas trouvé preneur", "if Meta would not use it") hedges nothing.
import { valuesTheContract } from './contract-valued';

// Hearsay phrases that cues.ts's REPORTED_RE or the lexicon's `reported` cues write too: one copy of each in the
// bundle (~1 KB less in every bundle that reads text), the same patterns.
/** "according to people familiar", "according to Bloomberg" (the alternation left open for more). */
export const ACCORDING_TO_SOURCES =
  'according to (?:people|persons?|sources?|a person|a report|reports?|media|the (?:wall street journal|information|financial times)|bloomberg|reuters|cnbc';
/** "citing people familiar with the matter", "citing Bloomberg". */
export const CITING_SOURCES = String.raw`citing (?:people|persons?|sources?|unnamed|anonymous|insiders|officials|executives|documents?|a (?:person|source|report|document|filing|memo)|reports?|media|press|news|the (?:wall street journal|information|financial times|journal|newspaper|report)|bloomberg|reuters|cnbc|wsj|ft\b|an? (?:unnamed|anonymous|internal))`;
/** "selon des sources", "selon Bloomberg" (the alternation left open for more). */
export const SELON_SOURCES =
  'selon (?:des|plusieurs|nos|les informations|le wall|le financial|le journal|bloomberg|reuters|the information|cnbc|la presse|une source|les m[ée]dias';
/** "d'après des sources", "d'après nos informations" (the alternation left open for more). */
export const DAPRES_SOURCES =
  "d['’]apr[èe]s (?:des|plusieurs|bloomberg|reuters|le wall|the information|nos informations";
/** "des personnes proches du dossier", "une source au fait": also a French `reported` cue (lexicon.ts). */
export const SOURCES_PROCHES =
  '(?:personnes?|sources?) (?:proches? (?:du dossier|des discussions|de la transaction)|au fait|au courant|familières? du dossier|informées?)';
/**
 * "secondo quanto riportato dal Wall Street Journal" is hearsay, "secondo quanto comunicato dalla società" the
 * company's own word: also in the Italian `reported` cues (lexicon.ts), after "secondo (?:".
 */
export const SECONDO_QUANTO = String.raw`quanto(?! (?:comunicato|annunciato|dichiarato|reso noto|precisato|confermato)\s?[,.;])(?! (?:comunicato|annunciato|dichiarato|reso noto|precisato|confermato|riportato|riferito)(?: \S+)? d(?:alla |all['’]|al |a |alle |ai |agli )(?!(?:il |la |l['’])?(?:[Ww]all [Ss]treet|[Ff]inancial|[Bb]loomberg|[Rr]euters|F[Tt]\b|ft\b|WSJ|wsj|CNBC|cnbc|[Tt]he [Ii]nformation|[Qq]uotidiano|[Gg]iornale|[Aa]genzia|[Ss]tampa|[Tt]estata|[Ss]ito|[Mm]edia|[Gg]iornali|[Ff]onti|[Ii]ndiscrezioni|[Ss]tampa)))`;

/** Hearsay that no company statement beside it undoes: sources, people familiar, media, "reportedly". */
const HEARSAY_RE = new RegExp(
  String.raw`\b(?:bloomberg|reuters|the information|financial times|wall street journal|wsj|cnbc|handelsblatt)\b|reportedly|allegedly|purportedly|supposedly|if confirmed|${ACCORDING_TO_SOURCES})|people (?:familiar|with knowledge)|persons? familiar|sources? (?:familiar|said|say|close)|${SOURCES_PROCHES}|(?:personas?|fuentes?) cercanas?|pessoas? pr[óo]ximas?|(?:is|are) said to|\b(?:the )?(?:information|journal|bloomberg|reuters|times|ft|wsj|cnbc|press|media|newspaper|report|reports) (?:reported|said|says|reports)|${CITING_SOURCES}|not (?:yet )?confirmed|unconfirmed|${SELON_SOURCES}|(?:la|le) (?:presse|journal|quotidien|site|agence))|${DAPRES_SOURCES}|la presse)|sources proches|non confirm|berichten zufolge|laut (?:insidern|kreisen|bloomberg|reuters|medienberichten|einem bericht|berichten|informationen)|nicht best[äa]tigt|unbest[äa]tigt|seg[úu]n (?:fuentes|medios|bloomberg|reuters|the|(?:el|la) (?:diario|peri[óo]dico|agencia|medio|portal|web|sitio|prensa))|sin confirmar|secondo (?:fonti|indiscrezioni|bloomberg|reuters|the|${SECONDO_QUANTO}|(?:il|la|l['’]) ?(?:quotidiano|giornale|agenzia|sito|testata|stampa|financial times|wall street journal|ft|wsj))|che cita|a conoscenza|segundo (?:fontes|a imprensa|o site|a bloomberg|a reuters|o jornal|a ag[êe]ncia)|de acordo com (?:fontes|a imprensa|a bloomberg)`,
  'i',
);

/**
 * A company speaking for itself: a capitalised name (not a newspaper's) then "said", "announced", "disclosed",
 * "reported that", or opening a sentence that goes on ", saying", ", affirmant", ", diciendo", ", dicendo",
 * ", dizendo"; a filing, a press release; and the same in five more languages.
 */
const OWN_STATEMENT_RE =
  /^(?!(?:Analysts?|Sources|Insiders?|People|Investors)\b)[A-Z][\w.&-]*(?: [A-Z0-9][\w.&-]*){0,3} [^.;]{0,120}?, (?:saying|adding|noting|affirmant|pr[ée]cisant|expliquant|diciendo|afirmando|explicando|dicendo|spiegando|affermando|dizendo)(?![\p{L}])|\b(?:the|The) (?:company|firm|group|operator|provider|neocloud|start-?up|miner) (?:said|says|announced|disclosed|stated|confirmed)\b|\b[A-Z][\w.&-]*(?: [A-Z0-9][\w.&-]*){0,3}(?:, (?:an?|the) [^,;.]{3,60},)? (?:said|says|announced|announces|disclosed|discloses|stated|confirmed|confirms|reported that|told investors)\b|\b(?!(?:Fontes|Fuentes|Fonti|Sources|Quellen|Insider|Analistas|Analisti|Analysten|Pessoas|Personas|Persone)\b)[A-Z][\w.&-]*(?: [A-Z0-9][\w.&-]*){0,3}(?:, (?:uma?|una?|une|ein|eine) [^,;.]{3,60},)? (?:disse|disseram|afirmou|dijo|afirm[óo]|a d[ée]clar[ée]|a dit|ha detto|ha dichiarato|sagte|erkl[äa]rte)(?![\p{L}])|\bin (?:a|its) (?:regulatory |securities |stock[- ]exchange )?(?:filing|statement|press release|announcement|disclosure)|\b(?:8-K|6-K|10-Q|10-K)\b|[Aa]ccording to (?:the company|[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2}['’]s? (?:disclosure|filing|statement|announcement|press release))|[Ss]elon (?:un|le|son) communiqu|(?:a|ont) (?:annonc[ée]|indiqu[ée]|pr[ée]cis[ée]|confirm[ée])|teilte (?:\S+ ){0,3}mit|[Ll]aut (?:einer |der )?(?:Mitteilung|Pflichtmitteilung|Unternehmensmitteilung|Pressemitteilung)|[Ss]eg[úu]n (?:un|el|su) comunicado|[Ss]eg[úu]n la (?:compa[ñn][íi]a|empresa)|[Ss]eg[úu]n (?:ha |han )?(?:informado|anunciado|comunicado|explicado|detallado|indicado) (?:la compa[ñn][íi]a|la empresa|el grupo|[^,.;]{1,40} en (?:un|una|el|su) (?:comunicado|nota))|(?<![Cc]omo )(?:inform[óo]|anunci[óo]|comunic[óo])|[Ss]econdo (?:una|la) nota|[Ss]econdo quanto (?:riportato|riferito|comunicato|annunciato|dichiarato) d(?:al|alla|all['’]) ?(?:team|societ[àa]|azienda|gruppo|management|direzione)|(?:ha|hanno) (?:annunciato|comunicato|reso noto)|[Ss]egundo (?:o |um )?comunicado|[Dd]e acordo com a (?:empresa|companhia)|(?<![Cc]omo )(?:anunciou|informou|comunicou)/u;

/** A conditional that hedges a statement (fr "aurait", es "habría", it "avrebbe", pt "teria", en "would"). */
const CONDITIONAL_RE =
  /\bwould\b|aurai(?:t|ent)|habr[íi]a|pagar[íi]a|estar[íi]a|avrebbe|sarebbe|teria|estaria|(?:signe|conclu|loue|pai|paye|fourni|verse|vaud)rai(?:t|ent)\b/i;

/** A condition's clause: its conditional is part of the condition, not a hedge on the news. */
const CONDITION_CLAUSE_RE =
  /(?:dans la mesure o[ùu]|au cas o[ùu]|pour le cas o[ùu]|à moins que|\bif\b|\bunless\b|in case|en caso de que|en la medida en que|a menos que|nel caso in cui|qualora|na medida em que|caso)[^.;:]{0,80}/gi;

/**
 * The hedge `REPORTED_RE` found does not hold: no hearsay, and either the company's own statement carries the
 * conditional ("IREN said Microsoft would pay") or the only conditional sits in a condition's clause.
 */
export function hedgeIsOwnStatement(sentence: string): boolean {
  if (relaysExecutive(sentence)) return true;
  if (HEARSAY_RE.test(sentence) || MEDIA_FIGURE_RE.test(sentence)) return false;
  if (OWN_STATEMENT_RE.test(sentence)) return true;
  const outsideConditions = sentence.replace(CONDITION_CLAUSE_RE, ' ');
  return outsideConditions !== sentence && !CONDITIONAL_RE.test(outsideConditions);
}

/**
 * A newspaper or agency named as the source ("laut „Wall Street Journal“", "first reported by The Wall Street
 * Journal", "selon Les Echos"), or news that "became known" ("wie im September bekannt wurde", "a-t-on appris",
 * "ha trascendido", "è trapelato", "foi noticiado"): hearsay, in six languages. Not what has become known so far
 * ("einer der größten Verträge, die bisher bekannt geworden sind"): a comparison, no source.
 */
/** The outlets news is credited to (also in the German reported cue "laut …"). */
export const OUTLET_NAMES =
  'wall street journal|wsj|financial times|ft|bloomberg|reuters|cnbc|handelsblatt|new york times|nyt|les [ée]chos|el pa[íi]s|sole 24 ore|valor econ[ôo]mico|folha|semafor|axios';
const MEDIA_SOURCE_RE = new RegExp(
  String.raw`(?:\blaut|\bselon|seg[úu]n(?: ha revelado)?|\bsecondo|\bsegundo|according to|(?:reported|revealed) by|\bper|de acordo com|d['’]apr[èe]s|come riporta|riporta(?:to)? (?:da|dal|dalla)|wie (?:der|die|das)|noticiado (?:pel[oa]|por))\s(?:dem |der |the |le |la |les |il |l['’]|o |a |el |un )?["„“«‹‘']?\s?(?:the |le |la |il |o |el )?(?:${OUTLET_NAMES}|information|expansi[óo]n|il sole)\b|(?<!\b(?:bisher|bislang|jemals|je) )bekannt (?:wurde|geworden)|ha trascendido|seg[úu]n ha trascendido|(?:[èe]|era) trapelat[oa]|si [èe] appreso|foi noticiad[oa]|it emerged\b|was first reported`,
  'i',
);

/** The outlets a figure or a finding is credited to (as in MEDIA_SOURCE_RE; cues.ts's reported words too). */
export const OUTLET = `(?:${OUTLET_NAMES}|the information)`;
/** An article or quote mark between a verb and the outlet: "schätzt die „Financial Times“". */
const OUTLET_ARTICLE = "(?:(?:the|le|la|les|l['’]|el|il|lo|o|a|die|das|der|dem|des)\\s)?[\"„“«‹‘']?\\s?";

/** An executive of a company, in six languages. */
const EXECUTIVE_RE =
  /(?<![\p{L}])(?:CEO|co-CEO|CFO|chief (?:executive|financial officer)|PDG|directeur g[ée]n[ée]ral|Vorstandschef|Firmenchef|Konzernchef|consejero delegado|director ejecutivo|amministratore delegato|diretor executivo)(?![\p{L}])/iu;
/** A verb of saying, in six languages. */
const SAID_RE =
  /(?<![\p{L}])(?:said|says|told|a (?:d[ée]clar[ée]|affirm[ée]|indiqu[ée]|expliqu[ée])|sagte|erkl[äa]rte|dijo|afirm[óo]|explic[óo]|ha (?:detto|dichiarato|affermato|spiegato)|disse|afirmou|explicou)(?![\p{L}])/iu;
/** The outlet that relays a statement: "according to Bloomberg", "told Reuters", "in an interview with the FT". */
const OUTLET_RELAY_RE = new RegExp(
  `(?:according to|told|in an interview with|selon|laut|a d[ée]clar[ée] [àa]|seg[úu]n|dijo a|secondo|ha detto a|segundo|de acordo com|disse [àa]o?)\\s${OUTLET_ARTICLE}${OUTLET}\\b`,
  'gi',
);

/**
 * "CEO Daniel Roberts said that working with Microsoft … can generate $1.94 billion a year, according to
 * Bloomberg": an executive's own words, or a company's announcement (below), which an outlet only relays, are the
 * company's statement, not hearsay. Sources or people familiar beside them still hedge.
 */
function relaysExecutive(sentence: string): boolean {
  const said = EXECUTIVE_RE.test(sentence) && SAID_RE.test(sentence);
  if (!said && !relaysAnnouncement(sentence)) return false;
  const rest = sentence.replace(OUTLET_RELAY_RE, ' ');
  return rest !== sentence && !HEARSAY_RE.test(rest) && !MEDIA_FIGURE_RE.test(rest);
}

/** The announcement and the outlet that relays it in one clause: not "Lambda announced … . Selon The Information, …". */
function relaysAnnouncement(sentence: string): boolean {
  return sentence
    .split(CLAUSE_BREAK_RE)
    .some((clause) => ANNOUNCED_VERB_RE.test(clause) && RELAYED_RE.test(clause));
}
/** OUTLET_RELAY_RE without its global flag: a test that keeps no lastIndex between calls. */
const RELAYED_RE = new RegExp(OUTLET_RELAY_RE.source, 'i');
const CLAUSE_BREAK_RE = /[.;:!?]\s/;

/**
 * "Microsoft announced on Monday that it signed a $17.4 billion agreement with Nebius, according to Reuters", "A
 * Microsoft anunciou … de acordo com a Reuters": a company's announcement, which the wire only relays, is its own word
 * too. Past forms only: "is set to announce" is no announcement yet.
 */
const ANNOUNCED_VERB_RE =
  /(?<![\p{L}])(?:announced|has announced|a annonc[ée]|avoir annonc[ée]|anunci[óo]|ha anunciado|anunciou|ha annunciato|kündigte|hat (?:\S+ ){0,4}angekündigt|gab (?:\S+ ){0,4}bekannt)(?![\p{L}])/iu;

/**
 * The figure itself is a newspaper's, not the companies': "which the Financial Times puts at up to $14 billion",
 * "che il Financial Times stima fino a 14 miliardi", "o Financial Times estima que possa chegar", "beziffert die
 * FT auf", "selon une estimation du FT"; a figure "reported at" or "according to press reports"; a headline opening
 * on "Report:" / "Bericht:". The companies kept the value to themselves, so the amount is hearsay, in six languages.
 */
const MEDIA_FIGURE_RE = new RegExp(
  [
    `\\b${OUTLET}["“»›’']?\\s(?:\\S+\\s){0,2}?(?:estimates?|estimated|puts?|pegs?|pegged|values?|valued|estime|estimait|[ée]value|chiffre|sch[äa]tzt(?:e)?|beziffert(?:e)?|estim[óo]|estima|calcula|cifra|valora|stima(?:va)?|valuta|calcola|estimou|avalia)\\b`,
    `\\b(?:sch[äa]tzt(?:e)?|beziffert(?:e)?|estime|estima|stima|calcula|calcola)\\s${OUTLET_ARTICLE}${OUTLET}\\b`,
    `\\b(?:estimates?|estimations?|sch[äa]tzung(?:en)?|estimaci[óo]n(?:es)?|stime?|estimativas?|c[áa]lculos?|calcoli)\\s(?:by|from|of|du|de|des|del|della|dello|do|da|der|von)\\s${OUTLET_ARTICLE}${OUTLET}\\b`,
    // "il Wall Street Journal ha riferito che", "le WSJ a rapporté que", "berichtete das WSJ": the outlet's own verb.
    `\\b${OUTLET}["“»›’']?\\s(?:\\S+\\s)?(?:reported|reports|wrote|writes|said|says|ha riferito|hanno riferito|riferisce|ha riportato|riporta|ha scritto|scrive|scriveva|riportava|riferiva|a rapport[ée]|rapporte|rapportait|a r[ée]v[ée]l[ée]|r[ée]v[èe]le|a [ée]crit|[ée]crit|berichtete|berichtet|schreibt|schrieb|inform[óo]|public[óo]|revel[óo]|inform[aó]|informaba|publicaba|informava|noticiava|informou|noticiou|publicou|revelou)\\b`,
    // "…, disse o The Information", "…, dijo The Information", "…, a indiqué The Information", "…, ha riferito The
    // Information", "berichtete das WSJ": the verb told before the outlet, at a sentence's end ("dijo a Reuters", "ha
    // riferito a Reuters" is a company telling the outlet).
    `\\b(?:berichtete|berichtet|schreibt|schrieb|said|says|reported|reports|wrote|writes|a (?:indiqu[ée]|rapport[ée]|[ée]crit|r[ée]v[ée]l[ée])|rapporte|[ée]crit|indique|ha (?:riferito|scritto|riportato|rivelato)|riferisce|scrive|riporta|dijo|inform[óo]|informa|public[óo]|revel[óo]|escribe|disse|informou|noticiou|publicou|revelou|escreveu|escreve|relata)(?!\\s(?:a|à|ao|al)\\s)\\s${OUTLET_ARTICLE}${OUTLET}\\b`,
    '\\b(?:has been|had been|was|were) (?:widely )?reported (?:at|to be worth|as worth)\\b',
    '\\b(?:according to|citing|per) (?:press|media|news) reports\\b|\\bpresseberichte(?:n)?\\b|\\bmedienberichte(?:n)?\\b|seg[úu]n (?:la prensa|informaciones de prensa)|secondo (?:la stampa|fonti di stampa)|segundo a imprensa|de acordo com a imprensa',
    '^\\s*(?:reports?|bericht|rapport|informe|rapporto|relat[óo]rio)\\s?:',
  ].join('|'),
  'i',
);

/** The sentence names a newspaper as its source, or tells news that leaked, or credits its figure to one. */
export function citesMedia(sentence: string): boolean {
  return MEDIA_SOURCE_RE.test(sentence) || MEDIA_FIGURE_RE.test(sentence);
}

/**
 * "People familiar with the talks", "personas conocedoras de las negociaciones", "sources proches des
 * négociations": the talks name the source, not the deal's state. Read as hearsay ("according to people
 * familiar"), so the words of talks in them do not make the deal in talks.
 */
const SOURCE_OF_TALKS_RE =
  /\b(?:people|persons?|sources?) (?:familiar|close|with knowledge) (?:with|to|of) (?:the )?(?:talks|negotiations|discussions)|\bsources? proches? des (?:n[ée]gociations|discussions|pourparlers)|(?:mit den )?Verhandlungen vertraute[nr]? (?:Personen|Kreise[n]?|Quellen)|(?:personas|fuentes) (?:conocedoras|cercanas|pr[óo]ximas) (?:de|a) las (?:negociaciones|conversaciones)|(?:persone|fonti) (?:a conoscenza|vicine) (?:delle|alle) (?:trattative|negoziazioni|discussioni)|(?:pessoas|fontes) (?:pr[óo]ximas|conhecedoras|a par) (?:das|[àa]s) (?:negocia[çc][õo]es|conversas)/gi;

const TALKS_WORD_RE = /talks|negoti|n[ée]goci|discuss|pourparl|verhandl|conversa|trattativ|negozi/i;

/**
 * "After months of negotiations with Oracle, OpenAI signed …", "tras meses de negociaciones", "nach monatelangen
 * Verhandlungen": talks that led to the contract told, over.
 */
const CONCLUDED_TALKS_RE =
  /\b(?:after|following) (?:\S+ ){0,2}(?:months|weeks|years|days) of (?:\S+ )?(?:talks|negotiations|discussions)|\bapr[èe]s (?:des |plusieurs |de longs |quelques )?(?:mois|semaines|ann[ée]es) de (?:\S+ )?(?:n[ée]gociations|discussions|pourparlers)|\b(?:tras|despu[ée]s de) (?:\S+ )?(?:meses|semanas|a[ñn]os) de (?:\S+ )?(?:negociaciones|conversaciones)|\bdopo (?:\S+ )?(?:mesi|settimane|anni) di (?:\S+ )?(?:trattative|negoziati|negoziazioni|colloqui)|\b(?:ap[óo]s|depois de) (?:\S+ )?(?:meses|semanas|anos) de (?:\S+ )?(?:negocia[çc][õo]es|conversas|tratativas)|\bnach (?:monatelangen|wochenlangen|jahrelangen|langen|z[äa]hen) (?:Verhandlungen|Gespr[äa]chen)/gi;

/**
 * "OpenAI has agreed to buy 750 MW from Cerebras, the two companies said, in a contract that people familiar with
 * the matter valued at more than $10 billion", "que des sources évaluent à", "que fuentes cercanas cifran en", "che
 * fonti vicine valutano", "que fontes a par avaliam em", "den Insider auf … beziffern": the sources put a figure on a
 * contract the text states; the contract is not hearsay for that.
 */
const VALUE_HEARSAY_RE =
  /\b(?:people|sources|persons) (?:familiar|close|with knowledge)(?: (?:with|of|to) (?:the matter|it|the deal|the terms|the talks))? (?:valued|put|estimated|pegged)\b|\b(?:des )?sources (?:\S+ ){0,4}?(?:[ée]valuent|estiment|chiffrent)\b|\b(?:fuentes|fonti|fontes) (?:\S+ ){0,4}?(?:valoran|cifran|valutano|stimano|avaliam|estimam)\b|\bInsider (?:\S+ ){0,4}?(?:beziffern|sch[äa]tzen)\b/gi;

/**
 * "The agreement is valued at more than $10 billion, according to people familiar with the terms", "Le contrat est
 * évalué à 10 milliards, selon des sources proches", "El acuerdo está valorado en …, según fuentes": a contract told
 * before, its figure from sources; the contract is not hearsay for that.
 */
const VALUE_SOURCES_RE =
  /,? (?:according to|selon|seg[úu]n|secondo|segundo|laut) (?:\S+ ){0,3}?(?:people|persons|sources|personnes|fuentes|personas|fonti|persone|fontes|pessoas|Insidern|Kreisen)\b[^.;]*/gi;

/** The sentence with its sources of a contract's figure left out. */
export function withoutValueHearsay(sentence: string): string {
  const out = sentence.replace(VALUE_HEARSAY_RE, ' ');
  return valuesTheContract(out) ? out.replace(VALUE_SOURCES_RE, ' ') : out;
}

/** The sentence with its sources of talks read as plain hearsay, and talks already concluded left out. */
export function withoutSourcesOfTalks(sentence: string): string {
  // A cheap literal check first: most sentences speak of no talks at all.
  if (!TALKS_WORD_RE.test(sentence)) return sentence;
  return sentence
    .replace(SOURCE_OF_TALKS_RE, 'according to people familiar')
    .replace(CONCLUDED_TALKS_RE, ' ');
}

/**
 * "The deal ranks among the largest ever, according to Bloomberg", "L'accord figure selon Bloomberg parmi les plus
 * importants jamais réalisés": a sentence without a figure that ranks the deal; its source vouches for the ranking,
 * not for the deal told before it.
 */
const RANKING_RE =
  /\b(?:ranks? (?:among|as one of)|(?:one|among) (?:of )?the (?:largest|biggest)|parmi les plus (?:importants|gros|grands)|l['’]un des plus (?:importants|gros|grands)|(?:uno|una) de los (?:mayores|más grandes)|entre los (?:mayores|más grandes)|(?:tra|fra) i più grandi|uno dei più grandi|einer der größten|zu den größten|um dos maiores|entre os maiores)\b/iu;

/** A sentence about the deal told before: "The deal …", "L'accord …", "El acuerdo …", "Der Deal …". */
const DEAL_SUBJECT_RE =
  /^\s*(?:it(?:['’]s| is| was| ranks)\s|c['’]est\s|(?:the|this|that|l['’]|le|cet|ce|el|este|ese|der|die|das|dieser|diese|il|lo|questo|quest['’]|o|esse)\s?(?:deal|agreement|contract|pact|accord|contrat|partenariat|acuerdo|contrato|pacto|Vertrag|Vereinbarung|accordo|contratto|intesa|acordo)\b)/iu;
/** A report of the deal itself ("reported by the Wall Street Journal", "riportato dal"), not of its rank. */
const REPORT_WORD_RE = /report|riport|rapport|berichtet|inform[óa]|notici|revel/i;

/**
 * The sentences of `text` that only rank the deal told before them (about the deal, without a figure, no report of
 * it) blanked, same length.
 */
export function withoutRankings(text: string): string {
  if (!RANKING_RE.test(text)) return text;
  return text.replace(/[^.!?]+[.!?]?/g, (s) =>
    RANKING_RE.test(s) && DEAL_SUBJECT_RE.test(s) && !/\d/.test(s) && !REPORT_WORD_RE.test(s)
      ? ' '.repeat(s.length)
      : s,
  );
}

/**
 * A sentence that only credits the one before it: "Das berichtet das „Wall Street Journal“ unter Berufung auf
 * informierte Personen", "That is according to people familiar with the matter", "C'est ce que rapporte Bloomberg",
 * "Así lo ha adelantado Reuters", "Lo riporta il Financial Times", "A informação é da Bloomberg". It opens on a
 * pronoun of the news and a verb of telling; the source it names must be hearsay (a newspaper, people familiar),
 * never a company's own statement ("This was announced by Nscale").
 */
const CREDITS_PREVIOUS_RE =
  /^\s*(?:(?:that|this|the (?:news|report|deal|figure))(?:['’]s| is| was| were)? (?:according to|(?:first )?reported by|disclosed by|revealed by)|(?:so|as) (?:reported|said) (?:by )?|(?:das|dies|darüber) (?:berichte(?:t|te|n)|meldete?|schreibt|schrieb)|c['’]est ce qu(?:e|['’]) (?:rapporte|r[ée]v[èe]le|affirme|indique|[ée]crit|annonce)|(?:l['’]information|la nouvelle) (?:a [ée]t[ée] )?(?:r[ée]v[ée]l[ée]e|rapport[ée]e|publi[ée]e)|as[íi] lo (?:publica|inform[óa]|adelant[óa]|revel[óa]|recoge|ha (?:publicado|adelantado|revelado|informado))|lo (?:publica|inform[óa]|adelant[óa]|ha (?:publicado|adelantado|revelado))|lo (?:riporta|scrive|rivela|anticipa|ha (?:riportato|scritto|rivelato|anticipato))|a riportarlo [èe]|la notizia [èe] (?:stata )?(?:riportata|anticipata|data)|a (?:informa[çc][ãa]o|not[íi]cia) (?:[ée] d[oa]|foi (?:avan[çc]ada|publicada|dada|revelada))|quem (?:noticiou|revelou|avan[çc]ou))/i;

/**
 * "Neither company has confirmed the report", "Si tratta di un'indiscrezione … non confermata", "L'information n'a pas
 * été confirmée", "Bestätigt haben die Unternehmen den Bericht nicht": the sentence after a deal's says nobody stands
 * behind it.
 */
const UNCONFIRMED_RE =
  /\b(?:neither|none of the)\b[^.]{0,40}?\b(?:has |have )?(?:confirmed|commented)\b|\b(?:has|have|had)(?: not|n['’]t) (?:yet )?(?:publicly |officially )?confirmed\b|\bnot (?:been )?(?:officially |publicly )?confirmed\b|\bunconfirmed\b|n['’](?:a|ont) pas (?:encore )?(?:[ée]t[ée] )?confirm[ée]|\bnon confirm[ée]|\bindiscr[ée]tion|\b(?:ni|aucun)\b[^.]{0,40}?n['’]a confirm[ée]|\bningun[oa]?\b[^.]{0,40}?\b(?:ha|han) confirmado\b|\bno (?:lo |la )?(?:ha|han) confirmado\b|\bsin confirmar\b|\bnon (?:\S+ ){0,2}confermat[oaie]\b|\bindiscrezion[ei]\b|\bnicht (?:offiziell )?best[äa]tigt\b|\bbest[äa]tigt(?:e|en)? (?:\S+ ){0,6}nicht\b|\bunbest[äa]tigt|\bn[ãa]o (?:\S+ ){0,2}confirm(?:ou|aram|ada|ado|adas|ados)\b|\bsem confirma[çc][ãa]o\b/i;

/**
 * The sentence after an amount's own credits it to a newspaper or to people familiar with the matter, or says
 * nobody has confirmed it.
 */
export function creditsPreviousToHearsay(nextSentence: string): boolean {
  return (
    (CREDITS_PREVIOUS_RE.test(nextSentence) &&
      !relaysExecutive(nextSentence) &&
      (HEARSAY_RE.test(nextSentence) ||
        MEDIA_SOURCE_RE.test(nextSentence) ||
        /informierte|vertraute/i.test(nextSentence))) ||
    UNCONFIRMED_RE.test(nextSentence)
  );
}

/**
 * "Google confirmed the deal but did not comment further", "Google confirmó el acuerdo", "Google a confirmé l'accord",
 * "Google bestätigte den Deal", "Google ha confermato l'accordo", "O Google confirmou o acordo", with a time between
 * ("OpenAI confirmed on Wednesday its agreement", "confirmó esta semana su acuerdo", "hat am Mittwoch die Vereinbarung
 * mit Cerebras … bestätigt"), or the clause it confirms ("A OpenAI confirmou que vai arrendar à Oracle …"): a party of the pair confirming, at the head of a sentence, makes the deal the companies'
 * own (its figure may still come from sources).
 */
const CONFIRMS_DEAL_RE =
  /^(?:(?:o|a|el|la|le|l['’]|der|die|das|il|lo)\s?)?[\p{Lu}][\p{L}\d.&-]*(?:\s[\p{Lu}][\p{L}\d.&-]*){0,2}\s(?:(?:has\s|have\s)?(?:confirmed|confirm[óo]|a\sconfirm[ée]|bestätigte|hat\s(?:\S+\s){0,3}?bestätigt|ha\sconfermato|confirmou)\s(?:[\p{L}\d-]+\s){0,3}?(?:the|its|their|el|su|l['’]|le|son|sa|den|das|die|o|a|seu|sua)\s?(?:\S+\s)?(?:deal|agreement|contract|acuerdo|contrato|accord|contrat|Deal|Vertrag|Vereinbarung|accordo|contratto|acordo)(?![\p{L}])|(?:has\s|have\s)?(?:confirmed|confirm[óo]|a\sconfirm[ée]|bestätigte|ha\sconfermato|confirmou)\s(?:[\p{L}\d-]+\s){0,3}?(?:that|que|qu['’]|dass|che)\s|hat\s(?:\S+\s){0,3}?(?:die|den|das)\s(?:Vereinbarung|Vertrag|Deal)\s[^.;]{0,100}?\bbestätigt)/iu;

/**
 * The same in the passive, the party (or its chief) after the verb: "Ce contrat … a été confirmé mardi par le PDG
 * d'OpenAI", "The contract was confirmed on Tuesday by OpenAI's chief executive", "Der Vertrag wurde von Oracle
 * bestätigt", "El contrato fue confirmado por OpenAI", "Il contratto è stato confermato da OpenAI", "O contrato foi
 * confirmado pela OpenAI".
 */
const DEAL_CONFIRMED_BY_RE =
  /^(?:this|the|that|ce|cet|cette|le|l['’]|der|die|das|dieser|diese|este|esta|el|la|il|lo|questo|quest['’]|o|a)\s?(?:[\p{L}-]+\s)?(?:deal|agreement|contract|contrat|accord|Vertrag|Deal|Vereinbarung|acuerdo|contrato|accordo|contratto|acordo)(?![\p{L}])[^.;]{0,80}?\b(?:was|has been|a été|wurde|ist|fue|ha sido|è stato|foi)\s(?:[\p{L}\d]+\s){0,2}?(?:confirmed|confirm[ée]e?|best[äa]tigt|confirmad[oa]|confermat[oa])\s(?:[\p{L}\d]+\s){0,2}?(?:by|par|von|por|da|dal|dalla|pel[oa])\s/iu;

export function partyConfirmsDeal(sentence: string, pairNames: (head: string) => boolean): boolean {
  const text = sentence.trimStart();
  const m = CONFIRMS_DEAL_RE.exec(text);
  if (m !== null) return pairNames(m[0]);
  const passive = DEAL_CONFIRMED_BY_RE.exec(text);
  return passive !== null && pairNames(text.slice(passive[0].length, passive[0].length + 60));
}

/** Hearsay in a sentence: sources, people familiar, a newspaper, "reportedly". */
export function hearsayIn(sentence: string): boolean {
  return HEARSAY_RE.test(sentence);
}

/** A newspaper's or agency's name, taken out before a company's own word is looked for ("Reuters said"). */
const OUTLET_NAME_RE = new RegExp(`\\b${OUTLET}\\b`, 'gi');
/** A company confirming the news: "Oracle confirmed the deal", "was confirmed by both companies". */
const CONFIRMED_BY_RE =
  /\bconfirmed by (?:the (?:two )?companies|both|[A-Z])|\bconfirm[ée]e? par (?:les deux|[A-Z])|\bbest[äa]tigt(?:e|en)? von (?:beiden|[A-Z])|\bconfirmad[oa] por (?:ambas|las dos|[A-Z])|\bconfermat[oa] da (?:entrambe|[A-Z])|\bconfirmad[oa] pel[oa]s? (?:duas|[A-Z])/u;

/**
 * A party speaking for itself in the sentence (a filing, a statement, "Oracle said", "ont annoncé"), a newspaper's
 * "said" or "reported that" aside.
 */
export function toldByParty(sentence: string): boolean {
  if (relaysExecutive(sentence)) return true;
  const own = sentence.replace(OUTLET_NAME_RE, 'x');
  return OWN_STATEMENT_RE.test(own) || CONFIRMED_BY_RE.test(own);
}

/**
 * "…. The deal will help Microsoft close its capacity gap, Bloomberg wrote." ("schrieb Bloomberg", "ha scritto
 * Bloomberg", "écrit Bloomberg"): an outlet credited at the end of a sentence with no figure, for its own comment on a
 * deal told signed before; its word is on the comment, not on the contract.
 */
const OUTLET_COMMENT_END_RE =
  /(?:,\s(?:the\s)?(?:Bloomberg|Reuters|CNBC|The Information|the Financial Times|the Wall Street Journal|the newspaper|the paper)\s(?:wrote|noted|added|commented)|,\s(?:schrieb|schreibt|notierte|ergänzte)\s(?:die\s|das\s|der\s)?(?:Bloomberg|Reuters|CNBC|Handelsblatt|FT|WSJ|Zeitung)|,\s(?:ha scritto|scrive|ha notato|ha aggiunto)\s(?:il\s)?(?:Bloomberg|Reuters|CNBC|Sole 24 Ore|FT|WSJ)|,\s(?:écrit|a écrit|note|ajoute)\s(?:le\s|l['’]\s?)?(?:Bloomberg|Reuters|CNBC|FT|WSJ|Financial Times)|,\s(?:escribió|escribe|señaló|añadió)\s(?:el\s)?(?:Bloomberg|Reuters|CNBC|FT|WSJ)|,\s(?:escreveu|escreve|notou|acrescentou)\s(?:o\s|a\s)?(?:Bloomberg|Reuters|CNBC|FT|WSJ))\.?\s*$/u;

export function outletComment(evidence: string): boolean {
  return OUTLET_COMMENT_END_RE.test(evidence);
}
