// Money that is no contract's value (issue 8, acquisition/investment and non-deal amounts): a cheque written to a
// company and a stake taken in it are investments, an order book is a backlog, in six languages; the capacity
// contract told beside them stays. Every sentence is written for these tests.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';

const run = (text: string): string[] =>
  extractMentions({ text }).map((m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status}`);

const each = (cases: [string, string[]][]): void => {
  for (const [text, want] of cases) it(text.slice(0, 80), () => expect(run(text)).toEqual(want));
};

describe('a cheque written to a company is an investment, no contract (six languages)', () => {
  each([
    ['Nvidia writes a $2 billion cheque to Nebius, which also sells GPU capacity to Microsoft.', []],
    [
      'Nvidia signe un chèque de 2 milliards de dollars à Nebius, qui vend aussi de la capacité GPU à Microsoft.',
      [],
    ],
    [
      'Nvidia firma un cheque de 2.000 millones de dólares a Nebius, que también vende capacidad de GPU a Microsoft.',
      [],
    ],
    [
      'Nvidia firma un assegno da 2 miliardi di dollari a Nebius, che vende anche capacità GPU a Microsoft.',
      [],
    ],
    [
      'A Nvidia assina um cheque de US$ 2 bilhões para a Nebius, que também vende capacidade de GPU à Microsoft.',
      [],
    ],
    // Negative: "a check on its rivals" is no cheque; the contract stays.
    [
      'Nebius signed a $2 billion GPU capacity contract with Microsoft, a check on its rivals.',
      ['microsoft nebius 2000000000 signed'],
    ],
  ]);
});

describe('companies taking a stake ("beteiligen sich") put money in, the contract beside stays (de)', () => {
  each([
    [
      'Microsoft bucht bei Nebius Rechenleistung. Zudem beteiligen sich die Konzerne an Nebius: Nvidia mit bis zu 2 Milliarden Dollar.',
      // A capacity contract stated without a figure (round 16): it comes out, without the other money's value.
      ['microsoft nebius null signed'],
    ],
    [
      'Anthropic bucht Rechenleistung bei Microsoft für 30 Milliarden Dollar. Im Gegenzug beteiligen sich die Konzerne an Anthropic: Nvidia mit bis zu 10 Milliarden Dollar.',
      ['anthropic microsoft 30000000000 signed'],
    ],
  ]);
});

describe('an order book is a backlog, no contract (pt, de, fr)', () => {
  each([
    [
      'A CoreWeave fornece capacidade de GPU à Meta. A carteira de pedidos da CoreWeave deve superar US$ 66 bilhões.',
      [],
    ],
    [
      'CoreWeave liefert Meta Rechenleistung. Das Auftragsbuch von CoreWeave soll 66 Milliarden Dollar übersteigen.',
      [],
    ],
    [
      'CoreWeave fournit de la capacité GPU à Meta. Son carnet de commandes dépasse 66 milliards de dollars.',
      [],
    ],
  ]);
});
