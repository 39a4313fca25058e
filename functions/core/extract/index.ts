// The deal extractor: finds disclosures of compute-capacity contracts (buyer, provider, value, term, status,
// kind) in a filing's text or a news item. Pure and dependency-free. The work is a pipeline of small steps, each
// in its own module:
// 1. triggers.ts: a linear scan for money amounts, GW/MW quantities and "multibillion"-style words near compute
//    words (the prefilter that makes most filings cheap);
// 2. scan.ts: only the sentences holding a trigger are read further: filters (cues.ts: aggregates,
//    acquisitions, investments, valuations...), parties (parties.ts), the pair an amount binds to (pair.ts),
//    roles (roles.ts: clause cues over the company table's usual roles), expansions (expansion.ts), status
//    (status.ts), the kind from each amount's own clause (amount-clause.ts) and confidence (confidence.ts);
// 3. merge.ts: candidates are merged per company pair (one mention per deal per document);
// 4. backstops.ts and terms.ts: guarantees resolved against leases, terms stated in sentences of their own.

import type { CompanyEntry } from '../companies';
import { findCompanyMentions, toCompanyRef } from '../companies';
import { detectLanguage } from '../language';
import type { Language, Mention } from '../types';
import { withoutTakeoverAsDeal } from './acquired-party';
import { withBackersAsGuarantors } from './backer-opening';
import { resolveBackstops } from './backstops';
import { markPartiesBorrowedFromAnotherDeal } from './borrowed-party';
import { withoutMakerAsSellerOfCapacity } from './built-on-maker';
import { type Ceilings, withoutCeilingRepeats } from './ceiling-repeats';
import { withContractCompoundsSplit } from './contract-compounds';
import { withoutSumsOfParts } from './contracts-told-apart';
import { withoutGoodsOfSellers } from './deployed-goods';
import { onePerPair, pairsToldApart } from './distinct-contracts';
import { withoutEndUserAsLeaseParty } from './end-user-row';
import { withoutFirmAndOptionSums, withUnsoldCapacityApart } from './firm-and-option-sum';
import { withGoodsBoughtBySeller } from './goods-buyer';
import { withoutGoodsOfCapacity } from './goods-of-capacity';
import {
  withBackstopOnLandlord,
  withoutGuarantorAsTenant,
  withoutGuarantorCandidates,
  withTenantForGuarantorContract,
} from './guarantor-tenant';
import { ARTICLE_CHARS, withHeadlineDeal } from './headline-deal';
import { withoutHeadlinePairsTheBodyCorrects } from './headline-pair';
import { withoutInvestmentBoom } from './investment-boom';
import { withLeaseBesideGuarantee } from './lease-beside-guarantee';
import { forgetAnswers } from './memo';
import { mergeByPair } from './merge';
import { issueItemsApart } from './newsletter-heading';
import { registrantEntry } from './parties';
import { withoutTotalsToldAgain } from './repeated-total';
import { scanText } from './scan';
import { subjectOf } from './subject';
import { fillTerms } from './terms';
import { withMakerBackingUnsoldCapacity } from './unsold-backer';
import { inOriginalOffsets, withoutCodes } from './wire-tickers';

export { resolveBackstops } from './backstops';

export interface ExtractInput {
  text: string;
  /** Declared language (feed metadata, --lang); detected from the text when absent. */
  language?: Language;
  /** A filing's registrant: a party even when the text says "the Company" or "we". */
  registrant?: { name: string; cik?: string } | null;
  /** A news item's title: read too, as its own sentence. */
  title?: string | null;
  documentType?: string | null;
}

/** Every compute-capacity contract disclosed in the document, one mention per deal. */
const TYPESET_HYPHENS_RE = /[\u2010\u2011]/g;
/** The text with typeset hyphens read as ASCII ones (a literal check first: most texts have none). */
const withAsciiHyphens = (s: string): string =>
  s.includes('\u2010') || s.includes('\u2011') ? s.replace(TYPESET_HYPHENS_RE, '-') : s;

export function extractMentions(input: ExtractInput): Mention[] {
  forgetAnswers();
  // "IREN‑Deal", "Nvidia‑GPU‑Lieferungen": typeset pages join compounds with the non-breaking hyphen (U+2011) or the
  // hyphen (U+2010), read as the ASCII one (one code unit for one: offsets stay the same).
  const original = withAsciiHyphens(input.text ?? '');
  const uncoded = withoutCodes(original);
  const unmasked = bulletsOnTheirOwnLines(issueItemsApart(uncoded.text));
  const text = withoutInvestmentBoom(withContractCompoundsSplit(unmasked));
  // A newsletter's headline of items ("Nebius: $2.9B from Meta · Sharon AI: $950M from …", "#112 - $25B in West
  // Texas, Meta circles Abilene") is a list too.
  const unmaskedTitle = bulletsOnTheirOwnLines(issueItemsApart(withAsciiHyphens(input.title ?? '')));
  const title = withoutInvestmentBoom(withContractCompoundsSplit(unmaskedTitle));
  // Detected only when needed: most documents produce no candidate and never pay for it.
  let language = input.language;
  const languageOf = (): Language => {
    language ??= detectLanguage(title ? `${title}\n${text.slice(0, 6_000)}` : text);
    return language;
  };
  const registrant = registrantEntry(input.registrant);
  // The article's subject, found once and only when a sentence needs it; a filing has its registrant instead.
  // Found at most once: "no clear subject" (null) is an answer too.
  // A list's rows ask for the subject among the companies that label no row (one answer per set of rows).
  const subjectsFound = new Map<string, CompanyEntry | null>();
  const subject = (rows: ReadonlySet<string> = new Set()): CompanyEntry | null => {
    if (registrant) return null;
    const key = [...rows].sort().join(' ');
    let found = subjectsFound.get(key);
    if (found === undefined) {
      found = subjectOf(title, text, rows);
      subjectsFound.set(key, found);
    }
    return found;
  };
  const ceilings: Ceilings = new Map();
  const candidates = withoutCeilingRepeats(
    [
      ...(title
        ? scanText(title, languageOf, registrant, true, 0, text.slice(0, 1500), undefined, ceilings)
        : []),
      ...scanText(text, languageOf, registrant, false, 1_000_000, '', subject, ceilings),
    ],
    ceilings,
    text,
  );
  // A filing's documents are read together afterwards (a guarantee in one, its lease in another): only a news
  // item drops a guarantee left bound to its tenant.
  const merged = withoutGoodsOfCapacity(
    withoutTotalsToldAgain(
      mergeByPair(
        withoutSumsOfParts(
          withUnsoldCapacityApart(
            withoutFirmAndOptionSums(
              withoutGuarantorCandidates(
                withTenantForGuarantorContract(
                  withoutTakeoverAsDeal(withoutGoodsOfSellers(candidates), text, title),
                ),
              ),
            ),
          ),
          `${title}\n${text}`,
        ),
      ),
    ),
  );
  // The landlord a tenant's guarantee is owed to when no lease among the mentions names it: a filing's registrant
  // that hosts, or a news item's subject that does and is the only landlord it names ("TeraWulf … Google backstops
  // $1.8 billion of Fluidstack's lease obligations"; a roundup of miners binds no guarantee to its subject). The
  // subject is looked for only when there is a guarantee to bind.
  const landlord =
    registrant ?? (merged.some((m) => m.kind === 'capacity_backstop') ? onlyLandlord(subject(), text) : null);
  const host = landlord?.tier === 3 ? toCompanyRef(landlord) : null;
  const bound = resolveBackstops(withBackersAsGuarantors(merged), host, true, registrant === null);
  // Pairs the rest of the document corrects: a guarantor read as the tenant, a headline's pair the body tells
  // otherwise, a chip maker the capacity runs on told as its seller.
  const corrected = withMakerBackingUnsoldCapacity(
    withoutMakerAsSellerOfCapacity(
      withoutHeadlinePairsTheBodyCorrects(
        withBackstopOnLandlord(withoutGuarantorAsTenant(bound)),
        text,
        title,
      ),
    ),
  );
  // A tenant's end user paired with the tenant's landlord is no customer of the landlord (end-user-row.ts).
  const mentions = withGoodsBoughtBySeller(
    withHeadlineDeal(
      onePerPair(
        withoutEndUserAsLeaseParty(withLeaseBesideGuarantee(corrected), text),
        pairsToldApart(merged),
      ),
      text,
      title,
      registrant,
      languageOf,
    ),
  );
  fillTerms(mentions, text);
  markPartiesBorrowedFromAnotherDeal(mentions);
  if (text !== unmasked || title !== unmaskedTitle)
    for (const m of mentions) m.evidence = unmaskedEvidence(m, text, unmasked, title, unmaskedTitle);
  return inOriginalOffsets(mentions, original, unmasked, uncoded.dropped);
}

/**
 * The one landlord (tier 3) the text names, when it names no other: the subject, or with no clear subject ("TeraWulf
 * … Google-backed deal" names both as often) the only landlord named at all; else null.
 */
function onlyLandlord(subject: CompanyEntry | null, text: string): CompanyEntry | null {
  if (subject !== null && subject.tier !== 3) return null;
  // With no subject, only an article's length is read for the one landlord: a long filing's every name is not.
  if (subject === null && text.length > ARTICLE_CHARS) return null;
  const landlords = new Set(
    findCompanyMentions(text)
      .filter((c) => c.company.tier === 3)
      .map((c) => c.company),
  );
  const [only] = landlords;
  return landlords.size === 1 && (subject === null || only === subject) ? only! : null;
}

/** A mention's evidence in the words of the text before its boom phrases were masked (the same offsets). */
function unmaskedEvidence(
  m: Mention,
  text: string,
  unmasked: string,
  title: string,
  unmaskedTitle: string,
): string {
  const { evidence, evidenceStart: start, evidenceEnd: end } = m;
  if (text.slice(start, end) === evidence) return unmasked.slice(start, end);
  if (title.slice(start, end) === evidence) return unmaskedTitle.slice(start, end);
  return evidence;
}

/** The bullets a list's items open on (the middle dot of a newsletter's run of items too). */
const BULLETS = ['•', '▪', '►', '·'];

/**
 * A list whose line breaks were lost (a post, a scraped page: "The deals: • Nebius → $17.4B • Nscale → ~$14B")
 * read as the list it is: each bullet on its own line, so that each amount binds to its own row. Only a line with
 * two bullets or more inside it (after a word and a space) is such a list; the space before each becomes the line
 * break, so every offset stays the same. Linear: found with indexOf, not a regex tried at every position.
 */
export function bulletsOnTheirOwnLines(text: string): string {
  // The space before each bullet that stands inside a line, after a word: "… The deals: • Nebius".
  const inline: number[] = [];
  for (const bullet of BULLETS) {
    for (let i = text.indexOf(`${bullet} `); i >= 0; i = text.indexOf(`${bullet} `, i + 2)) {
      if (i >= 2 && text.charCodeAt(i - 1) === 32 && /\S/.test(text[i - 2]!)) inline.push(i - 1);
    }
  }
  if (inline.length < 2) return text;
  inline.sort((a, b) => a - b);
  let out = '';
  let last = 0;
  for (let k = 0; k < inline.length; ) {
    const lineEnd = text.indexOf('\n', inline[k]!);
    let j = k;
    while (j < inline.length && (lineEnd < 0 || inline[j]! < lineEnd)) j++;
    if (j - k >= 2)
      for (const at of inline.slice(k, j)) {
        out += `${text.slice(last, at)}\n`;
        last = at + 1;
      }
    k = j;
  }
  return out + text.slice(last);
}
