// Kinds of error seen on real pages in round 45 (two contracts of one pair told in one text merged into one, the
// later one's figure lost: "Microsoft signed a $6.2 billion contract with Nscale … Microsoft also agreed to rent …
// in a deal worth up to $14 billion", "In May the two companies agreed a further contract worth $4 billion" after a
// March contract; "Google se porte garant à hauteur de 1,8 milliard … des obligations de loyer de Fluidstack" read as
// Google buying from the tenant; "Hut 8 has outlined a path to as much as 2,295 MW" with Anthropic, and "the
// relationship could ultimately cover up to 2,295 MW", read as a signed lease; "ended talks with Oracle …, a deal that
// had been valued at about $10 billion" read as a company's valuation, and the ended contract lost; a block of links under
// "RELATED READING" or "Further reading" read as the page's deals; "im Rahmen des Projekts Stargate" taking the
// project as Oracle's customer; "Google separately committed $15 billion to an AI hub", "se comprometió a destinar
// 15.000 millones … a un centro de IA" read as a contract with the company named before; an option exercised, "CoreWeave
// exercised its option for a third lease worth about $4 billion", read as a possibility and merged into the base; "le
// Wall Street Journal rapportait qu'OpenAI avait conclu", "informaba que", "riferiva che", "noticiava que" read as a
// signed contract, the outlet's past-tense report unread).
// Each kind is told again in invented sentences, in three languages or more: positives that must be found and near
// misses that must stay silent or keep their pair. Each row's wanted strings are prefixes of the printed mentions
// ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

const NSCALE_BOTH = ['microsoft nscale 6200000000 signed', 'microsoft nscale 14000000000 signed'];
// The May contract is "a further contract" in some rows, "a second contract" in others: its status may say either.
const COREWEAVE_BOTH = ['openai coreweave 11900000000 signed', 'openai coreweave 4000000000'];
const TERAWULF_BACKED = [
  'fluidstack terawulf 3700000000 signed datacenter_lease',
  'alphabet terawulf 1800000000 signed capacity_backstop',
];
const XAI_ENDED = ['xai oracle 10000000000 terminated'];
const META_COREWEAVE = 'meta coreweave 14200000000 signed';
const ORACLE_REPORTED = ['openai oracle 300000000000 reported'];
const APPLIED_BOTH = [
  'coreweave applied-digital 7000000000 signed',
  'coreweave applied-digital 4000000000 expanded',
];

eachKind({
  // A sentence that names the pair again with "also signed", "a new contract", "également signé", "también firmó",
  // "ha anche firmato", "einen neuen Vertrag" tells a second contract, not a second figure for the first.
  'a second contract of the pair, told with "also" or "new", is a deal of its own': [
    [
      'en',
      'Microsoft signed a $6.2 billion contract with Nscale for GPU capacity at a campus in Narvik, Norway. Microsoft also agreed to rent about 104,000 Nvidia GB300 chips from Nscale in Texas, in a deal worth up to $14 billion.',
      NSCALE_BOTH,
    ],
    [
      'fr',
      'Microsoft a signé avec Nscale un contrat de 6,2 milliards de dollars pour des capacités GPU à Narvik, en Norvège. Microsoft a également signé avec Nscale un contrat de 14 milliards de dollars pour un site au Texas.',
      NSCALE_BOTH,
    ],
    [
      'es',
      'Microsoft firmó con Nscale un contrato de 6.200 millones de dólares para capacidad de GPU en Narvik. Microsoft también firmó con Nscale un nuevo contrato de 14.000 millones de dólares para un campus en Texas.',
      NSCALE_BOTH,
    ],
    [
      'it',
      'Microsoft ha firmato con Nscale un contratto da 6,2 miliardi di dollari per capacità GPU a Narvik. Microsoft ha anche firmato con Nscale un nuovo contratto da 14 miliardi di dollari per un campus in Texas.',
      NSCALE_BOTH,
    ],
    [
      'de',
      'Microsoft unterzeichnete mit Nscale einen Vertrag über 6,2 Milliarden Dollar für GPU-Kapazität in Narvik. Microsoft schloss mit Nscale zudem einen neuen Vertrag über 14 Milliarden Dollar für einen Standort in Texas.',
      NSCALE_BOTH,
    ],
    // Near misses: the contract's own option, and its value with extra services, are the same contract's figures.
    [
      'en',
      'Microsoft signed a $6.2 billion contract with Nscale for GPU capacity in Narvik. The contract also gives Microsoft the option to buy up to $14 billion of capacity over the term.',
      ['microsoft nscale 6200000000 signed'],
    ],
    [
      'en',
      'Nebius signed a new contract with Microsoft worth $17.4 billion to supply GPU capacity. The value could rise to $19.4 billion if Microsoft buys additional services.',
      ['microsoft nebius 17400000000 signed'],
    ],
  ],
  // Each contract dated in a sentence of its own ("in March", "In May", "im Mai") is its own, when no figure of the
  // pair is left undated; two dated figures of one sentence may be a contract and a figure of another kind.
  "contracts of a pair each dated in a sentence of its own are each the pair's": [
    [
      'en',
      'OpenAI signed a contract with CoreWeave worth $11.9 billion in March. In May the two companies agreed a further contract worth $4 billion.',
      COREWEAVE_BOTH,
    ],
    [
      'es',
      'OpenAI firmó en marzo un contrato con CoreWeave de 11.900 millones de dólares. En mayo las dos empresas cerraron un segundo contrato de 4.000 millones.',
      COREWEAVE_BOTH,
    ],
    [
      'de',
      'OpenAI hat im März mit CoreWeave einen Vertrag über 11,9 Milliarden Dollar unterzeichnet. Im Mai schlossen die beiden Unternehmen einen weiteren Vertrag über 4 Milliarden Dollar.',
      COREWEAVE_BOTH,
    ],
    [
      'en',
      'OpenAI signed a contract with CoreWeave worth $11.9 billion in March, CoreWeave said in May, when it reported revenue of $982 million.',
      ['openai coreweave 11900000000 signed'],
    ],
  ],
  // A guarantor who "se porte garant" backs the landlord's lease (capacity_backstop), as "agreed to backstop" and
  // "respaldará" do; it buys nothing from the tenant.
  'a guarantee told with "se porte garant" is a backstop of the lease, not a purchase from the tenant': [
    [
      'en',
      "TeraWulf signed two ten-year hosting contracts with Fluidstack worth about $3.7 billion. Google agreed to backstop $1.8 billion of Fluidstack's lease obligations.",
      TERAWULF_BACKED,
    ],
    [
      'fr',
      "TeraWulf a annoncé deux contrats d'hébergement sur dix ans avec Fluidstack, pour environ 3,7 milliards de dollars. Google se porte garant à hauteur de 1,8 milliard de dollars des obligations de loyer de Fluidstack.",
      TERAWULF_BACKED,
    ],
    [
      'es',
      'TeraWulf firmó con Fluidstack dos contratos de alojamiento a diez años por unos 3.700 millones de dólares. Google respaldará con 1.800 millones de dólares las obligaciones de arrendamiento de Fluidstack.',
      TERAWULF_BACKED,
    ],
    // Near miss: the guarantor's investment in the landlord is no backstop of the lease.
    [
      'fr',
      "TeraWulf a annoncé deux contrats d'hébergement sur dix ans avec Fluidstack, pour environ 3,7 milliards de dollars. Google, qui se porte garant du projet, a aussi investi 1,8 milliard de dollars dans TeraWulf.",
      ['fluidstack terawulf 3700000000 signed'],
    ],
  ],
  // "outlined a path to", "a tracé une voie vers", "einen Weg … skizziert", "ha trazado una hoja de ruta": a road ahead
  // sketched with the end user, no contract; nor is what a relationship "could ultimately cover".
  'a path sketched or a possibility with the end user is no lease': [
    [
      'en',
      'Through its strategic relationship with Anthropic, Hut 8 has outlined a path to as much as 2,295 MW of AI capacity across its development pipeline.',
      [],
    ],
    [
      'en',
      'Hut 8 says the broader Anthropic relationship could ultimately cover up to 2,295 MW across its pipeline, but only the first 245 MW tranche is contracted.',
      [],
    ],
    [
      'fr',
      'Grâce à son partenariat avec Anthropic, Hut 8 a tracé une voie vers 2 295 MW de capacité sur son portefeuille de projets.',
      [],
    ],
    [
      'de',
      'Durch die Partnerschaft mit Anthropic hat Hut 8 einen Weg zu bis zu 2.295 MW Kapazität skizziert.',
      [],
    ],
    [
      'es',
      'Gracias a su relación con Anthropic, Hut 8 ha trazado una hoja de ruta hacia 2.295 MW de capacidad.',
      [],
    ],
    // Near miss: the lease with the tenant who hosts the end user stays.
    [
      'en',
      'Hut 8 signed a 15-year lease with Fluidstack for 245 MW at River Bend, where Fluidstack will host clusters for Anthropic.',
      ['fluidstack hut-8 null signed'],
    ],
  ],
  // "a deal that had been valued at", "un contrat qui était évalué à", "un acuerdo que estaba valorado en": the
  // contract's value, told after the talks that ended it; a company "valued at" is still a valuation.
  "a deal that had been valued at a figure keeps it as the ended contract's value": [
    [
      'en',
      "xAI ended talks with Oracle over expanding its use of Oracle's cloud, a deal that had been valued at about $10 billion.",
      XAI_ENDED,
    ],
    [
      'fr',
      "xAI a rompu les négociations avec Oracle sur l'extension de son usage du cloud d'Oracle, un contrat qui était évalué à environ 10 milliards de dollars.",
      XAI_ENDED,
    ],
    [
      'es',
      'xAI rompió las negociaciones con Oracle para ampliar su uso de la nube de Oracle, un acuerdo que estaba valorado en unos 10.000 millones de dólares.',
      XAI_ENDED,
    ],
    [
      'en',
      'xAI ended talks with Oracle over cloud capacity. xAI, which was valued at about $200 billion in its last round, will build its own cluster.',
      [],
    ],
  ],
  // "RELATED READING", "Further reading:", as "À lire aussi" and "Te recomendamos" do, open a block of other stories'
  // headlines; a sentence that opens on "Recommended by" is prose.
  'a block of links under "Related reading" or "Further reading" lends no deal': [
    [
      'en',
      `CoreWeave signs $14 billion deal with Meta

CoreWeave will supply Meta with AI cloud capacity under a contract worth up to $14.2 billion through 2031.

RELATED READING
» Why neoclouds are suddenly borrowing against their contracts
» CoreWeave's $9 billion Core Scientific bid: what happens next`,
      [META_COREWEAVE],
    ],
    [
      'en',
      `CoreWeave signs $14 billion deal with Meta

CoreWeave will supply Meta with AI cloud capacity under a contract worth up to $14.2 billion through 2031.

Further reading:
Nebius signs $17.4 billion deal with Microsoft`,
      [META_COREWEAVE],
    ],
    [
      'fr',
      `CoreWeave signe un contrat de 14 milliards avec Meta

CoreWeave fournira à Meta des capacités de cloud d'IA dans le cadre d'un contrat pouvant atteindre 14,2 milliards de dollars jusqu'en 2031.

À lire aussi
Nebius signe un contrat de 17,4 milliards de dollars avec Microsoft`,
      [META_COREWEAVE],
    ],
    [
      'es',
      `CoreWeave firma un acuerdo de 14.000 millones con Meta

CoreWeave suministrará a Meta capacidad de nube de IA con un contrato de hasta 14.200 millones de dólares hasta 2031.

Te recomendamos
Nebius firma un contrato de 17.400 millones de dólares con Microsoft`,
      [META_COREWEAVE],
    ],
    [
      'en',
      `CoreWeave signs $14 billion deal with Meta

CoreWeave will supply Meta with AI cloud capacity under a contract worth up to $14.2 billion through 2031.

Recommended by analysts, the stock rose. Nebius also signed a $17.4 billion deal with Microsoft last month.`,
      [META_COREWEAVE, 'microsoft nebius 17400000000 signed'],
    ],
  ],
  // "des Projekts Stargate" (the German genitive), as "the Stargate project" and "del proyecto Stargate": the
  // frame the rental is told in, not the customer.
  'a project named in the genitive is the frame, not the customer': [
    [
      'de',
      'Bereits im Juli hatte OpenAI bestätigt, im Rahmen des Projekts Stargate zusätzliche Kapazitäten bei Oracle anzumieten, ohne Zahlen zu nennen.',
      ['openai oracle null signed'],
    ],
    [
      'en',
      'In July OpenAI confirmed it would rent additional capacity from Oracle as part of the Stargate project, without giving figures.',
      ['openai oracle null signed'],
    ],
    [
      'es',
      'En julio OpenAI confirmó que alquilará capacidad adicional a Oracle en el marco del proyecto Stargate.',
      ['openai oracle null signed'],
    ],
  ],
  // Money a company commits to its own hub or campus is its build-out, whoever is named before; money committed to a
  // provider's cloud is a contract.
  'money committed to its own hub or campus is no contract': [
    [
      'en',
      "Reliance's Jio and Google earlier outlined a plan for a Jamnagar AI campus; Google separately committed $15 billion to an AI hub in Visakhapatnam.",
      [],
    ],
    [
      'es',
      'Jio y Google ya habían presentado un plan para un campus de IA en Jamnagar; Google se comprometió por separado a destinar 15.000 millones de dólares a un centro de IA en Visakhapatnam.',
      [],
    ],
    [
      'fr',
      "Jio et Google avaient présenté un projet de campus d'IA à Jamnagar ; Google s'est engagé séparément à investir 15 milliards de dollars dans un hub d'IA à Visakhapatnam.",
      [],
    ],
    [
      'en',
      'Meta committed $10 billion to Google Cloud over six years for AI capacity.',
      ['meta alphabet 10000000000 signed'],
    ],
  ],
  // An option exercised ("exercised its option", "a exercé son option", "ejerció su opción", "ha esercitato
  // l'opzione") brings a firm contract: the addition, beside the base told in a sentence of its own. An option held
  // ("could be worth") stays a possibility of the base.
  'an option exercised is a firm addition beside its base': [
    [
      'en',
      'Applied Digital signed two 15-year leases with CoreWeave worth about $7 billion. In August CoreWeave exercised its option for a third 15-year lease worth about $4 billion.',
      APPLIED_BOTH,
    ],
    [
      'fr',
      "Applied Digital a signé avec CoreWeave deux baux de 15 ans pour environ 7 milliards de dollars. En août, CoreWeave a exercé son option pour un troisième bail de 15 ans d'environ 4 milliards de dollars.",
      APPLIED_BOTH,
    ],
    [
      'es',
      'Applied Digital firmó con CoreWeave dos arrendamientos a 15 años por unos 7.000 millones de dólares. En agosto CoreWeave ejerció su opción por un tercer arrendamiento a 15 años de unos 4.000 millones de dólares.',
      APPLIED_BOTH,
    ],
    [
      'it',
      "Applied Digital ha firmato con CoreWeave due contratti di locazione di 15 anni per circa 7 miliardi di dollari. Ad agosto CoreWeave ha esercitato l'opzione per un terzo contratto di 15 anni da circa 4 miliardi di dollari.",
      APPLIED_BOTH,
    ],
    [
      'en',
      'Applied Digital signed two 15-year leases with CoreWeave worth about $7 billion. CoreWeave also holds an option for a third 15-year lease that could be worth about $4 billion.',
      ['coreweave applied-digital 7000000000 signed'],
    ],
  ],
  // An outlet's report in the imperfect ("rapportait que", "informaba que", "riferiva che", "noticiava que") is hearsay
  // as its present and perfect are; a contract that "rapportera" revenue is no report.
  "an outlet's report told in the imperfect makes the contract reported": [
    [
      'fr',
      "En septembre, le Wall Street Journal rapportait qu'OpenAI avait conclu avec Oracle un accord d'environ 300 milliards de dollars sur cinq ans.",
      ORACLE_REPORTED,
    ],
    [
      'es',
      'En septiembre, The Wall Street Journal informaba que OpenAI había firmado con Oracle un contrato de unos 300.000 millones de dólares a cinco años.',
      ORACLE_REPORTED,
    ],
    [
      'it',
      'A settembre il Wall Street Journal riferiva che OpenAI aveva firmato con Oracle un contratto da circa 300 miliardi di dollari in cinque anni.',
      ORACLE_REPORTED,
    ],
    [
      'pt',
      'Em setembro, o Wall Street Journal noticiava que a OpenAI tinha assinado com a Oracle um contrato de cerca de 300 mil milhões de dólares.',
      ORACLE_REPORTED,
    ],
    [
      'fr',
      "OpenAI a conclu avec Oracle un accord d'environ 300 milliards de dollars, qui rapportera à Oracle des revenus importants.",
      ['openai oracle 300000000000 signed'],
    ],
  ],
});
