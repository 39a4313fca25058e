import { eachKind, type Family } from './mention-cases';

/**
 * A data-centre operator bought by a consortium ("will den Betreiber übernehmen", "den kompletten Erwerb von
 * Aligned", "rachète l'opérateur", "agreed to buy data center operator Aligned"): the price is a company's, no
 * capacity contract's, and the consortium's members are no tenants. Buying capacity or GPUs stays a deal.
 */
const OPERATOR_BOUGHT: Family[] = [
  [
    'de',
    'Ein Konsortium um BlackRock, Nvidia und Microsoft will den Rechenzentrumsbetreiber Aligned Data Centers für 40 Milliarden Dollar übernehmen.',
    [],
  ],
  [
    'de',
    'Am Mittwoch verkündete die AIP mit Microsoft und Nvidia den kompletten Erwerb von Aligned Data Centers für 40 Milliarden Dollar.',
    [],
  ],
  [
    'de',
    'Investoren um Microsoft und Nvidia kaufen den Rechenzentrumsanbieter Aligned für rund 40 Milliarden Dollar.',
    [],
  ],
  [
    'de',
    'Blackrock und Nvidia haben den Rechenzentrumsbetreiber Aligned mit Microsoft für 40 Milliarden Dollar übernommen.',
    [],
  ],
  [
    'fr',
    "Un consortium mené par BlackRock, Nvidia et Microsoft rachète l'opérateur Aligned Data Centers pour 40 milliards de dollars.",
    [],
  ],
  [
    'en',
    'A consortium including Microsoft and Nvidia agreed to buy data center operator Aligned for $40 billion.',
    [],
  ],
  [
    'de',
    'Microsoft mietet für 40 Milliarden Dollar Rechenkapazität bei Aligned Data Centers.',
    ['microsoft aligned 40000000000 signed'],
  ],
  [
    'de',
    'Microsoft sichert sich für 9,7 Milliarden Dollar Rechenkapazität bei IREN, der Erwerb von GPUs ist Sache von IREN.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'en',
    'Microsoft will buy cloud capacity from data center operator Nebius for $17.4 billion.',
    ['microsoft nebius 17400000000 signed'],
  ],
];

/**
 * The press conditional on the deal's own verb or figure ("Meta signerait", "le contrat vaudrait", "s'élèverait à",
 * "soll … abgeschlossen haben", "firmaría", "firmerebbe") is the paper's hedge: reported. A company's own
 * conditional ("a indiqué qu'il verserait") and the future ("fournira") stay signed.
 */
const PRESS_CONDITIONAL: Family[] = [
  [
    'fr',
    'Meta signerait un deal cloud de 10 milliards de dollars avec Google',
    ['meta alphabet 10000000000 reported'],
  ],
  [
    'fr',
    'Le contrat de cloud entre Microsoft et Nebius vaudrait 17,4 milliards de dollars.',
    ['microsoft nebius 17400000000 reported'],
  ],
  [
    'fr',
    "Le contrat de cloud conclu entre Meta et Google s'élèverait à plus de 10 milliards de dollars sur six ans.",
    ['meta alphabet 10000000000 reported'],
  ],
  [
    'fr',
    "Google a conclu un accord de cloud de six ans avec Meta d'une valeur de plus de 10 milliards de dollars, rapportent deux journaux américains.",
    ['meta alphabet 10000000000 reported'],
  ],
  [
    'de',
    'Meta soll einen Cloud-Vertrag über 10 Milliarden Dollar mit Google abgeschlossen haben.',
    ['meta alphabet 10000000000 reported'],
  ],
  [
    'es',
    'Meta firmaría un acuerdo de nube de 10.000 millones de dólares con Google Cloud.',
    ['meta alphabet 10000000000 reported'],
  ],
  [
    'it',
    'Meta firmerebbe un accordo cloud da 10 miliardi di dollari con Google Cloud.',
    ['meta alphabet 10000000000 reported'],
  ],
  [
    'fr',
    "Microsoft a indiqué qu'il verserait 9,7 milliards de dollars à IREN dans le cadre d'un contrat cloud de cinq ans.",
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'fr',
    'Microsoft a signé un contrat de 9,7 milliards de dollars avec IREN, qui fournira des GPU Nvidia dès 2026.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'de',
    'Meta hat einen Cloud-Vertrag über 10 Milliarden Dollar mit Google abgeschlossen; die Laufzeit soll sechs Jahre betragen.',
    ['meta alphabet 10000000000 signed'],
  ],
  ['en', 'Meta signed a $10 billion cloud deal with Google Cloud.', ['meta alphabet 10000000000 signed']],
];

/**
 * The buyer's own assets growing through a new contract ("étend ses actifs d'IA avec un accord", "erweitert seine
 * KI-Kapazitäten mit einem Vertrag", "expands its AI footprint with a deal") tell a new contract, signed; a contract
 * that grows ("a étendu son contrat avec Nebius", "Vertrag … erweitert") stays expanded.
 */
const OWN_ASSETS_GROW: Family[] = [
  [
    'fr',
    "Microsoft étend considérablement ses actifs d'IA avec un accord pour 19,4 milliards de dollars avec le fournisseur de centres de données Nebius.",
    ['microsoft nebius 19400000000 signed'],
  ],
  [
    'de',
    'Microsoft erweitert seine KI-Kapazitäten mit einem Vertrag über 19,4 Milliarden Dollar mit Nebius.',
    ['microsoft nebius 19400000000 signed'],
  ],
  [
    'en',
    'Microsoft expands its AI footprint with a $19.4 billion deal with Nebius.',
    ['microsoft nebius 19400000000 signed'],
  ],
  [
    'es',
    'Meta amplía su capacidad de cómputo con un contrato de 3.000 millones de dólares con Nebius.',
    ['meta nebius 3000000000 signed'],
  ],
  [
    'it',
    'Meta espande la sua capacità di calcolo con un contratto da 3 miliardi di dollari con Nebius.',
    ['meta nebius 3000000000 signed'],
  ],
  [
    'pt',
    'A Meta amplia a sua capacidade de computação com um contrato de 3 bilhões de dólares com a Nebius.',
    ['meta nebius 3000000000 signed'],
  ],
  [
    'de',
    'Meta hat ihren Vertrag mit Nebius um 1 Milliarde Dollar erweitert.',
    ['meta nebius 1000000000 expanded'],
  ],
  [
    'fr',
    'Microsoft a étendu son contrat avec Nebius de 2 milliards de dollars, portant le total à 19,4 milliards.',
    ['microsoft nebius 2000000000 expanded'],
  ],
];

/**
 * The GPUs a cloud contract gives access to, told as a purchase from their maker with the contract's own amount
 * ("Microsoft achète 100 000 GPU Nvidia d'une valeur de 19,4 milliards" beside "un accord pour 19,4 milliards avec
 * Nebius"): one contract, the cloud's. A purchase with an amount of its own (IREN's from Dell) stays.
 */
const GOODS_OF_CAPACITY: Family[] = [
  [
    'fr',
    "Microsoft achète plus de 100 000 GPU Nvidia GB300 d'une valeur de 19,4 milliards de dollars pour ses équipes internes. Microsoft a conclu un accord pour 19,4 milliards de dollars avec le fournisseur de centres de données Nebius.",
    ['microsoft nebius 19400000000 signed gpu_cloud'],
  ],
  [
    'en',
    'Microsoft buys more than 100,000 Nvidia GB300 GPUs worth $19.4 billion for its in-house AI teams. Microsoft signed a $19.4 billion agreement with data center provider Nebius.',
    ['microsoft nebius 19400000000 signed gpu_cloud'],
  ],
  [
    'de',
    'Microsoft kauft mehr als 100.000 Nvidia-GPUs vom Typ GB300 im Wert von 19,4 Milliarden Dollar. Microsoft hat mit dem Rechenzentrumsanbieter Nebius einen Vertrag über 19,4 Milliarden Dollar geschlossen.',
    ['microsoft nebius 19400000000 signed gpu_cloud'],
  ],
  [
    'es',
    'Microsoft compra más de 100.000 GPU Nvidia GB300 por valor de 19.400 millones de dólares. Microsoft firmó con el proveedor de centros de datos Nebius un acuerdo de 19.400 millones de dólares.',
    ['microsoft nebius 19400000000 signed gpu_cloud'],
  ],
  [
    'de',
    'Oracle kauft Nvidia-Chips für 40 Milliarden Dollar. OpenAI mietet bei Oracle Rechenkapazität für 30 Milliarden Dollar pro Jahr.',
    ['oracle nvidia 40000000000 signed hardware', 'openai oracle'],
  ],
];

/**
 * A stake taken in a participle beside the deal ("avec Google prenant une participation de 8 %", "with Google taking
 * an 8% stake", "Google erhält eine Beteiligung von 8 %"): a shareholder, no party of the hosting contract.
 */
const STAKE_PARTICIPLE: Family[] = [
  [
    'fr',
    "TeraWulf bondit de 22 % suite à un accord d'hébergement IA de 3,7 milliards de dollars, avec Google prenant une participation de 8 %",
    [],
  ],
  ['en', 'TeraWulf jumps 22% on a $3.7 billion AI hosting deal, with Google taking an 8% stake', []],
  [
    'de',
    'TeraWulf springt um 22 % nach einem KI-Hosting-Deal über 3,7 Milliarden Dollar, Google erhält eine Beteiligung von 8 %.',
    [],
  ],
  [
    'fr',
    "TeraWulf a signé avec Fluidstack un accord d'hébergement de 3,7 milliards de dollars, Google prenant une participation de 8 % dans TeraWulf.",
    ['fluidstack terawulf 3700000000 signed datacenter_lease'],
  ],
];

/**
 * A joint venture's name used as its project's or site's ("Start von Stargate UK", "le lancement de Stargate
 * Norvège", "the launch of Stargate UK"): no party. The venture signing in its own name stays one.
 */
const PROJECT_NAME: Family[] = [
  ['de', 'Parallel kündigte OpenAI den Start von Stargate UK in Kooperation mit Nscale und Nvidia an.', []],
  [
    'fr',
    'OpenAI a annoncé le lancement de Stargate Norvège avec Nscale et Aker, pour une première phase de 230 mégawatts et 100 000 GPU.',
    [],
  ],
  ['en', 'OpenAI announced the launch of Stargate UK with Nscale and Nvidia, starting with 8,000 GPUs.', []],
  [
    'fr',
    "OpenAI signe un deal de 300 milliards de dollars avec Oracle pour de la puissance de calcul. Cet accord, qui prendra effet en 2027, s'inscrit dans le cadre du projet Stargate, une initiative conjointe d'Oracle, SoftBank et de l'administration Trump visant à construire des centres de données.",
    ['openai oracle 300000000000 signed'],
  ],
  [
    'en',
    'Stargate is a joint venture of OpenAI, Oracle and SoftBank that plans to spend $500 billion on data centers.',
    [],
  ],
  [
    'de',
    'Stargate ist ein Konsortium von OpenAI, Oracle und SoftBank, das 500 Milliarden Dollar in Rechenzentren stecken will.',
    [],
  ],
  [
    'en',
    'Stargate signed a $7 billion lease with Crusoe for the Abilene campus.',
    ['stargate crusoe 7000000000 signed'],
  ],
];

/**
 * A co-participant named right after "aux côtés de", "alongside", "an der Seite von" is a partner in the venture, no
 * party of the amount beside it; the deal's own pair stays.
 */
const ALONGSIDE_PARTNER: Family[] = [
  [
    'fr',
    "D'un pacte de 300 milliards de dollars avec Oracle au projet Stargate de 500 milliards de dollars aux côtés de SoftBank, OpenAI est en frénésie de dépenses.",
    ['openai oracle 300000000000'],
  ],
  [
    'en',
    'From a $300 billion pact with Oracle to the $500 billion Stargate project alongside SoftBank, OpenAI keeps spending.',
    [],
  ],
  [
    'de',
    'Vom 300-Milliarden-Dollar-Pakt mit Oracle bis zum Stargate-Projekt an der Seite von SoftBank: OpenAI gibt weiter Geld aus.',
    [],
  ],
  [
    'fr',
    'Microsoft a signé un contrat de 9,7 milliards de dollars avec IREN, aux côtés de Dell qui fournit les serveurs.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'fr',
    "Nscale, aux côtés d'Aker, a signé avec Microsoft un contrat de 6,2 milliards de dollars.",
    ['microsoft nscale 6200000000 signed'],
  ],
];

/**
 * A buyer's commitments to a plural of sellers ("auprès d'autres néoclouds comme CoreWeave ou Lambda", "an andere
 * Neoclouds wie", "to other neoclouds such as"): one amount over several contracts, no pair's value.
 */
const PLURAL_OF_SELLERS: Family[] = [
  [
    'fr',
    "Le contrat lui donne accès à environ 100 000 GPU Nvidia GB300. À titre de comparaison, les engagements de Microsoft auprès d'autres néoclouds comme CoreWeave ou Lambda atteignaient jusqu'ici 13 milliards de dollars au total.",
    [],
  ],
  [
    'de',
    'Der Vertrag mit Nebius sichert Microsoft rund 100.000 GPUs. Zum Vergleich: Die Zusagen von Microsoft an andere Neoclouds wie CoreWeave oder Lambda summierten sich bisher auf 13 Milliarden Dollar.',
    ['microsoft nebius null'],
  ],
  [
    'en',
    "The contract gives Microsoft about 100,000 GPUs from Nebius. For comparison, Microsoft's commitments to other neoclouds such as CoreWeave or Lambda had reached $13 billion.",
    ['microsoft nebius null'],
  ],
  [
    'it',
    'Per confronto, gli impegni di Microsoft verso altri neocloud come CoreWeave o Lambda arrivavano finora a 13 miliardi di dollari. Il contratto con Nebius dà a Microsoft circa 100.000 GPU.',
    ['microsoft nebius null'],
  ],
  [
    'fr',
    'Microsoft a signé avec Nebius un contrat de 17,4 milliards de dollars. Le contrat court jusqu’en 2031.',
    ['microsoft nebius 17400000000 signed'],
  ],
];

const KINDS: Record<string, Family[]> = {
  'a data-centre operator bought is no capacity contract': OPERATOR_BOUGHT,
  "the press conditional on the deal's verb or figure makes it reported": PRESS_CONDITIONAL,
  "the buyer's own assets growing through a new contract is no expansion": OWN_ASSETS_GROW,
  "a cloud contract's GPUs told as a purchase from their maker are the cloud's contract": GOODS_OF_CAPACITY,
  'a stake taken in a participle beside the deal is no party': STAKE_PARTICIPLE,
  "a joint venture's name used as its project's is no party": PROJECT_NAME,
  "commitments to a plural of sellers are a sum, no pair's value": PLURAL_OF_SELLERS,
  'a co-participant named "alongside" is no party of the amount': ALONGSIDE_PARTNER,
};

eachKind(KINDS);
