// Recall kinds seen on real French pages (stock-exchange news, tech blogs, translated wire copy, Québec and Belgian
// sites) about compute-capacity deals, each told again in invented sentences in six languages: deals the extractor
// used to miss, and near misses that must stay silent. Each row's wanted strings are prefixes of the printed
// mentions ("buyer provider valueUsd status kind"), in order.
import { beforeAll, describe } from 'vitest';
import { eachCorpusPage, eachKind, type Family, run } from './mention-cases';

// The first extraction builds the lexicon and company tables: on a loaded machine that alone can outlast a test's
// time limit, so it is paid once here, in a hook with room to spare.
beforeAll(() => {
  run('Microsoft a signé un contrat de 1 milliard de dollars avec Nebius.');
}, 120_000);

/**
 * Compute secured, locked in or booked ("sécurise … de puissance de calcul auprès de", "verrouille", "a réservé",
 * "se asegura potencia de cómputo", "si assicura potenza di calcolo", "assegura poder de computação", "reserviert",
 * "locks in … computing power"): the deal's verb with the compute noun of the press as its object. The noun "sous
 * réserve", "reserves" of cash, "assegura que" (a claim) and a cost estimate per gigawatt state no deal.
 */
const SECURED_COMPUTE: Family[] = [
  [
    'fr',
    'Microsoft sécurise 14,2 milliards de dollars de puissance de calcul auprès de Nebius.',
    ['microsoft nebius 14200000000 signed'],
  ],
  [
    'fr',
    'Meta a sécurisé auprès de CoreWeave des ressources de calcul pour 14,2 milliards de dollars sur six ans.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'fr',
    'OpenAI verrouille 11,9 milliards de dollars de puissance de calcul chez CoreWeave.',
    ['openai coreweave 11900000000 signed'],
  ],
  [
    'es',
    'Microsoft se asegura potencia de cómputo de Nebius por 17.400 millones de dólares.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'es',
    'Meta reservó potencia de cálculo en Nebius por 3.000 millones de dólares.',
    ['meta nebius 3000000000 signed'],
  ],
  [
    'it',
    'Microsoft si assicura potenza di calcolo da Nscale per 14 miliardi di dollari.',
    ['microsoft nscale 14000000000 signed'],
  ],
  [
    'pt',
    'A Microsoft assegura poder de computação da IREN por US$ 9,7 bilhões.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'de',
    'Microsoft reserviert bei Nebius Rechenleistung für 17,4 Milliarden Dollar.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'en',
    'Meta locks in $14.2 billion of computing power from CoreWeave.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'fr',
    "CoreWeave rachète Core Scientific pour 9 milliards de dollars, sous réserve du vote des actionnaires de l'hébergeur.",
    [],
  ],
  [
    'de',
    'Branchenschätzungen zufolge kostet ein Gigawatt KI-Rechenleistung inklusive Chips und Gebäude 20 bis 25 Milliarden Dollar.',
    [],
  ],
  ['pt', 'A Nvidia assegura que a demanda por poder computacional vai superar US$ 500 bilhões até 2026.', []],
  [
    'en',
    'Oracle ended the quarter with cash reserves of $11 billion and said cloud capacity stays tight.',
    [],
  ],
];

/**
 * "met la main sur" is a takeover ("met la main sur Core Scientific") unless what it lays hands on is compute ("met
 * la main sur 14 milliards de puissance de calcul chez Nebius").
 */
const HANDS_ON_COMPUTE: Family[] = [
  [
    'fr',
    'Microsoft met la main sur 14,2 milliards de dollars de puissance de calcul chez Nebius.',
    ['microsoft nebius 14200000000 signed'],
  ],
  [
    'fr',
    'Meta met la main sur 14,2 milliards de dollars de capacités GPU chez CoreWeave.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'fr',
    "CoreWeave met la main sur Core Scientific, l'hébergeur de ses centres de données, pour 9 milliards de dollars.",
    [],
  ],
  [
    'fr',
    "Nvidia met la main sur la start-up Run:ai pour 700 millions de dollars, un spécialiste de l'orchestration des GPU.",
    [],
  ],
  [
    'en',
    'CoreWeave agreed to acquire Core Scientific, its data-centre host, in a $9 billion all-stock deal.',
    [],
  ],
  [
    'es',
    'CoreWeave compra Core Scientific, su proveedor de centros de datos, por 9.000 millones de dólares en acciones.',
    [],
  ],
];

/**
 * Amounts written the French, Québec or Swiss way: "14,2 G$ US" (Québec's milliards), "14,2 milliards de $" (the
 * symbol where the currency's name would stand). "5G" or "G$" alone, without a figure, is no amount.
 */
const FRENCH_AMOUNTS: Family[] = [
  [
    'fr',
    'Microsoft a conclu avec Nebius une entente de 17,4 G$ US pour de la capacité de calcul.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'fr',
    'Meta a signé avec CoreWeave un contrat de capacité de calcul de 14,2 G$ sur six ans.',
    ['meta coreweave 14200000000 signed'],
  ],
  [
    'fr',
    'OpenAI a signé un contrat de 11,9 milliards de $ avec CoreWeave pour de la capacité de calcul.',
    ['openai coreweave 11900000000 signed'],
  ],
  [
    'it',
    'OpenAI ha firmato con CoreWeave un contratto da 11,9 miliardi di $ per capacità di calcolo.',
    ['openai coreweave 11900000000 signed'],
  ],
  [
    'es',
    'OpenAI firmó con CoreWeave un contrato de 11.900 millones de $ para capacidad de cómputo.',
    ['openai coreweave 11900000000 signed'],
  ],
  ['fr', 'Bell déploie la 5G dans ses centres de données et annonce un plan de 1,5 G$ pour son réseau.', []],
];

/**
 * A euro amount with its dollar figure in brackets ("8,3 milliards d'euros (9,7 milliards de dollars)"): the dollar
 * figure the text states is the value, not the euro amount converted at today's rate.
 */
const DOLLAR_IN_BRACKETS: Family[] = [
  [
    'fr',
    "Microsoft a signé un contrat de 8,3 milliards d'euros (9,7 milliards de dollars) avec IREN pour de la capacité de calcul.",
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'de',
    'Microsoft hat mit IREN einen Vertrag über 8,3 Milliarden Euro (9,7 Milliarden Dollar) für Rechenkapazität geschlossen.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'es',
    'Microsoft firmó con IREN un contrato de 8.300 millones de euros (9.700 millones de dólares) de capacidad de cómputo.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'fr',
    "Microsoft a signé un contrat de 9,7 milliards de dollars (8,3 milliards d'euros) avec IREN pour de la capacité de calcul.",
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'it',
    'Anthropic ha ricevuto da Amazon un investimento di 7 miliardi di euro (8 miliardi di dollari) nel capitale.',
    [],
  ],
];

/**
 * A party named by a descriptor of the press ("le géant de Redmond", "la firme de Mountain View", "la start-up de
 * Sam Altman", "der Riese aus Redmond", "el gigante de Redmond", "il colosso di Redmond"): the company it stands
 * for. The town itself ("la ville de Redmond") names no company.
 */
const DESCRIPTOR_PARTIES: Family[] = [
  [
    'fr',
    'Le géant de Redmond a signé un contrat de 14,2 milliards de dollars avec Nebius pour de la capacité de calcul.',
    ['microsoft nebius 14200000000 signed'],
  ],
  [
    'fr',
    'La firme de Mountain View fournira à la maison mère de Facebook des serveurs cloud pour plus de 10 milliards de dollars.',
    ['meta alphabet 10000000000 signed'],
  ],
  [
    'fr',
    'La start-up de Sam Altman a signé avec CoreWeave un contrat de 11,9 milliards de dollars pour de la capacité de calcul.',
    ['openai coreweave 11900000000 signed'],
  ],
  [
    'de',
    'Der Riese aus Redmond mietet bei Nebius Rechenleistung für 17,4 Milliarden Dollar.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'es',
    'El gigante de Redmond firmó con Nebius un contrato de 17.400 millones de dólares de capacidad de cómputo.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'it',
    'Il colosso di Redmond ha firmato con Nebius un contratto da 17,4 miliardi di dollari per capacità di calcolo.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'pt',
    'A gigante de Redmond assinou com a Nebius um contrato de US$ 17,4 bilhões em capacidade de computação.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'en',
    'The Redmond giant signed a $17.4 billion computing capacity contract with Nebius.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'fr',
    'Le concepteur de ChatGPT a signé un contrat de 38 milliards de dollars avec le géant du commerce en ligne pour des services cloud.',
    ['openai amazon 38000000000 signed'],
  ],
  [
    'en',
    "Musk's AI startup agreed to rent $10 billion of cloud capacity from Oracle.",
    ['xai oracle 10000000000 signed'],
  ],
  [
    'fr',
    'Amazon, le géant du commerce en ligne, a vu ses ventes atteindre 180 milliards de dollars au trimestre grâce au cloud.',
    [],
  ],
  [
    'fr',
    'La ville de Redmond accueille un campus de données de 500 millions de dollars, sans client annoncé.',
    [],
  ],
];

/**
 * A contract the press calls big without a figure ("un méga-contrat avec Google", "un contrat cloud géant avec
 * Meta", "megacontrato", "maxi contratto", "Mega-Deal", "megadeal"): the deal, without a value. A record of sales
 * or a company's own size is no contract.
 */
const BIG_WITHOUT_FIGURE: Family[] = [
  ['fr', 'Oracle grimpe après la signature d’un contrat cloud géant avec Meta.', ['meta oracle null signed']],
  [
    'fr',
    'Anthropic vient de signer un contrat énorme avec Google pour de la puissance de calcul.',
    ['anthropic alphabet null signed'],
  ],
  [
    'es',
    'Oracle cierra un megacontrato de computación en la nube con OpenAI.',
    ['openai oracle null signed'],
  ],
  ['it', 'Oracle, maxi contratto cloud con Meta per la potenza di calcolo.', ['meta oracle null signed']],
  ['pt', 'Oracle fecha megacontrato de nuvem com a Meta.', ['meta oracle null signed']],
  ['de', 'Oracle sichert sich Mega-Deal mit Meta über Cloud-Rechenleistung.', ['meta oracle null signed']],
  ['en', 'Oracle lands cloud megadeal with Meta.', ['meta oracle null signed']],
  [
    'fr',
    'Oracle publie un chiffre d’affaires record dans le cloud, porté par la demande de Meta et d’OpenAI.',
    [],
  ],
  ['en', 'Nvidia posts record data-center sales as Meta and Microsoft keep buying.', []],
];

/**
 * One amount over sellers given as examples ("más de 33.000 millones con firmas como CoreWeave, Nscale y Lambda",
 * "avec des acteurs comme", "with firms such as", "mit Anbietern wie"): their sum, no pair's value. A contract with
 * one named seller stays a deal.
 */
const SUM_OVER_EXAMPLES: Family[] = [
  [
    'es',
    'Microsoft se comprometió en negocios que superan los 33.000 millones de dólares con firmas como CoreWeave, Nscale y Lambda.',
    [],
  ],
  [
    'es',
    'Nebius se suma a otros proveedores con los que Microsoft ya comprometió más de u$s33.000 millones, como CoreWeave, Nscale y Lambda.',
    [],
  ],
  [
    'fr',
    'Microsoft a engagé plus de 33 milliards de dollars avec des acteurs comme CoreWeave, Nscale et Lambda pour de la capacité de calcul.',
    [],
  ],
  [
    'en',
    'Microsoft has committed more than $33 billion of compute deals with firms such as CoreWeave, Nscale and Lambda.',
    [],
  ],
  [
    'de',
    'Microsoft hat Rechenkapazität für über 33 Milliarden Dollar mit Anbietern wie CoreWeave, Nscale und Lambda vereinbart.',
    [],
  ],
  [
    'es',
    'Microsoft firmó un acuerdo por u$s19.400 millones con Nebius Group para capacidad de cómputo.',
    ['microsoft nebius 19400000000 signed'],
  ],
  [
    'pt',
    'A Microsoft firmou com a Nebius um contrato de US$ 17,4 bilhões em capacidade de computação.',
    ['microsoft nebius 17400000000 signed'],
  ],
];

const KINDS: Record<string, Family[]> = {
  'compute secured, locked in or booked is a deal': SECURED_COMPUTE,
  '"met la main sur" compute is no takeover': HANDS_ON_COMPUTE,
  'amounts written the French, Québec or Swiss way': FRENCH_AMOUNTS,
  'the dollar figure in brackets beats the converted euro amount': DOLLAR_IN_BRACKETS,
  'a descriptor of the press names its company': DESCRIPTOR_PARTIES,
  'a contract called big without a figure is a deal without a value': BIG_WITHOUT_FIGURE,
  'one amount over sellers given as examples is their sum': SUM_OVER_EXAMPLES,
};

eachKind(KINDS, true);

describe('corpus pages written in the shapes of these real pages', () => {
  eachCorpusPage('r12-rrec-', 8, true);
});
