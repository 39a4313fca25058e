// An option or a possibility of growing ("ampliables hasta", "com a possibilidade de ampliar", "optional …
// erweitert werden kann") and a new customer joining the seller's list ("ce nouveau client vient s'ajouter")
// leave the contract signed; a real expansion, in the same languages, stays expanded. Sentences written for
// these tests.
import { describe } from 'vitest';
import { eachText } from './mention-lines';

const SIGNED = ['microsoft nebius 17400000000 signed'];

describe('an option to grow is not an expansion: the contract is signed', () => {
  eachText([
    [
      'Microsoft firmó con Nebius un contrato de capacidad GPU de 17.400 millones de dólares a cinco años, ampliables hasta 19.400 millones.',
      SIGNED,
    ],
    [
      'A Microsoft assinou com a Nebius um contrato de capacidade GPU de US$ 17,4 bilhões, com a possibilidade de ampliar o acordo em até US$ 2 bilhões.',
      SIGNED,
    ],
    [
      'Microsoft hat mit Nebius einen GPU-Vertrag über 17,4 Milliarden Dollar unterzeichnet, der optional um 2 Milliarden Dollar erweitert werden kann.',
      SIGNED,
    ],
    [
      "Microsoft ha firmato con Nebius un contratto di capacità GPU da 17,4 miliardi di dollari, ampliabile con un'opzione fino a 19,4 miliardi.",
      SIGNED,
    ],
    [
      'Nebius a signé avec Meta un contrat de capacité de calcul de 3 milliards de dollars. Ce nouveau client vient s’ajouter à Microsoft, avec qui Nebius avait signé un contrat de 17,4 milliards de dollars.',
      ['meta nebius 3000000000 signed', 'microsoft nebius 17400000000 signed'],
    ],
  ]);
});

describe('a real expansion stays expanded, and "May" the month is no option', () => {
  const EXPANDED = ['microsoft nebius 2000000000 expanded'];
  eachText([
    ['Microsoft expanded its GPU capacity contract with Nebius by $2 billion.', EXPANDED],
    ['Microsoft amplió su contrato de capacidad GPU con Nebius en 2.000 millones de dólares.', EXPANDED],
    ['Microsoft hat seinen GPU-Vertrag mit Nebius um 2 Milliarden Dollar erweitert.', EXPANDED],
    [
      'In May, CoreWeave expanded its contract with OpenAI by $4 billion.',
      ['openai coreweave 4000000000 expanded'],
    ],
  ]);
});
