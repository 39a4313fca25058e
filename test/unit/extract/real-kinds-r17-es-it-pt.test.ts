// Kinds of error seen on real Spanish, Italian and Portuguese pages (round 17: Brazilian and Portuguese tech and
// business sites, Italian tech and general news, Spanish wire copy), each told again in invented sentences in
// several languages: near misses that must stay silent and positives that must still be found. Each row's wanted
// strings are prefixes of the printed mentions ("buyer provider valueUsd status kind").
import { eachKind } from './mention-cases';

eachKind(
  {
    /**
     * "O contrato, avaliado em cerca de US$ 300 bilhões, …", "El contrato, valorado en unos …": the contract's own
     * value told as an aside. The valuation aside that values a company ("Anthropic, valorada en …") must open on a
     * capitalised name or a company noun; read under the `i` flag, `\p{Lu}` took "contrato" for a name.
     */
    'a contract valued in an aside is the deal value, not a company valuation': [
      [
        'pt',
        'A Meta fechou um acordo de computação em nuvem com a CoreWeave. O contrato, avaliado em cerca de US$ 14,2 bilhões, vai até 2031.',
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      [
        'es',
        'Meta firmó un acuerdo de computación en la nube con CoreWeave. El contrato, valorado en unos 14.200 millones de dólares, refuerza a CoreWeave.',
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      [
        'it',
        'Meta ha firmato un accordo di cloud computing con CoreWeave. Il contratto, valutato circa 14,2 miliardi di dollari, rafforza CoreWeave.',
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      [
        'en',
        'Meta signed a cloud computing agreement with CoreWeave. The contract, valued at about $14.2 billion, runs through 2031.',
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      [
        'fr',
        "Meta signe un accord de cloud avec CoreWeave. Le contrat, valorisé à environ 14,2 milliards de dollars, court jusqu'en 2031.",
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      [
        'pt',
        'A Meta fechou um acordo de computação em nuvem com a CoreWeave. A Anthropic, avaliada em US$ 183 bilhões, não comentou.',
        ['meta coreweave null signed gpu_cloud'],
      ],
      [
        'es',
        'Meta firmó un acuerdo de computación en la nube con CoreWeave. La startup, valorada en 183.000 millones de dólares, no comentó.',
        ['meta coreweave null signed gpu_cloud'],
      ],
      [
        'pt',
        'A Anthropic, avaliada em US$ 183 bilhões, usa capacidade de computação em nuvem de vários fornecedores.',
        [],
      ],
      [
        'es',
        'Anthropic, valorada en 183.000 millones de dólares, usa capacidad de cómputo en la nube de varios proveedores.',
        [],
      ],
    ],
    /**
     * "un contrato que se extiende hasta 2031", "que se estende por seis anos", "che si estende fino al 2031", "qui
     * s'étend jusqu'en 2031": a reflexive span verb then a date or a length is the term the contract runs, not its
     * growth; "extiende hasta 2032 su contrato … por 1.500 millones adicionales" still expands it.
     */
    'a contract that runs until a date is not expanded': [
      [
        'es',
        'Meta firmó un acuerdo con CoreWeave por 14.200 millones de dólares en capacidad de cómputo, un contrato que se extiende hasta 2031.',
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      [
        'pt',
        'A Meta assinou um contrato de US$ 14,2 bilhões com a CoreWeave para capacidade de computação em nuvem, que se estende por seis anos.',
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      [
        'it',
        'Meta ha firmato con CoreWeave un contratto da 14,2 miliardi di dollari per capacità di calcolo, che si estende fino al 2031.',
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      [
        'fr',
        "Meta a signé avec CoreWeave un contrat de 14,2 milliards de dollars de capacité de calcul, qui s'étend jusqu'en 2031.",
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      [
        'es',
        'Meta extiende hasta 2032 su contrato de capacidad de cómputo con CoreWeave por 1.500 millones de dólares adicionales.',
        ['meta coreweave 1500000000 expanded gpu_cloud'],
      ],
      [
        'pt',
        'A Meta estendeu o contrato de capacidade de computação com a CoreWeave em mais US$ 1,5 bilhão.',
        ['meta coreweave 1500000000 expanded gpu_cloud'],
      ],
      [
        'es',
        'La campaña de inversión de Microsoft en centros de datos se extiende hasta 2030 y suma 80.000 millones de dólares en capacidad de cómputo.',
        [],
      ],
      [
        'it',
        'Il piano di Microsoft per la capacità di calcolo si estende fino al 2030, con 80 miliardi di dollari di investimenti in data center.',
        [],
      ],
    ],
    /**
     * "diversificação além da Microsoft Azure", "la diversificación lejos de Microsoft": the word of leaving read to
     * its end in letters, not ASCII `\w`, so an accented tail ("-ção", "-ción") still reaches the preposition and
     * the company left behind is no party of the deal told beside it (a headline glued to its lead has no period).
     */
    'the company a deal diversifies away from, after an accented word, is no party': [
      [
        'pt',
        'Contrato reforça diversificação além da Microsoft Azure A OpenAI e a Oracle firmaram um contrato de computação em nuvem de US$ 300 bilhões.',
        ['openai oracle 300000000000 signed gpu_cloud'],
      ],
      [
        'es',
        'Acuerdo que acelera la diversificación lejos de Microsoft Azure La OpenAI y Oracle firmaron un contrato de computación en la nube de 300.000 millones de dólares.',
        ['openai oracle 300000000000 signed gpu_cloud'],
      ],
      [
        'it',
        'Un accordo che accelera la diversificazione dalla Microsoft Azure OpenAI e Oracle hanno firmato un contratto di cloud computing da 300 miliardi di dollari.',
        ['openai oracle 300000000000 signed gpu_cloud'],
      ],
      [
        'pt',
        'A Microsoft fechou um contrato de computação em nuvem de US$ 9,7 bilhões com a IREN, em diversificação de fornecedores.',
        ['microsoft iren 9700000000 signed gpu_cloud'],
      ],
      [
        'pt',
        'A OpenAI reduz a dependência da Microsoft e investe US$ 20 bilhões em capacidade de computação própria.',
        [],
      ],
      [
        'es',
        'La OpenAI busca diversificación lejos de Microsoft y invertirá 20.000 millones de dólares en sus propios centros de datos.',
        [],
      ],
    ],
    /**
     * Pages rendered from HTML put each bullet on a line of its own ("-" / "Broadcom – US$ 10 bilhões" / "-" /
     * "Oracle – US$ 10 bilhões"): the line after a lone bullet is a list item, read apart from its siblings, so two
     * rows are never paired together and a row never borrows the pair of the deal told before the list.
     */
    'a row after a lone bullet line is its own list item': [
      [
        'pt',
        'Os maiores fornecedores de nuvem por carteira de contratos:\n-\nOracle – US$ 455 bilhões\n-\nCoreWeave – US$ 55 bilhões\n-\nNebius – US$ 20 bilhões',
        [],
      ],
      [
        'es',
        'Los mayores proveedores de nube por cartera de contratos:\n-\nOracle – 455.000 millones de dólares\n-\nCoreWeave – 55.000 millones de dólares\n-\nNebius – 20.000 millones de dólares',
        [],
      ],
      [
        'it',
        'I maggiori fornitori di cloud per portafoglio ordini:\n-\nOracle – 455 miliardi di dollari\n-\nCoreWeave – 55 miliardi di dollari\n-\nNebius – 20 miliardi di dollari',
        [],
      ],
      [
        'pt',
        'A Microsoft aluga capacidade de GPU de neoclouds. Seus contratos de capacidade até agora:\n-\nNebius – US$ 17,4 bilhões\n-\nNscale – US$ 14 bilhões\n-\nIREN – US$ 9,7 bilhões',
        [
          'microsoft nebius 17400000000 signed gpu_cloud',
          'microsoft nscale 14000000000 signed gpu_cloud',
          'microsoft iren 9700000000 signed gpu_cloud',
        ],
      ],
      [
        'es',
        'Microsoft alquila capacidad de GPU a neoclouds. Sus contratos de capacidad hasta ahora:\n•\nNebius – 17.400 millones de dólares\n•\nNscale – 14.000 millones de dólares\n•\nIREN – 9.700 millones de dólares',
        [
          'microsoft nebius 17400000000 signed gpu_cloud',
          'microsoft nscale 14000000000 signed gpu_cloud',
          'microsoft iren 9700000000 signed gpu_cloud',
        ],
      ],
      [
        'en',
        'Microsoft rents GPU capacity from neoclouds. Its cloud capacity deals so far:\n-\nNebius – $17.4 billion\n-\nNscale – $14 billion\n-\nIREN – $9.7 billion',
        [
          'microsoft nebius 17400000000 signed gpu_cloud',
          'microsoft nscale 14000000000 signed gpu_cloud',
          'microsoft iren 9700000000 signed gpu_cloud',
        ],
      ],
    ],
    /**
     * "Stargate, o projeto de US$ 500 bilhões em centros de dados anunciado com a SoftBank": the size of a programme
     * told with a money figure is no contract of the companies around it ("un proyecto de unos 900 MW" is a site's
     * power, and the lease told with it stays).
     */
    'a programme told as a project of a money figure is no contract': [
      [
        'pt',
        'A OpenAI fechou com a Oracle um acordo de computação em nuvem. A Oracle também participa do Stargate, o projeto de US$ 500 bilhões em centros de dados anunciado com a SoftBank em janeiro.',
        ['openai oracle null signed gpu_cloud'],
      ],
      [
        'es',
        'OpenAI cerró con Oracle un acuerdo de computación en la nube. Oracle también participa en Stargate, el proyecto de 500.000 millones de dólares en centros de datos anunciado con SoftBank en enero.',
        ['openai oracle null signed gpu_cloud'],
      ],
      [
        'it',
        'OpenAI ha chiuso con Oracle un accordo di cloud computing. Oracle partecipa anche a Stargate, il progetto da 500 miliardi di dollari in data center annunciato con SoftBank a gennaio.',
        ['openai oracle null signed gpu_cloud'],
      ],
      [
        'es',
        'En marzo, Microsoft acordó alquilar a Crusoe un proyecto de unos 900 MW en Abilene (Texas).',
        ['microsoft crusoe null signed gpu_cloud'],
      ],
      [
        'pt',
        'A Oracle participa do Stargate, o projeto de US$ 500 bilhões em centros de dados anunciado com a SoftBank.',
        [],
      ],
    ],
    /**
     * "fechou com a Oracle um acordo de computação em nuvem", "ha chiuso con Oracle un accordo di cloud computing":
     * the counterparty with its article before the noun (four words), and the English term the Italian press uses,
     * still state a capacity deal without an amount.
     */
    'a valueless deal with the counterparty before the noun is found': [
      [
        'pt',
        'A OpenAI fechou com a Oracle um acordo de computação em nuvem.',
        ['openai oracle null signed gpu_cloud'],
      ],
      [
        'it',
        'OpenAI ha chiuso con Oracle un accordo di cloud computing.',
        ['openai oracle null signed gpu_cloud'],
      ],
      [
        'es',
        'OpenAI cerró con Oracle un acuerdo de computación en la nube.',
        ['openai oracle null signed gpu_cloud'],
      ],
      ['pt', 'A OpenAI fechou com a Oracle um acordo de patrocínio para a Copa.', []],
      ['it', 'OpenAI ha chiuso con Oracle un accordo di licenza per il database.', []],
    ],
    /**
     * "Carteira da CoreWeave – US$ 55,6 bilhões", "Capex de Microsoft – 88.000 millones": a row labelled by a
     * company's measure is that measure, no contract of the deal told before the list.
     */
    'a row labelled by a company measure is no contract': [
      [
        'pt',
        'A OpenAI fechou com a Oracle um contrato de US$ 300 bilhões em computação em nuvem.\nOutros números do setor:\n-\nCarteira da CoreWeave – US$ 55,6 bilhões\n-\nCapex da Microsoft – US$ 88 bilhões',
        ['openai oracle 300000000000 signed gpu_cloud'],
      ],
      [
        'es',
        'OpenAI cerró con Oracle un contrato de 300.000 millones de dólares en computación en la nube.\nOtras cifras del sector:\n-\nCartera de CoreWeave – 55.600 millones de dólares\n-\nCapex de Microsoft – 88.000 millones de dólares',
        ['openai oracle 300000000000 signed gpu_cloud'],
      ],
      [
        'it',
        'OpenAI ha chiuso con Oracle un contratto da 300 miliardi di dollari di cloud computing.\nAltri numeri del settore:\n-\nPortafoglio ordini di CoreWeave – 55,6 miliardi di dollari\n-\nRicavi di Microsoft – 88 miliardi di dollari',
        ['openai oracle 300000000000 signed gpu_cloud'],
      ],
      [
        'en',
        'OpenAI closed a $300 billion cloud computing contract with Oracle.\nOther figures from the sector:\n-\nBacklog at CoreWeave – $55.6 billion\n-\nCapex at Microsoft – $88 billion',
        ['openai oracle 300000000000 signed gpu_cloud'],
      ],
      [
        'pt',
        'Números do setor:\n-\nCarteira da CoreWeave – US$ 55,6 bilhões\n-\nCapex da Microsoft – US$ 88 bilhões',
        [],
      ],
    ],
    /**
     * "construir um data center de 1 gigawatt pode custar cerca de US$ 50 bilhões", "puede costar", "possa
     * costare": what building costs, told with a modal and the infinitive, is no value of the deal told before it.
     */
    'what building can cost is no contract value': [
      [
        'pt',
        'A Anthropic fechou um acordo bilionário com o Google Cloud para capacidade computacional. Analistas estimam que construir um data center de 1 gigawatt pode custar cerca de US$ 50 bilhões.',
        ['anthropic alphabet null signed gpu_cloud'],
      ],
      [
        'es',
        'Anthropic firmó un acuerdo milmillonario con Google Cloud para capacidad de cómputo. Los analistas calculan que construir un centro de datos de 1 gigavatio puede costar unos 50.000 millones de dólares.',
        ['anthropic alphabet null signed gpu_cloud'],
      ],
      [
        'it',
        'Anthropic ha firmato un accordo miliardario con Google Cloud per capacità di calcolo. Gli analisti stimano che costruire un data center da 1 gigawatt possa costare circa 50 miliardi di dollari.',
        ['anthropic alphabet null signed gpu_cloud'],
      ],
      [
        'pt',
        'A Anthropic fechou com o Google Cloud um contrato de capacidade computacional que pode chegar a US$ 50 bilhões.',
        ['anthropic alphabet 50000000000 signed gpu_cloud'],
      ],
      [
        'es',
        'Construir un centro de datos de 1 gigavatio para capacidad de cómputo puede costar unos 50.000 millones de dólares, según los analistas.',
        [],
      ],
    ],
  },
  true,
);
