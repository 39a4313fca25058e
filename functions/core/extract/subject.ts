// The company an article is about: the buyer named in the lead of a roundup ("Microsoft's neocloud scorecard",
// then a table of providers), the one "the group" or "it" refers to later on.
import { type CompanyEntry, findCompanyMentions } from '../companies';
import { namedAsProject } from './project-name';
import type { Span } from './sentences';

/** Headline plus the first paragraphs: where a news page names its subject (navigation included, rarely a company). */
const LEAD_CHARS = 3_000;
/** The subject must be named this many times more than any other company: a clear lead, not a tie. */
const MIN_LEAD = 1;

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
  const mentions = findCompanyMentions(head).filter((m) => !rows.has(m.company.id));
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
 * A sentence opening on its subject without naming it, per language ("The company…", "Le groupe…", "Er…", "la
 * tecnológica…", "the software maker…"), or on the announcement just told ("Cette annonce suit la signature d'un
 * contrat avec Meta", "This follows", "Die Ankündigung folgt auf"): the one who announced is the recap's party.
 */
export const ANAPHOR_SUBJECT_RE =
  /^(?:[^,.;]{0,40},\s|(?:[\p{L}\d]{1,15}\s){1,4}(?:hatte|hat|hatten|haben|ist|war|wird|will|soll)\s)?(?:(?:And|But|Also|Meanwhile|Separately|Et|Mais|Par ailleurs|En outre|Und|Auch|Y|Además|E|Inoltre|Também|Além disso),?\s)?(?:(?:the|le|la|der|die|das|el|il|lo|o|a)\s(?:[\p{L}\d]{1,20}-[\p{L}\d]{1,20}\s)?(?:(?:tech|software|technology)\s(?:group|company|firm|giant|maker)|group|company|firm|giant|groupe|soci[ée]t[ée]|g[ée]ant|Konzern|Unternehmen|Gruppe|grupo|empresa|compa[ñn][íi]a|gruppo|societ[àa]|azienda|gigante|tecnol[óo]gica|multinacional|multinazionale)(?!\p{L})|(?:(?:last|this|earlier this|later that|that)\s(?:week|month|year|quarter)\s)?(?:it|he|she|they|il|elle|er|sie|ella|[ée]l|esso|ele)\s|(?:this|dies|esto|questo|isto|(?:the|this|cette|l['’]|die|diese|el|este|esta|questo|o)\s?(?:announcement|news|annonce|nouvelle|Ank[üu]ndigung|Meldung|Nachricht|anuncio|noticia|annuncio|notizia|an[úu]ncio|not[íi]cia))\s(?:follows|comes|suit|fait suite|intervient|arrive|folgt|kommt|sigue|llega|segue|arriva|chega|vem)(?!\p{L}))/iu;

/**
 * A sentence opening on a seller named by what it does ("the provider", "der KI-Cloudanbieter", "le
 * spécialiste du cloud", "el proveedor"): it refers to the last seller named, not to the article's subject.
 */
const PROVIDER_ANAPHOR_RE =
  /^(?:[^,.;]{0,40},\s|(?:[\p{L}\d]{1,15}\s){1,4}(?:hatte|hat|hatten|haben|ist|war|wird|will|soll)\s)?(?:(?:And|But|Also|Meanwhile|Et|Mais|Und|Auch|Y|E),?\s)?(?:the|le|la|l['’]|der|die|das|el|il|lo|o|a)\s?(?:[\p{L}-]{1,20}\s)?(?:provider|supplier|neocloud|operator|landlord|host|fournisseur|sp[ée]cialiste|op[ée]rateur|h[ée]bergeur|n[ée]ocloud|\p{L}{0,12}anbieter|Betreiber|Vermieter|proveedor|operador|arrendador|fornitore|operatore|fornecedor)(?!\p{L})/iu;

/** A pronoun that stands for a contract, not a company: "It is the second deal", "Il s'agit du premier contrat". */
const CONTRACT_PRONOUN_RE =
  /^(?:it|this|that)\s(?:is|was|marks|becomes|became)\s(?:the|a|an|its)\s(?:[\w-]+\s){0,3}?(?:contract|deal|agreement|order|lease|tranche|expansion)s?\b|^il s['’]agit d(?:u|e la|['’]un|['’]une)\s(?:[\p{L}-]+\s){0,2}?(?:contrat|accord|bail|commande)\b/iu;

/** How far back a pronoun's antecedent is looked for: the paragraph or two before it. */
const MAX_ANTECEDENT_SENTENCES = 4;

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
): CompanyEntry | null {
  const opening = text.slice(span.start, span.start + 60);
  // "It is the second contract of this kind", "Il s'agit du deuxième contrat": the pronoun stands for a contract.
  if (CONTRACT_PRONOUN_RE.test(opening)) return null;
  const provider = PROVIDER_ANAPHOR_RE.exec(opening);
  // "der KI-Cloudanbieter Fluidstack": a noun in apposition to a name is no anaphor.
  const wantsProvider = provider !== null && !/^[\s-]+\p{Lu}/u.test(opening.slice(provider[0].length));
  if (!wantsProvider && !ANAPHOR_SUBJECT_RE.test(opening)) return null;
  let prev = previous(span.start);
  for (let n = 0; n < MAX_ANTECEDENT_SENTENCES && prev; n++, prev = previous(prev.start)) {
    // "La operación forma parte del megaproyecto Stargate", "Project Stargate: un piano ambizioso": a project's
    // name is no company a later "it" or "the group" can stand for.
    const named = findCompanyMentions(text, prev.start, prev.end).filter(
      (m) => !(m.company.tier === 0.5 && namedAsProject(text, m.start, m.end)),
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
    if (ANAPHOR_SUBJECT_RE.test(head) || PROVIDER_ANAPHOR_RE.test(head)) continue;
    const first = named[0];
    if (!first) continue;
    const lead = text.slice(prev.start, first.start);
    if (lead.length > 60 || NOT_SUBJECT_BEFORE_RE.test(lead)) break;
    if (fits(first.company)) return first.company;
  }
  if (wantsProvider) return null;
  const fallback = subject();
  return fallback && fits(fallback) ? fallback : null;
}

const sellsOnly = (c: CompanyEntry): boolean =>
  (c.roles?.includes('provider') ?? false) && !(c.roles?.includes('buyer') ?? false);
