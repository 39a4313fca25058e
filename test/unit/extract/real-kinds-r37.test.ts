// Kinds of error seen on real pages in round 37 (a chip sale told in the past tense outside English, …). Each kind
// is told again in invented sentences, in three languages or more: positives that must be found and near misses that
// must stay silent. Each row's wanted strings are prefixes of the printed mentions ("buyer provider valueUsd status
// kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

eachKind({
  // "… 18.000 chips que Nvidia confirmó haber vendido a Humain": a chip maker's sale told after the fact, with its
  // count, is a hardware sale in every language, as English "sold 18,000 chips to" already was.
  'a past sale of a counted number of chips is a hardware sale': [
    [
      'es',
      'Nvidia vendió 18.000 chips a Humain el mes pasado, según la empresa.',
      ['humain nvidia null signed hardware'],
    ],
    ['it', 'Nvidia ha venduto 18.000 chip a Humain il mese scorso.', ['humain nvidia null signed hardware']],
    ['pt', 'A Nvidia vendeu 18 mil chips à Humain no mês passado.', ['humain nvidia null signed hardware']],
    ['fr', 'Nvidia a vendu 18 000 puces à Humain le mois dernier.', ['humain nvidia null signed hardware']],
    [
      'de',
      'Nvidia verkaufte im vergangenen Monat 18.000 Chips an Humain.',
      ['humain nvidia null signed hardware'],
    ],
    // Capacity left unsold that the maker guarantees is still a backstop, not a sale.
    [
      'it',
      'Nvidia acquisterà la capacità invenduta di CoreWeave per 6,3 miliardi di dollari.',
      ['nvidia coreweave 6300000000 signed capacity_backstop'],
    ],
    // A vendor's quarter, sales without a count to several customers: results, no deal.
    ['es', 'Dell vendió servidores a CoreWeave y a xAI durante el trimestre.', []],
    ['it', 'Dell ha venduto server a CoreWeave e a xAI nel trimestre.', []],
  ],
  // "Deal tape: new or expanded contracts include $14.2B with Meta, an additional $6.5B with OpenAI": a list of the
  // seller's deals after a sentence about its results; each amount goes with its own "with" object and the subject
  // of the sentence before, never with the list's other objects.
  "a list of a seller's deals after its results sentence gives one deal per element with that seller": [
    [
      'en',
      'Nebius posted record quarterly sales. New agreements include $3.1 billion with Meta and $2.4 billion with Microsoft.',
      ['meta nebius 3100000000 signed gpu_cloud', 'microsoft nebius 2400000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Nebius meldete einen Rekordumsatz im Quartal. Zu den neuen Verträgen zählen 3,1 Mrd. Dollar mit Meta und 2,4 Mrd. Dollar mit Microsoft.',
      ['meta nebius 3100000000', 'microsoft nebius 2400000000'],
    ],
    [
      'fr',
      "Nebius a publié un chiffre d'affaires trimestriel record. Parmi les nouveaux contrats figurent 3,1 milliards de dollars avec Meta et 2,4 milliards avec Microsoft.",
      ['meta nebius 3100000000', 'microsoft nebius 2400000000'],
    ],
    [
      'es',
      'Nebius presentó ventas trimestrales récord. Entre los nuevos contratos figuran 3.100 millones de dólares con Meta y 2.400 millones con Microsoft.',
      ['meta nebius 3100000000', 'microsoft nebius 2400000000'],
    ],
    // The sentence before names only the elements' objects: no one signs.
    [
      'en',
      'Meta and Microsoft were busy this quarter. New agreements include $3.1 billion with Meta and $2.4 billion with Microsoft.',
      [],
    ],
  ],
  // "… enquanto a Crusoe firmou um acordo de vários bilhões com a empresa": the "with" object told by a noun that
  // stands for the company the sentences before are about; the amount's clause names its own seller.
  'a contract "with the company" is with the company the text is about': [
    [
      'en',
      'Microsoft announced two neocloud contracts on Monday. Nebius will rent out chips for $5 billion, while Crusoe signed a $2 billion agreement with the company.',
      ['microsoft crusoe 2000000000 signed gpu_cloud'],
    ],
    [
      'fr',
      'Microsoft annonce deux contrats. Nebius louera des puces pour 5 milliards de dollars, tandis que Crusoe a signé un accord de 2 milliards de dollars avec le groupe.',
      ['microsoft crusoe 2000000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Microsoft hat zwei Verträge angekündigt. Nebius vermietet Chips für 5 Milliarden Dollar, Crusoe unterzeichnete mit dem Konzern einen Vertrag über 2 Milliarden Dollar.',
      ['microsoft crusoe 2000000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Microsoft anunció dos contratos. Nebius alquilará chips por 5.000 millones de dólares, mientras que Crusoe firmó con la compañía un acuerdo de 2.000 millones de dólares.',
      ['microsoft crusoe 2000000000 signed gpu_cloud'],
    ],
    [
      'it',
      'Microsoft ha annunciato due contratti. Nebius affitterà chip per 5 miliardi di dollari, mentre Crusoe ha firmato un accordo da 2 miliardi di dollari con il gruppo.',
      ['microsoft crusoe 2000000000 signed gpu_cloud'],
    ],
    // Working with the company is no deal; a name in apposition is the object itself.
    [
      'en',
      'CoreWeave reported revenue of $1.4 billion. Analysts who met with the company said demand was strong.',
      [],
    ],
    [
      'en',
      'Microsoft announced a new contract. Crusoe signed a $2 billion agreement with the group OpenAI.',
      ['openai crusoe 2000000000 signed gpu_cloud'],
    ],
  ],
  // "IREN's co-founder framed power, not chips, as AI's bottleneck … WhiteFiber has secured a $160M GPU contract":
  // a company named only as a person's employer, in a sentence that tells no deal, lends no customer to the contract
  // told next, whose customer is left unnamed.
  "a person's employer in the sentence before is no party of a contract with an unnamed customer": [
    [
      'en',
      "Soluna wins Madrid deal\nLambda's co-founder said on Tuesday that power, not chips, is the real limit on AI.\nSoluna has secured a four-year, $220 million AI compute contract to deploy GPU systems in the Madrid region.",
      [],
    ],
    [
      'fr',
      "Le cofondateur de Lambda a déclaré mardi que l'énergie, et non les puces, limite vraiment l'IA. Soluna a obtenu un contrat de calcul IA de 220 millions de dollars sur quatre ans pour déployer des GPU à Madrid.",
      [],
    ],
    [
      'de',
      'Der Mitgründer von Lambda sagte am Dienstag, dass Strom und nicht Chips die KI begrenze. Soluna hat einen vierjährigen KI-Rechenvertrag über 220 Mio. Dollar gesichert, um GPU-Systeme in Madrid bereitzustellen.',
      [],
    ],
    [
      'es',
      'El cofundador de Lambda dijo el martes que la energía, y no los chips, es el verdadero límite de la IA. Soluna ha obtenido un contrato de cómputo de IA de 220 millones de dólares a cuatro años para desplegar GPU en Madrid.',
      [],
    ],
    [
      'pt',
      'O cofundador da Lambda disse na terça-feira que a energia, e não os chips, é o verdadeiro limite da IA. A Soluna garantiu um contrato de computação de IA de 220 milhões de dólares por quatro anos para instalar GPUs em Madri.',
      [],
    ],
    // The company itself in the sentence before, or named in the contract's own sentence, is a party.
    [
      'en',
      'Microsoft said it needs more computing power. Nebius will supply $17.4 billion of GPU capacity.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "Le cofondateur de Lambda a déclaré mardi que l'énergie limite l'IA. Soluna a signé avec Microsoft un contrat de 220 millions de dollars pour des GPU.",
      ['microsoft soluna 220000000 signed'],
    ],
  ],
  // "… eine Bedingung: Wenn OpenAI eine AGI entwickelt, die einen Gewinn von 100 Milliarden US-Dollar erzielt,
  // verliert Microsoft das Nutzungsrecht": profits in a contract's clause are a threshold, not the contract's value.
  "profits told with an amount are no contract's value": [
    [
      'fr',
      "Anthropic a pris de nouveaux engagements envers Google Cloud. Le contrat contient une clause : si Anthropic crée un système qui dégage 80 milliards de dollars de bénéfices, Google perd son droit d'utiliser cette technologie.",
      [],
    ],
    [
      'es',
      'Anthropic asumió nuevos compromisos con Google Cloud. El contrato incluye una cláusula: si Anthropic crea un sistema que genere beneficios de 80.000 millones de dólares, Google pierde su derecho a usar esa tecnología.',
      [],
    ],
    [
      'de',
      'Anthropic hat neue Zusagen für Google Cloud gemacht. Der Vertrag enthält eine Bedingung: Wenn Anthropic ein System entwickelt, das einen Gewinn von 80 Milliarden US-Dollar erzielt, verliert Google das Nutzungsrecht.',
      [],
    ],
    [
      'it',
      'Anthropic ha preso nuovi impegni con Google Cloud. Il contratto prevede una clausola: se Anthropic crea un sistema che genera utili di 80 miliardi di dollari, Google perde il diritto di usare quella tecnologia.',
      [],
    ],
    // The contract's own value, beside a word of winning, stays.
    [
      'de',
      'Nebius gewinnt einen Auftrag von Microsoft über 17,4 Milliarden Dollar für GPU-Kapazität.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
  ],
  // "Allein auf Microsoft entfällt ein Fünfjahresvertrag im Wert von 19 Mrd. Dollar, flankiert von einer
  // Drei-Milliarden-Dollar-Vereinbarung mit Meta": a customer told as its share of the seller's book is the seller's
  // customer for the amount after it, and no party of the other deal the sentence adds.
  "a customer's share of the seller's book is that customer's contract with the seller": [
    [
      'fr',
      "CoreWeave : un carnet de commandes plein\nGoogle représente à lui seul un contrat de cinq ans d'une valeur de 8 milliards de dollars, auquel s'ajoute un accord de 2 milliards de dollars avec Mistral.",
      ['alphabet coreweave 8000000000', 'mistral coreweave 2000000000'],
    ],
    [
      'es',
      'CoreWeave: una cartera llena\nSolo a Google corresponde un contrato a cinco años por valor de 8.000 millones de dólares, junto a un acuerdo de 2.000 millones de dólares con Mistral.',
      ['alphabet coreweave 8000000000 signed gpu_cloud', 'mistral coreweave 2000000000 signed gpu_cloud'],
    ],
    [
      'de',
      'CoreWeave: volles Auftragsbuch\nAllein auf Google entfällt ein Fünfjahresvertrag im Wert von 8 Milliarden US-Dollar, dazu kommt eine Vereinbarung über 2 Milliarden Dollar mit Mistral.',
      ['alphabet coreweave 8000000000 signed gpu_cloud', 'mistral coreweave 2000000000 signed gpu_cloud'],
    ],
    [
      'en',
      'CoreWeave: a full order book\nGoogle alone accounts for a five-year contract worth $8 billion, plus a $2 billion agreement with Mistral.',
      ['alphabet coreweave 8000000000 signed gpu_cloud', 'mistral coreweave 2000000000 signed gpu_cloud'],
    ],
    // A share of revenue, told as a percentage, gives no contract.
    ['en', 'CoreWeave: a full order book\nMicrosoft alone accounts for 62% of its revenue.', []],
  ],
  // A page about Nebius's order book: "Langfristige Verträge … summieren sich auf über 20 Milliarden US-Dollar. Allein
  // auf Microsoft entfällt ein Fünfjahresvertrag im Wert von 19 Milliarden US-Dollar" names no compute word near the
  // contract; the article is about a neocloud, whose contracts are compute ones.
  'a contract in an article about a neocloud is a compute contract without a compute word near it': [
    [
      'de',
      'Nebius-Aktie unter Druck\nNebius baut in Missouri. Nebius investiert Milliarden. Der Treiber ist das Auftragsbuch. Langfristige Verträge summieren sich auf über 20 Milliarden US-Dollar. Allein auf Microsoft entfällt ein Fünfjahresvertrag im Wert von 19 Milliarden US-Dollar.',
      ['microsoft nebius 19000000000 signed gpu_cloud'],
    ],
    [
      'en',
      'Nebius stock under pressure\nNebius is building in Missouri. Nebius is spending billions. The driver is the order book. Long-term deals add up to more than $20 billion. Microsoft alone accounts for a five-year contract worth $19 billion.',
      ['microsoft nebius 19000000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "L'action Nebius sous pression\nNebius construit dans le Missouri. Nebius dépense des milliards. Le moteur, c'est le carnet de commandes. Les contrats à long terme dépassent 20 milliards de dollars. Microsoft représente à lui seul un contrat de cinq ans d'une valeur de 19 milliards de dollars.",
      ['microsoft nebius 19000000000 signed gpu_cloud'],
    ],
    // An article about a buyer gets no such reading: Meta's contract for office software is no compute deal.
    [
      'en',
      'Meta stock under pressure\nMeta is building in Louisiana. Meta is spending billions. The driver is advertising. Meta signed a $3 billion contract with Microsoft for office software.',
      [],
    ],
  ],
  // "CoreWeave will serve as anchor tenant for the first 250 MW phase of the Horizon campus under a 15-year lease": an
  // AI lab lets its own campus to the cloud it rents GPUs from; the anchor tenant is the buyer of that lease, and the
  // pair's two contracts, told both ways, are two deals.
  "an anchor tenant of an AI lab's campus leases it from the lab": [
    [
      'en',
      'CoreWeave will be the anchor tenant of Project Horizon, the 2 GW campus Poolside is building in Texas, under a 15-year lease.',
      ['coreweave poolside null signed datacenter_lease'],
    ],
    [
      'es',
      'CoreWeave será el inquilino ancla de la primera fase de Horizon, el campus de Poolside en Texas, con un arrendamiento de 15 años.',
      ['coreweave poolside null signed datacenter_lease'],
    ],
    [
      'fr',
      "CoreWeave sera le locataire principal de la première phase d'Horizon, le campus de Poolside au Texas, avec un bail de 15 ans.",
      ['coreweave poolside null signed datacenter_lease'],
    ],
    [
      'de',
      'CoreWeave wird Ankermieter der ersten Phase von Horizon, dem Campus von Poolside in Texas, mit einem Mietvertrag über 15 Jahre.',
      ['coreweave poolside null signed datacenter_lease'],
    ],
    [
      'en',
      "Poolside is building a 2 GW campus in Texas. CoreWeave will provide Poolside with a cluster of more than 40,000 GPUs. CoreWeave will also serve as anchor tenant for the first phase of Poolside's campus under a 15-year lease.",
      ['poolside coreweave null signed gpu_cloud', 'coreweave poolside null signed datacenter_lease'],
    ],
    // A lab named beside a campus it does not own lets nothing.
    ['en', 'Poolside said the campus CoreWeave operates in Texas is among the largest.', []],
  ],
  // "Hut 8 signed a GPU cloud services contract with Amazon … access to Nvidia GB300 GPUs": a former miner that rents
  // out GPUs as a service sells cloud capacity; a lease word keeps its site's lease a lease.
  'a former miner renting out GPUs as a service sells a GPU cloud': [
    [
      'en',
      'Hut 8 Corp. signed a GPU cloud services contract with Amazon worth $3.1 billion over four years, under which Hut 8 will provide Amazon access to Nvidia GB300 GPUs.',
      ['amazon hut-8 3100000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Cipher Mining firmó un contrato de servicios de nube con Meta por 3.100 millones de dólares, que dará a Meta acceso a GPU de Nvidia.',
      ['meta cipher-mining 3100000000 signed gpu_cloud'],
    ],
    [
      'it',
      'Bitdeer ha firmato con Amazon un contratto di servizi cloud da 3,1 miliardi di dollari che dà ad Amazon accesso a GPU Nvidia.',
      ['amazon bitdeer 3100000000 signed gpu_cloud'],
    ],
    [
      'en',
      'Hut 8 Corp. signed a 15-year lease with Anthropic worth $7 billion for its River Bend campus, giving Anthropic access to GPUs hosted there.',
      ['anthropic hut-8 7000000000 signed datacenter_lease'],
    ],
  ],
  // "… purchase agreement with Dell for GPUs … aggregate purchase price of $5.8 billion; the parent company
  // unconditionally guaranteed these obligations": a parent's guarantee of a purchase backs goods bought, no capacity;
  // the vendor that names the purchase agreement sells.
  "a parent's guarantee of a hardware purchase is no capacity backstop": [
    [
      'en',
      "Bitdeer's subsidiary entered a Dell purchase agreement for GPUs for an aggregate purchase price of $2.2 billion; the parent company unconditionally guaranteed these obligations.",
      ['bitdeer dell 2200000000 signed hardware'],
    ],
    [
      'en',
      "Bitdeer said its subsidiary signed a $3.1 billion GPU cloud contract with Amazon. The subsidiary also entered a Supermicro purchase agreement for GPU servers with an aggregate purchase price of $2.2 billion; Bitdeer guaranteed the subsidiary's payment obligations.",
      ['amazon bitdeer 3100000000 signed gpu_cloud', 'bitdeer supermicro 2200000000 signed hardware'],
    ],
    [
      'en',
      'IREN entered into a purchase agreement with Dell for GPU servers for $5.8 billion; IREN guaranteed the obligations of its subsidiary under that agreement.',
      ['iren dell 5800000000 signed hardware'],
    ],
    [
      'es',
      'Una filial de Bitdeer firmó con Dell un contrato de compra de GPU por 2.200 millones de dólares; la matriz garantizó esas obligaciones.',
      ['bitdeer dell 2200000000 signed hardware'],
    ],
    [
      'it',
      'Una controllata di Bitdeer ha firmato con Dell un contratto di acquisto di GPU per 2,2 miliardi di dollari; la capogruppo ha garantito tali obblighi.',
      ['bitdeer dell 2200000000 signed hardware'],
    ],
    [
      'pt',
      'Uma subsidiária da Bitdeer assinou com a Dell um contrato de compra de GPUs por 2,2 bilhões de dólares; a controladora garantiu essas obrigações.',
      ['bitdeer dell 2200000000 signed hardware'],
    ],
    // A guarantee of a lease is still a backstop.
    [
      'en',
      'Google will guarantee $1.4 billion of the lease obligations Fluidstack owes Cipher Mining.',
      ['alphabet cipher-mining 1400000000 signed capacity_backstop'],
    ],
  ],
  // "Nebius has a Microsoft deal of $17.4B and a Meta deal of $2.9B": each amount goes with the label whose contract
  // noun it follows, not with the company named nearest to it.
  'two deals each named by its customer, each amount with its own label': [
    [
      'en',
      'Nebius has a Microsoft deal of $17.4 billion and a Meta deal of $2.9 billion.',
      ['microsoft nebius 17400000000 signed gpu_cloud', 'meta nebius 2900000000 signed gpu_cloud'],
    ],
    [
      'en',
      'CoreWeave has a Microsoft deal of $10.1 billion and a Meta deal of $14.2 billion.',
      ['microsoft coreweave 10100000000 signed gpu_cloud', 'meta coreweave 14200000000 signed gpu_cloud'],
    ],
    [
      'fr',
      'Nebius a signé un contrat Microsoft de 17,4 milliards de dollars et un contrat Meta de 2,9 milliards de dollars.',
      ['microsoft nebius 17400000000 signed gpu_cloud', 'meta nebius 2900000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Nebius hat einen Microsoft-Vertrag über 17,4 Milliarden Dollar und einen Meta-Vertrag über 2,9 Milliarden Dollar.',
      ['microsoft nebius 17400000000 signed gpu_cloud', 'meta nebius 2900000000 signed gpu_cloud'],
    ],
    // The labels alone, with one amount told for the two together, are no contract of either.
    ['en', 'Nebius has a Microsoft deal and a Meta deal worth a combined $20.3 billion.', []],
  ],
  // A page's headline line over its lead ("Lambda signs Amazon deal" / "Lambda said it signed …", "Nebius gagne un
  // nouveau client" / "Nebius a signé …"): the headline's last word is no label or role of the lead's first company.
  "a headline's last word says nothing of the lead's first company": [
    [
      'en',
      'Lambda signs Amazon deal\nLambda said it signed an agreement with Amazon worth $8.6 billion over four years.',
      ['amazon lambda 8600000000 signed gpu_cloud'],
    ],
    [
      'en',
      'Lambda wins new customer\nLambda said it signed an agreement with Amazon worth $8.6 billion over four years.',
      ['amazon lambda 8600000000 signed gpu_cloud'],
    ],
    [
      'fr',
      'Nebius gagne un nouveau client\nNebius a signé avec Microsoft un contrat de 17,4 milliards de dollars pour de la capacité GPU.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Nebius gana un nuevo cliente\nNebius firmó con Microsoft un contrato de 17.400 millones de dólares para capacidad GPU.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    // A line wrapped mid-sentence still reads on: "with" at its end names the next line's company.
    [
      'en',
      'On September 25, 2025, CoreWeave signed an order form for GPU capacity with\nMeta for up to $14.2 billion.',
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
  ],
  // "… an agreement with Amazon worth up to $8.6 billion … the total contract value through 2030 is $7.1 billion,
  // with Amazon keeping the option to buy an additional $1.5 billion": the bound is the firm part and the option added
  // up; the contract's value is the firm part.
  "a firm value and an option that add up to the lead's bound give the firm value": [
    [
      'en',
      'Lambda stock jumps on Amazon deal\nShares of Lambda rose 30% after the GPU cloud provider said it signed an agreement with Amazon worth up to $8.6 billion over four years. In a filing, the company said the total contract value through 2030 is $7.1 billion, with Amazon keeping the option to buy an additional $1.5 billion.',
      ['amazon lambda 7100000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "L'action Lambda bondit\nL'action Lambda a gagné 30 % après que le fournisseur de cloud GPU a dit avoir signé avec Amazon un accord pouvant atteindre 8,6 milliards de dollars sur quatre ans. Dans un document, la société précise que la valeur totale du contrat jusqu'en 2030 est de 7,1 milliards de dollars, Amazon gardant l'option d'acheter 1,5 milliard de dollars supplémentaires.",
      ['amazon lambda 7100000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Lambda-Aktie springt\nDie Lambda-Aktie stieg um 30 %, nachdem der GPU-Cloud-Anbieter mitteilte, mit Amazon einen Vertrag über bis zu 8,6 Milliarden Dollar über vier Jahre unterzeichnet zu haben. In einer Mitteilung nannte das Unternehmen einen Gesamtwert bis 2030 von 7,1 Milliarden Dollar, wobei Amazon die Option auf weitere 1,5 Milliarden Dollar hat.',
      ['amazon lambda 7100000000 signed gpu_cloud'],
    ],
    // The bound alone is the value told.
    [
      'en',
      'Lambda signs Amazon deal\nLambda said it signed an agreement with Amazon worth up to $8.6 billion over four years.',
      ['amazon lambda 8600000000 signed gpu_cloud'],
    ],
  ],
});
