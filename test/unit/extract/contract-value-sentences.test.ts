// A contract's value told in the sentence after it: revenue over the contract's term, or "the value is", in six
// languages, is the contract's; a company's results stay out. An expansion that "increases the total … to" a
// figure states its running total. Sentences written for these tests.
import { describe } from 'vitest';
import { eachText } from './mention-lines';

const FLUIDSTACK = (value: string) => [`fluidstack cipher-mining ${value} signed`];

describe("revenue over the contract's term, or its value, is the contract's value", () => {
  eachText([
    [
      'Cipher Mining signed a ten-year colocation agreement with Fluidstack for 168 MW at its Texas site. Cipher expects about $3 billion of revenue over the initial term.',
      FLUIDSTACK('3000000000'),
    ],
    [
      'Cipher Mining ha firmato un contratto di locazione di 15 anni con Amazon Web Services per 300 MW di capacità. Il valore è di circa 5,5 miliardi di dollari e i primi ricavi sono attesi nel 2026.',
      ['amazon cipher-mining 5500000000 signed'],
    ],
    [
      'Cipher Mining hat mit Fluidstack einen Zehnjahresvertrag über 168 MW Rechenzentrumskapazität unterzeichnet. Über die Laufzeit erwartet Cipher Umsätze von rund 3 Milliarden Dollar.',
      FLUIDSTACK('3000000000'),
    ],
    [
      "Cipher Mining a signé avec Fluidstack un contrat de colocation de dix ans pour 168 MW. Cipher en attend environ 3 milliards de dollars de chiffre d'affaires sur la durée du contrat.",
      FLUIDSTACK('3000000000'),
    ],
  ]);
});

describe("a company's results beside a contract are not its value", () => {
  eachText([
    [
      'Cipher Mining signed a ten-year colocation agreement with Fluidstack for 168 MW at its Texas site. Cipher reported revenue of $3 billion for the year.',
      FLUIDSTACK('null'),
    ],
    [
      "Cipher Mining a signé avec Fluidstack un contrat de colocation de dix ans pour 168 MW. Le chiffre d'affaires annuel de Cipher a atteint 3 milliards de dollars.",
      FLUIDSTACK('null'),
    ],
  ]);
});

describe('"increases the total … to" states the running total beside the increment', () => {
  const want = ['coreweave core-scientific 2000000000 expanded total=8700000000'];
  eachText([
    [
      "CoreWeave exercised its option with Core Scientific for 120 MW more. The new contract is expected to add approximately $2.0 billion of cumulative revenue and increases the potential cumulative revenue under all of Core Scientific's CoreWeave contracts to approximately $8.7 billion.",
      want,
    ],
    [
      'CoreWeave hat bei Core Scientific eine Option über weitere 120 MW gezogen. Der neue Vertrag bringt rund 2 Milliarden Dollar zusätzlich und erhöht den Gesamtwert aller Verträge mit CoreWeave auf rund 8,7 Milliarden Dollar.',
      want,
    ],
    [
      'CoreWeave a levé une option auprès de Core Scientific pour 120 MW de plus. Le nouveau contrat ajoute environ 2 milliards de dollars et porte le total des contrats de Core Scientific avec CoreWeave à environ 8,7 milliards de dollars.',
      want,
    ],
  ]);
});
