// Lists of deals as real pages print them, and a deal told beside another company's contract. Every sentence is
// written for these tests. Expected: "buyer provider valueUsd status" as a prefix of each mention found (in order),
// or [] for none; nothing else may come out (see mention-cases.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { bulletsOnTheirOwnLines } from '../../../functions/core/extract';
import { each, run } from './mention-cases';

// The first extraction builds the lexicon tables; on a loaded machine that alone can outlast one test's time.
beforeAll(() => {
  run('Warm-up.');
}, 60_000);

const MS_ROWS = [
  'microsoft nebius 17400000000 signed',
  'microsoft nscale 14000000000 signed',
  'microsoft iren 9700000000 signed',
];

describe('a list whose lead-in is a sentence of its own after the one naming the buyer', () => {
  each([
    [
      'Microsoft rents capacity instead of building it. The deals:\n• Nebius → $17.4B\n• Nscale → $14B\n• IREN → $9.7B\n',
      MS_ROWS,
    ],
    [
      'Microsoft loue de la capacité au lieu de construire. Les contrats :\n• Nebius : 17,4 milliards de dollars\n• Nscale : 14 milliards de dollars\n• IREN : 9,7 milliards de dollars\n',
      MS_ROWS,
    ],
    [
      'Microsoft mietet Kapazitäten, statt selbst zu bauen. Die Deals:\n• Nebius → 17,4 Mrd. $\n• Nscale → 14 Mrd. $\n• IREN → 9,7 Mrd. $\n',
      MS_ROWS,
    ],
    [
      'Microsoft alquila capacidad en lugar de construirla. Los contratos:\n• Nebius: 17.400 millones de dólares\n• Nscale: 14.000 millones de dólares\n• IREN: 9.700 millones de dólares\n',
      MS_ROWS,
    ],
    [
      'Microsoft affitta capacità invece di costruirla. I contratti:\n• Nebius: 17,4 miliardi di dollari\n• Nscale: 14 miliardi di dollari\n• IREN: 9,7 miliardi di dollari\n',
      MS_ROWS,
    ],
    [
      'A Microsoft aluga capacidade em vez de construir. Os contratos:\n• Nebius: US$ 17,4 bilhões\n• Nscale: US$ 14 bilhões\n• IREN: US$ 9,7 bilhões\n',
      MS_ROWS,
    ],
  ]);
});

describe('a list whose line breaks were lost: one deal per bullet', () => {
  each([
    [
      'Microsoft rents capacity instead of building it. The deals: • Nebius → $17.4B • Nscale → $14B • IREN → $9.7B',
      MS_ROWS,
    ],
    [
      'Microsoft mietet Kapazitäten, statt selbst zu bauen. Die Deals: • Nebius → 17,4 Mrd. $ (über 100.000 GPUs) • Nscale → 14 Mrd. $ • IREN → 9,7 Mrd. $',
      MS_ROWS,
    ],
    [
      'Microsoft loue de la capacité au lieu de construire. Les contrats : • Nebius : 17,4 milliards de dollars • Nscale : 14 milliards de dollars • IREN : 9,7 milliards de dollars',
      MS_ROWS,
    ],
    // Plans and capital spending in a run-on list stay silent.
    ['The biggest AI bets of the year: • Stargate → $500B plan • Meta → $600B capex', []],
  ]);
  it('keeps every offset: a bullet after a space moves to a line of its own, a single bullet stays', () => {
    const text = 'Deals: • Nebius → $17.4B • Nscale → $14B\nBy Jane Doe • 3 min read';
    const out = bulletsOnTheirOwnLines(text);
    expect(out).toHaveLength(text.length);
    expect(out).toBe('Deals:\n• Nebius → $17.4B\n• Nscale → $14B\nBy Jane Doe • 3 min read');
  });
});

describe('a deal told beside another company’s contract: that company is no party of it', () => {
  const IREN_DELL = ['iren dell 5800000000 signed'];
  each([
    [
      'Alongside the Microsoft contract, IREN agreed with Dell Technologies to buy GPUs and related equipment for about $5.8 billion.',
      IREN_DELL,
    ],
    [
      'Parallel zum Microsoft-Vertrag hat IREN mit Dell Technologies den Kauf von GPUs im Wert von etwa 5,8 Milliarden US-Dollar vereinbart.',
      IREN_DELL,
    ],
    [
      'Parallel zum Microsoft-Vertrag hat IREN eine Vereinbarung mit Dell Technologies geschlossen. Diese sieht den Kauf von GPUs und Hardware im Wert von etwa 5,8 Milliarden US-Dollar vor.',
      IREN_DELL,
    ],
    [
      'En parallèle du contrat Microsoft, IREN a conclu avec Dell Technologies l’achat de GPU pour environ 5,8 milliards de dollars.',
      IREN_DELL,
    ],
    [
      'Paralelamente al contrato con Microsoft, IREN acordó con Dell Technologies la compra de GPU por unos 5.800 millones de dólares.',
      IREN_DELL,
    ],
    [
      'Parallelamente al contratto con Microsoft, IREN ha concordato con Dell Technologies l’acquisto di GPU per circa 5,8 miliardi di dollari.',
      IREN_DELL,
    ],
    [
      'Paralelamente ao contrato com a Microsoft, a IREN acertou com a Dell Technologies a compra de GPUs por cerca de US$ 5,8 bilhões.',
      IREN_DELL,
    ],
  ]);
});
