// Contracts of one pair told apart (contracts-told-apart.ts): each firm amount is a contract of its own and a
// figure that adds them up ("$1.3 billion … and a separate $200 million deal" under a "$1.5 billion" headline) is
// their sum, never a deal, whatever words the text uses for it; a contract's firm amount and its option, and an
// expansion's running total, are figures the text means as one and stay. Every sentence is written for these tests.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import { each as eachText, run as runText } from './mention-cases';

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
  // One contract, not two; the headline's figure adds the firm amount and the option, what the whole could reach
  // (firm-and-option-sum.ts): the contract keeps its firm amount, as an option's ceiling leaves the base value.
  each([
    [
      'Meta signs $27 billion AI infrastructure deal with Nebius',
      'Meta will buy $12 billion of dedicated capacity from Nebius over five years, and may buy up to $15 billion more of additional capacity.',
      ['meta nebius 12000000000 signed'],
    ],
    [
      'Meta signe un contrat de 27 milliards de dollars avec Nebius',
      "Meta achètera à Nebius 12 milliards de dollars de capacité dédiée sur cinq ans, et pourra acheter jusqu'à 15 milliards de dollars de capacité supplémentaire.",
      ['meta nebius 12000000000 signed'],
    ],
    [
      'Meta firma un segundo contrato con CoreWeave',
      'En mayo, CoreWeave firmó un primer contrato con Meta por 14.200 millones de dólares. Meta firmó ahora un segundo contrato con CoreWeave por 21.000 millones de dólares, con lo que el total llega a 35.200 millones de dólares.',
      ['meta coreweave 14200000000 signed', 'meta coreweave 21000000000 expanded'],
    ],
  ]);
});

describe("two contracts of one pair told side by side are two mentions; their sum is neither's", () => {
  const two = ['nvidia lambda 1300000000 signed gpu_cloud', 'nvidia lambda 200000000 signed gpu_cloud'];
  eachText([
    [
      'Nvidia will lease 10,000 GPU servers from Lambda for four years for about $1.3 billion, and 8,000 more servers in a separate $200 million deal.',
      two,
    ],
    [
      'Nvidia hat mit Lambda zwei Mietverträge über GPU-Server geschlossen: einen über 1,3 Milliarden Dollar für vier Jahre und einen zweiten Vertrag über 200 Millionen Dollar.',
      two,
    ],
    [
      'A Nvidia fechou com a Lambda dois contratos de aluguel de servidores com GPU: US$ 1,3 bilhão por quatro anos e mais US$ 200 milhões.',
      two,
    ],
    [
      "Nvidia a signé avec Lambda deux contrats de location de serveurs GPU, l'un de 1,3 milliard de dollars sur quatre ans, l'autre de 200 millions de dollars.",
      two,
    ],
    [
      'Nvidia firmó con Lambda dos contratos de alquiler de servidores con GPU: uno de 1.300 millones de dólares a cuatro años y otro de 200 millones de dólares.',
      two,
    ],
    [
      'Nvidia ha firmato con Lambda due contratti di affitto di server GPU, uno da 1,3 miliardi di dollari per quattro anni e un secondo contratto da 200 milioni di dollari.',
      two,
    ],
    // A contract's value with its options is no second contract; an expansion's increment and total are one.
    [
      'TeraWulf signed two ten-year colocation agreements with Fluidstack worth about $3.7 billion, and approximately $8.7 billion if both renewal options are exercised.',
      ['fluidstack terawulf 3700000000 signed datacenter_lease'],
    ],
    [
      'CoreWeave expanded its two agreements with OpenAI by $6.5 billion, bringing the total value of their contracts to $22.4 billion.',
      ['openai coreweave 6500000000 expanded gpu_cloud'],
    ],
  ]);
  it('a headline that states their sum is dropped', () => {
    expect(
      runText(
        'Nvidia will lease 10,000 GPU servers from Lambda for four years for about $1.3 billion, and 8,000 more servers in a separate $200 million deal.',
        'Nvidia rents back its own chips from Lambda for $1.5 billion',
      ),
    ).toEqual(two);
  });
});

describe('a ceiling ("up to … more") is the contract’s option: neither a sum of two contracts nor a part of one (en, es, it)', () => {
  // $15 billion is $12 billion and $3 billion added up only by chance: the option is the new contract's. The
  // headline's $27 billion is the firm $12 billion and that option added up, what the whole could reach
  // (firm-and-option-sum.ts): the new contract keeps its firm amount, as the corpus labels it since h6.
  const want = ['meta nebius 12000000000 signed', 'meta nebius 3000000000 signed'];
  each([
    [
      'Meta signs a deal worth up to $27 billion with Nebius',
      'Nebius will provide Meta with $12 billion of dedicated capacity over five years. Meta also commits to buy up to $15 billion more of capacity that Nebius does not sell to others. It is not the first time: in November the two companies signed a $3 billion contract. Counting both agreements, Nebius now has two separate contracts with Meta.',
      want,
    ],
    [
      'Meta firma con Nebius un contrato de hasta 27.000 millones de dólares',
      'Nebius pondrá a disposición de Meta 12.000 millones de dólares de capacidad dedicada durante cinco años. Meta se compromete además a comprar hasta 15.000 millones de dólares más de capacidad. No es la primera vez: en noviembre las dos empresas firmaron un contrato de 3.000 millones de dólares. Con ambos acuerdos, Nebius tiene dos contratos con Meta.',
      want,
    ],
    [
      'Meta firma con Nebius un contratto fino a 27 miliardi di dollari',
      'Nebius metterà a disposizione di Meta 12 miliardi di dollari di capacità dedicata per cinque anni. Meta si impegna inoltre ad acquistare fino a 15 miliardi di dollari di capacità aggiuntiva. Non è la prima volta: a novembre le due società avevano firmato un contratto da 3 miliardi di dollari. Con entrambi gli accordi, Nebius ha due contratti con Meta.',
      want,
    ],
  ]);
});
