// Sentences written for these tests (not from the corpus): phrasings the corpus does not hold, in several
// languages, to check that the rules generalise. Expected: "buyer provider valueUsd [status kind termYears]"
// as a prefix of the one mention found, or null for no mention.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';

const reg = (name: string) => ({ name });
const cases: [string, string | null, Parameters<typeof extractMentions>[0]?][] = [
  [
    'OpenAI has signed a $38 billion, seven-year agreement with Amazon Web Services to run its AI workloads on AWS infrastructure.',
    'openai amazon 38000000000 signed gpu_cloud 7',
  ],
  [
    'Anthropic will purchase $30 billion of Azure compute capacity from Microsoft, and Nvidia and Microsoft will invest up to $10 billion and $5 billion in Anthropic.',
    'anthropic microsoft 30000000000',
  ],
  [
    'Oracle has signed a contract with OpenAI worth about $300 billion over roughly five years, starting in 2027, The Wall Street Journal reported.',
    'openai oracle 300000000000 reported',
  ],
  [
    'Microsoft agreed to a deal worth up to $24 billion with Nscale for about 200,000 Nvidia GB300 chips, according to people familiar with the matter.',
    'microsoft nscale 24000000000 reported',
  ],
  [
    'Selon Bloomberg, Meta serait en discussions avec Google pour utiliser des TPU dans Google Cloud dès 2026, un accord estimé à plusieurs milliards de dollars.',
    'meta alphabet null in_talks',
  ],
  [
    'Applied Digital a signé deux baux de 15 ans avec CoreWeave pour environ 7 milliards de dollars de revenus.',
    'coreweave applied-digital 7000000000 signed datacenter_lease 15',
  ],
  [
    "Microsoft's shares rose 2% after IREN signed a $9.7 billion AI cloud deal with the software maker's Azure unit.",
    'microsoft iren 9700000000',
  ],
  [
    'Nebius Group N.V. announced a multi-billion dollar agreement with Microsoft to provide GPU infrastructure capacity.',
    'microsoft nebius null',
  ],
  [
    'Nebius liefert Microsoft GPU-Rechenleistung im Wert von 17,4 Mrd. US-Dollar über fünf Jahre.',
    'microsoft nebius 17400000000',
  ],
  [
    'Nebius suministrará a Microsoft capacidad de cómputo por 17.400 millones de dólares durante cinco años.',
    'microsoft nebius 17400000000',
  ],
  [
    'A Nebius vai fornecer à Microsoft capacidade de computação por 17,4 mil milhões de dólares ao longo de cinco anos.',
    'microsoft nebius 17400000000',
  ],
  [
    'Hut 8 signed a 15-year, $7 billion lease with Fluidstack at its River Bend campus, with Anthropic as the end user of the AI compute.',
    'fluidstack hut-8 7000000000',
  ],
  [
    'Google Cloud will supply Anthropic with up to one million TPUs in a deal worth tens of billions of dollars, bringing well over a gigawatt of capacity online in 2026.',
    'anthropic alphabet null',
  ],
  [
    'OpenAI signed a $10 billion agreement with Broadcom to buy custom AI chips.',
    'openai broadcom 10000000000 signed hardware',
  ],
  ['Microsoft reported Azure revenue growth of 40% and $77.7 billion in quarterly revenue.', null],
  [
    'Alphabet raised its 2025 capital expenditure forecast to between $91 billion and $93 billion as demand for Google Cloud capacity grows.',
    null,
  ],
  [
    'Nvidia reported data center revenue of $51.2 billion, driven by cloud demand from Microsoft, Meta and OpenAI.',
    null,
  ],
  [
    'Meta and Blue Owl formed a $27 billion joint venture to finance the Hyperion data center campus in Louisiana.',
    null,
  ],
  [
    'CoreWeave raised $7.5 billion in debt from Blackstone and Magnetar to buy Nvidia GPUs for Microsoft capacity.',
    null,
  ],
  [
    'AMD agreed to buy ZT Systems, a maker of AI data center servers for Microsoft and Amazon, for $4.9 billion.',
    null,
  ],
  ['Oracle sold $18 billion of bonds to fund data center capacity for OpenAI.', null],
  [
    'The global AI infrastructure market could reach $2 trillion by 2030 as Microsoft, Google and Amazon add capacity.',
    null,
  ],
  [
    'Le marché mondial des centres de données devrait atteindre 1 000 milliards de dollars, porté par Microsoft et Google.',
    null,
  ],
  [
    'Oracle a émis pour 18 milliards de dollars d’obligations afin de financer les centres de données d’OpenAI.',
    null,
  ],
  [
    'L’action Oracle a bondi de 36 %, ajoutant 244 milliards de dollars de capitalisation grâce à ses contrats avec OpenAI.',
    null,
  ],
  [
    'CoreWeave said its agreement with Microsoft was terminated, ending the $10 billion GPU cloud contract.',
    'microsoft coreweave 10000000000 terminated',
  ],
  [
    'Le néocloud Nebius fournira à Microsoft de la capacité GPU pour 17,4 milliards de dollars sur cinq ans, a annoncé la société.',
    'microsoft nebius 17400000000 signed gpu_cloud 5',
  ],
  [
    'Microsoft a conclu avec IREN un contrat de 9,7 milliards de dollars sur cinq ans pour des capacités de cloud IA au Texas.',
    'microsoft iren 9700000000 signed gpu_cloud 5',
  ],
  [
    'OpenAI aurait conclu avec Oracle un accord de puissance de calcul de 300 milliards de dollars sur environ cinq ans, selon le Wall Street Journal.',
    'openai oracle 300000000000 reported',
  ],
  [
    'Meta négocie avec Oracle un contrat de cloud computing d’environ 20 milliards de dollars, selon Bloomberg.',
    'meta oracle 20000000000 in_talks',
  ],
  [
    'CoreWeave étend son contrat avec OpenAI de 6,5 milliards de dollars, portant la valeur totale des accords à environ 22,4 milliards de dollars.',
    'openai coreweave 6500000000 expanded',
  ],
  [
    'Anthropic va acheter pour 30 milliards de dollars de capacité de calcul Azure auprès de Microsoft.',
    'anthropic microsoft 30000000000 signed',
  ],
  [
    'We entered into a master services agreement with OpenAI, under which OpenAI agreed to purchase compute capacity from us. The total contract value is up to $11.9 billion over five years.',
    'openai coreweave 11900000000 signed gpu_cloud 5',
    { text: '', registrant: reg('CoreWeave, Inc.') },
  ],
  [
    'The Company signed a 15-year lease with Amazon Web Services for 300 MW of data center capacity, representing approximately $5.5 billion of contracted rent.',
    'amazon cipher-mining 5500000000 signed datacenter_lease 15',
    { text: '', registrant: reg('Cipher Mining Inc.') },
  ],
  [
    'Nvidia agreed to purchase any unused cloud capacity from CoreWeave through April 2032 under an initial $6.3 billion order.',
    'nvidia coreweave 6300000000 signed capacity_backstop',
  ],
  [
    'OpenAI and AMD announced a deal under which OpenAI will deploy 6 gigawatts of AMD Instinct GPUs over multiple years.',
    'openai amd null signed hardware',
  ],
  [
    'Microsoft terminated its $2 billion GPU cloud contract with CoreWeave.',
    'microsoft coreweave 2000000000 terminated',
  ],
  [
    'Under the agreement, Nscale will deliver approximately 104,000 Nvidia GB300 GPUs to Microsoft in Texas.',
    'microsoft nscale null',
  ],
  [
    'We recorded revenue of $1.4 billion, of which Microsoft accounted for 62%, and our backlog includes contracts with OpenAI.',
    null,
    { text: '', registrant: reg('CoreWeave, Inc.') },
  ],
  [
    'Customers such as Microsoft and Meta may reduce their cloud capacity purchases, which could adversely affect our revenue of $5 billion.',
    null,
    { text: '', registrant: reg('CoreWeave, Inc.') },
  ],
  [
    'CoreWeave issued $1.75 billion of 9.25% senior notes due 2030 to fund GPU capacity for Microsoft and OpenAI.',
    null,
  ],
  [
    'On March 10, 2025, the Company issued 2,000,000 shares to OpenAI for $350 million in a private placement related to its cloud services agreement.',
    null,
    { text: '', registrant: reg('CoreWeave, Inc.') },
  ],
  [
    'Microsoft will spend $80 billion on AI data centers this fiscal year, including capacity leased from CoreWeave.',
    null,
  ],
  [
    'Les dépenses d’investissement de Meta atteindront 70 milliards de dollars, notamment pour ses centres de données et sa capacité de calcul avec Google.',
    null,
  ],
  [
    'Alphabet a annoncé un chiffre d’affaires cloud de 15 milliards de dollars, porté par les contrats avec Anthropic et Meta.',
    null,
  ],
  [
    'Microsoft and OpenAI signed a new agreement under which OpenAI has contracted to purchase an incremental $250 billion of Azure services.',
    'openai microsoft 250000000000',
  ],
  [
    // Electricity bought from a utility is no compute deal (it was read as a "power" deal before).
    'Talen Energy signed a 1.92 GW power purchase agreement with Amazon worth about $18 billion to supply its data center campus.',
    null,
  ],
  [
    'Constellation Energy signed a 20-year power purchase agreement with Microsoft for 835 MW from the Crane Clean Energy Center to power its data centers.',
    null,
  ],
  [
    'xAI signed a $5 billion deal with Dell for AI servers built on Nvidia GB200 chips.',
    'xai dell 5000000000 signed hardware',
  ],
  [
    'Crusoe and OpenAI signed a 15-year lease for the Abilene data center campus worth $15 billion.',
    'openai crusoe 15000000000 signed',
  ],
  [
    'Equinix shares fell 5% after Microsoft said it would slow data center leasing, analysts at Jefferies said.',
    null,
  ],
];

describe('extractMentions on unseen phrasings', () => {
  it.each(cases)('%s', (text, want, extra) => {
    const got = extractMentions({ ...(extra ?? {}), text }).map(
      (m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status} ${m.kind} ${m.termYears}`,
    );
    if (want === null) expect(got).toEqual([]);
    else {
      expect(got).toHaveLength(1);
      expect(got[0]!.startsWith(want), `${got[0]} should start with ${want}`).toBe(true);
    }
  });
});
