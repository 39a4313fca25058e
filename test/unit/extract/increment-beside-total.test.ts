// An increment told beside the running total it reaches: the increment is the value, the larger figure the total
// (runningTotalUsd). "by $333 million, to a total of $1.73 billion", "aumenta … di 333 milioni, portandola a 1,73
// miliardi"; "to add up to $6.5 billion of additional commitments, bringing the total … to $22.4 billion" (an
// addition, not a sum, whatever "add up to" says). Every sentence is written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';

// The first extraction builds the lexicon tables; on a loaded machine that alone can outlast one test's time.
beforeAll(() => {
  extractMentions({
    text: 'Google backstops $1.4 billion of the $3 billion lease Fluidstack signed with Cipher Mining.',
  });
}, 60_000);

const run = (text: string, registrant?: string): string[] =>
  extractMentions({ text, registrant: registrant ? { name: registrant } : null }).map(
    (m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status} ${m.runningTotalUsd ?? null}`,
  );

const each = (cases: [string, string[], string?][]): void => {
  for (const [text, want, registrant] of cases)
    it(text.slice(0, 80), () => expect(run(text, registrant)).toEqual(want));
};

describe('a guarantee raised by an increment to a total: the increment, with the total beside it (en, fr, es, it)', () => {
  const want = [
    'fluidstack cipher-mining 830000000 signed null',
    'alphabet cipher-mining 333000000 expanded 1730000000',
  ];
  each([
    [
      'Cipher Mining signed a new colocation agreement with Fluidstack worth $830 million. Google agreed to increase its backstop of Fluidstack’s lease obligations by approximately $333 million, to a total of approximately $1.73 billion.',
      want,
    ],
    [
      'Cipher Mining a signé avec Fluidstack un nouveau contrat de colocation de 830 millions de dollars. Google relève sa garantie des obligations locatives de Fluidstack de 333 millions de dollars, la portant à environ 1,73 milliard.',
      want,
    ],
    [
      'Cipher Mining firmó con Fluidstack un nuevo contrato de colocation de 830 millones de dólares. Google aumentó su garantía de las obligaciones de alquiler de Fluidstack en 333 millones de dólares, elevándola a unos 1.730 millones.',
      want,
    ],
    [
      'Cipher Mining ha firmato con Fluidstack un nuovo contratto di colocation da 830 milioni di dollari. Google aumenta la propria garanzia sugli obblighi di Fluidstack di circa 333 milioni di dollari, portandola a circa 1,73 miliardi.',
      want,
    ],
  ]);
});

describe('"add up to $X of additional" is an increment, not a sum of the contracts (filing, en)', () => {
  each([
    [
      'In September 2025, the Company and OpenAI amended their existing agreements to add up to $6.5 billion of additional commitments, bringing the total contract value of the agreements to approximately $22.4 billion.',
      ['openai coreweave 6500000000 expanded 22400000000'],
      'CoreWeave, Inc.',
    ],
    // A sum of contracts told with "add up to" and no addition stays no deal.
    [
      'Cipher Mining signed a colocation agreement with Fluidstack worth $830 million. Its three agreements with Fluidstack, Amazon and Google add up to $9 billion.',
      ['fluidstack cipher-mining 830000000 signed null'],
    ],
  ]);
});

describe('"adds $X; the total … is $Y": the increment, with the total told after the semicolon (en, it, pt)', () => {
  const want = ['coreweave applied-digital 4000000000 expanded 11000000000'];
  each([
    [
      'CoreWeave exercised its option to lease an additional 150 MW from Applied Digital at its North Dakota campus. The new lease adds roughly $4 billion; the total across all three leases is approximately $11 billion.',
      want,
    ],
    [
      "CoreWeave ha esercitato l'opzione per affittare altri 150 MW da Applied Digital nel campus del North Dakota. Il nuovo contratto aggiunge circa 4 miliardi di dollari; il totale dei tre contratti è di circa 11 miliardi di dollari.",
      want,
    ],
    [
      'A CoreWeave exerceu a opção de arrendar mais 150 MW da Applied Digital no campus do North Dakota. O novo arrendamento acrescenta cerca de US$ 4 bilhões; o total dos três arrendamentos é de cerca de US$ 11 bilhões.',
      want,
    ],
  ]);
});

describe('a running total told after its increment without a currency of its own (pt, en, es, fr)', () => {
  const want = [
    'fluidstack terawulf 6700000000 signed null',
    'alphabet terawulf 1400000000 expanded 3200000000',
  ];
  each([
    [
      'A TeraWulf assinou com a Fluidstack um contrato de 6,7 mil milhões de dólares. O Google reforça em 1,4 mil milhões de dólares a garantia que presta às obrigações de arrendamento da Fluidstack, elevando o total para 3,2 mil milhões.',
      want,
    ],
    [
      "TeraWulf signed a $6.7 billion lease with Fluidstack. Google raised its backstop of Fluidstack's lease obligations by $1.4 billion, bringing it to 3.2 billion.",
      want,
    ],
    [
      'TeraWulf firmó con Fluidstack un contrato de 6.700 millones de dólares. Google refuerza en 1.400 millones de dólares su garantía de las obligaciones de alquiler de Fluidstack, elevándola a 3.200 millones.',
      want,
    ],
    [
      'TeraWulf a signé avec Fluidstack un contrat de 6,7 milliards de dollars. Google relève de 1,4 milliard de dollars sa garantie des obligations locatives de Fluidstack, la portant à 3,2 milliards.',
      want,
    ],
    // A figure in another unit after the increment is no total ("elevando a capacidade para 500 megawatts").
    [
      'A TeraWulf assinou com a Fluidstack um contrato de 6,7 mil milhões de dólares. O Google reforça em 1,4 mil milhões de dólares a garantia que presta às obrigações de arrendamento da Fluidstack, elevando a capacidade para 500 megawatts.',
      ['fluidstack terawulf 6700000000 signed null', 'alphabet terawulf 1400000000 expanded null'],
    ],
  ]);
});
