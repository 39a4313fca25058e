// Kinds of error seen on real pages about the second-wave deals (neoclouds, miners turned hosts, a lab's roundup of
// its suppliers), each told again in invented sentences in six languages: positives that must still be found and
// near misses that must stay silent. Each row's wanted strings are prefixes of the printed mentions ("buyer
// provider valueUsd status kind"), in order.
import { describe } from 'vitest';
import { eachFamily, type Family } from './mention-cases';

/**
 * A roundup's elements each carry their amount in a parenthesis ("with AWS ($38 billion), CoreWeave ($22.4
 * billion) and Oracle ($300 billion)", "Amazon AWS (a seven-year, $38 billion deal)"): each amount binds to the
 * one who signs and its own element; the element before the last "and" is no signer of the last one's amount.
 */
const PARENTHESISED_ROUNDUP: Family[] = [
  [
    'en',
    'OpenAI has since signed deals with AWS ($38 billion), CoreWeave ($22.4 billion) and Oracle ($300 billion).',
    [
      'openai amazon 38000000000 signed',
      'openai coreweave 22400000000 signed',
      'openai oracle 300000000000 signed',
    ],
  ],
  [
    'en',
    'The news follows OpenAI’s cloud agreements with Amazon AWS (a seven-year, $38 billion deal) and Oracle (a pact valued at $300 billion).',
    ['openai amazon 38000000000 signed', 'openai oracle 300000000000 signed'],
  ],
  [
    'fr',
    'OpenAI a depuis signé avec AWS (38 milliards de dollars), CoreWeave (22,4 milliards) et Oracle (300 milliards).',
    [
      'openai amazon 38000000000 signed',
      'openai coreweave 22400000000 signed',
      'openai oracle 300000000000 signed',
    ],
  ],
  [
    'de',
    'OpenAI hat Verträge mit AWS (38 Milliarden Dollar), CoreWeave (22,4 Milliarden) und Oracle (ein Vertrag über 300 Milliarden) geschlossen.',
    [
      'openai amazon 38000000000 signed',
      'openai coreweave 22400000000 signed',
      'openai oracle 300000000000 signed',
    ],
  ],
  [
    'es',
    'OpenAI firmó contratos con AWS (un acuerdo de siete años por 38.000 millones de dólares) y Oracle (un contrato valorado en 300.000 millones).',
    ['openai amazon 38000000000 signed', 'openai oracle 300000000000 signed'],
  ],
  [
    'it',
    'OpenAI ha firmato contratti con AWS (38 miliardi di dollari), CoreWeave (22,4 miliardi) e Oracle (300 miliardi).',
    [
      'openai amazon 38000000000 signed',
      'openai coreweave 22400000000 signed',
      'openai oracle 300000000000 signed',
    ],
  ],
  [
    'pt',
    'A OpenAI assinou contratos com a AWS (US$ 38 bilhões), a CoreWeave (US$ 22,4 bilhões) e a Oracle (US$ 300 bilhões).',
    [
      'openai amazon 38000000000 signed',
      'openai coreweave 22400000000 signed',
      'openai oracle 300000000000 signed',
    ],
  ],
  // Near misses: a parenthesis that tells a valuation or a stake is no deal of the company before it.
  ['en', 'Nebius (valued at about $27 billion on Monday) has shares that rose 14% after the results.', []],
  ['fr', "Microsoft (qui détient une participation de 13 milliards dans OpenAI) n'a pas commenté.", []],
];

/**
 * "Nebius secures $3 billion deal with Meta": either side secures a deal, so the verb names no buyer and the company
 * table's usual roles decide (a neocloud sells, a social network buys); capacity secured from a company still names
 * its seller, and a contract won still names the winner the seller.
 */
const DEAL_SECURED_BY_EITHER_SIDE: Family[] = [
  ['en', 'Nebius Secures $3 Billion Deal with Meta', ['meta nebius 3000000000 signed']],
  [
    'en',
    'Nebius secured a five-year $3 billion agreement with Meta on Monday.',
    ['meta nebius 3000000000 signed'],
  ],
  ['en', 'Meta secures $3 billion deal with Nebius', ['meta nebius 3000000000 signed']],
  [
    'en',
    'Microsoft secures $19.4 billion of GPU capacity from Nebius.',
    ['microsoft nebius 19400000000 signed'],
  ],
  [
    'fr',
    'Nebius obtient un accord de 3 milliards de dollars avec Meta pour de la capacité de calcul.',
    ['meta nebius 3000000000 signed'],
  ],
  [
    'de',
    'Nebius sichert sich einen Vertrag über 3 Milliarden Dollar mit Meta für KI-Rechenkapazität.',
    ['meta nebius 3000000000 signed'],
  ],
  [
    'es',
    'Nebius consigue un acuerdo de 3.000 millones de dólares con Meta para capacidad de cómputo.',
    ['meta nebius 3000000000 signed'],
  ],
  [
    'it',
    'Nebius ottiene un accordo da 3 miliardi di dollari con Meta per capacità di calcolo.',
    ['meta nebius 3000000000 signed'],
  ],
  [
    'pt',
    'A Nebius garante um acordo de US$ 3 bilhões com a Meta para capacidade de computação.',
    ['meta nebius 3000000000 signed'],
  ],
  // Near miss: secured financing is no deal with the bank's client.
  ['en', 'Nebius secured a $1 billion loan agreement with its banks to fund the new campus.', []],
];

/**
 * "deploy approximately 200,000 Nvidia AI processors": a chip maker's name before "AI processors", "KI-Chips", "puces
 * IA" names the goods, not a party of the cloud deal beside it.
 */
const BRAND_BEFORE_AI_CHIPS: Family[] = [
  [
    'en',
    'Nscale has signed a deal with Microsoft to deploy approximately 200,000 Nvidia AI processors across Europe and the United States.',
    ['microsoft nscale null signed gpu_cloud'],
  ],
  [
    'de',
    'Nscale hat mit Microsoft einen Vertrag über 14 Milliarden Dollar unterzeichnet und stellt dafür 200.000 Nvidia KI-Chips bereit.',
    ['microsoft nscale 14000000000 signed gpu_cloud'],
  ],
  [
    'en',
    'Nscale signed a $14 billion contract with Microsoft to provide about 200,000 Nvidia AI chips in Texas and Portugal.',
    ['microsoft nscale 14000000000 signed gpu_cloud'],
  ],
  // A purchase of the chips still names the maker as the seller.
  [
    'en',
    'Nscale agreed to buy $2 billion of Nvidia AI processors from Nvidia for its Texas campus.',
    ['nscale nvidia 2000000000 signed hardware'],
  ],
];

describe("a roundup's parenthesised amounts bind to their own element", () =>
  eachFamily(PARENTHESISED_ROUNDUP));
describe('a deal secured names no buyer by its verb', () => eachFamily(DEAL_SECURED_BY_EITHER_SIDE));
describe("a maker's name before AI chips names the goods", () => eachFamily(BRAND_BEFORE_AI_CHIPS));
