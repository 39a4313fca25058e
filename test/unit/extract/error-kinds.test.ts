// The error kinds of issue 8, each in at least three languages, with negatives that must stay silent. Every
// sentence is written for these tests. Expected: "buyer provider valueUsd status [kind]" as a prefix of each
// mention found (in order), or [] for none.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';

type Input = Parameters<typeof extractMentions>[0];
type Case = [string, string[], Partial<Input>?];

const run = (text: string, extra: Partial<Input> = {}): string[] =>
  extractMentions({ ...extra, text }).map(
    (m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status} ${m.kind}`,
  );

function check([text, want, extra]: Case): void {
  const got = run(text, extra);
  expect(got, JSON.stringify(got)).toHaveLength(want.length);
  want.forEach((w, i) => {
    expect(got[i]!.startsWith(w), `${got[i]} should start with ${w}`).toBe(true);
  });
}

const each = (cases: Case[]): void => {
  for (const c of cases) it(c[0].slice(0, 70), () => check(c));
};

describe('the roundup of issue 8: two deals of one buyer in one sentence, each with its own status', () => {
  each([
    [
      "Selon des sources, xAI négocierait avec Oracle un contrat d'environ 15 milliards de dollars, quelques semaines après avoir signé un accord de 5 milliards avec Microsoft Azure.",
      ['xai oracle 15000000000 in_talks', 'xai microsoft 5000000000 signed'],
    ],
    [
      'According to people familiar with the matter, xAI is negotiating a cloud contract worth roughly $15 billion with Oracle, a few weeks after signing a $5 billion agreement with Microsoft Azure.',
      ['xai oracle 15000000000 in_talks', 'xai microsoft 5000000000 signed'],
    ],
    [
      'Laut Insidern verhandelt xAI mit Oracle über einen Cloud-Vertrag im Wert von rund 15 Milliarden Dollar, wenige Wochen nachdem das Unternehmen eine Vereinbarung über 5 Milliarden Dollar mit Microsoft Azure unterzeichnet hatte.',
      ['xai oracle 15000000000 in_talks', 'xai microsoft 5000000000 signed'],
    ],
    [
      'Según fuentes cercanas a la operación, xAI negocia con Oracle un contrato de computación en la nube de unos 15.000 millones de dólares, pocas semanas después de firmar un acuerdo de 5.000 millones con Microsoft Azure.',
      ['xai oracle 15000000000 in_talks', 'xai microsoft 5000000000 signed'],
    ],
  ]);
});

describe('roles come from what the companies are and what the clause says, not from word order', () => {
  each([
    // The headline names the buyer first, then the neocloud.
    ['Meta inks $14 billion compute pact with neocloud CoreWeave', ['meta coreweave 14000000000 signed']],
    [
      'Meta signe un contrat de 14 milliards de dollars avec CoreWeave pour de la capacité de calcul.',
      ['meta coreweave 14000000000 signed'],
    ],
    [
      'Meta schließt mit CoreWeave einen Vertrag über Rechenleistung im Wert von 14 Milliarden Dollar.',
      ['meta coreweave 14000000000 signed'],
    ],
    // A hyperscaler is either: the clause decides.
    [
      'Anthropic will pay Microsoft $30 billion for Azure compute capacity over several years.',
      ['anthropic microsoft 30000000000 signed'],
    ],
    [
      'Microsoft taps Nebius for $17.4 billion of GPU capacity in a five-year contract.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'Nscale fournira à Microsoft de la capacité GPU dans le cadre d’un contrat de 6,2 milliards de dollars.',
      ['microsoft nscale 6200000000 signed'],
    ],
    [
      'Nscale fornirà a Microsoft capacità di calcolo con un contratto da 6,2 miliardi di dollari.',
      ['microsoft nscale 6200000000 signed'],
    ],
  ]);
});

describe('aggregates and sums over several contracts are never a deal', () => {
  each([
    [
      'The three contracts together are worth nearly $30 billion in GPU capacity for Microsoft, Nebius and Nscale said.',
      [],
    ],
    [
      'Les trois contrats représentent ensemble près de 30 milliards de dollars de capacité GPU pour Microsoft, Nebius et Nscale.',
      [],
    ],
    [
      'Zusammen sind die drei Verträge über Rechenleistung von Microsoft mit Nebius und Nscale fast 30 Milliarden Dollar wert.',
      [],
    ],
    [
      'Los tres contratos de capacidad de Microsoft con Nebius y Nscale suman en conjunto casi 30.000 millones de dólares.',
      [],
    ],
  ]);
});

describe('acquisitions, investments, plans and letters of intent are not capacity contracts', () => {
  each([
    [
      'CoreWeave rachète Core Scientific pour 9 milliards de dollars en actions afin de posséder ses centres de données.',
      [],
    ],
    [
      'CoreWeave agreed to acquire Core Scientific in an all-stock deal valued at $9 billion, adding 1.3 GW of data center capacity.',
      [],
    ],
    [
      'Nvidia to invest up to $100 billion in OpenAI as OpenAI deploys 10 GW of Nvidia systems in its data centers.',
      [],
    ],
    [
      'Nvidia will bis zu 100 Milliarden Dollar in OpenAI investieren; OpenAI soll dafür Rechenzentren mit 10 GW aufbauen.',
      [],
    ],
    [
      'Stargate plans to invest up to $500 billion in AI data center capacity with Oracle and SoftBank over four years.',
      [],
    ],
    ['Nvidia e OpenAI hanno firmato una lettera d’intenti per 10 gigawatt di sistemi di calcolo.', []],
  ]);
});

describe('hardware beside capacity: the purchase keeps its own parties and never lends them', () => {
  each([
    [
      'IREN signed a $9.7 billion AI cloud contract with Microsoft. IREN also agreed to buy GPUs from Dell for $5.8 billion.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'IREN a signé un contrat cloud de 9,7 milliards de dollars avec Microsoft. IREN achètera par ailleurs des GPU à Dell pour 5,8 milliards de dollars.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    // A chip brand in a product name is not a party.
    [
      'Microsoft signed a $9.7 billion contract with IREN for cloud capacity running Nvidia GB300 systems.',
      ['microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'Microsoft hat mit IREN einen Cloud-Vertrag über 9,7 Milliarden Dollar für Rechenleistung auf Nvidia-GB300-Systemen geschlossen.',
      ['microsoft iren 9700000000 signed gpu_cloud'],
    ],
  ]);
});

describe('lists of deals: one deal per line, with the buyer named in the lead', () => {
  each([
    [
      'Microsoft signed GPU capacity contracts with several neoclouds this year:\n• Nebius → $17.4B\n• Nscale → $14B\n• IREN → $9.7B\n',
      [
        'microsoft nebius 17400000000 signed',
        'microsoft nscale 14000000000 signed',
        'microsoft iren 9700000000 signed',
      ],
    ],
    [
      'Microsoft a signé cette année des contrats de capacité GPU avec plusieurs néoclouds :\n• Nebius : 17,4 milliards de dollars\n• Nscale : 14 milliards de dollars\n',
      ['microsoft nebius 17400000000 signed', 'microsoft nscale 14000000000 signed'],
    ],
    [
      'Meta ha firmado contratos de computación con varios proveedores en la nube:\n * CoreWeave: 14.200 millones de dólares\n * Nebius: 3.000 millones de dólares\n',
      ['meta coreweave 14200000000 signed', 'meta nebius 3000000000 signed'],
    ],
  ]);
});

describe('status words in every language', () => {
  each([
    [
      'Talks on a $10 billion GPU capacity contract between Microsoft and Nebius have stalled.',
      ['microsoft nebius 10000000000 in_talks'],
    ],
    [
      'Microsoft has scrapped its $10 billion GPU capacity contract with Nebius.',
      ['microsoft nebius 10000000000 terminated'],
    ],
    [
      'Microsoft aurait signé un contrat de capacité GPU de 10 milliards de dollars avec Nebius.',
      ['microsoft nebius 10000000000 reported'],
    ],
    [
      'Laut Insidern hat Microsoft mit Nebius einen Vertrag über Rechenleistung von 10 Milliarden Dollar geschlossen.',
      ['microsoft nebius 10000000000 reported'],
    ],
    [
      'Según fuentes del sector, Microsoft ha firmado con Nebius un contrato de capacidad de 10.000 millones de dólares.',
      ['microsoft nebius 10000000000 reported'],
    ],
  ]);
});
