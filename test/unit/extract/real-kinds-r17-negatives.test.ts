import { eachKind, type Family } from './mention-cases';

/**
 * "Microsoft will now own 27% of OpenAI Group PBC, valued at roughly $135 billion", "détiendra 27 % de la nouvelle
 * entité d'OpenAI, valorisée à environ 135 milliards", "hält 27 Prozent an OpenAI, ein Anteil, der rund 135
 * Milliarden Dollar wert ist": a stake told as a percentage of a company, then its worth, is no deal's value; the
 * purchase commitment told beside it keeps the pair. A share of capacity, worth a figure, is what a deal buys.
 */
const PERCENT_STAKE_WORTH: Family[] = [
  [
    'en',
    'Microsoft will now own 27% of OpenAI Group PBC, valued at roughly $135 billion, and OpenAI has committed to buy an incremental $250 billion of Azure services.',
    ['openai microsoft 250000000000'],
  ],
  [
    'fr',
    'Microsoft détiendra 27% de la nouvelle entité d’OpenAI, valorisée à environ 135 milliards de dollars. OpenAI s’engage en outre à acheter pour 250 milliards de dollars de services Azure.',
    ['openai microsoft 250000000000 signed gpu_cloud'],
  ],
  [
    'de',
    'Microsoft hält künftig 27 Prozent an OpenAI, ein Anteil, der rund 135 Milliarden Dollar wert ist. OpenAI verpflichtet sich zudem, Azure-Dienste im Wert von 250 Milliarden Dollar zu kaufen.',
    ['openai microsoft 250000000000 signed gpu_cloud'],
  ],
  [
    'es',
    'Microsoft tendrá el 27% de OpenAI, valorado en unos 135.000 millones de dólares. OpenAI se compromete además a comprar servicios de Azure por 250.000 millones de dólares.',
    ['openai microsoft 250000000000 signed gpu_cloud'],
  ],
  [
    'it',
    'Microsoft deterrà il 27% di OpenAI, valutato circa 135 miliardi di dollari. OpenAI si impegna inoltre ad acquistare servizi Azure per 250 miliardi di dollari.',
    ['openai microsoft 250000000000 signed gpu_cloud'],
  ],
  // A stake alone, with the cloud partnership named beside it, names no contract's value.
  [
    'fr',
    'Cette dynamique est liée au partenariat avec OpenAI dans le cloud : Microsoft détiendra désormais 27% de la structure commerciale d’OpenAI, valorisée à environ 135 milliards de dollars.',
    [],
  ],
  [
    'it',
    'Grazie alla partnership sul cloud Azure, Microsoft deterrà il 27% di OpenAI, valutato circa 135 miliardi di dollari.',
    [],
  ],
  [
    'es',
    'Por su alianza en la nube, Microsoft tendrá el 27% de OpenAI, valorado en unos 135.000 millones de dólares.',
    [],
  ],
  // A share of capacity is bought: its worth is the deal's.
  [
    'de',
    'Meta nutzt 40 Prozent der Rechenkapazität von Nebius auf dem Campus, im Wert von 3 Milliarden Dollar, über fünf Jahre.',
    ['meta nebius 3000000000 signed gpu_cloud'],
  ],
  [
    'es',
    'Meta usará el 40% de la capacidad de cómputo de Nebius, por valor de 3.000 millones de dólares, durante cinco años.',
    ['meta nebius 3000000000 signed gpu_cloud'],
  ],
];

/**
 * "Talen Energy, Betreiber des Atomkraftwerks, verkaufte sein Rechenzentrum 2024 für 650 Millionen Dollar an Amazon.
 * Die Aufsicht legte den Deal auf Eis": a data-centre site sold to a company is an acquisition, its price no capacity
 * contract's value, whatever "deal" the next sentence names. Capacity sold from a data centre is a deal.
 */
const SITE_SOLD: Family[] = [
  [
    'de',
    'Talen Energy, Betreiber des Atomkraftwerks, verkaufte sein Rechenzentrum 2024 für 650 Millionen Dollar an Amazon. Die US-Energieaufsicht FERC legte den Deal jedoch vorläufig auf Eis.',
    [],
  ],
  [
    'en',
    'Talen Energy sold its data center campus to Amazon for $650 million. Regulators later froze the power deal.',
    [],
  ],
  [
    'fr',
    'Talen Energy a vendu son campus de centres de données à Amazon pour 650 millions de dollars. Le régulateur a gelé le contrat.',
    [],
  ],
  [
    'es',
    'Talen Energy vendió su campus de centros de datos a Amazon por 650 millones de dólares. El regulador congeló el acuerdo.',
    [],
  ],
  [
    'it',
    'Talen Energy ha venduto il suo campus di data center ad Amazon per 650 milioni di dollari. Il regolatore ha congelato il contratto.',
    [],
  ],
  [
    'pt',
    'A Talen Energy vendeu o seu campus de data centers à Amazon por 650 milhões de dólares. O regulador congelou o acordo.',
    [],
  ],
  // Capacity sold from a data centre is the deal itself.
  [
    'de',
    'Nebius verkauft die Kapazität seines Rechenzentrums in New Jersey für 17,4 Milliarden Dollar an Microsoft.',
    ['microsoft nebius 17400000000 signed gpu_cloud'],
  ],
  [
    'en',
    'Nebius sells its data center capacity to Microsoft under a $17.4 billion contract.',
    ['microsoft nebius 17400000000 signed gpu_cloud'],
  ],
  [
    'fr',
    'Nebius vend la capacité de son centre de données du New Jersey à Microsoft pour 17,4 milliards de dollars.',
    ['microsoft nebius 17400000000 signed gpu_cloud'],
  ],
  [
    'es',
    'Nebius vende la capacidad de su centro de datos a Microsoft por 17.400 millones de dólares.',
    ['microsoft nebius 17400000000 signed gpu_cloud'],
  ],
];

/**
 * "En 2024, Yandex, conocido como el Google ruso, decidió vender sus operaciones en Rusia por 5.000 millones de
 * euros": a business sold is an acquisition; its price pairs neither the company of the epithet nor the capacity
 * provider told before. A capacity deal with its own figure stays read.
 */
const BUSINESS_SOLD: Family[] = [
  [
    'es',
    'Nebius proporciona capacidad GPU a Microsoft. En 2024, Yandex, conocido como el Google ruso, decidió vender sus operaciones en Rusia por 5.000 millones de euros.',
    [],
  ],
  [
    'en',
    'Nebius provides GPU capacity to Microsoft. In 2024, Yandex, known as the Russian Google, decided to sell its operations in Russia for 5 billion euros.',
    [],
  ],
  [
    'fr',
    'Nebius fournit de la capacité GPU à Microsoft. En 2024, Yandex, surnommé le Google russe, a décidé de vendre ses activités en Russie pour 5 milliards d’euros.',
    [],
  ],
  [
    'de',
    'Nebius liefert GPU-Kapazität an Microsoft. 2024 beschloss Yandex, das russische Google, sein Geschäft in Russland für 5 Milliarden Euro zu verkaufen.',
    [],
  ],
  [
    'it',
    'Nebius fornisce capacità GPU a Microsoft. Nel 2024 Yandex, il Google russo, ha deciso di vendere le sue attività in Russia per 5 miliardi di euro.',
    [],
  ],
  [
    'pt',
    'A Nebius fornece capacidade de GPU à Microsoft. Em 2024, a Yandex, conhecida como o Google russo, decidiu vender as suas operações na Rússia por 5 mil milhões de euros.',
    [],
  ],
  [
    'en',
    'Nebius sells its GPU capacity to Microsoft under a five-year contract worth $17.4 billion.',
    ['microsoft nebius 17400000000 signed gpu_cloud'],
  ],
  [
    'es',
    'Nebius venderá su capacidad de cómputo a Microsoft en un contrato de 17.400 millones de dólares.',
    ['microsoft nebius 17400000000 signed gpu_cloud'],
  ],
];

eachKind(
  {
    'a percentage stake and its worth': PERCENT_STAKE_WORTH,
    'a data-centre site sold': SITE_SOLD,
    'a business sold': BUSINESS_SOLD,
  },
  true,
);
