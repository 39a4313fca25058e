import { eachKind, type Family } from './mention-cases';

/**
 * "der jährlich 30 Milliarden Dollar Umsatz bringen soll", "qui rapporterait chaque année 30 milliards": a rate word
 * told BEFORE the figure makes it a rate as surely as "pro Jahr" after it; the deal stays, without a value. A rate
 * word elsewhere in the sentence leaves the figure alone.
 */
const RATE_BEFORE_FIGURE: Family[] = [
  [
    'de',
    'Microsoft hat mit IREN einen Vertrag über KI-Rechenkapazität geschlossen, der jährlich 1,9 Milliarden Dollar Umsatz bringen soll.',
    ['microsoft iren null signed gpu_cloud'],
  ],
  [
    'de',
    'OpenAI schließt mit Oracle einen Cloud-Vertrag über 4,5 Gigawatt, für den das Unternehmen jährlich rund 30 Milliarden Dollar zahlen wird.',
    ['openai oracle null signed gpu_cloud'],
  ],
  [
    'fr',
    'Microsoft a signé avec Nebius un contrat de capacité GPU qui rapporterait chaque année environ 3,5 milliards de dollars.',
    ['microsoft nebius null signed gpu_cloud'],
  ],
  [
    'fr',
    'OpenAI versera annuellement près de 30 milliards de dollars à Oracle pour 4,5 gigawatts de capacité de calcul.',
    ['openai oracle null'],
  ],
  [
    'en',
    'Meta signed a cloud capacity contract with CoreWeave that will bring in annually about $2 billion.',
    ['meta coreweave null signed gpu_cloud'],
  ],
  [
    'es',
    'Microsoft firmó con Nscale un contrato de capacidad de GPU que generará anualmente unos 2.000 millones de dólares.',
    ['microsoft nscale null signed gpu_cloud'],
  ],
  // The contract's own value, with a rate word elsewhere: the value stays.
  [
    'de',
    'Microsoft hat mit Nebius einen jährlich verlängerbaren Vertrag über GPU-Kapazität im Wert von 17,4 Milliarden Dollar geschlossen.',
    ['microsoft nebius 17400000000 signed gpu_cloud'],
  ],
  [
    'fr',
    'Chaque année, Microsoft renouvelle ses capacités : cette fois il signe avec Nebius un contrat de capacité GPU de 17,4 milliards de dollars.',
    ['microsoft nebius 17400000000 signed gpu_cloud'],
  ],
  // A company's rate with no deal stays silent.
  [
    'de',
    'Oracle verkauft jährlich Cloud-Dienste im Wert von 24,5 Milliarden Dollar an alle Kunden zusammen.',
    [],
  ],
  [
    'fr',
    "Oracle vend chaque année pour 24,5 milliards de dollars de services cloud à l'ensemble de ses clients.",
    [],
  ],
];

/**
 * "avec un bénéfice d'exploitation de 2,83 milliards", "einen operativen Gewinn von", "un resultado operativo de": a
 * company's operating or gross measure in the sentence after a deal is the company's, not the deal's value (it
 * was borrowed by the valueless deal told just before).
 */
const OPERATING_MEASURE_AFTER_DEAL: Family[] = [
  [
    'fr',
    "Meta a signé un contrat avec Google Cloud pour 1 gigawatt de capacité de calcul. Au deuxième trimestre, la branche Google Cloud a dégagé un bénéfice d'exploitation de 2,83 milliards de dollars.",
    ['meta alphabet null signed gpu_cloud'],
  ],
  [
    'fr',
    "Microsoft a signé un accord avec Nebius pour 100 000 GPU de capacité cloud. Le groupe a publié un résultat d'exploitation de 1,2 milliard de dollars.",
    ['microsoft nebius null signed gpu_cloud'],
  ],
  [
    'de',
    'Meta hat mit Google Cloud einen Vertrag über 1 Gigawatt Rechenkapazität unterzeichnet. Im zweiten Quartal meldete Google Cloud einen operativen Gewinn von 2,83 Milliarden Dollar.',
    ['meta alphabet null signed gpu_cloud'],
  ],
  [
    'de',
    'Microsoft hat mit Nebius einen Vertrag über 100.000 GPUs Cloud-Kapazität geschlossen. Das Betriebsergebnis von Microsoft lag bei 32 Milliarden Dollar.',
    ['microsoft nebius null signed gpu_cloud'],
  ],
  [
    'es',
    'Meta firmó un contrato con Google Cloud por 1 GW de capacidad de cómputo. En el trimestre, Google Cloud obtuvo un resultado operativo de 2.830 millones de dólares.',
    ['meta alphabet null signed gpu_cloud'],
  ],
  [
    'en',
    'Meta signed a contract with Google Cloud for 1 gigawatt of compute capacity. Google Cloud reported a gross profit of $5 billion in the quarter.',
    ['meta alphabet null signed gpu_cloud'],
  ],
  // A results page with no deal stays silent.
  [
    'fr',
    "Google Cloud, qui loue de la capacité de calcul, a dégagé un bénéfice d'exploitation de 2,83 milliards de dollars au deuxième trimestre.",
    [],
  ],
  ['de', 'Der GPU-Cloud-Anbieter Nebius meldete ein operatives Ergebnis von 1,1 Milliarden Dollar.', []],
];

/**
 * "constituerait une partie de l'accord Stargate", "Teil des Abkommens Stargate", "part of the Stargate deal": the
 * venture's name after a deal word names the programme, not a party; the contract's buyer is the company that rents.
 */
const PROGRAMME_NAMED_BY_ITS_DEAL: Family[] = [
  [
    'fr',
    "OpenAI loue à Oracle 4,5 gigawatts de capacité de centres de données. Ce contrat de 30 milliards de dollars constituerait une partie de l'accord Stargate annoncé en janvier.",
    ['openai oracle 30000000000 signed'],
  ],
  [
    'de',
    'OpenAI mietet von Oracle 4,5 Gigawatt Rechenzentrumskapazität. Der Vertrag über 30 Milliarden Dollar ist Teil der Vereinbarung Stargate, die im Januar vorgestellt wurde.',
    ['openai oracle 30000000000 signed'],
  ],
  [
    'it',
    "OpenAI affitta da Oracle 4,5 gigawatt di capacità di data center. Il contratto da 30 miliardi di dollari è parte dell'accordo Stargate annunciato a gennaio.",
    ['openai oracle 30000000000 signed'],
  ],
  // Stargate as the tenant in its own right keeps its role.
  [
    'en',
    'Stargate LLC signed a $5 billion data center lease with Crusoe for GPU capacity.',
    ['stargate crusoe 5000000000 signed'],
  ],
  // The programme alone, with no contract, stays silent.
  [
    'fr',
    "L'accord Stargate prévoit d'investir 500 milliards de dollars dans des centres de données pour l'IA.",
    [],
  ],
];

/**
 * "Teil der 33 Milliarden Dollar", "une partie des 33 milliards", "part of the $33 billion": the figure is a total the
 * contract is one piece of; the contract stays, without a value. A contract's own value told in full stays.
 */
const PART_OF_A_TOTAL: Family[] = [
  [
    'de',
    'Microsoft hat mit CoreWeave einen Vertrag über GPU-Kapazität geschlossen, Teil der 33 Milliarden Dollar, die der Konzern Neoclouds zugesagt hat.',
    ['microsoft coreweave null signed gpu_cloud'],
  ],
  [
    'fr',
    'Microsoft a signé avec CoreWeave un contrat de capacité GPU, une partie des 33 milliards de dollars promis aux néoclouds.',
    ['microsoft coreweave null signed gpu_cloud'],
  ],
  [
    'en',
    'Microsoft signed a GPU capacity contract with CoreWeave, part of the $33 billion it has committed to neoclouds.',
    ['microsoft coreweave null signed gpu_cloud'],
  ],
  [
    'es',
    'Microsoft firmó con CoreWeave un contrato de capacidad de GPU, parte de los 33.000 millones de dólares comprometidos con los neoclouds.',
    ['microsoft coreweave null signed gpu_cloud'],
  ],
  [
    'fr',
    'Microsoft a signé avec Nebius un contrat de capacité GPU de 17,4 milliards de dollars, qui fait partie de sa stratégie néocloud.',
    ['microsoft nebius 17400000000 signed gpu_cloud'],
  ],
  // A total alone, with no contract, stays silent.
  [
    'de',
    'Die Zusagen an Neoclouds sind Teil der 80 Milliarden Dollar, die Microsoft in diesem Geschäftsjahr für Rechenzentren ausgeben will.',
    [],
  ],
  [
    'fr',
    'Les engagements envers les néoclouds font partie des 80 milliards de dollars que Microsoft dépensera cette année en centres de données.',
    [],
  ],
];

eachKind(
  {
    'rate before the figure': RATE_BEFORE_FIGURE,
    'operating measure after a deal': OPERATING_MEASURE_AFTER_DEAL,
    'programme named by its deal': PROGRAMME_NAMED_BY_ITS_DEAL,
    'part of a total': PART_OF_A_TOTAL,
  },
  true,
);
