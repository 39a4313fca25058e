// Kinds of error seen on real pages in round 17 about hardware supply deals (a chip maker or server vendor selling
// accelerators or systems to a named buyer: AMD and OpenAI, Broadcom and OpenAI, Nvidia and Humain, Dell and xAI),
// each told again in invented sentences in several languages: positives that must be found (kind `hardware`, buyer
// <- seller, the order's own value or none) and near misses that must stay silent. Each row's wanted strings are
// prefixes of the printed mentions ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Microsoft signed a $1 billion cloud contract with Nebius.');
}, 120_000);

eachKind(
  {
    // "A fabricante de chips AMD fechou um acordo plurianual com a OpenAI, que vai instalar 6 gigawatts de GPUs":
    // the company after "a deal with" was read as another contract's counterparty (the shape of "its contract with
    // Microsoft and a purchase of GPUs from Dell"), so the vendor's own sale had no buyer and was dropped.
    "a vendor's own deal with a company names that company the buyer of its goods": [
      [
        'en',
        'AMD signed a multi-year deal with OpenAI to supply 6 gigawatts of Instinct GPUs.',
        ['openai amd null signed hardware'],
      ],
      [
        'fr',
        'AMD a conclu un accord pluriannuel avec OpenAI pour lui fournir 6 gigawatts de GPU Instinct.',
        ['openai amd null signed hardware'],
      ],
      [
        'it',
        'AMD ha firmato un accordo pluriennale con OpenAI per fornire 6 gigawatt di GPU Instinct.',
        ['openai amd null signed hardware'],
      ],
      [
        'pt',
        'A AMD fechou um acordo plurianual com a OpenAI para fornecer 6 gigawatts de GPUs Instinct.',
        ['openai amd null signed hardware'],
      ],
      [
        'en',
        'Broadcom signed an agreement with OpenAI to deliver 10 gigawatts of custom accelerators.',
        ['openai broadcom null signed hardware'],
      ],
      // Another contract's counterparty still buys nothing from the vendor named after it.
      [
        'en',
        'IREN signed a $9.7 billion contract with Microsoft and agreed to buy GPUs from Dell for $5.8 billion.',
        ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
      ],
      [
        'en',
        "Analysts cite IREN's $9.7 billion contract with Microsoft and a $5.8 billion purchase of GPUs from Dell.",
        ['microsoft iren 9700000000 signed gpu_cloud'],
      ],
      // A chip maker's letter of intent to invest in a lab is no sale.
      [
        'en',
        'Nvidia signed a letter of intent with OpenAI to invest up to $100 billion as 10 gigawatts of its systems are deployed.',
        [],
      ],
      [
        'fr',
        "Nvidia a signé une lettre d'intention avec OpenAI pour investir jusqu'à 100 milliards de dollars à mesure que 10 gigawatts de systèmes seront déployés.",
        [],
      ],
      [
        'de',
        'Nvidia hat mit OpenAI eine Absichtserklärung unterzeichnet, bis zu 100 Milliarden Dollar zu investieren, während zehn Gigawatt an Systemen aufgebaut werden.',
        [],
      ],
    ],
  },
  true,
);
