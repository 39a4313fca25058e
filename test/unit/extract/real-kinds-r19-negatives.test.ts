import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import { eachKind, type Family } from './mention-cases';

/**
 * "Nvidia, Microsoft, xAI und BlackRock erwerben Aligned Data Centers für 40 Milliarden", "acquièrent", "adquieren",
 * "acquisiscono", "adquirem", "hanno acquisito", "ont acquis": a business bought by a consortium, in every person and
 * tense of the verb of acquiring; its price is no contract's value and its buyers are no pair. The same verbs with
 * compute as their object ("adquiere capacidad de cómputo", "acquisisce capacità di calcolo", "erwirbt
 * Rechenkapazität", "a acquis 2 GW de capacité") buy capacity: the deal itself, read as before.
 */
const BUSINESS_ACQUIRED_IN_EVERY_PERSON: Family[] = [
  [
    'de',
    'Nvidia, Microsoft, xAI und BlackRock erwerben Aligned Data Centers für 40 Milliarden US-Dollar. Aligned betreibt 50 Rechenzentren mit 5 GW Kapazität.',
    [],
  ],
  [
    'fr',
    "Nvidia, Microsoft, xAI et BlackRock acquièrent Aligned Data Centers pour 40 milliards de dollars. Aligned exploite 50 centres de données d'une capacité de 5 GW.",
    [],
  ],
  [
    'fr',
    'Microsoft et Nvidia ont acquis Aligned pour 40 milliards de dollars, un exploitant de data centers.',
    [],
  ],
  [
    'es',
    'Nvidia, Microsoft, xAI y BlackRock adquieren Aligned Data Centers por 40.000 millones de dólares. Aligned opera 50 centros de datos con 5 GW de capacidad.',
    [],
  ],
  [
    'es',
    'Microsoft y Nvidia adquirieron Aligned por 40.000 millones de dólares, un operador de centros de datos.',
    [],
  ],
  [
    'it',
    'Nvidia, Microsoft, xAI e BlackRock acquisiscono Aligned Data Centers per 40 miliardi di dollari. Aligned gestisce 50 data center con 5 GW di capacità.',
    [],
  ],
  [
    'it',
    'Microsoft e Nvidia hanno acquisito Aligned per 40 miliardi di dollari, operatore di data center.',
    [],
  ],
  [
    'pt',
    'Nvidia, Microsoft, xAI e BlackRock adquirem a Aligned Data Centers por US$ 40 bilhões. A Aligned opera 50 data centers com 5 GW de capacidade.',
    [],
  ],
  // Compute as the object: a purchase of capacity, the deal itself.
  [
    'es',
    'Meta adquiere capacidad de cómputo a Google por 10.000 millones de dólares.',
    ['meta alphabet 10000000000 signed'],
  ],
  [
    'it',
    'Meta acquisisce capacità di calcolo da Google per 10 miliardi di dollari.',
    ['meta alphabet 10000000000 signed'],
  ],
  [
    'pt',
    'A Meta adquire capacidade computacional da Google por US$ 10 bilhões.',
    ['meta alphabet 10000000000 signed'],
  ],
  [
    'fr',
    'Meta a acquis 2 GW de capacité chez CoreWeave pour 14 milliards de dollars.',
    ['meta coreweave 14000000000 signed'],
  ],
  [
    'de',
    'Meta erwirbt Zugang zu Rechenkapazität von CoreWeave für 14 Milliarden Dollar.',
    ['meta coreweave 14000000000 signed'],
  ],
];

eachKind({ 'a business acquired, in every person and tense': BUSINESS_ACQUIRED_IN_EVERY_PERSON }, true);

/**
 * "a ten-year lease between TeraWulf and Fluidstack, under which Google provides $3.2 billion of financial backing",
 * "in cui Google fornisce un supporto finanziario da 3,2 miliardi", "pour lequel Google apporte un soutien
 * financier", "no qual o Google oferece apoio financeiro": money a third party puts behind a tenant's lease is the
 * lease's guarantee (a backstop owed to the landlord), never capacity the backer sells to the tenant. Financial
 * backing with no lease in the sentence is an investor's and leaves the contract beside it alone.
 */
const FINANCIAL_BACKING_OF_A_LEASE: Family[] = [
  [
    'en',
    'TeraWulf signed a ten-year lease with Fluidstack, under which Google provides $3.2 billion of financial backing.',
    [
      'alphabet terawulf 3200000000 signed capacity_backstop',
      'fluidstack terawulf null signed datacenter_lease',
    ],
  ],
  [
    'it',
    'TeraWulf ha firmato un accordo di locazione di dieci anni con il fornitore di infrastrutture Fluidstack, in cui Google fornisce un supporto finanziario da 3,2 miliardi di dollari.',
    ['alphabet terawulf 3200000000 signed capacity_backstop'],
  ],
  [
    'fr',
    'TeraWulf a signé un bail de dix ans avec Fluidstack, pour lequel Google apporte un soutien financier de 3,2 milliards de dollars.',
    [
      'alphabet terawulf 3200000000 signed capacity_backstop',
      'fluidstack terawulf null signed datacenter_lease',
    ],
  ],
  [
    'pt',
    'A TeraWulf assinou um arrendamento de dez anos com a Fluidstack, no qual o Google oferece apoio financeiro de US$ 3,2 bilhões.',
    [
      'alphabet terawulf 3200000000 signed capacity_backstop',
      'fluidstack terawulf null signed datacenter_lease',
    ],
  ],
  // Backing with no lease: an investor's, the cloud contract beside it stays one.
  [
    'en',
    'With financial backing from Nvidia, CoreWeave signed a $14 billion cloud contract with Meta.',
    ['meta coreweave 14000000000 signed gpu_cloud'],
  ],
];

eachKind({ 'financial backing of a lease': FINANCIAL_BACKING_OF_A_LEASE });

/**
 * A pair guessed across sentences whose borrowed party is another deal's object: "Core Scientific is locked into
 * $10.2 billion over 12 years from CoreWeave. Cipher Digital secured $9.3 billion across two flagship leases."
 * Cipher's amount takes CoreWeave from the sentence before, where CoreWeave is Core Scientific's customer; the
 * guess stays below the alert threshold (PENALTIES.borrowedParty). A sentence that opens on a stand-in for the
 * earlier subject ("To deliver it, the former miner buys equipment from Dell") is a continuation and keeps its alert.
 */
describe('a party borrowed from another deal’s object', () => {
  const confidences = (text: string): Record<string, number> =>
    Object.fromEntries(
      extractMentions({ text }).map((m) => [`${m.buyer.id} ${m.provider.id}`, m.confidence]),
    );
  const cases: [lang: string, text: string, guessed: string, kept: string][] = [
    [
      'en',
      'Core Scientific is locked into $10.2 billion over 12 years from CoreWeave. Cipher Digital secured $9.3 billion across two flagship leases.',
      'cipher-mining coreweave',
      // The money comes from CoreWeave: it is the customer (real-kinds-r39).
      'coreweave core-scientific',
    ],
    [
      'fr',
      "Core Scientific s'est engagé sur 10,2 milliards de dollars sur 12 ans auprès de CoreWeave. Cipher Digital a obtenu 9,3 milliards de dollars grâce à deux baux phares.",
      'cipher-mining coreweave',
      'core-scientific coreweave',
    ],
    [
      'de',
      'Core Scientific hat sich für 12 Jahre Mieteinnahmen von 10,2 Milliarden Dollar von CoreWeave gesichert. Cipher Digital sicherte sich 9,3 Milliarden Dollar mit zwei großen Mietverträgen.',
      'cipher-mining coreweave',
      'core-scientific coreweave',
    ],
  ];
  for (const [lang, text, guessed, kept] of cases)
    it(`${lang}: ${text.slice(0, 70)}`, () => {
      const got = confidences(text);
      if (got[guessed] !== undefined) expect(got[guessed]).toBeLessThan(0.8);
      expect(got[kept], JSON.stringify(got)).toBeGreaterThanOrEqual(0.8);
    });
  it('pt: the deal told before the borrowed sentence keeps its alert', () => {
    const got = confidences(
      'A Microsoft assina contrato de 9,7 mil milhões de dólares com a australiana IREN. A antiga mineradora de bitcoin compra à Dell o equipamento necessário por 5,8 mil milhões de dólares.',
    );
    expect(got['microsoft iren'], JSON.stringify(got)).toBeGreaterThanOrEqual(0.8);
  });
});
