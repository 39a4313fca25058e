// Aggregates (issue 8): a pair's figure that adds up two contracts told apart in the text ("$1.3 billion … and a
// separate $200 million deal" under a "$1.5 billion" headline) is their sum, never a deal of its own, whatever
// words the text uses for it; a contract's firm amount and its option, and an expansion's running total, are sums
// the text means as one and stay. Every sentence is written for these tests.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';

const run = (title: string, text: string): string[] =>
  extractMentions({ title, text }).map((m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status}`);

const each = (cases: [string, string, string[]][]): void => {
  for (const [title, text, want] of cases) it(title, () => expect(run(title, text)).toEqual(want));
};

describe('a headline summing two contracts of a pair is no deal; the two contracts are (en, fr, de, it)', () => {
  // The two contracts stay, each with its own value.
  const parts = ['nvidia lambda 1300000000 signed', 'nvidia lambda 200000000 signed'];
  each([
    [
      'Nvidia to rent back its own chips from Lambda for $1.5 billion',
      'Nvidia has agreed to lease 10,000 GPU servers from Lambda for four years for about $1.3 billion, and a further 8,000 servers in a separate $200 million deal.',
      parts,
    ],
    [
      'Nvidia louera des serveurs à Lambda pour 1,5 milliard de dollars',
      "Il s'agit de deux contrats. Nvidia louera à Lambda 10 000 serveurs GPU pendant quatre ans pour 1,3 milliard de dollars, et d'autres serveurs pour 200 millions de dollars.",
      parts,
    ],
    [
      'Nvidia mietet Server von Lambda für 1,5 Milliarden Dollar',
      'Nvidia hat mit Lambda zwei Mietverträge geschlossen. Nvidia mietet bei Lambda 10.000 GPU-Server für vier Jahre für rund 1,3 Milliarden Dollar und weitere Server für 200 Millionen Dollar.',
      parts,
    ],
    [
      'Nvidia noleggerà server da Lambda per 1,5 miliardi di dollari',
      'Si tratta di due contratti. Nvidia noleggerà da Lambda 10.000 server per quattro anni per 1,3 miliardi di dollari e altri server per 200 milioni di dollari.',
      parts,
    ],
  ]);
});

describe('a firm amount and its option, or a running total, are one contract’s figures (en, fr, es)', () => {
  each([
    [
      'Meta signs $27 billion AI infrastructure deal with Nebius',
      'Meta will buy $12 billion of dedicated capacity from Nebius over five years, and may buy up to $15 billion more of additional capacity.',
      ['meta nebius 27000000000 signed'],
    ],
    [
      'Meta signe un contrat de 27 milliards de dollars avec Nebius',
      "Meta achètera à Nebius 12 milliards de dollars de capacité dédiée sur cinq ans, et pourra acheter jusqu'à 15 milliards de dollars de capacité supplémentaire.",
      ['meta nebius 27000000000 signed'],
    ],
    [
      'Meta firma un segundo contrato con CoreWeave',
      'En mayo, CoreWeave firmó un primer contrato con Meta por 14.200 millones de dólares. Meta firmó ahora un segundo contrato con CoreWeave por 21.000 millones de dólares, con lo que el total llega a 35.200 millones de dólares.',
      ['meta coreweave 14200000000 signed', 'meta coreweave 21000000000 expanded'],
    ],
  ]);
});
