import { eachKind, type Family } from './mention-cases';

/**
 * "the data center campus sale from Talen to AWS for $650 million", "la vente du campus … à AWS pour 650 millions",
 * "der Verkauf des Rechenzentrums-Campus von Talen an AWS", "la venta del campus … a AWS", "la vendita del campus …
 * ad AWS", "a venda do campus … à AWS": a site changing hands, told as a noun, is bought, not rented; the power or
 * capacity contract told beside it stays read.
 */
const SITE_SALE_NOUN: Family[] = [
  [
    'en',
    'Amazon widened its footprint in Pennsylvania. The move follows the data center campus sale from Talen to AWS for $650 million in 2024.',
    [],
  ],
  [
    'en',
    'The sale of its data center campus to Amazon Web Services for $650 million closed in March 2024.',
    [],
  ],
  [
    'fr',
    'Cet accord fait suite à la vente du campus de centres de données de Talen à AWS pour 650 millions de dollars en 2024.',
    [],
  ],
  [
    'de',
    'Der Schritt folgt auf den Verkauf des Rechenzentrums-Campus von Talen an AWS für 650 Millionen Dollar im Jahr 2024.',
    [],
  ],
  [
    'es',
    'El acuerdo sigue a la venta del campus de centros de datos de Talen a AWS por 650 millones de dólares en 2024.',
    [],
  ],
  [
    'it',
    "L'intesa segue la vendita del campus di data center di Talen ad AWS per 650 milioni di dollari nel 2024.",
    [],
  ],
  [
    'pt',
    'O acordo segue a venda do campus de data centers da Talen para a AWS por 650 milhões de dólares em 2024.',
    [],
  ],
  // Capacity sold, told as a noun, is the deal itself.
  [
    'en',
    'The sale of GPU capacity to Microsoft is worth $17.4 billion over five years, Nebius said.',
    ['microsoft nebius 17400000000 signed gpu_cloud'],
  ],
  [
    'fr',
    'La vente de capacité de calcul à Microsoft porte sur 17,4 milliards de dollars sur cinq ans, a indiqué Nebius.',
    ['microsoft nebius 17400000000'],
  ],
  // The power contract beside the site's sale keeps its pair and its value.
  [
    'en',
    'Talen Energy signed an $18 billion power purchase agreement to supply 1,920 MW to Amazon data centers. It follows the campus sale from Talen to AWS for $650 million.',
    // Electricity from a utility is no compute deal either (it was read as a "power" deal before).
    [],
  ],
];

/**
 * "SoftBank aporta 30.000 millones, y también participan Microsoft, Coatue…", "SoftBank contributes $30 billion",
 * "apporte 30 milliards", "steuert 30 Milliarden Dollar bei", "apporta 30 miliardi", "aporta US$ 30 bilhões": an
 * investor's share of a funding round, the amount right after the contribution verb; the next investor named joined
 * to it made a cloud deal of two investors. A capacity deal told after the round stays read.
 */
const ROUND_CONTRIBUTION: Family[] = [
  [
    'en',
    'OpenAI closed a $40 billion round. SoftBank contributes $30 billion, and Microsoft, Coatue and Thrive Capital also take part, to fund cloud capacity.',
    [],
  ],
  [
    'fr',
    'OpenAI boucle un tour de 40 milliards de dollars. SoftBank apporte 30 milliards de dollars, et Microsoft participe aussi, pour la capacité de calcul.',
    [],
  ],
  [
    'de',
    'OpenAI schließt eine Runde über 40 Milliarden Dollar ab. SoftBank steuert 30 Milliarden Dollar bei, auch Microsoft beteiligt sich, für Rechenkapazität.',
    [],
  ],
  [
    'es',
    'OpenAI cerró una ronda de 40.000 millones. SoftBank aporta 30.000 millones, y también participan Microsoft, Coatue, Altimeter y Thrive Capital en la nube.',
    [],
  ],
  [
    'it',
    'OpenAI ha chiuso un round da 40 miliardi di dollari. SoftBank apporta 30 miliardi di dollari, e partecipano anche Microsoft e Coatue, per la capacità di calcolo.',
    [],
  ],
  [
    'pt',
    'A OpenAI fechou uma rodada de US$ 40 bilhões. O SoftBank aporta US$ 30 bilhões, e a Microsoft também participa, com capacidade de nuvem.',
    [],
  ],
  // The capacity contract told after the round keeps its pair and value.
  [
    'es',
    'SoftBank aporta 30.000 millones a la ronda. Además, OpenAI firmó un contrato de 12.000 millones de dólares con CoreWeave para capacidad de cómputo.',
    ['openai coreweave 12000000000 signed gpu_cloud'],
  ],
  [
    'en',
    'SoftBank contributes $30 billion to the round. Separately, OpenAI signed a $12 billion contract with CoreWeave for GPU capacity.',
    ['openai coreweave 12000000000 signed gpu_cloud'],
  ],
];

/**
 * "reached an agreement for the purchase of Aligned Data Centers, … valued at about $40 billion", "l'achat
 * d'Aligned", "la compra de Aligned", "a compra da Aligned", "l'acquisto di Aligned", "den Kauf von Aligned": a
 * business bought, told as a noun, is an acquisition; its consortium's members were read as the buyer of a lease
 * from the company bought. Capacity or chips bought, told with the same nouns, stay read.
 */
const BUSINESS_PURCHASE_NOUN: Family[] = [
  [
    'en',
    'A consortium led by BlackRock, Microsoft and Nvidia reached an agreement for the purchase of Aligned Data Centers, one of the largest data center operators, valued at about $40 billion.',
    [],
  ],
  [
    'fr',
    "Un consortium mené par BlackRock, Microsoft et Nvidia a conclu un accord pour l'achat d'Aligned Data Centers, l'un des principaux opérateurs de centres de données, pour environ 40 milliards de dollars.",
    [],
  ],
  [
    'de',
    'Ein Konsortium um BlackRock, Microsoft und Nvidia hat sich auf den Kauf von Aligned Data Centers geeinigt, einem der größten Rechenzentrumsbetreiber, für rund 40 Milliarden Dollar.',
    [],
  ],
  [
    'es',
    'Un consorcio liderado por BlackRock, Microsoft y Nvidia alcanzó un acuerdo para la compra de Aligned Data Centers, uno de los mayores operadores de centros de datos, por unos 40.000 millones de dólares.',
    [],
  ],
  [
    'it',
    "Un consorzio di investitori guidato da BlackRock, Microsoft e Nvidia ha raggiunto un accordo per l'acquisto di Aligned Data Centers, uno dei principali operatori di data center, valutato circa 40 miliardi di dollari.",
    [],
  ],
  [
    'pt',
    'Um consórcio liderado por BlackRock, Microsoft e Nvidia fechou um acordo para a compra da Aligned Data Centers, uma das maiores operadoras de data centers, por cerca de US$ 40 bilhões.',
    [],
  ],
  // Chips, capacity and model numbers bought, told with the same nouns.
  [
    'en',
    'xAI agreed to the purchase of Nvidia GPUs worth $18 billion for its Colossus 2 data center.',
    ['xai nvidia 18000000000 signed hardware'],
  ],
  [
    'en',
    'IREN confirmed the purchase of H100s and GB300 systems from Dell for $5.8 billion to serve its Microsoft contract.',
    ['iren dell 5800000000 signed hardware'],
  ],
  [
    'es',
    'Meta cerró la compra de capacidad de cómputo a Google Cloud por 10.000 millones de dólares.',
    ['meta alphabet 10000000000 signed gpu_cloud'],
  ],
  [
    'de',
    'Der Vertrag sieht den Kauf von Rechenleistung bei Google Cloud für 10 Milliarden Dollar vor, teilte Meta mit.',
    ['meta alphabet 10000000000 signed gpu_cloud'],
  ],
  [
    'pt',
    'A Meta fechou a compra de capacidade da Oracle por US$ 20 bilhões em serviços de nuvem.',
    ['meta oracle 20000000000 signed gpu_cloud'],
  ],
  [
    'it',
    "OpenAI ha firmato l'acquisto di capacità di calcolo da Oracle per 300 miliardi di dollari in cinque anni.",
    ['openai oracle 300000000000 signed gpu_cloud'],
  ],
];

eachKind(
  {
    "a data-centre site's sale told as a noun": SITE_SALE_NOUN,
    "an investor's share of a funding round": ROUND_CONTRIBUTION,
    'a business bought, told as a noun': BUSINESS_PURCHASE_NOUN,
  },
  true,
);
