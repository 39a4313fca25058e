// A company's own statement is signed even when the sentence reports it ("IREN said Microsoft would pay",
// "Hut 8 reported that", "IREN informó que … pagaría"); hearsay stays reported in every language; a
// conditional inside a condition's clause hedges nothing. Sentences written for these tests.
import { describe } from 'vitest';
import { eachText } from './mention-lines';

const IREN = (status: string) => [`microsoft iren 9700000000 ${status}`];

describe("a party's own statement, told in reported speech, is signed", () => {
  eachText([
    [
      'IREN said Microsoft would pay it about $9.7 billion over five years for access to GPU capacity at its Texas campus.',
      IREN('signed'),
    ],
    [
      'Hut 8 Corp. reported that a subsidiary signed a 15-year lease with Fluidstack for 245 MW of data center capacity worth about $7 billion.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'Selon un communiqué, IREN a indiqué que Microsoft paierait environ 9,7 milliards de dollars sur cinq ans pour de la capacité GPU.',
      IREN('signed'),
    ],
    [
      'IREN informó que Microsoft le pagaría unos 9.700 millones de dólares por un contrato de capacidad de GPU de cinco años.',
      IREN('signed'),
    ],
    [
      'A IREN informou que a Microsoft teria de pagar cerca de US$ 9,7 bilhões por um contrato de capacidade de GPU de cinco anos.',
      IREN('signed'),
    ],
  ]);
});

describe('hearsay stays reported, whoever is named', () => {
  eachText([
    [
      'The Information reported that Microsoft would pay Nscale about $24 billion for GPU capacity in Texas.',
      ['microsoft nscale 24000000000 reported'],
    ],
    [
      'Microsoft paierait environ 9,7 milliards de dollars à IREN pour de la capacité GPU, selon Bloomberg.',
      IREN('reported'),
    ],
    [
      'Microsoft le pagaría a IREN unos 9.700 millones de dólares por un contrato de capacidad de GPU, según fuentes cercanas.',
      IREN('reported'),
    ],
    [
      'Microsoft avrebbe firmato con IREN un contratto di capacità GPU da 9,7 miliardi di dollari, secondo indiscrezioni.',
      IREN('reported'),
    ],
    [
      'A Microsoft teria assinado com a IREN um contrato de capacidade de GPU de US$ 9,7 bilhões, segundo fontes.',
      IREN('reported'),
    ],
    [
      'Microsoft aurait signé avec Nebius un contrat de capacité de calcul de 15 milliards de dollars.',
      ['microsoft nebius 15000000000 reported'],
    ],
  ]);
});

describe("a conditional inside a condition's clause is no hedge", () => {
  eachText([
    [
      "Meta s'engage à acheter à Nebius jusqu'à 15 milliards de dollars de capacité de calcul, dans la mesure où celle-ci n'aurait pas trouvé d'autre preneur.",
      ['meta nebius 15000000000 signed'],
    ],
    [
      'Meta se compromete a comprar a Nebius hasta 15.000 millones de dólares de capacidad de cálculo en caso de que esta no habría encontrado otro cliente.',
      ['meta nebius 15000000000 signed'],
    ],
  ]);
});

describe('a newspaper named as the source, or news that leaked, is reported', () => {
  const ORACLE = (status: string) => [`openai oracle 300000000000 ${status}`];
  eachText([
    [
      'Laut „Wall Street Journal“ hat sich OpenAI verpflichtet, bei Oracle Rechenleistung für etwa 300 Milliarden Dollar abzunehmen.',
      ORACLE('reported'),
    ],
    [
      'OpenAI agreed to buy $300 billion of computing power from Oracle over five years, as first reported by The Wall Street Journal.',
      ORACLE('reported'),
    ],
    [
      'OpenAI se comprometió a comprar a Oracle capacidad de cómputo por 300.000 millones de dólares, según The Wall Street Journal.',
      ORACLE('reported'),
    ],
    [
      'OpenAI si è impegnata ad acquistare da Oracle capacità di calcolo per 300 miliardi di dollari, come riporta il Wall Street Journal.',
      ORACLE('reported'),
    ],
    [
      'Nvidia mietet von Lambda für vier Jahre 10.000 Server, ein Vertrag im Wert von rund 1,3 Milliarden Dollar, wie im September bekannt wurde.',
      ['nvidia lambda 1300000000 reported'],
    ],
    // The hedge of the sentence an evidence borrows counts, even when the sentence alone was read first.
    [
      "Nscale installera environ 104 000 puces GB300 pour Microsoft sur un site de 240 MW au Texas. Selon The Information, le contrat pourrait valoir jusqu'à 24 milliards de dollars.",
      ['microsoft nscale 24000000000 reported'],
    ],
    // The company itself, no newspaper: signed.
    [
      'Oracle announced that OpenAI signed a $300 billion contract for computing capacity over five years.',
      ORACLE('signed'),
    ],
    [
      'Oracle hat mitgeteilt, dass OpenAI einen Vertrag über Rechenleistung für 300 Milliarden Dollar unterzeichnet hat.',
      ORACLE('signed'),
    ],
  ]);
});

describe('people familiar with the talks are a source: the deal is reported, not in talks', () => {
  const NSCALE = (status: string) => [`microsoft nscale 14000000000 ${status}`];
  eachText([
    [
      'Nscale firmó con Microsoft un contrato de capacidad de GPU que podría alcanzar 14.000 millones de dólares, según personas conocedoras de las negociaciones.',
      NSCALE('reported'),
    ],
    [
      'Nscale signed a GPU capacity contract with Microsoft worth up to $14 billion, according to people familiar with the negotiations.',
      NSCALE('reported'),
    ],
    [
      'Nscale a signé avec Microsoft un contrat de capacité GPU de 14 milliards de dollars, selon des sources proches des négociations.',
      NSCALE('reported'),
    ],
    // Talks told as the state of the deal stay talks.
    [
      'Microsoft is in talks with Nscale over a GPU capacity contract worth $14 billion, according to people familiar with the matter.',
      NSCALE('in_talks'),
    ],
    [
      'Microsoft está en negociaciones con Nscale para un contrato de capacidad de GPU de 14.000 millones de dólares.',
      NSCALE('in_talks'),
    ],
  ]);
});
