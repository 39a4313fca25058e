import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import { eachKind, type Family } from './mention-cases';

/**
 * "OpenAI signe un contrat de 30 milliards de dollars avec Oracle" (headline) over "OpenAI a signé un contrat de 30
 * milliards de dollars par an avec Oracle" (lead): the headline drops the body's rate word. The same figure told as a
 * rate elsewhere in the page is a rate wherever it is told: the deal stays, without a value. A contract's own total
 * told beside its yearly rate (a different figure) keeps its value.
 */
const RATE_TOLD_AGAIN_WITHOUT_ITS_RATE_WORD: Family[] = [
  [
    'fr',
    'OpenAI signe un contrat de 30 milliards de dollars avec Oracle pour des centres de données. OpenAI a signé un contrat de 30 milliards de dollars par an avec Oracle pour de la capacité cloud, a rapporté le Wall Street Journal.',
    ['openai oracle null'],
  ],
  [
    'de',
    'OpenAI schließt 30-Milliarden-Dollar-Vertrag mit Oracle. OpenAI zahlt Oracle für Rechenkapazität in dessen Cloud künftig 30 Milliarden Dollar pro Jahr.',
    ['openai oracle null'],
  ],
  [
    'en',
    "Microsoft's $1.9 billion IREN deal. Microsoft signed a contract with IREN for GPU cloud capacity that will bring in $1.9 billion a year once fully deployed.",
    ['microsoft iren null'],
  ],
  [
    'es',
    'Meta firma un acuerdo de 5.000 millones de dólares con CoreWeave. Meta pagará a CoreWeave 5.000 millones de dólares al año por capacidad de cómputo en la nube.',
    ['meta coreweave null'],
  ],
  // The contract's total beside its yearly rate: two figures, the total stays the value.
  [
    'fr',
    'OpenAI a signé avec Oracle un contrat de capacité cloud de 300 milliards de dollars sur cinq ans, soit environ 60 milliards de dollars par an.',
    ['openai oracle 300000000000 signed'],
  ],
  [
    'de',
    'Microsoft hat mit IREN einen Cloud-Vertrag über 9,7 Milliarden Dollar für GPU-Kapazität abgeschlossen; er soll jährlich 1,94 Milliarden Dollar Umsatz bringen.',
    ['microsoft iren 9700000000 signed'],
  ],
  // A rate with no deal stays silent, and so does the same figure told again.
  [
    'it',
    "Oracle spenderà 30 miliardi di dollari l'anno per i suoi data center di calcolo. Un piano da 30 miliardi di dollari per l'IA.",
    [],
  ],
];

eachKind({ 'a rate told again without its rate word': RATE_TOLD_AGAIN_WITHOUT_ITS_RATE_WORD }, true);

/**
 * "OpenAI se serait engagé à dépenser 300 milliards", "le contrat porterait sur", "Der Vertrag soll 300 Milliarden
 * Dollar wert sein", "Wie Insider berichten", "varrebbe", "valeria": the press's conditional or hearsay on a deal or
 * its figure is reported, in each language's own forms. A company's own statement stays signed, and talks stay talks.
 */
const PRESS_CONDITIONAL_ON_THE_FIGURE: Family[] = [
  [
    'fr',
    "OpenAI se serait engagé à dépenser 300 milliards de dollars auprès d'Oracle pour de la capacité de calcul.",
    ['openai oracle 300000000000 reported'],
  ],
  [
    'fr',
    'Le contrat de capacité cloud entre OpenAI et Oracle porterait sur 300 milliards de dollars.',
    ['openai oracle 300000000000 reported'],
  ],
  [
    'de',
    'OpenAI hat mit Oracle einen Cloud-Vertrag geschlossen. Der Vertrag soll 300 Milliarden Dollar wert sein.',
    ['openai oracle 300000000000 reported'],
  ],
  [
    'de',
    'Wie Insider berichten, hat Meta mit Google einen Cloud-Vertrag über 10 Milliarden Dollar unterzeichnet.',
    ['meta alphabet 10000000000 reported'],
  ],
  [
    'it',
    'Il contratto di capacità di calcolo tra OpenAI e Oracle varrebbe 300 miliardi di dollari.',
    ['openai oracle 300000000000 reported'],
  ],
  [
    'pt',
    'O contrato de capacidade de computação entre a OpenAI e a Oracle valeria 300 mil milhões de dólares.',
    ['openai oracle 300000000000 reported'],
  ],
  // The company's own word stays signed; talks stay talks.
  [
    'fr',
    'Nebius a signé un contrat de capacité GPU de 17,4 milliards de dollars avec Microsoft. Nebius a indiqué que la capacité serait livrée depuis Vineland.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'fr',
    'Microsoft serait sur le point de signer un contrat de capacité GPU de 10 milliards de dollars avec Nebius.',
    ['microsoft nebius 10000000000 in_talks'],
  ],
  [
    'de',
    'Microsoft hat mit IREN einen Vertrag über Rechenkapazität im Wert von 9,7 Milliarden Dollar unterzeichnet. Die Kapazität soll in Childress bereitgestellt werden.',
    ['microsoft iren 9700000000 signed'],
  ],
  // A hedged figure with no deal stays silent.
  ['de', 'Der Markt für KI-Rechenzentren soll bis 2030 rund 300 Milliarden Dollar wert sein.', []],
];

eachKind({ 'the press conditional on a deal or its figure': PRESS_CONDITIONAL_ON_THE_FIGURE }, true);

/**
 * "einen Vertrag über 3 Milliarden US-Dollar", "ein Fünfjahresdeal über 17,4 Mrd. USD": after a deal noun, German
 * "über" names what the contract is for, not "more than"; "im Wert von über", "mehr als", "plus de", "more than"
 * still qualify the figure.
 */
const QUALIFIER_ROWS: ReadonlyArray<readonly [lang: string, text: string, qualifier: string | null]> = [
  [
    'de',
    'Cipher Mining hat einen Vertrag über 3 Milliarden US-Dollar mit Fluidstack für Rechenzentrumskapazität geschlossen.',
    null,
  ],
  [
    'de',
    'Nebius hatte einen Fünfjahresdeal über 17,4 Mrd. USD mit Microsoft für GPU-Kapazität gemeldet.',
    null,
  ],
  [
    'de',
    'Microsoft hat mit Nebius einen GPU-Vertrag im Wert von über 17,4 Milliarden Dollar geschlossen.',
    'more_than',
  ],
  [
    'de',
    'Microsoft hat mit Nebius einen GPU-Vertrag im Wert von mehr als 17,4 Milliarden Dollar geschlossen.',
    'more_than',
  ],
  [
    'fr',
    'Microsoft a signé avec Nebius un contrat de capacité GPU de plus de 17,4 milliards de dollars.',
    'more_than',
  ],
  ['en', 'Microsoft signed a GPU capacity contract worth more than $17.4 billion with Nebius.', 'more_than'],
];

describe('German "über" after a deal noun is no "more than"', () => {
  for (const [lang, text, qualifier] of QUALIFIER_ROWS)
    it(`${lang}: ${text.slice(0, 80)}`, () => {
      const got = extractMentions({ text, title: null });
      expect(got).toHaveLength(1);
      expect(got[0]!.qualifier).toBe(qualifier);
    });
});
