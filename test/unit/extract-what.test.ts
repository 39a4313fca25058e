// What an amount is: a deal's value, a sum over several deals, an acquisition, an investment, a plan or another
// non-deal amount; an expansion's increment and running total; the deal's status. Each kind in at least three
// languages, with negatives that must stay silent. Every sentence is written for these tests.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../functions/core/extract';
import { isAggregate } from '../../functions/core/extract/aggregates';
import { statusOf } from '../../functions/core/extract/cues';
import { nearAmount } from '../../functions/core/extract/triggers';

const run = (text: string): string[] =>
  extractMentions({ text }).map((m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status}`);

const each = (cases: [string, string[]][]): void => {
  for (const [text, want] of cases) it(text.slice(0, 70), () => expect(run(text)).toEqual(want));
};

describe('aggregates: a sum over several contracts is never a deal', () => {
  each([
    [
      'CoreWeave has landed a trio of deals with Meta, OpenAI and Nvidia in September, together worth close to $30 billion in cloud capacity contracts.',
      [],
    ],
    [
      'Der Vertrag ist Teil einer Investitionsoffensive von rund 33 Milliarden Dollar, mit der Microsoft Rechenleistung bei CoreWeave, Nscale und Lambda einkauft.',
      [],
    ],
    [
      'Com os dois contratos, a carteira contratada de data centers da Cipher com a Amazon e a Fluidstack sobe para perto de US$ 8,5 bilhões.',
      [],
    ],
    [
      'Microsoft, Nvidia e Anthropic selam acordo circular de US$ 45 bilhões em capacidade de computação na nuvem.',
      [],
    ],
  ]);

  it('reads the amount’s own clause, and "each" keeps a per-contract amount', () => {
    const sum = 'The three leases with CoreWeave are together worth about $7 billion.';
    expect(isAggregate(sum, 0, sum.length, sum.indexOf('$'), sum.indexOf('billion') + 7)).toBe(true);
    const each = 'The three leases with CoreWeave are each worth about $7 billion.';
    expect(isAggregate(each, 0, each.length, each.indexOf('$'), each.indexOf('billion') + 7)).toBe(false);
  });
});

describe('acquisitions, investments and plans are not capacity contracts', () => {
  each([
    [
      'A CoreWeave comprou a Core Scientific num negócio em ações avaliado em nove mil milhões de dólares, ganhando 1,3 GW de capacidade de data centers.',
      [],
    ],
    [
      'CoreWeave rachète Core Scientific pour 9 milliards de dollars en actions afin de posséder ses centres de données.',
      [],
    ],
    [
      'Nvidia hat angekündigt, bis zu 100 Milliarden US-Dollar (85,1 Milliarden Euro) in OpenAI zu investieren, um Rechenzentren mit zehn Gigawatt aufzubauen.',
      [],
    ],
    [
      'Microsoft deterrà circa il 27% della nuova società di OpenAI, una partecipazione valutata intorno ai 135 miliardi di dollari nel contratto cloud.',
      [],
    ],
    [
      'La britânica Nscale é avaliada em 14,6 mil milhões de dólares depois de fornecer capacidade de computação à Microsoft.',
      [],
    ],
    [
      'Stargate plans to invest up to $500 billion in AI data centers with Oracle and SoftBank over four years.',
      [],
    ],
    [
      'Nvidia compra ativos da Groq por US$ 20 bilhões para reforçar a sua capacidade de inferência com chips.',
      [],
    ],
  ]);

  it('an investment stays silent while the capacity deal beside it is kept (pt)', () => {
    expect(
      run(
        'A Anthropic vai comprar 30 mil milhões de dólares em capacidade de computação na Azure da Microsoft. Em troca, a Nvidia investirá até 10 mil milhões na Anthropic, enquanto a Microsoft contribuirá com até 5 mil milhões.',
      ),
    ).toEqual(['anthropic microsoft 30000000000 signed']);
  });

  it('an elliptical clause shares its verb: "and Nvidia up to 10 billion" is an investment too', () => {
    const text =
      "Microsoft investira jusqu'à 5 milliards de dollars dans Anthropic, et Nvidia jusqu'à 10 milliards.";
    const at = text.indexOf('10 milliards');
    const near = nearAmount(text, { start: 0, end: text.length }, { start: at, end: at + 12, money: null });
    expect(near).toContain('investira');
  });
});

describe('non-deal amounts: charges, savings, market sizes stay silent', () => {
  each([
    [
      'CoreWeave prevé ahorros anuales de costes de unos 500 millones de dólares en los centros de datos de Core Scientific.',
      [],
    ],
    [
      'Il valore del mercato globale dei servizi di colocation per data center dovrebbe raggiungere i 130 miliardi di dollari nel 2030, con Equinix in testa.',
      [],
    ],
    [
      'Amazon ist größter Geldgeber des Cloud-Kunden Anthropic, in den der Konzern insgesamt acht Milliarden Dollar gesteckt hat.',
      [],
    ],
  ]);
});

describe('expansions across sentences: the running total beside the increment', () => {
  each([
    [
      'A CoreWeave anunciou a ampliação do contrato com a OpenAI em até US$ 6,5 bilhões. Com isso, o valor total dos acordos entre as duas empresas chega a cerca de US$ 22,4 bilhões.',
      ['openai coreweave 22400000000 expanded'],
    ],
    [
      'CoreWeave expanded its cloud contract with OpenAI by up to $6.5 billion. With it, the contracts CoreWeave holds with OpenAI now total approximately $22.4 billion.',
      ['openai coreweave 22400000000 expanded'],
    ],
    [
      'CoreWeave hat seinen Vertrag mit OpenAI um bis zu 6,5 Milliarden US-Dollar erweitert. Damit summiert sich der Wert der Vereinbarungen auf rund 22,4 Milliarden Dollar.',
      ['openai coreweave 22400000000 expanded'],
    ],
    // A total with no expansion before it is no running total: a first contract keeps its own value.
    [
      'Meta firmó con CoreWeave un contrato de capacidad de cómputo de 14.200 millones de dólares hasta 2031.',
      ['meta coreweave 14200000000 signed'],
    ],
  ]);
});

describe('status words in six languages', () => {
  it.each([
    ['xAI rompe las negociaciones con Oracle; el contrato queda descartado.', 'terminated'],
    ["Salta l'accordo da 10 miliardi tra xAI e Oracle.", 'terminated'],
    ['Der Cloud-Vertrag zwischen xAI und Oracle ist geplatzt.', 'terminated'],
    ['Blue Owl talks over the Michigan data center lease stalled.', 'in_talks'],
    ['Meta est sur le point de signer avec Google un contrat de TPU.', 'in_talks'],
    [
      'OpenAI soll über fünf Jahre Rechenleistung für 300 Milliarden Dollar bei Oracle einkaufen.',
      'reported',
    ],
    ['Oracle estaria negociando com a Meta, segundo fontes.', 'in_talks'],
    [
      'Meta ha sottoscritto con Google Cloud un contratto, secondo quanto riportato da The Information.',
      'reported',
    ],
    ['Das Unternehmen hat angekündigt, den Vertrag mit Microsoft zu unterzeichnen.', 'signed'],
    ['CoreWeave stockt den OpenAI-Vertrag erneut auf.', 'expanded'],
    ['Nimmt Microsoft zusätzliche Dienste ab, kann der Wert steigen.', 'signed'],
  ] as const)('%s', (text, status) => {
    expect(statusOf(text)).toBe(status);
  });
});
