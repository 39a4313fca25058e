import { eachKind, type Family } from './mention-cases';

/**
 * "Amazon Web Services rafle un contrat de 38 milliards chez OpenAI": a contract won "chez" / "bei" a company was
 * awarded by it (it buys), whatever the headline's word order; "rafle", "empoche" win contracts as "décroche" does.
 * Capacity secured "chez" a company is bought from it (it sells).
 */
const CONTRACT_WON_AT: Family[] = [
  [
    'fr',
    'Amazon Web Services rafle un contrat de 38 milliards de dollars chez OpenAI.',
    ['openai amazon 38000000000 signed gpu_cloud'],
  ],
  [
    'fr',
    'CoreWeave empoche un contrat de 14,2 milliards de dollars chez Meta.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'fr',
    'Nebius décroche chez Microsoft un contrat de 17,4 milliards de dollars.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'de',
    'Nscale gewinnt bei Microsoft einen Auftrag über 14 Milliarden Dollar.',
    ['microsoft nscale 14000000000 signed'],
  ],
  [
    'de',
    'CoreWeave ergattert bei Meta einen Großauftrag über 14,2 Milliarden Dollar.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'de',
    'Microsoft sichert sich bei IREN Rechenkapazität für 9,7 Milliarden Dollar.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'fr',
    'Microsoft décroche de la capacité GPU chez IREN pour 9,7 milliards de dollars.',
    ['microsoft iren 9700000000 signed'],
  ],
  ['en', 'CoreWeave won a $14.2 billion contract from Meta.', ['meta coreweave 14200000000 signed']],
  // A stake taken "chez" a company is no contract.
  ['fr', 'Nvidia rafle une participation de 2 milliards de dollars chez CoreWeave.', []],
  ['de', 'Nvidia sichert sich bei CoreWeave eine Beteiligung über 2 Milliarden Dollar.', []],
];

/**
 * "des puces Nvidia hébergées dans les centres de données d'AWS": machines hosted IN a company's data centres name
 * that company as the host (it sells); only "héberge les serveurs de Fluidstack" names the machines' owner (the
 * tenant, who buys).
 */
const HOSTED_IN_PLACE: Family[] = [
  [
    'fr',
    "OpenAI signe un contrat de 38 milliards de dollars avec Amazon Web Services. Aux termes de l'accord, OpenAI aura accès à des centaines de milliers de puces Nvidia hébergées dans les centres de données d'AWS.",
    ['openai amazon 38000000000 signed gpu_cloud'],
  ],
  [
    'de',
    'OpenAI unterzeichnet einen Vertrag über 38 Milliarden Dollar mit Amazon Web Services. Damit erhält OpenAI Zugriff auf Hunderttausende Nvidia-Chips, die in den Rechenzentren von AWS gehostet werden.',
    ['openai amazon 38000000000 signed gpu_cloud'],
  ],
  [
    'es',
    'OpenAI firma un contrato de 38.000 millones de dólares con Amazon Web Services. OpenAI tendrá acceso a cientos de miles de chips de Nvidia alojados en los centros de datos de AWS.',
    ['openai amazon 38000000000 signed gpu_cloud'],
  ],
  [
    'it',
    'OpenAI firma un contratto da 38 miliardi di dollari con Amazon Web Services. OpenAI avrà accesso a centinaia di migliaia di chip Nvidia ospitati nei data center di AWS.',
    ['openai amazon 38000000000 signed gpu_cloud'],
  ],
  [
    'de',
    'TeraWulf beherbergt die KI-Cluster von Fluidstack in Lake Mariner, die Mietverträge über zehn Jahre sind rund 3,7 Milliarden Dollar wert.',
    ['fluidstack terawulf 3700000000 signed datacenter_lease'],
  ],
  [
    'pt',
    'A Cipher vai alojar os servidores da Fluidstack em Barber Lake, num contrato de 3 mil milhões de dólares.',
    ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
  ],
  // Chips hosted in a data centre, no contract: silent.
  ['fr', "Les puces Nvidia sont hébergées dans les centres de données d'AWS en Virginie.", []],
];

/**
 * "Lambda a décroché un accord « de plusieurs milliards de dollars » avec Microsoft": a GPU cloud named as a party is
 * itself the word that tells the deal is about compute (as CoreWeave or Nebius already were), so its sentence is
 * read though no "capacité" or "GPU" stands near; an unrelated Italian utility or AWS's Lambda product is not.
 */
const SELLER_NAME_AS_COMPUTE_WORD: Family[] = [
  [
    'fr',
    'Le même jour, Lambda a décroché un accord « de plusieurs milliards de dollars » avec Microsoft, sans plus de précisions.',
    ['microsoft lambda null signed gpu_cloud'],
  ],
  [
    'de',
    'Lambda hat eine Vereinbarung „im Wert von mehreren Milliarden Dollar“ mit Microsoft geschlossen.',
    ['microsoft lambda null signed'],
  ],
  ['en', 'Lambda signed a "multibillion-dollar" agreement with Microsoft.', ['microsoft lambda null signed']],
  [
    'es',
    'Lambda firmó un acuerdo «de varios miles de millones de dólares» con Microsoft.',
    ['microsoft lambda null signed'],
  ],
  [
    'fr',
    'IREN a signé un accord de 1,5 milliard de dollars avec Microsoft.',
    ['microsoft iren 1500000000 signed'],
  ],
  ['it', 'Iren firma un accordo da 1 miliardo di euro con Enel per la rete elettrica di Torino.', []],
  ['fr', 'AWS Lambda a coûté 2 milliards de dollars à Microsoft selon les analystes.', []],
];

/**
 * "…, ont indiqué des personnes proches du dossier", "…, dijeron personas cercanas al asunto": the attribution told
 * after the fact makes the deal a report, though "ont indiqué" alone is a company's own word; "proche de ses
 * clients" said of the company is no source.
 */
const SOURCE_AFTER_THE_FACT: Family[] = [
  [
    'fr',
    "OpenAI a signé un contrat avec Oracle pour l'achat de 300 milliards de dollars de puissance de calcul sur environ cinq ans, ont indiqué des personnes proches du dossier.",
    ['openai oracle 300000000000 reported'],
  ],
  [
    'fr',
    'Meta a signé un contrat de 14 milliards de dollars avec CoreWeave, a indiqué une source au fait des discussions.',
    ['meta coreweave 14000000000 reported'],
  ],
  [
    'es',
    'OpenAI firmó un contrato con Oracle para comprar 300.000 millones de dólares en capacidad de cómputo, dijeron personas cercanas al asunto.',
    ['openai oracle 300000000000 reported'],
  ],
  [
    'pt',
    'A OpenAI assinou um contrato com a Oracle de 300 mil milhões de dólares em capacidade de computação, disseram pessoas próximas do processo.',
    ['openai oracle 300000000000 reported'],
  ],
  [
    'de',
    'OpenAI hat mit Oracle einen Vertrag über 300 Milliarden Dollar für Rechenleistung unterzeichnet, sagten mit der Sache vertraute Personen.',
    ['openai oracle 300000000000 reported'],
  ],
  [
    'fr',
    'Meta a signé un contrat de 14 milliards de dollars avec CoreWeave, a précisé la société, proche de ses clients.',
    ['meta coreweave 14000000000 signed'],
  ],
  // A stake sourced the same way is still no contract.
  [
    'fr',
    'Des personnes proches du dossier ont indiqué que Nvidia prendrait une participation de 2 milliards de dollars dans CoreWeave.',
    [],
  ],
];

/**
 * "…, ont annoncé les deux entreprises. Le montant dépasse 10 milliards, a indiqué une source proche du dossier.": a
 * deal its parties announced stays signed when only its figure comes from an unnamed source; a newspaper named for
 * the figure keeps it reported (house convention), and a deal only sources tell is reported.
 */
const ANNOUNCED_DEAL_SOURCED_FIGURE: Family[] = [
  [
    'fr',
    "OpenAI s'est engagé à acheter jusqu'à 750 mégawatts de puissance de calcul sur trois ans au concepteur de puces Cerebras, ont annoncé mercredi les deux entreprises dans un communiqué commun. Le montant de l'accord dépasse 10 milliards de dollars sur sa durée, a indiqué une source proche du dossier.",
    ['openai cerebras 10000000000 signed'],
  ],
  [
    'en',
    'OpenAI committed to buy up to 750 megawatts of computing power over three years from chipmaker Cerebras, the two companies announced on Wednesday in a joint statement. The deal is worth more than $10 billion over its term, a person familiar with the matter said.',
    ['openai cerebras 10000000000 signed'],
  ],
  [
    'de',
    'OpenAI hat sich verpflichtet, bis zu 750 Megawatt Rechenleistung über drei Jahre von Cerebras zu kaufen, teilten beide Unternehmen mit. Der Wert der Vereinbarung liegt bei über 10 Milliarden Dollar, sagte eine mit der Sache vertraute Person.',
    ['openai cerebras 10000000000 signed'],
  ],
  [
    'fr',
    "OpenAI s'est engagé à acheter jusqu'à 750 mégawatts de puissance de calcul à Cerebras, ont annoncé mercredi les deux entreprises. Selon le Financial Times, le contrat pourrait valoir plus de 10 milliards de dollars.",
    ['openai cerebras 10000000000 reported'],
  ],
  [
    'fr',
    "OpenAI achèterait jusqu'à 750 mégawatts de puissance de calcul à Cerebras. Le montant dépasserait 10 milliards de dollars, selon une source proche du dossier.",
    ['openai cerebras 10000000000 reported'],
  ],
  [
    'de',
    'Nvidia und CoreWeave teilten mit, dass Nvidia eine Beteiligung über 2 Milliarden Dollar an CoreWeave übernimmt. Der Preis liegt bei 87 Dollar je Aktie, sagte eine mit der Sache vertraute Person.',
    [],
  ],
];

/**
 * "Les actions des mineurs, comme Bitfarms ou Hive Digital, ont grimpé jusqu'à 12 %, tandis que Galaxy Digital a
 * profité … d'un contrat": the names of a list of stocks that moved are market news, no party of the contract the
 * sentence goes on to tell (whose counterparty it does not name: silent). A move told after the deal keeps the deal.
 */
const SHARE_MOVE_LIST: Family[] = [
  [
    'fr',
    "Les actions des sociétés de minage reconverties dans le calcul IA, comme Bitfarms ou Hive Digital, ont grimpé jusqu'à 12 %, tandis que Galaxy Digital a profité de la tendance avec un contrat majeur sur 800 MW de capacité.",
    [],
  ],
  [
    'de',
    'Die Aktien von Bitfarms und Hive Digital stiegen um bis zu 12 Prozent, während Galaxy Digital einen großen Vertrag über 800 MW Kapazität meldete.',
    [],
  ],
  [
    'en',
    'Shares of Bitfarms and Hive Digital rose as much as 12%, while Galaxy Digital gained on a major contract for 800 MW of capacity.',
    [],
  ],
  [
    'es',
    'Las acciones de Bitfarms y Hive Digital subieron hasta un 12 %, mientras que Galaxy Digital anunció un gran contrato por 800 MW de capacidad.',
    [],
  ],
  [
    'fr',
    'CoreWeave et Meta ont signé un contrat de 14 milliards de dollars, et les actions de CoreWeave ont grimpé de 12 %.',
    ['meta coreweave 14000000000 signed'],
  ],
  [
    'fr',
    'Microsoft, Nebius et Nscale ont grimpé de 3 % après que Microsoft a signé un contrat de 17,4 milliards de dollars avec Nebius.',
    ['microsoft nebius 17400000000 signed'],
  ],
];

/**
 * "Morgan Stanley schätzt, dass Alphabet und Amazon in diesem Jahr 400 Milliarden Dollar für KI-Infrastruktur
 * ausgeben werden": a period's spending is no contract, and German puts the period before the verb; a contract
 * signed "in diesem Jahr" stays one.
 */
const PERIOD_BEFORE_SPEND: Family[] = [
  [
    'de',
    'Die Nachfrage nach Rechenleistung übersteigt die Kapazität. Morgan Stanley schätzt, dass die großen Cloud-Unternehmen wie Alphabet und Amazon allein in diesem Jahr voraussichtlich 400 Milliarden US-Dollar für KI-Infrastruktur ausgeben werden.',
    [],
  ],
  [
    'en',
    'Demand for computing power already exceeds capacity. Morgan Stanley estimates that big cloud companies such as Alphabet and Amazon will spend $400 billion on AI infrastructure this year.',
    [],
  ],
  [
    'fr',
    "La demande de puissance de calcul dépasse déjà la capacité. Morgan Stanley estime que les grands groupes du cloud comme Alphabet et Amazon dépenseront 400 milliards de dollars pour l'infrastructure IA cette année.",
    [],
  ],
  [
    'de',
    'Microsoft hat in diesem Jahr einen Vertrag über 9,7 Milliarden Dollar mit IREN für Rechenkapazität geschlossen.',
    ['microsoft iren 9700000000 signed'],
  ],
];

eachKind(
  {
    'contract won at': CONTRACT_WON_AT,
    'hosted in place': HOSTED_IN_PLACE,
    'seller name as compute word': SELLER_NAME_AS_COMPUTE_WORD,
    'source after the fact': SOURCE_AFTER_THE_FACT,
    'announced deal, sourced figure': ANNOUNCED_DEAL_SOURCED_FIGURE,
    'share move list': SHARE_MOVE_LIST,
    'period before spend': PERIOD_BEFORE_SPEND,
  },
  true,
);
