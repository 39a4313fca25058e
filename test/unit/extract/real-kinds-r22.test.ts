// Kinds of error seen on real pages in round 22 (market news, wire copy and translated stories). Each kind is told
// again in invented sentences, in three languages or more: positives that must be found and near misses that must
// stay silent. Each row's wanted strings are prefixes of the printed mentions ("buyer provider valueUsd status
// kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

eachKind(
  {
    // "compute capacity using Nvidia's latest Grace Blackwell systems", "computing power driven by NVIDIA's latest
    // chips": the maker of the goods was read as the seller of the capacity (Microsoft <- Nvidia).
    'a chip maker named as what the capacity runs on sells nothing': [
      [
        'en',
        "Anthropic has signed a contract with Microsoft Azure worth $30 billion for compute capacity using Nvidia's latest Grace Blackwell systems.",
        ['anthropic microsoft 30000000000 signed gpu_cloud'],
      ],
      [
        'en',
        "Microsoft agreed to pay Nscale about $14 billion for computing power driven by NVIDIA's latest chips at sites in Texas and Portugal.",
        ['microsoft nscale 14000000000 signed gpu_cloud'],
      ],
      [
        'fr',
        'Microsoft va payer environ 14 milliards de dollars à Nscale pour une puissance de calcul alimentée par les dernières puces de Nvidia.',
        ['microsoft nscale 14000000000 signed gpu_cloud'],
      ],
      [
        'es',
        'Anthropic firmó con Microsoft Azure un contrato de 30.000 millones de dólares para capacidad de cómputo impulsada por los últimos chips de Nvidia.',
        ['anthropic microsoft 30000000000 signed gpu_cloud'],
      ],
      [
        'it',
        "Microsoft pagherà a Nebius 17,4 miliardi di dollari per capacità GPU equipaggiata con i chip Nvidia nell'arco di cinque anni.",
        ['microsoft nebius 17400000000 signed gpu_cloud'],
      ],
      // A maker that rents the capacity itself stays the buyer, whatever runs in the data centres.
      [
        'en',
        "Nvidia will buy $6.3 billion of unused capacity from CoreWeave, using the cloud provider's data centers through 2032.",
        ['nvidia coreweave 6300000000 signed capacity_backstop'],
      ],
      // A share move "driven by" the maker names no goods: the maker's own sale stays its deal.
      [
        'es',
        'El Nasdaq subió, impulsado por AMD, que se disparó un 24 %. El fabricante de chips suministrará a OpenAI procesadores gráficos equivalentes a 6 gigavatios.',
        ['openai amd null signed hardware'],
      ],
      [
        'en',
        "Oracle is spending tens of billions of dollars on Nvidia's latest chips for its data centres.",
        [],
      ],
      [
        'fr',
        'Oracle dépense des dizaines de milliards de dollars en puces de Nvidia pour ses centres de données.',
        [],
      ],
    ],
    // "1.900 millones de dólares en ingresos anualizados", "revenus annualisés": the yearly revenue a contract
    // brings was sent as a second deal of the buyer's (IREN <- Dell $1.9 billion).
    'a revenue run rate is no contract value': [
      [
        'es',
        'IREN firmó con Microsoft un contrato de 9.700 millones de dólares a cinco años. La compañía prevé alcanzar 1.900 millones de dólares en ingresos anualizados con el contrato, para el que comprará equipos de Dell.',
        ['microsoft iren 9700000000 signed gpu_cloud'],
      ],
      [
        'fr',
        'IREN a signé avec Microsoft un contrat de 9,7 milliards de dollars sur cinq ans. Le groupe prévoit 1,9 milliard de dollars de revenus annualisés grâce au contrat, pour lequel il achètera du matériel à Dell.',
        ['microsoft iren 9700000000 signed gpu_cloud'],
      ],
      [
        'en',
        'IREN signed a five-year, $9.7 billion contract with Microsoft. The contract is expected to bring in about $1.9 billion of annualized revenue once Dell delivers the servers.',
        ['microsoft iren 9700000000 signed gpu_cloud'],
      ],
      [
        'it',
        'IREN ha firmato con Microsoft un contratto da 9,7 miliardi di dollari in cinque anni. Il gruppo stima 1,9 miliardi di dollari di ricavi annualizzati dal contratto, per il quale acquisterà server da Dell.',
        ['microsoft iren 9700000000 signed gpu_cloud'],
      ],
      [
        'en',
        'Nebius expects $7 billion to $9 billion of annualized revenue run-rate by the end of 2026.',
        [],
      ],
      [
        'es',
        'Nebius prevé ingresos anualizados de entre 7.000 y 9.000 millones de dólares a finales de 2026.',
        [],
      ],
    ],
    // "Google erwirbt einen 8%-Anteil an TeraWulf für 1,8 Milliarden" was read as a lease, and "hat Google 3,2
    // Milliarden Dollar für den Deal abgesichert" as a lease rather than the guarantee it is.
    'a stake bought is no lease, a guarantee in German is a backstop': [
      ['de', 'Google erwirbt einen 8%-Anteil an TeraWulf für 1,8 Milliarden Dollar.', []],
      ['en', 'Google acquires an 8% stake in TeraWulf for $1.8 billion.', []],
      ['fr', 'Google acquiert une participation de 8 % dans TeraWulf pour 1,8 milliard de dollars.', []],
      ['es', 'Google adquiere una participación del 8% en TeraWulf por 1.800 millones de dólares.', []],
      [
        'de',
        'TeraWulf vermietet 200 Megawatt an Fluidstack. Google hat 3,2 Milliarden Dollar für den Deal abgesichert.',
        [
          'fluidstack terawulf null signed datacenter_lease',
          'alphabet terawulf 3200000000 signed capacity_backstop',
        ],
      ],
      [
        'de',
        'TeraWulf hat 200 Megawatt an Fluidstack vermietet. Zudem hat Google 3,2 Milliarden Dollar der Mietverpflichtungen von Fluidstack abgesichert.',
        [
          'fluidstack terawulf null signed datacenter_lease',
          'alphabet terawulf 3200000000 signed capacity_backstop',
        ],
      ],
      [
        'en',
        "Google also backstopped $3.2 billion of Fluidstack's lease obligations at TeraWulf.",
        ['alphabet terawulf 3200000000 signed capacity_backstop'],
      ],
    ],
    // "Microsoft, que desde hace mucho tiempo respalda a OpenAI por una suma de 13.000 millones": money put behind a
    // company, sent as a backstop of OpenAI's.
    'money put behind a company is no contract': [
      [
        'es',
        'Microsoft, que desde hace mucho tiempo respalda a OpenAI por una suma de 13.000 millones de dólares, firmó con Lambda un contrato de capacidad de cómputo de 2.000 millones.',
        ['microsoft lambda 2000000000 signed'],
      ],
      [
        'en',
        'Microsoft, which has long backed OpenAI with some $13 billion, signed a $2 billion compute capacity contract with Lambda.',
        ['microsoft lambda 2000000000 signed'],
      ],
      [
        'fr',
        'Microsoft, qui soutient OpenAI depuis longtemps à hauteur de 13 milliards de dollars, a signé un contrat de capacité de calcul de 2 milliards avec Lambda.',
        ['microsoft lambda 2000000000 signed'],
      ],
      [
        'it',
        'Microsoft, che sostiene da anni OpenAI con 13 miliardi di dollari, ha firmato con Lambda un contratto di capacità di calcolo da 2 miliardi.',
        ['microsoft lambda 2000000000 signed'],
      ],
      [
        'pt',
        'A Microsoft, que apoia a OpenAI há anos com US$ 13 bilhões, assinou com a Lambda um contrato de capacidade computacional de US$ 2 bilhões.',
        ['microsoft lambda 2000000000 signed'],
      ],
      [
        'en',
        'Microsoft, which has long backed OpenAI with some $13 billion, reported higher cloud revenue.',
        [],
      ],
      [
        'it',
        'Microsoft, che sostiene da anni OpenAI con 13 miliardi di dollari, ha riportato ricavi cloud in crescita.',
        [],
      ],
    ],
    // "un contrat … pour garantir une capacité cloud d'IA supplémentaire", "to secure additional capacity": the
    // buyer's need beyond its own capacity, read as the growth of an earlier contract.
    'additional capacity as a new contract’s purpose is a signing': [
      [
        'fr',
        "Meta a signé avec CoreWeave un contrat de 14,2 milliards de dollars pour garantir une capacité cloud d'IA supplémentaire jusqu'en 2031.",
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      [
        'en',
        'Meta signed a $14.2 billion contract with CoreWeave to secure additional AI cloud capacity through 2031.',
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      [
        'it',
        'Meta ha firmato con CoreWeave un contratto da 14,2 miliardi di dollari per garantirsi capacità cloud aggiuntiva fino al 2031.',
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      // More services on the pair's contract stay an expansion, in German as in English.
      [
        'de',
        'OpenAI hat bei CoreWeave zusätzliche Cloud-Services im Wert von 6,5 Milliarden Dollar bestellt; damit steigt das Gesamtvolumen auf 22,4 Milliarden Dollar.',
        ['openai coreweave 6500000000 expanded gpu_cloud'],
      ],
      [
        'en',
        'OpenAI buys an additional $6.5 billion of capacity from CoreWeave, lifting the total contract value to $22.4 billion.',
        ['openai coreweave 6500000000 expanded gpu_cloud'],
      ],
      [
        'en',
        'Meta said it would seek additional capacity from other providers as its spending rises to $70 billion this year.',
        [],
      ],
    ],
    // "con respaldo de sistemas de Nvidia": the systems a deal runs on, read as a guarantee (kind backstop).
    'systems behind a deal are no guarantee': [
      [
        'es',
        'Microsoft firmó con Lambda un acuerdo de varios miles de millones de dólares para desplegar infraestructura de IA con respaldo de sistemas de Nvidia.',
        ['microsoft lambda null signed gpu_cloud'],
      ],
      [
        'en',
        'Microsoft signed a multibillion-dollar agreement with Lambda to deploy AI infrastructure backed by Nvidia systems.',
        ['microsoft lambda null signed gpu_cloud'],
      ],
      [
        'fr',
        "Microsoft a signé avec Lambda un accord de plusieurs milliards de dollars pour déployer une infrastructure d'IA adossée à des systèmes Nvidia.",
        ['microsoft lambda null signed gpu_cloud'],
      ],
      // A guarantee named with its respaldo stays one.
      [
        'es',
        'TeraWulf firmó un arrendamiento con Fluidstack, con el respaldo de Google por 1.800 millones de dólares de las obligaciones de arrendamiento.',
        [
          'alphabet terawulf 1800000000 signed capacity_backstop',
          'fluidstack terawulf null signed datacenter_lease',
        ],
      ],
      ['en', 'Nvidia-backed Lambda raised $1.5 billion in a funding round led by TWG Global.', []],
      [
        'de',
        'Die von Nvidia unterstützte Lambda hat in einer Finanzierungsrunde 1,5 Milliarden Dollar eingesammelt.',
        [],
      ],
    ],
  },
  true,
);

eachKind(
  {
    // "CoreWeave gains grip over approximately 1.3 GW of Core Scientific's gross power": a takeover told through the
    // capacity it brings was sent as a lease of CoreWeave's from Core Scientific.
    'a takeover told through the capacity it brings is no lease': [
      [
        'en',
        "With the deal, CoreWeave gains grip over approximately 1.3 GW of Core Scientific's gross power, eliminating more than $10 billion in future lease payments over 12 years.",
        [],
      ],
      [
        'fr',
        "Avec ce rachat, CoreWeave prend le contrôle d'environ 1,3 GW de puissance chez Core Scientific et supprime plus de 10 milliards de dollars de loyers futurs.",
        [],
      ],
      [
        'es',
        'Con la operación, CoreWeave toma el control de cerca de 1,3 GW de potencia de Core Scientific y elimina más de 10.000 millones de dólares en pagos futuros de arrendamiento.',
        [],
      ],
      [
        'it',
        "Con l'operazione CoreWeave prende il controllo di circa 1,3 GW di potenza di Core Scientific ed elimina oltre 10 miliardi di dollari di canoni futuri.",
        [],
      ],
      // The leases signed before the takeover stay leases.
      [
        'en',
        'Core Scientific signed a 12-year lease with CoreWeave for 200 MW of HPC capacity, worth about $3.5 billion.',
        ['coreweave core-scientific 3500000000 signed datacenter_lease'],
      ],
    ],
  },
  true,
);

eachKind({
  // "a $14.2 billion contract with Meta and a $6.5 billion expansion with OpenAI": the expansion word's object is the
  // company right after it; a decimal comma ("6,5 milliards") ends no clause, and "ampliación" is read to its end.
  'an expansion told beside another contract is the pair’s it names': [
    [
      'en',
      "CoreWeave's backlog reached $55.6 billion, driven by a $14.2 billion contract with Meta and a $6.5 billion expansion with OpenAI.",
      ['meta coreweave 14200000000 signed', 'openai coreweave 6500000000 expanded'],
    ],
    [
      'fr',
      'CoreWeave a signé un contrat de 14,2 milliards de dollars avec Meta et une extension de 6,5 milliards de dollars avec OpenAI.',
      ['meta coreweave 14200000000 signed', 'openai coreweave 6500000000 expanded'],
    ],
    [
      'es',
      'CoreWeave firmó un contrato de 14.200 millones de dólares con Meta y una ampliación de 6.500 millones de dólares con OpenAI.',
      ['meta coreweave 14200000000 signed', 'openai coreweave 6500000000 expanded'],
    ],
    [
      'de',
      'CoreWeave hat einen Vertrag über 14,2 Milliarden Dollar mit Meta und eine Erweiterung um 6,5 Milliarden Dollar mit OpenAI unterzeichnet.',
      ['meta coreweave 14200000000 signed', 'openai coreweave 6500000000 expanded'],
    ],
    // The maker of the goods an agreement extends is no object of the word.
    [
      'en',
      'Nscale announced an agreement with Microsoft to deliver 66,000 Rubin GPUs at Sines. The agreement extends the 12,600 NVIDIA GB300 GPUs Nscale is already bringing online for Microsoft.',
      ['microsoft nscale null expanded'],
    ],
  ],
});

eachKind(
  {
    // "Le carnet de commandes de CoreWeave est porté par un contrat de 14,2 milliards avec Meta": with no comma between
    // the backlog word and the contracts, the backlog's clause swallowed them and the sentence came out silent.
    'contracts that feed a backlog in its own clause are deals': [
      [
        'en',
        "CoreWeave's backlog is driven by a $14.2 billion contract with Meta and a $6.5 billion expansion with OpenAI.",
        ['meta coreweave 14200000000 signed', 'openai coreweave 6500000000 expanded'],
      ],
      [
        'fr',
        'Le carnet de commandes de CoreWeave est porté par un contrat de 14,2 milliards de dollars avec Meta et une extension de 6,5 milliards de dollars avec OpenAI.',
        ['meta coreweave 14200000000 signed', 'openai coreweave 6500000000 expanded'],
      ],
      [
        'es',
        'El backlog de CoreWeave crece gracias a un contrato de 14.200 millones de dólares con Meta y una ampliación de 6.500 millones de dólares con OpenAI.',
        ['meta coreweave 14200000000 signed', 'openai coreweave 6500000000 expanded'],
      ],
      [
        'de',
        'Der Auftragsbestand von CoreWeave stieg auf 55,6 Milliarden Dollar, getragen von einem Vertrag über 14,2 Milliarden mit Meta und einer Erweiterung um 6,5 Milliarden mit OpenAI.',
        ['meta coreweave 14200000000 signed', 'openai coreweave 6500000000 expanded'],
      ],
      // The backlog's own amount stays a sum, whoever its contracts are with.
      ['en', "CoreWeave's backlog of $55.6 billion includes contracts with Meta and OpenAI.", []],
      ['en', "CoreWeave's backlog, driven by contracts with Meta, reached $55.6 billion.", []],
      [
        'fr',
        'Le carnet de commandes de CoreWeave, qui comprend des contrats avec Meta et OpenAI, atteint 55,6 milliards de dollars.',
        [],
      ],
      [
        'es',
        'El backlog de CoreWeave, con contratos de Meta y OpenAI, llegó a 55.600 millones de dólares.',
        [],
      ],
    ],
  },
  true,
);

eachKind(
  {
    // "Anthropic's plan, announced last month, to spend $50 billion on U.S. data centers with Fluidstack": the aside
    // split "plan" from "to spend", and the plan came out as a $50 billion deal.
    'a plan split by an aside is still a plan': [
      [
        'en',
        "Hut 8 signed a 15-year lease with Fluidstack worth about $7 billion. The lease is part of Anthropic's plan, announced last month, to spend $50 billion on U.S. data centers with Fluidstack.",
        ['fluidstack hut-8 7000000000 signed datacenter_lease'],
      ],
      [
        'fr',
        "Le bail s'inscrit dans le plan d'Anthropic, annoncé le mois dernier, d'investir 50 milliards de dollars dans des centres de données américains avec Fluidstack.",
        [],
      ],
      [
        'es',
        'El arrendamiento forma parte del plan de Anthropic, anunciado el mes pasado, de invertir 50.000 millones de dólares en centros de datos en Estados Unidos con Fluidstack.',
        [],
      ],
      [
        'it',
        'Il contratto rientra nel piano di Anthropic, annunciato il mese scorso, di investire 50 miliardi di dollari in data center negli Stati Uniti con Fluidstack.',
        [],
      ],
    ],
    // "an additional 260 MW lease at Helios, worth about $4.5 billion, taking the total value of its Galaxy leases to
    // more than $15 billion": the landlord named only in the total's clause; the total came out as the value and
    // the increment was lost.
    'an added contract’s worth is the increment of the total told next': [
      [
        'en',
        'CoreWeave signed an additional 260 MW lease at Helios, worth about $4.5 billion, taking the total value of its Galaxy leases to more than $15 billion.',
        ['coreweave galaxy-digital 4500000000 expanded datacenter_lease'],
      ],
      [
        'en',
        'The additional 260 MW lease is expected to bring in about $4.5 billion of revenue over 15 years, Galaxy said, taking total expected revenue from the CoreWeave leases to more than $15 billion.',
        ['coreweave galaxy-digital 4500000000 expanded datacenter_lease'],
      ],
      [
        'fr',
        "CoreWeave a signé avec Galaxy un bail supplémentaire de 260 MW à Helios, d'une valeur d'environ 4,5 milliards de dollars, portant le total de ses baux avec Galaxy à plus de 15 milliards de dollars.",
        ['coreweave galaxy-digital 4500000000 expanded datacenter_lease'],
      ],
      [
        'de',
        'CoreWeave hat mit Galaxy einen zusätzlichen Mietvertrag über 260 MW in Helios im Wert von rund 4,5 Milliarden Dollar geschlossen; damit steigt das Gesamtvolumen der Mietverträge auf über 15 Milliarden Dollar.',
        ['coreweave galaxy-digital 4500000000 expanded datacenter_lease'],
      ],
      [
        'es',
        'CoreWeave firmó con Galaxy un arrendamiento adicional de 260 MW en Helios, valorado en unos 4.500 millones de dólares, con lo que el valor total de sus arrendamientos supera los 15.000 millones de dólares.',
        ['coreweave galaxy-digital 4500000000 expanded datacenter_lease'],
      ],
      [
        'it',
        'Applied Digital ha firmato un terzo contratto di locazione con CoreWeave per 150 MW nel campus Polaris Forge 1. Il nuovo contratto, della durata di 15 anni, vale circa 4 miliardi di dollari, portando il totale dei contratti con CoreWeave a circa 11 miliardi.',
        ['coreweave applied-digital 4000000000 expanded datacenter_lease'],
      ],
      // A volume that may rise if more is bought is a ceiling, not the total of an expansion.
      [
        'de',
        'Microsoft hat sich verpflichtet, über fünf Jahre GPU-Kapazität im Wert von 17,4 Milliarden Dollar bei Nebius abzunehmen. Nimmt der Konzern zusätzliche Leistungen in Anspruch, steigt das Volumen auf bis zu 19,4 Milliarden Dollar.',
        ['microsoft nebius 17400000000 signed'],
      ],
      [
        'en',
        'Galaxy expects more than $15 billion of revenue from its Helios campus over 15 years, with CoreWeave as its anchor tenant.',
        [],
      ],
    ],
    // "a $1.5 billion deal to lease 18,000 GPUs back to Nvidia": "to" after the goods was read as a product name, and
    // the chip maker as the brand of the GPUs rather than their tenant.
    'a chip maker the GPUs are leased to is the buyer': [
      [
        'en',
        'Earlier this year Lambda signed a $1.5 billion deal to lease 18,000 GPUs back to Nvidia over four years, making the chipmaker its biggest customer.',
        ['nvidia lambda 1500000000 signed gpu_cloud'],
      ],
      [
        'fr',
        'Lambda a signé un contrat de 1,5 milliard de dollars pour louer 18 000 GPU à Nvidia pendant quatre ans.',
        ['nvidia lambda 1500000000 signed gpu_cloud'],
      ],
      [
        'es',
        'Lambda firmó un contrato de 1.500 millones de dólares para alquilar 18.000 GPU a Nvidia durante cuatro años.',
        ['nvidia lambda 1500000000 signed gpu_cloud'],
      ],
      ['en', 'Lambda will deploy 18,000 GPUs from Nvidia in a $1.5 billion build-out of its own cloud.', []],
    ],
  },
  true,
);

eachKind(
  {
    // "Oracle, qui a signé un contrat de 300 milliards de dollars avec OpenAI, a vu ses titres de dette se dégrader":
    // the main clause's bond words dropped the sentence, and the deal told whole in the aside with it.
    'a deal told whole in a relative aside stands beside the main clause’s debt': [
      [
        'fr',
        'Oracle, qui a signé un contrat de 300 milliards de dollars avec OpenAI, a vu ses titres de dette se dégrader.',
        ['openai oracle 300000000000 signed gpu_cloud'],
      ],
      [
        'en',
        'Oracle, which signed a $300 billion contract with OpenAI, saw its bonds sell off.',
        ['openai oracle 300000000000 signed gpu_cloud'],
      ],
      [
        'es',
        'Oracle, que firmó un contrato de 300.000 millones de dólares con OpenAI, vio cómo se deterioraban sus bonos.',
        ['openai oracle 300000000000 signed gpu_cloud'],
      ],
      [
        'de',
        'Oracle, die einen Vertrag über 300 Milliarden Dollar mit OpenAI unterzeichnet hat, musste Anleihen platzieren.',
        ['openai oracle 300000000000 signed gpu_cloud'],
      ],
      // An amount of the main clause keeps the whole sentence the debt's.
      [
        'en',
        'Oracle, which signed a $300 billion contract with OpenAI, sold $18 billion of bonds on Tuesday.',
        [],
      ],
    ],
  },
  true,
);

eachKind({
  // "um contrato de US$ 17,4 mil milhões por cinco anos, que pode chegar a US$ 19,4 mil milhões": the level the
  // contract can reach came out as a second deal of the pair (and as its value).
  'a level the contract can reach after its base is a ceiling': [
    [
      'pt',
      'Em setembro, a Nebius tinha assinado com a Microsoft um contrato de US$ 17,4 mil milhões por cinco anos, que pode chegar a US$ 19,4 mil milhões.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'en',
      'In September Nebius signed a five-year contract with Microsoft worth $17.4 billion that can reach $19.4 billion.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'es',
      'En septiembre, Nebius firmó con Microsoft un contrato de 17.400 millones de dólares a cinco años, que puede llegar a 19.400 millones.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'fr',
      'En septembre, Nebius a signé avec Microsoft un contrat de 17,4 milliards de dollars sur cinq ans, qui peut atteindre 19,4 milliards.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'it',
      'A settembre Nebius ha firmato con Microsoft un contratto da 17,4 miliardi di dollari in cinque anni, che può arrivare a 19,4 miliardi.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'de',
      'Bereits im September hatte Nebius einen Vertrag mit Microsoft über 17,4 Milliarden Dollar geschlossen, der bis auf 19,4 Milliarden Dollar steigen kann.',
      ['microsoft nebius 17400000000 signed'],
    ],
    // A second contract's amount after the first stays a deal of its own.
    [
      'en',
      'Nebius signed a $17.4 billion contract with Microsoft and a $3 billion deal with Meta.',
      ['microsoft nebius 17400000000 signed', 'meta nebius 3000000000 signed'],
    ],
  ],
  // "OpenAI ha già impegni con Nvidia per 10 gigawatt": a chip designer's gigawatts came out as a cloud rental.
  "a chip designer's gigawatts are its systems": [
    [
      'it',
      'OpenAI acquisterà da AMD chip per 6 gigawatt di potenza nei prossimi anni. OpenAI ha già impegni con Nvidia per 10 gigawatt e con Broadcom.',
      ['openai amd null signed hardware', 'openai nvidia null signed hardware'],
    ],
    ['en', 'OpenAI has commitments with Nvidia for 10 gigawatts.', ['openai nvidia null signed hardware']],
    ['fr', 'OpenAI a des engagements avec Nvidia pour 10 gigawatts.', ['openai nvidia null signed hardware']],
    // Nvidia's own cloud rented out stays a cloud deal.
    [
      'en',
      'Nvidia will rent cloud capacity to Anthropic under a $2 billion agreement.',
      ['anthropic nvidia 2000000000 signed gpu_cloud'],
    ],
  ],
});

eachKind(
  {
    // "Il campus di Narvik, che OpenAI aveva presentato come «Stargate Norway» senza mai firmare, sarà occupato da
    // Microsoft. Il colosso di Redmond aveva già un contratto da 6,2 miliardi": the company that never signed was
    // borrowed as the other party of Microsoft's contract.
    'a company told as never signing is no party': [
      [
        'it',
        'Il campus norvegese di Narvik, che OpenAI aveva presentato come «Stargate Norway» senza mai firmare, sarà occupato da Microsoft. Il colosso di Redmond aveva già un contratto da 6,2 miliardi di dollari su cinque anni per lo stesso sito.',
        [],
      ],
      ['en', "OpenAI never signed. No price, but Microsoft's existing Narvik deal was $6.2 billion.", []],
      [
        'fr',
        "Le campus de Narvik, qu'OpenAI avait présenté comme « Stargate Norway » sans jamais signer, sera occupé par Microsoft. Le géant de Redmond y avait déjà un contrat de 6,2 milliards de dollars.",
        [],
      ],
      [
        'es',
        'El campus de Narvik, que OpenAI presentó como «Stargate Norway» sin llegar a firmar, lo ocupará Microsoft. El gigante de Redmond ya tenía allí un contrato de 6.200 millones de dólares.',
        [],
      ],
      // The company that did sign stays the party.
      [
        'en',
        'OpenAI never signed for Narvik. Instead, Microsoft signed a $6.2 billion five-year contract with Nscale for the site.',
        ['microsoft nscale 6200000000 signed gpu_cloud'],
      ],
    ],
  },
  true,
);

eachKind({
  // "Le site, un temps présenté comme « Stargate Norway » par OpenAI, est désormais occupé par Microsoft. Le groupe
  // américain y loue des capacités … contrat de 6,2 milliards … signé avec Nscale": "the group" stood for the first
  // company named, inside the aside, not for the tenant the main clause names.
  'a site taken up in the passive names the tenant a later "the group" stands for': [
    [
      'fr',
      "Le site, un temps présenté comme « Stargate Norway » par OpenAI, est désormais occupé par Microsoft. Le groupe américain y loue des capacités dans le cadre d'un contrat de 6,2 milliards de dollars sur cinq ans signé avec Nscale et Aker.",
      ['microsoft nscale 6200000000 signed gpu_cloud'],
    ],
    [
      'en',
      'The site, once presented as Stargate Norway by OpenAI, is now used by Microsoft. The company rents capacity there under a $6.2 billion five-year contract signed with Nscale.',
      ['microsoft nscale 6200000000 signed gpu_cloud'],
    ],
    [
      'es',
      'El sitio, presentado como Stargate por OpenAI, está ahora ocupado por Microsoft. La compañía alquila capacidad con un contrato de 6.200 millones de dólares firmado con Nscale.',
      ['microsoft nscale 6200000000 signed gpu_cloud'],
    ],
    // Italian "occupato da" names the tenant, not a seller ("noleggia da" would).
    [
      'it',
      'Il campus norvegese di Narvik di Nscale sarà occupato da Microsoft, che noleggerà circa 30.000 chip Nvidia Vera Rubin aggiuntivi. Il colosso di Redmond aveva già un contratto da 6,2 miliardi di dollari su cinque anni per lo stesso sito.',
      ['microsoft nscale 6200000000'],
    ],
  ],
});

eachKind(
  {
    // "il gruppo guidato da Arkady Volozh, che lo scorso anno aveva firmato un accordo da 17,4 miliardi con
    // Microsoft": the company named only by its leader was missed, and the pair borrowed from the sentence before.
    'a company named by its leader is a party': [
      [
        'it',
        'Si tratta del contratto più importante per il gruppo guidato da Arkady Volozh, che lo scorso anno aveva firmato un accordo da 17,4 miliardi di dollari con Microsoft per capacità di calcolo.',
        ['microsoft nebius 17400000000 signed gpu_cloud'],
      ],
      [
        'fr',
        "Le groupe dirigé par Arkady Volozh avait signé l'an dernier un accord de 17,4 milliards de dollars avec Microsoft pour de la capacité de calcul.",
        ['microsoft nebius 17400000000 signed gpu_cloud'],
      ],
      [
        'es',
        'La empresa dirigida por Sam Altman firmó un contrato de 38.000 millones de dólares con Amazon Web Services para capacidad de cómputo.',
        ['openai amazon 38000000000 signed gpu_cloud'],
      ],
      // The leader speaking names no party.
      [
        'en',
        'Arkady Volozh said on Tuesday that demand for AI capacity keeps rising, and that Microsoft remains a key customer after a $17.4 billion deal.',
        [],
      ],
    ],
    // "compite con OpenAI, que el mes pasado firmó un acuerdo de 250.000 millones con Microsoft": a rival's own deal,
    // told in its relative clause, came out as the subject's (Anthropic <- Microsoft $250 billion).
    'a rival’s own deal in its relative clause is the rival’s': [
      [
        'es',
        'Anthropic compite con OpenAI, que el mes pasado firmó un acuerdo de 250.000 millones de dólares con Microsoft para capacidad de cómputo, y con Google.',
        ['openai microsoft 250000000000 signed gpu_cloud'],
      ],
      [
        'en',
        'Anthropic competes with OpenAI, which last month signed a $250 billion agreement with Microsoft for cloud capacity, and with Google.',
        ['openai microsoft 250000000000 signed gpu_cloud'],
      ],
      [
        'fr',
        'Anthropic est en concurrence avec OpenAI, qui a signé le mois dernier un accord de 250 milliards de dollars avec Microsoft pour de la capacité cloud, et avec Google.',
        ['openai microsoft 250000000000 signed gpu_cloud'],
      ],
      // Rivals named as a ranking stay no parties.
      [
        'en',
        'Oracle is becoming a key cloud supplier, in competition with Amazon, Microsoft and Alphabet. The contract is worth $300 billion over five years.',
        [],
      ],
    ],
  },
  true,
);

eachKind({
  // "ha da poco rinegoziato l'accordo: OpenAI si è impegnata ad acquistare servizi Azure per altri 250 miliardi": a
  // renegotiated agreement read as talks, and "per altri" (for another) as no increment.
  'a renegotiated agreement is done, and "for another" amount grows it': [
    [
      'it',
      "Microsoft ha registrato un onere legato alla sua partecipazione in OpenAI, con cui ha da poco rinegoziato l'accordo: OpenAI si è impegnata ad acquistare servizi Azure per altri 250 miliardi di dollari.",
      ['openai microsoft 250000000000 expanded gpu_cloud'],
    ],
    [
      'es',
      'Microsoft renegoció hace poco su acuerdo con OpenAI: OpenAI se comprometió a comprar servicios de Azure por otros 250.000 millones de dólares.',
      ['openai microsoft 250000000000 expanded gpu_cloud'],
    ],
    [
      'en',
      'Microsoft recently renegotiated its agreement with OpenAI: OpenAI has committed to purchase an additional $250 billion of Azure services.',
      ['openai microsoft 250000000000 expanded gpu_cloud'],
    ],
    // Talks still going stay talks.
    [
      'it',
      'OpenAI sta negoziando con Microsoft un contratto da 250 miliardi di dollari per servizi Azure.',
      ['openai microsoft 250000000000 in_talks'],
    ],
  ],
});

eachKind(
  {
    // "Microsoft has committed more than $60 billion to neocloud companies. The deals include Nebius ($19.4 billion),
    // Nscale (about $24 billion), IREN ($9.7 billion) and Lambda": a list of the previous sentence's deals named
    // several sellers and no buyer; its members are never each other's pair, and it came out silent.
    'a list opening on the deals told before binds each to their buyer': [
      [
        'en',
        'Microsoft has signed several neocloud contracts. The deals include Nebius ($19.4 billion), IREN ($9.7 billion) and Lambda.',
        ['microsoft nebius 19400000000 signed', 'microsoft iren 9700000000 signed'],
      ],
      [
        'it',
        'Secondo Bloomberg, Microsoft ha firmato contratti per oltre 60 miliardi di dollari con i cosiddetti neocloud. Tra questi figurano Nebius (17,4 miliardi) e IREN (9,7 miliardi).',
        ['microsoft nebius 17400000000 signed', 'microsoft iren 9700000000 signed'],
      ],
      [
        'pt',
        'A Microsoft comprometeu mais de US$ 60 bilhões com empresas de nuvem especializadas em IA. Os contratos incluem a Nebius (US$ 19,4 bilhões) e a IREN (US$ 9,7 bilhões).',
        ['microsoft nebius 19400000000 signed', 'microsoft iren 9700000000 signed'],
      ],
      [
        'fr',
        'Microsoft a signé plusieurs contrats avec des néoclouds. Parmi eux figurent Nebius (17,4 milliards de dollars) et IREN (9,7 milliards de dollars).',
        ['microsoft nebius 17400000000 signed', 'microsoft iren 9700000000 signed'],
      ],
      [
        'de',
        'Microsoft hat mehrere Verträge mit Neoclouds abgeschlossen. Darunter sind Nebius (17,4 Milliarden Dollar) und IREN (9,7 Milliarden Dollar).',
        ['microsoft nebius 17400000000 signed', 'microsoft iren 9700000000 signed'],
      ],
      [
        'es',
        'Microsoft firmó varios contratos con neoclouds. Entre ellos figuran Nebius (17.400 millones de dólares) e IREN (9.700 millones de dólares).',
        ['microsoft nebius 17400000000 signed', 'microsoft iren 9700000000 signed'],
      ],
      // A list of companies' values after no deal stays silent.
      [
        'en',
        'Shares of neocloud companies rose on Monday. These include Nebius, valued at $24 billion, and IREN, valued at $9.7 billion.',
        [],
      ],
    ],
  },
  true,
);

eachKind({
  // "Le trattative tra xAI e Oracle per un contratto … si sono interrotte": the subject's words between the talks and
  // their end left the talks going (in_talks, or reported from the sources' words).
  'talks that ended after the words naming them are terminated': [
    [
      'it',
      'Le trattative tra xAI e Oracle per un contratto cloud da circa 10 miliardi di dollari si sono interrotte, secondo persone a conoscenza della questione.',
      ['xai oracle 10000000000 terminated'],
    ],
    [
      'en',
      'Talks between xAI and Oracle over a cloud contract worth about $10 billion have broken down, according to people familiar with the matter.',
      ['xai oracle 10000000000 terminated'],
    ],
    [
      'es',
      'Las conversaciones entre xAI y Oracle para un contrato de nube de unos 10.000 millones de dólares se interrumpieron, según personas conocedoras del asunto.',
      ['xai oracle 10000000000 terminated'],
    ],
    [
      'pt',
      'As negociações entre a xAI e a Oracle para um contrato de nuvem de cerca de US$ 10 bilhões foram interrompidas, segundo pessoas a par do assunto.',
      ['xai oracle 10000000000 terminated'],
    ],
    // Talks still going stay talks.
    [
      'en',
      'Talks between xAI and Oracle over a cloud contract worth about $10 billion are continuing, according to people familiar with the matter.',
      ['xai oracle 10000000000 in_talks'],
    ],
  ],
});

eachKind({
  // "Meta está en conversaciones para gastar miles de millones en chips TPU … Meta ya firmó en agosto un contrato …
  // con Google por más de 10.000 millones": the talks' hedge, told without a figure, was laid on the earlier contract
  // told as done. The talks are a deal of their own, without a figure, beside it (round 49).
  'an earlier contract told as already signed keeps its status beside new talks': [
    [
      'es',
      'Meta está en conversaciones para gastar miles de millones de dólares en chips TPU de Google a partir de 2027, según The Information. Meta ya firmó en agosto un contrato de computación en la nube con Google por más de 10.000 millones de dólares.',
      ['meta alphabet null in_talks', 'meta alphabet 10000000000 signed'],
    ],
    [
      'en',
      "Meta is in talks to spend billions of dollars on Google's TPU chips for its data centers from 2027, The Information reported. Meta already signed a cloud computing contract with Google worth more than $10 billion in August.",
      ['meta alphabet null in_talks', 'meta alphabet 10000000000 signed'],
    ],
    [
      'fr',
      'Meta discute avec Google pour dépenser des milliards de dollars en puces TPU à partir de 2027, selon The Information. Meta a déjà signé en août un contrat de cloud avec Google de plus de 10 milliards de dollars.',
      ['meta alphabet null in_talks', 'meta alphabet 10000000000 signed'],
    ],
    // Without an earlier contract told as done, the talks' hedge is the story's.
    [
      'en',
      "Meta is in talks to spend billions of dollars on Google's TPU chips, The Information reported. The deal could be worth more than $10 billion.",
      ['meta alphabet 10000000000 in_talks'],
    ],
  ],
});

eachKind(
  {
    // "This new lease agreement with CoreWeave brings Applied Digital's total anticipated contracted lease revenue to
    // approximately $11B, which includes $7B in revenue from the initial two … leases": the total came out as the new
    // lease's value (and, in other languages, the $7 billion as a deal of its own).
    "a total told with the earlier contracts' part gives the new contract the rest": [
      [
        'en',
        "Applied Digital has finalized a new lease agreement with CoreWeave for an additional 150MW. This new lease agreement with CoreWeave brings Applied Digital's total anticipated contracted lease revenue to approximately $11B, which includes $7B in revenue from the initial two approximately 15-year leases executed in May.",
        ['coreweave applied-digital 4000000000 expanded datacenter_lease'],
      ],
      [
        'fr',
        "Applied Digital a finalisé un nouveau bail avec CoreWeave pour 150 MW supplémentaires. Ce bail porte le total des revenus locatifs contractuels attendus d'Applied Digital à environ 11 milliards de dollars, dont 7 milliards provenant des deux premiers baux signés en mai.",
        ['coreweave applied-digital 4000000000 expanded datacenter_lease'],
      ],
      [
        'es',
        'Applied Digital cerró un nuevo arrendamiento con CoreWeave por otros 150 MW. El contrato eleva los ingresos totales previstos de sus arrendamientos a unos 11.000 millones de dólares, de los cuales 7.000 millones corresponden a los dos primeros arrendamientos firmados en mayo.',
        ['coreweave applied-digital 4000000000 expanded datacenter_lease'],
      ],
      [
        'de',
        'Applied Digital hat mit CoreWeave einen weiteren Mietvertrag über 150 MW abgeschlossen. Damit steigen die erwarteten Mieteinnahmen aus den Verträgen auf rund 11 Milliarden Dollar, davon 7 Milliarden aus den ersten beiden Mietverträgen vom Mai.',
        ['coreweave applied-digital 4000000000 expanded datacenter_lease'],
      ],
      [
        'it',
        'Applied Digital ha firmato con CoreWeave un nuovo contratto di locazione per altri 150 MW, portando i ricavi complessivi attesi dai contratti a circa 11 miliardi di dollari, di cui 7 miliardi dai primi due contratti firmati a maggio.',
        ['coreweave applied-digital 4000000000 expanded datacenter_lease'],
      ],
      // A backlog told with its first contracts' part, and no new contract, stays no deal.
      [
        'en',
        "Applied Digital's revenue backlog reached $11 billion, which includes $7 billion from its first two leases.",
        [],
      ],
    ],
  },
  true,
);

eachKind({
  // "il Wall Street Journal ha riferito che OpenAI ha firmato": the outlet's own verb of reporting, in Italian, left
  // the deal signed; "the company said Microsoft would pay it" left a company's own statement reported.
  'an outlet reporting is hearsay, the company saying is its own statement': [
    [
      'it',
      'Il titolo Oracle è balzato del 36% dopo che il Wall Street Journal ha riferito che OpenAI ha firmato un contratto da 300 miliardi di dollari per la potenza di calcolo.',
      ['openai oracle 300000000000 reported'],
    ],
    [
      'fr',
      "Le titre Oracle a bondi de 36 % après que le Wall Street Journal a rapporté qu'OpenAI avait signé un contrat de 300 milliards de dollars pour de la puissance de calcul.",
      ['openai oracle 300000000000 reported'],
    ],
    [
      'de',
      'Die Oracle-Aktie sprang um 36 Prozent, nachdem das Wall Street Journal berichtete, OpenAI habe einen Vertrag über 300 Milliarden Dollar für Rechenleistung unterzeichnet.',
      ['openai oracle 300000000000 reported'],
    ],
    [
      'en',
      'Shares of IREN rose 12% on Monday after the company said Microsoft would pay it $9.7 billion over five years for AI cloud capacity.',
      ['microsoft iren 9700000000 signed'],
    ],
  ],
});
