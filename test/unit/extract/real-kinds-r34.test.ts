// Kinds of error seen on real pages in round 34 (a roundup's "AMOUNT to X" elements bound to the element before, a
// sum spread across several clouds given to the first of them, …). Each kind is told again in invented sentences,
// in three languages or more: positives that must be found and near misses that must stay silent. Each row's wanted
// strings are prefixes of the printed mentions ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

eachKind(
  {
    // "OpenAI has committed roughly $250 billion back to Microsoft, $300 billion to Oracle, and a new $38 billion
    // agreement with AWS": the third amount went to the pair (Oracle, AWS), the element before and its own object.
    "a roundup's amounts 'to' or 'with' each company bind to the subject, never to the element before": [
      [
        'en',
        'Reports say OpenAI has committed about $250 billion back to Microsoft, $300 billion to Oracle, and a new $38 billion multi-year agreement with AWS.',
        [
          'openai microsoft 250000000000 reported',
          'openai oracle 300000000000 reported',
          'openai amazon 38000000000 reported',
        ],
      ],
      [
        'en',
        'OpenAI has spread its bets: $250 billion remains with Microsoft, $300 billion is allocated to Oracle, and a $38 billion deal has just been signed with AWS.',
        ['openai microsoft 250000000000', 'openai oracle 300000000000', 'openai amazon 38000000000'],
      ],
      [
        'fr',
        "Selon la presse, OpenAI s'est engagé par contrat à verser environ 250 milliards de dollars à Microsoft, 300 milliards à Oracle et 38 milliards à AWS.",
        ['openai microsoft 250000000000', 'openai oracle 300000000000', 'openai amazon 38000000000'],
      ],
      [
        'de',
        'OpenAI hat Cloud-Verträge geschlossen: rund 250 Milliarden Dollar gehen an Microsoft, 300 Milliarden an Oracle und 38 Milliarden an AWS.',
        ['openai microsoft 250000000000', 'openai oracle 300000000000', 'openai amazon 38000000000'],
      ],
      [
        'es',
        'OpenAI ha firmado contratos de nube: 250.000 millones de dólares siguen con Microsoft, 300.000 millones se destinan a Oracle y un acuerdo de 38.000 millones acaba de firmarse con AWS.',
        ['openai microsoft 250000000000', 'openai oracle 300000000000', 'openai amazon 38000000000'],
      ],
      [
        'it',
        'OpenAI ha firmato contratti cloud: 250 miliardi di dollari restano con Microsoft, 300 miliardi vanno a Oracle e un accordo da 38 miliardi è appena stato firmato con AWS.',
        ['openai microsoft 250000000000', 'openai oracle 300000000000', 'openai amazon 38000000000'],
      ],
      [
        'pt',
        'Em 2025 a Microsoft assinou um contrato de 17,4 mil milhões de dólares com a Nebius e um de 9,7 mil milhões com a IREN.',
        ['microsoft nebius 17400000000', 'microsoft iren 9700000000'],
      ],
      ['en', 'OpenAI sold $6.6 billion of shares to SoftBank and $1 billion to Thrive Capital.', []],
      ['en', 'Alphabet paid $2 billion in shares to Nvidia and $1 billion to Anthropic.', []],
    ],
    // "spreading roughly $600 billion across Amazon Web Services (AWS), Microsoft, and Oracle": the sum over three
    // clouds came out as a $600 billion deal with the first of them.
    'an amount spread across several companies is their sum, no one’s contract': [
      [
        'en',
        'OpenAI is making one of the boldest bets in tech history—spreading roughly $600 billion across Amazon Web Services (AWS), Microsoft, and Oracle to secure the computing power it needs.',
        [],
      ],
      [
        'fr',
        "OpenAI fait l'un des paris les plus audacieux de l'histoire de la tech en répartissant quelque 600 milliards de dollars entre Amazon Web Services (AWS), Microsoft et Oracle pour s'assurer la puissance de calcul dont il a besoin.",
        [],
      ],
      [
        'es',
        'OpenAI hace una de las apuestas más audaces de la historia tecnológica al repartir unos 600.000 millones de dólares entre Amazon Web Services (AWS), Microsoft y Oracle para asegurarse potencia de cálculo.',
        [],
      ],
      [
        'de',
        'OpenAI geht eine der kühnsten Wetten der Tech-Geschichte ein und verteilt rund 600 Milliarden Dollar auf Amazon Web Services (AWS), Microsoft und Oracle, um sich Rechenleistung zu sichern.',
        [],
      ],
      [
        'en',
        'OpenAI is spreading its workloads across clouds and signed a $38 billion contract with Amazon Web Services (AWS).',
        ['openai amazon 38000000000 signed gpu_cloud'],
      ],
    ],
    // "the Amsterdam-based neocloud will deliver $12 billion of dedicated capacity to Meta Platforms from early 2027,
    // and Meta will buy up to $15 billion …": the first amount, told "to" its buyer, was lost.
    "capacity delivered 'to' its buyer beside a second amount is a contract of its own": [
      [
        'en',
        'Nebius will deliver $12 billion of dedicated capacity to Meta from early 2027, and Meta will buy up to $15 billion more if it is not sold to other customers.',
        ['meta nebius 12000000000 signed gpu_cloud', 'meta nebius 15000000000 signed capacity_backstop'],
      ],
      [
        'de',
        'Nebius liefert ab 2027 dedizierte Kapazität im Wert von 12 Milliarden Dollar an Meta, und Meta kauft bis zu 15 Milliarden Dollar mehr, falls sie nicht an andere Kunden verkauft wird.',
        ['meta nebius 12000000000 signed gpu_cloud', 'meta nebius 15000000000 signed capacity_backstop'],
      ],
      [
        'es',
        'Nebius entregará 12.000 millones de dólares en capacidad dedicada a Meta desde 2027, y Meta comprará hasta 15.000 millones más si no se vende a otros clientes.',
        ['meta nebius 12000000000 signed gpu_cloud', 'meta nebius 15000000000 signed capacity_backstop'],
      ],
      ['en', 'Nebius will deliver $12 billion of shares to Meta in the placement.', []],
    ],
  },
  true,
);
