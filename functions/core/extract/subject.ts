// The company an article is about: the buyer named in the lead of a roundup ("Microsoft's neocloud scorecard",
// then a table of providers), the one "the group" or "it" refers to later on.
import { type CompanyEntry, type CompanyMention, findCompanyMentions } from '../companies';
import { companiesFrom } from '../companies-origins';
import { labelledDeal } from './deal-labels';
import { MONTH_NAMES } from './month-names';
import { CONTRACTS_RE } from './pair';
import { isChipMaker, PRODUCT_AFTER_RE, PRODUCT_AFTER_REACH, PRODUCT_BEFORE_RE } from './parties';
import { namedAsProject } from './project-name';
import type { Span } from './sentences';
import { afterIn, textBefore } from './text-window';

/** Headline plus the first paragraphs: where a news page names its subject (navigation included, rarely a company). */
const LEAD_CHARS = 3_000;
/** The subject must be named this many times more than any other company: a clear lead, not a tie. */
const MIN_LEAD = 1;

/**
 * A chip maker's name used for its goods ("52,000 NVIDIA GPUs", "Nvidia-GPUs", "52 000 GPU Nvidia"), read as the
 * parties are read (parties.ts): the goods a deal runs on, not what the article is about.
 */
function namesGoods(text: string, m: CompanyMention): boolean {
  return (
    isChipMaker(m.company) &&
    (PRODUCT_AFTER_RE.test(text.slice(m.end, m.end + PRODUCT_AFTER_REACH)) ||
      PRODUCT_BEFORE_RE.test(textBefore(text, m.start, 40)))
  );
}

/**
 * `rows`: the companies that label the rows of a list or table being read. A roundup's rows name the other
 * party of each deal ("Oracle | $300 billion", "* Meta: $14.2 billion"), never the company the list is about.
 */
export function subjectOf(
  title: string,
  text: string,
  rows: ReadonlySet<string> = new Set(),
): CompanyEntry | null {
  const counts = new Map<string, { company: CompanyEntry; n: number; first: number }>();
  const head = `${title}\n${text.slice(0, LEAD_CHARS)}`;
  const mentions = findCompanyMentions(head).filter((m) => !rows.has(m.company.id) && !namesGoods(head, m));
  for (const [i, m] of mentions.entries()) {
    const c = counts.get(m.company.id);
    // The headline counts double: it states what the article is about.
    const weight = m.start < title.length ? 2 : 1;
    if (c) c.n += weight;
    else counts.set(m.company.id, { company: m.company, n: weight, first: i });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first);
  const [top, second] = ranked;
  if (!top || top.n < 2) return null;
  if (second && top.n - second.n < MIN_LEAD) return null;
  return top.company;
}

/**
 * What may stand before a sentence's subject: a short opening phrase and its comma (and a second on a preposition:
 * "Antes, en septiembre, la firma"), a month without one ("E a fine ottobre la startup", "In August it signed"), or a
 * German verb-second start.
 */
// German puts any verb second: "2023 verpflichtete sich der Konzern", "Einen Monat später verpflichtete sie sich".
const SENTENCE_OPENING = String.raw`^(?:[^,.;]{0,40},\s(?:(?:en|in|im|em|nel|no|na|ad?|[àa]u?|dans|on|at|el|le|am)\s[^,.;]{0,30},\s)?|(?:(?:E|Y|Et|And|Und|Ma|Mas|Pero|Mais|But)\s)?(?:a|ad|in|en|em|[àa]|au|nel|im|am)\s(?:(?:fine|inizio|met[àa]|finales|principios|mediados|fin|d[ée]but|fim|in[íi]cio|meados|Ende|Anfang|Mitte)\s(?:de\s|di\s|do\s)?)?(?:${MONTH_NAMES})\s|(?:In\s(?:early\s|late\s|mid-)?|Since\s|By\s|Until\s)(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})(?:\s\d{4})?\s|(?:[\p{L}\d]{1,15}\s){1,4}(?:hatte|hat|hatten|haben|ist|war|wird|will|soll)\s|(?:[\p{L}\d]{1,15}\s){1,3}(?!und\s|oder\s)\p{Ll}{3,20}\s(?:sich\s)?(?=(?:der|die|das|er|sie)\s))?`;

/**
 * Spanish, Italian and Portuguese leave the subject unsaid: "Em setembro, segundo o Wall Street Journal, fechou com a
 * Oracle …", "En junio, firmó con …", "Nel 2024, ha firmato con …". A deal's verb right after one or two opening
 * phrases that start on a preposition or a time word (never on a name: "CoreWeave, a sua volta, ha esteso …"), or
 * after a month without a comma ("A giugno ha iniziato a usare …").
 */
const PRO_DROP_VERB = String.raw`(?:fechou|assinou|firmou|contratou|ampliou|passou a|come[çc]ou a|firm[óo]|cerr[óo]|sell[óo]|suscribi[óo]|contrat[óo]|ampli[óo]|pas[óo] a|empez[óo] a|comenz[óo] a|ha (?:firmado|cerrado|sellado|ampliado|firmato|siglato|chiuso|stipulato|ampliato|esteso|iniziato a|cominciato a))\s`;
const PRO_DROP_OPENING = String.raw`^(?:(?:(?:Em|En|In|Nel|Nella|No|Na|Desde|Dal|Dalla|Segundo|Seg[úu]n|Secondo|Depois|Despu[ée]s|Dopo|Poi|Luego|Ayer|Ontem|Ieri|Antes|Prima|Ya|J[áa]|Gi[àa])\s[^,.;]{0,36},\s){1,2}|(?:A|Ad|In|Em|En)\s(?:${MONTH_NAMES})\s)${PRO_DROP_VERB}`;

/**
 * A sentence opening on its subject without naming it, per language ("The company…", "Le groupe…", "Er…", "la
 * tecnológica…", "the software maker…"), on a list of the subject's deals told in the sentence before ("That
 * includes a $300 billion agreement with Oracle…", "Parmi eux…", "Dazu gehören…", "Entre ellos…"), or on the
 * announcement just told ("Cette annonce suit la signature d'un contrat avec Meta", "This follows", "Die
 * Ankündigung folgt auf"): the one who announced is the recap's party.
 */
export const ANAPHOR_SUBJECT_RE = new RegExp(
  String.raw`${SENTENCE_OPENING}(?:(?:And|But|Also|Meanwhile|Separately|Et|Mais|Par ailleurs|En outre|Und|Auch|Y|Además|E|Inoltre|Também|Além disso),?\s)?(?:(?:(?:the|le|la|der|die|das|el|il|lo|o|a)\s|l['’])(?:[\p{L}\d]{1,20}-[\p{L}\d]{1,20}\s)?(?:(?:tech|software|technology)\s(?:group|company|firm|giant|maker)|group|company|firma?|giant|start-?up|jeune pousse|groupe|soci[ée]t[ée]|entreprise|g[ée]ant|Konzern|Unternehmen|Gruppe|grupo|empresa|compa[ñn][íi]a|gruppo|societ[àa]|azienda|gigante|tecnol[óo]gica|multinacional|multinazionale)(?!\p{L})|(?:(?:last|this|earlier this|later that|that)\s(?:week|month|year|quarter)\s)?(?:it|he|she|they|il|elle|er|sie|ella|[ée]l|esso|ele)\s|(?:that|this|these|those|they)\s(?:includes?|included|comprises?)\s|(?:the|its|their)\s(?:deals|contracts|agreements|commitments)\s(?:include|included|comprise)\s|(?:its|their)\s(?:\S+\s){0,2}(?:customers|clients)\s(?:include|including|are)\s|parmi\s(?:ses|leurs)\sclients\s|zu\s(?:seinen|ihren)\sKunden\s(?:z[äa]hlen|geh[öo]ren)\s|entre\ssus\sclientes\s|tra\si\ssuoi\sclienti\s|entre\sos\sseus\sclientes\s|(?:los|las)\s(?:contratos|acuerdos)\sincluyen\s|(?:i|gli)\s(?:contratti|accordi)\s(?:includono|comprendono)\s|(?:os|as)\s(?:contratos|acordos)\sincluem\s|(?:ces|les)\s(?:contrats|accords)\s(?:comprennent|incluent)\s|among\s(?:them|those|these)\b|(?:cela|ceci|ils|elles)\s(?:comprend|comprennent|inclut|incluent)\s|parmi\s(?:eux|elles|ceux-ci|celles-ci)\b|(?:dazu|darunter)\s(?:geh[öo]ren|z[äa]hlen|geh[öo]rt|z[äa]hlt)\s|darunter\s(?:sind|waren|befinden sich)\s|(?:esto|ello|eso|estos|estas)\s(?:incluye|incluyen|comprende)\s|entre\s(?:ellos|ellas|estos|estas|eles|elas|estes)\b|(?:ci[òo]|questo|questi|queste)\s(?:include|includono|comprende)\s|(?:tra|fra)\s(?:questi|queste|essi)\b|(?:isso|isto|estes|estas)\s(?:inclui|incluem)\s|(?:this|dies|esto|questo|isto|(?:the|this|cette|l['’]|die|diese|el|este|esta|questo|o)\s?(?:announcement|news|annonce|nouvelle|Ank[üu]ndigung|Meldung|Nachricht|anuncio|noticia|annuncio|notizia|an[úu]ncio|not[íi]cia))\s(?:follows|comes|suit|fait suite|intervient|arrive|folgt|kommt|sigue|llega|segue|arriva|chega|vem)(?!\p{L}))|${PRO_DROP_OPENING}`,
  'iu',
);

/**
 * A sentence opening on a seller named by what it does ("the provider", "der KI-Cloudanbieter", "le
 * spécialiste du cloud", "el proveedor"): it refers to the last seller named, not to the article's subject.
 */
const PROVIDER_ANAPHOR_RE = new RegExp(
  String.raw`${SENTENCE_OPENING}(?:(?:And|But|Also|Meanwhile|Et|Mais|Und|Auch|Y|E),?\s)?(?:the|le|la|l['’]|der|die|das|el|il|lo|o|a)\s?(?:[\p{L}-]{1,20}\s)?(?:provider|supplier|neocloud|operator|landlord|host|fournisseur|sp[ée]cialiste|op[ée]rateur|h[ée]bergeur|n[ée]ocloud|\p{L}{0,12}anbieter|Betreiber|Vermieter|proveedor|operador|arrendador|fornitore|operatore|fornecedor)(?!\p{L})`,
  'iu',
);

/**
 * A sentence opening on a chip maker named by its trade ("the chipmaker", "il produttore di chip", "le fabricant de
 * puces", "der Chipkonzern", "el fabricante de chips"): it refers to the last chip maker named, not to the article's
 * subject.
 */
const CHIP_MAKER_ANAPHOR_RE = new RegExp(
  String.raw`${SENTENCE_OPENING}(?:(?:And|But|Also|Meanwhile|Et|Mais|Und|Auch|Y|E),?\s)?(?:the|le|la|l['’]|der|die|das|el|il|lo|o|a)\s?(?:[\p{L}-]{1,20}\s)?(?:chip\s?maker|chip designer|chip giant|GPU maker|fabricant de puces|concepteur de puces|g[ée]ant des puces|Chip(?:hersteller|konzern|riese|entwickler|gigant)|Halbleiterkonzern|fabricante de (?:chips|semiconductores|semicondutores)|produttore di chip|colosso dei chip|gigante de (?:los )?chips|gigante dos chips)(?!\p{L})`,
  'iu',
);

/** Before a sentence's opening name, only its article: the name is the sentence's subject. */
const OPENER_ARTICLE_RE = /^(?:(?:the|le|la|l['’]|der|die|das|el|il|lo|o|a)\s?)?$/i;

/** A company named as a startup: "la startup", "la jeune pousse". */
const STARTUP_NOUN = String.raw`(?:start-?up|jeune pousse)(?!\p{L})`;
const STARTUP_NOUN_RE = new RegExp(STARTUP_NOUN, 'iu');

/** "la startup", "la jeune pousse" stand for a lab or a young cloud, never a hyperscaler, a chip maker or a vendor. */
const youngOnly =
  (fits: (c: CompanyEntry) => boolean) =>
  (c: CompanyEntry): boolean =>
    fits(c) && (c.tier === 0 || c.tier === 2 || c.tier === 3);

/** Two companies joined by "and" ("OpenAI et Anthropic", "Mistral und Aleph Alpha"), either one the subject. */
const twoJoined = (text: string, named: readonly CompanyMention[]): boolean =>
  named.some((m, i) => {
    const next = named[i + 1];
    return (
      next !== undefined &&
      next.company.id !== m.company.id &&
      /^\s(?:and|et|und|y|e)\s$/.test(text.slice(m.end, next.start))
    );
  });

/** A sentence's subject named as a startup ("E a fine ottobre la startup aveva annunciato", "La jeune pousse avait"). */
const STARTUP_ANAPHOR_RE = new RegExp(
  String.raw`${SENTENCE_OPENING}(?:(?:And|But|Also|Et|Mais|Und|Y|E),?\s)?(?:the|la|le|l['’]|die|das|el|il|lo|o|a)\s?${STARTUP_NOUN}`,
  'iu',
);

/** A pronoun that stands for a contract, not a company: "It is the second deal", "Il s'agit du premier contrat". */
const CONTRACT_PRONOUN_RE =
  /^(?:it|this|that)\s(?:is|was|marks|becomes|became)\s(?:the|a|an|its)\s(?:[\w-]+\s){0,3}?(?:contract|deal|agreement|order|lease|tranche|expansion)s?\b|^il s['’]agit d(?:u|e la|['’]un|['’]une)\s(?:[\p{L}-]+\s){0,2}?(?:contrat|accord|bail|commande)\b/iu;

/**
 * Deals told in the passive, then their agent: "conclus par", "signed by", "announced by", "abgeschlossen von",
 * "firmados por", "sottoscritti da", "assinados pela"; a site taken up in the passive, then its tenant: "est
 * désormais occupé par Microsoft", "will be used by", "sarà occupato da".
 */
const PASSIVE_DEAL_AGENT_BEFORE_RE =
  /\b(?:conclu|sign[ée]|annonc[ée]|concluded|signed|announced|struck|inked|abgeschlossen|unterzeichnet|geschlossen|firmad[oa]|cerrad[oa]|anunciad[oa]|firmat[oiae]|sottoscritt[oiae]|annunciat[oiae]|assinad[oa]|fechad[oa]|occup[ée]|occupied|used|leased|rented|lou[ée]|utilis[ée]|occupat[oiae]|utilizzat[oiae]|ocupad[oa]|utilizad[oa]|usad[oa]|alugad[oa]|genutzt|belegt|gemietet)(?:e?s)?\s(?:par|by|von|por|da|dal|dalla|pela|pelo)\s(?:la\s|le\s|l['’]|the\s|el\s|o\s|a\s)?$/iu;

/** How far back a pronoun's antecedent is looked for: the paragraph or two before it. */
const MAX_ANTECEDENT_SENTENCES = 4;

/**
 * A deal's "with" object told by a noun that stands for a company named before ("… while Crusoe signed a
 * multibillion-dollar agreement with the company", "firmó un acuerdo con la compañía", "com a empresa"), or the one a
 * seller sells to ("Nvidia agreed in May to sell the company 18,000 GB300 chips", "vendre à la société", "vender a la
 * compañía"); not a possessive ("with the company's board") nor a noun a name follows in apposition ("with the group
 * Nebius") or as its complement ("avec le groupe de Mark Zuckerberg", "le groupe de Redmond": named by them).
 */
const OBJECT_ANAPHOR_RE =
  /\b(?:with|avec|mit|con|com|sell|sells|sold|supply|supplies|supplied|vendre|vendra|vend|fournir|fournira|fournit|vender|vender[áa]|vendi[óo]|suministrar[áa]?|vendere|vender[àa]|fornire|fornir[àa]|fornecer[áa]?) (?:(?:à|a) )?(?:the (?:company|group|start-?up)|au groupe|al grupo|ao grupo|al gruppo|alla societ[àa]|à (?:empresa|companhia)|la soci[ée]t[ée]|le groupe|la jeune pousse|(?:la|lo|a|dem) start-?up|l['’](?:entreprise|azienda)|dem (?:Unternehmen|Konzern)|la (?:compa[ñn][íi]a|empresa|societ[àa])|el grupo|il gruppo|a (?:empresa|companhia)|o grupo)(?![\p{L}'’]| \p{Lu}| (?:de|d['’]|di|da|do|del|of|aus|von) ?\p{Lu})/u;

/** Where the anaphor of a sentence's "with" object starts, or -1. */
export function objectAnaphorAt(sentence: string): number {
  const m = OBJECT_ANAPHOR_RE.exec(sentence);
  return m ? m.index + m[0].indexOf(' ') + 1 : -1;
}

/** A topic opening a sentence: "For Anthropic, …", "Pour Anthropic, …", "Für Anthropic …", "Para", "Per". */
const TOPIC_LEAD_RE = /^(?:For|Pour|F[üu]r|Para|Per|As for|Quant [àa]|Quanto a)\s$/i;

/** Words before a company that make it something else than the sentence's grammatical subject. */
const NOT_SUBJECT_BEFORE_RE =
  /\b(?:with|from|to|for|by|at|avec|pour|par|chez|aupr[èe]s|mit|von|f[üu]r|bei|an|con|para|por|per|da|di|com|de|du|des|à|au)\s/i;

/**
 * The company a sentence's anaphoric subject stands for, or null: "the provider" the last seller named before
 * it; "the group", "it", "il" the grammatical subject of the nearest earlier sentence that names one (a sentence
 * opening on a pronoun itself is passed over: it points further back). `subject` is the article's subject, the
 * fallback when the text before gives nothing.
 */
export function referentOf(
  text: string,
  span: Span,
  subject: () => CompanyEntry | null,
  previous: (start: number) => Span | null,
  /** Whether a company can be the referent (an antecedent that cannot deal with the sentence's company is passed
   * over, as a pronoun passes over an antecedent of another gender). */
  fits: (c: CompanyEntry) => boolean = () => true,
  /** The anaphor is the object of a "with" inside the sentence (objectAnaphorAt), not its opening subject. */
  asObject = false,
): CompanyEntry | null {
  let wantsProvider = false;
  let youngOnlyAnaphor = false;
  if (
    asObject &&
    STARTUP_NOUN_RE.test(OBJECT_ANAPHOR_RE.exec(afterIn(text, span, span.start, 1000))?.[0] ?? '')
  )
    fits = youngOnly(fits);
  if (!asObject) {
    const opening = text.slice(span.start, span.start + 60);
    // "It is the second contract of this kind", "Il s'agit du deuxième contrat": the pronoun stands for a contract.
    if (CONTRACT_PRONOUN_RE.test(opening)) return null;
    // "… un contratto … con Microsoft. Il gruppo di Redmond pagherà …": a sentence opening on a company's own descriptor
    // (an alias) goes on with the contract the sentence before tells with that company: its counterparty there is the
    // referent.
    const opener = findCompanyMentions(text, span.start, Math.min(span.end, span.start + 40)).find((m) =>
      OPENER_ARTICLE_RE.test(text.slice(span.start, m.start)),
    );
    const before = opener && ANAPHOR_SUBJECT_RE.test(opening) ? previous(span.start) : null;
    if (opener && before && CONTRACTS_RE.test(text.slice(before.start, before.end))) {
      const named = findCompanyMentions(text, before.start, before.end);
      const others = new Set(named.filter((m) => m.company.id !== opener.company.id).map((m) => m.company));
      const [other] = others;
      if (others.size === 1 && fits(other!) && named.some((m) => m.company.id === opener.company.id))
        return other!;
    }
    // "Le néocloud néerlandais", "das Amsterdamer Unternehmen": the descriptor says whom it stands for.
    const home = homeDescribed(text, span, fits);
    if (home) return home;
    const chipMaker = CHIP_MAKER_ANAPHOR_RE.exec(opening);
    if (chipMaker && !/^[\s-]+\p{Lu}/u.test(opening.slice(chipMaker[0].length)))
      return lastChipMakerBefore(text, span, previous, fits);
    if (STARTUP_ANAPHOR_RE.test(opening)) {
      fits = youngOnly(fits);
      youngOnlyAnaphor = true;
    }
    const provider = PROVIDER_ANAPHOR_RE.exec(opening);
    // "der KI-Cloudanbieter Fluidstack": a noun in apposition to a name is no anaphor.
    wantsProvider = provider !== null && !/^[\s-]+\p{Lu}/u.test(opening.slice(provider[0].length));
    if (!wantsProvider && !ANAPHOR_SUBJECT_RE.test(opening)) return null;
  }
  let prev = previous(span.start);
  for (let n = 0; n < MAX_ANTECEDENT_SENTENCES && prev; n++, prev = previous(prev.start)) {
    // "La operación forma parte del megaproyecto Stargate", "Project Stargate: un piano ambizioso": a project's
    // name is no company a later "it" or "the group" can stand for.
    // A company named by its rival's title ("Son rival CoreWeave", "Konkurrent CoreWeave") is someone's rival, never
    // the one a later "elle", "sie" or "the company" stands for.
    const named = findCompanyMentions(text, prev.start, prev.end).filter(
      (m) =>
        !(m.company.tier === 0.5 && namedAsProject(text, m.start, m.end)) &&
        !RIVAL_TITLE_BEFORE_RE.test(textBefore(text, m.start, 30)),
    );
    if (wantsProvider) {
      // The last company that only sells, else the last that sells at all (a hyperscaler).
      const sellers = named.filter((m) => sellsOnly(m.company));
      const any = named.filter((m) => m.company.roles?.includes('provider'));
      const last = sellers[sellers.length - 1] ?? any[any.length - 1];
      if (last) return last.company;
      continue;
    }
    const head = text.slice(prev.start, prev.start + 60);
    // "El gigante de Menlo Park, …": an opening that is a company's own name (an alias) is no anaphor.
    const at = prev.start;
    const opensOnName = named.some((m) => m.start - at <= 4);
    if (!opensOnName && (ANAPHOR_SUBJECT_RE.test(head) || PROVIDER_ANAPHOR_RE.test(head))) {
      // "La compañía neerlandesa ha firmado con Meta … Antes, la firma había sellado con Microsoft": anaphoric
      // subjects in a row stand for one company, which the first of them may describe by its home.
      const home = wantsProvider ? null : homeDescribed(text, prev, fits);
      if (home) return home;
      continue;
    }
    // "OpenAI et Anthropic ont présenté leurs modèles. Enfin, la jeune pousse …": which of two startups is a guess.
    if (
      youngOnlyAnaphor &&
      twoJoined(
        text,
        named.filter((m) => fits(m.company)),
      )
    )
      return null;
    const main = mainClauseSubject(text, prev, named);
    if (main && fits(main.company)) return main.company;
    // "une série d'accords déjà conclus par Nebius": the agent of deals told in the passive is who signs them.
    const from = prev.start;
    const agent = named.find(
      (m) =>
        PASSIVE_DEAL_AGENT_BEFORE_RE.test(text.slice(Math.max(from, m.start - 40), m.start)) &&
        fits(m.company),
    );
    if (agent) return agent.company;
    // "The $38 billion AWS deal is dwarfed by OpenAI's other commitments": a name labelling a deal is no subject.
    const first = named.find((m) => labelledDeal(text, { ...m, weak: false }) < 0);
    if (!first) continue;
    const lead = text.slice(prev.start, first.start);
    // "Pour Anthropic, qui revendique …, l'enjeu est …": the sentence's topic, named up front, is whom it is about.
    if (TOPIC_LEAD_RE.test(lead) && text[first.end] === ',' && fits(first.company)) return first.company;
    if (lead.length > 60 || NOT_SUBJECT_BEFORE_RE.test(lead)) break;
    if (fits(first.company)) return first.company;
  }
  if (wantsProvider) return null;
  const fallback = subject();
  return fallback && fits(fallback) ? fallback : null;
}

/** The last chip maker named in the sentences before `span` (within the antecedents' reach), or null. */
function lastChipMakerBefore(
  text: string,
  span: Span,
  previous: (start: number) => Span | null,
  fits: (c: CompanyEntry) => boolean,
): CompanyEntry | null {
  let prev = previous(span.start);
  for (let n = 0; n < MAX_ANTECEDENT_SENTENCES && prev; n++, prev = previous(prev.start)) {
    const makers = findCompanyMentions(text, prev.start, prev.end).filter((m) => isChipMaker(m.company));
    const last = makers[makers.length - 1];
    if (last) return fits(last.company) ? last.company : null;
  }
  return null;
}

/** Right before a name: the title of a rival ("son rival ", "Konkurrent ", "its rival ", "il concorrente "). */
const RIVAL_TITLE_BEFORE_RE =
  /(?:^|[\s(])(?:(?:son|sa|leur|its|their|sein|seine|seinem|seinen|ihr|ihre|ihrem|ihren|su|il suo|o seu|seu)\s)?(?:rival|rivale|concurrent|concurrente|competitor|Konkurrent|Konkurrenten|Rivale|Rivalen|Wettbewerber|competidor|concorrente)\s$/iu;

/** Where a descriptor may open after a lead-in: "Laut Insidern hat das Amsterdamer Unternehmen …". */
const DESCRIPTOR_LEAD_RE =
  /^(?:(?:[\p{L}\d]{1,15}\s){1,4}(?:hatte|hat|hatten|haben|ist|war|wird|will|soll)\s|(?:And|But|Also|Meanwhile|Et|Mais|Und|Auch|Y|E),?\s)?/iu;
/** An article and up to four words: the descriptor the home word and the company noun are sought in. */
const DESCRIPTOR_RE =
  /^(?:the|le|la|l['’]|der|die|das|el|il|lo|o|a)\s?((?:[\p{L}\d'’-]+\s){0,3}[\p{L}\d'’-]+)/iu;
/** A noun that makes the descriptor a company's ("the Amsterdam-based company", "der britische Anbieter"). */
const COMPANY_NOUN_RE =
  /(?<!\p{L})(?:company|group|firm|giant|provider|supplier|neocloud|operator|start-?up|specialist|groupe|soci[ée]t[ée]|entreprise|fournisseur|op[ée]rateur|sp[ée]cialiste|acteur|h[ée]bergeur|p[ée]pite|g[ée]ant|n[ée]ocloud|Unternehmen|Konzern|\p{L}{0,14}anbieter|Betreiber|Spezialist|Firma|Gruppe|Hyperscaler|empresa|compa[ñn][íi]a|grupo|proveedor|operador|societ[àa]|azienda|gruppo|fornitore|operatore|companhia|fornecedor|operadora)(?!\p{L})/iu;

/**
 * A Romance article and a home adjective standing alone for the company, then its verb: "La australiana proveerá",
 * "L'australienne fournira", "A australiana vai", "La neerlandesa firmó" (the noun left unsaid is "la empresa").
 */
const HOME_AS_NOUN_RE = /^(?:[Ll]a|[Ee]l|[Ll]e|[Ll]['’]|[Ii]l|[Ll]o|[Oo]|[Aa])\s?([\p{Ll}-]+)(?=\s\p{Ll})/u;
function homeAsNoun(descriptor: string): RegExpExecArray | null {
  const m = HOME_AS_NOUN_RE.exec(descriptor);
  return m && companiesFrom(m[1]!) !== undefined ? m : null;
}

/**
 * The company a sentence's descriptor names by its home ("Le néocloud néerlandais a signé avec Microsoft", "Das
 * Amsterdamer Unternehmen hat …", "The Amsterdam-based company signed …"): the nearest company named before the
 * sentence that comes from there (companies-origins.ts), else null (the other rules then apply).
 */
function homeDescribed(text: string, span: Span, fits: (c: CompanyEntry) => boolean): CompanyEntry | null {
  const opening = afterIn(text, span, span.start, 100);
  const lead = DESCRIPTOR_LEAD_RE.exec(opening)?.[0] ?? '';
  const described = DESCRIPTOR_RE.exec(opening.slice(lead.length)) ?? DESCRIPTOR_RE.exec(opening);
  // The home word alone: the descriptor ends with it (the words after it are the verb and its object).
  const descriptor = described && !COMPANY_NOUN_RE.test(described[1]!) ? homeAsNoun(described[0]) : described;
  if (!descriptor) return null;
  const homes = new Set<string>();
  // The descriptor ends at its last home word or company noun: "Das australische Unternehmen wird Microsoft …"
  // names Microsoft as the verb's object, after the descriptor.
  let last = '';
  // "le groupe d'Amsterdam": the elided article is no part of the home word.
  for (const word of descriptor[1]!.split(/[\s'’-]+/)) {
    const from = companiesFrom(word);
    for (const id of from ?? []) homes.add(id);
    if (from || COMPANY_NOUN_RE.test(word)) last = word;
  }
  if (homes.size === 0) return null;
  // "La société britannique Nscale …": a descriptor in apposition to a name is no anaphor.
  const start = span.start + opening.indexOf(descriptor[0]);
  const end = start + descriptor[0].lastIndexOf(last) + last.length;
  if (findCompanyMentions(text, span.start, Math.min(span.end, end + 2)).length > 0) return null;
  const before = findCompanyMentions(text, 0, span.start);
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!.company;
    if (homes.has(c.id)) return fits(c) ? c : null;
  }
  return null;
}

/**
 * An opening adverbial clause, then the main clause's subject: "Following the announcement of the contract with
 * Microsoft, IREN's shares jumped", "Après l'annonce du contrat avec Microsoft, l'action d'IREN a bondi", "Nach der
 * Bekanntgabe des Vertrags mit Microsoft stieg die IREN-Aktie", "Tras el anuncio del contrato con Microsoft, las
 * acciones de IREN", "Dopo l'annuncio del contratto con Microsoft, le azioni di IREN", "Após o anúncio do contrato
 * com a Microsoft, as ações da IREN": the company the clause names is no subject; the one opening the main clause is.
 */
const OPENING_CLAUSE_RE =
  /^(?:Following|After|Upon|On the back of|Apr[èe]s|Suite [àa]|[ÀA] la suite d[eu']|Nach|Infolge|Tras|Despu[ée]s de|Luego de|Dopo|In seguito a|Ap[óo]s|Depois d[eoa])\b[^,;.]{0,120},\s/iu;
/** What may come between the comma and the subject's name: an article, a share or its holders ("IREN's shares"). */
const SUBJECT_LEAD_RE =
  /^(?:(?:the|le|la|les|l['’]|die|der|das|el|los|las|il|lo|gli|le|o|os|a|as)\s?)?(?:(?:shares?|stock|action|actions|Aktie|acciones|azioni|a[çc][õo]es)\s(?:of|de|d['’]|du|der|von|di|della|del|da|do)\s?(?:l['’]|la\s|le\s|a\s|o\s)?)?$/iu;

function mainClauseSubject(
  text: string,
  sentence: Span,
  named: readonly CompanyMention[],
): CompanyMention | undefined {
  const opening = OPENING_CLAUSE_RE.exec(
    text.slice(sentence.start, Math.min(sentence.end, sentence.start + 160)),
  );
  if (!opening) return undefined;
  const main = sentence.start + opening[0].length;
  return named.find((m) => m.start >= main && SUBJECT_LEAD_RE.test(text.slice(main, m.start)));
}

const sellsOnly = (c: CompanyEntry): boolean =>
  (c.roles?.includes('provider') ?? false) && !(c.roles?.includes('buyer') ?? false);
