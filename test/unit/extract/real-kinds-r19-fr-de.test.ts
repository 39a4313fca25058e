import { describe, expect, it } from 'vitest';
import { parseTermYears } from '../../../functions/core/dates';
import { extractMentions } from '../../../functions/core/extract';
import { eachCorpusPage } from './mention-cases';

/** Each mention as "buyer provider valueUsd t=termYears", in the order found. */
const terms = (text: string): string[] =>
  extractMentions({ text, title: null }).map(
    (m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} t=${m.termYears}`,
  );

type TermRow = readonly [lang: string, text: string, want: readonly string[]];

function eachTermKind(kinds: Readonly<Record<string, readonly TermRow[]>>): void {
  for (const [kind, rows] of Object.entries(kinds))
    describe(kind, () => {
      it('spans three languages or more, with a row whose term stays unread', () => {
        expect(new Set(rows.map(([lang]) => lang)).size).toBeGreaterThanOrEqual(3);
        expect(rows.some(([, , want]) => want.some((w) => w.endsWith('t=null')))).toBe(true);
      });
      for (const [lang, text, want] of rows)
        it(`${lang}: ${text.slice(0, 80)}`, () => expect(terms(text)).toEqual(want));
    });
}

/**
 * German writes a contract's length inside one word ("Fünfjahresvertrag", "der Fünfjahresdeal", "ein
 * 5-Jahresprojekt", "einen siebenjährigen Vertrag"); the term scan wanted a space or hyphen before the unit and
 * read none of them. A "Fünfjahresplan" and a yearly revenue ("Jahresumsatz") are no term.
 */
describe('a German contract length written inside one word', () => {
  const rows: [string, number | undefined][] = [
    ['Nebius hat mit Meta einen Fünfjahresvertrag abgeschlossen', 5],
    ['Der Fünfjahresdeal mit Microsoft', 5],
    ['ein 5-Jahresprojekt im Volumen von', 5],
    ['einen siebenjährigen Vertrag über Rechenleistung', 7],
    ['ein Zehnjahresvertrag für den Campus', 10],
    ['die dreijährige Laufzeit', 3],
    ['der Fünfjahresplan der Regierung', undefined],
    ['der Jahresumsatz steigt', undefined],
    ['das 5-Jahres-Durchschnitts-KGV liegt bei 30', undefined],
  ];
  for (const [text, years] of rows) it(text, () => expect(parseTermYears(text)?.years).toBe(years));
});

/**
 * The deal's length told in a later sentence that names the deal only by its noun ("Cet accord de cinq ans montre
 * …", "Der Fünfjahresdeal umfasst …", "The agreement runs for six years", "El contrato tendrá una duración de cinco
 * años"): the length belongs to the capacity deal told nearest before it. A sentence naming a company outside
 * that deal's pair, or a length without a deal noun beside it, gives nothing.
 */
const TERM_TOLD_NEXT: Record<string, readonly TermRow[]> = {
  'a deal length told in a later sentence by the deal noun': [
    [
      'fr',
      "Microsoft signe un contrat de 9,7 milliards de dollars avec IREN pour de la capacité GPU. Le titre IREN a bondi de 20 % avant bourse. Cet accord de cinq ans montre que l'industrie a besoin de puissance de calcul.",
      ['microsoft iren 9700000000 t=5'],
    ],
    [
      'fr',
      'Microsoft a conclu un accord de 9,7 milliards de dollars pour des capacités cloud avec IREN. Dans le cadre de ce contrat de cinq ans, Microsoft accédera à des systèmes Nvidia GB300 hébergés au Texas.',
      ['microsoft iren 9700000000 t=5'],
    ],
    [
      'de',
      'Microsoft hat bei Nscale GPU-Rechenkapazität für 14 Milliarden Dollar gebucht. Der Fünfjahresdeal umfasst rund 200.000 Grafikprozessoren in vier Ländern.',
      ['microsoft nscale 14000000000 t=5'],
    ],
    [
      'de',
      'Meta mietet bei CoreWeave Rechenleistung für 14,2 Milliarden Dollar. Die Laufzeit des Vertrags beträgt sechs Jahre.',
      ['meta coreweave 14200000000 t=6'],
    ],
    [
      'en',
      'Meta signed a $14.2 billion compute contract with CoreWeave on Tuesday. The agreement runs for six years, with an option to extend.',
      ['meta coreweave 14200000000 t=6'],
    ],
    [
      'es',
      'Microsoft firmó un contrato de 9.700 millones de dólares con IREN para capacidad de cómputo en la nube. El contrato tendrá una duración de cinco años.',
      ['microsoft iren 9700000000 t=5'],
    ],
    // Another company's contract, a length with no deal noun, and a share's run over years give nothing.
    [
      'de',
      'Meta mietet bei Nebius Rechenleistung für 3 Milliarden Dollar. Der Vertrag mit Google läuft dagegen drei Jahre.',
      ['meta nebius 3000000000 t=null'],
    ],
    [
      'fr',
      "Microsoft signe un contrat de 9,7 milliards de dollars avec IREN pour de la capacité GPU. L'action IREN a été multipliée par six en cinq ans.",
      ['microsoft iren 9700000000 t=null'],
    ],
    [
      'en',
      'Meta signed a $14.2 billion compute contract with CoreWeave. Its shares have risen tenfold over the past five years.',
      ['meta coreweave 14200000000 t=null'],
    ],
  ],
};

eachTermKind(TERM_TOLD_NEXT);

describe('corpus pages of this pass', () => {
  eachCorpusPage('r19-rfd9-', 2, false, ['fr', 'de']);
});
