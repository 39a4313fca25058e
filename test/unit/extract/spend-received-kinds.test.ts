// Issue 8, investments and plans beside a pair: money put into a build, money received from another company, a
// funding round, an investment whose partners "will work together", a recap told for comparison and another
// company's sales are no contract of the pair named beside them. Sentences written for these tests, with the
// contracts beside them that must be kept.
import { describe } from 'vitest';
import { eachText } from './mention-lines';

describe('money put into a build or announced for data centres is no contract value', () => {
  eachText([
    [
      'Meta and Nscale are putting about $2 billion into the first phase of the new Texas campus, where Microsoft will rent capacity.',
      [],
    ],
    [
      'Meta et Nscale injectent environ 2 milliards de dollars dans la première phase du campus texan, où Microsoft louera de la capacité.',
      [],
    ],
    [
      'Meta e Nscale immettono circa 2 miliardi di dollari nella prima fase del campus in Texas, dove Microsoft affitterà capacità di calcolo.',
      [],
    ],
    ['Live: CoreWeave signs with Meta, xAI announces $20 billion in data centers', []],
    ['Ao vivo: CoreWeave fecha com a Meta, xAI anuncia US$ 20 bilhões em centros de dados', []],
    [
      'En direct : CoreWeave signe avec Meta, xAI annonce 20 milliards de dollars dans des centres de données',
      [],
    ],
    // Kept: a contract's value told "in data center leases", a spend on a named cloud's capacity.
    [
      'Microsoft signed $10 billion in data center leases with Nscale for cloud capacity.',
      ['microsoft nscale 10000000000 signed'],
    ],
    [
      'Anthropic will spend $30 billion on Azure cloud capacity from Microsoft.',
      ['anthropic microsoft 30000000000 signed'],
    ],
  ]);
});

describe('money received from a company, or raised in a round, is no contract value', () => {
  eachText([
    [
      'A OpenAI recebeu US$ 10 bilhões da Microsoft, que lhe fornece a nuvem Azure para treinar os modelos.',
      [],
    ],
    [
      'OpenAI a reçu 10 milliards de dollars de Microsoft, qui lui fournit la capacité de calcul du cloud Azure.',
      [],
    ],
    [
      'OpenAI erhielt 10 Milliarden Dollar von Microsoft, das ihr Rechenleistung in der Azure-Cloud liefert.',
      [],
    ],
    [
      'Lambda recaudó en marzo unos 1.500 millones de dólares en una ronda; Microsoft le alquila capacidad de cómputo desde el año pasado.',
      [],
    ],
    // Kept: an order received names its noun before the amount.
    [
      'CoreWeave received a $14 billion order from Meta for cloud computing capacity.',
      ['meta coreweave 14000000000 signed'],
    ],
  ]);
});

describe('a sentence whose only amount is an investment pairs no one on what is left', () => {
  eachText([
    [
      'Nvidia investit 2 milliards de dollars dans Nebius et les deux groupes travailleront ensemble sur 5 GW de capacité de calcul.',
      [],
    ],
    [
      'Nvidia is investing $2 billion in Nebius and the two will work together on 5 GW of AI cloud capacity by 2030.',
      [],
    ],
  ]);
});

describe('a recap told for comparison, without a value, names no deal', () => {
  eachText([
    [
      'For comparison, Oracle and OpenAI are building a site in Texas together with SoftBank for about 500,000 GPUs of cloud capacity.',
      [],
    ],
    [
      'Per confronto: in Texas Oracle e OpenAI costruiscono con SoftBank un sito da 500.000 GPU di capacità di calcolo.',
      [],
    ],
    [
      'À titre de comparaison, Oracle et OpenAI construisent avec SoftBank au Texas un site de 500 000 GPU de capacité cloud.',
      [],
    ],
    // Kept: a recap that states its contract's value.
    [
      'Per confronto: a fine ottobre OpenAI si era impegnata ad acquistare servizi cloud Azure aggiuntivi da Microsoft per 250 miliardi di dollari.',
      ['openai microsoft 250000000000 expanded'],
    ],
  ]);
});

describe("another company's sales, told with their growth, are no contract value", () => {
  eachText([
    [
      'Meta signed a $10 billion cloud contract with Google, the number three behind AWS and Microsoft, whose cloud sales grew 32% in the quarter to more than $13 billion.',
      ['meta alphabet 10000000000 signed'],
    ],
    [
      'Meta a signé un contrat cloud de 10 milliards de dollars avec Google, numéro trois derrière AWS et Microsoft, dont les ventes ont progressé de 32 % au trimestre à plus de 13 milliards de dollars.',
      ['meta alphabet 10000000000 signed'],
    ],
    [
      'A Meta assinou um contrato de nuvem de US$ 10 bilhões com a Google, atrás da AWS e da Microsoft, cujas vendas cresceram 32 % no trimestre, para mais de US$ 13 bilhões.',
      ['meta alphabet 10000000000 signed'],
    ],
  ]);
});
