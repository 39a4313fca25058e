// Kinds of error seen on real French and German pages (stock-exchange news, Swiss and Austrian trade press, wire
// copy in translation, tech blogs) about compute-capacity deals, each told again in invented sentences in several
// languages: positives that must still be found and near misses that must stay silent. Each row's wanted strings are
// prefixes of the printed mentions ("buyer provider valueUsd status kind"), in order.
import { describe, expect, it } from 'vitest';
import { eachFamily, type Family } from './mention-cases';

/**
 * A data-centre operator bought by a consortium ("will den Betreiber übernehmen", "den kompletten Erwerb von
 * Aligned", "rachète l'opérateur", "agreed to buy data center operator Aligned"): the price is a company's, no
 * capacity contract's, and the consortium's members are no tenants. Buying capacity or GPUs stays a deal.
 */
const OPERATOR_BOUGHT: Family[] = [
  [
    'de',
    'Ein Konsortium um BlackRock, Nvidia und Microsoft will den Rechenzentrumsbetreiber Aligned Data Centers für 40 Milliarden Dollar übernehmen.',
    [],
  ],
  [
    'de',
    'Am Mittwoch verkündete die AIP mit Microsoft und Nvidia den kompletten Erwerb von Aligned Data Centers für 40 Milliarden Dollar.',
    [],
  ],
  [
    'de',
    'Investoren um Microsoft und Nvidia kaufen den Rechenzentrumsanbieter Aligned für rund 40 Milliarden Dollar.',
    [],
  ],
  [
    'de',
    'Blackrock und Nvidia haben den Rechenzentrumsbetreiber Aligned mit Microsoft für 40 Milliarden Dollar übernommen.',
    [],
  ],
  [
    'fr',
    "Un consortium mené par BlackRock, Nvidia et Microsoft rachète l'opérateur Aligned Data Centers pour 40 milliards de dollars.",
    [],
  ],
  [
    'en',
    'A consortium including Microsoft and Nvidia agreed to buy data center operator Aligned for $40 billion.',
    [],
  ],
  [
    'de',
    'Microsoft mietet für 40 Milliarden Dollar Rechenkapazität bei Aligned Data Centers.',
    ['microsoft aligned 40000000000 signed'],
  ],
  [
    'de',
    'Microsoft sichert sich für 9,7 Milliarden Dollar Rechenkapazität bei IREN, der Erwerb von GPUs ist Sache von IREN.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'en',
    'Microsoft will buy cloud capacity from data center operator Nebius for $17.4 billion.',
    ['microsoft nebius 17400000000 signed'],
  ],
];

/**
 * The press conditional on the deal's own verb or figure ("Meta signerait", "le contrat vaudrait", "s'élèverait à",
 * "soll … abgeschlossen haben", "firmaría", "firmerebbe") is the paper's hedge: reported. A company's own
 * conditional ("a indiqué qu'il verserait") and the future ("fournira") stay signed.
 */
const PRESS_CONDITIONAL: Family[] = [
  [
    'fr',
    'Meta signerait un deal cloud de 10 milliards de dollars avec Google',
    ['meta alphabet 10000000000 reported'],
  ],
  [
    'fr',
    'Le contrat de cloud entre Microsoft et Nebius vaudrait 17,4 milliards de dollars.',
    ['microsoft nebius 17400000000 reported'],
  ],
  [
    'fr',
    "Le contrat de cloud conclu entre Meta et Google s'élèverait à plus de 10 milliards de dollars sur six ans.",
    ['meta alphabet 10000000000 reported'],
  ],
  [
    'fr',
    "Google a conclu un accord de cloud de six ans avec Meta d'une valeur de plus de 10 milliards de dollars, rapportent deux journaux américains.",
    ['meta alphabet 10000000000 reported'],
  ],
  [
    'de',
    'Meta soll einen Cloud-Vertrag über 10 Milliarden Dollar mit Google abgeschlossen haben.',
    ['meta alphabet 10000000000 reported'],
  ],
  [
    'es',
    'Meta firmaría un acuerdo de nube de 10.000 millones de dólares con Google Cloud.',
    ['meta alphabet 10000000000 reported'],
  ],
  [
    'it',
    'Meta firmerebbe un accordo cloud da 10 miliardi di dollari con Google Cloud.',
    ['meta alphabet 10000000000 reported'],
  ],
  [
    'fr',
    "Microsoft a indiqué qu'il verserait 9,7 milliards de dollars à IREN dans le cadre d'un contrat cloud de cinq ans.",
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'fr',
    'Microsoft a signé un contrat de 9,7 milliards de dollars avec IREN, qui fournira des GPU Nvidia dès 2026.',
    ['microsoft iren 9700000000 signed'],
  ],
  [
    'de',
    'Meta hat einen Cloud-Vertrag über 10 Milliarden Dollar mit Google abgeschlossen; die Laufzeit soll sechs Jahre betragen.',
    ['meta alphabet 10000000000 signed'],
  ],
  ['en', 'Meta signed a $10 billion cloud deal with Google Cloud.', ['meta alphabet 10000000000 signed']],
];

const KINDS: Record<string, Family[]> = {
  'a data-centre operator bought is no capacity contract': OPERATOR_BOUGHT,
  "the press conditional on the deal's verb or figure makes it reported": PRESS_CONDITIONAL,
};

for (const [kind, rows] of Object.entries(KINDS))
  describe(kind, () => {
    it('spans three languages or more, with positives and negatives', () => {
      expect(new Set(rows.map(([lang]) => lang)).size).toBeGreaterThanOrEqual(3);
      expect(rows.some(([, , want]) => want.length > 0)).toBe(true);
    });
    eachFamily(rows);
  });
