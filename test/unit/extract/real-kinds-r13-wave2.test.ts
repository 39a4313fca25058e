// Kinds of error seen on real pages about the second-wave deals (neoclouds, miners turned hosts, Google's lease
// backstops), each told again in invented sentences in six languages: positives that must still be found and near
// misses that must stay silent. Each row's wanted strings are prefixes of the printed mentions ("buyer provider
// valueUsd status kind"), in order.
import { beforeAll, describe } from 'vitest';
import { eachFamily, type Family, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Microsoft signed a $1 billion cloud contract with Nebius.');
}, 120_000);

/**
 * An option's increment or a yearly rate with its conversion in brackets between the figure and the words that
 * qualify it ("em até dois mil milhões de dólares (1,7 mil milhões de euros) adicionais", "$1.9 billion (€1.7
 * billion) a year"): the conversion reads the same words as the figure, so it never stands in as the contract's
 * value.
 */
const CONVERSION_BEFORE_ITS_QUALIFIER: Family[] = [
  [
    'pt',
    'Segundo a Nebius, o acordo de capacidade GPU prevê um pagamento base de 17,4 mil milhões de dólares, com a possibilidade de a Microsoft ampliar os serviços em até dois mil milhões de dólares (1,7 mil milhões de euros) adicionais.',
    ['microsoft nebius 17400000000'],
  ],
  [
    'en',
    'According to Nebius, the GPU capacity deal carries a base payment of $17.4 billion, and Microsoft may buy up to $2 billion (€1.7 billion) additional.',
    ['microsoft nebius 17400000000'],
  ],
  [
    'es',
    'Según Nebius, el acuerdo de capacidad GPU prevé un pago base de 17.400 millones de dólares, con la posibilidad de que Microsoft amplíe los servicios en hasta 2.000 millones de dólares (1.700 millones de euros) adicionales.',
    ['microsoft nebius 17400000000'],
  ],
  [
    'it',
    "Secondo Nebius, l'accordo di capacità GPU prevede un pagamento base di 17,4 miliardi di dollari, con la possibilità per Microsoft di estendere i servizi fino a 2 miliardi di dollari (1,7 miliardi di euro) aggiuntivi.",
    ['microsoft nebius 17400000000'],
  ],
  [
    'fr',
    "Selon Nebius, l'accord de capacité GPU prévoit un paiement de base de 17,4 milliards de dollars, avec la possibilité pour Microsoft d'ajouter jusqu'à 2 milliards de dollars (1,7 milliard d'euros) supplémentaires.",
    ['microsoft nebius 17400000000'],
  ],
  [
    'de',
    'Laut Nebius sieht der GPU-Kapazitätsvertrag eine Basiszahlung von 17,4 Milliarden Dollar vor, mit der Möglichkeit für Microsoft, bis zu 2 Milliarden Dollar (1,7 Milliarden Euro) zusätzlich abzurufen.',
    ['microsoft nebius 17400000000'],
  ],
  // A yearly rate stays a rate with its conversion between: the contract is told without a value.
  [
    'fr',
    "Microsoft signe un contrat cloud GPU avec Nebius pour 1,9 milliard de dollars (1,7 milliard d'euros) par an.",
    ['microsoft nebius null'],
  ],
  [
    'en',
    'Microsoft signed a GPU cloud contract with Nebius worth $1.9 billion (€1.7 billion) a year.',
    ['microsoft nebius null'],
  ],
];

describe('a conversion in brackets reads the words after it like its figure', () =>
  eachFamily(CONVERSION_BEFORE_ITS_QUALIFIER));
