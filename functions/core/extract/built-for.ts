// The company a site is built for, beside the site's lease with another company (issue 8, multi-party leases):
// "Hut 8 is putting up an AI campus in Louisiana for Anthropic and has signed a $7 billion lease with Fluidstack",
// "construit en Louisiane un campus pour Anthropic et a signé un bail de 7 milliards avec Fluidstack", "baut ein
// Rechenzentrum für Anthropic und hat mit Fluidstack einen Mietvertrag …", "construye un centro de datos para
// Anthropic y ha firmado un arrendamiento … con Fluidstack", "costruisce un data center per Anthropic e ha firmato con
// Fluidstack una locazione …", "constrói um data center para a Anthropic e assinou com a Fluidstack um arrendamento".
// The lease's tenant is the named counterparty; the company the site is meant for uses it (the end user), no party.
// A site built for a company with no other lease in the clause after it ("building a campus for OpenAI under a $12
// billion contract") keeps that company as the buyer.
import { textBefore } from './text-window';

/** A literal check first: a verb of building, six languages. */
const BUILD_WORD_RE =
  /build|putting up|puts up|construct|construi|constru|constr[óo]i|bâti|bati|baut|errichte|costrui|develop|d[ée]velopp|sviluppa|desarroll|desenvolv/i;

/**
 * A verb of building, then up to ten words (the site, a place, an abbreviation in brackets: "an
 * artificial-intelligence (AI) data center in Louisiana"), then "for", right before the name.
 */
const BUILT_FOR_BEFORE_RE =
  /\b(?:build(?:s|ing)?|putting up|puts? up|construct(?:s|ing)?|develop(?:s|ing)?|construi[tr]\w*|b[âa]ti[rt]?\w*|d[ée]velopp\w*|baut|bauen|errichte[tn]?|construy\w*|constru[íi]\w*|desarroll\w*|costruisc\w*|costrui\w*|svilupp\w*|constr[óo]i\w*|desenvolv\w*)\s(?:[\p{L}\d'’()-]+\s){1,10}?(?:for|pour|f[üu]r|para|per)\s(?:(?:the|la|le|l['’]|a|o|die|den)\s?)?$/iu;

/** After the name, in the same sentence: a lease or contract "with" another company. */
const LEASE_WITH_AFTER_RE =
  /^(?:[^.;]|\.(?=\d)){0,80}?\b(?:lease|bail|Mietvertrag|arrendamiento|locazione|arrendamento|contract|contrat|Vertrag|contrato|contratto)\b(?:[^.;]|\.(?=\d)){0,50}?\b(?:with|avec|mit|con|com)\s|^(?:[^.;]|\.(?=\d)){0,60}?\b(?:with|avec|mit|con|com)\s(?:(?:the|la|le|l['’]|a|o)\s?)?\p{Lu}(?:[^.;]|\.(?=\d)){0,40}?\b(?:lease|bail|Mietvertrag|arrendamiento|locazione|arrendamento)\b/iu;

/**
 * A site first meant for someone else: "a facility … initially built for Oracle and OpenAI", "initialement conçu pour",
 * "ursprünglich für … gebaut" is not read here (the name comes between), "inicialmente construido para". The ones it
 * was meant for are no party of the lease told now.
 */
const FIRST_MEANT_FOR_BEFORE_RE =
  /\b(?:initially|originally|first|initialement|originellement|à l['’]origine|inicialmente|originalmente|en principio|inizialmente|originariamente)\s(?:built|constructed|developed|designed|intended|meant|planned|con[çc]ue?s?|construite?s?|pr[ée]vue?s?|destin[ée]e?s?|construid[oa]s?|dise[ñn]ad[oa]s?|previst[oa]s?|destinad[oa]s?|costruit[oaie]|progettat[oaie]|pensat[oaie]|constru[íi]d[oa]s?|projetad[oa]s?)\s(?:for|pour|para|per)\s(?:(?:the|la|le|l['’]|a|o)\s?)?(?:\p{Lu}[\p{L}\d.&-]*\s(?:and|et|y|e)\s(?:(?:la|le|l['’]|a|o)\s?)?)?$/iu;

/** Is the company at [start, end) the one a site is built for, beside the site's lease with another company? */
export function builtForEndUser(text: string, start: number, end: number): boolean {
  const before = textBefore(text, start, 120);
  if (FIRST_MEANT_FOR_BEFORE_RE.test(before.slice(-80))) return true;
  if (!BUILD_WORD_RE.test(before) || !BUILT_FOR_BEFORE_RE.test(before)) return false;
  return LEASE_WITH_AFTER_RE.test(text.slice(end, end + 160));
}
