// Kinds of error seen on real pages in round 29 (a chip maker's own contract with the buyer of its goods told in a
// relative clause, …). Each kind is told again in invented sentences, in three languages or more: positives that
// must be found and near misses that must stay silent. Each row's wanted strings are prefixes of the printed
// mentions ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

eachKind(
  {
    // "A fabricante de chips AMD fechou um acordo plurianual com a OpenAI, que vai instalar 6 gigawatts de GPUs AMD
    // Instinct": the contract's "with" object was taken for another contract's counterparty beside a purchase of
    // goods, and the goods' buyer was looked for elsewhere; the vendor named first signs its own contract.
    "a chip maker's own contract with the buyer of its goods, told in a relative clause": [
      [
        'en',
        'AMD signed a multi-year deal with OpenAI, which will deploy 6 gigawatts of AMD Instinct GPUs.',
        ['openai amd null signed hardware'],
      ],
      [
        'pt',
        'A fabricante de chips AMD fechou um acordo plurianual com a OpenAI, que vai instalar 6 gigawatts de GPUs AMD Instinct.',
        ['openai amd null signed hardware'],
      ],
      [
        'fr',
        'AMD a signé un accord avec OpenAI, qui déploiera 6 GW de GPU AMD Instinct.',
        ['openai amd null signed hardware'],
      ],
      [
        'es',
        'AMD firmó un acuerdo con OpenAI, que desplegará 6 gigavatios de GPU AMD Instinct.',
        ['openai amd null signed hardware'],
      ],
      [
        'it',
        'AMD ha firmato un accordo con OpenAI, che installerà 6 gigawatt di GPU AMD Instinct.',
        ['openai amd null signed hardware'],
      ],
      // The vendor named after another contract's counterparty: that contract is not the goods' purchase.
      [
        'it',
        'Gli analisti citano il contratto con Microsoft e un acquisto di server da Dell per 5,8 miliardi.',
        [],
      ],
      [
        'en',
        'Analysts point to the contract with Microsoft and a $5.8 billion server purchase from Dell.',
        [],
      ],
    ],
    // "Broadcom said it had signed a long-term agreement to supply Google with custom accelerators": a chip maker's
    // contract to supply its goods to a named buyer, told without a figure, was no deal (only its counted or priced
    // forms were read). The contract's noun is what makes it a deal; the maker's "will supply" alone stays silent.
    'a contract to supply chips to a named buyer, told without a figure, is a hardware deal': [
      [
        'en',
        'Broadcom signed an agreement to supply chips to OpenAI.',
        ['openai broadcom null signed hardware'],
      ],
      [
        'en',
        'Broadcom said it had signed a long-term agreement to supply Google with custom accelerators through 2031.',
        ['alphabet broadcom null signed hardware'],
      ],
      ['en', 'Nvidia signed a chip supply agreement with Meta.', ['meta nvidia null signed hardware']],
      [
        'fr',
        'Nvidia a signé un accord pour fournir des millions de GPU à Meta.',
        ['meta nvidia null signed hardware'],
      ],
      [
        'de',
        'AMD hat einen Vertrag über die Lieferung von Grafikprozessoren an OpenAI unterzeichnet.',
        ['openai amd null signed hardware'],
      ],
      [
        'es',
        'Broadcom firmó un acuerdo para suministrar chips a Google hasta 2031.',
        ['alphabet broadcom null signed hardware'],
      ],
      [
        'it',
        'Broadcom ha firmato un accordo per fornire chip a Google.',
        ['alphabet broadcom null signed hardware'],
      ],
      [
        'pt',
        'A Broadcom assinou um contrato de longo prazo para fornecer aceleradores personalizados e componentes de rede ao Google até 2031.',
        ['alphabet broadcom null signed hardware'],
      ],
      // The maker's business, no contract: silent (as before).
      ['en', 'Nvidia will supply GPUs to OpenAI for its own data centers.', []],
      ['pt', 'A AMD vai fornecer GPUs à OpenAI.', []],
      // A contract to supply a country names no buyer company.
      ['en', 'Nvidia signed deals to supply chips to Saudi Arabia and the United Arab Emirates.', []],
      ['en', 'The builder signed an agreement to provide power systems to the site.', []],
    ],
    // "Then, on Monday, came the deal investors had been waiting for: OpenAI agreed to buy $38 billion of computing
    // capacity from AWS": investors told awaiting a deal put no money in; the investment cue dropped the amount.
    'investors told awaiting a deal are no investment': [
      [
        'en',
        'Then came the deal investors had been waiting for: OpenAI agreed to buy $38 billion of computing capacity from AWS over seven years.',
        ['openai amazon 38000000000 signed'],
      ],
      [
        'fr',
        "Puis est venu l'accord que les investisseurs attendaient : OpenAI achètera pour 38 milliards de dollars de capacité de calcul à AWS sur sept ans.",
        ['openai amazon 38000000000 signed'],
      ],
      [
        'es',
        'Llegó el acuerdo que los inversores esperaban: OpenAI comprará 38.000 millones de dólares en capacidad de cómputo a AWS en siete años.',
        ['openai amazon 38000000000 signed'],
      ],
      [
        'it',
        "Poi è arrivato l'accordo che gli investitori aspettavano: OpenAI acquisterà 38 miliardi di dollari di capacità di calcolo da AWS in sette anni.",
        ['openai amazon 38000000000 signed'],
      ],
      // Investors who put money in still make it an investment.
      ['en', 'Investors put $40 billion into OpenAI, which buys computing capacity from Oracle.', []],
      [
        'es',
        'Los inversores aportaron 40.000 millones de dólares a OpenAI, que compra capacidad de cómputo a Oracle.',
        [],
      ],
    ],
    // "…, und auf den Vertrag über 38 Mrd. Dollar, mit dem OpenAI für sieben Jahre Rechenkapazität bei Amazon Web
    // Services bucht": the amount's clause names nobody and the relative clause right after it names both sides;
    // the pair was looked for in the clauses before (another contract's), and "mit dem" read as "with OpenAI".
    'an amount whose contract is told by the relative clause right after it': [
      [
        'de',
        'Die Vereinbarung folgt auf den Fünfjahresvertrag über 9,7 Mrd. Dollar, den Microsoft mit dem australischen Anbieter IREN geschlossen hat, und auf den Vertrag über 38 Mrd. Dollar, mit dem OpenAI für sieben Jahre Rechenkapazität bei Amazon Web Services bucht.',
        ['microsoft iren 9700000000 signed', 'openai amazon 38000000000 signed'],
      ],
      [
        'de',
        'Der Vertrag über 38 Mrd. Dollar, mit dem OpenAI für sieben Jahre Rechenkapazität bei Amazon Web Services bucht, ist der größte.',
        ['openai amazon 38000000000 signed'],
      ],
      [
        'en',
        'The deal comes hours after a $9.7 billion contract that Microsoft signed with IREN, and after the $38 billion agreement, under which OpenAI will buy computing capacity from Amazon Web Services.',
        ['microsoft iren 9700000000 signed', 'openai amazon 38000000000 signed'],
      ],
      [
        'fr',
        "L'accord arrive après le contrat de 9,7 milliards de dollars signé par Microsoft avec IREN, et après l'accord de 38 milliards de dollars, par lequel OpenAI achètera de la capacité de calcul à AWS.",
        ['microsoft iren 9700000000 signed', 'openai amazon 38000000000 signed'],
      ],
      [
        'it',
        "L'intesa arriva dopo il contratto da 38 miliardi di dollari, con cui OpenAI acquisterà capacità di calcolo da AWS.",
        ['openai amazon 38000000000 signed'],
      ],
      // A relative clause on another noun of the amount's clause: the guarantee's own pair stays.
      [
        'de',
        'Cipher gab bekannt, dass Google zugesagt hat, 1,4 Milliarden US-Dollar an Verpflichtungen aus einem Vertrag, der zwischen Fluidstack und Cipher unterzeichnet wurde, zu garantieren.',
        ['alphabet cipher-mining 1400000000 signed capacity_backstop'],
      ],
      // Two companies praising the contract in the clause after it sign nothing.
      [
        'fr',
        'Le contrat de 38 milliards de dollars, que saluent Nvidia et AMD, est le plus important du secteur.',
        [],
      ],
      ['de', 'Der Vertrag über 38 Mrd. Dollar, den Nvidia und AMD lobten, ist der größte der Branche.', []],
    ],
    // "a Microsoft anunciou dois novos contratos que somam mais de US$ 10 bilhões: a australiana Iren vai alugar
    // acesso a chips por US$ 9,7 bilhões": the sum told before the colon was read as the item's own words, and the
    // item's amount went as a total.
    "an item's amount after a colon, behind a lead-in that sums the items": [
      [
        'pt',
        'A Microsoft anunciou dois novos contratos que somam mais de US$ 10 bilhões: a australiana Iren vai alugar acesso a chips por US$ 9,7 bilhões, enquanto a Lambda firmou um acordo com a empresa.',
        ['microsoft iren 9700000000 signed'],
      ],
      [
        'fr',
        'Microsoft a annoncé deux contrats totalisant plus de 10 milliards de dollars : IREN lui louera des puces pour 9,7 milliards de dollars, et Lambda a signé un accord de plusieurs milliards.',
        ['microsoft iren 9700000000 signed'],
      ],
      [
        'es',
        'Microsoft anunció dos contratos que suman más de 10.000 millones de dólares: IREN le alquilará acceso a chips por 9.700 millones de dólares, y Lambda firmó un acuerdo con la empresa.',
        ['microsoft iren 9700000000 signed'],
      ],
      [
        'it',
        'Microsoft ha annunciato due contratti che insieme valgono oltre 10 miliardi di dollari: IREN le affitterà accesso ai chip per 9,7 miliardi di dollari, mentre Lambda ha firmato un accordo con il gruppo.',
        ['microsoft iren 9700000000 signed'],
      ],
      // The sum itself, or a sum told after the colon, stays no deal.
      ['en', "Microsoft's neocloud contracts: together they total $60 billion.", []],
      ['en', 'The three deals together: $30 billion across Oracle, CoreWeave and AWS.', []],
    ],
    // "A dona do Claude terá mais de 1 gigawatt de capacidade em 2026; Amazon continua como parceira principal": a
    // company told staying someone's partner ("remains its main partner") is a standing relationship, no party of
    // the capacity told beside it; only "as its main partner" was read so.
    'a company told staying a partner is no party of the capacity beside it': [
      [
        'pt',
        'A dona do Claude terá mais de 1 gigawatt de capacidade em 2026; Amazon continua como parceira principal.',
        [],
      ],
      [
        'en',
        'The Claude maker will have more than 1 gigawatt of capacity in 2026; Amazon remains its main partner.',
        [],
      ],
      [
        'es',
        'El creador de Claude tendrá más de 1 gigavatio de capacidad en 2026; Amazon sigue siendo su socio principal.',
        [],
      ],
      [
        'it',
        'Il creatore di Claude avrà oltre 1 gigawatt di capacità nel 2026; Amazon rimane il partner principale.',
        [],
      ],
      // The deal's own pair stays; a role with its own counterparty and contract is the deal.
      [
        'en',
        'Anthropic signed a deal with Google for 1 gigawatt of TPU capacity; Amazon remains its main cloud partner.',
        ['anthropic alphabet null signed'],
      ],
      [
        'en',
        'CoreWeave remains the main supplier of GPU capacity to OpenAI under a $22.4 billion contract.',
        ['openai coreweave 22400000000 signed'],
      ],
    ],
    // "Oracle has signed multi-billion-dollar cloud pacts with Meta and xAI": a list of counterparties after "pacts"
    // or "partnerships" kept only the first, as the list was read only after "deals", "contracts", "agreements".
    'a list of counterparties after "pacts" or "partnerships": one deal each': [
      [
        'en',
        'Oracle has signed multibillion-dollar cloud pacts with Meta and xAI.',
        ['meta oracle null signed', 'xai oracle null signed'],
      ],
      [
        'en',
        'Oracle signed partnerships with Meta and xAI for cloud capacity.',
        ['meta oracle null signed', 'xai oracle null signed'],
      ],
      [
        'fr',
        'Oracle a conclu des partenariats cloud avec Meta et xAI.',
        ['meta oracle null signed', 'xai oracle null signed'],
      ],
      [
        'es',
        'Oracle ha firmado acuerdos de nube con Meta y xAI.',
        ['meta oracle null signed', 'xai oracle null signed'],
      ],
      // Partners of a plan, no contract told: silent.
      ['en', 'Oracle has partnerships with Meta and xAI on research.', []],
    ],
    // "Meta será o cliente principal do novo data center da Equinix", "os primeiros inquilinos do edifício": a site's
    // main customer, or its first tenants in the plural, was no deal (only "first"/"anchor" in the singular were).
    "a site's main customer or first tenants, told without a figure": [
      [
        'pt',
        'Meta será o cliente principal do novo data center da Equinix.',
        ['meta equinix null signed datacenter_lease'],
      ],
      [
        'en',
        "Meta will be the main customer of Equinix's new data center.",
        ['meta equinix null signed datacenter_lease'],
      ],
      [
        'es',
        'Meta se ha convertido en el principal cliente de los nuevos centros de datos de Equinix.',
        ['meta equinix null signed datacenter_lease'],
      ],
      [
        'it',
        'Meta sarà il cliente principale del nuovo data center di Equinix.',
        ['meta equinix null signed datacenter_lease'],
      ],
      [
        'pt',
        'Em outubro, a Nscale anunciou ser o primeiro inquilino do edifício da Equinix, em Sines.',
        ['nscale equinix null signed datacenter_lease'],
      ],
      // A cloud's or a product's customer is no site's tenant.
      ['en', 'Microsoft is the largest customer of Azure.', []],
      ['en', 'OpenAI is the main customer of Nvidia chips.', []],
    ],
    // "TeraWulf firmó el 14 de agosto un contrato a diez años con la firma de inteligencia artificial Fluidstack": a
    // long contract between two named compute companies, told without an amount or a word of leasing, was no deal.
    'a contract of several years between two named compute companies, with no figure': [
      [
        'en',
        'TeraWulf signed a ten-year contract with Fluidstack.',
        ['fluidstack terawulf null signed datacenter_lease'],
      ],
      [
        'es',
        'TeraWulf firmó el 14 de agosto un contrato a diez años con la firma de inteligencia artificial Fluidstack.',
        ['fluidstack terawulf null signed datacenter_lease'],
      ],
      [
        'pt',
        'A TeraWulf assinou um contrato de dez anos com a Fluidstack.',
        ['fluidstack terawulf null signed datacenter_lease'],
      ],
      [
        'fr',
        'TeraWulf a signé un contrat de dix ans avec Fluidstack.',
        ['fluidstack terawulf null signed datacenter_lease'],
      ],
      [
        'it',
        'TeraWulf ha firmato un contratto di dieci anni con Fluidstack.',
        ['fluidstack terawulf null signed datacenter_lease'],
      ],
      [
        'de',
        'TeraWulf hat einen Zehnjahresvertrag mit Fluidstack unterzeichnet.',
        ['fluidstack terawulf null signed datacenter_lease'],
      ],
      [
        'en',
        'Nebius signed a five-year contract with Microsoft.',
        ['microsoft nebius null signed gpu_cloud'],
      ],
      // A contract with a party the table does not know, or about power, is none.
      ['en', 'Microsoft signed a 20-year contract with Constellation for nuclear power.', []],
      ['en', 'The chief executive signed a five-year contract with the board.', []],
    ],
    // "Microsoft ha firmado un contrato de alquiler con Merlin Properties para un centro de datos": European and Latin
    // American data-centre landlords were not in the company table, so their leases had one party and no deal.
    "a European or Latin American data-centre landlord's lease": [
      [
        'es',
        'Meta ha firmado un contrato de alquiler con Merlin Properties para un centro de datos en Bilbao.',
        ['meta merlin-properties null signed datacenter_lease'],
      ],
      [
        'fr',
        'Mistral AI a signé un contrat de location avec EcoDataCenter pour héberger ses serveurs en Suède.',
        ['mistral ecodatacenter null signed datacenter_lease'],
      ],
      [
        'en',
        'Nscale signed a ten-year lease with Green Mountain for its Norway site.',
        ['nscale green-mountain null signed datacenter_lease'],
      ],
      [
        'pt',
        'A Microsoft assinou um contrato de locação com a Ascenty para um data center em São Paulo.',
        ['microsoft ascenty null signed datacenter_lease'],
      ],
      // A landlord's own results or debt is no lease.
      ['en', 'Iron Mountain reported higher quarterly revenue on Thursday.', []],
      ['en', 'Scala Data Centers raised $500 million in debt to build its Rio Grande do Sul campus.', []],
    ],
    // "selon le média spécialisé CIO.com", "according to Fortune", "The Wall Street Journal revealed that": a news
    // site's or a newspaper's finding was read as the companies' own word (signed); only a few outlets were known.
    "a deal told on a news site's or a newspaper's word is reported": [
      [
        'en',
        'Oracle signed a $30 billion cloud deal with OpenAI, according to CIO.com.',
        ['openai oracle 30000000000 reported'],
      ],
      [
        'fr',
        "OpenAI a conclu avec Oracle un contrat de 300 milliards de dollars pour l'achat de puissance de calcul, selon le média spécialisé CIO.com.",
        ['openai oracle 300000000000 reported'],
      ],
      [
        'es',
        'OpenAI firmó con Oracle un contrato de nube de 300.000 millones de dólares, según Xataka.com.',
        ['openai oracle 300000000000 reported'],
      ],
      [
        'en',
        'The Wall Street Journal revealed that Oracle signed a $300 billion cloud contract with OpenAI.',
        ['openai oracle 300000000000 reported'],
      ],
      [
        'de',
        'Das Wall Street Journal enthüllte, dass Oracle einen Cloud-Vertrag über 300 Milliarden Dollar mit OpenAI unterzeichnet hat.',
        ['openai oracle 300000000000 reported'],
      ],
      [
        'es',
        'El Wall Street Journal desveló que Oracle firmó un contrato de nube de 300.000 millones de dólares con OpenAI.',
        ['openai oracle 300000000000 reported'],
      ],
      // The company's own word stays signed, whatever site carries it.
      [
        'en',
        'Oracle said it signed a $300 billion cloud contract with OpenAI, according to a statement on Oracle.com.',
        ['openai oracle 300000000000 signed'],
      ],
      [
        'en',
        'Oracle revealed that it signed a $300 billion cloud contract with OpenAI.',
        ['openai oracle 300000000000 signed'],
      ],
      ['en', 'Oracle expects cloud revenue to grow, according to CIO.com.', []],
    ],
    // "TikTok signed a $5 billion cloud deal with Oracle", "Galaxy executed a lease agreement with CoreWeave": TikTok
    // was not in the company table (only "TikTok's parent"), and "executed" was no signing verb.
    'TikTok as a buyer; a lease agreement "executed"': [
      ['en', 'TikTok signed a $5 billion cloud deal with Oracle.', ['bytedance oracle 5000000000 signed']],
      [
        'es',
        'TikTok firmó un acuerdo de nube de 5.000 millones de dólares con Oracle.',
        ['bytedance oracle 5000000000 signed'],
      ],
      [
        'fr',
        'TikTok a signé un contrat cloud de 5 milliards de dollars avec Oracle.',
        ['bytedance oracle 5000000000 signed'],
      ],
      [
        'en',
        'Galaxy executed a lease agreement with CoreWeave.',
        ['coreweave galaxy-digital null signed datacenter_lease'],
      ],
      [
        'en',
        'Hut 8 executed a lease agreement with Fluidstack.',
        ['fluidstack hut-8 null signed datacenter_lease'],
      ],
      ['en', 'The agreement was executed by the Company and Microsoft.', []],
      ['en', 'TikTok users spent more time on the app this year.', []],
    ],
    // "Meta signed a cloud deal with Google. Bezos is closing a $10B round for a new AI lab.": a newsletter's next
    // item, money raised in a round, lent its amount to the deal before it (or paired its raiser with the seller).
    'money raised in a round, in the item after a deal, is no value of it': [
      [
        'en',
        'Meta signed a cloud deal with Google. Bezos is closing a $10B round for a new AI lab.',
        ['meta alphabet null signed'],
      ],
      [
        'en',
        'Meta signed a cloud deal with Google. Thinking Machines raised a $2B seed round.',
        ['meta alphabet null signed'],
      ],
      [
        'en',
        'xAI is raising up to $6 billion to purchase 100,000 Nvidia chips for its Memphis data center.',
        [],
      ],
      [
        'fr',
        'Meta a signé un accord cloud avec Google. Thinking Machines a levé 2 milliards de dollars en amorçage.',
        ['meta alphabet null signed'],
      ],
      [
        'es',
        'Meta firmó un acuerdo de nube con Google. Thinking Machines recaudó 2.000 millones de dólares en una ronda semilla.',
        ['meta alphabet null signed'],
      ],
      // A contract's own amount beside the word "round" stays.
      [
        'en',
        'Microsoft signed a $10 billion contract with Nebius in the second round of its neocloud deals.',
        ['microsoft nebius 10000000000 signed'],
      ],
    ],
    // "CoreWeave Buys Core Scientific in $9B Data Center Deal": a takeover told in a title-case headline was read as
    // a lease (the verb of buying a business was matched in lower case only).
    'a takeover told in a title-case headline is no deal': [
      ['en', 'CoreWeave Buys Core Scientific in $9B Data Center Deal', []],
      ['en', 'IREN Buys Cipher Mining in $3B Data Center Deal', []],
      ['en', 'CoreWeave To Buy Core Scientific For $9 Billion', []],
      ['fr', 'CoreWeave rachète Core Scientific pour 9 milliards de dollars', []],
      ['de', 'CoreWeave kauft Core Scientific für 9 Milliarden Dollar', []],
      // Capacity bought in a title-case headline stays a deal.
      ['en', 'Meta Buys $14 Billion Of Compute From CoreWeave', ['meta coreweave 14000000000 signed']],
      [
        'en',
        'Microsoft Buys Cloud Capacity From Nebius In $17.4 Billion Deal',
        ['microsoft nebius 17400000000 signed'],
      ],
    ],
    // "Perplexity hat einen Cloud-Vertrag mit der Deutschen Telekom unterzeichnet": the inflected name was not in the
    // company table, so the deal had one party. "Telekom" alone and "T-Systems" stay unread: German pages name them
    // so beside the group's own data centres and partners.
    'Deutsche Telekom named in its inflected form': [
      [
        'de',
        'Perplexity hat einen Cloud-Vertrag mit der Deutschen Telekom unterzeichnet.',
        ['perplexity deutsche-telekom null signed'],
      ],

      [
        'fr',
        'Perplexity a signé un contrat cloud avec Deutsche Telekom.',
        ['perplexity deutsche-telekom null signed'],
      ],
      [
        'es',
        'Perplexity firmó un contrato de nube con Deutsche Telekom.',
        ['perplexity deutsche-telekom null signed'],
      ],
      ['de', 'Die Telekom meldete steigende Umsätze im Mobilfunk.', []],
    ],
    // "OpenAI rompe l'esclusiva con Microsoft e firma un contratto storico da 38 miliardi di dollari con Amazon Web
    // Services": ending another tie, told in the clause before a new contract's signing, made that contract ended.
    'another tie ended in the clause before a new contract signed': [
      [
        'it',
        "OpenAI rompe l'esclusiva con Microsoft e firma un contratto storico da 38 miliardi di dollari con Amazon Web Services.",
        ['openai amazon 38000000000 signed'],
      ],
      [
        'es',
        'OpenAI rompe con Microsoft y firma un contrato de 38.000 millones de dólares con Amazon Web Services.',
        ['openai amazon 38000000000 signed'],
      ],
      [
        'de',
        'OpenAI beendet die Exklusivität mit Microsoft und unterzeichnet einen Vertrag über 38 Milliarden Dollar mit Amazon Web Services.',
        ['openai amazon 38000000000 signed'],
      ],
      [
        'fr',
        "OpenAI met fin à l'exclusivité avec Microsoft et signe un contrat de 38 milliards de dollars avec Amazon Web Services.",
        ['openai amazon 38000000000 signed'],
      ],
      [
        'pt',
        'OpenAI rompe a exclusividade com a Microsoft e assina um contrato de US$ 38 bilhões com a Amazon Web Services.',
        ['openai amazon 38000000000 signed'],
      ],
      // The contract itself ended stays ended.
      [
        'en',
        'Microsoft terminated its $2 billion lease with CoreWeave.',
        ['microsoft coreweave 2000000000 terminated'],
      ],
      [
        'es',
        'Microsoft rompió su contrato de 2.000 millones de dólares con CoreWeave.',
        ['microsoft coreweave 2000000000 terminated'],
      ],
      // A tie ended and nothing signed: no deal.
      ['it', "OpenAI rompe l'esclusiva con Microsoft.", []],
    ],
    // "Oracle signed a cloud contract with Nvidia", "Oracle firmó contratos de nube con OpenAI, NVIDIA y Meta": a chip
    // maker signing a cloud's contract, no goods told, came out as the seller (the table's usual roles: a maker sells).
    "a chip maker that signs a cloud's contract, no goods told, rents the cloud": [
      ['en', 'Oracle signed a cloud contract with Nvidia.', ['nvidia oracle null signed gpu_cloud']],
      ['fr', 'Oracle a signé un contrat cloud avec Nvidia.', ['nvidia oracle null signed gpu_cloud']],
      [
        'de',
        'Nvidia hat einen Cloud-Vertrag mit Oracle unterzeichnet.',
        ['nvidia oracle null signed gpu_cloud'],
      ],
      [
        'es',
        'Oracle firmó contratos de nube con OpenAI, NVIDIA y Meta.',
        ['openai oracle null signed', 'nvidia oracle null signed gpu_cloud', 'meta oracle null signed'],
      ],
      ['en', 'AMD signed a cloud contract with Oracle.', ['amd oracle null signed gpu_cloud']],
      // Goods told: the maker sells them.
      [
        'en',
        'Oracle signed a cloud contract with Nvidia to buy GPUs for its data centers.',
        ['oracle nvidia null signed hardware'],
      ],
      // A server vendor's order beside another company's cloud contract stays the vendor's sale.
      [
        'en',
        'IREN 8-K: $9.7 billion Microsoft AI cloud contract and $5.8 billion Dell equipment order',
        ['microsoft iren 9700000000 signed', 'iren dell 5800000000 signed hardware'],
      ],
      ['en', 'Nvidia makes the chips that power the cloud.', []],
    ],
    // "Oracle signed multibillion-dollar contracts with giants such as OpenAI and TikTok": the counterparties listed
    // after a class ("giants such as", "gigantes como") were read as examples of a trend, no parties.
    'counterparties listed after a class word, as the objects of "with"': [
      [
        'en',
        'Oracle signed multibillion-dollar contracts with giants such as OpenAI and TikTok.',
        ['openai oracle null signed', 'bytedance oracle null signed'],
      ],
      [
        'es',
        'Oracle firmó contratos multimillonarios con gigantes como OpenAI y TikTok.',
        ['openai oracle null signed', 'bytedance oracle null signed'],
      ],
      [
        'fr',
        'Oracle a signé des contrats cloud avec des géants comme OpenAI et Meta.',
        ['openai oracle null signed', 'meta oracle null signed'],
      ],
      [
        'de',
        'Oracle hat Cloud-Verträge mit Konzernen wie OpenAI und Meta unterzeichnet.',
        ['openai oracle null signed', 'meta oracle null signed'],
      ],
      // Examples of a trend stay no parties.
      ['en', 'Companies such as OpenAI and xAI are scrambling to secure computing capacity.', []],
      ['es', 'Empresas como OpenAI y xAI compiten por asegurarse capacidad de cómputo.', []],
    ],
    // "Zur Erweiterung seiner Rechenkapazitäten hat Microsoft einen Vertrag über 9,7 Milliarden US-Dollar mit IREN
    // abgeschlossen": the buyer's own capacity grown, told as a new contract's purpose, made the contract expanded.
    "the buyer's own capacity grown, as a new contract's purpose, is no expansion": [
      [
        'de',
        'Zur Erweiterung seiner Rechenkapazitäten hat Microsoft einen Vertrag über 9,7 Milliarden US-Dollar mit IREN abgeschlossen.',
        ['microsoft iren 9700000000 signed'],
      ],
      [
        'fr',
        "Pour l'extension de ses capacités de calcul, Microsoft a signé un contrat de 9,7 milliards de dollars avec IREN.",
        ['microsoft iren 9700000000 signed'],
      ],
      [
        'it',
        "Per l'ampliamento della propria capacità di calcolo, Microsoft ha firmato un contratto da 9,7 miliardi di dollari con IREN.",
        ['microsoft iren 9700000000 signed'],
      ],
      [
        'es',
        'Para la ampliación de su capacidad de cómputo, Microsoft firmó un contrato de 9.700 millones de dólares con IREN.',
        ['microsoft iren 9700000000 signed'],
      ],
      // A contract's own extension stays one.
      [
        'de',
        'Microsoft hat die Erweiterung seines Vertrags mit IREN um 2 Milliarden Dollar unterzeichnet.',
        ['microsoft iren 2000000000 expanded'],
      ],
      ['de', 'Zur Erweiterung seiner Rechenkapazitäten baut Microsoft eigene Rechenzentren.', []],
    ],
  },
  true,
);
