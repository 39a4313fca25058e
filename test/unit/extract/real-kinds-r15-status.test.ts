// Status kinds seen on real pages (round 15, rstat2): a deal told plainly whose source a later sentence names, and
// sources named in the deal's own sentence in words the lexicon lacked. Each told again in invented sentences in
// six languages: positives that must read reported, and near misses that must stay signed (the companies announced
// the deal, or the later source is another deal's). Each row's wanted strings are prefixes of the printed mentions
// ("buyer provider valueUsd status kind"), in order.
import { beforeAll, describe } from 'vitest';
import { eachCorpusPage, eachKind, type Family, run } from './mention-cases';

beforeAll(() => {
  run('Microsoft signed a $1 billion cloud contract with Nebius.');
}, 120_000);

/**
 * The deal told as done, then a later sentence naming the news's source ("According to two people who spoke to The
 * Information, the deal covers …", "la notizia, anticipata da The Information", "l'accord, révélé par Les Echos"):
 * reported. A deal the companies announced stays signed; a source named for another company's news is that news's.
 */
const SOURCE_NAMED_LATER: Family[] = [
  [
    'en',
    'Oracle has won a five-year, $8 billion cloud contract from Meta to supply GPU capacity. According to two people who spoke to Bloomberg, the deal covers servers in Texas and Ohio.',
    ['meta oracle 8000000000 reported'],
  ],
  [
    'en',
    'Oracle has won a five-year, $8 billion cloud contract from Meta to supply GPU capacity. Both companies declined to comment. The deal was first reported by The Information.',
    ['meta oracle 8000000000 reported'],
  ],
  [
    'it',
    'Meta firma un accordo da 8 miliardi di dollari con Oracle per capacità di calcolo su cinque anni. Entrambe le società, contattate dopo che la notizia pubblicata da Bloomberg è stata ripresa da altri media, non hanno commentato.',
    ['meta oracle 8000000000 reported'],
  ],
  [
    'it',
    'Meta ha stretto un accordo pluriennale con Oracle per capacità cloud. Un contratto da 8 miliardi di dollari per server e GPU. La notizia, anticipata da Bloomberg, mostra quanto conti la capacità di calcolo.',
    ['meta oracle 8000000000 reported'],
  ],
  [
    'fr',
    "Oracle a décroché un contrat cloud de 8 milliards de dollars auprès de Meta pour des GPU. L'accord, révélé par Les Echos, porte sur cinq ans.",
    ['meta oracle 8000000000 reported'],
  ],
  [
    'es',
    'Oracle ha cerrado un contrato de nube de 8.000 millones de dólares con Meta para capacidad de GPU. El acuerdo, adelantado por Bloomberg, abarca cinco años.',
    ['meta oracle 8000000000 reported'],
  ],
  [
    'pt',
    'A Oracle fechou um contrato de nuvem de US$ 8 bilhões com a Meta para capacidade de GPU. O acordo, revelado pela Bloomberg, cobre cinco anos.',
    ['meta oracle 8000000000 reported'],
  ],
  [
    'de',
    'Oracle hat einen Cloud-Vertrag über 8 Milliarden Dollar mit Meta für GPU-Kapazität abgeschlossen. Der Vertrag läuft laut Insidern fünf Jahre.',
    ['meta oracle 8000000000 reported'],
  ],
  // Announced by the companies: the source of a detail does not undo their word.
  [
    'en',
    'Oracle has won a five-year, $8 billion cloud contract from Meta to supply GPU capacity. The deal was announced on Monday. According to people familiar, the deal covers servers in Texas.',
    ['meta oracle 8000000000 signed'],
  ],
  [
    'fr',
    "Oracle et Meta ont annoncé un contrat cloud de 8 milliards de dollars pour des GPU. Selon des sources proches du dossier, l'accord porte sur cinq ans.",
    ['meta oracle 8000000000 signed'],
  ],
  [
    'es',
    'Oracle anunció un contrato de nube de 8.000 millones de dólares con Meta para capacidad de GPU. Según fuentes cercanas, el acuerdo abarca cinco años.',
    ['meta oracle 8000000000 signed'],
  ],
  // The later source is another company's news: the deal keeps its status.
  [
    'en',
    'Oracle has won a five-year, $8 billion cloud contract from Meta to supply GPU capacity. Separately, according to people familiar, the deal between Microsoft and Nscale may grow.',
    ['meta oracle 8000000000 signed'],
  ],
  [
    'it',
    "Meta firma un accordo da 8 miliardi di dollari con Oracle per capacità di calcolo. Secondo fonti vicine, l'accordo di Microsoft con Nscale potrebbe crescere.",
    ['meta oracle 8000000000 signed'],
  ],
  // No contract at all: silent.
  [
    'pt',
    'A Oracle disse que a procura por capacidade de nuvem segue forte. A notícia, revelada pela Bloomberg, animou as ações.',
    [],
  ],
];

/**
 * A source named in the deal's own sentence in words the lexicon lacked: "according to a source", "according to two
 * people", "selon une information exclusive du", "según una información de", "secondo un'esclusiva del", "secondo
 * una fonte", "segundo reportagem do". A company's own word stays signed.
 */
const SOURCE_IN_THE_SENTENCE: Family[] = [
  [
    'en',
    'Oracle has signed a six-year cloud computing deal with Meta valued at $8 billion, according to a source.',
    ['meta oracle 8000000000 reported'],
  ],
  [
    'fr',
    'Selon une information exclusive du Wall Street Journal, Meta a signé avec Oracle un contrat de capacité de calcul de 8 milliards de dollars.',
    ['meta oracle 8000000000 reported'],
  ],
  [
    'es',
    'Según una información exclusiva de Bloomberg, Meta ha firmado con Oracle un contrato de capacidad de cómputo de 8.000 millones de dólares.',
    ['meta oracle 8000000000 reported'],
  ],
  [
    'it',
    "Secondo un'esclusiva del Financial Times, Meta ha firmato con Oracle un contratto di capacità di calcolo da 8 miliardi di dollari.",
    ['meta oracle 8000000000 reported'],
  ],
  [
    'it',
    'Meta ha firmato con Oracle un contratto di capacità di calcolo da 8 miliardi di dollari, secondo una fonte.',
    ['meta oracle 8000000000 reported'],
  ],
  [
    'pt',
    'Segundo reportagem do Wall Street Journal, a Meta fechou com a Oracle um contrato de capacidade de computação de US$ 8 bilhões.',
    ['meta oracle 8000000000 reported'],
  ],
  [
    'en',
    'Oracle said it signed a six-year cloud computing deal with Meta valued at $8 billion.',
    ['meta oracle 8000000000 signed'],
  ],
  [
    'fr',
    "Selon un communiqué d'Oracle, Meta a signé un contrat de capacité de calcul de 8 milliards de dollars.",
    ['meta oracle 8000000000 signed'],
  ],
  ['es', 'Según una fuente, Oracle estudia abrir nuevos centros de datos en Texas.', []],
];

/**
 * Talks that ended, told in words the lexicon lacked: "beendeten die Gespräche", "i negoziati sono falliti", "le
 * trattative non sono andate a buon fine": terminated. A deal that went through stays signed.
 */
const ENDED_TALKS: Family[] = [
  [
    'de',
    'xAI und Oracle beendeten die Gespräche über einen Cloud-Vertrag über zehn Milliarden Dollar.',
    ['xai oracle 10000000000 terminated'],
  ],
  [
    'it',
    'xAI ha negoziato per mesi un contratto cloud da 10 miliardi di dollari con Oracle, ma le trattative non sono andate a buon fine.',
    ['xai oracle 10000000000 terminated'],
  ],
  [
    'it',
    'I negoziati tra xAI e Oracle per un contratto cloud da 10 miliardi di dollari sono falliti.',
    ['xai oracle 10000000000 terminated'],
  ],
  [
    'en',
    'xAI and Oracle ended talks on a $10 billion cloud server deal.',
    ['xai oracle 10000000000 terminated'],
  ],
  [
    'it',
    'Oracle ha firmato con xAI un contratto cloud da 10 miliardi di dollari, un accordo andato a buon fine.',
    ['xai oracle 10000000000 signed'],
  ],
  ['de', 'Die Gespräche über neue Rechenzentren in Texas beendeten beide Seiten ohne Ergebnis.', []],
];

eachKind(
  {
    'a source named after the deal': SOURCE_NAMED_LATER,
    "a source in the deal's own sentence": SOURCE_IN_THE_SENTENCE,
    'talks that ended': ENDED_TALKS,
  },
  true,
);

// The corpus pages written in the shapes of the real pages where these kinds were met (prefix r15-rstat2-).
describe('r15-rstat2 corpus pages', () => eachCorpusPage('r15-rstat2-', 6, true));
