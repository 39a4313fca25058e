import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';

const pairs = (
  text: string,
  extra: Parameters<typeof extractMentions>[0] extends infer T ? Partial<T> : never = {},
) => extractMentions({ text, ...extra }).map((m) => [m.buyer.id, m.provider.id, m.valueUsd]);

describe('extractMentions: must catch', () => {
  it('the CoreWeave–Meta order form', () => {
    const text =
      'CoreWeave entered into an order form with Meta for up to ~$14.2 billion through December 2031.';
    const [m, ...rest] = extractMentions({ text });
    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      buyer: { id: 'meta', ticker: 'META', cik: '0001326801' },
      provider: { id: 'coreweave' },
      valueUsd: 14_200_000_000,
      valueText: '$14.2 billion',
      qualifier: 'up_to',
      cumulative: true,
      endDate: '2031-12-31',
      status: 'signed',
      kind: 'gpu_cloud',
      language: 'en',
    });
    expect(text.slice(m!.evidenceStart, m!.evidenceEnd)).toBe(m!.evidence);
    expect(m!.confidence).toBeGreaterThan(0.5);
    expect(m!.confidence).toBeLessThanOrEqual(1);
  });

  it('the same deal in French, language detected', () => {
    const [m, ...rest] = extractMentions({
      text: 'Meta a signé un accord cloud de 14,2 milliards de dollars avec CoreWeave, qui lui fournira de la puissance de calcul jusqu’à fin 2031.',
    });
    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      buyer: { id: 'meta' },
      provider: { id: 'coreweave' },
      valueUsd: 14_200_000_000,
      valueText: '14,2 milliards de dollars',
      status: 'signed',
      kind: 'gpu_cloud',
      endDate: '2031-12-31',
      language: 'fr',
      cumulative: true,
    });
  });

  it('the registrant is a party when the filing says "the Company"', () => {
    const text =
      'On September 30, 2025, the Company entered into an order form with Meta Platforms, Inc. for up to approximately $14.2 billion of cloud computing capacity through December 2031, with an option to expand.';
    const [m] = extractMentions({ text, registrant: { name: 'COREWEAVE, INC.', cik: '0001769628' } });
    expect(m).toMatchObject({ buyer: { id: 'meta' }, provider: { id: 'coreweave' }, status: 'signed' });
  });

  it('an expansion gives one mention: the increment, with the running total beside it', () => {
    const text =
      'CoreWeave has expanded its agreement with OpenAI by up to $6.5 billion, bringing the total value of its contracts with OpenAI to approximately $22.4 billion of AI compute capacity.';
    const found = extractMentions({ text });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      valueUsd: 6_500_000_000,
      cumulative: false,
      runningTotalUsd: 22_400_000_000,
      status: 'expanded',
      buyer: { id: 'openai' },
    });
  });

  it('an increment alone is not cumulative', () => {
    const [m] = extractMentions({
      text: 'OpenAI expanded its compute contract with CoreWeave, adding up to $4 billion of capacity.',
    });
    expect(m).toMatchObject({ valueUsd: 4e9, cumulative: false, status: 'expanded' });
  });

  it('term, reported status and other languages', () => {
    const [g] = extractMentions({
      text: 'Meta has reportedly agreed to a six-year cloud computing deal with Google Cloud worth more than $10 billion, according to people familiar with the matter.',
    });
    expect(g).toMatchObject({
      buyer: { id: 'meta' },
      provider: { id: 'alphabet' },
      status: 'reported',
      termYears: 6,
      qualifier: 'more_than',
    });
    const [t] = extractMentions({
      text: 'Meta serait en pourparlers avec Oracle pour un contrat cloud de 20 milliards de dollars.',
    });
    expect(t).toMatchObject({
      buyer: { id: 'meta' },
      provider: { id: 'oracle' },
      status: 'in_talks',
      valueUsd: 2e10,
    });
    const [it_] = extractMentions({
      text: 'Nebius fornirà a Microsoft capacità di calcolo GPU per 17,4 miliardi di dollari in cinque anni.',
      language: 'it',
    });
    expect(it_).toMatchObject({
      buyer: { id: 'microsoft' },
      provider: { id: 'nebius' },
      valueUsd: 17_400_000_000,
      termYears: 5,
    });
  });

  it('other currencies are converted at the fixed rate with the original kept', () => {
    const [m] = extractMentions({
      text: 'Mistral AI signed a data center lease with Fluidstack worth €2 billion for GPU capacity.',
    });
    expect(m).toMatchObject({
      valueUsd: 2_160_000_000,
      originalCurrency: { code: 'EUR', amount: 2e9, rateToUsd: 1.08 },
    });
  });

  it('a deal without a stated value has a null value', () => {
    const [m] = extractMentions({
      text: 'Lambda signed a multibillion-dollar agreement with Microsoft to deploy AI infrastructure powered by Nvidia GPUs.',
    });
    expect(m).toMatchObject({
      buyer: { id: 'microsoft' },
      provider: { id: 'lambda' },
      valueUsd: null,
      valueText: null,
    });
  });

  it('one mention per deal when the document repeats it', () => {
    const s =
      'Nebius will supply Microsoft with GPU capacity worth approximately $17.4 billion through 2031.';
    expect(extractMentions({ text: `${s}\n\n${s}\n\nAs noted, ${s}` })).toHaveLength(1);
  });

  it('a lease backstop is committed to the landlord', () => {
    const text =
      'TeraWulf signed two 10-year HPC colocation agreements with Fluidstack worth about $3.7 billion. Google agreed to backstop $1.8 billion of Fluidstack’s lease obligations.';
    const found = extractMentions({ text }).map((m) => [m.buyer.id, m.provider.id, m.valueUsd, m.kind]);
    expect(found).toEqual([
      ['fluidstack', 'terawulf', 3.7e9, 'datacenter_lease'],
      ['alphabet', 'terawulf', 1.8e9, 'capacity_backstop'],
    ]);
  });
});

describe('extractMentions: must not fire', () => {
  it.each([
    [
      'capex guidance',
      'Meta expects capital expenditures of $70-72 billion in 2025 as it builds AI data centers and cloud capacity with partners such as CoreWeave.',
    ],
    [
      'debt offering',
      'CoreWeave priced a private offering of $2 billion of senior notes to fund GPU capacity for customers including OpenAI.',
    ],
    [
      'credit facility',
      'CoreWeave closed a $2.6 billion delayed draw term loan facility to finance compute capacity for its OpenAI contract.',
    ],
    [
      'acquisition',
      'CoreWeave agreed to acquire Core Scientific in an all-stock transaction valued at about $9 billion, adding 1.3 GW of data center power.',
    ],
    [
      'revenue without a counterparty',
      'Oracle said remaining performance obligations rose to $455 billion on cloud infrastructure demand from OpenAI and Meta.',
    ],
    [
      'share price',
      'Oracle shares jumped 36% to $328 after the cloud update, adding $244 billion in market value as Microsoft and Meta watched.',
    ],
    [
      'market size',
      'The AI data center market is expected to reach $1 trillion by 2030, analysts said, with Microsoft and Google leading cloud capacity spending.',
    ],
    [
      'risk factors',
      'We depend on a limited number of customers such as Microsoft for a significant portion of our cloud revenue, and any loss could adversely affect us.',
    ],
    [
      'equity investment',
      'Nvidia intends to invest up to $100 billion in OpenAI as each gigawatt of AI data center capacity is deployed.',
    ],
    [
      'investissement',
      'Nvidia investit jusqu’à 100 milliards de dollars dans OpenAI pour des centres de données.',
    ],
    [
      'rachat',
      'CoreWeave va racheter Core Scientific pour 9 milliards de dollars en actions, une acquisition de capacité de centres de données.',
    ],
    [
      'numbers that are not money',
      'On December 31, 2025, Microsoft ran 40% more GPUs than in 2024 across 15 data centers, and Google grew cloud capacity 12% to 2,031 racks.',
    ],
  ])('%s', (_kind, text) => {
    expect(pairs(text)).toEqual([]);
  });

  it('a fleet of GPUs without a price is a deal with a null value, never money', () => {
    const found = extractMentions({
      text: 'Microsoft signed an agreement to use 200,000 Nvidia GPUs from Nscale across 15 sites.',
    });
    expect(found.map((m) => [m.buyer.id, m.provider.id, m.valueUsd])).toEqual([
      ['microsoft', 'nscale', null],
    ]);
  });

  it('costs nothing on documents without money or power near compute words', () => {
    expect(
      extractMentions({
        text: 'The board approved a new dividend policy for Meta and Microsoft shareholders.',
      }),
    ).toEqual([]);
    expect(extractMentions({ text: '' })).toEqual([]);
  });
});

describe('extractMentions on adversarial input', () => {
  // Bounded scans only: each of these returns (a backtracking blow-up would hang the test instead).
  it.each([
    [
      'dense deal words',
      'CoreWeave signed a deal with Meta, Microsoft, OpenAI for cloud capacity worth $1 billion, ',
    ],
    ['short sentences', 'Meta signed a contract. CoreWeave $2 billion GPU. '],
    ['French amounts', 'Meta avec CoreWeave 14,2 milliards de dollars calcul, '],
    ['digits and units', '1,000,000 $ GW 5 MW '],
    ['punctuation', '$.,;–—()“”’ '],
  ])(
    '%s, 200k characters',
    (_name, unit) => {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const found = extractMentions({ text });
      // Same pair and value everywhere: one deal, however often it is repeated.
      expect(found.length).toBeLessThanOrEqual(1);
      // A hang guard, not a speed test (speed is `npm run bench`'s): about a second on a quiet machine, several on a
      // loaded one; a backtracking blow-up takes minutes.
    },
    60_000,
  );
});
