// Kinds of error seen on real pages about the second hidden set's deals (Nscale, Hut 8, Galaxy, Applied Digital,
// Anthropic on Azure, Lambda, Cerebras, TeraWulf, Cipher, IREN, Crusoe, Oracle, Google), each told again in
// invented sentences in several languages: positives that must still be found and near misses that must stay
// silent. Each row's wanted strings are prefixes of the printed mentions ("buyer provider valueUsd status kind").
import { beforeAll, describe, expect, it } from 'vitest';
import { withoutGaveUpClauses } from '../../../functions/core/extract/gave-up-clause';
import { eachKind, type Family, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Microsoft signed a $1 billion cloud contract with Nebius.');
}, 120_000);

/**
 * The customers who gave a site up, named in a clause of their own ("a facility that Oracle and OpenAI previously
 * declined to occupy", "qu'Oracle et OpenAI ont abandonné", "den Oracle und OpenAI zuvor aufgegeben hatten"), are no
 * party of the lease told now, and their giving up ends no contract of the pair: it stays signed. A company that
 * walks away from its own lease still ends it.
 */
const SITE_GIVEN_UP_BY_OTHERS: Family[] = [
  [
    'en',
    'Microsoft has agreed to lease from Crusoe a 700-megawatt campus in Abilene, Texas, that Oracle and OpenAI previously declined to occupy.',
    ['microsoft crusoe null signed'],
  ],
  [
    'fr',
    "Microsoft loue à Crusoe un campus de 700 mégawatts à Abilene qu'Oracle et OpenAI ont abandonné en mars.",
    ['microsoft crusoe null signed'],
  ],
  [
    'de',
    'Microsoft mietet von Crusoe einen Campus mit 700 Megawatt in Abilene, den Oracle und OpenAI zuvor aufgegeben hatten.',
    ['microsoft crusoe null signed'],
  ],
  [
    'es',
    'Microsoft alquilará a Crusoe un campus de 700 megavatios en Abilene que Oracle y OpenAI abandonaron en marzo.',
    ['microsoft crusoe null signed'],
  ],
  [
    'it',
    'Microsoft affitterà da Crusoe un campus da 700 megawatt ad Abilene che Oracle e OpenAI avevano abbandonato.',
    ['microsoft crusoe null signed'],
  ],
  [
    'pt',
    'A Microsoft vai alugar à Crusoe um campus de 700 megawatts em Abilene que a Oracle e a OpenAI abandonaram.',
    ['microsoft crusoe null signed'],
  ],
  // The landlord unnamed: the customers who gave the site up pair with nobody.
  [
    'en',
    'Microsoft has secured a lease for a 700-megawatt data facility in Abilene, Texas, that Oracle and OpenAI previously declined to occupy.',
    [],
  ],
  [
    'es',
    'Microsoft se quedará con un campus de 700 megavatios en Abilene que Oracle y OpenAI abandonaron en marzo.',
    [],
  ],
  // A company walking away from its own lease ends it.
  [
    'en',
    'Microsoft walked away from a 700 MW lease with CoreWeave in Texas.',
    ['microsoft coreweave null terminated'],
  ],
];

/**
 * A guarantee told in words the filters read as something else: German "übernimmt Garantien für
 * Zahlungsverpflichtungen" takes on a guarantee (no takeover), Spanish and Portuguese "contribuirá con … en apoyo de
 * arrendamiento" puts money behind a tenant's lease (no stake). A takeover and a stake stay silent.
 */
const GUARANTEE_IN_OTHER_WORDS: Family[] = [
  [
    'de',
    'Cipher vermietet 168 MW Rechenleistung an Fluidstack. Google übernimmt Garantien für Zahlungsverpflichtungen von Fluidstack in Höhe von 1,4 Milliarden US-Dollar.',
    [
      'fluidstack cipher-mining null signed datacenter_lease',
      'alphabet cipher-mining 1400000000 signed capacity_backstop',
    ],
  ],
  [
    'es',
    'TeraWulf alquila 168 megavatios de su centro de datos de IA a Fluidstack. Google contribuirá con 1.300 millones de dólares en apoyo de arrendamiento, además de su acuerdo con TeraWulf en Nueva York.',
    [
      'fluidstack terawulf null signed datacenter_lease',
      'alphabet terawulf 1300000000 signed capacity_backstop',
    ],
  ],
  [
    'pt',
    'A TeraWulf aluga 168 megawatts do seu centro de dados de IA à Fluidstack. A Google vai contribuir com 1,3 mil milhões de dólares em apoio ao arrendamento, além do seu acordo com a TeraWulf em Nova Iorque.',
    [
      'fluidstack terawulf null signed datacenter_lease',
      'alphabet terawulf 1300000000 signed capacity_backstop',
    ],
  ],
  // A takeover and a stake stay what they are.
  ['de', 'Google übernimmt den Rechenzentrumsbetreiber Cipher für 1,4 Milliarden US-Dollar.', []],
  [
    'es',
    'Google contribuirá con 1.300 millones de dólares a la ronda de financiación de TeraWulf para sus centros de datos de IA.',
    [],
  ],
];

/**
 * A block of links to other stories ("À lire aussi", "Lesen Sie auch", "Lee también"), a blank line, then the
 * article goes on: a line of prose closed by a period is the article's again. The links' own lines stay silent.
 */
const ARTICLE_AFTER_RELATED_LINKS: Family[] = [
  [
    'fr',
    "À lire aussi : Nscale ouvre un site au Portugal · Les néoclouds face aux taux\n\nMicrosoft loue à Crusoe un campus de 700 mégawatts à Abilene pour ses services d'IA, selon la société.",
    ['microsoft crusoe null signed'],
  ],
  [
    'de',
    'Lesen Sie auch: IREN erhöht die Prognose · TeraWulf platziert Anleihe\n\nMicrosoft mietet von Crusoe einen Campus mit 700 Megawatt in Abilene für seine KI-Dienste, teilte das Unternehmen mit.',
    ['microsoft crusoe null signed'],
  ],
  [
    'es',
    'Lee también: Hut 8 dispara su cotización · Nebius abre centro en Finlandia\n\nMicrosoft alquilará a Crusoe un campus de 700 megavatios en Abilene para sus servicios de IA, según informó la compañía.',
    ['microsoft crusoe null signed'],
  ],
  // The links themselves: other stories' headlines, no deal of this page.
  [
    'fr',
    'Le marché des puces progresse.\n\nÀ lire aussi :\n\nMicrosoft loue à Crusoe un campus de 700 mégawatts à Abilene\nNscale ouvre un site au Portugal',
    [],
  ],
];

eachKind({ SITE_GIVEN_UP_BY_OTHERS, GUARANTEE_IN_OTHER_WORDS, ARTICLE_AFTER_RELATED_LINKS }, true);

// The clause blanked is another customer's, named with a capital; a pronoun or a common noun ("that the company
// abandoned", "qu'elles ont abandonné", "den sie zuvor aufgegeben hatten") names nobody else, so it stays.
describe('the giving-up clause needs a capitalised name', () => {
  it.each([
    ['en', 'a campus in Abilene that Oracle and OpenAI previously declined to occupy'],
    ['fr', "un campus à Abilene qu'Oracle et OpenAI ont abandonné en mars"],
    ['de', 'einen Campus in Abilene, den Oracle und OpenAI zuvor aufgegeben hatten'],
    ['es', 'un campus en Abilene que Oracle y OpenAI abandonaron en marzo'],
  ])('%s: blanks "%s"', (_, text) => {
    const out = withoutGaveUpClauses(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toMatch(/Oracle/);
  });
  it.each([
    ['en', 'the lease that the company abandoned in March'],
    ['fr', "le bail qu'elles ont abandonné en mars"],
    ['de', 'den Mietvertrag, den sie zuvor aufgegeben hatten'],
    ['es', 'el contrato que ellos abandonaron en marzo'],
  ])('%s: keeps "%s"', (_, text) => {
    expect(withoutGaveUpClauses(text)).toBe(text);
  });
});
