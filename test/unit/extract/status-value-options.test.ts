// Status and value kinds of issue 8 where a word that looks like growth is not: a duration or a quantity before
// "to" ("a 25-year lease at $9.5 billion"), a level the contract "can reach" with renewals, a share price that
// "adds 4%", and an increment the buyer only holds as an option. Each in six languages, with negatives that keep
// the expansion. Every sentence is written for these tests. Expected: every mention found, one line each (in order).
import { describe } from 'vitest';
import { eachText as each } from './mention-lines';

describe('a duration or a quantity before "to" is no increment: the amount after it is the contract, signed', () => {
  each([
    [
      'TeraWulf et Fluidstack signent au Texas un bail de 25 ans à 9,5 milliards de dollars.',
      ['fluidstack terawulf 9500000000 signed'],
    ],
    [
      'Hut 8 firma con Fluidstack un contrato de arrendamiento de 15 años por 7.000 millones de dólares.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'Cipher Mining ha firmato con Fluidstack un contratto di locazione di 10 anni a 3 miliardi di dollari.',
      ['fluidstack cipher-mining 3000000000 signed'],
    ],
    [
      'A Hut 8 fechou com a Fluidstack um contrato de locação de 15 anos para US$ 7 bilhões.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    // Negatives: an amount raised by an amount to a total stays an expansion with its running total.
    [
      'CoreWeave expanded its contract with OpenAI by $4 billion to $15.9 billion.',
      ['openai coreweave 4000000000 expanded total=15900000000'],
    ],
    [
      'CoreWeave a étendu son contrat avec OpenAI de 4 milliards de dollars, à 15,9 milliards de dollars.',
      ['openai coreweave 4000000000 expanded total=15900000000'],
    ],
  ]);
});

describe('a level the contract can reach with renewals is neither its value nor a running total', () => {
  each([
    [
      'A Hut 8 assinou um contrato de locação de 15 anos com a Fluidstack. O valor do prazo base é de cerca de US$ 7 bilhões e pode chegar a US$ 17,7 bilhões com as renovações.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'Hut 8 signed a 15-year lease with Fluidstack. The base term is worth about $7 billion and can reach $17.7 billion with renewals.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'Hut 8 a signé un bail de 15 ans avec Fluidstack. La période initiale vaut environ 7 milliards de dollars et peut atteindre 17,7 milliards avec les renouvellements.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'Hut 8 firmó un arrendamiento de 15 años con Fluidstack. El plazo base vale unos 7.000 millones de dólares y puede llegar a 17.700 millones con las renovaciones.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'Hut 8 ha firmato un contratto di locazione di 15 anni con Fluidstack. Il periodo base vale circa 7 miliardi di dollari e può arrivare a 17,7 miliardi con i rinnovi.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
  ]);
});

describe('a share price that "adds 4%" is no expansion of the contract told beside it', () => {
  each([
    [
      'IREN, which signed a $9.7 billion GPU cloud contract with Microsoft in November, adds 4% in early trading.',
      ['microsoft iren 9700000000 signed'],
    ],
    [
      'IREN, qui a signé en novembre un contrat de cloud GPU de 9,7 milliards de dollars avec Microsoft, ajoute 4 % en séance.',
      ['microsoft iren 9700000000 signed'],
    ],
    [
      'IREN, che a novembre ha firmato un contratto cloud GPU da 9,7 miliardi di dollari con Microsoft, aggiunge il 4% in apertura.',
      ['microsoft iren 9700000000 signed'],
    ],
    // Negatives: adding capacity or money to the contract is an expansion.
    [
      'Microsoft adds $2 billion to its IREN contract for another 100 MW.',
      ['microsoft iren 2000000000 expanded'],
    ],
  ]);
});

describe('an increment the buyer only holds as an option: the base amount is the value, signed', () => {
  each([
    [
      'Según la compañía, Nebius firmó con Microsoft un contrato con un pago base de 17.400 millones de dólares, con la posibilidad de que Microsoft amplíe los servicios en hasta 2.000 millones adicionales.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'Nebius signed a contract with Microsoft worth $17.4 billion in base payments, with an option for Microsoft to buy up to $2 billion of additional services.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      "Nebius a signé avec Microsoft un contrat de 17,4 milliards de dollars, avec la possibilité pour Microsoft d'acheter jusqu'à 2 milliards de services supplémentaires.",
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'Nebius ha firmato con Microsoft un contratto da 17,4 miliardi di dollari, con la possibilità per Microsoft di acquistare fino a 2 miliardi di servizi aggiuntivi.',
      ['microsoft nebius 17400000000 signed'],
    ],
    // Negatives: an option exercised adds to the contract; an option walked away from is ended.
    [
      'Microsoft exercised its option for $2 billion of additional services under its Nebius contract.',
      ['microsoft nebius 2000000000 expanded'],
    ],
    [
      'Microsoft had an option to buy about $12 billion of additional capacity from CoreWeave but walked away from it.',
      ['microsoft coreweave 12000000000 terminated'],
    ],
  ]);
});

describe('a contract told without an amount: the body says it grows, the headline only names it', () => {
  each([
    [
      "Anthropic to use up to one million Google TPUs\n\nAnthropic will expand its use of Google Cloud's TPUs to as many as one million chips under an agreement worth tens of billions of dollars.",
      ['anthropic alphabet null expanded'],
    ],
    [
      'CoreWeave mietet die vollen 800 Megawatt bei Galaxy Digital\n\nCoreWeave weitet die Anmietung bei Galaxy Digital aus und hat einen Mietvertrag über weitere 260 Megawatt im Helios-Rechenzentrum unterschrieben.',
      ['coreweave galaxy-digital null expanded'],
    ],
    [
      "Anthropic utilisera jusqu'à un million de TPU de Google\n\nAnthropic étend son utilisation des TPU de Google Cloud à un million de puces, dans un contrat de plusieurs dizaines de milliards de dollars.",
      ['anthropic alphabet null expanded'],
    ],
    [
      'Anthropic usará hasta un millón de TPU de Google\n\nAnthropic ha ampliado su acuerdo de nube con Google Cloud para usar hasta un millón de TPU.',
      ['anthropic alphabet null expanded'],
    ],
    [
      "Anthropic-Google, accordo per un milione di TPU\n\nAnthropic espande l'uso delle TPU di Google Cloud fino a un milione di chip.",
      ['anthropic alphabet null expanded'],
    ],
    [
      'Anthropic vai usar até 1 milhão de TPUs do Google\n\nA Anthropic ampliou o seu acordo de nuvem com o Google Cloud para até 1 milhão de TPUs, num contrato de dezenas de bilhões de dólares.',
      ['anthropic alphabet null expanded'],
    ],
    // Negatives: no word of growth anywhere, the contract is signed; a buyer's own capacity that grows, told in a
    // sentence that borrows the pair, is no growth of the contract.
    [
      'A Anthropic firmou um acordo de nuvem com o Google para usar até 1 milhão de TPUs. Com isso, a Anthropic deve ampliar sua capacidade de computação para mais de 1 gigawatt.',
      ['anthropic alphabet null signed'],
    ],
    [
      'Anthropic to use up to one million Google TPUs\n\nAnthropic signed a cloud agreement with Google Cloud to use as many as one million TPUs, worth tens of billions of dollars.',
      ['anthropic alphabet null signed'],
    ],
    [
      'CoreWeave mietet 800 Megawatt bei Galaxy Digital\n\nCoreWeave hat einen Mietvertrag über 800 Megawatt im Helios-Rechenzentrum von Galaxy Digital unterschrieben.',
      ['coreweave galaxy-digital null signed'],
    ],
  ]);
});
