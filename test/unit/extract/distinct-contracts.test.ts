// Two contracts of one pair in one text: an earlier contract told with words of its own (a month, "already",
// "the first contract", a pluperfect) keeps its own value and status beside the contract the text is about;
// one contract told twice, or with an option on top, stays one. Every sentence is written for these tests.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import {
  amountClause,
  onePerPair,
  pairsToldApart,
  tellsEarlierContract,
} from '../../../functions/core/extract/distinct-contracts';
import { mention } from '../../support/builders';
import { eachText, mentionLines } from './mention-lines';

const TEXAS_AND_NARVIK = ['microsoft nscale 14000000000 signed', 'microsoft nscale 6200000000 signed'];

describe('an earlier contract of the pair, told beside the new one, is a contract of its own', () => {
  eachText([
    [
      'Microsoft has signed a contract worth up to $14 billion with Nscale for GPU capacity at a campus in Texas. In September, Microsoft had already agreed a $6.2 billion five-year contract with Nscale for capacity in Narvik, Norway.',
      TEXAS_AND_NARVIK,
    ],
    [
      "Microsoft a signé avec Nscale un contrat de capacité GPU d'une valeur de 14 milliards de dollars pour un campus au Texas. En septembre, Microsoft avait déjà conclu avec Nscale un contrat de 6,2 milliards de dollars sur cinq ans pour Narvik, en Norvège.",
      TEXAS_AND_NARVIK,
    ],
    [
      'Microsoft hat mit Nscale einen Vertrag über GPU-Kapazität im Wert von 14 Milliarden Dollar für einen Campus in Texas unterzeichnet. Bereits im September hatten Microsoft und Nscale einen Fünfjahresvertrag über 6,2 Milliarden Dollar für Narvik geschlossen.',
      TEXAS_AND_NARVIK,
    ],
    [
      'Microsoft firmó con Nscale un contrato de capacidad de GPU por 14.000 millones de dólares para un campus en Texas. En septiembre, Microsoft ya había firmado con Nscale un contrato de 6.200 millones de dólares a cinco años para Narvik.',
      TEXAS_AND_NARVIK,
    ],
    [
      'Microsoft ha firmato con Nscale un contratto di capacità GPU da 14 miliardi di dollari per un campus in Texas. A settembre Microsoft aveva già siglato con Nscale un contratto quinquennale da 6,2 miliardi di dollari per Narvik.',
      TEXAS_AND_NARVIK,
    ],
    [
      'A Microsoft assinou com a Nscale um contrato de capacidade de GPU de US$ 14 bilhões para um campus no Texas. Em setembro, a Microsoft já tinha assinado com a Nscale um contrato de US$ 6,2 bilhões por cinco anos para Narvik.',
      TEXAS_AND_NARVIK,
    ],
  ]);
});

describe('an expansion told with its running total, then the first contract: the increment and the base apart', () => {
  const want = [
    'openai coreweave 6500000000 expanded total=22400000000',
    'openai coreweave 11900000000 signed',
  ];
  eachText([
    [
      'CoreWeave expands its contract with OpenAI by $6.5 billion, bringing the total value of the agreements to $22.4 billion. The first contract dates from March, when OpenAI committed to buy $11.9 billion of compute from CoreWeave over five years.',
      want,
    ],
    [
      "CoreWeave étend son contrat avec OpenAI de 6,5 milliards de dollars, portant le total des accords à 22,4 milliards de dollars. Le premier contrat date de mars : OpenAI s'était alors engagé à acheter pour 11,9 milliards de dollars de puissance de calcul à CoreWeave.",
      want,
    ],
    [
      'La CoreWeave ampliou o contrato com a OpenAI em US$ 6,5 bilhões, elevando o total para US$ 22,4 bilhões. O primeiro contrato, de março, previa que a OpenAI compraria US$ 11,9 bilhões em capacidade de computação da CoreWeave.',
      want,
    ],
  ]);
});

describe("a running total's lead-in tells the earlier contracts' value: a contract of its own, signed", () => {
  it('keeps the new lease with its total and the first leases apart, in English and French', () => {
    const want = [
      'coreweave applied-digital 4000000000 expanded total=11000000000',
      'coreweave applied-digital 7000000000 signed',
    ];
    expect(
      mentionLines(
        'On August 27, 2025, Applied Digital entered into a lease agreement with CoreWeave for an additional 150 MW at its Polaris Forge 1 campus. The Company expects the Third Lease to generate approximately $4 billion of revenue over its term. Including the two initial leases, which are expected to generate approximately $7 billion, total anticipated contracted lease revenue at Polaris Forge 1 is approximately $11 billion.',
      ),
    ).toEqual(want);
    expect(
      mentionLines(
        'Applied Digital a signé avec CoreWeave un troisième bail de 150 MW qui devrait rapporter environ 4 milliards de dollars. Y compris les deux premiers baux, qui devraient rapporter environ 7 milliards de dollars, le revenu locatif total attendu de CoreWeave est porté à environ 11 milliards de dollars.',
      ),
    ).toEqual(want);
  });

  it('gives the first leases their own value in German and Spanish too', () => {
    for (const text of [
      'Applied Digital hat mit CoreWeave einen dritten Mietvertrag über 150 MW unterzeichnet, der rund 4 Milliarden Dollar einbringen soll. Einschließlich der zwei ersten Mietverträge, die rund 7 Milliarden Dollar einbringen, steigt der erwartete Gesamtumsatz mit CoreWeave auf rund 11 Milliarden Dollar.',
      'Applied Digital firmó con CoreWeave un tercer arrendamiento de 150 MW que generará unos 4.000 millones de dólares. Incluyendo los dos primeros arrendamientos, que generarán unos 7.000 millones de dólares, el total de ingresos previstos de CoreWeave asciende a unos 11.000 millones de dólares.',
    ]) {
      const values = extractMentions({ text }).map((m) => m.valueUsd);
      expect(values).toEqual([4e9, 7e9]);
    }
  });
});

describe('one contract stays one: a date of its own, an option on top, the same figure told twice', () => {
  eachText([
    [
      'In September, Microsoft signed a $17.4 billion five-year contract with Nebius for GPU capacity. The contract could expand to $19.4 billion if Microsoft buys additional services.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'Im September unterzeichnete Microsoft mit Nebius einen Fünfjahresvertrag über 17,4 Milliarden Dollar für GPU-Kapazität. Mit optionalen Zusatzleistungen kann der Wert auf 19,4 Milliarden Dollar steigen.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'En septiembre, Microsoft firmó con Nebius un contrato de capacidad GPU de 17.400 millones de dólares a cinco años. El contrato podría ampliarse hasta 19.400 millones de dólares.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'CoreWeave ha firmato con Meta un contratto di capacità di calcolo da 14,2 miliardi di dollari fino a dicembre 2031. Meta potrebbe estendere il contratto con CoreWeave fino a 20 miliardi di dollari.',
      ['meta coreweave 14200000000 signed'],
    ],
    [
      'Meta has signed a $14.2 billion contract with CoreWeave for compute capacity through December 2031. CoreWeave said the contract with Meta is worth $14.2 billion.',
      ['meta coreweave 14200000000 signed'],
    ],
  ]);
});

describe('the amount clause and its cues', () => {
  const text =
    'Nscale: up to $14 billion for Texas; in addition, $6.2 billion signed in September for Narvik.';
  const at = (s: string) => text.indexOf(s);
  const span = { start: 0, end: text.length };
  const starts = [at('$14'), at('$6.2')];

  it('reads each amount with the words up to its neighbours (the words between two belong to both), not past them', () => {
    expect(amountClause(text, span, at('$14'), starts)).toBe(text.slice(0, at('$6.2')));
    expect(amountClause(text, span, at('$6.2'), starts)).toBe(text.slice(at('$14')));
  });

  it('knows a signing month, "already" and a pluperfect in six languages, and a term end is none of them', () => {
    for (const yes of [
      'signed in September',
      'signé en septembre',
      'Bereits im März',
      'ya había firmado',
      'aveva già siglato',
      'já tinha assinado',
      'the first contract',
    ])
      expect(tellsEarlierContract(yes), yes).toBe(true);
    for (const no of [
      "jusqu'en décembre 2032",
      'through December 2031',
      'fino a dicembre 2031',
      'a partir de marzo',
      'ya que la demanda crece',
      'a new contract for Texas',
    ])
      expect(tellsEarlierContract(no), no).toBe(false);
  });
});

describe('one mention per pair unless its contracts were told apart', () => {
  const google = { id: 'alphabet', name: 'Alphabet Inc.' };
  const terawulf = { id: 'terawulf', name: 'TeraWulf Inc.' };
  // A guarantee re-bound to the landlord meets the pair's other mention: the same contract, the better kept.
  const raised = mention({ buyer: google, provider: terawulf, valueUsd: 3.2e9 });
  const before = mention({ buyer: google, provider: terawulf, valueUsd: null });

  it('keeps the valued one of a pair told once', () => {
    expect(onePerPair([before, raised], new Set()).map((m) => m.valueUsd)).toEqual([3.2e9]);
  });

  it('keeps every contract of a pair the merge told apart', () => {
    const narvik = mention({ valueUsd: 6.2e9 });
    const texas = mention({ valueUsd: 14e9 });
    const apart = pairsToldApart([texas, narvik]);
    expect(onePerPair([texas, narvik, raised, before], apart).map((m) => m.valueUsd)).toEqual([
      14e9, 6.2e9, 3.2e9,
    ]);
  });
});
