// Kinds of error seen on real English pages in round 18 (neocloud and former-miner news, stock-mover sites, filing
// summaries) about compute-capacity deals, each told again in invented sentences in several languages: positives
// that must be found and near misses that must stay silent. Each row's wanted strings are prefixes of the printed
// mentions, in order.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import { eachKind, expectPrefixes, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Microsoft signed a $1 billion cloud contract with Nebius.');
}, 120_000);

/** "buyer provider valueUsd T<termYears>" of each mention. */
const withTerm = (text: string): string[] =>
  extractMentions({ text, title: null }).map(
    (m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} T${m.termYears}`,
  );

type TermRow = readonly [lang: string, text: string, want: readonly string[]];

// "it follows closely Microsoft's $9.7 billion cloud computing capacity transaction with … IREN, as well as
// OpenAI's successive cloud computing agreements with Amazon AWS (a seven-year, $38 billion deal) and Oracle (a
// collaboration valued at $300 billion)": the one term of the roundup, AWS's, was given to all three contracts.
const TERM_ROWS: Record<string, readonly TermRow[]> = {
  "a roundup's term is the contract's it stands beside, never the other rows'": [
    [
      'en',
      "The news follows Microsoft's $9.7 billion contract with IREN, as well as OpenAI's deals with AWS (a seven-year, $38 billion agreement) and Oracle ($300 billion).",
      ['microsoft iren 9700000000 Tnull', 'openai amazon 38000000000 T7', 'openai oracle 300000000000 Tnull'],
    ],
    [
      'fr',
      "L'annonce suit le contrat de 9,7 milliards de dollars signé par Microsoft avec IREN, ainsi que ceux d'OpenAI avec AWS (sept ans, 38 milliards de dollars) et Oracle (300 milliards de dollars).",
      ['microsoft iren 9700000000 Tnull', 'openai amazon 38000000000 T7', 'openai oracle 300000000000 Tnull'],
    ],
    [
      'es',
      'El anuncio llega tras el contrato de 9.700 millones de dólares de Microsoft con IREN, así como los de OpenAI con AWS (siete años, 38.000 millones de dólares) y Oracle (300.000 millones de dólares).',
      ['microsoft iren 9700000000 Tnull', 'openai amazon 38000000000 T7', 'openai oracle 300000000000 Tnull'],
    ],
    [
      'de',
      'Die Meldung folgt auf Microsofts Vertrag über 9,7 Milliarden Dollar mit IREN sowie auf die Verträge von OpenAI mit AWS (sieben Jahre, 38 Milliarden Dollar) und Oracle (300 Milliarden Dollar).',
      ['microsoft iren 9700000000 Tnull', 'openai amazon 38000000000 T7', 'openai oracle 300000000000 Tnull'],
    ],
    [
      'it',
      "L'annuncio segue il contratto da 9,7 miliardi di dollari di Microsoft con IREN, oltre a quelli di OpenAI con AWS (sette anni, 38 miliardi di dollari) e Oracle (300 miliardi di dollari).",
      ['microsoft iren 9700000000 Tnull', 'openai amazon 38000000000 T7', 'openai oracle 300000000000 Tnull'],
    ],
    // The term told first, beside its own amount, stays that contract's; the next contract takes none.
    [
      'en',
      'Microsoft signed a five-year contract with IREN worth $9.7 billion, and OpenAI signed a $38 billion deal with AWS.',
      ['microsoft iren 9700000000 T5', 'openai amazon 38000000000 Tnull'],
    ],
    // One amount: the sentence's term is its contract's, wherever it stands.
    [
      'en',
      'Microsoft signed a $9.7 billion contract with IREN that runs for five years.',
      ['microsoft iren 9700000000 T5'],
    ],
    [
      'fr',
      'Microsoft a signé avec IREN un contrat de 9,7 milliards de dollars, qui court sur cinq ans.',
      ['microsoft iren 9700000000 T5'],
    ],
  ],
};

for (const [kind, rows] of Object.entries(TERM_ROWS))
  describe(kind, () => {
    it('spans three languages or more', () => {
      expect(new Set(rows.map(([lang]) => lang)).size).toBeGreaterThanOrEqual(3);
    });
    for (const [lang, text, want] of rows)
      it(`${lang}: ${text.slice(0, 80)}`, () => expectPrefixes(withTerm(text), want));
  });

eachKind(
  {
    // A headline of our own shaped like the stock-mover sites' ("Lambda lands a Microsoft order for tens of
    // thousands of Nvidia GPUs"): the noun "order" after a winning verb was read as a purchase of goods, so the
    // chips' maker sold to Microsoft and the neocloud that won the order was dropped.
    "an order won is the winner's contract, not a purchase from the chips' maker": [
      [
        'en',
        'Lambda lands a Microsoft order for tens of thousands of Nvidia GPUs.',
        ['microsoft lambda null signed gpu_cloud'],
      ],
      ['en', 'Nebius wins a Meta order for 20,000 Nvidia GPUs.', ['meta nebius null signed gpu_cloud']],
      [
        'fr',
        'Nscale décroche une commande de Microsoft pour 20 000 GPU Nvidia.',
        ['microsoft nscale null signed gpu_cloud'],
      ],
      [
        'de',
        'Lambda erhält eine Bestellung von Microsoft über 20.000 Nvidia-GPUs.',
        ['microsoft lambda null signed gpu_cloud'],
      ],
      [
        'es',
        'Lambda recibe un pedido de Microsoft por 20.000 GPU de Nvidia.',
        ['microsoft lambda null signed gpu_cloud'],
      ],
      // An order placed is still a purchase from the maker; a vendor that wins one sells the goods.
      [
        'en',
        'Microsoft placed a $1 billion order for Nvidia GPUs.',
        ['microsoft nvidia 1000000000 signed hardware'],
      ],
      ['en', 'Dell wins a $5 billion xAI order for Nvidia servers.', ['xai dell 5000000000 signed hardware']],
      // An order the buyer placed with the maker, told after the winner's contract, names no other deal.
      ['de', 'Microsoft bestellt bei Nvidia Chips für das eigene Rechenzentrum.', []],
    ],
  },
  true,
);

eachKind(
  {
    // A stock-mover page's ticker strip ("WULF +40.2%  IREN +6.1%  GOOGL +0.3%") above the story: the tickers after
    // the names were read as the story's parties, so Google and TeraWulf came out as a $3.7 billion lease at 0.81.
    'a name in a ticker strip, a signed change after it, is no party': [
      [
        'en',
        'Top movers: WULF +40.2% IREN +6.1% GOOGL +0.3%\nTeraWulf lands a $3.7 billion AI hosting deal, shares soar.',
        [],
      ],
      [
        'fr',
        "Valeurs du jour : WULF +40,2 % IREN +6,1 % GOOGL +0,3 %\nTeraWulf décroche un contrat d'hébergement IA de 3,7 milliards de dollars.",
        [],
      ],
      [
        'de',
        'Top-Werte: WULF +40,2% IREN +6,1% GOOGL +0,3%\nTeraWulf sichert sich einen KI-Hosting-Vertrag über 3,7 Milliarden Dollar.',
        [],
      ],
      [
        'es',
        'Valores: WULF +40,2% IREN +6,1% GOOGL +0,3%\nTeraWulf consigue un contrato de alojamiento de IA de 3.700 millones de dólares.',
        [],
      ],
      // The story's own pair, named again in its sentence, is read.
      [
        'en',
        'Markets  WULF +40.2%  IREN +6.1%  GOOGL +0.3%\nMicrosoft signed a $9.7 billion contract with IREN.',
        ['microsoft iren 9700000000 signed gpu_cloud'],
      ],
      [
        'fr',
        'Valeurs du jour : IREN +6,1 %\nMicrosoft a signé un contrat de 9,7 milliards de dollars avec IREN.',
        ['microsoft iren 9700000000 signed gpu_cloud'],
      ],
    ],
  },
  true,
);

// A filing-summary page's "Google takes on the counterparty risk": every sentence with "risk" was taken for a risk
// factor and dropped, the lease with it. Risk borne by a party of the deal is no risk factor; a risk factor is.
describe('a risk taken on by a party of the deal is no risk factor', () => {
  it.each([
    [
      'Fluidstack signed a $3 billion lease with TeraWulf; Google takes on the counterparty risk with a backstop of $1.4 billion.',
      [
        'fluidstack terawulf 3000000000 signed datacenter_lease',
        'alphabet terawulf 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'Fluidstack signed a $3 billion lease with TeraWulf, and Google takes the risk out of the deal with a backstop of $1.4 billion.',
      [
        'fluidstack terawulf 3000000000 signed datacenter_lease',
        'alphabet terawulf 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'Fluidstack may not be able to pay: the risk that it defaults on its $3 billion lease with TeraWulf is high.',
      [],
    ],
  ])('%s', (text, want) => expectPrefixes(run(text), want));
});
