// Kinds of error seen on real pages in round 45 (two contracts of one pair told in one text merged into one, the
// later one's figure lost: "Microsoft signed a $6.2 billion contract with Nscale … Microsoft also agreed to rent …
// in a deal worth up to $14 billion", "In May the two companies agreed a further contract worth $4 billion" after a
// March contract).
// Each kind is told again in invented sentences, in three languages or more: positives that must be found and near
// misses that must stay silent or keep their pair. Each row's wanted strings are prefixes of the printed mentions
// ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

const NSCALE_BOTH = ['microsoft nscale 6200000000 signed', 'microsoft nscale 14000000000 signed'];
const COREWEAVE_BOTH = ['openai coreweave 11900000000 signed', 'openai coreweave 4000000000 signed'];

eachKind({
  // A sentence that names the pair again with "also signed", "a new contract", "également signé", "también firmó",
  // "ha anche firmato", "einen neuen Vertrag" tells a second contract, not a second figure for the first.
  'a second contract of the pair, told with "also" or "new", is a deal of its own': [
    [
      'en',
      'Microsoft signed a $6.2 billion contract with Nscale for GPU capacity at a campus in Narvik, Norway. Microsoft also agreed to rent about 104,000 Nvidia GB300 chips from Nscale in Texas, in a deal worth up to $14 billion.',
      NSCALE_BOTH,
    ],
    [
      'fr',
      'Microsoft a signé avec Nscale un contrat de 6,2 milliards de dollars pour des capacités GPU à Narvik, en Norvège. Microsoft a également signé avec Nscale un contrat de 14 milliards de dollars pour un site au Texas.',
      NSCALE_BOTH,
    ],
    [
      'es',
      'Microsoft firmó con Nscale un contrato de 6.200 millones de dólares para capacidad de GPU en Narvik. Microsoft también firmó con Nscale un nuevo contrato de 14.000 millones de dólares para un campus en Texas.',
      NSCALE_BOTH,
    ],
    [
      'it',
      'Microsoft ha firmato con Nscale un contratto da 6,2 miliardi di dollari per capacità GPU a Narvik. Microsoft ha anche firmato con Nscale un nuovo contratto da 14 miliardi di dollari per un campus in Texas.',
      NSCALE_BOTH,
    ],
    [
      'de',
      'Microsoft unterzeichnete mit Nscale einen Vertrag über 6,2 Milliarden Dollar für GPU-Kapazität in Narvik. Microsoft schloss mit Nscale zudem einen neuen Vertrag über 14 Milliarden Dollar für einen Standort in Texas.',
      NSCALE_BOTH,
    ],
    // Near misses: the contract's own option, and its value with extra services, are the same contract's figures.
    [
      'en',
      'Microsoft signed a $6.2 billion contract with Nscale for GPU capacity in Narvik. The contract also gives Microsoft the option to buy up to $14 billion of capacity over the term.',
      ['microsoft nscale 6200000000 signed'],
    ],
    [
      'en',
      'Nebius signed a new contract with Microsoft worth $17.4 billion to supply GPU capacity. The value could rise to $19.4 billion if Microsoft buys additional services.',
      ['microsoft nebius 17400000000 signed'],
    ],
  ],
  // Each contract dated in a sentence of its own ("in March", "In May", "im Mai") is its own, when no figure of the
  // pair is left undated; two dated figures of one sentence may be a contract and a figure of another kind.
  "contracts of a pair each dated in a sentence of its own are each the pair's": [
    [
      'en',
      'OpenAI signed a contract with CoreWeave worth $11.9 billion in March. In May the two companies agreed a further contract worth $4 billion.',
      COREWEAVE_BOTH,
    ],
    [
      'es',
      'OpenAI firmó en marzo un contrato con CoreWeave de 11.900 millones de dólares. En mayo las dos empresas cerraron un segundo contrato de 4.000 millones.',
      COREWEAVE_BOTH,
    ],
    [
      'de',
      'OpenAI hat im März mit CoreWeave einen Vertrag über 11,9 Milliarden Dollar unterzeichnet. Im Mai schlossen die beiden Unternehmen einen weiteren Vertrag über 4 Milliarden Dollar.',
      COREWEAVE_BOTH,
    ],
    [
      'en',
      'OpenAI signed a contract with CoreWeave worth $11.9 billion in March, CoreWeave said in May, when it reported revenue of $982 million.',
      ['openai coreweave 11900000000 signed'],
    ],
  ],
});
