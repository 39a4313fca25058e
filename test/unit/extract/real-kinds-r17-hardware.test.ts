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
    // "Nvidia … hat bekanntgegeben, dass es mehr als 18.000 seiner neuesten KI-Chips an das saudische Unternehmen
    // Humain verkaufen wird", "Nvidia has landed a deal to supply 18,000 of its GB300 chips to Humain": a vendor's
    // sale of its goods had no deal word (selling verbs), and a chip designer's supply of chips read as cloud capacity.
    'a vendor selling or supplying its chips to a named buyer is a hardware deal': [
      ['en', 'Nvidia will sell more than 18,000 chips to Humain.', ['humain nvidia null signed hardware']],
      [
        'en',
        'Nvidia has landed a deal to supply 18,000 of its GB300 chips to Humain.',
        ['humain nvidia null signed hardware'],
      ],
      ['fr', 'Nvidia vendra plus de 18 000 puces à Humain.', ['humain nvidia null signed hardware']],
      [
        'de',
        'Nvidia wird mehr als 18.000 KI-Chips an Humain verkaufen.',
        ['humain nvidia null signed hardware'],
      ],
      ['es', 'Nvidia venderá más de 18.000 chips a Humain.', ['humain nvidia null signed hardware']],
      ['it', 'Nvidia venderà oltre 18.000 chip a Humain.', ['humain nvidia null signed hardware']],
      ['pt', 'A Nvidia vai vender mais de 18 mil chips à Humain.', ['humain nvidia null signed hardware']],
      // A government allowing the sale, a chip maker's revenue and a share sale stay silent.
      [
        'en',
        'The Commerce Department authorized Nvidia to sell up to 35,000 Blackwell chips to Humain and G42.',
        [],
      ],
      [
        'fr',
        "Le département du Commerce a autorisé Nvidia à vendre jusqu'à 35 000 puces Blackwell à Humain et G42.",
        [],
      ],
      [
        'de',
        'Das US-Handelsministerium erlaubt Nvidia, bis zu 35.000 Blackwell-Chips an Humain und G42 zu verkaufen.',
        [],
      ],
      ['en', 'Nvidia sold $57 billion worth of chips last quarter, mostly to cloud providers.', []],
      [
        'de',
        'Nvidia verkauft seit Jahren Chips an Microsoft, Meta und Amazon; der Umsatz stieg auf 57 Milliarden Dollar.',
        [],
      ],
      ['en', 'AMD sold 1.2 million shares to investors, raising $4 billion for chip research.', []],
      // Past sales to several customers in a period are a vendor's results.
      [
        'en',
        'Supermicro sold GPU servers to CoreWeave and xAI for $2 billion in the quarter, its results show.',
        [],
      ],
    ],
    // "L'entreprise anticipe plus de 100 milliards de dollars de nouveaux revenus sur quatre ans provenant d'OpenAI
    // et de clients potentiels": the vendor's forecast revenue from the buyer and others was read as the order's value
    // (French "anticipe", and "new" revenue in each language, were not read as a forecast).
    "a vendor's forecast of new revenue is no value of its sale": [
      [
        'fr',
        "AMD a conclu un accord avec OpenAI pour lui fournir 6 gigawatts de GPU. L'entreprise anticipe plus de 100 milliards de dollars de nouveaux revenus sur quatre ans provenant d'OpenAI et de clients potentiels ultérieurs.",
        ['openai amd null signed hardware'],
      ],
      [
        'it',
        'AMD ha firmato un accordo con OpenAI per fornire 6 gigawatt di GPU. Il gruppo prevede oltre 100 miliardi di dollari di nuovi ricavi in quattro anni da OpenAI e altri clienti.',
        ['openai amd null signed hardware'],
      ],
      [
        'en',
        'AMD signed a deal with OpenAI to supply 6 gigawatts of GPUs. The company expects more than $100 billion in new revenue over four years from OpenAI and other customers.',
        ['openai amd null signed hardware'],
      ],
      // A contract's own value beside the word stays the contract's.
      [
        'en',
        'Nebius signed a $17.4 billion contract with Microsoft, and expects new revenue from it to start next year.',
        ['microsoft nebius 17400000000 signed gpu_cloud'],
      ],
      ['fr', 'AMD anticipe 9,7 milliards de dollars de nouveaux revenus au prochain trimestre.', []],
    ],
  },
  true,
);
