// The curated company table (data in ./data/companies.json) and alias lookup in text.
import { rolesByTier, companies as tableCompanies } from './data/companies.json';
import { lazy } from './lazy';
import type { CompanyRef } from './types';

export interface CompanyEntry extends CompanyRef {
  aliases: string[];
  /** Orders roles when the text does not: the lower tier is the buyer (see the JSON's comment). */
  tier: number;
  /** Usual roles in a compute contract; a clear clause in the text overrides them. */
  roles?: CompanyRole[];
  /**
   * A hardware vendor that also runs its own cloud, or an AI lab that rents out its own data centre (xAI's Colossus 1
   * to Anthropic, 2026): its computing capacity is sold as a cloud contract, to another lab too.
   */
  sellsCapacity?: boolean;
  blockers?: string[];
  /** People the press names the company by, after a lead-in ("la società guidata da Sam Altman"). */
  leaders?: string[];
  /** Towns the press names the company by, beside a descriptor ("le groupe de Menlo Park", "der Bonner Konzern"). */
  homes?: string[];
}

export type CompanyRole = 'buyer' | 'provider';

export interface CompanyMention {
  company: CompanyEntry;
  start: number;
  end: number;
}

interface RawEntry {
  id: string;
  /** The display name; an entry without one is named by its first alias. */
  name?: string;
  ticker?: string;
  /** A number, as the SEC writes it; the service pads it to ten digits. */
  cik?: number;
  tier: number;
  /** Left out when they are the tier's usual roles (rolesByTier). */
  roles?: CompanyRole[];
  sellsCapacity?: boolean;
  aliases: string[];
  blockers?: string[];
  leaders?: string[];
  homes?: string[];
}

/** A tier's usual roles, from the table (rolesByTier): an entry writes its own only when they differ. */
function rolesOf(c: RawEntry): CompanyRole[] {
  const roles = c.roles ?? (rolesByTier as Record<string, CompanyRole[] | undefined>)[String(c.tier)];
  if (!roles) throw new Error(`companies.json: ${c.id} has tier ${c.tier}, which rolesByTier does not list`);
  return roles;
}

/** "Facebook's parent" and "Facebook’s parent": the table writes a name's apostrophe once, texts write either. */
const withBothApostrophes = (names: readonly string[]): string[] =>
  names.flatMap((n) => (/['’]/.test(n) ? [n.replace(/’/g, "'"), n.replace(/'/g, '’')] : [n]));

export const COMPANIES: readonly CompanyEntry[] = (tableCompanies as RawEntry[]).map(({ cik, ...c }) => ({
  ...c,
  ...(cik === undefined ? {} : { cik: String(cik).padStart(10, '0') }),
  aliases: withBothApostrophes(c.aliases),
  ...(c.blockers ? { blockers: withBothApostrophes(c.blockers) } : {}),
  roles: rolesOf(c),
  name: c.name ?? c.aliases[0]!,
}));

const byId = new Map(COMPANIES.map((c) => [c.id, c]));
const byCik = new Map(COMPANIES.filter((c) => c.cik).map((c) => [c.cik!, c]));

// Alias as written, and its upper-case form (filings write "NVIDIA", "COREWEAVE, INC."), to its company;
// null marks a blocker ("AWS Lambda" is not Lambda, Inc.). Built at first use, as the two tables below: the API
// looks a company up by id or CIK far more often than it reads a text (core/lazy.ts).
const aliasTables = lazy(() => {
  const aliases = new Map<string, CompanyEntry | null>();
  for (const c of COMPANIES) for (const a of c.aliases) if (!aliases.has(a)) aliases.set(a, c);
  for (const c of COMPANIES) for (const b of c.blockers ?? []) aliases.set(b, null);
  // The upper-case forms no alias is written as, looked for by a pattern of their own (see ALIAS_RES).
  const upper = new Map<string, CompanyEntry>();
  for (const c of COMPANIES)
    for (const a of c.aliases) {
      const u = a.toUpperCase();
      if (!aliases.has(u) && !upper.has(u)) upper.set(u, c);
    }
  const all = new Map<string, CompanyEntry | null>([...upper, ...aliases]);
  return { written: [...aliases.keys()], upper: [...upper.keys()], all };
});
const aliasMap = (): ReadonlyMap<string, CompanyEntry | null> => aliasTables().all;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A company named by the person who leads or founded it, or whose it is: "the company led by Sam Altman", "la empresa de
 * Sam Altman", "l'entreprise dirigée par
 * Sam Altman", "das von Sam Altman geführte Unternehmen", "la empresa dirigida por Sam Altman", "la società guidata
 * da Sam Altman", "a empresa comandada por Sam Altman". The person alone ("Sam Altman said") names no party: the name
 * is read only after such a lead-in (a look-behind, tried only once the name itself has matched).
 */
const LEADER_LEAD =
  '(?:groupe|soci[ée]t[àé]|entreprise|start-?up|empresa|compa[ñn][íh]ia|azienda|gruppo|grupo) d[ei]|(?:led|run|headed|founded|co-founded|chaired) by|(?:dirig|fond|présid|pilot|cofond)[ée]e?s? par|(?:dirigid|liderad|fundad|encabezad|presidid|comandad|cofundad)[oa]s? por|(?:guidat|fondat|dirett|presiedut|capitanat|cofondat)[oaie] da';
/** The descriptor before a leader's name: "la startup guidata da ", "the company run by ", "le groupe de ". */
const LEADER_LEAD_BEFORE_RE = lazy(
  () =>
    new RegExp(
      String.raw`(?:(?:the|la|le|il|el|lo|a|o|l['’])\s?)?(?:[\p{L}-]+\s)?(?:${LEADER_LEAD})\s$`,
      'iu',
    ),
);
// A leader is named in full or by surname ("la società di Amodei", "il gruppo di Ellison").
const leaderByName = lazy(
  () =>
    new Map(
      COMPANIES.flatMap((c) =>
        (c.leaders ?? []).flatMap((n) => [[n, c] as const, [n.slice(n.lastIndexOf(' ') + 1), c] as const]),
      ),
    ),
);

/**
 * A company named by its home town beside a descriptor: "le groupe de Menlo Park", "der Softwarekonzern aus Redmond",
 * "il gruppo di Menlo Park", "the Livingston-based company", "the Livingston, N.J.-based neocloud", "the Redmond
 * company", "der Bonner Konzern". The town alone ("a campus in Dallas") names no party, nor does a startup of the
 * town ("a Seattle-based startup"): it is read only beside a descriptor of the company (look-arounds, tried only
 * once the town itself has matched).
 */
const HOME_LEAD =
  '(?:giant|group|company|firm|g[ée]ant|groupe|firme|soci[ée]t[ée]|entreprise|\\p{L}*[Kk]onzern|Riese|Unternehmen|\\p{L}*Anbieter|Firma|gigante|colosso|gruppo|societ[àa]|compa[ñn][íi]a|empresa|grupo|companhia|azienda|n[ée]ocloud) (?:de|di|da|do|aus|from|of)';
const HOME_NOUN_AFTER =
  '(?:giant|company|firm|group|outfit|tech giant|neocloud|provider|chipmaker|titan|behemoth|software giant|cloud giant|e-commerce giant)';
const HOME_NOUN_DE = '\\p{L}*(?:Konzern|Riese|Unternehmen|Anbieter|Firma|Gruppe)';
const homeByName = lazy(() => new Map(COMPANIES.flatMap((c) => (c.homes ?? []).map((n) => [n, c] as const))));
/** The descriptor's words around a town matched as its company: the mention spans them ("le groupe de Menlo Park"). */
const HOME_LEAD_BEFORE_RE = lazy(() => new RegExp(`(?:${HOME_LEAD})\\s$`, 'u'));
const HOME_NOUN_AFTER_RE = lazy(
  () =>
    new RegExp(
      `^\\s${HOME_NOUN_DE}|^(?:(?:,\\s[\\p{L}.]+(?:\\s[\\p{L}.]+)?)?-based)?(?:\\s${HOME_NOUN_AFTER}(?![\\p{L}]))?`,
      'u',
    ),
);
/** "Bonner" is Bonn's German adjective. */
const companyAtHome = (name: string): CompanyEntry | undefined =>
  homeByName().get(name) ?? (name.endsWith('er') ? homeByName().get(name.slice(0, -2)) : undefined);

// An alternation of literals, longest first so "Meta Platforms" wins over "Meta", that a genitive "s" may follow;
// then the leaders' names after their lead-in. Literal alternatives with boundary look-arounds cannot backtrack
// catastrophically. The aliases as written and their upper-case forms are two patterns: one pattern of both
// passes V8's size beyond which it stops optimising a pattern (20 KB of source), and scans text several times slower.
const literalAlternation = (names: readonly string[]): string =>
  `(?<![\\p{L}\\p{N}])(?:${[...names]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?=s(?![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))`;
const ALIAS_RES = lazy(() => {
  const leaders = [...leaderByName().keys()].map(escapeRegExp).join('|');
  const homes = [...homeByName().keys()].map(escapeRegExp).join('|');
  return [
    new RegExp(
      literalAlternation(aliasTables().written) +
        `|(?:${leaders})(?<=(?:${LEADER_LEAD})\\s(?:${leaders}))(?![\\p{L}])` +
        `|(?:${leaders})(?<=\\bvon\\s(?:${leaders}))(?=\\s(?:gef[üu]hrte|gegr[üu]ndete|geleitete)[nrms]?(?![\\p{L}]))` +
        `|(?:${homes})(?<=(?:${HOME_LEAD})\\s(?:${homes}))(?![\\p{L}])` +
        `|(?:${homes})(?=(?:,\\s[\\p{L}.]+(?:\\s[\\p{L}.]+)?)?-based\\s${HOME_NOUN_AFTER}(?![\\p{L}]))` +
        `|(?:${homes})(?<=\\b(?:the|The)\\s(?:${homes}))(?=\\s${HOME_NOUN_AFTER}(?![\\p{L}]))` +
        `|(?:${homes})er(?<=\\b(?:[Dd]er|[Dd]ie|[Dd]as|den|dem|des)\\s(?:${homes})er)(?=\\s${HOME_NOUN_DE}(?![\\p{L}]))`,
      'gu',
    ),
    new RegExp(literalAlternation(aliasTables().upper), 'gu'),
  ];
});

const lowerAliases = lazy(() =>
  [...aliasMap().entries()]
    .filter((e): e is [string, CompanyEntry] => e[1] !== null)
    .map(([a, c]) => [a.toLowerCase(), c] as const)
    .sort((a, b) => b[0].length - a[0].length),
);

export function companyById(id: string): CompanyEntry | undefined {
  return byId.get(id);
}

/** Accepts "1769628" or "0001769628". */
export function companyByCik(cik: string): CompanyEntry | undefined {
  const digits = cik.replace(/\D/g, '');
  if (digits.length === 0 || digits.length > 10) return undefined;
  return byCik.get(digits.padStart(10, '0'));
}

/** Resolves a registrant or free-form company name ("COREWEAVE, INC.", "Nebius Group N.V.") to an entry. */
export function resolveCompanyName(name: string): CompanyEntry | undefined {
  const lower = name.toLowerCase().slice(0, 200);
  for (const [alias, c] of lowerAliases()) {
    const at = lower.indexOf(alias);
    if (at < 0) continue;
    const before = at > 0 ? lower.charCodeAt(at - 1) : 32;
    const after = at + alias.length < lower.length ? lower.charCodeAt(at + alias.length) : 32;
    const isWordChar = (ch: number): boolean => (ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57);
    if (!isWordChar(before) && !isWordChar(after)) return c;
  }
  return undefined;
}

/**
 * What a user means by a company in a query: an id ("coreweave"), a ticker ("CRWV"), a name ("CoreWeave,
 * Inc.") in any case, or a CIK ("1769628"). A CIK outside the table still names a filer: its own CIK.
 */
export function resolveCompanyQuery(
  query: string,
): { cik: string; company: CompanyEntry | null } | undefined {
  const q = query.trim();
  if (/^\d{1,10}$/.test(q)) {
    const cik = q.padStart(10, '0');
    return { cik, company: byCik.get(cik) ?? null };
  }
  const entry = findCompany(q);
  return entry?.cik ? { cik: entry.cik, company: entry } : undefined;
}

/** Lowercase slug for a company that is not in the table. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/,?\s(?:inc|corp|corporation|ltd|limited|llc|plc|n\.v|s\.a|co)\.?$/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

export function toCompanyRef(c: CompanyEntry): CompanyRef {
  const ref: CompanyRef = { id: c.id, name: c.name };
  if (c.ticker) ref.ticker = c.ticker;
  if (c.cik) ref.cik = c.cik;
  return ref;
}

/** Every company alias found in text[from, to), in order; blockers consume their span and yield nothing. */
export function findCompanyMentions(text: string, from = 0, to = text.length): CompanyMention[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  // Both patterns' matches, the leftmost first and the longest at one start, as one pattern of both would give;
  // a blocker ("AWS Lambda") consumes its span and yields nothing.
  const found: { start: number; end: number; company: CompanyEntry | null; home: boolean }[] = [];
  for (const re of ALIAS_RES()) {
    re.lastIndex = 0;
    // A German genitive ("Microsofts Cloud-Plattform") names the company; the name ends before its "s"
    // (a look-ahead, not a consumed group: it keeps the alternation fast).
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      const named = aliasMap().get(m[0]) ?? leaderByName().get(m[0]);
      const home = named ? undefined : companyAtHome(m[0]);
      let start = from + m.index;
      let end = start + m[0].length;
      // "La startup guidata da Sam Altman firma con Oracle": the mention is the descriptor and its leader, the
      // sentence's subject, not an agent after "da".
      if (named && !aliasMap().has(m[0]))
        start -= LEADER_LEAD_BEFORE_RE().exec(text.slice(Math.max(0, start - 60), start))?.[0].length ?? 0;
      if (home) {
        start -= HOME_LEAD_BEFORE_RE().exec(text.slice(Math.max(0, start - 40), start))?.[0].length ?? 0;
        end += HOME_NOUN_AFTER_RE().exec(text.slice(end, end + 60))?.[0].length ?? 0;
      }
      found.push({ start, end, company: named ?? home ?? null, home: home !== undefined });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof found = [];
  let end = -1;
  for (const f of found) {
    if (f.start < end) continue;
    end = f.end;
    if (f.company) kept.push(f);
  }
  // "Cerebras Systems, la société de Sunnyvale, …": a home-town descriptor in apposition to the name it describes
  // is that mention again, not a second one.
  type Found = (typeof found)[number];
  const beside = (a: Found | undefined, b: Found | undefined): boolean =>
    a !== undefined && b !== undefined && APPOSITION_GAP_RE.test(text.slice(a.end, b.start));
  const named = (f: Found | undefined, home: Found): boolean =>
    f !== undefined && !f.home && f.company === home.company;
  return kept
    .filter(
      (f, i) =>
        !f.home ||
        !(
          (named(kept[i - 1], f) && beside(kept[i - 1], f)) ||
          (named(kept[i + 1], f) && beside(f, kept[i + 1]))
        ),
    )
    .map((f) => ({ company: f.company!, start: f.start, end: f.end }));
}

/** Between a name and its descriptor: a comma, a few words, no sentence end. */
const APPOSITION_GAP_RE = /^[^.;:!?]{0,40}$/;

/**
 * A company as a reader types it in a filter: its id, ticker or name (or an alias), in any case. Unknown
 * text gives undefined; a caller may still filter by it as an id (companies outside the table have slugs).
 */
export function findCompany(text: string): CompanyEntry | undefined {
  const needle = text.trim().toLowerCase();
  if (!needle) return undefined;
  return (
    byId.get(needle) ??
    COMPANIES.find((c) => c.ticker?.toLowerCase() === needle || c.name.toLowerCase() === needle) ??
    lowerAliases().find(([alias]) => alias === needle)?.[1] ??
    resolveCompanyName(needle)
  );
}
