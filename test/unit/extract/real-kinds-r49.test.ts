// Kinds of error seen on real pages in round 49 ("Ces annonces complètent le contrat signé en septembre par la
// coentreprise entre Nscale et le norvégien Aker, qui fournira à Microsoft … Ce contrat était alors valorisé à 6,2
// milliards": the venture's member read as a shareholder, "qui fournira à Microsoft" as a customer downstream, and the
// earlier contract's amount merged into the new one; "valorisé à 6,2 milliards, pouvant grimper à 9,4 milliards" read
// as two contracts; "… an expansion worth about $10 billion. Those talks ended in July 2024" left in talks; "Dann
// beendete der Grok-Entwickler die Gespräche", "Die Gespräche scheiterten", "ont échoué", "fracasaron" unread; "In a
// second, smaller contract, Nvidia will rent 8,000 additional chips … for roughly $200 million" lost beside the
// $1.5 billion both add up to; "committed to buy any of CoreWeave's unsold capacity through 2032 under an order
// worth $6.3 billion" merged into the $1.3 billion rental beside it; "il gruppo di Menlo Park", "der Bonner
// Konzern", "the Livingston, N.J.-based company" read as no company; "Meta è in trattative con Alphabet … Ad agosto
// il gruppo ha firmato con Google Cloud un contratto da 10 miliardi" read as one deal in talks worth $10 billion;
// "IREN lands $9.7 billion from Microsoft" read as IREN buying; "… at least $400.0 million of cloud services in each of
// the first four years" read as a second contract; "committed to spend more than $80 billion on AI data centres" read
// as a contract with the neocloud named after it; a funder, Blue Owl, paired with a hyperscaler; "Apple will pay Google
// about $1 billion a year to use a custom version of the Gemini model" read as a cloud contract; "Nebius: $2.9B from Meta · Sharon AI: $950M from an unnamed …" read as one sentence).
// Each kind is told again in invented sentences, in three languages or more: positives that must be found and near
// misses that must stay silent or keep their pair. Each row's wanted strings are prefixes of the printed mentions
// ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Nscale signs a contract with Microsoft.');
}, 120_000);

const NSCALE_NARVIK = ['microsoft nscale 6200000000 signed gpu_cloud'];
const XAI_ENDED = ['xai oracle 10000000000 terminated'];
const LAMBDA_TWO = ['nvidia lambda 1300000000 reported', 'nvidia lambda 200000000 reported'];
const COREWEAVE_TWO = [
  'nvidia coreweave 1300000000 signed gpu_cloud',
  'nvidia coreweave 6300000000 signed capacity_backstop',
];
const OPENAI_ORACLE = 'openai oracle 300000000000 signed gpu_cloud';
const MICROSOFT_NEBIUS = 'microsoft nebius 17400000000 signed';
const SNAP_GOOGLE = 'snap alphabet 2000000000 signed';
const LIVE_BLOG_TWO = ['openai amazon 38000000000 signed', 'microsoft iren 9700000000 signed'];
const ORACLE_TALKS = 'meta oracle 20000000000 in_talks';
const META_GOOGLE_TWO = ['meta alphabet null in_talks', 'meta alphabet 10000000000 reported'];

eachKind({
  // "the joint venture between Nscale and Aker will supply Microsoft", "la coentreprise entre Nscale et le norvégien
  // Aker fournira à Microsoft": the venture deals, its members stand for it. A member listed beside a contract the
  // venture does not sign is no party of it.
  "a joint venture's member stands for the venture that supplies": [
    [
      'fr',
      "La coentreprise entre Nscale et le norvégien Aker fournira à Microsoft quelque 52 000 GPU depuis Narvik dans le cadre d'un contrat de 6,2 milliards de dollars.",
      NSCALE_NARVIK,
      'Nscale, un nouveau contrat',
    ],
    [
      'it',
      'La joint venture tra Nscale e la norvegese Aker fornirà a Microsoft circa 52.000 GPU da Narvik con un contratto da 6,2 miliardi di dollari.',
      NSCALE_NARVIK,
      'Nscale, un nuovo contratto',
    ],
    [
      'en',
      'A joint venture between Nscale and Norwegian group Aker will supply Microsoft with 52,000 GPUs from Narvik under a contract worth $6.2 billion.',
      NSCALE_NARVIK,
      'Nscale lands a new contract',
    ],
    [
      'fr',
      'Le contrat de 6,2 milliards de dollars signé en septembre par Nscale, qui fournira à Microsoft quelque 52 000 GPU depuis Narvik, porte sur cinq ans.',
      NSCALE_NARVIK,
      'Nscale, un nouveau contrat',
    ],
    [
      'en',
      'Stargate, a joint venture of OpenAI, Oracle and SoftBank, has a $500 billion budget for data centres.',
      [],
    ],
  ],
  // "Ces annonces complètent le contrat signé en septembre … Ce contrat était alors valorisé à 6,2 milliards": the
  // earlier contract the sentence before joins the news to (or tells in its own words, "bereits … hatte"), told again
  // with its amount, is a contract of its own beside the new one. A new lease dated in the sentence before ("On
  // August 29 … entered into a third lease. The Third Lease … $4.0 billion") is the news itself.
  'an earlier contract told again with its amount is a contract of its own': [
    [
      'fr',
      "Nscale annonce un accord élargi avec Microsoft, qui pourrait lui rapporter jusqu'à 14 milliards de dollars pour des GPU au Texas. Ces annonces complètent le contrat signé en septembre par Nscale avec Microsoft pour des GPU à Narvik. Ce contrat quinquennal était alors valorisé à 6,2 milliards de dollars.",
      ['microsoft nscale 14000000000 signed', 'microsoft nscale 6200000000 signed'],
    ],
    [
      'en',
      'Nscale said Microsoft will pay up to $14 billion for GPU capacity in Texas. The announcement builds on the GPU contract Nscale signed with Microsoft in September for Narvik. That contract was then valued at $6.2 billion.',
      ['microsoft nscale 14000000000 signed', 'microsoft nscale 6200000000 signed'],
    ],
    [
      'de',
      'Cipher Mining vermietet Fluidstack weitere 39 Megawatt für rund 830 Millionen Dollar zusätzlich. Bereits im September hatte Cipher mit Fluidstack eine Vereinbarung über HPC-Kolokation abgeschlossen. Der Vertrag umfasst 168 Megawatt und einen Umsatz von rund drei Milliarden Dollar.',
      ['fluidstack cipher-mining 830000000 expanded', 'fluidstack cipher-mining 3000000000 signed'],
    ],
    [
      'en',
      "On August 29, 2025, following CoreWeave's exercise of its option, Applied Digital entered into a third data center lease with CoreWeave for 150 MW. The Third Lease is expected to generate approximately $4.0 billion of rent.",
      ['coreweave applied-digital 4000000000'],
    ],
  ],
  // "valorisé à 6,2 milliards, pouvant grimper à 9,4 milliards", "worth $6.2 billion, potentially rising to $9.4
  // billion": the second figure is the first one's option. A lone "pouvant atteindre" figure is the contract's value.
  "a participle of possibility after a figure tells the figure's option": [
    [
      'en',
      'Nscale signed a five-year GPU contract with Microsoft worth $6.2 billion, potentially rising to $9.4 billion with options.',
      NSCALE_NARVIK,
    ],
    [
      'es',
      'Nscale firmó con Microsoft un contrato de GPU a cinco años de 6.200 millones de dólares, pudiendo llegar a 9.400 millones con las opciones.',
      NSCALE_NARVIK,
    ],
    [
      'fr',
      'Nscale a signé avec Microsoft un contrat de GPU sur cinq ans valorisé à 6,2 milliards de dollars, pouvant grimper à 9,4 milliards avec les options.',
      NSCALE_NARVIK,
    ],
    [
      'fr',
      'Nebius a signé avec Meta un contrat de capacité de calcul pouvant atteindre 27 milliards de dollars.',
      ['meta nebius 27000000000 signed'],
    ],
  ],
  // "… an expansion worth about $10 billion. Those talks ended in July 2024", "Ces négociations ont échoué", "Dann
  // beendete der Grok-Entwickler die Gespräche", "Esas conversaciones se rompieron": the deal's end, told after it.
  // A next sentence about the talks that tells no end leaves the status alone.
  'talks told as ended in the next sentence': [
    [
      'en',
      'In 2024 xAI was negotiating with Oracle an expansion of its cloud contract worth about $10 billion over several years. Those talks ended in July 2024.',
      XAI_ENDED,
    ],
    [
      'fr',
      "En 2024, xAI négociait avec Oracle une extension de son contrat cloud d'environ 10 milliards de dollars. Ces négociations ont échoué en juillet 2024.",
      XAI_ENDED,
    ],
    [
      'de',
      '2024 verhandelte xAI mit Oracle über einen Cloud-Vertrag im Wert von rund 10 Milliarden Dollar. Dann beendete der Grok-Entwickler die Gespräche.',
      XAI_ENDED,
    ],
    [
      'de',
      '2024 verhandelte xAI mit Oracle über einen Cloud-Vertrag im Wert von rund 10 Milliarden Dollar. Die Gespräche scheiterten im Juli 2024.',
      XAI_ENDED,
    ],
    [
      'es',
      'En 2024 xAI negociaba con Oracle un contrato de nube de unos 10.000 millones de dólares. Las negociaciones fracasaron en julio de 2024.',
      XAI_ENDED,
    ],
    [
      'en',
      'xAI signed a cloud contract with Oracle worth about $10 billion. The talks lasted three months.',
      ['xai oracle 10000000000 signed'],
    ],
    [
      'de',
      'xAI unterzeichnete mit Oracle einen Cloud-Vertrag im Wert von rund 10 Milliarden Dollar. Das Projekt scheiterte nicht an den Gesprächen.',
      ['xai oracle 10000000000 signed'],
    ],
  ],
  // "The larger of the two is a $1.3 billion agreement … In a second, smaller contract, Nvidia will rent 8,000
  // additional chips … for roughly $200 million": two contracts the $1.5 billion adds up; the smaller one's
  // "additional" chips expand nothing, it keeps the story's hedge.
  'the parts of a sum told apart are contracts of their own': [
    [
      'en',
      'According to people familiar with the matter, Nvidia will rent back its own chips from Lambda for $1.5 billion. The larger of the two is a four-year, $1.3 billion agreement under which the chipmaker will lease 10,000 GPU servers from Lambda. In a second, smaller contract, Nvidia will rent 8,000 additional GPU servers from the start-up for roughly $200 million.',
      LAMBDA_TWO,
    ],
    [
      'pt',
      'Nvidia vai alugar servidores de GPU da Lambda por US$ 1,5 bilhão, segundo fontes. São dois contratos: o maior, de US$ 1,3 bilhão, cobre 10.000 servidores de GPU da Lambda; o segundo, de US$ 200 milhões, cobre outros 8.000 servidores.',
      LAMBDA_TWO,
    ],
    [
      'de',
      'Laut Insidern mietet Nvidia von Lambda GPU-Server für 1,5 Milliarden Dollar. Der größere Vertrag über 1,3 Milliarden Dollar umfasst 10.000 GPU-Server von Lambda. Ein zweiter, kleinerer Vertrag über 200 Millionen Dollar betrifft 8.000 weitere Server.',
      LAMBDA_TWO,
    ],
    [
      'en',
      'According to people familiar with the matter, Nvidia will rent GPU servers from Lambda for $1.5 billion over four years, the first half of it in 2026.',
      ['nvidia lambda 1500000000 reported'],
    ],
  ],
  // "… and more recently committed to buy any of CoreWeave's unsold capacity through 2032 under an order worth $6.3
  // billion": a firm amount promised for what the seller cannot sell is a backstop of its own beside the rental.
  "a firm order for the seller's unsold capacity is a backstop of its own": [
    [
      'en',
      "Nvidia agreed in 2023 to spend $1.3 billion over four years to rent back GPU capacity from CoreWeave, and later committed to buy any of CoreWeave's unsold capacity through 2032 under an order worth $6.3 billion.",
      COREWEAVE_TWO,
    ],
    [
      'fr',
      "Nvidia s'est engagée en 2023 à dépenser 1,3 milliard de dollars sur quatre ans en capacité GPU chez CoreWeave, puis à lui acheter toute capacité invendue jusqu'en 2032 pour 6,3 milliards de dollars.",
      COREWEAVE_TWO,
    ],
    [
      'de',
      'Nvidia sagte CoreWeave 2023 zu, über vier Jahre 1,3 Milliarden Dollar für GPU-Kapazität auszugeben, und verpflichtete sich später, bis 2032 nicht anderweitig verkaufte Kapazität für 6,3 Milliarden Dollar abzunehmen.',
      COREWEAVE_TWO,
    ],
    [
      'en',
      "Meta has committed to buy up to $15 billion of Nebius's GPU capacity to the extent it is not sold to other customers. The agreement follows the approximately $3 billion GPU contract the companies signed in November 2025.",
      ['meta nebius 3000000000 signed gpu_cloud', 'meta nebius 15000000000 signed capacity_backstop'],
    ],
  ],
  // "le groupe de Menlo Park", "il gruppo di Menlo Park", "der Softwarekonzern aus Redmond", "der Bonner Konzern", "the
  // Livingston, N.J.-based company": a company named by its home town beside a descriptor. The town alone ("a campus
  // near Dallas") names no party, and a descriptor in apposition to the name is the same mention.
  'a company named by its home town': [
    [
      'fr',
      'Le groupe de Menlo Park a signé avec CoreWeave un contrat de capacité de calcul de 14,2 milliards de dollars.',
      ['meta coreweave 14200000000 signed'],
      'Nouveau contrat cloud',
    ],
    [
      'it',
      'Il gruppo di Menlo Park ha firmato con CoreWeave un contratto di capacità di calcolo da 14,2 miliardi di dollari.',
      ['meta coreweave 14200000000 signed'],
      'Nuovo contratto cloud',
    ],
    [
      'en',
      'Meta signed a $14.2 billion cloud computing contract with the Livingston, N.J.-based company last year.',
      ['meta coreweave 14200000000 signed'],
      'A new cloud deal',
    ],
    [
      'de',
      'Der Bonner Konzern mietet bei Nscale GPU-Kapazität im Wert von 1 Milliarde Euro.',
      ['deutsche-telekom nscale'],
      'Neuer Cloud-Deal',
    ],
    [
      'en',
      'Applied Digital will lease CoreWeave a data center campus near Dallas for $7 billion.',
      ['coreweave applied-digital 7000000000 signed datacenter_lease'],
    ],
    [
      'fr',
      'OpenAI a signé un accord de capacité de calcul avec Cerebras Systems, la société de Sunnyvale connue pour ses puces géantes, pour plus de 10 milliards de dollars.',
      ['openai cerebras 10000000000 signed'],
    ],
  ],
  // "… data centres for OpenAI, whose five-year contract with Oracle is worth about $300 billion", "dont le contrat
  // avec Oracle", "dessen Vertrag mit Oracle", "cuyo contrato con Oracle": a deal told in a possessive relative
  // clause, on its antecedent and the one company the clause names, though the clause runs to the sentence's end.
  'a deal told in a possessive relative clause': [
    [
      'en',
      'Oracle is building data centres for OpenAI, whose five-year cloud contract with Oracle is worth about $300 billion.',
      [OPENAI_ORACLE],
    ],
    [
      'fr',
      'Oracle construit des centres de données pour OpenAI, dont le contrat cloud avec Oracle vaut environ 300 milliards de dollars.',
      [OPENAI_ORACLE],
    ],
    [
      'de',
      'Oracle baut Rechenzentren für OpenAI, dessen Cloud-Vertrag mit Oracle rund 300 Milliarden Dollar wert ist.',
      [OPENAI_ORACLE],
    ],
    [
      'es',
      'Oracle construye centros de datos para OpenAI, cuyo contrato de nube con Oracle vale unos 300.000 millones de dólares.',
      [OPENAI_ORACLE],
    ],
    [
      'en',
      'Oracle is building data centres for OpenAI, whose revenue may reach $13 billion this year, and for Meta.',
      [],
    ],
  ],
  // "IREN lands $9.7 billion from Microsoft", "SHARON AI: US$1.25 BILLION FROM ESDS", "décroche 17,4 milliards de
  // dollars auprès de Microsoft pour de la capacité GPU", "ottiene 17,4 miliardi da Microsoft per capacità GPU": money
  // won from a company comes from its payer, whatever capacity it pays for after; capacity or money spent is bought
  // from the one it comes from.
  'money won from a company names its payer': [
    ['en', 'Nebius lands $17.4 billion from Microsoft for GPU capacity.', [MICROSOFT_NEBIUS]],
    ['en', 'Nebius: $17.4 billion from Microsoft for GPU cloud capacity.', [MICROSOFT_NEBIUS]],
    [
      'fr',
      'Nebius décroche 17,4 milliards de dollars auprès de Microsoft pour de la capacité GPU.',
      [MICROSOFT_NEBIUS],
    ],
    ['it', 'Nebius ottiene 17,4 miliardi di dollari da Microsoft per capacità GPU.', [MICROSOFT_NEBIUS]],
    ['es', 'Nebius obtiene 17.400 millones de dólares de Microsoft por capacidad GPU.', [MICROSOFT_NEBIUS]],
    ['en', 'OpenAI will buy $38 billion from AWS in cloud capacity.', ['openai amazon 38000000000 signed']],
    [
      'fr',
      'Microsoft a obtenu auprès de Nebius 17,4 milliards de dollars de capacité GPU.',
      [MICROSOFT_NEBIUS],
    ],
  ],
  // "Microsoft has also committed to spend more than $80 billion on AI data centres … and has been signing capacity
  // agreements with neocloud providers including Nebius": the company's own build-out, no contract with the
  // neoclouds named after it; money committed to a provider's cloud is a contract.
  "a company's own data-centre spending is no contract": [
    [
      'en',
      'Microsoft has also committed to spend more than $80 billion on AI data centres globally in its current fiscal year, and has been signing multibillion-dollar capacity agreements with neocloud providers including Nebius, Nscale, IREN and Lambda.',
      [],
    ],
    [
      'fr',
      'Microsoft a promis de dépenser plus de 80 milliards de dollars dans des centres de données IA cette année, et signe des contrats de capacité avec des néoclouds comme Nebius.',
      [],
    ],
    [
      'es',
      'Microsoft se ha comprometido a gastar más de 80.000 millones de dólares en centros de datos de IA este año fiscal, y firma acuerdos de capacidad con neoclouds como Nebius.',
      [],
    ],
    [
      'en',
      'Meta committed to spend $10 billion on Google Cloud capacity over six years.',
      ['meta alphabet 10000000000 signed'],
    ],
  ],
  // "… committed to purchase $2.0 billion of cloud services from Google over five years, and is required to purchase
  // at least $400.0 million of cloud services in each of the first four years", "au moins 400 millions de dollars
  // chaque année", "mindestens 400 Millionen Dollar pro Jahr": a yearly minimum is a rate of the commitment, no second
  // contract; "worth at least $400 million" alone is the contract's value.
  'a yearly minimum is a rate of the commitment': [
    [
      'en',
      'Google provides the cloud infrastructure Snap uses. Under this agreement, Snap committed to purchase $2.0 billion of cloud services from Google over five years, and is required to purchase at least $400.0 million of cloud services in each of the first four years of the agreement, beginning January 1, 2017.',
      [SNAP_GOOGLE],
    ],
    [
      'fr',
      "Google fournit le cloud de Snap. Snap s'est engagé à acheter pour 2 milliards de dollars de services cloud à Google sur cinq ans, et doit en acheter au moins 400 millions de dollars chaque année pendant les quatre premières années.",
      [SNAP_GOOGLE],
    ],
    [
      'de',
      'Google liefert die Cloud für Snap. Snap hat sich verpflichtet, über fünf Jahre Cloud-Dienste von Google für 2 Milliarden Dollar zu kaufen, und muss in jedem der ersten vier Jahre mindestens 400 Millionen Dollar pro Jahr abnehmen.',
      [SNAP_GOOGLE],
    ],
    [
      'en',
      'Snap signed a cloud contract with Google worth at least $400 million.',
      ['snap alphabet 400000000 signed'],
    ],
  ],
  // "Apple will pay Google about $1 billion a year to use a custom version of the Gemini model", "pour utiliser une
  // version du modèle Gemini", "für eine angepasste Version des Gemini-Modells", "por usar una versión de Gemini": a
  // model licensed, no compute rented; paying to use a provider's chips is.
  'a model licensed is no compute contract': [
    [
      'fr',
      'Apple paiera à Google environ 1 milliard de dollars par an pour utiliser une version du modèle Gemini sur ses serveurs de cloud.',
      [],
    ],
    [
      'de',
      'Laut Bloomberg wird Apple Google rund eine Milliarde Dollar pro Jahr für eine angepasste Version des Gemini-Modells in der Cloud zahlen.',
      [],
    ],
    [
      'es',
      'Apple pagará a Google unos 1.000 millones de dólares al año por usar una versión de Gemini en la nube.',
      [],
    ],
    [
      'en',
      'Anthropic will pay Amazon $8 billion to use Trainium chips in AWS data centres to serve Claude.',
      ['anthropic amazon 8000000000 signed'],
    ],
  ],
  // "Nebius: $2.9B from Meta · Sharon AI: $950M from an unnamed global tech company · Hut 8: 1.5 GW pipeline": a
  // newsletter's headline of items is a list, each amount its own item's; no item lends its company to the next.
  "a headline's run of items split by middle dots": [
    [
      'en',
      'Nebius disclosed the GPU cloud order from Meta in a 6-K.',
      ['meta nebius 2900000000 signed'],
      'Compute Ledger: Nebius: $2.9B from Meta · Sharon AI: $950M from an unnamed global tech company · Hut 8: 1.5 GW pipeline',
    ],
    [
      'pt',
      'A IREN vai fornecer capacidade de GPU em nuvem à Microsoft.',
      ['openai amazon 38000000000 signed', 'microsoft iren 9700000000 signed'],
      'Boletim: US$ 38 bi: OpenAI compra nuvem da AWS · US$ 9,7 bi: Microsoft fecha com a IREN · Dell vende servidores',
    ],
    [
      'fr',
      'Nebius a publié le contrat de capacité GPU signé avec Meta.',
      ['meta nebius 2900000000 signed'],
      'La lettre du cloud : Nebius, 2,9 Md$ avec Meta · Sharon AI, 950 M$ avec un client non nommé · Hut 8, 1,5 GW',
    ],
  ],
  // "… un contratto … con Microsoft. Il gruppo di Redmond verserà circa 9,7 miliardi", "Le groupe de Redmond versera",
  // "El grupo de Redmond pagará": a sentence opening on a company's own descriptor names it; "Il gruppo" is no
  // anaphor standing for the page's subject (Amazon, in a live blog's other item).
  "a sentence opening on a company's descriptor is no anaphor": [
    [
      'it',
      "15:35 - Amazon sale del 5%: OpenAI ha firmato con Amazon Web Services un contratto cloud da 38 miliardi di dollari.\n\n16:20 - Giornata da incorniciare per IREN: il titolo dell'operatore australiano sale del 20% dopo l'annuncio di un contratto quinquennale di servizi cloud GPU con Microsoft. Il gruppo di Redmond verserà circa 9,7 miliardi di dollari e avrà accesso a GPU Nvidia.",
      LIVE_BLOG_TWO,
      'Borsa oggi: a Wall Street corrono Amazon e IREN',
    ],
    [
      'es',
      '15:35 - Amazon sube un 5%: OpenAI firmó con Amazon Web Services un contrato de nube de 38.000 millones de dólares.\n\n16:20 - Jornada para enmarcar de IREN: la acción de la operadora australiana sube un 20% tras anunciar un contrato quinquenal de servicios de nube GPU con Microsoft. El grupo de Redmond pagará unos 9.700 millones de dólares y tendrá acceso a GPU de Nvidia.',
      LIVE_BLOG_TWO,
      'Bolsa hoy: Amazon e IREN se disparan',
    ],
    [
      'fr',
      "15h35 - Amazon gagne 5 % : OpenAI a signé avec Amazon Web Services un contrat cloud de 38 milliards de dollars.\n\n16h20 - Journée faste pour IREN : l'action de l'opérateur australien bondit de 20 % après l'annonce d'un contrat quinquennal de services cloud GPU avec Microsoft. Le groupe de Redmond versera environ 9,7 milliards de dollars et aura accès à des GPU Nvidia.",
      LIVE_BLOG_TWO,
      'Bourse en direct : Amazon et IREN s’envolent',
    ],
  ],
  // "… a $27 billion arrangement with Blue Owl Capital for the Hyperion campus": a funder (the table's Blue Owl, with no
  // role in a compute contract) finances a campus; it neither buys nor sells capacity.
  'a funder is no party of a compute contract': [
    [
      'en',
      'Google Cloud signed a $27 billion data centre arrangement with Blue Owl Capital for the Hyperion campus.',
      [],
    ],
    [
      'fr',
      'Oracle et Blue Owl ont signé un accord de 27 milliards de dollars pour un campus de centres de données.',
      [],
    ],
    [
      'de',
      'Oracle und Blue Owl haben eine Vereinbarung über 27 Milliarden Dollar für einen Rechenzentrums-Campus unterzeichnet.',
      [],
    ],
    [
      'en',
      'Meta signed a $10 billion cloud computing contract with Google Cloud. Blue Owl finances the Hyperion campus.',
      ['meta alphabet 10000000000 signed'],
    ],
  ],
  // "Oracle has agreed to provide OpenAI with about $300 billion of computing power …, an arrangement that has pushed
  // its remaining performance obligations to $455 billion", "un accord qui a porté son carnet de commandes à …": the
  // backlog told in an aside about the contract leaves the contract's clause standing; the backlog alone is no deal.
  'a backlog told in an aside after its contract': [
    [
      'en',
      'Oracle has agreed to provide OpenAI with about $300 billion of computing power over roughly five years starting in 2027, according to people familiar with that deal, an arrangement that has pushed its remaining performance obligations to $455 billion.',
      ['openai oracle 300000000000 reported'],
    ],
    [
      'fr',
      'Oracle fournira à OpenAI environ 300 milliards de dollars de puissance de calcul sur cinq ans, un accord qui a porté son carnet de commandes à 455 milliards de dollars.',
      [OPENAI_ORACLE],
    ],
    [
      'es',
      'Oracle suministrará a OpenAI unos 300.000 millones de dólares en capacidad de cómputo durante cinco años, un acuerdo que elevó su cartera de pedidos a 455.000 millones.',
      [OPENAI_ORACLE],
    ],
    [
      'en',
      'Oracle reported remaining performance obligations of $455 billion, up 359%, on contracts with OpenAI.',
      [],
    ],
  ],
  // "Il produttore di chip ha firmato … con Lambda", "el fabricante de chips", "the chipmaker": a chip maker named by
  // its trade stands for the last chip maker named, never for the company the sentence before is about; with no chip
  // maker named before, it stands for no one.
  'a chip maker named by its trade': [
    [
      'it',
      'Secondo Bloomberg, Oracle è in trattative con Meta per un contratto cloud da circa 20 miliardi di dollari.\n\nLambda, il cliente è Nvidia\n\nIl produttore di chip ha firmato con Lambda un contratto di locazione di server GPU da 1,3 miliardi di dollari.',
      [ORACLE_TALKS, 'nvidia lambda 1300000000 signed'],
    ],
    [
      'es',
      'Según Bloomberg, Oracle negocia con Meta un contrato de nube de unos 20.000 millones de dólares.\n\nLambda, el cliente es Nvidia\n\nEl fabricante de chips firmó con Lambda un contrato de arrendamiento de servidores GPU por 1.300 millones de dólares.',
      [ORACLE_TALKS, 'nvidia lambda 1300000000 signed'],
    ],
    [
      'en',
      'Oracle is in talks with Meta over a cloud contract worth about $20 billion, according to Bloomberg.\n\nLambda lands Nvidia as a customer\n\nThe chipmaker signed a GPU server lease with Lambda worth $1.3 billion over four years.',
      [ORACLE_TALKS, 'nvidia lambda 1300000000 signed'],
    ],
    [
      'it',
      'Secondo Bloomberg, Oracle è in trattative con Meta per un contratto cloud da circa 20 miliardi di dollari.\n\nLambda cresce\n\nIl produttore di chip ha firmato con Lambda un contratto di locazione di server GPU da 1,3 miliardi di dollari.',
      [ORACLE_TALKS],
    ],
    [
      'es',
      'Según Bloomberg, Oracle negocia con Meta un contrato de nube de unos 20.000 millones de dólares.\n\nLambda crece\n\nEl fabricante de chips firmó con Lambda un contrato de arrendamiento de servidores GPU por 1.300 millones de dólares.',
      [ORACLE_TALKS],
    ],
  ],
  // "Meta è in trattative con Alphabet per le TPU … Ad agosto il gruppo ha firmato con Google Cloud un contratto da 10
  // miliardi": the earlier contract is done and has its figure, the article's deal has none and is in talks.
  "talks beside the pair's earlier contract are a deal of their own": [
    [
      'it',
      'Meta è in trattative con Alphabet per usare la capacità TPU di Google Cloud, secondo The Information. Non sarebbe il primo accordo: ad agosto Meta ha firmato con Google Cloud un contratto di sei anni da oltre 10 miliardi di dollari, secondo fonti a conoscenza della questione.',
      META_GOOGLE_TWO,
    ],
    [
      'en',
      'Meta is in talks with Google to rent TPU capacity in Google Cloud, The Information reported. In August, Meta signed a six-year Google Cloud contract worth more than $10 billion, according to people familiar with the matter.',
      META_GOOGLE_TWO,
    ],
    [
      'pt',
      'A Meta está em negociações com o Google para alugar capacidade de TPUs no Google Cloud, segundo o The Information. Em agosto, a Meta já tinha fechado com o Google Cloud um contrato de mais de US$ 10 bilhões em seis anos, segundo fontes.',
      META_GOOGLE_TWO,
    ],
    [
      'en',
      'In August, Meta signed a six-year Google Cloud contract worth more than $10 billion, according to people familiar with the matter.',
      ['meta alphabet 10000000000 reported'],
    ],
  ],
});
