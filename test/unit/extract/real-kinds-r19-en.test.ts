// Kinds of error seen on real pages in round 19 (English wire stories, market-news sites and filing summaries on
// CoreWeave, Nvidia, Google, Lambda, Crusoe, Cipher, TeraWulf, Hut 8, Galaxy, Humain and xAI). Each kind is told
// again in invented sentences, in three languages or more: positives that must be found and near misses that must
// stay silent. Each row's wanted strings are prefixes of the printed mentions ("buyer provider valueUsd status
// kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Google is in talks to rent chips from CoreWeave.');
}, 120_000);

eachKind(
  {
    // "Google is in talks to rent chips from CoreWeave", "in advanced negotiations with CoreWeave to rent AI
    // servers": a deal in talks told without a figure was lost in every language.
    'a buyer in talks to rent compute from a provider': [
      [
        'en',
        'Google is in talks to rent chips from CoreWeave, according to people familiar with the matter.',
        ['alphabet coreweave null in_talks gpu_cloud'],
      ],
      [
        'en',
        'Meta is in deep negotiations with Nebius to rent GPU servers for its Llama work.',
        ['meta nebius null in_talks'],
      ],
      [
        'fr',
        'Google est en négociations avec CoreWeave pour louer des serveurs équipés de puces Nvidia.',
        ['alphabet coreweave null in_talks'],
      ],
      [
        'de',
        'Google verhandelt mit CoreWeave über die Anmietung von Servern mit Nvidia-Chips.',
        ['alphabet coreweave null in_talks'],
      ],
      [
        'es',
        'Google negocia con CoreWeave el alquiler de servidores con chips de Nvidia.',
        ['alphabet coreweave null in_talks'],
      ],
      [
        'it',
        'Google è in trattative con CoreWeave per affittare server con chip Nvidia.',
        ['alphabet coreweave null in_talks'],
      ],
      [
        'pt',
        'O Google está em negociações com a CoreWeave para alugar servidores com chips da Nvidia.',
        ['alphabet coreweave null in_talks'],
      ],
      // Buying chips is the maker's sale in talks (round 57), never capacity rented; buying a company, using models,
      // raising money: no deal.
      [
        'en',
        'Google is in talks to buy chips from Nvidia, according to people familiar with the matter.',
        ['alphabet nvidia null in_talks hardware'],
      ],
      ['en', 'CoreWeave is in talks to acquire Core Scientific, people familiar with the matter said.', []],
      ['en', 'Microsoft is in talks to use Anthropic models in its Office apps, people familiar said.', []],
      [
        'fr',
        'Google et Nvidia sont en discussions sur l’achat de puces, selon des sources.',
        ['alphabet nvidia null in_talks hardware'],
      ],
      [
        'de',
        'Meta verhandelt mit Nvidia über den Kauf von Chips für eigene Rechenzentren.',
        ['meta nvidia null in_talks hardware'],
      ],
    ],
    // "Google is in deep negotiations with CoreWeave … Google has placed orders for Blackwell chips worth over $10
    // billion": the company's own chip order took the pair of the sentence before and gave the talks its value.
    'a company’s own goods order borrows no capacity provider': [
      [
        'en',
        'Google is in talks with CoreWeave to rent AI servers. Google has placed orders for Blackwell chips worth over $10 billion.',
        ['alphabet coreweave null in_talks'],
      ],
      [
        'en',
        'Nscale signed a multiyear capacity deal with Microsoft. Nscale ordered GPUs worth $5 billion for the sites.',
        ['microsoft nscale null signed'],
      ],
      [
        'fr',
        'Nscale a signé un contrat de capacité avec Microsoft. Nscale a commandé des puces pour 5 milliards de dollars.',
        ['microsoft nscale null signed'],
      ],
      [
        'de',
        'Nscale hat einen Kapazitätsvertrag mit Microsoft unterzeichnet. Nscale hat Chips für 5 Milliarden Dollar bestellt.',
        ['microsoft nscale null signed'],
      ],
      // A goods order alone is no capacity deal.
      [
        'en',
        'Google is racing to add capacity. Google has placed orders for chips worth over $10 billion.',
        [],
      ],
      [
        'es',
        'Google busca más capacidad para su nube. Google ha comprado chips por valor de 10.000 millones de dólares.',
        [],
      ],
      // The seller of the goods named before lends itself; capacity bought is the deal's value.
      [
        'en',
        'IREN signed an equipment agreement with Dell. IREN will buy GPUs and servers worth $5.8 billion.',
        ['iren dell 5800000000'],
      ],
      [
        'en',
        'OpenAI signed a cloud agreement with Oracle. OpenAI will buy $300 billion of computing capacity over five years.',
        ['openai oracle 300000000000 signed gpu_cloud'],
      ],
    ],
    // "CoreWeave disclosed an order worth at least $6.3 billion from Nvidia": the amount between the order's noun and
    // "from" hid who placed the order, and the table's roles made CoreWeave the buyer.
    'the one an order comes from buys, an amount between': [
      [
        'en',
        'Back in September, CoreWeave disclosed an order worth at least $6.3 billion from Nvidia for its cloud capacity.',
        ['nvidia coreweave 6300000000 signed'],
      ],
      [
        'fr',
        "CoreWeave a dévoilé une commande d'au moins 6,3 milliards de dollars de la part de Nvidia pour sa capacité cloud.",
        ['nvidia coreweave 6300000000 signed'],
      ],
      [
        'de',
        'CoreWeave meldete einen Auftrag über 6,3 Milliarden Dollar von Nvidia für Cloud-Kapazität.',
        ['nvidia coreweave 6300000000 signed'],
      ],
      [
        'es',
        'CoreWeave reveló un pedido de 6.300 millones de dólares de parte de Nvidia para capacidad en la nube.',
        ['nvidia coreweave 6300000000 signed'],
      ],
      // One company named: no pair.
      ['de', 'CoreWeave meldete einen Auftrag über 6,3 Milliarden Dollar für Cloud-Kapazität.', []],
      // Goods ordered from a maker: the maker sells.
      [
        'en',
        'Lambda ordered GPUs worth $1 billion from Nvidia for its cloud.',
        ['lambda nvidia 1000000000 signed hardware'],
      ],
    ],
  },
  true,
);
