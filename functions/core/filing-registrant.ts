// The registrant of a filing read on its own, without the submission's SGML header: an 8-K or 6-K document saved
// from EDGAR, or a third-party page that reprints one. Its "the Company" stands for the name on the cover ("CoreWeave,
// Inc. / (Exact name of registrant as specified in its charter)"), or for the filer a reprint's headline names
// ("CoreWeave Inc. filed SEC Form 8-K: …", "[8-K] Core Scientific, Inc. Reports Material Event", "Core Scientific,
// Inc. (NASDAQ: CORZ) filed a Form 8-K"), or the name an excerpt opens on above its form ("CoreWeave, Inc.\nFORM
// 10-Q") or before it in a section's title ("IREN Limited 10-Q - Subsequent events"). Without it, a filing's contracts
// have only one named party.

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
  /^[ \t]*(?!UNITED STATES|SECURITIES|WASHINGTON)([A-Z][\w.,&' -]{1,60}?)[ \t]*\n[ \t]*FORM[ \t](?:8-K|6-K|10-Q|10-K|20-F|S-1)(?:\/A)?\b/;

/** A filing's page titled by its filer, its form and a section: "IREN Limited 10-Q - Subsequent events (R26)". */
const NAME_FORM_SECTION_RE =
  /^[ \t]*([A-Z][\w.,&' -]{1,60}?)[ \t]+(?:8-K|6-K|10-Q|10-K|20-F|40-F|S-1)(?:\/A)?[ \t]+[-–—][ \t]+\S/;

/** The name of the company whose filing `text` is, when its cover or a reprint's headline says it; else null. */
export function registrantNamedIn(text: string): string | null {
  const headline = text.slice(0, HEADLINE_CHARS);
  const name =
    COVER_NAME_RE.exec(text.slice(0, COVER_CHARS))?.[1] ??
    TAGGED_FILER_RE.exec(headline)?.[1] ??
    FILED_FORM_RE.exec(headline)?.[1] ??
    NAME_THEN_FORM_RE.exec(headline)?.[1] ??
    NAME_FORM_SECTION_RE.exec(headline)?.[1];
  const trimmed = name?.replace(/[\s,]+$/, '').trim();
  return trimmed && /\p{L}/u.test(trimmed) ? trimmed : null;
}
