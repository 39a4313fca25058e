// Kinds of error seen on real Spanish, Italian and Portuguese pages (round 13: Latin-American and Brazilian business
// press, Italian market news, translated wire copy, tech blogs), each told again in invented sentences in six
// languages: near misses that must stay silent and positives that must still be found. Each row's wanted strings
// are prefixes of the printed mentions ("buyer provider valueUsd status"), in order.
import { describe } from 'vitest';
import { eachFamily, type Family } from './mention-cases';

function table(title: string, rows: readonly Family[]): void {
  describe(title, () => eachFamily(rows));
}

/**
 * A venture's name framed as the programme a contract belongs to ("nell'ambito di Stargate", "come parte di
 * Stargate, il maxi piano da 500 miliardi", "en el marco de Stargate", "part of Stargate, the $500 billion plan")
 * is the project, no buyer: the lab that signed stays the buyer, and the plan's sum is no contract's value. The
 * venture signing in its own name stays a party.
 */
table('a venture framed as the programme a contract belongs to is no party', [
  [
    'it',
    'Intanto la domanda di capacità cresce: pochi giorni fa OpenAI ha concordato con Oracle ulteriori 4,5 gigawatt nell’ambito di Stargate.',
    ['openai oracle null expanded'],
  ],
  [
    'it',
    'La commessa finanzierà 4,5 gigawatt di capacità aggiuntiva come parte di Stargate, il maxi piano infrastrutturale da 500 miliardi siglato a gennaio con Oracle e SoftBank.',
    [],
  ],
  [
    'es',
    'Oracle aportará 4,5 gigavatios adicionales como parte de Stargate, el plan de 500.000 millones de dólares lanzado con SoftBank.',
    [],
  ],
  [
    'pt',
    'A Oracle vai fornecer 4,5 gigawatts adicionais como parte do Stargate, o plano de 500 bilhões de dólares anunciado com a SoftBank.',
    [],
  ],
  [
    'en',
    'Oracle will add 4.5 gigawatts as part of Stargate, the $500 billion plan unveiled in January with SoftBank.',
    [],
  ],
  [
    'fr',
    'Oracle fournira 4,5 gigawatts supplémentaires dans le cadre de Stargate, le programme de 500 milliards de dollars lancé avec SoftBank.',
    [],
  ],
  [
    'de',
    'Oracle liefert im Rahmen von Stargate, dem Programm über 500 Milliarden Dollar, weitere 4,5 Gigawatt mit SoftBank.',
    [],
  ],
  [
    'en',
    'Stargate signed a $7 billion lease with Crusoe for the Abilene campus.',
    ['stargate crusoe 7000000000'],
  ],
]);

/**
 * A chip maker's name labelling a supercomputer ("il più grande supercomputer Nvidia AI del Regno Unito al campus di
 * Nscale", "the UK's largest Nvidia AI supercomputer") names the product, not a buyer or seller of capacity; the
 * chip maker renting capacity in its own name stays a party.
 */
table('a chip maker naming a supercomputer is no party', [
  [
    'it',
    "Inoltre, l'annuncio rafforza i piani per la consegna del più grande supercomputer Nvidia AI del Regno Unito al Loughton AI Campus di Nscale, una struttura da 50 MW.",
    [],
  ],
  [
    'en',
    "Nscale will also host the UK's largest Nvidia AI supercomputer at its Loughton campus, a 50 MW site.",
    [],
  ],
  [
    'pt',
    'O acordo inclui o maior supercomputador Nvidia do Reino Unido, instalado no campus da Nscale em Loughton.',
    [],
  ],
  [
    'es',
    'El acuerdo incluye el mayor superordenador Nvidia del Reino Unido, en el campus de Nscale en Loughton.',
    [],
  ],
  [
    'fr',
    "L'accord comprend le plus grand supercalculateur Nvidia du Royaume-Uni, sur le campus de Nscale à Loughton.",
    [],
  ],
  [
    'de',
    'Dazu kommt der größte Nvidia-Supercomputer Großbritanniens auf dem Campus von Nscale in Loughton.',
    [],
  ],
  ['en', 'Nvidia signed a $1.5 billion deal to rent 18,000 GPUs from Lambda.', ['nvidia lambda 1500000000']],
]);

/**
 * An earlier deal told in a trailing clause ("después del acuerdo por 17.400 millones con Microsoft", "after the
 * $17.4 billion agreement with Microsoft") belongs to the sentence's subject and the company after "with": a customer
 * named elsewhere in the sentence ("desplegar la capacidad para Meta") is no party of it. A subject told only as "la
 * empresa" is the company it stands for (round 26: the subject of the sentence before, resolved as any stand-in is).
 */
table('an earlier deal after "after … with X" pairs the subject with X, never another customer', [
  [
    'es',
    'Nebius firmó con Meta un contrato de 3.000 millones de dólares por capacidad GPU. La empresa planea desplegar la capacidad para Meta en tres meses, después del acuerdo por 17.400 millones con Microsoft comunicado en septiembre.',
    ['meta nebius 3000000000', 'microsoft nebius 17400000000'],
  ],
  [
    'en',
    'Nebius signed a $3 billion deal with Meta. The company will deploy the capacity for Meta within three months, after the $17.4 billion agreement with Microsoft announced in September.',
    ['meta nebius 3000000000', 'microsoft nebius 17400000000'],
  ],
  [
    'it',
    "Nebius ha firmato un contratto da 3 miliardi di dollari con Meta per capacità GPU. L'azienda fornirà la capacità a Meta entro tre mesi, dopo l'accordo da 17,4 miliardi di dollari con Microsoft annunciato a settembre.",
    ['meta nebius 3000000000', 'microsoft nebius 17400000000'],
  ],
  [
    'es',
    'La europea Nebius firmó con Meta un contrato de 3.000 millones de dólares por capacidad GPU, después del acuerdo por 17.400 millones con Microsoft.',
    ['meta nebius 3000000000', 'microsoft nebius 17400000000'],
  ],
  [
    'en',
    'Nebius signed a $3 billion deal with Meta, after the $17.4 billion agreement with Microsoft in September.',
    ['meta nebius 3000000000', 'microsoft nebius 17400000000'],
  ],
]);

/**
 * The founders listed after a project's launch ("il progetto Stargate, lanciato a gennaio da OpenAI insieme a Oracle
 * e SoftBank") are members of the project, no pair of a contract (read as one, the pair came out reversed); the
 * company named "OpenAi" by the Italian press is OpenAI.
 */
table('the founders listed after a project launch are no pair', [
  [
    'it',
    'OpenAi riferisce che l’accordo riguarda 4,5 gigawatt di potenza energetica, necessaria per alimentare nuovi data center previsti nel progetto Stargate, lanciato a gennaio da OpenAI insieme a Oracle e SoftBank.',
    [],
  ],
  [
    'en',
    'The deal covers 4.5 gigawatts for new data centers under the Stargate project, launched in January by OpenAI together with Oracle and SoftBank.',
    [],
  ],
  [
    'es',
    'El acuerdo cubre 4,5 gigavatios para nuevos centros de datos del proyecto Stargate, lanzado en enero por OpenAI junto con Oracle y SoftBank.',
    [],
  ],
  [
    'pt',
    'O acordo cobre 4,5 gigawatts para novos data centers do projeto Stargate, lançado em janeiro pela OpenAI junto com a Oracle e a SoftBank.',
    [],
  ],
  [
    'fr',
    "L'accord couvre 4,5 gigawatts pour de nouveaux centres de données du projet Stargate, lancé en janvier par OpenAI avec Oracle et SoftBank.",
    [],
  ],
  [
    'it',
    'OpenAi, la casa madre di Chatgpt, ha firmato un contratto da 300 miliardi di dollari con Oracle per l’uso dei suoi data center.',
    ['openai oracle 300000000000'],
  ],
]);

/**
 * "secondo quanto comunicato dalla stessa società", "secondo quanto annunciato da OpenAI": the company's own word is
 * no hearsay (the deal stays signed or expanded); "secondo quanto comunicato dal Wall Street Journal", "secondo
 * quanto riportato da Reuters" stay reported. The same in the other languages' own-statement phrasings.
 */
table("a company's own statement introduced by 'secondo quanto' is no hearsay", [
  [
    'it',
    'OpenAI ha concordato con Oracle ulteriori 4,5 gigawatt di capacità, secondo quanto comunicato dalla stessa società sul proprio blog.',
    ['openai oracle null expanded'],
  ],
  [
    'it',
    'OpenAI ha firmato con Oracle un contratto da 300 miliardi di dollari, secondo quanto annunciato da OpenAI.',
    ['openai oracle 300000000000 signed'],
  ],
  [
    'it',
    'OpenAI ha concordato con Oracle ulteriori 4,5 gigawatt di capacità, secondo quanto comunicato dal Wall Street Journal.',
    ['openai oracle null reported'],
  ],
  [
    'it',
    'OpenAI ha firmato con Oracle un contratto da 300 miliardi di dollari, secondo quanto riportato da Reuters.',
    ['openai oracle 300000000000 reported'],
  ],
  [
    'pt',
    'A OpenAI acordou com a Oracle mais 4,5 gigawatts de capacidade, segundo informou a própria empresa em seu blog.',
    ['openai oracle null'],
  ],
  [
    'en',
    'OpenAI signed a $300 billion contract with Oracle, the company said in a statement.',
    ['openai oracle 300000000000 signed'],
  ],
]);

/**
 * A chip maker named after its goods with accented adjectives between ("aos sistemas mais avançados da Nvidia", "a
 * los sistemas más avanzados de Nvidia") names the product, no seller: the contract's pair is the cloud's.
 */
table('goods described with accented adjectives before the chip maker name no party', [
  [
    'pt',
    'O contrato de US$ 14,2 bilhões (cerca de R$ 80 bilhões) com a CoreWeave garante à Meta acesso aos sistemas mais avançados da Nvidia.',
    ['meta coreweave 14200000000'],
  ],
  [
    'pt',
    'O contrato, que pode chegar a US$ 14,2 bilhões (cerca de R$ 80 bilhões), garante à Meta acesso aos sistemas mais avançados da Nvidia.',
    [],
  ],
  [
    'es',
    'La Meta firmó con CoreWeave un contrato de 14.200 millones de dólares que le garantiza acceso a los sistemas más avanzados de Nvidia.',
    ['meta coreweave 14200000000'],
  ],
  [
    'it',
    "Meta ha firmato con CoreWeave un contratto da 14,2 miliardi di dollari per l'accesso ai sistemi più avanzati di Nvidia.",
    ['meta coreweave 14200000000'],
  ],
  [
    'en',
    'Meta signed a $14.2 billion contract with CoreWeave for access to the most advanced systems from Nvidia.',
    ['meta coreweave 14200000000'],
  ],
]);
