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
    ['amazon talen-energy 18000000000 signed power'],
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

eachKind(
  {
    "a data-centre site's sale told as a noun": SITE_SALE_NOUN,
    "an investor's share of a funding round": ROUND_CONTRIBUTION,
  },
  true,
);
