// A company's own measure told beside its deals: a loss ("a net loss of $155 million", "einen Nettoverlust von
// 247,8 Millionen"), its earnings ("adjusted EBITDA of $753 million", "bereinigtes EBITDA 753 Millionen"), its revenue or run-rate named AFTER the amount ("7.000 millones de dólares de ingresos
// anualizados", "30 milliards de dollars de revenus", "$3.4 billion in annualized revenue"), its cash ("$2.8 billion
// in cash and equivalents", "4,8 miliardi di dollari di liquidità") or its valuation told as an aside ("Cohere,
// valued at about $6.8 billion"). Such an amount is the company's, not a contract's: in a sentence naming no pair it
// would otherwise borrow the pair of the sentence before (company-results.ts reads revenue named before the amount).
import { fastWordStarts } from '../word-start';
import { CONTRACT_NOUN_RE, revenueOfAContract } from './cues';
import type { Span } from './sentences';

/** A loss word just before the amount, then at most a preposition and a qualifier. */
const LOSS_BEFORE_RE = fastWordStarts(
  String.raw`(?:\bnet loss(?:es)?|\b(?:quarterly|operating|annual) loss(?:es)?|\bloss(?:es)? of|\bperte (?:nette|trimestrielle|op[ée]rationnelle)|\bpertes? de|\bnettoverlust\p{L}*|\bverlust\p{L}*|\bp[ée]rdidas?(?: netas?| trimestral(?:es)?)?|\bperdit[ae](?: nett[ae]| trimestral[ei])?|\bpreju[íi]zos?(?: l[íi]quidos?)?|\bperdas?(?: l[íi]quidas?)?)\s(?:(?:of|de|d['’]|di|von|in H[öo]he von|du|del|do|da|exceeding|above|over|superior a|sup[ée]rieure? [àa]|di oltre|de mais de|de m[áa]s de|von mehr als|of more than|of about|of nearly|d['’]environ|de unos|di circa|de cerca de|von rund|von etwa|pari a|en|em)\s){0,2}(?:US)?[(]?[>~]?$`,
  'iu',
);

/**
 * An earnings measure just before the amount, then a few words and no figure: "adjusted EBITDA of $753 million",
 * "bereinigtes EBITDA 753 Millionen", "un EBITDA ajusté de", "net income was", "der Nettoverlust lag bei", "le bénéfice net atteint", "der
 * Nettogewinn stieg auf", "el beneficio neto fue de", "l'utile netto è salito a", "o lucro líquido chegou a"; the
 * operating and gross measures too ("un bénéfice d'exploitation de", "ein operativer Gewinn von", "un resultado
 * operativo de"), which a pageful of results tells right after a deal.
 */
const EARNINGS_BEFORE_RE = fastWordStarts(
  /(?:\bnet loss|\bnettoverlust\p{L}*|\bperte nette|\bp[ée]rdida neta|\bperdita netta|\bpreju[íi]zo l[íi]quido|\bperda l[íi]quida|\bEBITDA|\bEBIT\b|\boperating (?:income|profit)|\bnet (?:income|profit|earnings)|\bfree cash flow|\bb[ée]n[ée]fice (?:net|op[ée]rationnel|brut|d['’]exploitation)|\br[ée]sultat (?:net|op[ée]rationnel|brut|d['’]exploitation)|\bmarge brute|\boperative[nrs]? (?:gewinn|ergebnis)\p{L}*|\bbetriebsergebnis\p{L}*|\bbruttogewinn\p{L}*|\bbeneficio (?:bruto|de explotaci[óo]n)|\bresultado (?:neto|operativo|de explotaci[óo]n)|\butile lordo|\brisultato (?:netto|operativo)|\blucro bruto|\bresultado operacional|\bgross (?:profit|margin)|\bflux de tr[ée]sorerie disponible|\bnettogewinn\p{L}*|\bbetriebsgewinn\p{L}*|\bfreie[rn]? cashflow|\bbeneficio (?:neto|operativo)|\bflujo de caja libre|\butile (?:netto|operativo)|\bflusso di cassa libero|\blucro (?:l[íi]quido|operacional)|\bfluxo de caixa livre)\s(?:[^\d.;]{0,30}\s)?(?:US)?[$€]?~?$/iu,
);

/**
 * Profits told with the amount ("a system that earns profits of $80 billion", "einen Gewinn von", "beneficios de",
 * "80 milliards de dollars de bénéfices"): no contract's value, whoever earns them.
 */
const PROFIT_BEFORE_RE =
  /(?:\bprofits?|\bb[ée]n[ée]fices?|\bbeneficios?|\bgewinn[es]?|\butili|\blucros?)\s(?:of|de|d['’]|von|di|in H[öo]he von)\s(?:\S+\s)?(?:US)?[$€]?~?$/iu;
const PROFIT_AFTER_RE =
  /^\s(?:of|in|de|d['’]|di|em|en)\s(?:profits?|b[ée]n[ée]fices?|beneficios?|utili|lucros?)(?!\p{L})/iu;

/** The company's measure named right after the amount (its currency words are part of the amount). */
const MEASURE_AFTER_RE = fastWordStarts(
  String.raw`^\s?(?:(?:of|in|de|d['’]|di|an|em|en|du|des|dans|at|von|del|do|da)\s)?(?:(?:annual(?:ized|ised)?|annual run-rate|run-rate|net|quarterly|yearly|recurring)\s)?(?:revenues?|sales|ingresos|ricavi|fatturato|receitas?|faturamento|revenus|chiffre d['’]affaires|ums[äa]tz\p{L}*|erl[öo]s\p{L}*|\bARR\b|cash(?: and (?:cash )?equivalents| on hand| reserves?)?|liquidit[éàya]s?|liquidez|liquidit[äa]t|liquiden mitteln|tr[ée]sorerie|caixa|efectivo en caja)(?![\p{L}\d])`,
  'iu',
);

/**
 * An aside that values the company the sentence opens on: "Cohere, valued at about", "Cohere, valorada en unos".
 * Only the sentence's subject: "a contract with Microsoft, valued at $9.7 billion" values the contract.
 */
const VALUED_ASIDE_RE =
  /^(?:the |la |le |l['’]|die |der |el |il |lo |a |o )?(\p{L}[\p{L}\d&.-]*(?:\s\p{L}[\p{L}\d&.-]*){0,2}),\s(?:(?:which|that|now|last|recently|most recently|currently|zuletzt|k[üu]rzlich|r[ée]cemment|actuellement|recientemente|actualmente|recentemente|attualmente|atualmente)\s)?(?:valued at|valorad[ao] en|valutat[ao](?: a| circa)?|avaliad[ao] em|valoris[ée]e?(?: [àa])?|bewertet mit)\s(?:about |around |roughly |some |nearly |more than |over |unos |cerca de |torno a |alrededor de |circa |oltre |intorno a |environ |autour de |aux alentours de |plus de |rund |etwa |mais de |torno de )?(?:US)?~?$/iu;

/**
 * The aside's head names a company: a capitalised name (read case-sensitively: under the pattern's `i` flag
 * `\p{Lu}` matches any letter, so "O contrato, avaliado em", "El contrato, valorado en" passed for a company) or a
 * company noun ("la startup, valorada en"). A contract valued so is the deal's own value.
 */
const CAPITALISED_NAME_RE = /^\p{Lu}\S*(?:\s\p{Lu}\S*)*$/u;
const COMPANY_NOUN_RE =
  /^(?:start-?up|company|firm|group|groupe|soci[ée]t[ée]|entreprise|unternehmen|konzern|firma|empresa|compa[ñn][íi]a|companhia|azienda|societ[àa]|gruppo|grupo)$/iu;

function namesACompany(head: string): boolean {
  return CAPITALISED_NAME_RE.test(head) || COMPANY_NOUN_RE.test(head);
}

/**
 * A contract, a lease or its revenue named anywhere in the sentence (the nouns are those of revenueOfAContract), or an
 * option a customer takes up ("a exercé son option sur 150 MW … pour 4 milliards de dollars de revenus").
 */
const CONTRACTUAL_RE =
  /\b(?:contract\w*|agreements?|leases?|deals?|orders?|contrat\w*|accords?|baux|bail|vertr[äa]g\w*|vertraglich\w*|auftr[äa]g\w*|acuerdos?|contrat[oa]\w*|contratt\w*|accord[oi]|acordos?|locazion\w*|arrendamient\w*|arrendamento|alquil\w*|aluguel|lou(?:er|e|era|ent)|mietet|vermiet\w*|options?|opci[óo]n|opciones|opzion[ei]|op[çc](?:[ãa]o|[õo]es))\b/iu;
/** Revenue over a span of years or a term: "sur dix ans", "over 15 years", "nel periodo iniziale". */
const OVER_A_TERM_RE =
  /\b(?:over|sur|su|in|en|durante|[üu]ber|ao longo d[eoa]s?|nei|nel|nos|los|den)\s(?:the |its |their |les |la |sa |i |il |los |el |os |o |die |der |den |\S+ ){0,2}(?:years?|ans|ann[ée]es|anni|a[ñn]os|anos|Jahren?|terms?|dur[ée]e|durata|plazo|prazo|Laufzeit|periodo iniziale)\b/iu;

/** A measure's amount, its name, then "and" and a second figure (the amount read): the same measure at a later date. */
const SECOND_FIGURE_RE =
  /\d\s?(?:\p{L}+\.?\s){0,4}(?:de |of |in |di |an |em |en )?(?:revenues?|sales|ingresos|ricavi|fatturato|receitas?|revenus|chiffre d['’]affaires|ums[äa]tz\p{L}*)\b[^.;\d]{0,60}\s(?:and|et|y|e|und)\s(?:[^.;\d]{0,30}\s)?(?:US)?[$€]?~?$/iu;

/**
 * A stake's running total: "Amazon's total commitment in Anthropic's capital rises to about $33 billion", "l'impegno
 * complessivo nel capitale di Anthropic sale a circa 33 miliardi", "sa participation au capital … atteint": money
 * in a company's equity, whatever verb reaches the figure.
 */
const STAKE_TOTAL_RE = fastWordStarts(
  String.raw`\b(?:in (?:the|its) (?:capital|equity|share capital) of|in [\p{L}\d&.-]+['’]s? (?:capital|equity)|au capital d[eu]?|dans le capital d[eu]?|am Kapital (?:von|der|des)|im Kapital (?:von|der|des)|nel capitale d[ie]l?|en el capital d[e]l?|no capital d[aeo]s?)\b[^.;]{0,60}$`,
  'iu',
);

/**
 * A reporting period right after the measure ("in revenue during its most recent quarter", "de chiffre d'affaires
 * au dernier trimestre", "Umsatz im dritten Quartal", "en ingresos en su último trimestre", "di ricavi nell'ultimo
 * trimestre", "em receita no trimestre"): the company's results, even in a sentence that names its deal ("the deal
 * is a win for X, which reported $53 million in revenue last quarter").
 */
export const REPORTING_PERIOD_AFTER_RE =
  /^[^.;\d]{0,36}?\b(?:quarters?|trimestres?|quartal\p{L}*|fiscal (?:year|quarter|20\d\d)|financial year|exercice|ejercicio|esercizio|gesch[äa]ftsjahr\p{L}*|semestre|half-year|first half|second half)\b/iu;

/** Characters before the amount read for a loss word or a valuation aside. */
const BEFORE_REACH = 90;
/** Characters after the amount read for the measure's name. */
const AFTER_REACH = 60;

/**
 * A row labelled by a company's measure, then a dash or a colon and the figure: "Carteira da CoreWeave – US$ 55,6
 * bilhões", "Capex de Microsoft: 88.000 millones", "Ricavi di OpenAI – 13 miliardi", "Backlog at Oracle: $455
 * billion". The figure is that measure, no contract, whatever deal the page told before its list.
 */
const MEASURE_LABEL_RE =
  /^(?:(?:o|a|os|as|el|la|los|las|il|lo|i|le|the|les?)\s)?(?:carteira|backlog|capex|receitas?|faturamento|ingresos|ricavi|fatturato|revenues?|sales|chiffre d['’]affaires|umsatz|auftragsbestand|cartera|portafoglio(?: ordini)?|valor de mercado|valore di mercato|market (?:cap|value)|capitaliza[çc][ãa]o|capitalizaci[óo]n|capitalizzazione|investimentos?|inversi[óo]n|investimenti|d[íi]vida|deuda|debito|debt|lucro|beneficio|utile|profit)(?![\p{L}])[^\d\n:–—]{0,50}?\s?[:–—-]\s?(?:(?:US|R)?[$€]\s?|€\s?)?$/iu;

/**
 * "We're good for our $80 billion", "notre enveloppe de", "unsere 80 Milliarden": an amount the speaker's own
 * possessive owns, told with no contract after it, is the company's budget.
 */
const OWN_BUDGET_BEFORE_RE =
  /(?:\bfor|\bon|\bto|\bwith)\s(?:our|my)\s(?:US)?[$€£]?\s?$|\b(?:pour|sur) (?:nos|notre)\s$|\b(?:f[üu]r|zu) unsere[n]?\s$|\b(?:por|con|para) nuestr[oa]s?\s$|\b(?:per|con) (?:i |il |la |le )?nostr[ioae]\s$|\b(?:por|com|para) (?:os |a |as |o )?noss[oa]s?\s$/iu;
/** A contract's noun (or a commitment, an order) right after the amount: "our $14.2 billion contract with Meta". */
const CONTRACT_AFTER_RE = new RegExp(
  String.raw`^[^.;]{0,30}?(?:${CONTRACT_NOUN_RE.source}|\b(?:commitments?|orders?|backlog)\b)`,
  'iu',
);

export function isCompanyMeasure(text: string, sentence: Span, start: number, end: number): boolean {
  if (start - sentence.start < 80 && MEASURE_LABEL_RE.test(text.slice(sentence.start, start))) return true;
  const before = text.slice(Math.max(sentence.start, start - BEFORE_REACH), start);
  if (
    OWN_BUDGET_BEFORE_RE.test(before) &&
    !CONTRACT_AFTER_RE.test(text.slice(end, Math.min(sentence.end, end + AFTER_REACH)))
  )
    return true;
  if (
    LOSS_BEFORE_RE.test(before) ||
    STAKE_TOTAL_RE.test(before) ||
    EARNINGS_BEFORE_RE.test(before) ||
    PROFIT_BEFORE_RE.test(before)
  )
    return true;
  if (start - sentence.start < BEFORE_REACH) {
    const aside = VALUED_ASIDE_RE.exec(text.slice(sentence.start, start).trimStart());
    if (aside && namesACompany(aside[1]!)) return true;
  }
  const after = text.slice(end, Math.min(sentence.end, end + AFTER_REACH));
  if (PROFIT_AFTER_RE.test(after)) return true;
  const measure = MEASURE_AFTER_RE.exec(after);
  // "18 milliards de dollars de revenus cette année et 144 milliards en 2030": the second figure of the measure.
  const second = !measure && SECOND_FIGURE_RE.test(before);
  if (!measure && !second) return false;
  if (measure && REPORTING_PERIOD_AFTER_RE.test(after.slice(measure.index + measure[0].length))) return true;
  // "the lease is expected to bring $7 billion of revenue", "contracts worth $3.7 billion of revenue over ten
  // years": revenue a contract brings is that contract's value; only a sentence naming no contract, no lease and
  // no term speaks of the company's own revenue.
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (CONTRACTUAL_RE.test(sentenceText) || OVER_A_TERM_RE.test(sentenceText)) return false;
  return second || !revenueOfAContract(sentenceText, end - sentence.start + measure!.index);
}
