// What an amount is: a deal's value, a sum over several deals, an acquisition, an investment, a plan or another
// non-deal amount; an expansion's increment and running total; the deal's status. Each kind in at least three
// languages, with negatives that must stay silent. Every sentence is written for these tests.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../functions/core/extract';
import { isAggregate } from '../../functions/core/extract/aggregates';
import { statusOf } from '../../functions/core/extract/cues';
import { nearAmount } from '../../functions/core/extract/triggers';
import { each, run } from './extract/what-cases';

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
      ['openai coreweave 6500000000 expanded'],
    ],
    [
      'CoreWeave expanded its cloud contract with OpenAI by up to $6.5 billion. With it, the contracts CoreWeave holds with OpenAI now total approximately $22.4 billion.',
      ['openai coreweave 6500000000 expanded'],
    ],
    [
      'CoreWeave hat seinen Vertrag mit OpenAI um bis zu 6,5 Milliarden US-Dollar erweitert. Damit summiert sich der Wert der Vereinbarungen auf rund 22,4 Milliarden Dollar.',
      ['openai coreweave 6500000000 expanded'],
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

describe('a backlog sentence that restates one contract gives that contract; the backlog stays silent', () => {
  // An earnings write-up: the headline names the company reporting (the article's subject).
  const lead = 'CoreWeave reported its quarterly results on Monday.';
  const withTitle = (text: string): string[] =>
    extractMentions({ text, title: 'CoreWeave: third-quarter results' }).map(
      (m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status}`,
    );
  const each = (cases: [string, string[]][]): void => {
    for (const [text, want] of cases) it(text.slice(52, 122), () => expect(withTitle(text)).toEqual(want));
  };
  each([
    [
      `${lead} The largest single contract in that backlog is Meta's order for up to $14.2 billion of AI cloud capacity through December 2031.`,
      ['meta coreweave 14200000000 signed'],
    ],
    [
      `${lead} Del portafoglio fa parte il contratto con Meta da un massimo di 14,2 miliardi di dollari fino a dicembre 2031.`,
      ['meta coreweave 14200000000 signed'],
    ],
    [
      `${lead} Au sein du carnet de commandes, le contrat avec Meta pèse jusqu'à 14,2 milliards de dollars de capacité cloud jusqu'en 2031.`,
      ['meta coreweave 14200000000 signed'],
    ],
    // The backlog itself, summed over many customers, is no deal in any language.
    [`${lead} Revenue backlog from its cloud contracts stood at $55.6 billion at the end of September.`, []],
    [`${lead} Der Auftragsbestand aus Cloud-Verträgen kletterte auf 55,6 Milliarden Dollar.`, []],
    [`${lead} La cartera de pedidos de contratos de nube alcanzó 55.600 millones de dólares.`, []],
  ]);
});

describe('letters of intent, project financing and savings from a purchase stay silent', () => {
  it.each([
    'Nvidia e OpenAI hanno firmato una lettera di intenti per installare 10 gigawatt di sistemi Nvidia; Nvidia investirà fino a 100 miliardi di dollari.',
    'Hut 8 hat für den an Fluidstack vermieteten Rechenzentrumscampus eine Projektfinanzierung von bis zu 2,4 Milliarden Dollar vereinbart.',
    'CoreWeave preveía ahorrar más de 10.000 millones de dólares en arrendamientos de centros de datos de Core Scientific con la compra.',
  ])('%s', (text) => expect(run(text)).toEqual([]));
});

describe('expansions: the increment is the value, the stated total stands beside it', () => {
  const expansion = (text: string) =>
    extractMentions({ text }).map((m) => [
      m.buyer.id,
      m.provider.id,
      m.valueUsd,
      m.cumulative,
      m.runningTotalUsd ?? null,
    ]);
  it.each([
    'CoreWeave expanded its agreement with OpenAI by up to $6.5 billion, bringing the total value of their contracts to $22.4 billion.',
    'Der KI-Cloudanbieter CoreWeave hat seinen Vertrag mit OpenAI um 6,5 Milliarden Dollar auf insgesamt 22,4 Milliarden Dollar erweitert.',
    'OpenAI amplió su contrato de nube con CoreWeave en 6.500 millones, hasta 22.400 millones de dólares.',
    'A OpenAI ampliou o contrato de nuvem com a CoreWeave em 6,5 bilhões, para 22,4 bilhões de dólares.',
    "CoreWeave a annoncé qu'OpenAI lui confiait 6,5 milliards de dollars de capacités cloud supplémentaires. Ce complément porte la valeur totale des contrats entre OpenAI et CoreWeave à 22,4 milliards de dollars.",
  ])('%s', (text) => {
    expect(expansion(text)).toEqual([['openai', 'coreweave', 6.5e9, false, 22.4e9]]);
  });

  it('keeps a total without a stated increment as the value, with no running total', () => {
    expect(
      expansion(
        'With three expansions this year, OpenAI’s cloud contracts with CoreWeave now total $22.4 billion.',
      ),
    ).toEqual([['openai', 'coreweave', 22.4e9, true, null]]);
  });
});

describe('status words: could sign is talks, ended talks are terminated', () => {
  it.each([
    [
      'Meta könnte laut Insidern in den kommenden Wochen einen Cloud-Vertrag mit Google abschließen.',
      'in_talks',
    ],
    [
      "Meta pourrait conclure d'ici quelques semaines un contrat cloud avec Google, selon des sources.",
      'in_talks',
    ],
    ['Meta could sign a cloud deal with Google within weeks, people familiar said.', 'in_talks'],
    ['A xAI encerrou as negociações com a Oracle sobre um contrato de servidores.', 'terminated'],
    ['xAI ended talks with Oracle over a server rental contract.', 'terminated'],
    ['xAI e Oracle hanno interrotto le trattative sul contratto cloud.', 'terminated'],
    [
      'OpenAI se comprometió a comprar 250.000 millones de dólares adicionales en servicios de Azure.',
      'expanded',
    ],
    // Silent: a firm contract with "laut" attribution of something else stays signed.
    ['Meta hat mit Google einen Cloud-Vertrag unterzeichnet, teilte das Unternehmen mit.', 'signed'],
  ] as const)('%s', (text, status) => {
    expect(statusOf(text)).toBe(status);
  });
});
