// The registrant of a filing read on its own, without the submission's SGML header: an 8-K or 6-K document saved
// from EDGAR, or a third-party page that reprints one. Its "the Company" stands for the name on the cover ("CoreWeave,
// Inc. / (Exact name of registrant as specified in its charter)"), or for the filer a reprint's headline names
// ("CoreWeave Inc. filed SEC Form 8-K: …", "[8-K] Core Scientific, Inc. Reports Material Event", "Core Scientific,
// Inc. (NASDAQ: CORZ) filed a Form 8-K"), or the name an excerpt opens on above its form ("CoreWeave, Inc.\nFORM
// 10-Q") or before it in a section's title ("IREN Limited 10-Q - Subsequent events", "IREN Limited — Form 10-Q, Note
// 20"). Without it, a filing's contracts
// have only one named party. An excerpt that keeps none of these may still define its filer ('Bitfarms Ltd. (the
// "Company")').
import { findCompanyMentions } from './companies';

/** How far into the text the cover is looked for. */
const COVER_CHARS = 6_000;
/** How far into the text a reprint's headline is looked for (a news story may name a filing further down). */
const HEADLINE_CHARS = 400;

/** The cover's name: the line right before "(Exact name of registrant as specified in its charter)". */
const COVER_NAME_RE =
  /(?:^|\n)[ \t]*([^\n()]{2,80}?)[ \t]*\n?[ \t]*\(?exact name of (?:the )?registrant as specified in (?:its )?charter\)?/i;

/** A reprint's headline: "CoreWeave Inc. filed SEC Form 8-K", "… (NASDAQ: CORZ) filed a Form 8-K". */
const FILED_FORM_RE =
  /(?:^|\n|:\s)[ \t]*([A-Z][\w.,&' -]{1,60}?)\s(?:\((?:NASDAQ|NYSE|Nasdaq|NYSE American)?:?\s?[A-Z.]{1,6}\)\s)?(?:has\s)?filed\s(?:an?\s)?(?:SEC\s)?Form\s(?:8-K|6-K|10-Q|10-K)\b/;

/** A reprint's tag then its filer: "[8-K] Core Scientific, Inc. Tranche 2 Warrants Reports Material Event". */
const TAGGED_FILER_RE =
  /(?:^|\n)[ \t]*\[(?:8-K|6-K|10-Q|10-K)(?:\/A)?\][ \t]+([A-Z][\w.,&' -]{1,60}?(?:Inc\.|Corp\.|Corporation|Ltd\.?|Limited|N\.V\.|plc|Group|Holdings|Co\.))/;

/** A filing's excerpt that opens on its filer's name, the form on the next line: "CoreWeave, Inc.\nFORM 10-Q". */
const NAME_THEN_FORM_RE =
  /^[ \t]*(?!UNITED STATES|SECURITIES|WASHINGTON|FORM\b|Form\b)([A-Z][\w.,&' -]{1,60}?)[ \t]*\n[ \t]*FORM[ \t](?:8-K|6-K|10-Q|10-K|20-F|S-1)(?:\/A)?\b/;

/**
 * A financial statements' excerpt that opens on its filer's name, a statement's or the notes' heading on the next
 * line: "IREN LIMITED\nNOTES TO THE CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (UNAUDITED)", "CoreWeave, Inc.\nCONDENSED
 * CONSOLIDATED BALANCE SHEETS".
 */
const NAME_THEN_STATEMENTS_RE =
  /^[ \t]*(?!UNITED STATES|SECURITIES|NOTES\b)([A-Z][\w.,&' -]{1,60}?)[ \t]*\n(?:[ \t]*FORM (?:10-Q|10-K|20-F|40-F|6-K)\b[^\n]{0,80}\n)?[ \t]*(?:NOTES TO (?:THE )?(?:UNAUDITED )?(?:CONDENSED )?(?:CONSOLIDATED )?FINANCIAL STATEMENTS|(?:UNAUDITED )?(?:CONDENSED )?CONSOLIDATED (?:BALANCE SHEETS?|STATEMENTS? OF))\b/i;

/** The filer an excerpt of the statements opens on: a company of the table or a name with a corporate suffix. */
function statementsFiler(headline: string): string | null {
  const name = NAME_THEN_STATEMENTS_RE.exec(headline)?.[1]?.trim();
  if (!name) return null;
  return findCompanyMentions(name)[0]?.start === 0 ||
    CORPORATE_SUFFIX_RE.test(name.replace(/\bLIMITED$/, 'Limited'))
    ? name
    : null;
}

/** A filing's page titled by its filer, its form and a section: "IREN Limited 10-Q - Subsequent events (R26)". */
const NAME_FORM_SECTION_RE =
  /^[ \t]*(?!FORM\b|Form\b|SEC\b)([A-Z][\w.,&' -]{1,60}?)[ \t]+(?:8-K|6-K|10-Q|10-K|20-F|40-F|S-1)(?:\/A)?[ \t]+[-–—][ \t]+\S/;

/**
 * The filer defined as "the Company" in the text ('Bitfarms Ltd. (the "Company") entered into …', 'CoreWeave, Inc.
 * (together with its subsidiaries, the "Company")'): an excerpt that keeps neither cover nor headline still says it.
 */
const DEFINED_AS_COMPANY_RE =
  /\s\((?:together with its (?:consolidated )?subsidiaries,\s)?(?:[“"][^”"]{1,30}[”"],?\s(?:or|and)\s)?(?:the\s)?[“"](?:Company|Registrant)[”"]\)/;
/** The capitalised words right before it: "Bitfarms Ltd.", "Hut 8 Corp." (a date's "2026," stops the run). */
const NAME_BEFORE_RE = /((?:(?:\p{Lu}[\p{L}\d&'’.-]*,?|\d+)\s){0,4}\p{Lu}[\p{L}\d&'’.-]*)$/u;

function definedAsCompany(text: string): string | null {
  const m = DEFINED_AS_COMPANY_RE.exec(text.slice(0, COVER_CHARS));
  if (!m) return null;
  const before = text.slice(Math.max(0, m.index - 80), m.index);
  // A company of the table named right before it, by its table name; else the capitalised words there.
  const known = findCompanyMentions(before).findLast((c) => before.length - c.end < 20);
  return known ? known.company.name : (NAME_BEFORE_RE.exec(before)?.[1] ?? null);
}

/** A form's name in a title: "Form 10-Q", "FORM 6-K", "10-Q", "EX-99.2", "424B5", "Prospectus Supplement". */
const FORM_TOKEN_RE =
  /\b(?:(?:Form|FORM)\s)?(?:8-K|6-K|10-Q|10-K|20-F|40-F|[SF]-[134]|424B[1-8]|DEF 14A|EX-99(?:\.\d+)?)\b|\b(?:Preliminary |PRELIMINARY )?(?:Prospectus|PROSPECTUS)(?: (?:Supplement|SUPPLEMENT))?\b/;
/** A title's parts: "IREN Limited — Form 10-Q, Note 20", "FORM 6-K — Nebius Group N.V. — Commercial agreement". */
const TITLE_PART_SEPARATOR_RE = /\s[—–|-]\s/;
const CORPORATE_SUFFIX_RE = /\b(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|N\.V\.|plc|Group|Holdings|Co\.)$/;
const ONLY_SUFFIXES_RE =
  /^(?:,?\s(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|N\.V\.|plc|Group|Holdings|Co\.)){0,2}$/;
const FEW_CAPITALISED_WORDS_RE = /^\p{Lu}[\p{L}\d&'’.-]*,?(?:\s\p{Lu}[\p{L}\d&'’.-]*,?){0,4}$/u;

/** A part of a title that is a filer's name and nothing else: a company of the table, or a name with a suffix. */
function filerName(part: string): string | null {
  const known = findCompanyMentions(part)[0];
  if (known && known.start === 0 && ONLY_SUFFIXES_RE.test(part.slice(known.end))) return known.company.name;
  if (CORPORATE_SUFFIX_RE.test(part) && FEW_CAPITALISED_WORDS_RE.test(part)) return part;
  return null;
}

/** What may follow the form in a filing viewer's title: the period and the page ("2019", "Q1", "R17.htm"). */
const PERIOD_AFTER_FORM_RE =
  /^(?:[\s,]+(?:FY\s?\d{4}|\d{4}|Q[1-4]|Note \d+\.?|\d+ Months Ended[^,]*|fiscal year ended[^,]*|(?:quarter|year) ended[^,]*|R\d+\.htm))*\s*$/i;

/**
 * The filer's name right before the form, when only the period follows it: "Snap Inc. 10-K 2019", "Rivian
 * Automotive, Inc. 10-Q, 9 Months Ended Sep. 30, 2023, R17.htm"; not a summary's headline ("TeraWulf 8-K kompakt:
 * Zwei Zehnjahresverträge …"), which tells the filing in its own words.
 */
function filerBeforeForm(part: string): string | null {
  const m = FORM_TOKEN_RE.exec(part);
  if (!m || m.index === 0 || !PERIOD_AFTER_FORM_RE.test(part.slice(m.index + m[0].length))) return null;
  return filerName(part.slice(0, m.index).replace(/[\s,]+$/, ''));
}

/**
 * The filer a title names in a part of its own beside the form's part: "IREN Limited — Form 10-Q, Note 20. Subsequent
 * events", "10-Q Note 21 Subsequent Events — Bit Digital (sec.gov R27)": a company of the table, or a name with a
 * corporate suffix; or right before the form, in a part or in brackets (a filing viewer's page title: "Snap Inc.
 * 10-K 2019 — Note 8. Commitments", "COMMITMENTS AND CONTINGENCIES (Rivian Automotive, Inc. 10-Q, 9 Months Ended
 * Sep. 30, 2023, R17.htm)").
 */
function filerBesideForm(headline: string): string | null {
  const line = headline.split('\n', 1)[0]!;
  if (!FORM_TOKEN_RE.test(line)) return null;
  const bracketed = /\(([^()]{4,120})\)\s*$/.exec(line)?.[1];
  const parts = line.split(TITLE_PART_SEPARATOR_RE).map((p) => p.replace(/\s*\([^)]*\)\s*$/, '').trim());
  for (const part of bracketed ? [...parts, bracketed] : parts) {
    // The part is a name and nothing else: "Meta signs deal with CoreWeave — 8-K" is a headline, no filer.
    const name = FORM_TOKEN_RE.test(part) ? filerBeforeForm(part) : parts.length > 1 ? filerName(part) : null;
    if (name) return name;
  }
  return null;
}

/** The name of the company whose filing `text` is, when its cover or a reprint's headline says it; else null. */
export function registrantNamedIn(text: string): string | null {
  const headline = text.slice(0, HEADLINE_CHARS);
  const name =
    COVER_NAME_RE.exec(text.slice(0, COVER_CHARS))?.[1] ??
    TAGGED_FILER_RE.exec(headline)?.[1] ??
    FILED_FORM_RE.exec(headline)?.[1] ??
    NAME_THEN_FORM_RE.exec(headline)?.[1] ??
    NAME_FORM_SECTION_RE.exec(headline)?.[1] ??
    statementsFiler(headline) ??
    filerBesideForm(headline) ??
    definedAsCompany(text);
  const trimmed = name?.replace(/[\s,]+$/, '').trim();
  return trimmed && /\p{L}/u.test(trimmed) ? trimmed : null;
}
