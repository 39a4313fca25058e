// Kinds of error seen on real pages in round 21 (headlines with a dek, market-news pages and filing summaries).
// Each kind is told again in invented sentences, in three languages or more: positives that must be found and near
// misses that must stay silent. Each row's wanted strings are prefixes of the printed mentions ("buyer provider
// valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

eachKind(
  {
    // "Hut 8 signs $7 billion lease …, backed by Google" over a body naming the tenant: the headline's only pair
    // was the guarantor and the landlord, sent as Google renting from Hut 8 (or guaranteeing the lease's $7B).
    'a guarantor named in the headline is not the tenant the body names': [
      [
        'en',
        'Hut 8 signs $7 billion AI lease at River Bend campus, backed by Google\n\nHut 8 said it had signed a 15-year lease worth about $7 billion with Fluidstack for 245 megawatts at its River Bend campus in Louisiana.',
        ['fluidstack hut-8 7000000000 signed datacenter_lease'],
      ],
      [
        'fr',
        "Hut 8 signe un bail de 7 milliards de dollars pour un campus IA, garanti par Google\n\nHut 8 a conclu avec Fluidstack un bail de 15 ans d'environ 7 milliards de dollars portant sur 245 mégawatts sur son campus de River Bend.",
        ['fluidstack hut-8 7000000000 signed datacenter_lease'],
      ],
      [
        'de',
        'Hut 8 unterzeichnet Mietvertrag über 7 Milliarden Dollar, abgesichert durch Google\n\nHut 8 hat mit Fluidstack einen Mietvertrag über 15 Jahre im Wert von rund 7 Milliarden Dollar für 245 Megawatt auf dem Campus River Bend geschlossen.',
        ['fluidstack hut-8 7000000000 signed datacenter_lease'],
      ],
      [
        'es',
        'Hut 8 firma un arrendamiento de 7.000 millones de dólares respaldado por Google\n\nHut 8 firmó con Fluidstack un contrato de arrendamiento a 15 años por unos 7.000 millones de dólares para 245 megavatios en su campus de River Bend.',
        ['fluidstack hut-8 7000000000 signed datacenter_lease'],
      ],
      // A guarantee with an amount of its own stays a backstop beside the lease.
      [
        'en',
        'Cipher Mining signed a 10-year lease with Fluidstack worth about $3 billion. Google will backstop $1.4 billion of Fluidstack\'s lease obligations.',
        [
          'fluidstack cipher-mining 3000000000 signed datacenter_lease',
          'alphabet cipher-mining 1400000000 signed capacity_backstop',
        ],
      ],
      // The buyer backed by a loan, not by a company: the headline's pair is the deal.
      [
        'en',
        'Google signs $7 billion cloud deal with Hut 8\n\nGoogle has agreed to rent 245 megawatts of AI capacity from Hut 8 under a 15-year contract worth about $7 billion.',
        ['alphabet hut-8 7000000000 signed'],
      ],
    ],
  },
  false,
);
