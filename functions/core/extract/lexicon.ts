// Cue words per language, as data: one table per language, one list per kind of cue. The extractor's regexes
// in cues.ts, aggregates.ts and status.ts add these lists to their own patterns; a new word in a language goes
// here, not into a pattern.
//
// Each entry is a small regex fragment: literals, character classes and bounded gaps ({0,n}) only, so that the
// combined alternation stays linear on any input. An entry starts at a word boundary unless it begins with "*":
// German glues contract words into compounds ("Mietvertrag", "Zehnjahresvertrag", "Investitionsoffensive").
import type { Language } from '../types';

export interface LanguageCues {
  /** A contract is described: nouns and verbs of signing, renting, buying capacity. */
  deal: readonly string[];
  /** Value words that stand for an amount without a figure ("multibillion", "dezenas de bilhões"). */
  valueWords: readonly string[];
  /** Buying a company: a takeover, a merger, an all-stock deal. */
  acquisition: readonly string[];
  /** Money put into a company (a stake, a funding round), read near the amount. */
  investment: readonly string[];
  /** Spending plans and programmes: an intention, not a contract, read near the amount. */
  plan: readonly string[];
  /** A sum over several contracts or customers, read near the amount. */
  aggregate: readonly string[];
  /** An existing contract grows: an add-on, an option drawn, a top-up. */
  expanded: readonly string[];
  /** Before an amount: the running total of one pair's contracts after an expansion. */
  runningTotal: readonly string[];
  inTalks: readonly string[];
  reported: readonly string[];
  terminated: readonly string[];
}

export const LEXICON: Readonly<Record<Language, LanguageCues>> = {
  en: {
    deal: ['inks?', 'inked', 'strikes?', 'struck', 'taps?', 'tapped', 'secures?', 'secured', 'lands?', 'landed'],
    valueWords: ['several billion dollars', 'billions of dollars'],
    acquisition: ['buys? (?:the )?assets', 'acquires? (?:the )?assets', 'asset purchase', 'all-stock', 'stock deal', 'shareholders (?:will )?receive', 'per share', 'tender offer'],
    investment: ['backers?', 
      'invest(?:s|ed|ing|ment|ments)?',
      'to invest',
      'pour(?:s|ed|ing)? (?:up to )?\\S{0,12} into',
      'funding',
      'equity',
      'stake',
    ],
    plan: ['(?:billion|bn) (?:[\\w-]+ ){0,3}project', 'savings', 'plans? (?:up to )?\\S{0,12} (?:billion|bn)', 
      'plans? to (?:spend|invest|build|deploy)',
      'planned (?:spending|investment|capex)',
      'investment plan',
      'spending plan',
      'initiative',
      'run-rate',
      'revenue run rate',
      'annualized revenue',
      'charge',
      'write-?down',
      'impairment',
      'market (?:size|value)',
      'valuation',
    ],
    aggregate: ['circular (?:deal|financing|arrangement)', 
      'all told',
      'trio of deals',
      'string of deals',
      'series of (?:deals|contracts|agreements)',
      'total (?:commitments|contracts)',
      'commitments? (?:to|with|across) (?:neoclouds|several|multiple)',
      'across (?:its|the|their|all) (?:\\S+ ){0,2}(?:deals|agreements|contracts|customers|providers)',
    ],
    expanded: ['add-on', 'top-up', 'tops? up', 'topped up', 'draws? (?:on )?(?:an|its|the) option', 'exercis(?:es|ed|ing) (?:an|its|the) option'],
    runningTotal: ['now totals?', 'total(?:s|ing)? (?:approximately |about |roughly |some )?$', '(?:contracts?|agreements?|deals?) (?:\\S+ ){0,6}(?:now )?(?:total|stands? at|amounts? to|reach(?:es)?)', 'in total to', 'total value (?:\\S+ ){0,8}(?:to|of|at)'],
    inTalks: ['stalled', 'on hold', 'nearing', 'nears', 'in discussions?', 'weighing', 'mulls?', 'exploring'],
    reported: [
      'reportedly',
      'according to (?:people|sources|a report|reports)',
      'would (?:pay|spend|buy|rent|be worth|be valued|provide|supply|lease|give|cost)',
      'not (?:yet )?confirmed',
      'unconfirmed',
    ],
    terminated: ['terminated', 'scrapped', 'called off', 'cancell?ed', 'walked away', 'pulled out', 'fell through'],
  },
  fr: {
    deal: ['conclu[te]?', 'scell[ée]', 'paraph[ée]', 'd[ée]croch[ée]', 'remport[ée]', 's[’\']engage'],
    valueWords: ['plusieurs milliards', 'milliards de dollars', 'milliards d[’\']euros'],
    acquisition: ['rach[èe]te', 'rachat', 'en actions', 'offre publique', 'fusion', 'absorbe', 'met la main sur'],
    investment: ['investi[rt]?', 'investira', 'investissements?', 'prise de participation', 'entre(?:nt)? au capital', 'lev[ée]e de fonds', 'tour de table'],
    plan: ['projette', '[ée]conomies', 'march[ée] mondial', 'pr[ée]voit d[’\']investir', 'plan d[’\']investissement', 'programme', 'projet (?:de|à) \\S{0,12} milliards', 'chiffre d[’\']affaires annualis[ée]'],
    aggregate: ['cumul[ée]s? (?:de|des|avec)', 'l[’\']ensemble de ses (?:contrats|accords)', 'ses (?:trois|quatre|cinq) (?:contrats|accords)'],
    expanded: ['avenant', 'rallong[ée]', 'relev[ée]', 'lev[ée]e? (?:une|son|l[’\']) ?option'],
    runningTotal: ['montant total', 'valeur totale', 'total (?:des|de ses) (?:contrats|accords)', 'au total à', 'portant (?:le total|la valeur)'],
    inTalks: ['au point mort', 'en suspens', 'proche d[’\']un accord', 'sur le point de', 'en passe de'],
    reported: ['aurai(?:t|ent)', 'selon (?:la|le) (?:presse|journal|quotidien|site|agence)', 'selon (?:des|plusieurs) sources', 'd[’\']apr[èe]s (?:des|plusieurs|nos|la presse)', 'non confirm[ée]'],
    terminated: ['rompu', 'abandonn[ée]', 'annul[ée]', 'r[ée]sili[ée]', 'enterr[ée]', 'capot[ée]', 'tomb[ée] à l[’\']eau'],
  },
  de: {
    deal: [
      '*vertrag',
            '*vereinbarung',
      '*abkommen',
      '*auftrag',
            'abgeschlossen',
      'geschlossen',
      'unterzeichnet',
      'unterschrieben',
      'vereinbart',
      'kauft',
      'kaufen',
      'einkaufen',
      'mietet',
      'mieten',
      'vermietet',
      'bezieht',
      'beziehen',
      'verpflichtet',
      'zusagen?',
      'sichert sich',
      'liefert',
      'liefern',
    ],
    valueWords: ['mehrere milliarden', 'milliardenschwer\\w{0,3}', '*milliardenauftrag', '*milliardendeal', 'milliarden (?:us-)?dollar'],
    acquisition: ['*übernahme', '*uebernahme', '*übernimmt', 'fusion', 'kauft (?:den|die|das) (?:\\S+ ){0,2}(?:konkurrenten|rivalen|betreiber)', 'in aktien', 'aktientausch', 'je aktie'],
    investment: ['*geldgeber', 'gesteckt', 'steckt', 'bewertet', '*investition', '*investiert', '*investieren', '*beteiligung', '*beteiligt', 'steig(?:t|en) (?:\\S+ ){0,4}ein', 'finanzierungsrunde', '*kapitalspritze'],
    plan: ['plant', 'planen', '*einsparungen', 'weltmarkt', 'plan(?:t|en) (?:\\S+ ){0,3}(?:investition|ausgaben)', '*offensive', '*programm', '*ausgaben', 'jahresumsatz', 'marktwert', '*bewertung', 'bewertet', '*kapitalerh[öo]hung'],
    aggregate: ['summieren sich', 'zusammengenommen', 'alle (?:\\S+ ){0,2}(?:vertr[äa]ge|auftr[äa]ge)', 'teil einer (?:\\S+ ){0,3}(?:\\S*offensive|\\S*paket|\\S*programms)', '*zusagen (?:bei|an)'],
    expanded: ['*erweitert', '*erweiterung', 'erh[öo]ht', 'aufgestockt', 'stockt (?:\\S+ ){0,4}auf', 'zieht (?:\\S+ ){0,2}option', 'option (?:\\S+ ){0,6}gezogen', '*zuschlag'],
    runningTotal: ['*gesamtvolumen', '*gesamtwert', 'summiert sich', 'steigt (?:\\S+ ){0,8}auf', 'insgesamt auf', 'liegt (?:\\S+ ){0,3}nun bei'],
    inTalks: ['verhandelt', 'verhandeln', 'in gespr[äa]chen', '*gespr[äa]che', 'kurz vor', 'auf eis', 'ins stocken', 'gestockt'],
    reported: ['laut (?:insidern|kreisen|medienberichten|einem bericht|berichten|informationen)', 'berichtet', 'berichten zufolge', 'soll(?:en)? (?:\\S+ ){0,12}(?:einkaufen|kaufen|mieten|zahlen|bezahlen|abnehmen)', 'nicht best[äa]tigt', 'unbest[äa]tigt', 'offenbar'],
    terminated: ['abgesagt', 'geplatzt', 'aufgek[üu]ndigt', '(?<!an)gek[üu]ndigt', 'storniert', 'beendet', 'gescheitert', 'abgebrochen', 'auf(?:ge)?geben'],
  },
  es: {
    deal: ['firm[óa]', 'firmado', 'cierra', 'cerr[óa]', 'sell[óa]', 'suscribi[óo]', 'alquila', 'alquilar[áa]?', 'contrata', 'contrat[óo]', 'compra(?:r[áa])?', 'se compromete', 'comprometi[óo]'],
    valueWords: ['miles de millones', 'varios miles de millones', 'decenas de miles de millones'],
    acquisition: ['compra (?:los )?activos', 'adquiere', 'adquiri[óo]', 'adquisici[óo]n', 'compra de (?:la|el) (?:empresa|compa[ñn][íi]a|rival)', 'en acciones', 'fusi[óo]n', 'opa'],
    investment: ['aportar[áa]?', 'contribuir[áa]?', '(?:es|fue|est[áa]) valorad[ao] en', 'invertir[áa]?', 'invierte', 'invirti[óo]', 'inversi[óo]n(?:es)?', 'participaci[óo]n', 'ronda de financiaci[óo]n', 'capital de'],
    plan: ['planea', 'ahorros?', 'mercado (?:global|mundial)', 'prev[ée] (?:invertir|gastar)', 'planea (?:invertir|gastar)', 'plan de inversi[óo]n', 'plan de gasto', 'valor de mercado', 'valoraci[óo]n'],
    aggregate: ['acuerdo circular', 'en conjunto', 'con esta suma', 'suman', 'sumados', 'acumulad[oa]s?', 'el total de (?:sus|los) (?:contratos|acuerdos|compromisos)'],
    expanded: ['ampl[íi]a', 'ampli[óo]', 'ampliaci[óo]n', 'extiende', 'extendi[óo]'],
    runningTotal: ['valor total', 'asciende (?:ya )?a', 'eleva (?:el|su) (?:valor|total)', 'elevando (?:el|su) (?:valor|total)', 'el total'],
    inTalks: ['negocia', 'negociando', 'en conversaciones', 'estancad[oa]', 'en suspenso', 'cerca de (?:un acuerdo|cerrar)'],
    reported: ['seg[úu]n (?:fuentes|medios|public[óo]|inform[óo]|adelant[óo]|the|bloomberg|reuters)', 'seg[úu]n (?:el|la) (?:diario|peri[óo]dico|agencia|medio|portal|web|sitio|prensa)', 'habr[íi]a', 'estar[íi]a', 'pagar[íi]a', 'sin confirmar'],
    terminated: ['rompe', 'rompi[óo]', 'rotas', 'puesto fin', 'pone fin', 'descartad[oa]', 'cancelad[oa]', 'abandon[óa]', 'fracas[óa]'],
  },
  it: {
    deal: ['firmat[oa]', 'firma', 'siglat[oa]', 'sottoscritt[oa]', 'chius[oa]', 'affitt[ao]', 'noleggi[ao]', 'acquist[ao]', 'si impegna', 'impegnat[oa]'],
    valueWords: ['miliardi di dollari', 'diversi miliardi', 'decine di miliardi'],
    acquisition: ['acquisisce', 'acquisizione', 'rileva', 'in azioni', 'fusione', 'opa'],
    investment: ['(?:è|è stata|viene) valutat[ao]', 'investir[àa]', 'investe', 'investit[oi]', 'investiment[oi]', 'partecipazione', 'round di', 'aumento di capitale'],
    plan: ['piano (?:da|di)', 'risparmi', 'valore del mercato', 'mercato (?:globale|mondiale|europeo|italiano)', 'prevede di investire', 'piano di investiment[oi]', 'valore di mercato', 'valutazione'],
    aggregate: ['complessivamente', 'nel complesso', 'sommando', 'sommati'],
    expanded: ['amplia', 'ampliat[oa]', 'ampliamento', 'estes[oa]', 'esten(?:de|sione)', 'si aggiunge'],
    runningTotal: ['valore complessivo', 'totale (?:\\S+ ){0,6}(?:sale|arriva|ammonta|raggiunge)', 'porta(?:ndo)? (?:il|a) (?:totale|valore)'],
    inTalks: ['trattative', 'negozia', 'in stallo', 'vicin[oi] a un accordo'],
    reported: ['secondo (?:quanto|fonti|indiscrezioni|the|bloomberg|reuters)', 'secondo (?:il|la) (?:quotidiano|giornale|agenzia|sito|testata|stampa)', 'avrebbe', 'sarebbe', 'riporta', 'che cita', 'a conoscenza'],
    terminated: ['salta(?:to|ta)? l[’\'](?:accordo|intesa)', 'saltat[oa]', 'naufragat[oei]', 'sfumat[oa]', 'annullat[oa]', 'cancellat[oa]', 'rott[oe]', 'fallit[oe]'],
  },
  pt: {
    deal: ['assin(?:a|ou|ado|ar)', 'fech(?:a|ou|ado|ar)', 'celebr(?:a|ou)', 'alug(?:a|ou|ar[áa]?)', 'arrend(?:a|ou)', 'contrat(?:a|ou)', 'compr(?:a|ou|ar[áa]?)', 'adquirir', 'compromete', 'comprometeu', 'garant(?:e|iu)'],
    valueWords: ['bilh[õo]es de d[óo]lares', 'mil milh[õo]es de d[óo]lares', 'dezenas de bilh[õo]es', 'v[áa]rios bilh[õo]es'],
    acquisition: ['compra (?:os )?ativos', 'aquisi[çc][ãa]o', 'adquire', 'adquiriu', 'compra (?:a|da) (?:empresa|rival|concorrente|\\S+ (?:Scientific|Systems))', 'em a[çc][õo]es', 'fus[ãa]o', 'receber[ãa]o (?:\\S+ ){0,2}(?:de )?(?:novas )?a[çc][õo]es'],
    investment: ['contribuir(?:[áa]|[ãa]o)?', 'aportar(?:[áa]|[ãa]o)?', '(?:é|foi|est[áa]|era|ficou|fica) avaliad[ao] em', 'investir', 'investe', 'investiu', 'investido', 'investir[áa]', 'investimentos?', 'participa[çc][ãa]o', 'injet(?:a|ar[áa]|ou)', 'rodada', 'ronda de', 'levantou', 'captou', 'aporte'],
    plan: ['planeja', 'planeia', 'poupan[çc]as?', 'mercado (?:global|mundial)', 'prev[êe] investir', 'plano de investimento', 'gastos? com', 'valor de mercado', 'avalia (?:em|a empresa)', 'capitaliza[çc][ãa]o'],
    aggregate: ['acordo circular', 'ao todo', 'somam', 'somados', 'com os dois contratos', 'com (?:estes|esses|os) (?:\\S+ )?(?:contratos|acordos)', 'carteira contratada'],
    expanded: ['amplia', 'ampliou', 'amplia[çc][ãa]o', 'aditivo', 'estende', 'estendeu'],
    runningTotal: ['valor total', 'chega a', 'soma (?:agora )?', 'eleva (?:o|para o) (?:total|valor)', 'passa a'],
    inTalks: ['negocia', 'negociando', 'em negocia[çc][õo]es', 'em conversas', 'perto de fechar', 'parad[oa]s?'],
    reported: ['segundo (?:fontes|a imprensa|o site|a bloomberg|a reuters|o jornal|a ag[êe]ncia)', 'estaria', 'teria', 'negociaria', 'a imprensa (?:\\S+ )?estima', 'de acordo com (?:fontes|a imprensa|a bloomberg)'],
    terminated: ['cancelad[oa]', 'rompid[oa]', 'abandon(?:ou|ado)', 'desist(?:iu|e)', 'encerrad[oa]', '(?<!tentativa )fracassad[oa]'],
  },
};

export type CueKind = keyof LanguageCues;

const LANGUAGES: readonly Language[] = ['en', 'fr', 'de', 'es', 'it', 'pt'];

/** The regex source for one kind of cue, all languages at once (an article often mixes quotes and names). */
export function cueSource(kind: CueKind): string {
  const bounded: string[] = [];
  const free: string[] = [];
  for (const lang of LANGUAGES) {
    for (const entry of LEXICON[lang][kind]) {
      if (entry.startsWith('*')) free.push(entry.slice(1));
      else bounded.push(entry);
    }
  }
  // A bounded entry ends at a word boundary too ("rompe" is not "rompecabezas"); a compound part may end a word
  // or go on ("Mietvertrags", "Investitionsoffensive").
  const letter = '[a-z\\u00e0-\\u00ff]';
  const parts = [`(?<!${letter})(?:${bounded.join('|')})(?!${letter})`];
  if (free.length > 0) parts.push(`(?:${free.join('|')})`);
  return parts.join('|');
}

/** One precompiled case-insensitive regex for a kind of cue. */
export function cueRe(kind: CueKind, flags = 'i'): RegExp {
  return new RegExp(cueSource(kind), flags);
}
