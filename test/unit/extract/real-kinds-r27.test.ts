// Kinds of error seen on real pages in round 27 (two figures sharing one scale word, a list's lead-in naming its
// elements as the buyers, …). Each kind is told again in invented sentences, in three languages or more: positives
// that must be found and near misses that must stay silent. Each row's wanted strings are prefixes of the printed
// mentions ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

eachKind(
  {
    // "… des contrats de 14,2 et 11,9 milliards de dollars": the first figure, written without its scale, was read
    // as the lower bound of a range or not at all, and the two counterparties told before the figures lost theirs.
    'two figures sharing the scale written after the second are two contracts, one per counterparty in order':
      [
        [
          'fr',
          'CoreWeave a signé avec Meta et OpenAI des contrats de 14,2 et 11,9 milliards de dollars.',
          ['meta coreweave 14200000000 signed', 'openai coreweave 11900000000 signed'],
        ],
        [
          'de',
          'Nebius hat Verträge über 17,4 und 3 Milliarden Dollar mit Microsoft beziehungsweise Meta für GPU-Kapazität unterzeichnet.',
          ['microsoft nebius 17400000000 signed', 'meta nebius 3000000000 signed'],
        ],
        [
          'es',
          'Nebius ha firmado con Microsoft y Meta contratos de capacidad GPU por 17.400 y 3.000 millones de dólares.',
          ['microsoft nebius 17400000000 signed', 'meta nebius 3000000000 signed'],
        ],
        [
          'it',
          'Nebius ha firmato con Microsoft e Meta contratti cloud da 17,4 e 3 miliardi di dollari.',
          ['microsoft nebius 17400000000 signed', 'meta nebius 3000000000 signed'],
        ],
        [
          'en',
          'Nebius has signed AI infrastructure agreements with Microsoft and Meta worth $17.4 billion and $3 billion, respectively.',
          ['microsoft nebius 17400000000 signed', 'meta nebius 3000000000 signed'],
        ],
        [
          'en',
          'Nebius has signed AI infrastructure agreements worth $17.4 and $3 billion with Microsoft and Meta.',
          ['microsoft nebius 17400000000 signed', 'meta nebius 3000000000 signed'],
        ],
        // A range is still one amount, its lower bound.
        [
          'fr',
          'Nebius a signé avec Microsoft un contrat cloud GPU de 17,4 à 19,4 milliards de dollars.',
          ['microsoft nebius 17400000000 signed'],
        ],
        [
          'es',
          'Nebius firmó con Microsoft un contrato de capacidad GPU de entre 17.400 y 19.400 millones de dólares.',
          ['microsoft nebius 17400000000 signed'],
        ],
        // One amount over two counterparties is still their sum.
        [
          'en',
          'Microsoft has signed GPU capacity contracts with Nebius and IREN worth a combined $27 billion.',
          ['microsoft nebius null signed', 'microsoft iren null signed'],
        ],
        [
          'fr',
          "Le chiffre d'affaires du cloud a atteint 14,2 et 16,1 milliards de dollars en 2024 et 2025.",
          [],
        ],
      ],
    // "Microsoft and Meta have signed GPU cloud contracts with Nebius: Microsoft ($17.4B) and Meta ($3B)": the
    // elements of the list were paired with each other (Meta <- Microsoft).
    "a list's elements named in its lead-in as the buyers sign with the lead-in's last company": [
      [
        'en',
        'Microsoft and Meta have signed GPU cloud contracts with Nebius: Microsoft ($17.4B) and Meta ($3B).',
        ['microsoft nebius 17400000000 signed', 'meta nebius 3000000000 signed'],
      ],
      [
        'es',
        'Microsoft y Meta firmaron contratos de nube GPU con Nebius: Microsoft (17.400 millones de dólares) y Meta (3.000 millones).',
        ['microsoft nebius 17400000000 signed', 'meta nebius 3000000000 signed'],
      ],
      [
        'de',
        'Microsoft und Meta haben GPU-Cloud-Verträge mit Nebius geschlossen: Microsoft (17,4 Mrd. Dollar) und Meta (3 Mrd. Dollar).',
        ['microsoft nebius 17400000000 signed', 'meta nebius 3000000000 signed'],
      ],
      [
        'it',
        'Microsoft e Meta hanno firmato contratti cloud GPU con Nebius: Microsoft (17,4 miliardi di dollari) e Meta (3 miliardi di dollari).',
        ['microsoft nebius 17400000000 signed', 'meta nebius 3000000000 signed'],
      ],
      // The subject's own list keeps the subject as the seller.
      [
        'en',
        'Nebius has signed GPU cloud contracts with Microsoft ($17.4B) and Meta ($3B).',
        ['microsoft nebius 17400000000 signed', 'meta nebius 3000000000 signed'],
      ],
      ['en', 'Microsoft and Meta shares rose on Monday: Microsoft (+2%) and Meta (+3%).', []],
    ],
  },
  true,
);
