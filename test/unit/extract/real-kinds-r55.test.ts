// Kinds of error seen on real pages in round 55: a table whose rows tell one pair's base contract and each of its
// additions ("May 2025 | OpenAI | First expansion | up to $4.0bn", "Second expansion, taking the total to $22.4bn |
// up to $6.5bn", "Primera ampliación", "Erste Aufstockung", "CoreWeave (extension)") came out as one contract, the
// running total in a row's other cell read as a figure of the row's own; another kind of money in a row's notes cell
// ("OpenAI also received $350 million of stock") took the row's value with it; servers bought to serve a contract
// named only by its label ("required to service the Microsoft Agreement", "nécessaires à l'exécution du Contrat
// Microsoft") went to the label's company, or to the filer's contract; one purchase told twice, the second time with
// an anaphor for its buyer ("La société a signé un accord avec Dell …"), came out a second time for the company of
// the sentence before; and a purchase whose sentence names the capacity buyer only as its contract's label ("Its
// $9.7 billion Microsoft contract … — IREN owns the GPUs (bought from Dell …)") went to that buyer; a purchase from
// vendors told as a class ("with original equipment manufacturers … comprising NVIDIA B300 and AMD MI350X units") went
// to a chip brand; partners forming a venture ("la creación de una empresa conjunta") were read as a deal; and a
// seller's customer told as "the company" ("agreed to sell the company 18,000 GB300 chips") was no party; and money a
// headline says a company obtains for its site, written with its currency's code ("obtiene USD 1.400 millones para
// Helios"), became the tenant's lease; a provider giving a named buyer access to its chips ("a deal to provide SSI with
// access to its tensor processing units") was no deal; and a startup's worth told in apposition ("la startup …
// valorada en 32.000 millones") became its investor's contract; and a further order from the same customer ("placed a
// further $11 billion order", "un pedido adicional de 11.000 millones") was merged into the earlier one or read as
// signed; and a deal a party confirms ("OpenAI confirmó su acuerdo con Cerebras") was hearsay because a newspaper was
// credited for its figure; and the customer of a provider's site ("where Cohere will be a customer") was no deal, while
// a government's grant to it ("Ottawa would give Cohere up to $240 million") became its value.
// Each kind is told again in invented sentences, in three languages or more: positives that must be found and near
// misses that must stay as they are. Each row's wanted strings are prefixes of the printed mentions ("buyer provider
// valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Nscale signs a contract with Microsoft.');
}, 120_000);

eachKind({
  // Each row is a contract: the base signed, each addition expanded, a total the contract of the addition beside it.
  "a table's rows for one pair's base contract and its additions": [
    [
      'en',
      "CoreWeave's customer contracts, as disclosed:\n\nDate | Customer | What was agreed | Value\nMarch 2025 | OpenAI | Five-year GPU cloud contract | $11.9bn\nMay 2025 | OpenAI | First expansion | $4bn\nSeptember 2025 | OpenAI | Second expansion, taking the total to $22.4bn | $6.5bn\nSeptember 2025 | Meta | Capacity through 2031 | $14.2bn",
      [
        'openai coreweave 11900000000 signed gpu_cloud',
        'openai coreweave 4000000000 expanded gpu_cloud',
        'openai coreweave 6500000000 expanded gpu_cloud',
        'meta coreweave 14200000000 signed gpu_cloud',
      ],
    ],
    [
      'es',
      'Los contratos de CoreWeave con sus clientes:\n\nFecha | Cliente | Qué se acordó | Importe\nMarzo de 2025 | OpenAI | Contrato de nube de GPU a cinco años | 11.900 millones de dólares\nMayo de 2025 | OpenAI | Primera ampliación | 4.000 millones de dólares\nSeptiembre de 2025 | OpenAI | Segunda ampliación | 6.500 millones de dólares; lo comprometido con CoreWeave llega a 22.400 millones\nSeptiembre de 2025 | Meta | Capacidad hasta 2031 | 14.200 millones de dólares',
      [
        'openai coreweave 11900000000 signed gpu_cloud',
        'openai coreweave 4000000000 expanded gpu_cloud',
        'openai coreweave 6500000000 expanded gpu_cloud',
        'meta coreweave 14200000000 signed gpu_cloud',
      ],
    ],
    [
      'fr',
      "Les contrats clients de CoreWeave :\n\nDate | Client | Objet | Montant\nMars 2025 | OpenAI | Contrat cloud GPU de cinq ans | 11,9 milliards de dollars\nMai 2025 | OpenAI | Première extension | 4 milliards de dollars\nSeptembre 2025 | OpenAI | Deuxième extension, portant le total à 22,4 milliards | 6,5 milliards de dollars\nSeptembre 2025 | Meta | Capacité jusqu'en 2031 | 14,2 milliards de dollars",
      [
        'openai coreweave 11900000000 signed gpu_cloud',
        'openai coreweave 4000000000 expanded gpu_cloud',
        'openai coreweave 6500000000 expanded gpu_cloud',
        'meta coreweave 14200000000 signed gpu_cloud',
      ],
    ],
    [
      'de',
      'Die Kundenverträge von CoreWeave:\n\nDatum | Kunde | Gegenstand | Wert\nMärz 2025 | OpenAI | Fünfjähriger GPU-Cloud-Vertrag | 11,9 Mrd. Dollar\nMai 2025 | OpenAI | Erste Aufstockung | 4 Mrd. Dollar\nSeptember 2025 | OpenAI | Zweite Aufstockung, Gesamtvolumen steigt auf 22,4 Mrd. Dollar | 6,5 Mrd. Dollar\nSeptember 2025 | Meta | Kapazität bis 2031 | 14,2 Mrd. Dollar',
      [
        'openai coreweave 11900000000 signed gpu_cloud',
        'openai coreweave 4000000000 expanded gpu_cloud',
        'openai coreweave 6500000000 expanded gpu_cloud',
        'meta coreweave 14200000000 signed gpu_cloud',
      ],
    ],
    [
      'it',
      'I contratti di CoreWeave con i clienti:\n\nData | Cliente | Oggetto | Valore\nMarzo 2025 | OpenAI | Contratto cloud GPU quinquennale | 11,9 miliardi di dollari\nMaggio 2025 | OpenAI | Prima estensione | 4 miliardi di dollari\nSettembre 2025 | OpenAI | Seconda estensione, che porta il totale a 22,4 miliardi | 6,5 miliardi di dollari\nSettembre 2025 | Meta | Capacità fino al 2031 | 14,2 miliardi di dollari',
      [
        'openai coreweave 11900000000 signed gpu_cloud',
        'openai coreweave 4000000000 expanded gpu_cloud',
        'openai coreweave 6500000000 expanded gpu_cloud',
        'meta coreweave 14200000000 signed gpu_cloud',
      ],
    ],
    [
      'pt',
      'Os contratos da CoreWeave com clientes:\n\nData | Cliente | Objeto | Valor\nMarço de 2025 | OpenAI | Contrato de nuvem de GPU de cinco anos | US$ 11,9 bilhões\nMaio de 2025 | OpenAI | Primeira ampliação | US$ 4 bilhões\nSetembro de 2025 | OpenAI | Segunda ampliação, elevando o total para US$ 22,4 bilhões | US$ 6,5 bilhões\nSetembro de 2025 | Meta | Capacidade até 2031 | US$ 14,2 bilhões',
      [
        'openai coreweave 11900000000 signed gpu_cloud',
        'openai coreweave 4000000000 expanded gpu_cloud',
        'openai coreweave 6500000000 expanded gpu_cloud',
        'meta coreweave 14200000000 signed gpu_cloud',
      ],
    ],
    // A row that totals the others ("Total | OpenAI | Tres contratos") is no contract of its own.
    [
      'es',
      'Los contratos de CoreWeave:\n\nFecha | Cliente | Qué se acordó | Importe\nMarzo de 2025 | OpenAI | Contrato inicial | 11.900 millones de dólares\nMayo de 2025 | OpenAI | Primera ampliación | 4.000 millones de dólares\nSeptiembre de 2025 | OpenAI | Segunda ampliación | 6.500 millones de dólares\nTotal | OpenAI | Tres contratos | 22.400 millones de dólares',
      [
        'openai coreweave 11900000000 signed gpu_cloud',
        'openai coreweave 4000000000 expanded gpu_cloud',
        'openai coreweave 6500000000 expanded gpu_cloud',
      ],
    ],
    // Near miss: a running total told in prose sums the relationship: one contract, the addition with its total.
    [
      'en',
      'Applied Digital said CoreWeave has exercised its option to lease an additional 150 MW at its Ellendale campus under a new 15-year lease.\n\nThe third lease adds roughly $4 billion of expected revenue. Combined with the two leases signed in June, Applied Digital puts total contracted lease revenue at approximately $11 billion.\n\nThe June leases were valued at about $7 billion.',
      ['coreweave applied-digital 4000000000 expanded datacenter_lease'],
    ],
  ],
  // A table's cell is a clause of its own: another kind of money in the notes leaves the value cell alone.
  "another kind of money in a row's notes cell": [
    [
      'en',
      'CoreWeave has stacked up long-dated commitments:\n\nDate | Counterparty | What was agreed | Stated value\nMarch 2025 | OpenAI | Five-year compute contract; OpenAI also received $350 million of stock | up to $11.9bn\nSept. 2025 | Meta | Cloud capacity through December 2031 | $14.2bn',
      ['openai coreweave 11900000000 signed gpu_cloud', 'meta coreweave 14200000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "Les engagements de longue durée de CoreWeave :\n\nDate | Client | Objet | Valeur\nMars 2025 | OpenAI | Contrat de calcul sur cinq ans ; OpenAI a aussi reçu 350 millions de dollars d'actions | 11,9 milliards de dollars\nSeptembre 2025 | Meta | Capacité cloud jusqu'en décembre 2031 | 14,2 milliards de dollars",
      ['openai coreweave 11900000000 signed gpu_cloud', 'meta coreweave 14200000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Los compromisos a largo plazo de CoreWeave:\n\nFecha | Cliente | Qué se acordó | Valor\nMarzo de 2025 | OpenAI | Contrato de cómputo a cinco años; OpenAI recibió además acciones por 350 millones de dólares | hasta 11.900 millones de dólares\nSeptiembre de 2025 | Meta | Capacidad de nube hasta diciembre de 2031 | 14.200 millones de dólares',
      ['openai coreweave 11900000000 signed gpu_cloud', 'meta coreweave 14200000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Die Kundenverträge von CoreWeave:\n\nDatum | Kunde | Gegenstand | Wert\nMärz 2025 | OpenAI | Fünfjähriger Rechenvertrag; OpenAI erhielt zudem Aktien im Wert von 350 Millionen Dollar | bis zu 11,9 Mrd. Dollar\nSeptember 2025 | Meta | Cloud-Kapazität bis Dezember 2031 | 14,2 Mrd. Dollar',
      ['openai coreweave 11900000000 signed gpu_cloud', 'meta coreweave 14200000000 signed gpu_cloud'],
    ],
    // Near miss: a row whose only figure is the stock tells no contract.
    [
      'en',
      "CoreWeave's ties to OpenAI:\n\nDate | Counterparty | What was agreed | Stated value\nMarch 2025 | OpenAI | Shares issued to OpenAI alongside the compute contract | $350 million of stock",
      [],
    ],
    // Near miss: the contract and the stock told in prose.
    [
      'en',
      'CoreWeave signed a five-year compute contract with OpenAI worth up to $11.9 billion, and OpenAI received $350 million of CoreWeave stock.',
      ['openai coreweave 11900000000 signed gpu_cloud'],
    ],
  ],
  // The goods serve the contract the label names: its seller (the filer) buys them, from the maker.
  'goods bought to serve a contract named only by its label': [
    [
      'en',
      'IREN Limited (the "Company") entered into a five-year AI cloud services agreement (the "Microsoft Agreement") with Microsoft Corporation with a total contract value of approximately $9.7 billion.\n\nOn the same day, the Company entered into an agreement with Dell Technologies Inc. to purchase GPUs and ancillary equipment required to service the Microsoft Agreement, for aggregate consideration of approximately $5.8 billion.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'fr',
      "IREN Limited (la « Société ») a conclu avec Microsoft un contrat de services cloud d'IA de cinq ans (le « Contrat Microsoft ») d'une valeur totale d'environ 9,7 milliards de dollars.\n\nLe même jour, la Société a conclu un accord avec Dell Technologies pour acheter des GPU et des équipements nécessaires à l'exécution du Contrat Microsoft, pour un montant total d'environ 5,8 milliards de dollars.",
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'es',
      'IREN Limited (la "Compañía") firmó con Microsoft un contrato de servicios de nube de IA a cinco años (el "Contrato Microsoft") por un valor total de unos 9.700 millones de dólares.\n\nEse mismo día, la Compañía firmó un acuerdo con Dell Technologies para comprar GPU y equipos necesarios para atender el Contrato Microsoft, por un importe total de unos 5.800 millones de dólares.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'de',
      'IREN Limited (die „Gesellschaft“) hat mit Microsoft einen fünfjährigen KI-Cloud-Vertrag (der „Microsoft-Vertrag“) mit einem Gesamtwert von rund 9,7 Milliarden Dollar geschlossen.\n\nAm selben Tag schloss die Gesellschaft mit Dell Technologies eine Vereinbarung über den Kauf von GPUs und Zubehör, die für die Erfüllung des Microsoft-Vertrags benötigt werden, im Gesamtwert von rund 5,8 Milliarden Dollar.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    // Near miss: the label's company that buys servers for itself keeps its purchase.
    [
      'en',
      'IREN Limited (the "Company") entered into a five-year AI cloud services agreement (the "Microsoft Agreement") with Microsoft Corporation with a total contract value of approximately $9.7 billion.\n\nSeparately, Microsoft entered into an agreement with Dell Technologies Inc. to purchase servers for its own data centers for approximately $5.8 billion.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'microsoft dell 5800000000 signed hardware'],
    ],
  ],
  // One purchase: the telling whose buyer is an anaphor's referent gives way to the one that names it.
  'one purchase of goods told twice, once through an anaphor': [
    [
      'fr',
      "IREN bondit : Microsoft lui achète pour 9,7 milliards de dollars de capacité de calcul sur cinq ans.\n\nL'ancien mineur australien commandera dans la foulée pour 5,8 milliards de dollars de serveurs à Dell.\n\nMicrosoft paiera d'avance 20 % du contrat, ce qui aidera IREN à financer le matériel. La société a en effet signé en parallèle un accord avec Dell pour acheter environ 5,8 milliards de dollars de GPU.",
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'en',
      'IREN jumps as Microsoft buys $9.7 billion of compute from it over five years.\n\nIREN will in turn order $5.8 billion of servers from Dell.\n\nMicrosoft will prepay 20% of the contract, which will help IREN pay for the hardware. The company has also signed a separate agreement with Dell to buy about $5.8 billion of GPUs.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'es',
      'IREN se dispara: Microsoft le compra 9.700 millones de dólares de capacidad de cómputo en cinco años.\n\nIREN encargará a su vez servidores a Dell por 5.800 millones de dólares.\n\nMicrosoft pagará por adelantado el 20 % del contrato, lo que ayudará a IREN a financiar el equipo. La empresa firmó además un acuerdo con Dell para comprar unos 5.800 millones de dólares en GPU.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'it',
      "IREN vola: Microsoft le compra 9,7 miliardi di dollari di capacità di calcolo in cinque anni.\n\nIREN ordinerà a sua volta server a Dell per 5,8 miliardi di dollari.\n\nMicrosoft pagherà in anticipo il 20% del contratto, il che aiuterà IREN a finanziare l'hardware. La società ha inoltre firmato un accordo con Dell per acquistare circa 5,8 miliardi di dollari di GPU.",
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    // Near miss: another purchase from the same maker, of another amount, stays.
    [
      'en',
      'IREN jumps as Microsoft buys $9.7 billion of compute from it over five years.\n\nIREN will in turn order $5.8 billion of servers from Dell.\n\nMicrosoft will prepay 20% of the contract. The company has also agreed to buy about $2 billion of servers from Dell.',
      [
        'microsoft iren 9700000000 signed gpu_cloud',
        'iren dell 5800000000 signed hardware',
        'microsoft dell 2000000000 signed hardware',
      ],
    ],
    // Near miss: another purchase from the same maker, of another amount, stays.
    [
      'fr',
      "IREN bondit : Microsoft lui achète pour 9,7 milliards de dollars de capacité de calcul sur cinq ans.\n\nIREN commandera dans la foulée pour 5,8 milliards de dollars de serveurs à Dell.\n\nMicrosoft paiera d'avance 20 % du contrat. Le groupe a aussi signé un accord avec Dell pour acheter environ 2 milliards de dollars de serveurs.",
      [
        'microsoft iren 9700000000 signed gpu_cloud',
        'iren dell 5800000000 signed hardware',
        'microsoft dell 2000000000 signed hardware',
      ],
    ],
  ],
  // The one seller of compute the sentence names buys the goods its customer's contract needs.
  "a purchase whose capacity buyer is only its contract's label": [
    [
      'en',
      'Not in the table: IREN. Its $9.7 billion Microsoft contract is a GPU cloud services agreement — IREN owns the GPUs (bought from Dell for about $5.8 billion) and sells compute.',
      ['iren dell 5800000000 signed hardware'],
    ],
    [
      'fr',
      'Absent du tableau : IREN. Son contrat Microsoft de 9,7 milliards de dollars est un contrat de services cloud GPU — IREN possède les GPU (achetés à Dell pour environ 5,8 milliards de dollars) et vend du calcul.',
      ['iren dell 5800000000 signed hardware'],
    ],
    [
      'es',
      'Fuera de la tabla: IREN. Su contrato Microsoft de 9.700 millones de dólares es de servicios de nube de GPU — IREN es dueña de las GPU (compradas a Dell por unos 5.800 millones de dólares) y vende cómputo.',
      ['iren dell 5800000000 signed hardware'],
    ],
    [
      'de',
      'Nicht in der Tabelle: IREN. Sein Microsoft-Vertrag über 9,7 Milliarden Dollar ist ein GPU-Cloud-Vertrag — IREN besitzt die GPUs (für rund 5,8 Milliarden Dollar bei Dell gekauft) und verkauft Rechenleistung.',
      ['iren dell 5800000000 signed hardware'],
    ],
    // Near miss: the company that owns the servers, named as the subject, keeps the purchase.
    [
      'en',
      'Not in the table: IREN. Microsoft owns the servers (bought from Dell for about $5.8 billion) that IREN runs under its $9.7 billion contract.',
      ['microsoft dell 5800000000 signed hardware'],
    ],
    // Near miss: the company that owns the servers, named as the subject, keeps the purchase.
    [
      'fr',
      "Absent du tableau : IREN. Microsoft possède les serveurs (achetés à Dell pour environ 5,8 milliards de dollars) qu'IREN exploite dans le cadre de son contrat de 9,7 milliards.",
      ['microsoft dell 5800000000 signed hardware'],
    ],
  ],
  // The seller told as a class ("original equipment manufacturers", "des fabricants", "Erstausrüstern"): the brands
  // are the goods; the purchase names no counterparty.
  'a purchase from vendors told as a class, beside the brands of what it buys': [
    [
      'en',
      'IREN Limited (the "Company") operates data centers in Texas and British Columbia.\n\nIn October 2025, the Company entered into agreements with original equipment manufacturers for the purchase of approximately 12,400 GPUs, comprising NVIDIA B300 and AMD MI350X units, for aggregate consideration of approximately $674 million.',
      [],
    ],
    [
      'fr',
      "IREN Limited (la « Société ») exploite des centres de données au Texas et en Colombie-Britannique.\n\nEn octobre 2025, la Société a conclu des accords avec des fabricants pour l'achat d'environ 12 400 GPU, des NVIDIA B300 et des AMD MI350X, pour environ 674 millions de dollars.",
      [],
    ],
    [
      'es',
      'IREN Limited (la "Compañía") opera centros de datos en Texas y Columbia Británica.\n\nEn octubre de 2025, la Compañía firmó acuerdos con fabricantes de equipos originales para comprar unas 12.400 GPU, entre ellas NVIDIA B300 y AMD MI350X, por unos 674 millones de dólares.',
      [],
    ],
    [
      'de',
      'IREN Limited (die „Gesellschaft“) betreibt Rechenzentren in Texas und British Columbia.\n\nIm Oktober 2025 schloss die Gesellschaft Verträge mit Erstausrüstern über den Kauf von rund 12.400 GPUs vom Typ NVIDIA B300 und AMD MI350X im Wert von rund 674 Millionen Dollar.',
      [],
    ],
    // Near miss: the seller named, the purchase is its sale.
    [
      'en',
      'IREN Limited (the "Company") operates data centers in Texas and British Columbia.\n\nIn October 2025, the Company agreed to buy approximately 12,400 GPUs and related equipment from Dell for approximately $674 million.',
      ['iren dell 674000000 signed hardware'],
    ],
    // Near miss: the chips bought from their maker, named as the seller.
    [
      'en',
      'IREN Limited (the "Company") operates data centers in Texas and British Columbia.\n\nIn October 2025, the Company agreed to buy approximately 12,400 B300 GPUs directly from NVIDIA for approximately $674 million.',
      ['iren nvidia 674000000 signed hardware'],
    ],
  ],
  // Partners forming a venture ("form a new AI infrastructure venture", "la création d'une coentreprise", "die
  // Gründung eines Gemeinschaftsunternehmens") neither buy from nor sell to each other.
  'a joint venture the companies form': [
    [
      'en',
      'Saudi AI company Humain, chipmaker AMD and Cisco have agreed to form a new AI infrastructure venture to build data centres in the Kingdom.',
      [],
    ],
    [
      'es',
      'Humain anunció con AMD y Cisco la creación de una empresa conjunta para levantar hasta 1 gigawatt de capacidad en el reino.',
      [],
    ],
    [
      'fr',
      "Humain a annoncé avec AMD et Cisco la création d'une coentreprise pour bâtir jusqu'à 1 gigawatt de capacité dans le royaume.",
      [],
    ],
    [
      'de',
      'Humain kündigte mit AMD und Cisco die Gründung eines Gemeinschaftsunternehmens an, das bis 2030 bis zu einem Gigawatt Rechenzentrumskapazität aufbauen soll.',
      [],
    ],
    [
      'pt',
      'A Humain anunciou com a AMD e a Cisco a criação de uma joint venture para erguer até 1 gigawatt de capacidade no reino.',
      [],
    ],
    // Near miss: a venture named by its owners sells capacity.
    [
      'en',
      'Microsoft will buy capacity from the Nscale–Aker joint venture in Narvik under a five-year agreement worth about $6.2 billion.',
      ['microsoft nscale 6200000000 signed gpu_cloud'],
    ],
    // Near miss: one partner supplies the other under a contract of its own.
    [
      'en',
      'AMD will supply Humain with Instinct MI450 accelerators under a $10 billion agreement.',
      ['humain amd 10000000000 signed hardware'],
    ],
  ],
  // "Nvidia agreed in May to sell the company 18,000 GB300 chips": the customer the noun stands for is the company
  // the sentence before is about.
  "a seller's customer told as the company": [
    [
      'en',
      'Humain, owned by the Public Investment Fund, said the wider build-out would eventually involve around 600,000 Nvidia GPUs. Nvidia agreed in May to sell the company 18,000 GB300 chips as a first batch.',
      ['humain nvidia null signed hardware'],
    ],
    [
      'fr',
      "Humain, détenue par le fonds souverain PIF, vise 600 000 GPU Nvidia. En mai, Nvidia s'est engagé à fournir à la société 18 000 puces GB300.",
      ['humain nvidia null signed hardware'],
    ],
    [
      'es',
      'Humain, propiedad del fondo soberano PIF, dijo que el proyecto implicará unas 600.000 GPU de Nvidia. Nvidia se comprometió en mayo a vender a la compañía 18.000 chips GB300 como primer lote.',
      ['humain nvidia null signed hardware'],
    ],
    [
      'it',
      'Humain, controllata dal fondo sovrano PIF, ha detto che il progetto coinvolgerà circa 600.000 GPU Nvidia. Nvidia si era impegnata a maggio a vendere alla società 18.000 chip GB300 come primo lotto.',
      ['humain nvidia null signed hardware'],
    ],
    [
      'pt',
      'A Humain, controlada pelo fundo soberano PIF, disse que o projeto vai envolver cerca de 600 mil GPUs da Nvidia. A Nvidia comprometeu-se em maio a vender à empresa 18 mil chips GB300 como primeiro lote.',
      ['humain nvidia null signed hardware'],
    ],
    // Near miss: shares in the company sold to a fund are no sale to it.
    [
      'en',
      'Humain said the build-out would involve around 600,000 Nvidia GPUs. Nvidia agreed in May to sell its own shares in the company to a fund.',
      [],
    ],
    // Near miss: the sentence before names only the seller: no customer to refer to.
    [
      'en',
      'Nvidia reported record revenue on Wednesday. Nvidia agreed in May to sell the company 18,000 GB300 chips as a first batch.',
      [],
    ],
  ],
  // "Galaxy obtiene USD 1.400 millones para Helios": money a company obtains for its site is its financing, however
  // its currency is written; the tenant named beside it is no party of that amount.
  "money obtained for a site, its currency's code before the figure": [
    [
      'es',
      'Galaxy Digital anunció que cerró una línea de financiación de proyecto de 1.400 millones de dólares para ampliar Helios.\n\nEl cliente es CoreWeave, que alquila todo el campus.',
      [],
      'Galaxy obtiene USD 1.400 millones para Helios y CoreWeave se queda con los 800 MW del campus',
    ],
    [
      'en',
      'Galaxy Digital said it closed a project financing facility of USD 1.4 billion to expand Helios.\n\nThe customer is CoreWeave, which rents the whole campus.',
      [],
      'Galaxy secures USD 1.4 billion for Helios as CoreWeave takes all 800 MW of the campus',
    ],
    [
      'fr',
      'Galaxy Digital a annoncé avoir bouclé un financement de projet de 1,4 milliard de dollars pour agrandir Helios.\n\nLe client est CoreWeave, qui loue tout le campus.',
      [],
      'Galaxy obtient USD 1,4 milliard pour Helios, CoreWeave prend les 800 MW du campus',
    ],
    [
      'pt',
      'A Galaxy Digital anunciou que fechou um financiamento de projeto de US$ 1,4 bilhão para ampliar Helios.\n\nO cliente é a CoreWeave, que aluga todo o campus.',
      [],
      'Galaxy obtém USD 1,4 bilhão para Helios e CoreWeave fica com os 800 MW do campus',
    ],
    // Near miss: a lease the headline values with the code before its figure.
    [
      'es',
      'Galaxy Digital anunció un contrato de arrendamiento con CoreWeave para su campus Helios.',
      ['coreweave galaxy-digital 1400000000 signed datacenter_lease'],
      'Galaxy firma con CoreWeave un arrendamiento de USD 1.400 millones para Helios',
    ],
  ],
  // "announced a deal to provide SSI with access to its tensor processing units", "fournir à SSI un accès à ses TPU":
  // the giver sells the access, a capacity deal told without a figure, even after the investment it is told beside.
  'a provider giving a named buyer access to its chips': [
    [
      'en',
      "Alphabet and Nvidia have invested in Safe Superintelligence, valuing the start-up at $32 billion. Earlier this week, Alphabet's cloud division also announced a deal to provide SSI with access to its tensor processing units.",
      ['ssi alphabet null signed gpu_cloud'],
      "Alphabet, Nvidia back Sutskever's SSI",
    ],
    [
      'en',
      'Alphabet and Nvidia have joined venture investors in backing Safe Superintelligence, the start-up co-founded by former OpenAI chief scientist Ilya Sutskever, a person familiar with the matter said. SSI was valued at $32 billion in a round led by Greenoaks.\n\nAlphabet, which builds its own AI models, announced earlier in the week a deal through its cloud unit to sell SSI access to tensor processing units, its in-house AI chips.',
      ['ssi alphabet null signed gpu_cloud'],
      "Alphabet, Nvidia back Sutskever's SSI, source says",
    ],
    [
      'fr',
      "Alphabet et Nvidia ont investi dans Safe Superintelligence, la start-up d'Ilya Sutskever valorisée 32 milliards de dollars. En début de semaine, la division cloud d'Alphabet a annoncé un accord pour fournir à SSI un accès à ses TPU.",
      ['ssi alphabet null signed gpu_cloud'],
      'Alphabet et Nvidia misent sur SSI',
    ],
    [
      'de',
      'Alphabet und Nvidia haben sich an Safe Superintelligence beteiligt, dem Start-up des früheren OpenAI-Forschungschefs Ilya Sutskever, das in der Runde mit 32 Milliarden Dollar bewertet wurde. Die Cloud-Sparte von Alphabet hatte Anfang der Woche eine Vereinbarung bekanntgegeben, SSI Zugang zu ihren TPU-Chips zu verkaufen.',
      ['ssi alphabet null signed gpu_cloud'],
      'Alphabet und Nvidia steigen bei SSI ein',
    ],
    [
      'es',
      'Alphabet y Nvidia invirtieron en Safe Superintelligence, la startup de Ilya Sutskever valorada en 32.000 millones de dólares. A principios de semana, la división de nube de Alphabet anunció un acuerdo para dar a SSI acceso a sus TPU.',
      ['ssi alphabet null signed gpu_cloud'],
      'Alphabet y Nvidia invierten en SSI',
    ],
    [
      'it',
      "Alphabet e Nvidia hanno investito in Safe Superintelligence, la startup di Ilya Sutskever valutata 32 miliardi di dollari. A inizio settimana la divisione cloud di Alphabet aveva annunciato un accordo per fornire a SSI l'accesso alle sue TPU.",
      ['ssi alphabet null signed gpu_cloud'],
      'Alphabet e Nvidia puntano su SSI',
    ],
    [
      'pt',
      'A Alphabet e a Nvidia entraram na rodada da Safe Superintelligence, startup de Ilya Sutskever avaliada em US$ 32 bilhões. No início da semana, a divisão de nuvem da Alphabet anunciou um acordo para fornecer à SSI acesso às suas TPUs.',
      ['ssi alphabet null signed gpu_cloud'],
      'Alphabet e Nvidia investem na SSI, de Sutskever',
    ],
    // Near miss: money that gives access to something else is no capacity deal.
    [
      'en',
      'Alphabet and Nvidia have invested in Safe Superintelligence, valuing the start-up at $32 billion. Investors said the money would give SSI access to more computing talent.',
      [],
      "Alphabet, Nvidia back Sutskever's SSI",
    ],
  ],
  // "la startup de Ilya Sutskever valorada en 32.000 millones": what the company is worth, not what a contract is.
  "a company's worth told in apposition": [
    [
      'es',
      'Alphabet y Nvidia invirtieron en Safe Superintelligence, la startup de Ilya Sutskever valorada en 32.000 millones de dólares.',
      [],
    ],
    // Near miss: the contract valued, not the company.
    [
      'es',
      'La empresa firmó con Microsoft un contrato valorado en 17.400 millones de dólares para suministrarle capacidad de GPU, dijo Nebius.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'it',
      'Nebius ha firmato con Microsoft un contratto valutato 17,4 miliardi di dollari per la fornitura di capacità GPU.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'pt',
      'A Nebius assinou com a Microsoft um contrato avaliado em US$ 17,4 bilhões para fornecer capacidade de GPU.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
  ],
  // "Hock Tan added that Anthropic placed a further $11 billion order", "un pedido adicional", "un ulteriore ordine",
  // "einen weiteren Auftrag": an addition to the earlier order, a contract of its own though its sentence borrows the
  // seller, and its word governs it even when the sentence before names a third company.
  'a further order after the earlier one': [
    [
      'en',
      "Broadcom said on Thursday that the mystery customer behind a $10 billion order disclosed in September was Anthropic, which is buying racks built around Google's Ironwood tensor processing units. Chief executive Hock Tan added that Anthropic placed a further $11 billion order in the fourth quarter, for delivery in late 2026. That brings its orders to $21 billion.",
      ['anthropic broadcom 11000000000 expanded hardware', 'anthropic broadcom 10000000000 signed hardware'],
      'Broadcom names Anthropic as $10 billion TPU customer',
    ],
    [
      'fr',
      "Broadcom a indiqué jeudi que le client mystère derrière la commande de 10 milliards de dollars annoncée en septembre était Anthropic, qui achète des baies équipées des TPU Ironwood de Google. Le PDG Hock Tan a ajouté qu'Anthropic avait passé au quatrième trimestre une commande supplémentaire de 11 milliards de dollars, livrable fin 2026. Cela porte ses commandes à 21 milliards de dollars.",
      ['anthropic broadcom 11000000000 expanded hardware', 'anthropic broadcom 10000000000 signed hardware'],
      "Broadcom révèle qu'Anthropic est son client à 10 milliards",
    ],
    [
      'es',
      'Broadcom dijo el jueves que el cliente misterioso detrás del pedido de 10.000 millones de dólares anunciado en septiembre era Anthropic, que compra racks con los TPU Ironwood de Google. El consejero delegado, Hock Tan, añadió que Anthropic hizo un pedido adicional de 11.000 millones de dólares en el cuarto trimestre, con entrega a finales de 2026. Con ello, sus pedidos suman 21.000 millones.',
      ['anthropic broadcom 10000000000 signed hardware', 'anthropic broadcom 11000000000 expanded hardware'],
      'Broadcom revela que Anthropic es su cliente de 10.000 millones',
    ],
    [
      'it',
      "Broadcom ha detto giovedì che il cliente misterioso dietro l'ordine da 10 miliardi di dollari annunciato a settembre era Anthropic, che acquista rack con le TPU Ironwood di Google. L'amministratore delegato Hock Tan ha aggiunto che Anthropic ha effettuato un ulteriore ordine da 11 miliardi di dollari nel quarto trimestre, con consegna a fine 2026. Gli ordini salgono così a 21 miliardi.",
      ['anthropic broadcom 11000000000 expanded hardware', 'anthropic broadcom 10000000000 signed hardware'],
      'Broadcom: il cliente da 10 miliardi è Anthropic',
    ],
    [
      'pt',
      'A Broadcom disse na quinta-feira que o cliente misterioso por trás do pedido de US$ 10 bilhões anunciado em setembro era a Anthropic, que compra racks com as TPUs Ironwood do Google. O presidente-executivo, Hock Tan, acrescentou que a Anthropic fez um pedido adicional de US$ 11 bilhões no quarto trimestre, com entrega no fim de 2026. Com isso, os pedidos somam US$ 21 bilhões.',
      ['anthropic broadcom 11000000000 expanded hardware', 'anthropic broadcom 10000000000 signed hardware'],
      'Broadcom revela que a Anthropic é a cliente de US$ 10 bilhões',
    ],
    [
      'de',
      'Broadcom teilte am Donnerstag mit, dass hinter dem im September gemeldeten Auftrag über 10 Milliarden Dollar Anthropic steht. Konzernchef Hock Tan ergänzte, Anthropic habe im vierten Quartal einen weiteren Auftrag über 11 Milliarden Dollar erteilt, lieferbar Ende 2026.',
      ['anthropic broadcom 11000000000 expanded hardware', 'anthropic broadcom 10000000000 signed hardware'],
      'Broadcom nennt Anthropic als 10-Milliarden-Kunden',
    ],
    // Near miss: further orders only weighed add nothing.
    [
      'en',
      'Broadcom said on Thursday that the mystery customer behind a $10 billion order disclosed in September was Anthropic. Chief executive Hock Tan added that Anthropic was weighing further orders next year.',
      ['anthropic broadcom 10000000000 signed hardware'],
      'Broadcom names Anthropic as $10 billion TPU customer',
    ],
    // Near miss: another customer's order is its own contract, signed.
    [
      'en',
      'Broadcom said on Thursday that the mystery customer behind a $10 billion order disclosed in September was Anthropic. Chief executive Hock Tan added that OpenAI placed a separate $3 billion order for networking chips in the quarter.',
      ['anthropic broadcom 10000000000 signed hardware', 'openai broadcom 3000000000 signed hardware'],
      'Broadcom names its $10 billion customer',
    ],
  ],
  // "OpenAI confirmed on Wednesday its agreement … . The contract is worth more than $10 billion, according to the Wall
  // Street Journal": a deal a party confirms is signed; the source credited for its figure hedges the figure only.
  'a deal a party confirms, its figure credited to a newspaper': [
    [
      'en',
      'OpenAI confirmed on Wednesday its agreement to buy computing capacity from Cerebras Systems. The contract is worth more than $10 billion, according to the Wall Street Journal.',
      ['openai cerebras 10000000000 signed'],
    ],
    [
      'es',
      'OpenAI confirmó esta semana su acuerdo con Cerebras Systems para comprarle capacidad de cómputo. Según The Wall Street Journal, el contrato supera los 10.000 millones de dólares.',
      ['openai cerebras 10000000000 signed'],
    ],
    [
      'fr',
      'OpenAI a confirmé mercredi son accord avec Cerebras Systems pour lui acheter de la puissance de calcul. Selon le Wall Street Journal, le contrat dépasse 10 milliards de dollars.',
      ['openai cerebras 10000000000 signed'],
    ],
    [
      'it',
      "OpenAI ha confermato mercoledì l'accordo con Cerebras Systems per acquistare capacità di calcolo. Secondo il Wall Street Journal, il contratto vale oltre 10 miliardi di dollari.",
      ['openai cerebras 10000000000 signed'],
    ],
    [
      'de',
      'OpenAI hat am Mittwoch die Vereinbarung mit Cerebras Systems über den Kauf von Rechenleistung bestätigt. Laut „Wall Street Journal“ ist der Vertrag mehr als 10 Milliarden Dollar wert.',
      ['openai cerebras 10000000000 signed'],
    ],
    [
      'pt',
      'A OpenAI confirmou na quarta-feira o acordo com a Cerebras Systems para comprar capacidade de computação. Segundo o Wall Street Journal, o contrato vale mais de US$ 10 bilhões.',
      ['openai cerebras 10000000000 signed'],
    ],
    // Near miss: talks stay talks.
    [
      'en',
      'OpenAI is in talks to buy computing capacity from Cerebras Systems. The contract would be worth more than $10 billion, according to the Wall Street Journal.',
      ['openai cerebras 10000000000 in_talks'],
    ],
    // Near miss: the deal itself reported by the newspaper stays hearsay.
    [
      'en',
      'OpenAI will buy computing capacity from Cerebras Systems, the Wall Street Journal reported. The contract is worth more than $10 billion, according to the newspaper.',
      ['openai cerebras 10000000000 reported'],
    ],
    // Near miss: a party that declines to confirm confirms nothing.
    [
      'en',
      'Microsoft declined to confirm its agreement to buy computing capacity from Nebius. The contract is worth $17.4 billion, according to Bloomberg.',
      ['microsoft nebius 17400000000 reported'],
    ],
    // Near miss: a deal left to be confirmed stays hearsay.
    [
      'en',
      'OpenAI and Cerebras Systems are said to have reached a computing agreement. The contract, if confirmed, would be worth more than $10 billion, according to the Wall Street Journal.',
      ['openai cerebras 10000000000 reported'],
    ],
    [
      'fr',
      "OpenAI et Cerebras Systems auraient conclu un accord de puissance de calcul. Le contrat, s'il est confirmé, dépasserait 10 milliards de dollars, selon le Wall Street Journal.",
      ['openai cerebras 10000000000 reported'],
    ],
  ],
  // "CoreWeave will run the new Cambridge data centre, where Cohere will be a customer. Ottawa … would give Cohere up to
  // $240 million to pay for computing power": the customer of the provider's site is a deal without a figure; what a
  // government gives is a subsidy, no contract's value.
  "a site's customer beside a government's grant": [
    [
      'en',
      'CoreWeave will run the new Cambridge, Ont., data centre, where Cohere will be a customer. Ottawa said in December it would give Cohere up to $240 million to pay for computing power.',
      ['cohere coreweave null signed gpu_cloud'],
    ],
    [
      'fr',
      "CoreWeave exploitera le nouveau centre de données de Cambridge, en Ontario, dont Cohere sera cliente. Ottawa avait annoncé en décembre qu'il verserait jusqu'à 240 millions de dollars à Cohere pour payer sa puissance de calcul.",
      ['cohere coreweave null signed gpu_cloud'],
    ],
    [
      'es',
      'CoreWeave operará el nuevo centro de datos de Cambridge, en Ontario, donde Cohere será cliente. El Gobierno canadiense anunció en diciembre que daría a Cohere hasta 240 millones de dólares para pagar su capacidad de cómputo.',
      ['cohere coreweave null signed gpu_cloud'],
    ],
    [
      'de',
      'CoreWeave wird das neue Rechenzentrum in Cambridge, Ontario, betreiben, bei dem Cohere Kunde sein wird. Im Dezember sagte die kanadische Regierung Cohere bis zu 240 Millionen Dollar für Rechenleistung zu.',
      ['cohere coreweave null signed gpu_cloud'],
    ],
    // Near miss: a shareholder of the site is no customer.
    ['en', 'CoreWeave will run the new Cambridge, Ont., data centre, where Cohere is a shareholder.', []],
    // Near miss: what the customer pays is the contract.
    [
      'en',
      'Cohere will pay CoreWeave $240 million for computing power at the new Cambridge, Ont., data centre.',
      ['cohere coreweave 240000000 signed gpu_cloud'],
    ],
    // Near miss: a government named as the provider's backer gives nothing.
    [
      'en',
      'Humain, which is backed by the Saudi government, will give xAI 500 MW of capacity under a $5 billion contract.',
      ['xai humain 5000000000 signed gpu_cloud'],
    ],
  ],
});
