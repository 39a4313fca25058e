// Kinds of error seen on real pages in round 46 (a backer told in a compound adjective, "dem Nvidia-nahen
// Cloud-Anbieter CoreWeave", "CoreWeave, der Nvidia-gestützte Cloud-Anbieter", taken as the seller; a block of links
// under "Weitere Nachrichten zu IREN:", "Más en Xataka" or "Veja mais" read as the page's deals; two expansions of
// one pair, each told on its own day ("On May 28, 2025, … by $4 billion. On September 25, 2025, … by up to $6.5
// billion"), merged into one and the later one's figure lost).
// Each kind is told again in invented sentences, in three languages or more: positives that must be found and near
// misses that must stay silent or keep their pair. Each row's wanted strings are prefixes of the printed mentions
// ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

const META_COREWEAVE = ['meta coreweave 14200000000 signed'];
const HUT8_LEASE = ['fluidstack hut-8 7000000000 signed datacenter_lease'];
const OPENAI_TWO = ['openai coreweave 4000000000 expanded', 'openai coreweave 6500000000 expanded'];
const XAI_ENDED = ['xai oracle 10000000000 terminated'];
const TERAWULF_LEASE = ['fluidstack terawulf 3700000000 signed datacenter_lease'];
const POOLSIDE_OWN = ['poolside coreweave null signed'];
const APPLIED_MORE = ['coreweave applied-digital 4000000000 expanded datacenter_lease'];
const META_BOTH = ['meta coreweave 14200000000 signed', 'meta nebius 3000000000 signed'];

eachKind({
  // "Nvidia-backed", "Nvidia-nahe", "Nvidia-gestützte", "Nvidia-affiliated": the company in the compound is an
  // investor or an ally of the one it describes, no party of its contract.
  'a backer told in a compound adjective is no party': [
    [
      'de',
      'Meta hat sich verpflichtet, bei dem Nvidia-nahen Cloud-Anbieter CoreWeave bis 2031 Rechenleistung für rund 14,2 Mrd. Dollar abzunehmen.',
      META_COREWEAVE,
    ],
    [
      'de',
      'CoreWeave, der Nvidia-finanzierte Cloud-Anbieter, erhält von Meta einen Auftrag über 14,2 Mrd. Dollar.',
      META_COREWEAVE,
    ],
    [
      'en',
      'Meta agreed to buy computing capacity worth up to $14.2 billion through 2031 from the Nvidia-aligned cloud provider CoreWeave.',
      META_COREWEAVE,
    ],
    [
      'it',
      'Meta si è impegnata ad acquistare fino al 2031 capacità di calcolo per circa 14,2 miliardi di dollari dal fornitore cloud Nvidia-backed CoreWeave.',
      META_COREWEAVE,
    ],
    // A compound noun ("Nvidia-Chips") names the maker of the goods: it stays the seller of its chips.
    [
      'de',
      'Meta kauft bei Nvidia Nvidia-Chips für 2 Mrd. Dollar.',
      ['meta nvidia 2000000000 signed hardware'],
    ],
  ],
  // The links under "Weitere Nachrichten zu IREN:", "Más en Xataka", "Veja mais", "More news", "Altre notizie" are
  // other stories' headlines; the article's own deal above them stays.
  'a block of links under "Weitere Nachrichten", "Más en", "Veja mais" lends no deal': [
    [
      'de',
      'Hut 8 signed a 15-year lease with Fluidstack worth about $7 billion.\n\nWeitere Nachrichten zu IREN:\n- IREN kauft 12.000 weitere Nvidia-GPUs für 1,1 Mrd. Dollar',
      HUT8_LEASE,
    ],
    [
      'es',
      'Hut 8 signed a 15-year lease with Fluidstack worth about $7 billion.\n\nMás en Xataka\n- Cipher Mining firma un alquiler de 5.500 millones con Amazon',
      HUT8_LEASE,
    ],
    [
      'pt',
      'Hut 8 signed a 15-year lease with Fluidstack worth about $7 billion.\n\nVeja mais\n- Cipher Mining fecha aluguel de US$ 5,5 bilhões com a Amazon',
      HUT8_LEASE,
    ],
    [
      'it',
      'Hut 8 signed a 15-year lease with Fluidstack worth about $7 billion.\n\nAltre notizie\n- Cipher Mining firma un contratto da 5,5 miliardi con Amazon',
      HUT8_LEASE,
    ],
    // "Weitere Nachrichten folgten" opens a sentence of the article, no block of links.
    [
      'de',
      'Weitere Nachrichten folgten am Dienstag: Cipher Mining vermietet für 5,5 Mrd. Dollar Rechenzentrumsfläche an Amazon.',
      ['amazon cipher-mining 5500000000 signed'],
    ],
  ],
  // "On May 28, 2025, …", "Le 28 mai 2025, …", "Am 28. Mai 2025 …", "Il 28 maggio 2025 …": a day dates a contract
  // as a month does; two expansions each dated are two contracts of the pair.
  'two expansions of one pair, each told on its own day, are two': [
    [
      'en',
      'On May 28, 2025, CoreWeave expanded its contract with OpenAI by $4 billion. On September 25, 2025, CoreWeave further expanded the agreement with OpenAI by up to $6.5 billion.',
      OPENAI_TWO,
    ],
    [
      'fr',
      'Le 28 mai 2025, CoreWeave a étendu son contrat avec OpenAI de 4 milliards de dollars. Le 25 septembre 2025, CoreWeave a de nouveau étendu le contrat avec OpenAI de 6,5 milliards de dollars.',
      OPENAI_TWO,
    ],
    [
      'de',
      'Am 28. Mai 2025 erweiterte CoreWeave seinen Vertrag mit OpenAI um 4 Milliarden Dollar. Am 25. September 2025 erweiterte CoreWeave den Vertrag mit OpenAI um 6,5 Milliarden Dollar.',
      OPENAI_TWO,
    ],
    [
      'it',
      'Il 28 maggio 2025 CoreWeave ha ampliato il contratto con OpenAI di 4 miliardi di dollari. Il 25 settembre 2025 CoreWeave ha ampliato di nuovo il contratto con OpenAI di 6,5 miliardi di dollari.',
      OPENAI_TWO,
    ],
    // One expansion told on its day, then the total it reached: one contract, the increment its value.
    [
      'en',
      'On May 28, 2025, CoreWeave expanded its contract with OpenAI by $4 billion. The expansion brings the total value of the agreements to $15.9 billion.',
      ['openai coreweave 4000000000 expanded'],
    ],
  ],
  // "does not rent capacity from AWS", "ne loue pas", "mietet keine", "no alquila": a contract said not to exist.
  'a contract denied by "does not rent", "ne loue pas", "mietet keine" is none': [
    ['en', 'Lambda, which runs its own data centres, does not rent capacity from Amazon Web Services.', []],
    ['fr', 'Lambda ne loue pas de capacité à Amazon Web Services.', []],
    ['de', 'Lambda mietet keine Rechenleistung bei Amazon Web Services.', []],
    ['es', 'Lambda no alquila capacidad de cómputo a Amazon Web Services.', []],
    // A negation in a relative clause about something else leaves the contract.
    [
      'en',
      "Lambda rents GPU capacity from Amazon Web Services, which does not use Lambda's software.",
      ['lambda amazon null signed'],
    ],
  ],
  // "ended without an agreement", "ont pris fin sans accord", "terminaron sin acuerdo", "terminaram sem acordo": the
  // talks failed; "without an agreement on pricing" is a detail of a signed contract.
  'talks that ended "without an agreement" are terminated': [
    [
      'en',
      'Talks in 2024 between Oracle and xAI over a roughly $10 billion deal to rent servers ended without an agreement.',
      XAI_ENDED,
    ],
    [
      'es',
      'Las conversaciones entre Oracle y xAI sobre un contrato de 10.000 millones de dólares para alquilar servidores terminaron sin acuerdo.',
      XAI_ENDED,
    ],
    [
      'pt',
      'As conversas entre a Oracle e a xAI sobre um contrato de US$ 10 bilhões para alugar servidores terminaram sem acordo.',
      XAI_ENDED,
    ],
    [
      'fr',
      'Les discussions entre Oracle et xAI sur un contrat de 10 milliards de dollars pour louer des serveurs ont pris fin sans accord.',
      XAI_ENDED,
    ],
    [
      'en',
      'Oracle signed a $10 billion contract with xAI without an agreement on pricing for later years.',
      ['xai oracle 10000000000 signed'],
    ],
  ],
  // "lease 200MW at its Lake Mariner facility in western New York to Fluidstack": the one leased to is the tenant,
  // however long the site's description between; a question before ("Who supplies the hardware?") lends no verb.
  'a site leased "to" a tenant past a long description keeps its roles': [
    [
      'en',
      'TeraWulf agreed to lease 200MW at its Lake Mariner facility in western New York to Fluidstack in a 10-year deal worth about $3.7 billion.',
      TERAWULF_LEASE,
    ],
    [
      'fr',
      "TeraWulf louera 200 MW de son site de Lake Mariner, dans l'ouest de l'État de New York, à Fluidstack pour environ 3,7 milliards de dollars sur dix ans.",
      TERAWULF_LEASE,
    ],
    [
      'es',
      'TeraWulf alquilará 200 MW de su campus de Lake Mariner, en el oeste del estado de Nueva York, a Fluidstack por unos 3.700 millones de dólares.',
      TERAWULF_LEASE,
    ],
    // "according to the Hut 8 team": a "to" that gives nothing.
    [
      'en',
      'The lease signed with Fluidstack covers 245 MW at the River Bend campus in Louisiana for 15 years and about $7 billion, according to the Hut 8 team.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'fr',
      'Qui fournit le matériel ? IREN achètera les GPU et les équipements associés à Dell Technologies pour environ 5,8 milliards de dollars.',
      ['iren dell 5800000000 signed hardware'],
    ],
  ],
  // "A settembre ha firmato con CoreWeave un contratto da 14,2 miliardi …, e a novembre un'intesa da 3 miliardi con
  // Nebius": the subject Italian, Spanish and Portuguese leave unsaid signs both.
  'a sentence with its subject left unsaid signs its "with" objects for the article\'s subject': [
    [
      'it',
      'Meta ha accelerato sugli acquisti di capacità. A settembre ha firmato con CoreWeave un contratto da 14,2 miliardi di dollari fino al 2031, e a novembre un accordo da 3 miliardi con Nebius.',
      META_BOTH,
      'Meta punta sul cloud',
    ],
    [
      'es',
      'Meta ha acelerado sus compras de capacidad. En septiembre firmó con CoreWeave un contrato de 14.200 millones de dólares hasta 2031 y en noviembre otro de 3.000 millones con Nebius.',
      META_BOTH,
      'Meta apuesta por la nube',
    ],
    [
      'pt',
      'A Meta acelerou as compras de capacidade. Em setembro assinou com a CoreWeave um contrato de US$ 14,2 bilhões até 2031 e em novembro outro de US$ 3 bilhões com a Nebius.',
      META_BOTH,
      'Meta aposta na nuvem',
    ],
    // The article's subject a seller: the unsaid subject sells to each "with" object.
    [
      'pt',
      'A CoreWeave acelerou as vendas. Em setembro assinou com a Meta um contrato de US$ 14,2 bilhões e em novembro outro de US$ 6,5 bilhões com a OpenAI.',
      ['meta coreweave 14200000000 signed', 'openai coreweave 6500000000'],
      'CoreWeave cresce',
    ],
  ],
  // "Intrator … addressed the tie-up with Poolside, saying CoreWeave would supply …", "affirmant que", "diciendo que",
  // "dicendo che": the company's own word, no hearsay; an analyst's or a newspaper's "saying" stays hearsay.
  'a party\'s own ", saying … would supply" is a signed contract': [
    [
      'en',
      'CoreWeave chief executive Michael Intrator addressed the tie-up with Poolside, saying CoreWeave would supply a cluster of more than 40,000 GB300 chips.',
      POOLSIDE_OWN,
    ],
    [
      'fr',
      "Le patron de CoreWeave, Michael Intrator, est revenu sur l'accord avec Poolside, affirmant que CoreWeave fournirait un cluster de plus de 40 000 puces GB300.",
      POOLSIDE_OWN,
    ],
    [
      'es',
      'El consejero delegado de CoreWeave, Michael Intrator, se refirió al acuerdo con Poolside, diciendo que CoreWeave suministraría un clúster de más de 40.000 chips GB300.',
      POOLSIDE_OWN,
    ],
    [
      'it',
      "Il numero uno di CoreWeave, Michael Intrator, ha parlato dell'intesa con Poolside, dicendo che CoreWeave fornirebbe un cluster di oltre 40.000 chip GB300.",
      POOLSIDE_OWN,
    ],
    [
      'en',
      'Bloomberg reported the talks on Friday, saying CoreWeave would supply Poolside with a cluster of 40,000 chips.',
      ['poolside coreweave null reported'],
    ],
  ],
  // "un nuovo contratto per altri 150 MW", "por otros 150 MW", "para mais 150 MW": more megawatts of one site, an
  // expansion, as "an additional 150 MW" and "weitere 150 MW" are; not a second figure of one new contract.
  'a new lease for "altri", "otros", "mais" megawatts expands the pair\'s lease': [
    [
      'it',
      'Applied Digital ha firmato con CoreWeave un nuovo contratto di locazione per altri 150 MW, per circa 4 miliardi di dollari.',
      APPLIED_MORE,
    ],
    [
      'es',
      'Applied Digital firmó con CoreWeave un nuevo contrato de arrendamiento por otros 150 MW, por unos 4.000 millones de dólares.',
      APPLIED_MORE,
    ],
    [
      'pt',
      'A Applied Digital assinou com a CoreWeave um novo contrato de arrendamento para mais 150 MW, por cerca de US$ 4 bilhões.',
      APPLIED_MORE,
    ],
    [
      'es',
      'Applied Digital firmó con CoreWeave un contrato de 15 años para un campus de 200 MW y otros 100 MW de expansión futura, por 7.000 millones de dólares.',
      ['coreweave applied-digital 7000000000 signed'],
    ],
  ],
  // "The Redmond, Washington-based company", "le géant de Santa Clara", "il colosso di Seattle": a company named by its
  // home town; a startup from that town is no giant.
  'a company named by its home town is a party': [
    [
      'en',
      'IREN signed a $9.7 billion contract with Microsoft. The Redmond, Washington-based company signed a $17.4 billion deal with Nebius in September.',
      ['microsoft iren 9700000000 signed', 'microsoft nebius 17400000000 signed'],
      'Microsoft and its neoclouds',
    ],
    [
      'fr',
      'OpenAI a signé un contrat de 38 milliards de dollars avec le géant de Seattle pour des serveurs Nvidia.',
      ['openai amazon 38000000000 signed'],
    ],
    [
      'it',
      'OpenAI ha firmato con il colosso di Seattle un contratto da 38 miliardi di dollari per server Nvidia.',
      ['openai amazon 38000000000 signed'],
    ],
    [
      'de',
      'Lambda hat mit dem Konzern aus Santa Clara einen Mietvertrag über 1,5 Mrd. Dollar unterzeichnet.',
      ['nvidia lambda 1500000000 signed'],
    ],
    // A startup of the town is not its giant.
    ['en', 'OpenAI signed a $38 billion contract with a Seattle-based startup for Nvidia servers.', []],
  ],
  // "Oracle, under a contract …; CoreWeave, whose agreements …; and Google Cloud, which …": the heads of a semicolon
  // list's items (each a seller of the buyer the question names) are never each other's counterparty.
  "the heads of a semicolon list's items are no pair": [
    [
      'en',
      'Oracle, under a contract the Wall Street Journal has reported at about $300 billion over five years; CoreWeave, whose agreements total about $22.4 billion; and Google Cloud, which it began using this year.',
      [],
      'Who else does OpenAI buy computing from?',
    ],
    [
      'fr',
      'Oracle, avec un contrat estimé à 300 milliards de dollars ; CoreWeave, dont les accords totalisent 22,4 milliards ; et Google Cloud, utilisé depuis cette année.',
      [],
      'À qui OpenAI achète-t-il encore du calcul ?',
    ],
    [
      'es',
      'Oracle, con un contrato estimado en 300.000 millones de dólares; CoreWeave, cuyos acuerdos suman 22.400 millones; y Google Cloud, que usa desde este año.',
      [],
      '¿A quién más compra OpenAI capacidad de cómputo?',
    ],
    // Two clauses, each with its own subject and deal, joined by a semicolon: both deals stand.
    [
      'en',
      'Meta signed a $14.2 billion contract with CoreWeave; Nebius, the Dutch neocloud, signed a $3 billion deal with Meta.',
      ['meta coreweave 14200000000 signed', 'meta nebius 3000000000 signed'],
    ],
  ],
});
