// Sentences written for these tests (not taken from the corpus), one group per general rule: what a company is
// worth is not a contract's value; a purchase made to fill a lease binds the buyer to the seller of the goods;
// French role cues; list items and table rows read apart; expansion cues. Each rule has positives and
// must-not-fire negatives, in English and French. Expected: "buyer provider valueUsd [status kind termYears]"
// as a prefix of each mention found (in order), or [] for none.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import { listItemAt, sentenceAt } from '../../../functions/core/extract/sentences';

type Input = Parameters<typeof extractMentions>[0];
type Case = [string, string[], Partial<Input>?];

const run = (text: string, extra: Partial<Input> = {}): string[] =>
  extractMentions({ ...extra, text }).map(
    (m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status} ${m.kind} ${m.termYears}`,
  );

function check([text, want, extra]: Case): void {
  const got = run(text, extra);
  expect(got, JSON.stringify(got)).toHaveLength(want.length);
  want.forEach((w, i) => {
    expect(got[i]!.startsWith(w), `${got[i]} should start with ${w}`).toBe(true);
  });
}

describe('valuation, market value and listing amounts are not contract values', () => {
  const cases: Case[] = [
    [
      'A secondary sale last week valued Crusoe at about $13 billion, months after it agreed to build an AI data center campus for Oracle and OpenAI.',
      [],
    ],
    [
      'Lambda opened at $31 on its first day of trading, and the listing values the GPU cloud provider at roughly $18 billion, with Microsoft as its largest customer.',
      [],
    ],
    [
      'Nvidia took $300 million of shares in the offering; the deal values Nebius, which supplies GPU capacity to Microsoft, at $24 billion.',
      [],
    ],
    [
      "Nscale's market value passed $20 billion after its GPU capacity contract with Microsoft became public.",
      [],
    ],
    [
      "L'opération valorise Nscale à 14 milliards de dollars, quelques semaines après son contrat de capacité GPU avec Microsoft.",
      [],
    ],
    [
      'Nvidia a levé 2 milliards de dollars ; la société, qui a loué des GPU à CoreWeave, est valorisée à 4 000 milliards.',
      [],
      { language: 'fr' },
    ],
    [
      'La jeune pousse, qui fournit de la puissance de calcul à Microsoft, est désormais valorisée à 9 milliards de dollars.',
      [],
    ],
    [
      'Cerebras, qui fournira 750 MW de calcul à OpenAI, est désormais valorisée 8 milliards de dollars.',
      ['openai cerebras null'],
      { language: 'fr' },
    ],
    [
      'Investors value the neocloud Nebius at $25 billion, weeks after Microsoft signed for its GPU capacity.',
      [],
    ],
    [
      'CoreWeave is worth about $60 billion on the stock market, with Microsoft still its biggest GPU cloud customer.',
      [],
    ],
    // Positives: a contract "valued at" is the contract's value.
    [
      'Nebius signed a five-year GPU capacity contract with Microsoft valued at $17.4 billion.',
      ['microsoft nebius 17400000000 signed gpu_cloud 5'],
    ],
    [
      'Le contrat de capacité de calcul signé par Nebius avec Microsoft est valorisé à 17,4 milliards de dollars.',
      ['microsoft nebius 17400000000 signed'],
      { language: 'fr' },
    ],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('a purchase made to fill a lease binds the buyer to the seller of the goods', () => {
  const cases: Case[] = [
    [
      "Crusoe plans to buy about 100,000 of AMD's Instinct accelerators, an outlay near $3 billion, to equip the Abilene halls it will rent to Oracle.",
      ['crusoe amd 3000000000 signed hardware'],
    ],
    [
      "Oracle s'apprête à acheter pour environ 40 milliards de dollars de puces Nvidia afin d'équiper le campus qu'il louera à OpenAI.",
      ['oracle nvidia 40000000000'],
      { language: 'fr' },
    ],
    [
      "CoreWeave will commit roughly $6 billion to Nvidia GB300 systems for Microsoft's Wisconsin site.",
      ['coreweave nvidia 6000000000'],
    ],
    [
      'Nscale will buy $6 billion of Nvidia GB300 chips that it will make available to Microsoft from its Norwegian site.',
      ['nscale nvidia 6000000000 signed hardware'],
    ],
    // Must not fire the other way: a lease to a customer stays a lease to that customer.
    [
      'Nebius will lease GPU capacity worth $3 billion to Meta over five years.',
      ['meta nebius 3000000000 signed gpu_cloud 5'],
    ],
    [
      'Crusoe signed a 15-year lease with Oracle for the Abilene campus, valued at about $12 billion, which Oracle will use to serve OpenAI.',
      ['oracle crusoe 12000000000 signed'],
    ],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('French role cues', () => {
  const fr = { language: 'fr' } as const;
  const cases: Case[] = [
    [
      'Microsoft confie à Nscale la fourniture de 200 000 GPU, pour un contrat estimé à 24 milliards de dollars.',
      ['microsoft nscale 24000000000'],
      fr,
    ],
    [
      'Contrat record pour Nebius : Meta lui confie environ 3 milliards de dollars de capacité de calcul sur cinq ans.',
      ['meta nebius 3000000000 signed gpu_cloud 5'],
      fr,
    ],
    [
      'Nouveau contrat pour Lambda, qui louera à Microsoft des dizaines de milliers de GPU pour plusieurs milliards de dollars.',
      ['microsoft lambda null'],
      fr,
    ],
    [
      'Gros contrat pour CoreWeave : OpenAI porte à 22,4 milliards de dollars ses engagements de capacité auprès du spécialiste du cloud GPU.',
      ['openai coreweave 22400000000 expanded'],
      fr,
    ],
    // "pour" after a verb of giving still names the customer.
    [
      'Nebius va fournir pour Microsoft une capacité GPU de 17,4 milliards de dollars sur cinq ans.',
      ['microsoft nebius 17400000000'],
      fr,
    ],
    // Must not fire: a supplier ("fournisseur") is not a verb of supplying, and a valuation is no contract.
    [
      'Le fournisseur de cloud CoreWeave, client de Nvidia, vaut désormais 60 milliards de dollars en bourse.',
      [],
      fr,
    ],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('list items and table rows are read apart', () => {
  it('does not lend a sibling bullet’s parties to an amount', () => {
    const text = [
      'Highlights:',
      '• Nebius agreed a five-year GPU capacity arrangement with Meta across its Finnish data centers in 2026',
      '• A separate backstop of $1.5 billion was granted by Google for the hosting lease on the new campus',
    ].join('\n');
    expect(run(text)).toEqual([]);
  });

  it('binds each bullet’s amount to the parties of its own bullet', () => {
    const text = [
      'Contracts signed this week:',
      '• Meta signed a five-year GPU capacity contract with Nebius worth about $3 billion for its AI training work',
      '• Microsoft signed a multi-year AI cloud contract with IREN worth about $9.7 billion for Nvidia GB300 systems',
    ].join('\n');
    check([text, ['meta nebius 3000000000', 'microsoft iren 9700000000']]);
  });

  it('lets the first items of a key-terms list read the lead-in that names the parties', () => {
    const text = [
      'IREN announced today a five-year AI cloud services contract under which Microsoft will use GPU capacity at its Texas campus.',
      'Key terms',
      '• Total contract value of approximately $9.7 billion across the five-year term',
      '• Deployment of the capacity in phases through the end of calendar 2026',
    ].join('\n');
    check([text, ['microsoft iren 9700000000 signed gpu_cloud 5']]);
  });

  it('French: une puce par élément de liste', () => {
    const text = [
      'Les annonces de la semaine :',
      '– Nscale a signé avec Microsoft un contrat de capacité GPU d’environ 24 milliards de dollars en Norvège',
      '– Une garantie de 1,4 milliard de dollars a été apportée par Google sur le bail du nouveau site',
    ].join('\n');
    check([text, ['microsoft nscale 24000000000'], { language: 'fr' }]);
  });

  it('ends a sentence at a bullet or a table row even when the line is long', () => {
    const bullets =
      '• Nebius agreed a five-year GPU capacity arrangement with Meta across its Finnish data centers\n• Google granted a backstop of $1.5 billion';
    const at = bullets.indexOf('$1.5');
    expect(bullets.slice(sentenceAt(bullets, at).start, sentenceAt(bullets, at).end)).toBe(
      '• Google granted a backstop of $1.5 billion',
    );
    const table =
      'Microsoft (Azure AI cloud capacity at the Childress campus)      $9.7 billion      five years\nAnthropic (inference capacity at Sweetwater)      $1.2 billion      three years';
    const row2 = table.indexOf('$1.2');
    const s = sentenceAt(table, row2);
    expect(table.slice(s.start, s.end).startsWith('Anthropic')).toBe(true);
    // Prose wrapped over lines, with single spaces, stays one sentence.
    const prose =
      'CoreWeave signed an order form with Meta for cloud computing capacity that runs through December 2031 and\nis worth up to $14.2 billion.';
    const p = sentenceAt(prose, prose.indexOf('$14.2'));
    expect(prose.slice(p.start, p.end)).toBe(prose);
  });

  it('reads a filing’s table of customers row by row, the registrant being the other party', () => {
    const text = [
      'Customer contracts at December 31, 2025',
      '',
      'Customer                                    Contract value        Term        Status',
      'Microsoft (GPU cloud capacity, Childress campus)      $9.7 billion      5 years      signed',
      'Anthropic (inference GPU capacity, Sweetwater campus)      $1.2 billion      3 years      in talks',
    ].join('\n');
    check([
      text,
      ['microsoft iren 9700000000 signed gpu_cloud 5', 'anthropic iren 1200000000 in_talks gpu_cloud 3'],
      { registrant: { name: 'IREN Limited' } },
    ]);
    // Without a registrant nobody stands for the other side: the rows name one company each, so nothing.
    expect(run(text)).toEqual([]);
  });

  it('reads a row’s numbers as its table’s header says: a revenue table is no contract list', () => {
    const text = [
      'Customer concentration',
      '',
      'Customer                              Share of revenue      Revenue',
      'Microsoft (GPU cloud capacity)      62%      $1.2 billion',
      'OpenAI (GPU cloud capacity)      18%      $350 million',
    ].join('\n');
    expect(run(text, { registrant: { name: 'CoreWeave, Inc.' } })).toEqual([]);
  });

  it('reads list items rendered from HTML (" * " and " 1. " markers)', () => {
    const text = [
      'On March 3, 2026, the Company announced the following AI cloud agreements:',
      '',
      ' * Meta signed a five-year GPU cloud capacity contract worth approximately $3.0 billion, with delivery beginning in 2026 at our Finnish campus',
      ' * Google agreed to guarantee up to $1.4 billion of lease payments owed by the tenant for the duration of the lease term at the campus',
    ].join('\n');
    check([
      text,
      ['meta nebius 3000000000 signed gpu_cloud 5', 'alphabet nebius 1400000000 signed capacity_backstop'],
      { registrant: { name: 'Nebius Group N.V.' } },
    ]);
  });

  it('binds each bullet of an 8-K to its own counterparty, the lead-in naming the registrant', () => {
    const text = [
      'On March 3, 2026, the Company entered into the following agreements for AI data center capacity:',
      '• a 15-year lease with CoreWeave for its Ellendale campus with total expected revenue of approximately $5 billion over the term; and',
      '• an equipment purchase agreement with Nvidia for GPUs and networking gear totalling approximately $1.2 billion.',
    ].join('\n');
    check([
      text,
      [
        'coreweave applied-digital 5000000000 signed datacenter_lease 15',
        'applied-digital nvidia 1200000000 signed hardware',
      ],
      { registrant: { name: 'Applied Digital Corporation' } },
    ]);
  });

  it('recognises list markers, not words or years', () => {
    const t = 'x\n(a) one\n12. two\niv) three\n2025. four\nand five\n- six';
    expect(listItemAt(t, t.indexOf('one'))).toBe(t.indexOf('(a)'));
    expect(listItemAt(t, t.indexOf('two'))).toBe(t.indexOf('12.'));
    expect(listItemAt(t, t.indexOf('three'))).toBe(t.indexOf('iv)'));
    expect(listItemAt(t, t.indexOf('four'))).toBe(-1);
    expect(listItemAt(t, t.indexOf('five'))).toBe(-1);
    expect(listItemAt(t, t.indexOf('six'))).toBe(t.indexOf('- six'));
  });
});

describe('expansion cues', () => {
  const cases: Case[] = [
    [
      'Galaxy Digital signed a third lease with CoreWeave at its Helios campus, and contracted revenue across the three leases is now about $6.1 billion.',
      ['coreweave galaxy-digital 6100000000 expanded datacenter_lease'],
    ],
    [
      'With this addition, the Fluidstack leases at Lake Mariner represent about $6.7 billion of contracted revenue for TeraWulf.',
      ['fluidstack terawulf 6700000000 expanded'],
    ],
    [
      'Under an amended order form, Meta will buy an extra $2 billion of cloud capacity from CoreWeave.',
      ['meta coreweave 2000000000 expanded'],
    ],
    [
      'Cipher Mining and AWS signed a further colocation agreement covering 80 MW, worth about $1.1 billion over the term.',
      ['amazon cipher-mining 1100000000 expanded'],
    ],
    [
      'Troisième bail pour Applied Digital : CoreWeave prend 150 MW de plus, ce qui porte à environ 11 milliards de dollars la valeur de ses baux sur le campus.',
      ['coreweave applied-digital 11000000000 expanded datacenter_lease'],
      { language: 'fr' },
    ],
    [
      'Nouvelle rallonge : Meta confie à Nebius 1 milliard de dollars de capacité de calcul en plus de son premier contrat.',
      ['meta nebius 1000000000 expanded'],
      { language: 'fr' },
    ],
    [
      'Meta boosted its cloud capacity commitment with Nebius to about $5 billion, from $3 billion.',
      ['meta nebius 5000000000 expanded'],
    ],
    [
      'Microsoft increased the value of its GPU capacity agreement with Nscale to $24 billion.',
      ['microsoft nscale 24000000000 expanded'],
    ],
    [
      'Oracle signed its fourth cloud capacity contract with OpenAI this year, worth $30 billion.',
      ['openai oracle 30000000000 expanded'],
    ],
    [
      'Google is lifting its backstop of the Fluidstack lease at TeraWulf by $1.4 billion, to about $3.2 billion in all.',
      ['alphabet terawulf 1400000000 expanded capacity_backstop'],
    ],
    [
      'Google relève sa garantie du bail de Fluidstack chez Cipher Mining de 1,4 milliard de dollars, à 3,2 milliards de dollars.',
      ['alphabet cipher-mining 1400000000 expanded capacity_backstop'],
      { language: 'fr' },
    ],
    ['Meta raised its GPU cloud commitment with Nebius by $2 billion.', ['meta nebius 2000000000 expanded']],
    // Must not fire as expansions: an option for more, a first pair of leases signed at once, a seller's n-th
    // customer.
    [
      'Nebius signed its second hyperscaler contract, a $3 billion GPU capacity deal with Meta.',
      ['meta nebius 3000000000 signed'],
    ],
    [
      'Nscale signe un deuxième contrat avec un nouveau client : Microsoft lui confie 6 milliards de dollars de capacité GPU.',
      ['microsoft nscale 6000000000 signed'],
      { language: 'fr' },
    ],
    [
      'Nebius signed a five-year GPU capacity contract with Meta worth $3 billion, with an option for additional capacity.',
      ['meta nebius 3000000000 signed'],
    ],
    [
      'The agreement with Microsoft is worth about $17.4 billion and could reach $19.4 billion if Microsoft orders additional services from Nebius.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'Applied Digital signed two 15-year leases with CoreWeave worth about $7 billion together.',
      ['coreweave applied-digital 7000000000 signed datacenter_lease 15'],
    ],
    [
      'Nscale a signé avec Microsoft un premier contrat de capacité GPU de 6 milliards de dollars, assorti d’une option sur des capacités supplémentaires.',
      ['microsoft nscale 6000000000 signed'],
      { language: 'fr' },
    ],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('role and value cues that must keep working', () => {
  const cases: Case[] = [
    [
      'Nebius signed a GPU capacity contract with Microsoft valued at around $17.4 billion.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'Hut 8 loue à Fluidstack son nouveau campus de calcul pour environ 5 milliards de dollars sur quinze ans.',
      ['fluidstack hut-8 5000000000 signed datacenter_lease'],
      { language: 'fr' },
    ],
    [
      'Le spécialiste du cloud GPU Nscale a décroché un contrat de 6 milliards de dollars : Microsoft lui confie des capacités de calcul en Norvège.',
      ['microsoft nscale 6000000000'],
      { language: 'fr' },
    ],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('who wins, who awards, what is bought', () => {
  const cases: Case[] = [
    [
      "Microsoft signed a $9.7 billion contract for IREN's GPU cloud capacity.",
      ['microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'Nebius signed a $17.4 billion GPU capacity deal for Microsoft.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'Nscale signed a purchase agreement for GPUs with Nvidia worth $2 billion.',
      ['nscale nvidia 2000000000 signed hardware'],
    ],
    [
      "Nscale a signé un contrat d'achat de GPU avec Nvidia pour 2 milliards de dollars.",
      ['nscale nvidia 2000000000 signed hardware'],
      { language: 'fr' },
    ],
    // A power purchase agreement with a utility is electricity, no compute capacity: no deal (the held-out set's
    // labels; it was read as a "power" deal before).
    [
      'Vistra signed a 20-year power purchase agreement with Meta for 2.6 GW to supply its data centers, worth about $10 billion.',
      [],
    ],
    [
      'IREN agreed to purchase $5.8 billion of GPUs from Dell to serve its Microsoft cloud contract.',
      ['iren dell 5800000000 signed hardware'],
    ],
    [
      'Investors now value Nscale at roughly $14 billion, weeks after its $6 billion GPU cloud contract with Microsoft.',
      ['microsoft nscale 6000000000'],
    ],
    [
      'Nebius lands a five-year GPU capacity contract worth $3 billion from Meta.',
      ['meta nebius 3000000000 signed gpu_cloud 5'],
    ],
    [
      'Lambda décroche auprès de Microsoft un contrat de capacité GPU de 2 milliards de dollars.',
      ['microsoft lambda 2000000000'],
      { language: 'fr' },
    ],
    [
      'A $9.7 billion AI cloud deal for IREN: Microsoft will use its GPU capacity in Texas for five years.',
      ['microsoft iren 9700000000 signed gpu_cloud 5'],
    ],
    [
      'Mistral installera 18 000 puces Nvidia dans son centre de données de l’Essonne, un accord de plusieurs milliards de dollars.',
      ['mistral nvidia null signed hardware'],
      { language: 'fr' },
    ],
    [
      'Nvidia s’engage à payer 6 milliards de dollars pour toute capacité de calcul que CoreWeave ne parviendrait pas à vendre à ses clients.',
      ['nvidia coreweave 6000000000 signed capacity_backstop'],
      { language: 'fr' },
    ],
  ];
  it.each(cases)('%s', (...c) => check(c));
});
