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
      /**
       * "Microsoft strikes $9.7 billion AI cloud deal" over "The software giant will get access to Nvidia chips hosted
       * by IREN": a headline naming one party and the amount, its dek naming the other party and no amount, is one
       * deal; the dek's compute words count for a headline that has none ("Meta firma un acuerdo de 14.200 millones").
       * A headline about an investment, a backlog or a debt raise lends its amount to nobody in the dek.
       */
      'a headline with one party and the amount, the other party in the dek': [
        [
          'en',
          'Microsoft strikes $9.7 billion AI cloud deal\n\nThe software giant will get access to Nvidia chips hosted by IREN, the former bitcoin miner, under the five-year contract.',
          ['microsoft iren 9700000000 signed'],
        ],
        [
          'en',
          "Anthropic commits $30 billion to cloud\n\nThe Claude developer will buy the capacity from Microsoft's Azure over several years, the companies said.",
          ['anthropic microsoft 30000000000 signed'],
        ],
        [
          'fr',
          "Microsoft signe un contrat de 9,7 milliards de dollars\n\nLe géant de Redmond aura accès à des puces Nvidia hébergées par IREN, l'ancien mineur de bitcoins, pendant cinq ans.",
          ['microsoft iren 9700000000 signed'],
        ],
        [
          'es',
          'Meta firma un acuerdo de 14.200 millones de dólares\n\nLa matriz de Facebook comprará capacidad de computación a CoreWeave hasta 2031.',
          ['meta coreweave 14200000000 signed'],
        ],
        [
          'de',
          'Anthropic sichert sich Rechenleistung für 30 Milliarden Dollar\n\nDer Claude-Entwickler kauft die Kapazität über mehrere Jahre bei Microsoft Azure ein.',
          ['anthropic microsoft 30000000000 signed'],
        ],
        [
          'en',
          'Nvidia to invest $100 billion\n\nThe chipmaker will supply OpenAI with systems for at least 10 gigawatts of data centers.',
          // The investment is no deal; the chip maker's supply of systems is hardware, without the investment's figure.
          ['openai nvidia null signed hardware'],
        ],
        [
          'en',
          "Oracle posts $455 billion backlog\n\nThe database company's bookings were lifted by contracts with OpenAI and Meta.",
          [],
        ],
        [
          'en',
          'CoreWeave raises $2 billion in debt\n\nThe neocloud said the notes would fund capacity for Microsoft.',
          [],
        ],
        [
          'fr',
          'Microsoft dépensera 80 milliards de dollars cette année\n\nLe groupe consacrera une grande partie de ses centres de données à OpenAI.',
          [],
        ],
      ],
      /**
       * "Anthropic already uses Amazon Web Services as its primary cloud and training partner and last month agreed to
       * use up to one million Google TPUs in a deal worth tens of billions": a company named as a party's standing
       * supplier ("as its primary cloud", "als wichtigsten Cloud-Partner", "como su principal proveedor") is no party of
       * the deal told beside it; "mehreren zehn Milliarden" is tens of billions, no figure.
       */
      'a standing supplier named beside a new deal': [
        [
          'en',
          'Anthropic already uses Amazon Web Services as its primary cloud and training partner and last month agreed to use up to one million Google TPUs in a deal worth tens of billions of dollars.',
          ['anthropic alphabet null signed'],
        ],
        [
          'en',
          "Anthropic, which already relies on Amazon Web Services as its main cloud, agreed last month to use up to one million of Google's TPUs in a deal worth tens of billions of dollars.",
          ['anthropic alphabet null signed'],
        ],
        [
          'de',
          'Anthropic nutzt bereits Amazon Web Services als wichtigsten Cloud-Partner und hat im vergangenen Monat vereinbart, bis zu einer Million TPU von Google zu nutzen – ein Geschäft im Wert von mehreren zehn Milliarden Dollar.',
          ['anthropic alphabet null signed'],
        ],
        [
          'es',
          'Anthropic, que usa Amazon Web Services como su principal proveedor de nube, acordó el mes pasado utilizar hasta un millón de TPU de Google en un acuerdo valorado en decenas de miles de millones de dólares.',
          ['anthropic alphabet null signed'],
        ],
        [
          'fr',
          "OpenAI, qui s'appuie sur Microsoft comme principal fournisseur de cloud, reste libre de ses choix pour ses nouveaux centres de données.",
          [],
        ],
        [
          'it',
          "Anthropic usa Amazon Web Services come principale fornitore cloud e partner per l'addestramento dei suoi modelli.",
          [],
        ],
      ],
    },
    true,
  );
});
