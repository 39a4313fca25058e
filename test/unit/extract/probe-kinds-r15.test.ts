// Kinds found by reading real pages in the eleventh session and writing their shapes in the six languages:
// positives that must be found with the right pair, and near misses that must stay silent. Each row's wanted
// strings are prefixes of the mentions ("buyer provider valueUsd status").
import { describe } from 'vitest';
import { eachKind } from './mention-cases';

describe('real-page shapes, eleventh session', () => {
  eachKind({
    /**
     * "OpenAI will buy $250 billion of Azure capacity from its investor Microsoft": a word that only says who a
     * named company is (the buyer's backer, shareholder) tells no investment of the amount beside it. An amount
     * that is invested stays an investment, whoever is called an investor.
     */
    'a company called the buyer’s investor': [
      [
        'en',
        'OpenAI has also agreed to buy $250 billion of Azure cloud capacity from its investor Microsoft over the coming years.',
        ['openai microsoft 250000000000 signed'],
      ],
      [
        'de',
        'Auch beim Investor Microsoft will OpenAI über die Jahre Rechenleistung für 250 Milliarden Dollar beziehen.',
        ['openai microsoft 250000000000 signed'],
      ],
      [
        'fr',
        "OpenAI s'est aussi engagé à acheter pour 250 milliards de dollars de capacité Azure auprès de son actionnaire Microsoft.",
        ['openai microsoft 250000000000 signed'],
      ],
      [
        'es',
        'OpenAI también se comprometió a comprar capacidad de Azure por 250.000 millones de dólares a su inversor Microsoft.',
        ['openai microsoft 250000000000 signed'],
      ],
      [
        'it',
        'OpenAI si è impegnata ad acquistare capacità cloud Azure per 250 miliardi di dollari dal suo azionista Microsoft.',
        ['openai microsoft 250000000000 signed'],
      ],
      [
        'pt',
        'A OpenAI também se comprometeu a comprar 250 mil milhões de dólares em capacidade Azure ao seu investidor Microsoft.',
        ['openai microsoft 250000000000 signed'],
      ],
      [
        'en',
        'Microsoft, an early investor in OpenAI, invested a further $10 billion in the lab in January.',
        [],
      ],
      [
        'de',
        'Der Investor Microsoft steckt weitere 10 Milliarden Dollar in OpenAI, um die Rechenzentren des Start-ups zu finanzieren.',
        [],
      ],
      [
        'fr',
        'Son actionnaire Nvidia a investi 2 milliards de dollars dans Nebius pour financer de nouveaux centres de données.',
        [],
      ],
    ],
    /**
     * "estimated to be worth between $5.5 and $8.1 billion": a range whose bounds each carry the dollar sign and
     * whose scale follows the upper bound only is read as its lower bound, as "entre 5,5 et 8,1 milliards" is;
     * growth told "from $5.5 to $8.1 billion" keeps the upper figure.
     */
    'a range with a sign on both bounds': [
      [
        'en',
        'Microsoft signed a contract with Nscale for GPU capacity in Portugal, estimated to be worth between $5.5 and $8.1 billion.',
        ['microsoft nscale 5500000000 signed'],
      ],
      [
        'en',
        'Microsoft signed a GPU capacity contract with Nscale worth between US$5.5 and US$8.1 billion.',
        ['microsoft nscale 5500000000 signed'],
      ],
      [
        'fr',
        'Microsoft a signé avec Nscale un contrat de capacité GPU estimé entre 5,5 et 8,1 milliards de dollars.',
        ['microsoft nscale 5500000000 signed'],
      ],
      [
        'de',
        'Microsoft hat mit Nscale einen Vertrag über GPU-Kapazität im Wert zwischen 5,5 und 8,1 Milliarden Dollar unterzeichnet.',
        ['microsoft nscale 5500000000 signed'],
      ],
      [
        'en',
        'Microsoft expanded its GPU capacity contract with Nscale, which rose from $5.5 to $8.1 billion.',
        ['microsoft nscale 8100000000 expanded'],
      ],
    ],
    /**
     * "Der 38 Milliarden Dollar schwere Deal gewährt OpenAI Zugang zu Chipsystemen des Chipkonzerns Nvidia": the
     * maker named in the genitive after the goods is the chips' origin, no seller; the seller is the cloud of the
     * sentence before.
     */
    'a chip maker named after the goods': [
      [
        'de',
        'Der ChatGPT-Entwickler OpenAI zapft die Rechenzentren von Amazon an. Der 38 Milliarden Dollar schwere Deal gewährt OpenAI für sieben Jahre Zugang zu Chipsystemen des Chipkonzerns Nvidia.',
        ['openai amazon 38000000000'],
      ],
      [
        'en',
        "OpenAI is tapping Amazon's data centres. The $38 billion deal gives OpenAI access for seven years to hundreds of thousands of chips from chipmaker Nvidia.",
        ['openai amazon 38000000000'],
      ],
      [
        'fr',
        "OpenAI puise dans les centres de données d'Amazon. L'accord de 38 milliards de dollars donne à OpenAI un accès pendant sept ans à des centaines de milliers de puces du fabricant Nvidia.",
        ['openai amazon 38000000000'],
      ],
      [
        'it',
        "OpenAI attinge ai data center di Amazon. L'accordo da 38 miliardi di dollari dà a OpenAI accesso per sette anni a centinaia di migliaia di chip del produttore Nvidia.",
        ['openai amazon 38000000000'],
      ],
    ],
  });
});
