// Hardware beside capacity (issue 8): chips, servers or systems bought from their maker are the buyer's own
// equipment, never a capacity contract, in six languages; capacity bought from a chip designer that also rents
// its chips (Cerebras, Nvidia) stays a deal, and so does the capacity contract told beside a purchase. Every
// sentence is written for these tests. Expected: "buyer provider valueUsd status kind", or [] for none.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';

const run = (text: string): string[] =>
  extractMentions({ text }).map((m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status} ${m.kind}`);

const each = (cases: [string, string[]][]): void => {
  for (const [text, want] of cases) it(text.slice(0, 80), () => expect(run(text)).toEqual(want));
};

describe('servers bought from a hardware vendor are no deal (six languages)', () => {
  each([
    [
      'Vantage Cloud will buy Nvidia GB300 servers from Dell for about $4.2 billion to equip its Ohio campus.',
      [],
    ],
    ['Nscale achètera à Supermicro des serveurs GPU pour environ 3 milliards de dollars.', []],
    ['Für rund 2,5 Milliarden Dollar kauft Lambda bei Dell Server mit Nvidia-Chips.', []],
    [
      'Crusoe comprará a Supermicro servidores por unos 2.000 millones de dólares para su campus de Abilene.',
      [],
    ],
    ['Nebius acquisterà da Dell server e apparecchiature per circa 1,8 miliardi di dollari.', []],
    ['A Nscale vai comprar servidores da Dell por cerca de US$ 2,2 bilhões.', []],
  ]);
});

describe('chips supplied or bought from their designer are no deal (six languages)', () => {
  each([
    ['AMD will supply Humain with 4 gigawatts of Instinct GPUs under a multiyear agreement.', []],
    ['Broadcom fournira à OpenAI des accélérateurs sur mesure pour 10 gigawatts.', []],
    ['Oracle kauft Nvidia-Chips im Wert von 40 Milliarden Dollar für das Rechenzentrum in Abilene.', []],
    ['Oracle comprará chips de Nvidia por 40.000 millones de dólares para su campus de Texas.', []],
    ['Oracle acquisterà chip Nvidia per 40 miliardi di dollari per il campus in Texas.', []],
    ['A Oracle vai comprar chips da Nvidia por US$ 40 bilhões para o campus do Texas.', []],
  ]);
});

describe('the capacity contract beside a purchase stays, the purchase lends it nothing (six languages)', () => {
  const deal = 'microsoft iren 9700000000 signed gpu_cloud';
  each([
    [
      'Microsoft signed a $9.7 billion cloud contract with IREN, which will buy the GB300 systems from Dell.',
      [deal],
    ],
    [
      'Microsoft a signé avec IREN un contrat cloud de 9,7 milliards de dollars, et IREN achète à Dell des serveurs pour 5,8 milliards de dollars.',
      [deal],
    ],
    [
      'Microsoft unterzeichnet mit Iren einen Cloud-Vertrag über 9,7 Milliarden Dollar; die Server – Nvidia-Systeme – beschafft Iren für 5,8 Milliarden Dollar bei Dell.',
      [deal],
    ],
    [
      'Microsoft firmó con IREN un contrato de nube de 9.700 millones de dólares; para cumplirlo IREN comprará equipos a Dell por 5.800 millones.',
      [deal],
    ],
    [
      'Microsoft ha firmato con IREN un contratto cloud da 9,7 miliardi di dollari, e IREN acquisterà server da Dell per 5,8 miliardi.',
      [deal],
    ],
    [
      'A Microsoft assinou com a IREN um contrato de nuvem de US$ 9,7 bilhões; a IREN compra equipamentos da Dell por US$ 5,8 bilhões.',
      [deal],
    ],
    // A headline naming both: the equipment order is no second deal.
    ['IREN 8-K: $9.7 billion Microsoft AI cloud contract and $5.8 billion Dell equipment order', [deal]],
  ]);
});

describe('capacity bought from a chip designer that rents its chips stays a deal (six languages)', () => {
  const deal = 'openai cerebras 10000000000 signed gpu_cloud';
  each([
    [
      'OpenAI agreed to buy up to 750 megawatts of computing capacity from Cerebras in a deal worth more than $10 billion.',
      [deal],
    ],
    [
      'OpenAI a signé avec Cerebras un contrat de puissance de calcul de plus de 10 milliards de dollars.',
      [deal],
    ],
    ['OpenAI kauft bei Cerebras Rechenleistung für mehr als zehn Milliarden Dollar.', [deal]],
    ['OpenAI comprará a Cerebras capacidad de cómputo por más de 10.000 millones de dólares.', [deal]],
    ['OpenAI acquisterà da Cerebras capacità di calcolo per oltre 10 miliardi di dollari.', [deal]],
    ['A OpenAI vai comprar da Cerebras capacidade computacional por mais de US$ 10 bilhões.', [deal]],
    [
      'Nvidia agreed to rent back GPU capacity from Lambda for $1.3 billion over four years.',
      ['nvidia lambda 1300000000 signed gpu_cloud'],
    ],
  ]);
});
