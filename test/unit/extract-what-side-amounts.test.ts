// Amounts that ride beside a capacity deal without being one: money raised from investors, an investment told by
// a verb at the clause's end or shared by a parallel clause, a yearly revenue a lease is to bring, a building
// cost, a market capitalisation, grid connection requests. Each kind in at least three languages; the deal told
// beside it keeps its value. Every sentence is written for these tests.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../functions/core/extract';
import { isEarlierDealsValue } from '../../functions/core/extract/aggregates';
import { statusOf } from '../../functions/core/extract/cues';
import { each, run } from './extract/what-cases';

describe('money raised from investors is no contract with them', () => {
  each([
    [
      'Nscale, which rents GPU capacity to Microsoft, raised $1.1 billion in September from investors including Aker and Nvidia.',
      [],
    ],
    [
      'Der GPU-Cloud-Anbieter Nscale hatte im Herbst 1,1 Milliarden Dollar von Investoren wie Nvidia eingesammelt.',
      [],
    ],
    [
      'Il fornitore di capacità cloud Nscale aveva raccolto 1,1 miliardi di dollari da investitori tra cui Nvidia.',
      [],
    ],
    [
      'O fornecedor de capacidade de nuvem Nscale angariou 1,1 mil milhões de dólares junto de investidores como a Nvidia.',
      [],
    ],
  ]);
});

describe('an investment told by a verb at the end or by a parallel clause', () => {
  each([
    [
      'Nvidia und Microsoft wollen 8 Milliarden Dollar beziehungsweise 4 Milliarden Dollar in den Cloud-Kunden Anthropic investieren.',
      [],
    ],
    [
      'Der Chipkonzern will für 5 Milliarden Dollar beim Rechenzentrumsbetreiber Intel einzusteigen versuchen; Nvidia nannte keine Details.',
      [],
    ],
    [
      'Amazon has already invested about $4 billion in Anthropic, while Google has committed $2 billion and supplies part of its cloud.',
      [],
    ],
    [
      'A Nvidia vai injetar até US$ 8 bilhões na Anthropic, e a Microsoft, até US$ 4 bilhões, em troca de capacidade de computação.',
      [],
    ],
    ['Google ya había invertido unos 2.000 millones de dólares en Anthropic, cliente de su nube.', []],
  ]);

  it('a deal told beside the investment keeps its value', () => {
    expect(
      run(
        'Microsoft will invest up to $5 billion in Anthropic, and Anthropic has committed to buy $30 billion of Azure compute capacity from Microsoft.',
      ),
    ).toEqual(['anthropic microsoft 30000000000 signed']);
    expect(
      run(
        'Nvidia has agreed to a $1.5 billion, four-year deal to rent GPU servers from Lambda, a cloud startup in which it holds a stake.',
      ),
    ).toEqual(['nvidia lambda 1500000000 signed']);
  });
});

describe('what a lease brings in a year is no contract value', () => {
  each([
    [
      'CoreWeave signed a 15-year lease at the Helios campus; Galaxy expects it to bring more than $1 billion of average annual revenue.',
      ['coreweave galaxy-digital null signed'],
    ],
    [
      'CoreWeave a signé un bail de quinze ans sur le campus Helios ; Galaxy en attend plus d’un milliard de dollars de revenus annuels.',
      ['coreweave galaxy-digital null signed'],
    ],
    [
      'CoreWeave hat einen Mietvertrag über 15 Jahre für den Helios-Campus unterschrieben, der Galaxy mehr als 1 Milliarde Dollar Umsatz pro Jahr bringen soll.',
      ['coreweave galaxy-digital null signed'],
    ],
  ]);
});

describe('building costs, market values and grid requests are no deals', () => {
  each([
    [
      'Anthropic signed a cloud deal with Google for up to one million TPUs; analysts say a 1 GW data center costs about $50 billion to build.',
      ['anthropic alphabet null signed'],
    ],
    [
      'Aruba ed Equinix ampliano i data center lombardi, ma le richieste di connessione alla rete superano i 40 GW.',
      [],
    ],
  ]);

  it('a cost estimate or a market value never becomes a value (pt, it, fr)', () => {
    const values = (text: string) => extractMentions({ text }).map((m) => m.valueUsd);
    expect(
      values(
        'A Anthropic fechou um acordo de capacidade de nuvem com o Google. Segundo analistas, um data center de 1 GW custa cerca de US$ 50 bilhões.',
      ),
    ).not.toContain(50_000_000_000);
    // The market value's "miliardi di dollari" is no value word of a deal between Nvidia and anyone.
    expect(
      run(
        'Meta negozia con Google per l’uso delle TPU nei suoi data center. Il titolo Nvidia ha perso il 3%, portando la capitalizzazione a 4.000 miliardi di dollari.',
      ).filter((m) => m.includes('nvidia')),
    ).toEqual([]);
    expect(
      values(
        'Anthropic a signé un contrat de capacité cloud avec Google. Selon les analystes, un centre de données de 1 GW coûte environ 50 milliards de dollars.',
      ),
    ).not.toContain(50_000_000_000);
  });
});

describe('a total that counts earlier deals with another company is no deal of that company', () => {
  each([
    [
      "Cipher Mining signed a 15-year, $5.5 billion data center lease with Amazon Web Services. Including its earlier Fluidstack agreements, Cipher's AI hosting contracts now total about $8.5 billion.",
      ['amazon cipher-mining 5500000000 signed'],
    ],
    [
      "Cipher Mining a signé avec Amazon Web Services un bail de 5,5 milliards de dollars pour un data center. Y compris ses précédents contrats avec Fluidstack, les baux d'hébergement de Cipher atteignent désormais 8,5 milliards de dollars.",
      ['amazon cipher-mining 5500000000 signed'],
    ],
    [
      'Cipher Mining hat mit Amazon Web Services einen Mietvertrag über 5,5 Milliarden Dollar für ein Rechenzentrum unterschrieben. Einschließlich der früheren Verträge mit Fluidstack kommt Cipher damit auf 8,5 Milliarden Dollar.',
      ['amazon cipher-mining 5500000000 signed'],
    ],
  ]);

  it('the same pair’s earlier leases keep the new lease an expansion', () => {
    expect(
      run(
        'Applied Digital signed a third lease with CoreWeave worth $4 billion at its Ellendale campus. Together with the two earlier leases with CoreWeave, the contracts now total $11 billion.',
      ),
    ).toEqual(['coreweave applied-digital 4000000000 expanded']);
  });
});

describe('an increment told before the running total across one pair’s leases', () => {
  const value = (text: string) =>
    extractMentions({ text }).map((m) => [m.valueUsd, m.runningTotalUsd ?? null, m.status]);
  it('"adds $4 billion, taking the total across the three leases to $11 billion" (en)', () => {
    expect(
      value(
        'Applied Digital signed a third lease with CoreWeave at its Ellendale campus. The new building adds about $4 billion of contracted revenue, taking the total from CoreWeave across the three leases to roughly $11 billion.',
      ),
    ).toEqual([[4_000_000_000, 11_000_000_000, 'expanded']]);
  });
  it('the earlier leases’ own value, told inside the lead-in that counts them, is theirs (en, fr, de)', () => {
    for (const before of [
      'Including the two initial leases, which are expected to bring approximately ',
      'Y compris les deux premiers baux, qui doivent rapporter environ ',
      'Einschließlich der zwei ersten Mietverträge über ',
    ])
      expect(isEarlierDealsValue(before)).toBe(true);
    expect(isEarlierDealsValue('The new lease, which is expected to bring approximately ')).toBe(false);
  });
  it('a sum told in the next clause leaves the increment in place (fr, it)', () => {
    expect(
      value(
        'Applied Digital a signé un troisième bail avec CoreWeave. Le nouveau bâtiment ajoute environ 4 milliards de dollars de revenus, portant le total des trois baux avec CoreWeave à 11 milliards de dollars.',
      ),
    ).toEqual([[4_000_000_000, 11_000_000_000, 'expanded']]);
    expect(
      value(
        'Applied Digital ha firmato un terzo contratto di locazione con CoreWeave. Il nuovo edificio aggiunge circa 4 miliardi di dollari, portando il totale dei tre contratti con CoreWeave a circa 11 miliardi di dollari.',
      ),
    ).toEqual([[4_000_000_000, 11_000_000_000, 'expanded']]);
  });
});

describe('status: talks ended, and a deal signed after another company walked away', () => {
  it('"ends talks", "mettent fin", "beenden ihre Gespräche", "pongono fine", "põem fim" are terminated', () => {
    for (const s of [
      'xAI ends talks with Oracle over a $10 billion cloud contract.',
      'xAI et Oracle mettent fin à leurs discussions sur un contrat cloud de 10 milliards de dollars.',
      'xAI und Oracle beenden ihre Gespräche über einen Cloud-Vertrag von 10 Milliarden Dollar.',
      'xAI e Oracle pongono fine alle trattative su un contratto cloud da 10 miliardi di dollari.',
      'xAI e Oracle põem fim às conversas sobre um contrato de nuvem de US$ 10 bilhões.',
    ])
      expect(statusOf(s)).toBe('terminated');
  });
  each([
    [
      'OpenAI signs a $11.9 billion CoreWeave cloud contract after Microsoft walked away from the capacity.',
      ['openai coreweave 11900000000 signed'],
    ],
    [
      'OpenAI firma un contrato de computación en la nube de 11.900 millones de dólares con CoreWeave después de que Microsoft renunció a esa capacidad.',
      ['openai coreweave 11900000000 signed'],
    ],
    [
      'OpenAI firma un contratto cloud da 11,9 miliardi di dollari con CoreWeave dopo che Microsoft ha rinunciato a quella capacità.',
      ['openai coreweave 11900000000 signed'],
    ],
  ]);
});

describe('status: reported by a newspaper', () => {
  it('"report says", "según ha publicado", "soll … einkaufen" with a long middle, "secondo il FT"', () => {
    for (const s of [
      'Meta agrees a Google cloud deal valued at over $10 billion, report says.',
      'OpenAI ha firmado un contrato con Oracle por unos 300.000 millones de dólares, según ha publicado The Wall Street Journal.',
      'OpenAI soll ab 2027 über rund fünf Jahre Rechenleistung für etwa 300 Milliarden Dollar bei dem Anbieter Oracle einkaufen.',
      'Secondo il Financial Times, il contratto tra Microsoft e Nscale vale fino a 14 miliardi di dollari.',
    ])
      expect(statusOf(s)).toBe('reported');
  });
});

describe('one pair’s contracts summed in the next sentence', () => {
  each([
    [
      'TeraWulf firmó dos acuerdos de colocation de diez años con Fluidstack en Lake Mariner. Los contratos suman unos 3.700 millones de dólares durante el plazo inicial.',
      ['fluidstack terawulf 3700000000 signed'],
    ],
    [
      'TeraWulf signed two ten-year colocation agreements with Fluidstack at Lake Mariner. The contracts total about $3.7 billion over the initial term.',
      ['fluidstack terawulf 3700000000 signed'],
    ],
  ]);
  each([
    [
      'Fluidstack ha ejercido la opción sobre 160 MW adicionales en el campus de TeraWulf. Con ello, los ingresos contratados del acuerdo de alojamiento a diez años suben a unos 6.700 millones de dólares.',
      ['fluidstack terawulf 6700000000 expanded'],
    ],
  ]);
  it('a sum led by "Somados", "Insgesamt" is no single pair’s', () => {
    for (const text of [
      'A Microsoft assinou contratos de capacidade de GPU com a Nscale. Somados, os compromissos chegam a US$ 20 bilhões.',
      'Microsoft hat Verträge über GPU-Kapazität mit Nscale unterschrieben. Insgesamt summieren sich die Zusagen auf 20 Milliarden Dollar.',
    ])
      expect(extractMentions({ text }).map((m) => m.valueUsd)).not.toContain(20_000_000_000);
  });
  it('an option exercised is an expansion (es, it, pt)', () => {
    for (const s of [
      'Fluidstack ha ejercido la opción sobre 160 MW adicionales en Lake Mariner.',
      'Fluidstack ha esercitato l’opzione su altri 160 MW a Lake Mariner.',
      'A Fluidstack exerceu a opção sobre mais 160 MW em Lake Mariner.',
    ])
      expect(statusOf(s)).toBe('expanded');
  });
});
