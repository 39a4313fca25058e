// Kinds of error seen on real pages about the second-wave deals (Cerebras, Cipher Mining, Hut 8, IREN, TeraWulf,
// Nebius), each told again in invented sentences in six languages: positives that must still be found and near
// misses that must stay silent. Each row's wanted strings are prefixes of the printed mentions ("buyer provider
// valueUsd status kind"), in order.
import { beforeAll, describe } from 'vitest';
import { eachCorpusPage, eachKind, type Family, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Microsoft signed a $1 billion cloud contract with Nebius.');
}, 120_000);

/**
 * An acquisition noun whose object is compute ("per l'acquisizione di 750 megawatt di capacità di calcolo", "the
 * acquisition of 750 megawatts", "la adquisición de 750 megavatios") buys capacity: the deal itself, no takeover.
 * A company or a site bought stays an acquisition.
 */
const CAPACITY_BOUGHT_IS_NO_ACQUISITION: Family[] = [
  [
    'it',
    "OpenAI ha annunciato un accordo pluriennale con Cerebras per l'acquisizione di 750 megawatt di capacità di calcolo, un contratto da oltre 10 miliardi di dollari.",
    ['openai cerebras 10000000000 signed gpu_cloud'],
  ],
  [
    'en',
    'OpenAI has announced a multi-year agreement with Cerebras for the acquisition of 750 megawatts of low-latency computing capacity, in a contract worth more than $10 billion.',
    ['openai cerebras 10000000000 signed gpu_cloud'],
  ],
  [
    'fr',
    "OpenAI a annoncé un accord pluriannuel avec Cerebras pour l'acquisition de 750 mégawatts de capacité de calcul, un contrat de plus de 10 milliards de dollars.",
    ['openai cerebras 10000000000 signed gpu_cloud'],
  ],
  [
    'es',
    'OpenAI anunció un acuerdo plurianual con Cerebras para la adquisición de 750 megavatios de capacidad de cómputo, un contrato de más de 10.000 millones de dólares.',
    ['openai cerebras 10000000000 signed gpu_cloud'],
  ],
  [
    'pt',
    'A OpenAI anunciou um acordo plurianual com a Cerebras para a aquisição de 750 megawatts de capacidade de computação, num contrato de mais de 10 mil milhões de dólares.',
    ['openai cerebras 10000000000 signed gpu_cloud'],
  ],
  [
    'de',
    'OpenAI gab eine Vereinbarung mit Cerebras über den Erwerb von 750 Megawatt Rechenleistung für mehr als 10 Milliarden Dollar bekannt.',
    ['openai cerebras 10000000000 signed gpu_cloud'],
  ],
  [
    'es',
    'Anthropic se ha comprometido a adquirir 30.000 millones de dólares en potencia informática de Microsoft Azure para desarrollar sus modelos Claude.',
    ['anthropic microsoft 30000000000 signed gpu_cloud'],
  ],
  [
    'en',
    'Anthropic has committed to acquire $30 billion of computing power from Microsoft Azure.',
    ['anthropic microsoft 30000000000 signed gpu_cloud'],
  ],
  // A company, or a campus with its megawatts, bought: an acquisition, no capacity contract.
  ['en', 'CoreWeave announced the acquisition of Core Scientific for $9 billion in stock.', []],
  ['fr', "CoreWeave a annoncé l'acquisition de Core Scientific pour 9 milliards de dollars en actions.", []],
  [
    'it',
    "CoreWeave ha annunciato l'acquisizione di un campus da 200 MW di Core Scientific per 1 miliardo di dollari.",
    [],
  ],
  [
    'es',
    'La adquisición de Core Scientific por CoreWeave, valorada en 9.000 millones de dólares, se cerró en acciones.',
    [],
  ],
];

/**
 * An infinitive of purpose after "with X" belongs to the subject, also when a description of X stands between
 * commas ("with Cerebras, the chipmaker, to buy 750 megawatts"); after the second of "between A and B" it is the
 * agreement's, so it names neither side (the company table then decides: the host leases to the neocloud).
 */
const INFINITIVE_AFTER_DESCRIPTION_OR_PAIR: Family[] = [
  [
    'en',
    'OpenAI signed a multi-year agreement with Cerebras, the chipmaker, to buy 750 megawatts of compute for $10 billion.',
    ['openai cerebras 10000000000 signed gpu_cloud'],
  ],
  [
    'en',
    'Meta signed a five-year agreement with Nebius, the Amsterdam neocloud, to rent GPU capacity worth $3 billion.',
    ['meta nebius 3000000000 signed gpu_cloud'],
  ],
  [
    'fr',
    'OpenAI a signé un accord avec Cerebras, le fabricant de puces, pour acheter 750 mégawatts de calcul pour 10 milliards de dollars.',
    ['openai cerebras 10000000000 signed gpu_cloud'],
  ],
  [
    'es',
    'Meta firmó un contrato con Nebius, la neocloud de Ámsterdam, para alquilar capacidad GPU por 3.000 millones de dólares.',
    ['meta nebius 3000000000 signed gpu_cloud'],
  ],
  [
    'it',
    'Meta ha firmato un contratto con Nebius, la neocloud di Amsterdam, per affittare capacità GPU per 3 miliardi di dollari.',
    ['meta nebius 3000000000 signed gpu_cloud'],
  ],
  [
    'pt',
    'A Meta assinou um contrato com a Nebius, a neocloud de Amesterdão, para alugar capacidade GPU por 3 mil milhões de dólares.',
    ['meta nebius 3000000000 signed gpu_cloud'],
  ],
  [
    'de',
    'Meta unterzeichnete einen Vertrag mit Nebius, dem Amsterdamer Neocloud-Anbieter, um GPU-Kapazität für 3 Milliarden Dollar zu mieten.',
    ['meta nebius 3000000000 signed gpu_cloud'],
  ],
  [
    'en',
    'The deal is part of a larger $3 billion, 10-year agreement between Fluidstack and Cipher Mining to lease computing power at Barber Lake.',
    ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
  ],
  [
    'fr',
    "L'accord s'inscrit dans un contrat de 3 milliards de dollars sur dix ans entre Fluidstack et Cipher Mining pour louer de la puissance de calcul.",
    ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
  ],
  [
    'de',
    'Es handelt sich um einen Vertrag über 3 Milliarden Dollar zwischen Fluidstack und Cipher Mining, um Rechenleistung zu mieten.',
    ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
  ],
  [
    'es',
    'Se trata de un acuerdo de 3.000 millones de dólares entre Fluidstack y Cipher Mining para arrendar capacidad de cómputo.',
    ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
  ],
  [
    'it',
    'Un accordo da 3 miliardi di dollari tra Fluidstack e Cipher Mining per affittare potenza di calcolo.',
    ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
  ],
  [
    'pt',
    'Um acordo de 3 mil milhões de dólares entre a Fluidstack e a Cipher Mining para arrendar capacidade de computação.',
    ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
  ], // Talks that failed, a meeting about the market: no contract, whatever the infinitive.
  [
    'en',
    'Talks between Fluidstack and Cipher Mining to lease more computing power ended without an agreement last week.',
    [],
  ],
  [
    'fr',
    'Les négociations entre Fluidstack et Cipher Mining pour louer davantage de puissance de calcul ont échoué.',
    [],
  ],
  ['es', 'Meta se reunió con Nebius, la neocloud de Ámsterdam, para hablar del mercado de GPU.', []],
];

/**
 * The amount a guarantee verb governs is the guarantor's ("The company has agreed to backstop $1.4 billion of
 * obligations owed by Fluidstack"): with the guarantor left unnamed it is no value of the tenant's lease, so the
 * sentence says nothing rather than a lease at the guarantee's amount; with the guarantor named it is its backstop.
 * Since round 25 "owed by Fluidstack" names the tenant, so "The company" stands for the guarantor told just before.
 */
const GUARANTEED_AMOUNT_IS_NO_LEASE: Family[] = [
  [
    'en',
    'Google has taken another step into AI hosting. The company has agreed to backstop $1.4 billion of obligations owed by Fluidstack, a cloud firm, in exchange for a stake in Cipher Mining.',
    ['alphabet cipher-mining 1400000000 signed capacity_backstop'],
  ],
  [
    'fr',
    "Google avance dans l'hébergement IA. Le groupe s'est engagé à garantir 1,4 milliard de dollars des loyers dus par Fluidstack, en échange d'une participation dans Cipher Mining.",
    [],
  ],
  [
    'pt',
    'A empresa comprometeu-se a garantir 1,4 mil milhões de dólares das obrigações da Fluidstack com a Cipher Mining.',
    [],
  ],
  [
    'en',
    'Google has agreed to backstop $1.4 billion of obligations owed by Fluidstack, in exchange for a stake in Cipher Mining.',
    ['alphabet cipher-mining 1400000000 signed capacity_backstop'],
  ],
  [
    'es',
    'Google avanza en el alojamiento de IA. La empresa se comprometió a garantizar 1.400 millones de dólares de las obligaciones de Fluidstack con Cipher Mining.',
    ['alphabet cipher-mining 1400000000 signed capacity_backstop'],
  ],
  [
    'it',
    "Google avanza nell'hosting IA. Il gruppo si è impegnato a garantire 1,4 miliardi di dollari degli obblighi di Fluidstack verso Cipher Mining.",
    ['alphabet cipher-mining 1400000000 signed capacity_backstop'],
  ],
];

/**
 * The company a site is built for, beside that site's lease with another, is its end user, also when the site's
 * description carries an abbreviation in brackets ("an artificial-intelligence (AI) data center in Louisiana").
 */
const END_USER_AFTER_BRACKETED_SITE: Family[] = [
  [
    'en',
    'Hut 8 said it is building an artificial-intelligence (AI) data center in Louisiana for Anthropic and has signed a $7 billion lease with Fluidstack.',
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
  [
    'fr',
    "Hut 8 construit un centre de données d'intelligence artificielle (IA) en Louisiane pour Anthropic et a signé un bail de 7 milliards de dollars avec Fluidstack.",
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
  [
    'es',
    'Hut 8 construye un centro de datos de inteligencia artificial (IA) en Luisiana para Anthropic y ha firmado un arrendamiento de 7.000 millones de dólares con Fluidstack.',
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
  [
    'it',
    'Hut 8 costruisce un data center di intelligenza artificiale (IA) in Louisiana per Anthropic e ha firmato con Fluidstack una locazione da 7 miliardi di dollari.',
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
  [
    'de',
    'Hut 8 baut ein Rechenzentrum für künstliche Intelligenz (KI) in Louisiana für Anthropic und hat mit Fluidstack einen Mietvertrag über 7 Milliarden Dollar unterzeichnet.',
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
  [
    'pt',
    'A Hut 8 constrói um data center de inteligência artificial (IA) na Louisiana para a Anthropic e assinou com a Fluidstack um arrendamento de 7 mil milhões de dólares.',
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
  // With no other lease after it, the company the site is built for keeps its place as the buyer.
  [
    'en',
    'Hut 8 is building a campus in Louisiana for Anthropic under a $7 billion contract.',
    ['anthropic hut-8 7000000000 signed datacenter_lease'],
  ], // A site and its future user with no contract told: nothing.
  [
    'en',
    'Hut 8 is building an artificial-intelligence (AI) data center in Louisiana for Anthropic, with financing from J.P. Morgan.',
    [],
  ],
];

/**
 * How the press writes a figure: "$US9.7bn" (the Australian press's US dollars; its own "$A14.8bn" is foreign and
 * no contract's value), and a scale abbreviation's period before a capitalised word that is no currency ("for
 * $5.8bn. These five businesses will invest …", "USD 5,8 Mrd. Die fünf Konzerne …") ends the sentence, so the next
 * sentence's investment is not read as this amount's.
 */
const FIGURE_WRITING: Family[] = [
  [
    'en',
    'In a deal announced overnight, Microsoft will pay Iren $US9.7bn ($A14.8bn) over the next five years in return for AI computing power.',
    ['microsoft iren 9700000000 signed gpu_cloud'],
  ],
  ['en', 'A deal worth $A14.8bn was announced by Iren and Microsoft for cloud capacity.', []],
  [
    'en',
    'Iren will purchase chips from Dell Technologies for $5.8bn. These five businesses will invest $380bn in capital expenditure.',
    ['iren dell 5800000000 signed hardware'],
  ],
  [
    'de',
    'IREN kauft bei Dell GPUs für USD 5,8 Mrd. Die fünf Konzerne wollen USD 380 Mrd. investieren.',
    ['iren dell 5800000000 signed hardware'],
  ],
  [
    'pt',
    'A IREN comprará GPUs à Dell por US$ 5,8 bn. As cinco empresas investirão US$ 380 bn em data centers.',
    ['iren dell 5800000000 signed hardware'],
  ],
  // The currency after the scale's period keeps the sentence whole.
  [
    'de',
    'Microsoft hat einen Fünfjahresvertrag über 9,7 Mrd. USD mit IREN für KI-Cloud-Kapazität abgeschlossen.',
    ['microsoft iren 9700000000 signed gpu_cloud'],
  ],
];

/**
 * A company "recently valued at" a figure ("Anthropic, recently valued at $183 billion", "récemment valorisée à",
 * "recientemente valorada en", "recentemente valutata", "recentemente avaliada em"): what the company is worth, no
 * deal's value, and no pair with the company of the sentence before.
 */
const RECENT_VALUATION_IS_NO_VALUE: Family[] = [
  [
    'pt',
    'A OpenAI fechou recentemente um acordo com a Amazon para serviços de cloud. A Anthropic, recentemente avaliada em 183 mil milhões de dólares, conta já com mais de 300 mil clientes empresariais.',
    [],
  ],
  [
    'en',
    'OpenAI recently closed a cloud deal with Amazon. Anthropic, recently valued at $183 billion, counts more than 300,000 business customers.',
    [],
  ],
  [
    'fr',
    'OpenAI a récemment conclu un accord cloud avec Amazon. Anthropic, récemment valorisée à 183 milliards de dollars, compte plus de 300 000 clients.',
    [],
  ],
  [
    'es',
    'OpenAI cerró hace poco un acuerdo de nube con Amazon. Anthropic, recientemente valorada en 183.000 millones de dólares, cuenta con 300.000 clientes.',
    [],
  ],
  [
    'it',
    'OpenAI ha chiuso di recente un accordo cloud con Amazon. Anthropic, recentemente valutata 183 miliardi di dollari, conta 300.000 clienti.',
    [],
  ],
  // The contract's own value, told with a verb of valuing, stays the contract's.
  [
    'es',
    'Anthropic firmó un contrato de nube con Microsoft valorado en 30.000 millones de dólares.',
    ['anthropic microsoft 30000000000 signed gpu_cloud'],
  ],
  // Beside a contract's own amount, the valuation leaves the contract its value.
  [
    'en',
    'Anthropic, recently valued at $183 billion, signed a $30 billion cloud contract with Microsoft.',
    ['anthropic microsoft 30000000000 signed gpu_cloud'],
  ],
];

/**
 * A monthly or quarterly rate ("$1.25 billion a month", "par mois", "pro Monat", "al mes", "al mese", "por mês") is
 * no contract's value: the contract is told without one. A lab that rents out its own data centre (xAI's Colossus 1,
 * the company table's sellsCapacity) sells to another lab; two labs named side by side still deal with nobody.
 */
const MONTHLY_RATE_AND_A_LAB_THAT_SELLS: Family[] = [
  [
    'en',
    'Anthropic will pay xAI $1.25 billion a month for the computing capacity of Colossus 1.',
    ['anthropic xai null signed gpu_cloud'],
  ],
  [
    'fr',
    'Anthropic paiera à xAI 1,25 milliard de dollars par mois pendant trois ans pour la capacité de Colossus 1.',
    ['anthropic xai null signed gpu_cloud'],
  ],
  [
    'de',
    'Anthropic zahlt xAI 1,25 Milliarden Dollar pro Monat für die Rechenleistung von Colossus 1.',
    ['anthropic xai null signed gpu_cloud'],
  ],
  [
    'es',
    'Anthropic pagará a xAI 1.250 millones de dólares al mes por la capacidad de cómputo de Colossus 1.',
    ['anthropic xai null signed gpu_cloud'],
  ],
  [
    'it',
    'Anthropic pagherà a xAI 1,25 miliardi di dollari al mese per la capacità di calcolo di Colossus 1.',
    ['anthropic xai null signed gpu_cloud'],
  ],
  [
    'pt',
    'A Anthropic pagará à xAI 1,25 mil milhões de dólares por mês pela capacidade de computação do Colossus 1.',
    ['anthropic xai null signed gpu_cloud'],
  ],
  [
    'en',
    'Microsoft will pay Nebius $150 million a month for GPU capacity.',
    ['microsoft nebius null signed gpu_cloud'],
  ],
  [
    'en',
    'xAI and Anthropic are both raising billions: xAI raised $20 billion and Anthropic $13 billion.',
    [],
  ],
  // Two labs named side by side, no clause of paying or renting: no pair, whatever the table says of xAI.
  ['en', 'Labs such as xAI and Anthropic signed compute deals worth $40 billion this year.', []],
  ['en', 'OpenAI and Anthropic are rivals: OpenAI pays $1 billion a month for compute, Anthropic less.', []],
];

/**
 * "A $73.3 billion plan in partnership with CDC and Nvidia": an amount that sizes a plan, told before the word plan,
 * is no contract with the partners named after it; a contract's own amount beside a plan keeps its value.
 */
const AMOUNT_BEFORE_ITS_PLAN: Family[] = [
  [
    'en',
    'Firmus is heading to mainland Australia with a $73.3 billion plan in partnership with CDC Data Centres and Nvidia to build four more AI data centres.',
    [],
  ],
  [
    'fr',
    "Firmus s'attaque au continent avec un plan de 73,3 milliards de dollars en partenariat avec CDC et Nvidia pour bâtir quatre centres de données IA.",
    [],
  ],
  [
    'pt',
    'A Firmus expande-se com um plano de 73,3 mil milhões de dólares em parceria com a CDC e a Nvidia para construir quatro centros de dados de IA.',
    [],
  ],
  [
    'en',
    'Microsoft signed a $10 billion cloud deal with Nebius, part of its $80 billion AI data center plan.',
    ['microsoft nebius 10000000000 signed gpu_cloud'],
  ],
];

/**
 * A count of a chip maker's goods ("the deployment of approximately 18,400 of Nvidia's latest GPUs") names the
 * goods, not a party: beside a contract with an unnamed customer it pairs with nobody; a named buyer and seller
 * around it keep their deal.
 */
const COUNT_OF_A_MAKERS_GOODS: Family[] = [
  [
    'en',
    "Firmus signed a contract with a hyperscale customer. The agreement will see the deployment of approximately 18,400 of Nvidia's latest GPUs at a new AI factory.",
    [],
  ],
  [
    'fr',
    "Firmus a signé un contrat avec un client hyperscale. L'accord prévoit le déploiement d'environ 18 400 des derniers GPU de Nvidia dans une nouvelle usine d'IA.",
    [],
  ],
  [
    'es',
    'Firmus firmó un contrato con un cliente hiperescalador. El acuerdo prevé el despliegue de unas 18.400 de las últimas GPU de Nvidia en una nueva fábrica de IA.',
    [],
  ],
  [
    'en',
    "Microsoft rents 18,400 of Nvidia's latest GPUs from Firmus under a $2 billion contract.",
    ['microsoft firmus 2000000000 signed gpu_cloud'],
  ],
  [
    'en',
    "Firmus buys 18,400 of Nvidia's latest GPUs for $1 billion.",
    ['firmus nvidia 1000000000 signed hardware'],
  ],
];

/**
 * A wire headline's "Sources:" tag and "…, sources say" credit the deal to unnamed sources: reported, as "selon des
 * sources", "según fuentes", "secondo fonti" already are; a word "sources" that credits nothing leaves it signed.
 */
const UNNAMED_SOURCES_REPORT: Family[] = [
  [
    'en',
    'Sources: Microsoft agrees to a deal with Crusoe to lease a data center project in Abilene, Texas, representing ~700 MW.',
    ['microsoft crusoe null reported'],
  ],
  [
    'en',
    'Microsoft agreed to a $10 billion deal with Crusoe for a data center in Abilene, sources say.',
    ['microsoft crusoe 10000000000 reported'],
  ],
  [
    'fr',
    'Selon des sources, Microsoft a signé un contrat de 10 milliards de dollars avec Crusoe.',
    ['microsoft crusoe 10000000000 reported'],
  ],
  [
    'es',
    'Según fuentes, Microsoft firmó un contrato de 10.000 millones de dólares con Crusoe para un centro de datos.',
    ['microsoft crusoe 10000000000 reported'],
  ],
  [
    'it',
    'Secondo fonti vicine al dossier, Microsoft ha firmato un contratto da 10 miliardi di dollari con Crusoe per un data center.',
    ['microsoft crusoe 10000000000 reported'],
  ],
  [
    'en',
    'Microsoft signed a $10 billion cloud deal with Nebius. Open sources: none.',
    ['microsoft nebius 10000000000 signed'],
  ],
  ['en', 'Sources: Crusoe is said to weigh new data center sites in Wyoming and Texas.', []],
];

eachKind(
  {
    'capacity bought is no acquisition': CAPACITY_BOUGHT_IS_NO_ACQUISITION,
    'an infinitive after a description or a pair names no role': INFINITIVE_AFTER_DESCRIPTION_OR_PAIR,
    'a guaranteed amount is no lease value': GUARANTEED_AMOUNT_IS_NO_LEASE,
    'an end user after a bracketed site': END_USER_AFTER_BRACKETED_SITE,
    'how the press writes a figure': FIGURE_WRITING,
    'a recent valuation is no value': RECENT_VALUATION_IS_NO_VALUE,
    'a monthly rate, and a lab that sells': MONTHLY_RATE_AND_A_LAB_THAT_SELLS,
    'an amount before its plan': AMOUNT_BEFORE_ITS_PLAN,
    "a count of a maker's goods": COUNT_OF_A_MAKERS_GOODS,
    'unnamed sources report': UNNAMED_SOURCES_REPORT,
  },
  true,
);

// The corpus pages written in the shapes of the real pages where these kinds were met (prefix r14-rw24-).
describe('r14-rw24 corpus pages', () => eachCorpusPage('r14-rw24-', 8, true));
