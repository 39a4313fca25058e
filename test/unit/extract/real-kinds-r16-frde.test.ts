import { eachKind, type Family } from './mention-cases';

/**
 * "La frénésie d'investissements dans l'IA ne faiblit pas : OpenAI s'allie à AWS", "The AI investment frenzy goes
 * on", "Der Investitionsrausch hält an", "la fiebre inversora", "la corsa agli investimenti": a boom of the market
 * told as the frame of a deal is no investment; the contract told next keeps its value. Money put into a company
 * beside such a frame stays an investment.
 */
const INVESTMENT_BOOM_FRAME: Family[] = [
  [
    'fr',
    "La frénésie d'investissements dans l'IA ne faiblit pas : OpenAI s'allie cette fois à AWS. Les deux entreprises ont conclu un partenariat pluriannuel d'une valeur de 38 milliards de dollars pour de la capacité de calcul.",
    ['openai amazon 38000000000 signed gpu_cloud'],
  ],
  [
    'en',
    'The AI investment frenzy shows no sign of slowing: OpenAI signed a $38 billion cloud computing contract with AWS.',
    ['openai amazon 38000000000 signed gpu_cloud'],
  ],
  [
    'de',
    'Der Investitionsrausch bei KI hält an: Microsoft hat mit Nebius einen Vertrag über GPU-Kapazität im Wert von 17,4 Milliarden Dollar geschlossen.',
    ['microsoft nebius 17400000000 signed gpu_cloud'],
  ],
  [
    'es',
    'La fiebre inversora en IA no se detiene: Meta firmó con CoreWeave un contrato de capacidad de cómputo de 14.200 millones de dólares.',
    ['meta coreweave 14200000000 signed gpu_cloud'],
  ],
  [
    'it',
    "La corsa agli investimenti nell'IA non rallenta: Microsoft ha firmato con Nscale un contratto di capacità cloud da 14 miliardi di dollari.",
    ['microsoft nscale 14000000000 signed gpu_cloud'],
  ],
  // Money put into a company, told inside the same frame, stays an investment.
  [
    'fr',
    "La frénésie d'investissements continue : Nvidia investira jusqu'à 100 milliards de dollars dans OpenAI pour financer ses centres de données.",
    [],
  ],
  [
    'en',
    'Amid the AI investment boom, Microsoft invested $5 billion in Anthropic, which will spend it on compute.',
    [],
  ],
  ['de', 'Im KI-Investitionsrausch steigt Nvidia mit bis zu 10 Milliarden Dollar bei Anthropic ein.', []],
];

/**
 * "Der Deal katapultiert Oracle auf einen neuen Wachstumspfad: Das Cloud-Geschäft des Konzerns erzielte … 10,3
 * Milliarden Dollar Umsatz": a contract named in a lead-in before a colon does not make the company's results told
 * after it the contract's revenue; the deal told before stays, without that figure.
 */
const RESULTS_AFTER_A_DEAL_LEAD_IN: Family[] = [
  [
    'de',
    'OpenAI hat mit Oracle einen Cloud-Vertrag über 4,5 Gigawatt Rechenleistung abgeschlossen. Der Deal katapultiert Oracle auf einen neuen Wachstumspfad: Das Cloud-Geschäft des Konzerns erzielte im Geschäftsjahr 2025 nur 10,3 Milliarden Dollar Umsatz.',
    ['openai oracle null signed gpu_cloud'],
  ],
  [
    'fr',
    "Microsoft a signé un contrat de capacité GPU avec Nebius. L'accord change la donne pour Nebius : le groupe a réalisé un chiffre d'affaires de 530 millions de dollars en 2025.",
    ['microsoft nebius null signed gpu_cloud'],
  ],
  [
    'en',
    "Meta signed a cloud capacity contract with CoreWeave. The deal lifts CoreWeave's outlook: the company posted revenue of $1.2 billion in the quarter.",
    ['meta coreweave null signed gpu_cloud'],
  ],
  // Results with no deal told stay silent.
  [
    'de',
    'Nebius wächst: Der Konzern erzielte mit seinen Cloud-Verträgen im Jahr 2025 einen Umsatz von 530 Millionen Dollar.',
    [],
  ],
  [
    'fr',
    "Nebius accélère : le groupe a réalisé grâce à ses contrats cloud un chiffre d'affaires de 530 millions de dollars.",
    [],
  ],
];

/**
 * A capacity contract concluded without an amount, told with the verbs and size words the French press uses ("vient
 * de conclure un accord majeur avec CoreWeave, un fournisseur de services cloud", "scelle un accord pluriannuel de
 * services cloud avec") and the German "einen Cloud-Vertrag … geschlossen": a deal, signed, without a value.
 * Contracts with unnamed customers stay silent.
 */
const VALUELESS_DEAL_WORDS: Family[] = [
  [
    'fr',
    "OpenAI vient de conclure un accord majeur avec CoreWeave, un fournisseur de services cloud spécialisé dans l'IA.",
    ['openai coreweave null signed gpu_cloud'],
  ],
  [
    'fr',
    'Anthropic scelle un accord pluriannuel de capacité de calcul avec Google Cloud.',
    ['anthropic alphabet null signed gpu_cloud'],
  ],
  [
    'de',
    'Meta hat mit Nebius einen Cloud-Vertrag über KI-Rechenleistung geschlossen.',
    ['meta nebius null signed'],
  ],
  ['en', 'Microsoft inked a compute capacity deal with Lambda.', ['microsoft lambda null signed gpu_cloud']],
  ['fr', 'Le spécialiste du cloud vient de conclure un accord majeur avec plusieurs clients européens.', []],
  ['de', 'Nebius hat Cloud-Verträge mit mehreren Kunden geschlossen.', []],
];

/**
 * "CoreWeave → Partie de l'allocation de 33 milliards de dollars pour le néocloud", "Teil der Zuweisung von 33
 * Milliarden Dollar", "part of the allocation of $33 billion": a share of a budget named by its noun is no
 * contract's value; the contract stays, without one. A contract's own value beside such words is kept.
 */
const PART_OF_AN_ALLOCATION: Family[] = [
  [
    'fr',
    "Microsoft loue de la capacité GPU à CoreWeave, dans le cadre d'un contrat qui représente une partie de l'allocation de 33 milliards de dollars destinée aux néoclouds.",
    ['microsoft coreweave null'],
  ],
  [
    'de',
    'Microsoft mietet GPU-Kapazität bei CoreWeave; der Vertrag ist Teil der Zuweisung von 33 Milliarden Dollar für Neoclouds.',
    ['microsoft coreweave null'],
  ],
  [
    'en',
    'Microsoft rents GPU capacity from CoreWeave under a contract that is part of the allocation of $33 billion set aside for neoclouds.',
    ['microsoft coreweave null'],
  ],
  [
    'fr',
    'Microsoft a signé avec Nebius un contrat de capacité GPU de 17,4 milliards de dollars, la plus grande partie de ses locations.',
    ['microsoft nebius 17400000000 signed gpu_cloud'],
  ],
  ['de', 'Ein Teil der Zuweisung von 33 Milliarden Dollar für Neoclouds ist noch nicht vergeben.', []],
];

eachKind(
  {
    'part of an allocation': PART_OF_AN_ALLOCATION,
    'investment boom as a frame': INVESTMENT_BOOM_FRAME,
    'results after a deal lead-in': RESULTS_AFTER_A_DEAL_LEAD_IN,
    'valueless deal words': VALUELESS_DEAL_WORDS,
  },
  true,
);
