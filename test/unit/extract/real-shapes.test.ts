// How real pages STATE a deal, shape by shape, in six languages. Written after reading about a hundred real pages
// (wire copy, market-news sites, live blogs, press-release reprints, filing summaries) on Nebius-Microsoft,
// CoreWeave-Meta/OpenAI, Oracle-OpenAI, OpenAI-AWS, Anthropic-Azure/Google, Nscale-Microsoft, IREN-Microsoft,
// TeraWulf/Cipher-Fluidstack and Meta-Google. What varies from page to page is the verb and its direction ("X will
// supply Y", "Y taps X", "X lands Y", "Y rents from X", "Y pays X", "Y commits $N to X"), where the amount sits (the
// same clause, a later sentence, a parenthesis), how the term and capacity are given (years, "through 2031", MW,
// GPUs) and how the status is hedged (a conditional, "according to", talks). The sentences are invented.
// Each shape holds positives in all six languages ("buyer provider valueUsd status" as a prefix of each mention, in
// order) and near-miss negatives beside them: the same words around an investment, a loan, a hardware purchase
// without a named seller, a plan or a sum over several contracts, which must stay silent.
import { describe, expect, it } from 'vitest';
import { eachCorpusPage, eachFamily } from './mention-cases';

type Lang = 'en' | 'fr' | 'de' | 'es' | 'it' | 'pt';
type Family = readonly [lang: Lang, text: string, want: readonly string[]];

// The provider is the subject and the buyer the indirect object: "X will supply Y with", "X liefert Y".
const SUPPLY: Family[] = [
  [
    'en',
    'Nebius will supply Microsoft with dedicated GPU capacity worth $17.4 billion over five years from its Vineland site.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'fr',
    'Nebius fournira à Microsoft de la capacité GPU dédiée pour 17,4 milliards de dollars sur cinq ans, depuis son site de Vineland.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'de',
    'Nebius liefert Microsoft fünf Jahre lang dedizierte GPU-Kapazität im Wert von 17,4 Milliarden Dollar aus dem Standort Vineland.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'es',
    'Nebius suministrará a Microsoft capacidad de GPU dedicada por 17.400 millones de dólares durante cinco años desde su centro de Vineland.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'it',
    'Nebius fornirà a Microsoft capacità GPU dedicata per 17,4 miliardi di dollari in cinque anni dal sito di Vineland.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'pt',
    'A Nebius vai fornecer à Microsoft capacidade de GPU dedicada no valor de 17,4 mil milhões de dólares durante cinco anos, a partir de Vineland.',
    ['microsoft nebius 17400000000 signed'],
  ],
  ['en', 'Nvidia will supply Nebius with $1 billion of fresh equity to fund the build-out.', []],
  [
    'fr',
    'Nvidia fournira à Nebius un milliard de dollars de capitaux frais pour financer ses chantiers.',
    [],
  ],
  ['de', 'Nvidia liefert Nebius eine Milliarde Dollar frisches Eigenkapital für den Ausbau.', []],
  [
    'es',
    'Nvidia aportará a Nebius 1.000 millones de dólares de capital fresco para financiar la construcción.',
    [],
  ],
  ['it', 'Nvidia fornirà a Nebius un miliardo di dollari di capitale fresco per finanziare i cantieri.', []],
  [
    'pt',
    'A Nvidia vai fornecer à Nebius mil milhões de dólares de capital novo para financiar as obras.',
    [],
  ],
];

// The buyer is the subject and turns to the provider: "Y taps X", "Y s'appuie sur X", "Y setzt auf X".
const TAPS: Family[] = [
  [
    'en',
    'Meta taps CoreWeave for $14.2 billion of AI computing power through December 2031.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'fr',
    'Meta s’appuie sur CoreWeave pour 14,2 milliards de dollars de puissance de calcul jusqu’en décembre 2031.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'de',
    'Meta setzt für 14,2 Milliarden Dollar auf Rechenleistung von CoreWeave, der Vertrag läuft bis Dezember 2031.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'es',
    'Meta recurre a CoreWeave para asegurarse potencia de cálculo por 14.200 millones de dólares hasta diciembre de 2031.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'it',
    'Meta si affida a CoreWeave per 14,2 miliardi di dollari di potenza di calcolo fino a dicembre 2031.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'pt',
    'A Meta recorre à CoreWeave para garantir 14,2 mil milhões de dólares em capacidade de computação até dezembro de 2031.',
    ['meta coreweave 14200000000 signed'],
  ],
  ['en', 'Anthropic taps Microsoft and Nvidia for up to $15 billion of fresh funding.', []],
  ['fr', 'Anthropic s’appuie sur Microsoft et Nvidia pour lever jusqu’à 15 milliards de dollars.', []],
  [
    'de',
    'Anthropic setzt bei seiner Finanzierungsrunde über 15 Milliarden Dollar auf Microsoft und Nvidia.',
    [],
  ],
  [
    'es',
    'Anthropic recurre a Microsoft y Nvidia para captar hasta 15.000 millones de dólares de financiación.',
    [],
  ],
  ['it', 'Anthropic si affida a Microsoft e Nvidia per raccogliere fino a 15 miliardi di dollari.', []],
  ['pt', 'A Anthropic recorre à Microsoft e à Nvidia para captar até 15 mil milhões de dólares.', []],
];

// The provider is the subject and wins the buyer's contract: "X lands Y", "X décroche", "X erhält den Zuschlag".
const LANDS: Family[] = [
  ['en', 'CoreWeave lands a $14.2 billion cloud contract from Meta.', ['meta coreweave 14200000000 signed']],
  [
    'fr',
    'CoreWeave décroche auprès de Meta un contrat cloud de 14,2 milliards de dollars.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'de',
    'CoreWeave erhält von Meta einen Cloud-Auftrag über 14,2 Milliarden Dollar.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'es',
    'CoreWeave gana un contrato de nube de Meta por 14.200 millones de dólares.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'it',
    'CoreWeave si aggiudica da Meta un contratto cloud da 14,2 miliardi di dollari.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'pt',
    'A CoreWeave conquista um contrato de nuvem da Meta no valor de 14,2 mil milhões de dólares.',
    ['meta coreweave 14200000000 signed'],
  ],
  ['en', 'CoreWeave lands a $2 billion investment from Nvidia.', []],
  ['fr', 'CoreWeave décroche un investissement de 2 milliards de dollars de Nvidia.', []],
  ['de', 'CoreWeave erhält von Nvidia eine Kapitalspritze über 2 Milliarden Dollar.', []],
  ['es', 'CoreWeave consigue una inversión de 2.000 millones de dólares de Nvidia.', []],
  ['it', 'CoreWeave ottiene da Nvidia un investimento da 2 miliardi di dollari.', []],
  ['pt', 'A CoreWeave conquista um investimento de 2 mil milhões de dólares da Nvidia.', []],
];

// The buyer rents from the provider: "Y will rent from X", "Y mietet bei X", "Y louera auprès de X".
const RENTS: Family[] = [
  [
    'en',
    'Microsoft will rent about 200,000 Nvidia GPUs from Nscale in a deal worth up to $24 billion.',
    ['microsoft nscale 24000000000 signed'],
  ],
  [
    'fr',
    'Microsoft louera auprès de Nscale quelque 200 000 GPU Nvidia, pour un contrat pouvant atteindre 24 milliards de dollars.',
    ['microsoft nscale 24000000000 signed'],
  ],
  [
    'de',
    'Microsoft mietet bei Nscale rund 200.000 Nvidia-GPUs, der Vertrag ist bis zu 24 Milliarden Dollar wert.',
    ['microsoft nscale 24000000000 signed'],
  ],
  [
    'es',
    'Microsoft alquilará a Nscale unas 200.000 GPU de Nvidia en un contrato de hasta 24.000 millones de dólares.',
    ['microsoft nscale 24000000000 signed'],
  ],
  [
    'it',
    'Microsoft prenderà in affitto da Nscale circa 200.000 GPU Nvidia con un contratto fino a 24 miliardi di dollari.',
    ['microsoft nscale 24000000000 signed'],
  ],
  [
    'pt',
    'A Microsoft vai alugar à Nscale cerca de 200 mil GPUs da Nvidia, num contrato de até 24 mil milhões de dólares.',
    ['microsoft nscale 24000000000 signed'],
  ],
  [
    'en',
    'Microsoft now rents capacity from Nscale, Nebius, IREN and Lambda, commitments that together exceed $60 billion.',
    [],
  ],
  [
    'fr',
    'Microsoft loue désormais des capacités à Nscale, Nebius, IREN et Lambda, des engagements qui dépassent au total 60 milliards de dollars.',
    [],
  ],
  [
    'de',
    'Microsoft mietet inzwischen bei Nscale, Nebius, IREN und Lambda, die Zusagen summieren sich auf mehr als 60 Milliarden Dollar.',
    [],
  ],
  [
    'es',
    'Microsoft alquila ya capacidad a Nscale, Nebius, IREN y Lambda, compromisos que en conjunto superan los 60.000 millones de dólares.',
    [],
  ],
  [
    'it',
    'Microsoft affitta ormai capacità da Nscale, Nebius, IREN e Lambda, impegni che nel complesso superano i 60 miliardi di dollari.',
    [],
  ],
  [
    'pt',
    'A Microsoft já aluga capacidade à Nscale, à Nebius, à IREN e à Lambda, compromissos que somam mais de 60 mil milhões de dólares.',
    [],
  ],
];

// The buyer pays the provider: "Y will pay X $N for", "Y versera à X", "Y zahlt X".
const PAYS: Family[] = [
  [
    'en',
    'Meta will pay CoreWeave $14.2 billion for AI cloud capacity through 2031.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'fr',
    'Meta versera 14,2 milliards de dollars à CoreWeave pour de la capacité cloud jusqu’en 2031.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'de',
    'Meta zahlt CoreWeave bis 2031 insgesamt 14,2 Milliarden Dollar für Cloud-Rechenleistung.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'es',
    'Meta pagará a CoreWeave 14.200 millones de dólares por capacidad en la nube hasta 2031.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'it',
    'Meta pagherà a CoreWeave 14,2 miliardi di dollari per capacità cloud fino al 2031.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'pt',
    'A Meta vai pagar à CoreWeave 14,2 mil milhões de dólares por capacidade na nuvem até 2031.',
    ['meta coreweave 14200000000 signed'],
  ],
  ['en', 'Nvidia paid CoreWeave $2 billion for newly issued shares.', []],
  ['fr', 'Nvidia a versé 2 milliards de dollars à CoreWeave en échange d’actions nouvelles.', []],
  ['de', 'Nvidia zahlte CoreWeave 2 Milliarden Dollar für neu ausgegebene Aktien.', []],
  ['es', 'Nvidia pagó a CoreWeave 2.000 millones de dólares por acciones de nueva emisión.', []],
  ['it', 'Nvidia ha pagato a CoreWeave 2 miliardi di dollari per azioni di nuova emissione.', []],
  ['pt', 'A Nvidia pagou à CoreWeave 2 mil milhões de dólares por ações novas.', []],
];

// The buyer commits a sum to the provider: "Y commits $N to X", "Y s'engage à dépenser N chez X".
const COMMITS: Family[] = [
  [
    'en',
    'Anthropic commits $30 billion to Microsoft’s Azure cloud for compute capacity.',
    ['anthropic microsoft 30000000000 signed'],
  ],
  [
    'fr',
    'Anthropic s’engage à acheter pour 30 milliards de dollars de capacité de calcul sur le cloud Azure de Microsoft.',
    ['anthropic microsoft 30000000000 signed'],
  ],
  [
    'de',
    'Anthropic verpflichtet sich, Rechenkapazität für 30 Milliarden Dollar in der Azure-Cloud von Microsoft abzunehmen.',
    ['anthropic microsoft 30000000000 signed'],
  ],
  [
    'es',
    'Anthropic se compromete a comprar capacidad de cómputo por 30.000 millones de dólares en la nube Azure de Microsoft.',
    ['anthropic microsoft 30000000000 signed'],
  ],
  [
    'it',
    'Anthropic si impegna ad acquistare capacità di calcolo per 30 miliardi di dollari sul cloud Azure di Microsoft.',
    ['anthropic microsoft 30000000000 signed'],
  ],
  [
    'pt',
    'A Anthropic compromete-se a comprar capacidade de computação de 30 mil milhões de dólares na nuvem Azure da Microsoft.',
    ['anthropic microsoft 30000000000 signed'],
  ],
  ['en', 'Microsoft commits up to $5 billion to Anthropic in its next funding round.', []],
  ['fr', 'Microsoft s’engage à investir jusqu’à 5 milliards de dollars dans Anthropic.', []],
  ['de', 'Microsoft verpflichtet sich, bis zu 5 Milliarden Dollar in Anthropic zu investieren.', []],
  ['es', 'Microsoft se compromete a invertir hasta 5.000 millones de dólares en Anthropic.', []],
  ['it', 'Microsoft si impegna a investire fino a 5 miliardi di dollari in Anthropic.', []],
  ['pt', 'A Microsoft compromete-se a investir até 5 mil milhões de dólares na Anthropic.', []],
];

// The amount sits in the next sentence ("The initial contract value is..."); beside it, a next sentence whose amount
// is the company's own financing, which leaves the deal (told by its megawatts) without a value.
const LATER: Family[] = [
  [
    'en',
    'Cipher Mining signed a ten-year hosting agreement with Fluidstack at its Barber Lake site. The initial contract value is about $3 billion.',
    ['fluidstack cipher-mining 3000000000 signed'],
  ],
  [
    'fr',
    'Cipher Mining a signé un contrat d’hébergement de dix ans avec Fluidstack sur son site de Barber Lake. La valeur initiale du contrat est d’environ 3 milliards de dollars.',
    ['fluidstack cipher-mining 3000000000 signed'],
  ],
  [
    'de',
    'Cipher Mining hat mit Fluidstack einen Hosting-Vertrag über zehn Jahre für den Standort Barber Lake unterzeichnet. Der anfängliche Vertragswert liegt bei rund 3 Milliarden Dollar.',
    ['fluidstack cipher-mining 3000000000 signed'],
  ],
  [
    'es',
    'Cipher Mining firmó con Fluidstack un contrato de alojamiento a diez años en su sitio de Barber Lake. El valor inicial del contrato ronda los 3.000 millones de dólares.',
    ['fluidstack cipher-mining 3000000000 signed'],
  ],
  [
    'it',
    'Cipher Mining ha firmato con Fluidstack un contratto di hosting decennale per il sito di Barber Lake. Il valore iniziale del contratto è di circa 3 miliardi di dollari.',
    ['fluidstack cipher-mining 3000000000 signed'],
  ],
  [
    'pt',
    'A Cipher Mining assinou com a Fluidstack um contrato de alojamento de dez anos no local de Barber Lake. O valor inicial do contrato é de cerca de 3 mil milhões de dólares.',
    ['fluidstack cipher-mining 3000000000 signed'],
  ],
  [
    'en',
    'Cipher Mining signed a ten-year hosting agreement with Fluidstack for 168 MW of critical IT load. The company also enlarged its convertible note offering to $1.1 billion.',
    ['fluidstack cipher-mining null signed'],
  ],
  [
    'fr',
    'Cipher Mining a signé un contrat d’hébergement de dix ans avec Fluidstack pour 168 MW de charge informatique. La société a aussi porté son émission d’obligations convertibles à 1,1 milliard de dollars.',
    ['fluidstack cipher-mining null signed'],
  ],
  [
    'de',
    'Cipher Mining hat mit Fluidstack einen Hosting-Vertrag über zehn Jahre und 168 MW IT-Last unterzeichnet. Zudem stockte das Unternehmen seine Wandelanleihe auf 1,1 Milliarden Dollar auf.',
    ['fluidstack cipher-mining null signed'],
  ],
  [
    'es',
    'Cipher Mining firmó con Fluidstack un contrato de alojamiento a diez años por 168 MW de carga informática. La empresa también amplió su emisión de bonos convertibles a 1.100 millones de dólares.',
    ['fluidstack cipher-mining null signed'],
  ],
  [
    'it',
    'Cipher Mining ha firmato con Fluidstack un contratto di hosting decennale per 168 MW di carico IT. La società ha anche aumentato il suo prestito obbligazionario convertibile a 1,1 miliardi di dollari.',
    ['fluidstack cipher-mining null signed'],
  ],
  [
    'pt',
    'A Cipher Mining assinou com a Fluidstack um contrato de alojamento de dez anos para 168 MW de carga informática. A empresa também aumentou a sua emissão de obrigações convertíveis para 1,1 mil milhões de dólares.',
    ['fluidstack cipher-mining null signed'],
  ],
];

// The amount in a parenthesis or after a dash, with the term beside it; beside it, the hardware the provider buys
// to serve the contract, with no seller named, which is no second deal.
const ASIDE: Family[] = [
  [
    'en',
    'Microsoft has signed a five-year GPU cloud contract with IREN (about $9.7 billion) for its Childress campus.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'fr',
    'Microsoft a signé avec IREN un contrat de cloud GPU sur cinq ans (environ 9,7 milliards de dollars) pour le campus de Childress.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'de',
    'Microsoft hat mit IREN einen GPU-Cloud-Vertrag über fünf Jahre (rund 9,7 Milliarden Dollar) für den Campus Childress geschlossen.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'es',
    'Microsoft firmó con IREN un contrato de nube de GPU a cinco años (unos 9.700 millones de dólares) para el campus de Childress.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'it',
    'Microsoft ha firmato con IREN un contratto cloud GPU quinquennale (circa 9,7 miliardi di dollari) per il campus di Childress.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'pt',
    'A Microsoft assinou com a IREN um contrato de nuvem de GPU de cinco anos (cerca de 9,7 mil milhões de dólares) para o campus de Childress.',
    ['microsoft iren 9700000000 signed'],
  ],
  ['en', 'To serve Microsoft, IREN will spend about $5.8 billion on GPUs and servers.', []],
  ['fr', 'Pour servir Microsoft, IREN dépensera environ 5,8 milliards de dollars en GPU et en serveurs.', []],
  ['de', 'Um Microsoft zu bedienen, gibt IREN rund 5,8 Milliarden Dollar für GPUs und Server aus.', []],
  ['es', 'Para atender a Microsoft, IREN gastará unos 5.800 millones de dólares en GPU y servidores.', []],
  ['it', 'Per servire Microsoft, IREN spenderà circa 5,8 miliardi di dollari in GPU e server.', []],
  [
    'pt',
    'Para servir a Microsoft, a IREN vai gastar cerca de 5,8 mil milhões de dólares em GPUs e servidores.',
    [],
  ],
];

// Hedged: a conditional or "according to" (reported), talks (in_talks); beside them, a plan over several suppliers,
// which is no contract.
const HEDGED: Family[] = [
  [
    'en',
    'OpenAI has reportedly agreed to buy $300 billion of computing power from Oracle over about five years, according to the Wall Street Journal.',
    ['openai oracle 300000000000 reported'],
  ],
  [
    'fr',
    'OpenAI aurait conclu avec Oracle un contrat de 300 milliards de dollars sur environ cinq ans pour de la puissance de calcul, selon le Wall Street Journal.',
    ['openai oracle 300000000000 reported'],
  ],
  [
    'de',
    'OpenAI soll laut Wall Street Journal bei Oracle Rechenleistung für 300 Milliarden Dollar über rund fünf Jahre gekauft haben.',
    ['openai oracle 300000000000 reported'],
  ],
  [
    'es',
    'OpenAI habría firmado con Oracle un contrato de compra de potencia de cómputo por 300.000 millones de dólares en unos cinco años, según el Wall Street Journal.',
    ['openai oracle 300000000000 reported'],
  ],
  [
    'it',
    'OpenAI avrebbe firmato con Oracle un contratto da 300 miliardi di dollari in circa cinque anni per potenza di calcolo, secondo il Wall Street Journal.',
    ['openai oracle 300000000000 reported'],
  ],
  [
    'pt',
    'A OpenAI terá fechado com a Oracle um contrato de 300 mil milhões de dólares em cerca de cinco anos para capacidade de computação, segundo o Wall Street Journal.',
    ['openai oracle 300000000000 reported'],
  ],
  [
    'en',
    'Meta is in talks with Oracle over a cloud computing contract worth about $20 billion, people familiar with the matter said.',
    ['meta oracle 20000000000 in_talks'],
  ],
  [
    'fr',
    'Meta serait en pourparlers avec Oracle pour un contrat de cloud d’environ 20 milliards de dollars.',
    ['meta oracle 20000000000 in_talks'],
  ],
  [
    'de',
    'Meta verhandelt mit Oracle über einen Cloud-Vertrag im Wert von rund 20 Milliarden Dollar.',
    ['meta oracle 20000000000 in_talks'],
  ],
  [
    'es',
    'Meta negocia con Oracle un contrato de computación en la nube de unos 20.000 millones de dólares.',
    ['meta oracle 20000000000 in_talks'],
  ],
  [
    'it',
    'Meta è in trattative con Oracle per un contratto cloud da circa 20 miliardi di dollari.',
    ['meta oracle 20000000000 in_talks'],
  ],
  [
    'pt',
    'A Meta está em negociações com a Oracle para um contrato de nuvem de cerca de 20 mil milhões de dólares.',
    ['meta oracle 20000000000 in_talks'],
  ],
  [
    'en',
    'OpenAI plans to spend about $1.4 trillion on computing over eight years, with Oracle, Microsoft and Amazon among its suppliers.',
    [],
  ],
  [
    'fr',
    'OpenAI prévoit de dépenser quelque 1 400 milliards de dollars en calcul sur huit ans, auprès notamment d’Oracle, de Microsoft et d’Amazon.',
    [],
  ],
  [
    'de',
    'OpenAI will in acht Jahren rund 1,4 Billionen Dollar für Rechenleistung ausgeben, unter anderem bei Oracle, Microsoft und Amazon.',
    [],
  ],
  [
    'es',
    'OpenAI prevé gastar cerca de 1,4 billones de dólares en cómputo en ocho años, con Oracle, Microsoft y Amazon entre sus proveedores.',
    [],
  ],
  [
    'it',
    'OpenAI prevede di spendere circa 1.400 miliardi di dollari in calcolo in otto anni, con Oracle, Microsoft e Amazon tra i fornitori.',
    [],
  ],
  [
    'pt',
    'A OpenAI prevê gastar cerca de 1,4 biliões de dólares em computação em oito anos, com a Oracle, a Microsoft e a Amazon entre os fornecedores.',
    [],
  ],
];

// A landlord hosts the tenant's machines (the tenant buys): "X will host Y", "X hébergera Y", "X beherbergt Y";
// beside it, the landlord's own debt raised to build the halls, which is no value of the lease.
const HOSTS: Family[] = [
  [
    'en',
    'TeraWulf will host Fluidstack’s AI clusters at Lake Mariner under ten-year leases worth about $3.7 billion.',
    ['fluidstack terawulf 3700000000 signed'],
  ],
  [
    'fr',
    'TeraWulf hébergera les grappes d’IA de Fluidstack à Lake Mariner dans le cadre de baux de dix ans d’environ 3,7 milliards de dollars.',
    ['fluidstack terawulf 3700000000 signed'],
  ],
  [
    'de',
    'TeraWulf beherbergt die KI-Cluster von Fluidstack in Lake Mariner, die Mietverträge über zehn Jahre sind rund 3,7 Milliarden Dollar wert.',
    ['fluidstack terawulf 3700000000 signed'],
  ],
  [
    'es',
    'TeraWulf alojará los clústeres de IA de Fluidstack en Lake Mariner con arrendamientos a diez años por unos 3.700 millones de dólares.',
    ['fluidstack terawulf 3700000000 signed'],
  ],
  [
    'it',
    'TeraWulf ospiterà i cluster di IA di Fluidstack a Lake Mariner con contratti di locazione decennali per circa 3,7 miliardi di dollari.',
    ['fluidstack terawulf 3700000000 signed'],
  ],
  [
    'pt',
    'A TeraWulf vai alojar os clusters de IA da Fluidstack em Lake Mariner, com arrendamentos de dez anos no valor de cerca de 3,7 mil milhões de dólares.',
    ['fluidstack terawulf 3700000000 signed'],
  ],
  [
    'en',
    'TeraWulf raised $3.2 billion in high-yield bonds to build the halls that will host Fluidstack.',
    [],
  ],
  [
    'fr',
    'TeraWulf a levé 3,2 milliards de dollars d’obligations à haut rendement pour construire les halls qui hébergeront Fluidstack.',
    [],
  ],
  [
    'de',
    'TeraWulf hat 3,2 Milliarden Dollar über Hochzinsanleihen aufgenommen, um die Hallen für Fluidstack zu bauen.',
    [],
  ],
  [
    'es',
    'TeraWulf colocó 3.200 millones de dólares en bonos de alto rendimiento para construir las naves que alojarán a Fluidstack.',
    [],
  ],
  [
    'it',
    'TeraWulf ha raccolto 3,2 miliardi di dollari con obbligazioni ad alto rendimento per costruire i capannoni che ospiteranno Fluidstack.',
    [],
  ],
  [
    'pt',
    'A TeraWulf captou 3,2 mil milhões de dólares em obrigações de alto rendimento para construir os pavilhões que vão alojar a Fluidstack.',
    [],
  ],
];

// The deal told as revenue the provider will book from the buyer ("lock in $N of contracted revenue from Y"); beside
// it, the provider's revenue over all its customers, which is no deal.
const REVENUE: Family[] = [
  [
    'en',
    'Core Scientific will book more than $3.5 billion of revenue over twelve years from its new hosting contracts with CoreWeave.',
    ['coreweave core-scientific 3500000000 signed'],
  ],
  [
    'fr',
    'Core Scientific encaissera plus de 3,5 milliards de dollars de revenus sur douze ans grâce à ses nouveaux contrats d’hébergement avec CoreWeave.',
    ['coreweave core-scientific 3500000000 signed'],
  ],
  [
    'de',
    'Core Scientific erwartet aus den neuen Hosting-Verträgen mit CoreWeave über zwölf Jahre Umsätze von mehr als 3,5 Milliarden Dollar.',
    ['coreweave core-scientific 3500000000 signed'],
  ],
  [
    'es',
    'Core Scientific ingresará más de 3.500 millones de dólares en doce años por sus nuevos contratos de alojamiento con CoreWeave.',
    ['coreweave core-scientific 3500000000 signed'],
  ],
  [
    'it',
    'Core Scientific incasserà oltre 3,5 miliardi di dollari in dodici anni dai nuovi contratti di hosting con CoreWeave.',
    ['coreweave core-scientific 3500000000 signed'],
  ],
  [
    'pt',
    'A Core Scientific vai faturar mais de 3,5 mil milhões de dólares em doze anos com os novos contratos de alojamento com a CoreWeave.',
    ['coreweave core-scientific 3500000000 signed'],
  ],
  [
    'en',
    'Core Scientific, whose largest tenant is CoreWeave, posted revenue of $79 million in the quarter.',
    [],
  ],
  [
    'fr',
    'Core Scientific, dont CoreWeave est le premier locataire, a publié un chiffre d’affaires trimestriel de 79 millions de dollars.',
    [],
  ],
  [
    'de',
    'Core Scientific, dessen größter Mieter CoreWeave ist, meldete für das Quartal einen Umsatz von 79 Millionen Dollar.',
    [],
  ],
  [
    'es',
    'Core Scientific, cuyo mayor inquilino es CoreWeave, facturó 79 millones de dólares en el trimestre.',
    [],
  ],
  [
    'it',
    'Core Scientific, il cui principale inquilino è CoreWeave, ha registrato ricavi trimestrali per 79 milioni di dollari.',
    [],
  ],
  [
    'pt',
    'A Core Scientific, cujo maior inquilino é a CoreWeave, registou receitas de 79 milhões de dólares no trimestre.',
    [],
  ],
];

// Hardware bought from a named seller ("achètera les GPU à Dell", "comprará a Dell": "à"/"a" after a buying verb is
// "from"), kind `hardware` by the house convention; beside it, chips of a brand bought for the buyer's own data
// centres, which name no seller and no contract.
const GOODS: Family[] = [
  [
    'en',
    'IREN will buy the GPUs from Dell for about $5.8 billion.',
    ['iren dell 5800000000 signed hardware'],
  ],
  [
    'fr',
    'IREN achètera les GPU à Dell pour environ 5,8 milliards de dollars.',
    ['iren dell 5800000000 signed hardware'],
  ],
  [
    'de',
    'IREN kauft die GPUs bei Dell für rund 5,8 Milliarden Dollar.',
    ['iren dell 5800000000 signed hardware'],
  ],
  [
    'es',
    'IREN comprará las GPU a Dell por unos 5.800 millones de dólares.',
    ['iren dell 5800000000 signed hardware'],
  ],
  [
    'it',
    'IREN acquisterà le GPU da Dell per circa 5,8 miliardi di dollari.',
    ['iren dell 5800000000 signed hardware'],
  ],
  [
    'pt',
    'A IREN vai comprar as GPUs à Dell por cerca de 5,8 mil milhões de dólares.',
    ['iren dell 5800000000 signed hardware'],
  ],
  ['en', 'Microsoft will buy $5 billion of Nvidia GB300 systems for its own data centres.', []],
  [
    'fr',
    'Microsoft achètera pour 5 milliards de dollars de systèmes Nvidia GB300 pour ses propres centres de données.',
    [],
  ],
  ['de', 'Microsoft kauft für 5 Milliarden Dollar Nvidia-GB300-Systeme für die eigenen Rechenzentren.', []],
  [
    'es',
    'Microsoft comprará por 5.000 millones de dólares sistemas Nvidia GB300 para sus propios centros de datos.',
    [],
  ],
  ['it', 'Microsoft acquisterà per 5 miliardi di dollari sistemi Nvidia GB300 per i propri data center.', []],
  [
    'pt',
    'A Microsoft vai comprar por 5 mil milhões de dólares sistemas Nvidia GB300 para os seus próprios centros de dados.',
    [],
  ],
];

const SHAPES: [string, Family[]][] = [
  ['the provider supplies the buyer ("X will supply Y with"); beside it, capital supplied', SUPPLY],
  ['the buyer turns to the provider ("Y taps X", "Y s’appuie sur X"); beside it, funding sought', TAPS],
  ['the provider wins the buyer’s contract ("X lands Y"); beside it, an investment won', LANDS],
  ['the buyer rents from the provider ("Y mietet bei X"); beside it, a sum over several landlords', RENTS],
  ['the buyer pays the provider ("Y will pay X"); beside it, a payment for shares', PAYS],
  ['the buyer commits a sum to the provider; beside it, a commitment to invest', COMMITS],
  ['the amount in the next sentence; beside it, the provider’s own financing', LATER],
  ['the amount in a parenthesis; beside it, hardware bought from no named seller', ASIDE],
  ['hedged: reported and in talks; beside them, a plan across several suppliers', HEDGED],
  ['a landlord hosts the tenant; beside it, the landlord’s own bonds', HOSTS],
  ['the deal told as the provider’s revenue from the buyer; beside it, a quarter’s revenue', REVENUE],
  [
    'hardware bought from a named seller; beside it, a brand’s chips bought for one’s own data centres',
    GOODS,
  ],
];

for (const [shape, families] of SHAPES)
  describe(shape, () => {
    it('holds the shape in all six languages, each with a near miss beside it', () => {
      const positives = families.filter(
        ([, , want]) => want.length > 0 && !want.some((w) => w.includes(' null ')),
      );
      expect(new Set(positives.map(([lang]) => lang)).size).toBe(6);
      expect(families.length).toBeGreaterThanOrEqual(12);
    });
    eachFamily(families);
  });

// The r10-probe pages (test/corpus), read as `cli extract FILE` reads them: saved pages with their chrome (tickers,
// consent banners, paywall hints, related and most-read links) and wire copy, stating their deals in the shapes
// above, beside amounts that are no deals. Every labelled deal comes out with its pair, value and status, and nothing
// else.
describe('r10-probe pages through the CLI path, every language', () =>
  eachCorpusPage('r10-probe-', 12, true));
