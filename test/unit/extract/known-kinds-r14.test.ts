// The known kinds of round 14 (h13's wrong alerts and misses, and the known kinds still unfixed, read as kinds),
// each in three of the six languages or more, with near misses that must keep what they say. Every sentence is
// written for these tests. Expected: "buyer provider valueUsd status kind" as a prefix of each mention found (in
// order), or [] for none.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The first extraction builds the lexicon tables; on a loaded machine that alone can outlast one test's time.
beforeAll(() => {
  run('Warm-up.');
}, 60_000);

eachKind({
  // A lab that usually buys, then a sentence placing the machines in the seller's data centers: the "of" after the
  // place names the host (the seller), not the owner of the machines hosted.
  'chips hosted in a company’s data centers: that company is the host, the seller': [
    [
      'fr',
      "OpenAI signe un contrat de 38 milliards de dollars avec Amazon Web Services. Aux termes de l'accord, OpenAI disposera de centaines de milliers de puces Nvidia hébergées dans les centres de données d'AWS, avec une option pour en ajouter.",
      ['openai amazon 38000000000 signed'],
    ],
    [
      'en',
      'Anthropic signs a $30 billion contract with Microsoft. Under it, Anthropic will use hundreds of thousands of Nvidia chips hosted in the data centers of Microsoft, with room to grow later.',
      ['anthropic microsoft 30000000000 signed'],
    ],
    [
      'es',
      'OpenAI firma un contrato de 38.000 millones de dólares con Amazon Web Services. OpenAI usará cientos de miles de chips de Nvidia alojados en los centros de datos de AWS, con opción de ampliar el uso.',
      ['openai amazon 38000000000 signed'],
    ],
    [
      'pt',
      'A OpenAI assina um contrato de US$ 38 bilhões com a Amazon Web Services. A OpenAI usará centenas de milhares de chips da Nvidia hospedados nos centros de dados da AWS, com opção de ampliar o uso.',
      ['openai amazon 38000000000 signed'],
    ],
    // Near misses: a host's verb, then the machines and their owner: the owner is the tenant, the buyer.
    [
      'de',
      'TeraWulf beherbergt die KI-Cluster von Fluidstack für 3 Milliarden Dollar.',
      ['fluidstack terawulf 3000000000 signed'],
    ],
    [
      'pt',
      'A TeraWulf vai alojar os servidores da Fluidstack por US$ 3 bilhões.',
      ['fluidstack terawulf 3000000000 signed'],
    ],
  ],
  // "X rafle un contrat chez Y": X won it, Y awarded it; the winner sells whatever the headline's order says.
  'a contract snapped up from a customer ("rafle … chez", "snaps up … from"): the winner sells': [
    [
      'fr',
      'Amazon Web Services rafle un contrat de 38 milliards de dollars chez OpenAI',
      ['openai amazon 38000000000 signed'],
    ],
    [
      'fr',
      'Oracle empoche un contrat de 30 milliards de dollars auprès d’OpenAI',
      ['openai oracle 30000000000 signed'],
    ],
    [
      'en',
      'Google Cloud snaps up a $10 billion contract from OpenAI',
      ['openai alphabet 10000000000 signed'],
    ],
    [
      'es',
      'Oracle se hace con un contrato de 30.000 millones de dólares de OpenAI',
      ['openai oracle 30000000000 signed'],
    ],
    ['pt', 'Oracle abocanha contrato de US$ 30 bilhões da OpenAI', ['openai oracle 30000000000 signed']],
    [
      'de',
      'Oracle schnappt sich einen Auftrag über 30 Milliarden Dollar von OpenAI',
      ['openai oracle 30000000000 signed'],
    ],
    // Near misses: the one who signs with a seller buys; a rival a contract is taken from is no party.
    [
      'fr',
      'OpenAI signe un contrat de 38 milliards de dollars avec Amazon Web Services',
      ['openai amazon 38000000000 signed'],
    ],
    [
      'it',
      'OpenAI firma un contratto da 38 miliardi di dollari con Amazon Web Services',
      ['openai amazon 38000000000 signed'],
    ],
  ],
  // A company's contracted total reached "together with" a named contract, or counting one in after the figure:
  // the sum of its contracts, no deal of the counterparty named.
  'a company’s contracted total counting a named contract in ("together with", "including … after the figure")':
    [
      [
        'de',
        'Zusammen mit dem Lake-Mariner-Vertrag mit Fluidstack kommt TeraWulf damit auf vertraglich gesicherte Erlöse von rund 12,5 Milliarden Dollar.',
        [],
      ],
      [
        'fr',
        'En ajoutant le bail de Barber Lake signé avec Fluidstack, Cipher Mining totalise désormais environ 9 milliards de dollars de revenus contractuels.',
        [],
      ],
      [
        'es',
        'Sumando el contrato de Lake Mariner con Fluidstack, TeraWulf acumula ya unos 12.500 millones de dólares en ingresos contratados.',
        [],
      ],
      [
        'it',
        'Insieme al contratto di Lake Mariner con Fluidstack, TeraWulf arriva così a ricavi contrattualizzati per circa 12,5 miliardi di dollari.',
        [],
      ],
      [
        'pt',
        'Somando o contrato de Lake Mariner com a Fluidstack, a TeraWulf chega a cerca de US$ 12,5 bilhões em receita contratada.',
        [],
      ],
      [
        'en',
        'After the new lease, Hut 8 counts 600 MW under contract, with an aggregate contract value of about $16.8 billion, including the River Bend lease with Fluidstack.',
        [],
      ],
      [
        'fr',
        'Hut 8 cumule environ 16,8 milliards de dollars de revenus contractuels, y compris le bail de River Bend avec Fluidstack.',
        [],
      ],
      [
        'de',
        'Zusammen mit den Verträgen mit Fluidstack kommt Cipher Mining nun auf vertraglich gesicherte Erlöse von 9 Milliarden Dollar.',
        [],
      ],
      // Near misses: the contract itself, told with its own value, keeps it; a contract set beside it is no sum.
      [
        'it',
        'Nebius ha firmato con Meta un accordo da 3 miliardi di dollari, oltre al contratto con Microsoft.',
        ['meta nebius 3000000000 signed'],
      ],
      [
        'en',
        'Hut 8 signed a $7 billion lease with Fluidstack, including options to expand the site.',
        ['fluidstack hut-8 7000000000 signed'],
      ],
      [
        'de',
        'TeraWulf hat mit Fluidstack einen Mietvertrag über 3,7 Milliarden Dollar unterzeichnet.',
        ['fluidstack terawulf 3700000000 signed'],
      ],
      [
        'es',
        'TeraWulf firmó con Fluidstack un contrato de arrendamiento de 3.700 millones de dólares.',
        ['fluidstack terawulf 3700000000 signed'],
      ],
    ],
  // "erwerben" buys services as often as businesses: its object decides (a business bought is an acquisition).
  'a buying verb that also acquires ("erwirbt"): services bought are a deal, a business bought is none': [
    [
      'de',
      'OpenAI erwirbt Azure-Dienste im Wert von 250 Milliarden Dollar von Microsoft.',
      ['openai microsoft 250000000000 signed'],
    ],
    [
      'de',
      'Im Gegenzug hat OpenAI zugesagt, Azure-Cloud-Dienste im Wert von 250 Milliarden Dollar zu erwerben.',
      ['openai microsoft 250000000000 signed'],
    ],
    ['de', 'Microsoft erwirbt den Rechenzentrumsbetreiber Aligned für 40 Milliarden Dollar.', []],
    ['de', 'Der Erwerb von Aligned durch Microsoft kostet 40 Milliarden Dollar.', []],
    ['fr', "Microsoft acquiert l'opérateur de centres de données Aligned pour 40 milliards de dollars.", []],
    ['en', 'Microsoft acquires data center operator Aligned for $40 billion.', []],
    [
      'en',
      'OpenAI will buy $250 billion of Azure services from Microsoft.',
      ['openai microsoft 250000000000 signed'],
    ],
  ],
});
