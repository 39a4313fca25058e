// Kinds found by writing real-page shapes (market movers, wire stories, roundups) in the six languages and reading
// them through the extractor (tenth session): positives that must be found with the right pair, and near misses
// that must stay silent. Each row's wanted strings are prefixes of the mentions ("buyer provider valueUsd status").
import { describe } from 'vitest';
import { eachKind } from './mention-cases';

describe('real-page shapes, tenth session', () => {
  eachKind(
    {
      /**
       * "Applied Digital shares climbed 12% after the company signed a second lease with CoreWeave. The new agreement
       * is worth about $4 billion": a share-price move told with the deal that caused it lends that deal's parties
       * to the amount after it, and a move told with its cause is news about that company even beside another
       * company's move. A move caused by results, a stake or a takeover lends nothing.
       */
      'a share-price move caused by a deal': [
        [
          'en',
          'Applied Digital shares climbed 12% on Wednesday after the company said it had signed a second lease with CoreWeave. The new 15-year agreement is worth about $4 billion.',
          ['coreweave applied-digital 4000000000'],
        ],
        [
          'en',
          'Oracle shares fell 3% on Monday, while CoreWeave gained 5% after Meta agreed to pay it $14.2 billion for computing capacity through 2031.',
          ['meta coreweave 14200000000 signed'],
        ],
        [
          'fr',
          "L'action Applied Digital a bondi de 12 % mercredi après l'annonce d'un deuxième bail signé avec CoreWeave. Le nouveau contrat, d'une durée de 15 ans, porte sur 150 MW supplémentaires et devrait rapporter environ 4 milliards de dollars.",
          ['coreweave applied-digital 4000000000'],
        ],
        [
          'es',
          'Las acciones de Applied Digital subieron un 12 % después de que la compañía firmara un segundo arrendamiento con CoreWeave. El nuevo contrato, a 15 años, supondrá unos ingresos de unos 4.000 millones de dólares.',
          ['coreweave applied-digital 4000000000'],
        ],
        [
          'pt',
          'As ações da Applied Digital subiram 12% depois de a empresa assinar um segundo contrato de arrendamento com a CoreWeave. O novo acordo, de 15 anos, vale cerca de 4 mil milhões de dólares.',
          ['coreweave applied-digital 4000000000'],
        ],
        [
          'it',
          "Il titolo Nebius è salito del 6% dopo l'annuncio di un contratto con Meta. L'accordo vale fino a 27 miliardi di dollari per capacità di calcolo.",
          ['meta nebius 27000000000'],
        ],
        [
          'en',
          'Nebius shares rose 6% after Nvidia disclosed a larger stake in the company. The chipmaker now holds about $2 billion of its stock.',
          [],
        ],
        [
          'fr',
          'Le titre CoreWeave a chuté de 8 % après la publication de ses résultats. Le groupe a relevé son carnet de commandes à 55,6 milliards de dollars.',
          [],
        ],
        [
          'de',
          'Die Aktie von Nebius fiel um 5 Prozent, nachdem Microsoft seine Investitionspläne gekürzt hatte. Der Konzern will dieses Jahr 80 Milliarden Dollar ausgeben.',
          [],
        ],
        [
          'en',
          'CoreWeave stock rose 5% after Core Scientific shareholders rejected the all-stock takeover. The deal had valued Core Scientific at about $9 billion.',
          [],
        ],
      ],
    },
    true,
  );
});
