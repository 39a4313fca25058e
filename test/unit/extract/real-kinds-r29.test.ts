// Kinds of error seen on real pages in round 29 (a chip maker's own contract with the buyer of its goods told in a
// relative clause, …). Each kind is told again in invented sentences, in three languages or more: positives that
// must be found and near misses that must stay silent. Each row's wanted strings are prefixes of the printed
// mentions ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

eachKind(
  {
    // "A fabricante de chips AMD fechou um acordo plurianual com a OpenAI, que vai instalar 6 gigawatts de GPUs AMD
    // Instinct": the contract's "with" object was taken for another contract's counterparty beside a purchase of
    // goods, and the goods' buyer was looked for elsewhere; the vendor named first signs its own contract.
    "a chip maker's own contract with the buyer of its goods, told in a relative clause": [
      [
        'en',
        'AMD signed a multi-year deal with OpenAI, which will deploy 6 gigawatts of AMD Instinct GPUs.',
        ['openai amd null signed hardware'],
      ],
      [
        'pt',
        'A fabricante de chips AMD fechou um acordo plurianual com a OpenAI, que vai instalar 6 gigawatts de GPUs AMD Instinct.',
        ['openai amd null signed hardware'],
      ],
      [
        'fr',
        'AMD a signé un accord avec OpenAI, qui déploiera 6 GW de GPU AMD Instinct.',
        ['openai amd null signed hardware'],
      ],
      [
        'es',
        'AMD firmó un acuerdo con OpenAI, que desplegará 6 gigavatios de GPU AMD Instinct.',
        ['openai amd null signed hardware'],
      ],
      [
        'it',
        'AMD ha firmato un accordo con OpenAI, che installerà 6 gigawatt di GPU AMD Instinct.',
        ['openai amd null signed hardware'],
      ],
      // The vendor named after another contract's counterparty: that contract is not the goods' purchase.
      [
        'it',
        'Gli analisti citano il contratto con Microsoft e un acquisto di server da Dell per 5,8 miliardi.',
        [],
      ],
      [
        'en',
        'Analysts point to the contract with Microsoft and a $5.8 billion server purchase from Dell.',
        [],
      ],
    ],
    // "Broadcom said it had signed a long-term agreement to supply Google with custom accelerators": a chip maker's
    // contract to supply its goods to a named buyer, told without a figure, was no deal (only its counted or priced
    // forms were read). The contract's noun is what makes it a deal; the maker's "will supply" alone stays silent.
    'a contract to supply chips to a named buyer, told without a figure, is a hardware deal': [
      [
        'en',
        'Broadcom signed an agreement to supply chips to OpenAI.',
        ['openai broadcom null signed hardware'],
      ],
      [
        'en',
        'Broadcom said it had signed a long-term agreement to supply Google with custom accelerators through 2031.',
        ['alphabet broadcom null signed hardware'],
      ],
      ['en', 'Nvidia signed a chip supply agreement with Meta.', ['meta nvidia null signed hardware']],
      [
        'fr',
        'Nvidia a signé un accord pour fournir des millions de GPU à Meta.',
        ['meta nvidia null signed hardware'],
      ],
      [
        'de',
        'AMD hat einen Vertrag über die Lieferung von Grafikprozessoren an OpenAI unterzeichnet.',
        ['openai amd null signed hardware'],
      ],
      [
        'es',
        'Broadcom firmó un acuerdo para suministrar chips a Google hasta 2031.',
        ['alphabet broadcom null signed hardware'],
      ],
      [
        'it',
        'Broadcom ha firmato un accordo per fornire chip a Google.',
        ['alphabet broadcom null signed hardware'],
      ],
      [
        'pt',
        'A Broadcom assinou um contrato de longo prazo para fornecer aceleradores personalizados e componentes de rede ao Google até 2031.',
        ['alphabet broadcom null signed hardware'],
      ],
      // The maker's business, no contract: silent (as before).
      ['en', 'Nvidia will supply GPUs to OpenAI for its own data centers.', []],
      ['pt', 'A AMD vai fornecer GPUs à OpenAI.', []],
      // A contract to supply a country names no buyer company.
      ['en', 'Nvidia signed deals to supply chips to Saudi Arabia and the United Arab Emirates.', []],
      ['en', 'The builder signed an agreement to provide power systems to the site.', []],
    ],
  },
  true,
);
