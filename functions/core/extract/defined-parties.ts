// A filing names each party once and then by a defined term: "OpenAI OpCo, LLC (the “Customer”) … The Customer
// has committed to pay up to $11.9 billion". The defined term, read back to the company it was defined for, makes
// the amount's own sentence name its party (not a party gathered from sentences before). The same in a French
// (le « Client »), German (der „Mieter“) or Spanish filing or translation.
import { type CompanyEntry, findCompanyMentions } from '../companies';
import { lazy } from '../lazy';
import { memoizeByStrings } from './memo';
import type { Span } from './sentences';

/** `(the “Customer”)`, `(“Tenant”)`, `(the "Landlord")`: a defined term's definition. */
const DEFINITION_RE =
  /\((?:(?:the|le|la|les|die|der|das|el|il|lo|o|a)\s|l['’])?[“"«„]\s?(\p{Lu}[\p{L}]{2,20})\s?[”"»“]\)/gu;
/** The defined term used: "the Customer", "le Client", "der Mieter", "el Cliente", "il Cliente", "o Cliente". */
const USE_RE = lazy(
  () =>
    /(?<!\p{L})(?:(?:[Tt]he|[Ll][ae]|[Dd]ie|[Dd]e[rnms]|[Ee]l|[Ii]l|[Ll]o|[Oo]|[Aa])\s|[Ll]['’])(\p{Lu}[\p{L}]{2,20})(?!\p{L})/gu,
);
/** How far before its definition the defined company is named ("OpenAI OpCo, LLC (the “Customer”)"). */
const DEFINED_REACH = 80;
/** Whole documents are the keys: only the last few are kept. */
const DOCUMENTS_REMEMBERED = 4;
/** The legal-form tail between a known name and its definition: ", Inc.", " OpCo, LLC", " Holdings Ltd.". */
const NAME_TAIL = 24;

/** The document's defined terms for companies, term -> company (a term defined for two companies is dropped). */
const definedTermsOf = memoizeByStrings((text: string, _: string): ReadonlyMap<string, CompanyEntry> => {
  const out = new Map<string, CompanyEntry | null>();
  if (!text.includes('(')) return new Map();
  const re = new RegExp(DEFINITION_RE);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const term = m[1]!;
    const from = Math.max(0, m.index - DEFINED_REACH);
    // The company named last before the definition, with no other definition between them.
    const lastParen = text.lastIndexOf(')', m.index - 1);
    const named = findCompanyMentions(text, Math.max(from, lastParen + 1), m.index);
    const last = named[named.length - 1];
    // The company's legal name runs up to the definition (", Inc.", " OpCo, LLC"); a term defined for a name the
    // table does not know ("ABVC BioPharma, Inc. (the “Company”)") is defined for someone else.
    const company = last && m.index - last.end <= NAME_TAIL ? last.company : null;
    const prior = out.get(term);
    if (!company) {
      out.set(term, null);
      continue;
    }
    out.set(term, prior === undefined || prior?.id === company.id ? company : null);
  }
  return new Map([...out].flatMap(([t, c]) => (c ? [[t, c] as const] : [])));
}, DOCUMENTS_REMEMBERED);

/** A company named by its defined term, where the term stands. */
export interface DefinedParty {
  company: CompanyEntry;
  start: number;
  end: number;
}

/** The parties a sentence names by a defined term ("the Customer", "the Tenant"). */
export function definedPartiesIn(text: string, span: Span): DefinedParty[] {
  const terms = definedTermsOf(text, '');
  if (terms.size === 0) return [];
  const out: DefinedParty[] = [];
  const sentence = text.slice(span.start, span.end);
  const re = new RegExp(USE_RE());
  for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
    const company = terms.get(m[1]!);
    if (!company) continue;
    const start = span.start + m.index;
    out.push({ company, start, end: start + m[0].length });
  }
  return out;
}
