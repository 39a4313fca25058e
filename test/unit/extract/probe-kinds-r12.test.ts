// Kinds found by writing the phrasings of well-known deals in the six languages and reading them through the
// extractor (eighth session): positives that must be found with the right roles and status, and near misses that
// must stay silent. Each row's wanted strings are prefixes of the mentions ("buyer provider valueUsd status").
import { describe } from 'vitest';
import { eachFamily, type Family } from './mention-cases';

function table(title: string, rows: readonly Family[]): void {
  describe(title, () => eachFamily(rows));
}

/**
 * A company named with its role in the deal ("secures CoreWeave as anchor tenant", "gewinnt Meta als Kunden"): the
 * tenant or customer buys, whatever the verb before it says of the subject; the landlord or supplier sells.
 */
table('the role a party is named by decides', [
  [
    'en',
    'Galaxy Digital secures CoreWeave as tenant for its Helios campus in a deal worth $3.8 billion',
    ['coreweave galaxy-digital 3800000000 signed'],
  ],
  [
    'en',
    'Applied Digital lands CoreWeave as its anchor tenant at Polaris Forge in lease worth about $7 billion over 15 years.',
    ['coreweave applied-digital 7000000000 signed'],
  ],
  [
    'fr',
    'Galaxy Digital décroche CoreWeave comme locataire de son campus Helios, pour un contrat de 3,8 milliards de dollars.',
    ['coreweave galaxy-digital 3800000000 signed'],
  ],
  [
    'de',
    'Galaxy Digital sichert sich CoreWeave als Mieter für den Helios-Campus; der Vertrag ist 3,8 Milliarden Dollar wert.',
    ['coreweave galaxy-digital 3800000000 signed'],
  ],
  [
    'es',
    'Galaxy Digital asegura a CoreWeave como inquilino de su campus Helios en un acuerdo de 3.800 millones de dólares.',
    ['coreweave galaxy-digital 3800000000 signed'],
  ],
  [
    'it',
    'Galaxy Digital si assicura CoreWeave come inquilino del campus Helios, in un accordo da 3,8 miliardi di dollari.',
    ['coreweave galaxy-digital 3800000000 signed'],
  ],
  [
    'pt',
    'A Galaxy Digital garante a CoreWeave como inquilina do campus Helios num acordo de 3,8 mil milhões de dólares.',
    ['coreweave galaxy-digital 3800000000 signed'],
  ],
  [
    'en',
    'Microsoft secures Nebius as supplier of GPU capacity in a $17.4 billion five-year agreement.',
    ['microsoft nebius 17400000000 signed'],
  ],
]);

/** "Nebius adds Meta as a customer": a new customer, a new contract for the pair, not an expansion of one. */
table('a customer added is a new contract', [
  [
    'en',
    'Nebius adds Meta as customer with $3 billion AI infrastructure agreement.',
    ['meta nebius 3000000000 signed'],
  ],
  [
    'en',
    'Nebius adds Meta to its customer list with a five-year, $3 billion AI cloud contract.',
    ['meta nebius 3000000000 signed'],
  ],
  [
    'fr',
    'Nebius ajoute Meta à sa liste de clients avec un contrat de 3 milliards de dollars sur cinq ans.',
    ['meta nebius 3000000000 signed'],
  ],
  [
    'es',
    'Nebius suma a Meta como cliente con un contrato de 3.000 millones de dólares a cinco años.',
    ['meta nebius 3000000000 signed'],
  ],
  [
    'it',
    'Nebius aggiunge Meta ai suoi clienti con un contratto da 3 miliardi di dollari in cinque anni.',
    ['meta nebius 3000000000 signed'],
  ],
  // Still an expansion: money added to a contract of the pair.
  ['en', 'CoreWeave adds $4 billion to its OpenAI contract.', ['openai coreweave 4000000000 expanded']],
  [
    'de',
    'CoreWeave erweitert den Vertrag mit OpenAI um 4 Milliarden Dollar.',
    ['openai coreweave 4000000000 expanded'],
  ],
]);

/**
 * A company's capital spending told beside a contract with a counterparty, each with its own amount: the
 * contract stays, the spending's amount goes; a sentence about the spending alone stays silent.
 */
table('capital spending beside a contract', [
  [
    'en',
    'Microsoft, which plans to spend $80 billion on data centers this year, signed a $9.7 billion AI cloud deal with IREN.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'en',
    'Microsoft, whose capital expenditures reached $34.9 billion in the quarter, signed a $9.7 billion AI cloud contract with IREN.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'en',
    'Microsoft signed a $9.7 billion AI cloud deal with IREN, part of its plan to spend $80 billion on AI infrastructure this year.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'fr',
    "Microsoft a signé un contrat cloud de 9,7 milliards de dollars avec IREN, alors qu'il prévoit de dépenser 80 milliards de dollars cette année.",
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'es',
    'Microsoft firmó un contrato de nube de 9.700 millones de dólares con IREN, dentro de su plan de invertir 80.000 millones este año.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'pt',
    'A Microsoft assinou um contrato de nuvem de US$ 9,7 bilhões com a IREN, e planeja gastar US$ 80 bilhões este ano.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'en',
    'Microsoft will spend $80 billion on AI data centers this year, including capacity deals with neoclouds such as Nebius and IREN.',
    [],
  ],
  [
    'en',
    "Microsoft's capital expenditures rose to $34.9 billion, including finance leases with neoclouds such as Nebius for GPU capacity.",
    [],
  ],
  [
    'en',
    'Meta raised its capital expenditures forecast to $72 billion, citing its cloud contracts with CoreWeave and Google.',
    [],
  ],
]);

/** "met la main sur … de capacités GPU": capacity bought, no company taken over (which stays silent). */
table('capacity taken is no takeover', [
  [
    'fr',
    'Microsoft met la main sur 17,4 milliards de dollars de capacités GPU auprès de Nebius.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'fr',
    "Meta s'offre pour 14 milliards de dollars de puissance de calcul chez CoreWeave.",
    ['meta coreweave 14000000000 signed'],
  ],
  ['fr', 'CoreWeave met la main sur Core Scientific pour 9 milliards de dollars en actions.', []],
]);

/** The press's names for a company by its home town ("le géant de Redmond", "il colosso di Mountain View"). */
table('a company named by its home town', [
  [
    'fr',
    'Le géant de Redmond a conclu un accord de 9,7 milliards de dollars avec IREN pour accéder à des GPU Nvidia.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'it',
    'Il colosso di Redmond ha firmato con Nebius un contratto da 17,4 miliardi di dollari per capacità GPU.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'es',
    'El gigante de Redmond firmó con Nebius un contrato de 17.400 millones de dólares por capacidad de GPU.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'de',
    'Der Konzern aus Redmond hat mit Nebius einen Vertrag über 17,4 Milliarden Dollar für GPU-Kapazität geschlossen.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'pt',
    'A gigante de Redmond fechou com a Nebius um contrato de US$ 17,4 bilhões para capacidade de GPU.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'fr',
    'Meta a signé avec le géant de Mountain View un contrat cloud de plus de 10 milliards de dollars.',
    ['meta alphabet 10000000000 signed'],
  ],
]);

/**
 * A listing told in another clause of a deal's sentence ("the stock has tripled since its March IPO") is read near
 * its own amount: the deal stays; the listing's own amounts stay silent.
 */
table('a listing beside a deal', [
  [
    'en',
    'CoreWeave shares jumped 12% on Tuesday after the company disclosed a $14.2 billion AI cloud deal with Meta; the stock has more than tripled since its March IPO at $40 a share.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'fr',
    "Le titre CoreWeave a bondi de 12 % après l'annonce d'un contrat cloud de 14,2 milliards de dollars avec Meta ; il a triplé depuis son introduction en Bourse en mars.",
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'en',
    'CoreWeave raised $1.5 billion in its IPO in March, and counts Microsoft and OpenAI among its AI cloud customers.',
    [],
  ],
  [
    'de',
    'CoreWeave nahm bei seinem Börsengang im März 1,5 Milliarden Dollar ein; zu den Cloud-Kunden zählen Microsoft und OpenAI.',
    [],
  ],
]);

/**
 * A company named in an aside about the subject, set off by commas ("CoreWeave, dont Microsoft est le premier
 * client, …", "deren größter Kunde Microsoft ist"), is no party of the main clause's contract; an aside that tells
 * a contract keeps its company.
 */
table('a company named in an aside', [
  [
    'fr',
    'Son concurrent CoreWeave, dont Microsoft est le premier client, vient de conclure un contrat de 14,2 milliards de dollars avec Meta.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'de',
    'CoreWeave, deren größter Kunde Microsoft ist, hat einen Cloud-Vertrag über 14,2 Milliarden Dollar mit Meta unterzeichnet.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'it',
    'CoreWeave, il cui principale cliente è Microsoft, ha firmato un contratto cloud da 14,2 miliardi di dollari con Meta.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'pt',
    'A CoreWeave, cujo maior cliente é a Microsoft, assinou um contrato de nuvem de US$ 14,2 bilhões com a Meta.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'fr',
    'CoreWeave, qui compte Microsoft parmi ses clients, a signé un contrat cloud de 14,2 milliards de dollars avec Meta.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'fr',
    'Meta, déjà cliente de Google Cloud, a signé un contrat de 14,2 milliards de dollars avec CoreWeave pour de la capacité de calcul.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'en',
    'CoreWeave, whose biggest customer is Microsoft, recently signed a $14.2 billion AI cloud deal with Meta.',
    ['meta coreweave 14200000000 signed'],
  ],
  // An aside that tells the contract itself names its party.
  [
    'en',
    'CoreWeave, whose new contract with Meta is worth up to $14.2 billion, said the capacity will be delivered through 2031.',
    ['meta coreweave 14200000000 signed'],
  ],
]);

/**
 * A guarantee of a tenant's lease, read as the guarantor and the tenant while the lease itself is told without
 * its value: it is owed to the landlord its own sentence names (the guarantor buys, the landlord provides).
 */
table('a guarantee bound to the landlord named beside it', [
  [
    'de',
    'Bereits im September hatte Cipher einen Mietvertrag mit Fluidstack geschlossen, für den Google Zahlungen von bis zu 1,4 Milliarden Dollar absichert.',
    [
      'alphabet cipher-mining 1400000000 signed capacity_backstop',
      'fluidstack cipher-mining null signed datacenter_lease',
    ],
  ],
  [
    'it',
    "L'accordo segue quello firmato da Cipher a settembre con Fluidstack, garantito da Google per 1,4 miliardi di dollari.",
    ['alphabet cipher-mining 1400000000 signed capacity_backstop'],
  ],
  [
    'en',
    'In September Cipher signed a lease with Fluidstack, whose payments Google backstops for up to $1.4 billion.',
    [
      'alphabet cipher-mining 1400000000 signed capacity_backstop',
      'fluidstack cipher-mining null signed datacenter_lease',
    ],
  ],
  [
    'fr',
    'En septembre, Cipher avait signé un bail avec Fluidstack, dont Google garantit les loyers à hauteur de 1,4 milliard de dollars.',
    [
      'alphabet cipher-mining 1400000000 signed capacity_backstop',
      'fluidstack cipher-mining null signed datacenter_lease',
    ],
  ],
  [
    'es',
    'En septiembre, Cipher firmó un contrato de arrendamiento con Fluidstack, cuyos pagos respalda Google por hasta 1.400 millones de dólares.',
    [
      'alphabet cipher-mining 1400000000 signed capacity_backstop',
      'fluidstack cipher-mining null signed datacenter_lease',
    ],
  ],
  [
    'pt',
    'Em setembro, a Cipher assinou um contrato de arrendamento com a Fluidstack, cujos pagamentos o Google garante até US$ 1,4 bilhão.',
    [
      'alphabet cipher-mining 1400000000 signed capacity_backstop',
      'fluidstack cipher-mining null signed datacenter_lease',
    ],
  ],
]);

/**
 * The buyer's other suppliers named with their articles ("com a Microsoft e a Amazon") are objects of one "with",
 * siblings that never pair with the supplier of the amount told next; the subject buys.
 */
table('a buyer’s other suppliers with their articles', [
  [
    'pt',
    'A Meta já tem contratos com a Microsoft e a Amazon, e assinou recentemente um acordo de US$ 14,2 bilhões com a CoreWeave.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'pt',
    'A OpenAI já trabalha com a Microsoft e a Oracle e fechou um contrato de US$ 38 bilhões com a Amazon Web Services.',
    ['openai amazon 38000000000 signed'],
  ],
  [
    'en',
    'Meta already has contracts with Microsoft and Amazon, and recently signed a $14.2 billion deal with CoreWeave.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'es',
    'Meta ya tiene contratos con Microsoft y Amazon, y firmó recientemente un acuerdo de 14.200 millones de dólares con CoreWeave.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'it',
    'Meta ha già contratti con Microsoft e Amazon, e ha firmato di recente un accordo da 14,2 miliardi di dollari con CoreWeave.',
    ['meta coreweave 14200000000 signed'],
  ],
]);

/**
 * An order received from a company, told before its object ("hat von Microsoft einen Auftrag … erhalten", "ha
 * ricevuto da Microsoft una commessa"): the one it comes from buys.
 */
table('an order received from the customer', [
  [
    'de',
    'Das britische KI-Start-up Nscale hat von Microsoft einen Auftrag im Wert von rund 14 Milliarden Dollar erhalten.',
    ['microsoft nscale 14000000000 signed'],
  ],
  [
    'de',
    'Nscale hat von Microsoft einen KI-Cloud-Auftrag über 14 Milliarden Dollar bekommen.',
    ['microsoft nscale 14000000000 signed'],
  ],
  [
    'it',
    'Nscale ha ricevuto da Microsoft una commessa da 14 miliardi di dollari per capacità GPU.',
    ['microsoft nscale 14000000000 signed'],
  ],
  [
    'pt',
    'A Nscale recebeu da Microsoft uma encomenda de US$ 14 bilhões para capacidade de GPU.',
    ['microsoft nscale 14000000000 signed'],
  ],
  [
    'fr',
    'Nscale a reçu de Microsoft une commande de 14 milliards de dollars pour de la capacité GPU.',
    ['microsoft nscale 14000000000 signed'],
  ],
  [
    'es',
    'Nscale recibió de Microsoft un encargo de 14.000 millones de dólares para capacidad de GPU.',
    ['microsoft nscale 14000000000 signed'],
  ],
  [
    'en',
    'Nscale received a $14 billion order from Microsoft for GPU capacity.',
    ['microsoft nscale 14000000000 signed'],
  ],
]);

/** A lab named by its product ("la compañía de Claude", "la società di Claude", "die ChatGPT-Mutter"). */
table('a lab named by its product', [
  [
    'es',
    'La compañía de Claude ya había anunciado en octubre un acuerdo de 30.000 millones de dólares con Microsoft para usar capacidad de Azure.',
    ['anthropic microsoft 30000000000 signed'],
  ],
  [
    'it',
    'In cambio la società di Claude si impegna a spendere più di 100 miliardi di dollari su Amazon Web Services nei prossimi dieci anni per capacità di calcolo.',
    ['anthropic amazon 100000000000 signed'],
  ],
  [
    'de',
    'Die ChatGPT-Mutter hat mit Oracle einen Cloud-Vertrag über 300 Milliarden Dollar geschlossen.',
    ['openai oracle 300000000000 signed'],
  ],
  [
    'fr',
    "L'entreprise derrière ChatGPT a signé avec Amazon Web Services un contrat cloud de 38 milliards de dollars.",
    ['openai amazon 38000000000 signed'],
  ],
  [
    'pt',
    'A empresa do ChatGPT fechou com a Amazon Web Services um contrato de nuvem de US$ 38 bilhões.',
    ['openai amazon 38000000000 signed'],
  ],
  [
    'en',
    'The company behind Grok signed a $10 billion cloud computing deal with Oracle, according to people familiar with the matter.',
    ['xai oracle 10000000000 reported'],
  ],
]);
