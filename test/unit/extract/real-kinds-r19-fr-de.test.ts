import { describe, expect, it } from 'vitest';
import { parseTermYears } from '../../../functions/core/dates';
import { extractMentions } from '../../../functions/core/extract';
import { eachCorpusPage, eachKind, type Family } from './mention-cases';

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

/**
 * The provider named by a descriptor of its home ("Le néocloud néerlandais", "Das Amsterdamer Unternehmen", "The
 * Amsterdam-based company", "la società britannica") or by a pronoun ("Elle", "Sie", "the company") after a
 * sentence about its rival: it was read as the last seller named (Nvidia, "son rival CoreWeave") or missed. The
 * descriptor stands for the nearest company named before it that comes from there (companies-origins.ts); a
 * company named by a rival's title ("Son rival CoreWeave", "Konkurrent CoreWeave", "Its rival") is nobody's
 * antecedent. A descriptor in apposition to a name ("La société britannique Nscale") is the name's.
 */
const PROVIDER_BY_DESCRIPTOR: Family[] = [
  [
    'fr',
    "Nebius bondit de 40 % à Wall Street. Le titre avait déjà profité en juin d'un partenariat avec Nvidia. Le néocloud néerlandais a signé avec Microsoft un contrat de 17,4 milliards de dollars pour de la capacité GPU.",
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'de',
    'Nebius legt an der Börse um 40 Prozent zu. Konkurrent CoreWeave hatte im September mit Meta abgeschlossen. Das Amsterdamer Unternehmen hat mit Microsoft einen Vertrag über 17,4 Milliarden Dollar für GPU-Rechenkapazität abgeschlossen.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'en',
    'Nebius shares jumped 40%. Its rival CoreWeave signed with Meta in September. The Amsterdam-based company signed a $17.4 billion contract for GPU capacity with Microsoft.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'it',
    'Nscale cresce in fretta. Il concorrente CoreWeave aveva firmato con Meta a settembre. La società britannica ha firmato con Microsoft un contratto da 14 miliardi di dollari per capacità GPU.',
    ['microsoft nscale 14000000000 signed'],
  ],
  [
    'fr',
    "Nebius s'envole à Wall Street\nNebius bondit de 40 % à Wall Street. Son rival CoreWeave avait signé en septembre avec Meta. Elle a signé avec Microsoft un contrat de 17,4 milliards de dollars pour de la capacité GPU.",
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'de',
    'Nebius-Aktie springt an\nNebius legt an der Börse um 40 Prozent zu. Konkurrent CoreWeave hatte im September mit Meta abgeschlossen. Sie hat mit Microsoft einen Vertrag über 17,4 Milliarden Dollar für GPU-Rechenkapazität abgeschlossen.',
    ['microsoft nebius 17400000000 signed'],
  ],
  // A descriptor in apposition to a name is that name's; a funding round told with one stays silent.
  [
    'fr',
    'Fluidstack a signé avec Anthropic en novembre. La société britannique Nscale a signé avec Microsoft un contrat de 14 milliards de dollars pour de la capacité GPU.',
    ['microsoft nscale 14000000000 signed'],
  ],
  [
    'fr',
    'Fluidstack a signé avec Anthropic en novembre. La société britannique Nscale lève 1,1 milliard de dollars pour de la capacité GPU.',
    [],
  ],
  // A home word without a company noun ("le gouvernement néerlandais") stands for no company.
  [
    'fr',
    'Nebius bondit en Bourse. Le gouvernement néerlandais a signé avec Microsoft un contrat de 2 milliards de dollars pour des services cloud.',
    [],
  ],
];

eachKind({ 'a provider named by its home or a pronoun after its rival': PROVIDER_BY_DESCRIPTOR }, true);

describe('corpus pages of this pass', () => {
  eachCorpusPage('r19-rfd9-', 2, false, ['fr', 'de']);
});
