// Kinds of error seen on real pages in round 37 (a chip sale told in the past tense outside English, …). Each kind
// is told again in invented sentences, in three languages or more: positives that must be found and near misses that
// must stay silent. Each row's wanted strings are prefixes of the printed mentions ("buyer provider valueUsd status
// kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

eachKind({
  // "… 18.000 chips que Nvidia confirmó haber vendido a Humain": a chip maker's sale told after the fact, with its
  // count, is a hardware sale in every language, as English "sold 18,000 chips to" already was.
  'a past sale of a counted number of chips is a hardware sale': [
    [
      'es',
      'Nvidia vendió 18.000 chips a Humain el mes pasado, según la empresa.',
      ['humain nvidia null signed hardware'],
    ],
    ['it', 'Nvidia ha venduto 18.000 chip a Humain il mese scorso.', ['humain nvidia null signed hardware']],
    ['pt', 'A Nvidia vendeu 18 mil chips à Humain no mês passado.', ['humain nvidia null signed hardware']],
    ['fr', 'Nvidia a vendu 18 000 puces à Humain le mois dernier.', ['humain nvidia null signed hardware']],
    [
      'de',
      'Nvidia verkaufte im vergangenen Monat 18.000 Chips an Humain.',
      ['humain nvidia null signed hardware'],
    ],
    // Capacity left unsold that the maker guarantees is still a backstop, not a sale.
    [
      'it',
      'Nvidia acquisterà la capacità invenduta di CoreWeave per 6,3 miliardi di dollari.',
      ['nvidia coreweave 6300000000 signed capacity_backstop'],
    ],
    // A vendor's quarter, sales without a count to several customers: results, no deal.
    ['es', 'Dell vendió servidores a CoreWeave y a xAI durante el trimestre.', []],
    ['it', 'Dell ha venduto server a CoreWeave e a xAI nel trimestre.', []],
  ],
  // "Deal tape: new or expanded contracts include $14.2B with Meta, an additional $6.5B with OpenAI": a list of the
  // seller's deals after a sentence about its results; each amount goes with its own "with" object and the subject
  // of the sentence before, never with the list's other objects.
  "a list of a seller's deals after its results sentence gives one deal per element with that seller": [
    [
      'en',
      'Nebius posted record quarterly sales. New agreements include $3.1 billion with Meta and $2.4 billion with Microsoft.',
      ['meta nebius 3100000000 signed gpu_cloud', 'microsoft nebius 2400000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Nebius meldete einen Rekordumsatz im Quartal. Zu den neuen Verträgen zählen 3,1 Mrd. Dollar mit Meta und 2,4 Mrd. Dollar mit Microsoft.',
      ['meta nebius 3100000000', 'microsoft nebius 2400000000'],
    ],
    [
      'fr',
      "Nebius a publié un chiffre d'affaires trimestriel record. Parmi les nouveaux contrats figurent 3,1 milliards de dollars avec Meta et 2,4 milliards avec Microsoft.",
      ['meta nebius 3100000000', 'microsoft nebius 2400000000'],
    ],
    [
      'es',
      'Nebius presentó ventas trimestrales récord. Entre los nuevos contratos figuran 3.100 millones de dólares con Meta y 2.400 millones con Microsoft.',
      ['meta nebius 3100000000', 'microsoft nebius 2400000000'],
    ],
    // The sentence before names only the elements' objects: no one signs.
    [
      'en',
      'Meta and Microsoft were busy this quarter. New agreements include $3.1 billion with Meta and $2.4 billion with Microsoft.',
      [],
    ],
  ],
  // "… enquanto a Crusoe firmou um acordo de vários bilhões com a empresa": the "with" object told by a noun that
  // stands for the company the sentences before are about; the amount's clause names its own seller.
  'a contract "with the company" is with the company the text is about': [
    [
      'en',
      'Microsoft announced two neocloud contracts on Monday. Nebius will rent out chips for $5 billion, while Crusoe signed a $2 billion agreement with the company.',
      ['microsoft crusoe 2000000000 signed gpu_cloud'],
    ],
    [
      'fr',
      'Microsoft annonce deux contrats. Nebius louera des puces pour 5 milliards de dollars, tandis que Crusoe a signé un accord de 2 milliards de dollars avec le groupe.',
      ['microsoft crusoe 2000000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Microsoft hat zwei Verträge angekündigt. Nebius vermietet Chips für 5 Milliarden Dollar, Crusoe unterzeichnete mit dem Konzern einen Vertrag über 2 Milliarden Dollar.',
      ['microsoft crusoe 2000000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Microsoft anunció dos contratos. Nebius alquilará chips por 5.000 millones de dólares, mientras que Crusoe firmó con la compañía un acuerdo de 2.000 millones de dólares.',
      ['microsoft crusoe 2000000000 signed gpu_cloud'],
    ],
    [
      'it',
      'Microsoft ha annunciato due contratti. Nebius affitterà chip per 5 miliardi di dollari, mentre Crusoe ha firmato un accordo da 2 miliardi di dollari con il gruppo.',
      ['microsoft crusoe 2000000000 signed gpu_cloud'],
    ],
    // Working with the company is no deal; a name in apposition is the object itself.
    [
      'en',
      'CoreWeave reported revenue of $1.4 billion. Analysts who met with the company said demand was strong.',
      [],
    ],
    [
      'en',
      'Microsoft announced a new contract. Crusoe signed a $2 billion agreement with the group OpenAI.',
      ['openai crusoe 2000000000 signed gpu_cloud'],
    ],
  ],
});
