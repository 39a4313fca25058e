// Kinds found by writing real-page shapes (explainers, roundups, market notes) in the six languages and reading
// them through the extractor (ninth session): positives that must be found with the right pair, and near misses
// that must stay silent. Each row's wanted strings are prefixes of the mentions ("buyer provider valueUsd status").
import { describe } from 'vitest';
import { eachFamily, type Family } from './mention-cases';

function table(title: string, rows: readonly Family[]): void {
  describe(title, () => eachFamily(rows));
}

/**
 * "OpenAI has committed to $1.4 trillion of compute. That includes a $300 billion agreement with Oracle, …": a
 * sentence opening on a list of the deals the sentence before told about stands for that sentence's subject.
 */
table('a list opener stands for the subject named before', [
  [
    'en',
    'OpenAI is buying compute from many suppliers. That includes a $300 billion agreement with Oracle and a $38 billion deal with Amazon Web Services.',
    ['openai oracle 300000000000 signed', 'openai amazon 38000000000 signed'],
  ],
  [
    'en',
    'OpenAI has lined up capacity from many suppliers. These include a $38 billion deal with Amazon Web Services and $22.4 billion of contracts with CoreWeave.',
    ['openai amazon 38000000000 signed', 'openai coreweave 22400000000 signed'],
  ],
  [
    'en',
    "Oracle's remaining performance obligations jumped to $455 billion. That includes a $300 billion contract with OpenAI.",
    ['openai oracle 300000000000 signed'],
  ],
  [
    'fr',
    'OpenAI a pris des engagements de calcul colossaux. Parmi eux, un contrat de 300 milliards de dollars avec Oracle et un accord de 38 milliards de dollars avec Amazon Web Services.',
    ['openai oracle 300000000000 signed', 'openai amazon 38000000000 signed'],
  ],
  [
    'de',
    'OpenAI hat sich Rechenleistung in gewaltigem Umfang gesichert. Dazu gehören ein Vertrag über 300 Milliarden Dollar mit Oracle und eine Vereinbarung über 38 Milliarden Dollar mit Amazon Web Services.',
    ['openai oracle 300000000000 signed', 'openai amazon 38000000000 signed'],
  ],
  [
    'es',
    'OpenAI ha asumido compromisos de cómputo enormes. Entre ellos, un contrato de 300.000 millones de dólares con Oracle y un acuerdo de 38.000 millones de dólares con Amazon Web Services.',
    ['openai oracle 300000000000 signed', 'openai amazon 38000000000 signed'],
  ],
  [
    'it',
    'OpenAI ha preso impegni di calcolo enormi. Tra questi, un contratto da 300 miliardi di dollari con Oracle e un accordo da 38 miliardi di dollari con Amazon Web Services.',
    ['openai oracle 300000000000 signed', 'openai amazon 38000000000 signed'],
  ],
  [
    'pt',
    'A OpenAI assumiu compromissos de computação enormes. Entre eles, um contrato de 300 mil milhões de dólares com a Oracle e um acordo de 38 mil milhões de dólares com a Amazon Web Services.',
    ['openai oracle 300000000000 signed', 'openai amazon 38000000000 signed'],
  ],
  // Revenue told after its company: the list opener changes nothing of what the amount is.
  [
    'en',
    'Nvidia reported record revenue. That includes $51 billion from data-center chips sold to Microsoft and Meta.',
    [],
  ],
  [
    'en',
    'OpenAI has drawn money from many backers. Among them, Microsoft has invested more than $13 billion in the company.',
    [],
  ],
  [
    'de',
    'OpenAI hat viele Geldgeber. Dazu gehört Microsoft, das mehr als 13 Milliarden Dollar in das Unternehmen investiert hat.',
    [],
  ],
]);

/**
 * "an incremental $250 billion of Azure services", "a $38 billion AWS commitment": a cloud named by its product
 * brand right after a roundup element's amount sells what the element buys; the list's signer buys.
 */
table("a cloud's brand after a roundup element's amount", [
  [
    'en',
    'OpenAI has committed to roughly $1.4 trillion of computing infrastructure over eight years. That includes a $300 billion agreement with Oracle, $22.4 billion of contracts with CoreWeave and an incremental $250 billion of Azure services.',
    [
      'openai oracle 300000000000 signed',
      'openai coreweave 22400000000 signed',
      'openai microsoft 250000000000 expanded',
    ],
  ],
  [
    'en',
    'OpenAI has made huge computing commitments: $300 billion with Oracle and $250 billion of additional Azure services.',
    ['openai oracle 300000000000 signed', 'openai microsoft 250000000000 expanded'],
  ],
  [
    'en',
    'OpenAI has committed to roughly $1.4 trillion of computing infrastructure over eight years. That includes a $300 billion agreement with Oracle, $22.4 billion of contracts with CoreWeave and an incremental $250 billion of cloud services from Microsoft.',
    [
      'openai oracle 300000000000 signed',
      'openai coreweave 22400000000 signed',
      'openai microsoft 250000000000 expanded',
    ],
  ],
  [
    'fr',
    "OpenAI a signé des contrats de calcul considérables : 300 milliards de dollars auprès d'Oracle et 38 milliards auprès d'AWS.",
    ['openai oracle 300000000000 signed', 'openai amazon 38000000000 signed'],
  ],
  [
    'en',
    'The timing drew attention: that morning IREN disclosed a contract with Microsoft valued at about $9.7 billion, and OpenAI announced a seven-year, $38 billion commitment to Amazon Web Services.',
    ['microsoft iren 9700000000 signed', 'openai amazon 38000000000 signed'],
  ],
]);

/** "Stargate, the data-center project worth $500 billion", "le projet de centres de données de 500 milliards". */
table("a project's size told after it is no contract", [
  [
    'en',
    'SoftBank is also a partner of OpenAI and Oracle in Stargate, the data-center project worth $500 billion announced in January.',
    [],
  ],
  [
    'fr',
    "SoftBank est aussi partenaire d'OpenAI et d'Oracle dans Stargate, le projet de centres de données de 500 milliards de dollars annoncé en janvier.",
    [],
  ],
  [
    'es',
    'SoftBank es además socio de OpenAI y Oracle en Stargate, el proyecto de centros de datos de 500.000 millones de dólares.',
    [],
  ],
  [
    'pt',
    'O SoftBank é também parceiro da OpenAI e da Oracle no Stargate, o projeto de centros de dados de 500 mil milhões de dólares.',
    [],
  ],
  [
    'en',
    'Crusoe agreed to lease a data center project worth $15 billion to OpenAI for fifteen years.',
    ['openai crusoe 15000000000'],
  ],
]);

/** "des engagements de calcul": French names a buyer's commitments as English does ("compute commitments"). */
table('a commitment is a deal noun in French as in English', [
  [
    'fr',
    'OpenAI a des engagements de calcul : 300 milliards de dollars avec Oracle et 38 milliards avec AWS.',
    ['openai oracle 300000000000 signed', 'openai amazon 38000000000 signed'],
  ],
  [
    'en',
    'OpenAI has made compute commitments: $300 billion with Oracle and $38 billion with AWS.',
    ['openai oracle 300000000000 signed', 'openai amazon 38000000000 signed'],
  ],
  ['fr', 'Microsoft a pris des engagements climatiques ambitieux pour ses centres de données.', []],
]);

/** "a $250 billion Azure commitment to Microsoft": a cloud's brand naming the goods makes its company the seller. */
table("a cloud's brand naming the goods sells them", [
  [
    'en',
    'OpenAI made a $250 billion Azure commitment to Microsoft.',
    ['openai microsoft 250000000000 signed'],
  ],
  ['en', 'OpenAI signs $38 billion AWS deal', ['openai amazon 38000000000 signed']],
  [
    'es',
    'OpenAI firma un contrato de AWS por 38.000 millones de dólares.',
    ['openai amazon 38000000000 signed'],
  ],
  [
    'de',
    'Anthropic unterschreibt Azure-Vertrag über 30 Milliarden Dollar',
    ['anthropic microsoft 30000000000 signed'],
  ],
  [
    'fr',
    'Anthropic signe un engagement Azure de 30 milliards de dollars.',
    ['anthropic microsoft 30000000000 signed'],
  ],
  ['en', 'AWS signs a $38 billion deal with OpenAI.', ['openai amazon 38000000000 signed']],
]);
