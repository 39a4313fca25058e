import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import {
  type AmountWarnings,
  amountWarnings,
  confidenceOf,
  type Evidence,
  PENALTIES,
  withDisputedRoles,
} from '../../../functions/core/extract/confidence';

const quiet: AmountWarnings = {
  sideDeal: null,
  totalWord: false,
  yearly: false,
  splitClause: false,
  obligor: false,
  pronounSubject: false,
  includesOthers: false,
  guessedParty: false,
  background: false,
  amountClauseAlone: false,
  comparedParty: false,
  estimatedValue: false,
};
const clean: Evidence = {
  hasValue: true,
  sameSentence: true,
  standIn: false,
  roleBasis: 'clause',
  contractWord: true,
  partyDistance: 40,
  titleOnly: false,
  weakParty: false,
  hypothetical: false,
  thirdCompany: false,
  severalAmounts: false,
  warnings: quiet,
};

describe('confidenceOf', () => {
  it('gives a clean statement a score an alert can go out on', () => {
    expect(confidenceOf(clean)).toBeGreaterThanOrEqual(0.9);
  });

  it('is monotone: every warning sign lowers the score, every piece of evidence raises it', () => {
    const warnings: Partial<AmountWarnings>[] = [
      { sideDeal: 'near' },
      { sideDeal: 'sentence' },
      { totalWord: true },
      { yearly: true },
      { splitClause: true },
      { pronounSubject: true },
      { background: true },
      { amountClauseAlone: true },
    ];
    for (const w of warnings)
      expect(confidenceOf({ ...clean, warnings: { ...quiet, ...w } })).toBeLessThan(confidenceOf(clean));
    for (const e of [
      { thirdCompany: true },
      { severalAmounts: true },
      { titleOnly: true },
      { hypothetical: true },
    ])
      expect(confidenceOf({ ...clean, ...e })).toBeLessThan(confidenceOf(clean));
    for (const e of [{ hasValue: false }, { sameSentence: false }, { contractWord: false }])
      expect(confidenceOf({ ...clean, ...e })).toBeLessThan(confidenceOf(clean));
    expect(confidenceOf({ ...clean, roleBasis: 'usual-roles' })).toBeLessThan(confidenceOf(clean));
    expect(confidenceOf({ ...clean, warnings: { ...quiet, sideDeal: 'near' } })).toBeLessThan(
      confidenceOf({ ...clean, warnings: { ...quiet, sideDeal: 'sentence' } }),
    );
  });

  it('keeps a mention with a strong warning sign, or without a value, below the default alert threshold', () => {
    expect(confidenceOf({ ...clean, warnings: { ...quiet, sideDeal: 'near' } })).toBeLessThan(0.8);
    expect(confidenceOf({ ...clean, warnings: { ...quiet, yearly: true } })).toBeLessThan(0.8);
    expect(confidenceOf({ ...clean, hasValue: false })).toBeLessThan(0.8);
    // One mild sign alone does not silence a clean statement.
    expect(confidenceOf({ ...clean, thirdCompany: true })).toBeGreaterThanOrEqual(0.8);
    expect(confidenceOf({ ...clean, severalAmounts: true })).toBeGreaterThanOrEqual(0.8);
  });

  it('lowers a pair whose sentences disagree on the roles', () => {
    expect(withDisputedRoles(0.9)).toBeCloseTo(0.9 - PENALTIES.disputedRoles, 5);
    expect(withDisputedRoles(0.06)).toBeGreaterThan(0);
  });
});

describe('amountWarnings', () => {
  const at = (sentence: string, amount: string, parties: string[], sameSentence = true) => {
    const start = sentence.indexOf(amount);
    return amountWarnings({
      sentence,
      start,
      end: start + amount.length,
      partyAt: parties.map((p) => sentence.indexOf(p)),
      sameSentence,
      standIn: false,
    });
  };

  it('reads side deals beside the amount in several languages', () => {
    expect(
      at('Google has invested $3 billion in Anthropic.', '$3 billion', ['Google', 'Anthropic']).sideDeal,
    ).toBe('near');
    expect(
      at('Nvidia will für 5 Milliarden Dollar bei Intel einsteigen, hieß es.', '5 Milliarden Dollar', [
        'Nvidia',
        'Intel',
      ]).sideDeal,
    ).toBe('near');
    expect(
      at('Nscale a levé 1,1 milliard de dollars auprès de ses investisseurs.', '1,1 milliard de dollars', [
        'Nscale',
      ]).sideDeal,
    ).toBe('near');
    expect(
      at('CoreWeave signed a $14 billion contract with Meta.', '$14 billion', ['CoreWeave', 'Meta']).sideDeal,
    ).toBeNull();
  });

  it('reads totals, yearly figures, split clauses and pronoun subjects', () => {
    expect(
      at("Cipher's hosting contracts now total $8.5 billion.", '$8.5 billion', ['Cipher']).totalWord,
    ).toBe(true);
    expect(
      at(
        'La locazione porterà a Galaxy oltre 1 miliardo di dollari all’anno da CoreWeave.',
        '1 miliardo di dollari',
        ['Galaxy', 'CoreWeave'],
      ).yearly,
    ).toBe(true);
    expect(
      at(
        'The Dutch group, which agreed a $17.4 billion deal with Microsoft, said the Meta capacity is ready.',
        '$17.4 billion',
        ['Microsoft', 'Meta'],
      ).splitClause,
    ).toBe(true);
    // A multi-year contract ("pluriannuel", "plurianual", "multiannual") is told by its length, not a yearly figure;
    // an annual fee is yearly.
    for (const [text, amount] of [
      [
        "OpenAI et AWS ont conclu un partenariat pluriannuel d'une valeur de 38 milliards de dollars.",
        '38 milliards de dollars',
      ],
      [
        'OpenAI y AWS firmaron un acuerdo plurianual de 38.000 millones de dólares.',
        '38.000 millones de dólares',
      ],
      ['OpenAI signed a multiannual agreement worth $38 billion with AWS.', '$38 billion'],
    ] as const)
      expect(at(text, amount, ['OpenAI', 'AWS']).yearly).toBe(false);
    expect(at('OpenAI pays AWS annual fees of $3 billion.', '$3 billion', ['OpenAI', 'AWS']).yearly).toBe(
      true,
    );
    // An analyst's estimate of the value is an outsider's figure; a value the parties give is not.
    for (const [text, amount] of [
      ["An analyst at Wedbush puts the contract's worth at about $4 billion.", '$4 billion'],
      [
        'Ein Analyst von Wedbush schätzt den Wert des Vertrags auf rund 4 Milliarden Dollar.',
        '4 Milliarden Dollar',
      ],
      [
        'Un analista de Wedbush calcula el valor del contrato en unos 4.000 millones de dólares.',
        '4.000 millones de dólares',
      ],
    ] as const)
      expect(at(text, amount, ['Microsoft', 'Lambda']).estimatedValue).toBe(true);
    expect(
      at('Microsoft signed a $4 billion contract with Lambda, analysts said.', '$4 billion', [
        'Microsoft',
        'Lambda',
      ]).estimatedValue,
    ).toBe(false);
    // A German relative pronoun after the main clause's closing participle stands for the agreement, not a company.
    const sentence =
      'Microsoft hat eine Vereinbarung mit Nebius geschlossen, die dem Unternehmen Rechenkapazitäten im Wert von bis zu 19,4 Milliarden Dollar sichert.';
    expect(at(sentence, '19,4 Milliarden Dollar', ['Microsoft', 'Nebius']).splitClause).toBe(false);
    expect(
      at(
        'Microsoft hat 17,4 Milliarden Dollar mit der Gruppe vereinbart, die auch an Meta liefert.',
        '17,4 Milliarden Dollar',
        ['Microsoft', 'Meta'],
      ).splitClause,
    ).toBe(true);
    expect(
      at('Last week it widened its OpenAI contract by $6.5 billion.', '$6.5 billion', ['OpenAI'], false)
        .pronounSubject,
    ).toBe(true);
    expect(
      at('CoreWeave signed a $14 billion contract with Meta.', '$14 billion', ['CoreWeave', 'Meta']),
    ).toEqual(quiet);
  });

  it("reads one contract's total value as no sum (a filing's usual wording), in several languages", () => {
    for (const [sentence, amount] of [
      ['The total contract value is approximately $17.4 billion through 2031.', '$17.4 billion'],
      ['La valeur totale du contrat atteint 17,4 milliards de dollars.', '17,4 milliards de dollars'],
      ['Der Gesamtwert des Vertrags liegt bei 17,4 Milliarden Dollar.', '17,4 Milliarden Dollar'],
      ['El valor total del contrato asciende a 17.400 millones de dólares.', '17.400 millones de dólares'],
    ] as const) {
      expect(at(sentence, amount, [], false).totalWord, sentence).toBe(false);
    }
    expect(at('The total value of the contracts is $8.5 billion.', '$8.5 billion', [], false).totalWord).toBe(
      true,
    );
  });
});

describe('structural signs of a risky mention (calibration on text written apart)', () => {
  /** A sentence with its amount in brackets ("… a [$3 billion] deal"), and the parties as written in it. */
  const warningsOf = (marked: string, parties: readonly string[]): AmountWarnings => {
    const start = marked.indexOf('[');
    const end = marked.indexOf(']') - 1;
    const sentence = marked.replace('[', '').replace(']', '');
    const partyAt = parties.map((p) => sentence.indexOf(p));
    return amountWarnings({ sentence, start, end, partyAt, sameSentence: true, standIn: false });
  };
  type Sign = 'background' | 'amountClauseAlone';
  const reads = (sign: Sign, parties: string[], yes: string[], no: string[]): void => {
    for (const row of yes) expect(warningsOf(row, parties)[sign], row).toBe(true);
    for (const row of no) expect(warningsOf(row, parties)[sign], row).toBe(false);
  };

  it('reads a background or earlier deal told in passing, in six languages', () => {
    reads(
      'background',
      ['Nebius', 'Microsoft'],
      [
        'Nebius remains its main partner, and in October Microsoft expanded its deal to [$10 billion].',
        'Nebius avait déjà signé avec Microsoft un contrat de [17,4 milliards de dollars].',
        'Bereits im September hatte Nebius mit Microsoft [17,4 Milliarden Dollar] vereinbart.',
        'Nebius ya había firmado con Microsoft un contrato de [17.400 millones de dólares].',
        'A settembre Nebius aveva firmato con Microsoft un contratto da [17,4 miliardi di dollari].',
        'A Nebius já tinha assinado com a Microsoft um contrato de [US$ 17,4 bilhões].',
      ],
      [
        'Nebius signed a [$17.4 billion] contract with Microsoft.',
        'Nebius signe avec Microsoft un contrat de [17,4 milliards de dollars].',
        'Microsoft unterzeichnet mit Nebius einen Vertrag über [17,4 Milliarden Dollar].',
      ],
    );
  });

  it('reads an amount whose own clause names neither party, in six languages', () => {
    reads(
      'amountClauseAlone',
      ['Cipher', 'Fluidstack'],
      [
        'Cipher leases part of Barber Lake to Fluidstack, under a ten-year deal worth [$3 billion].',
        "Cipher loue une partie de Barber Lake à Fluidstack, dans le cadre d'un accord de [3 milliards de dollars].",
        'Cipher vermietet Barber Lake an Fluidstack – der Vertrag ist [3 Milliarden Dollar] wert.',
        'Cipher alquila Barber Lake a Fluidstack, en un acuerdo de [3.000 millones de dólares].',
        'Cipher affitta Barber Lake a Fluidstack, con un contratto da [3 miliardi di dollari].',
        'A Cipher aluga Barber Lake à Fluidstack (um acordo de [US$ 3 bilhões]).',
      ],
      [
        'Cipher signed a [$3 billion] lease with Fluidstack.',
        'Fluidstack loue à Cipher pour [1,4 milliard de dollars], sur dix ans.',
        'Cipher vermietet Fluidstack Barber Lake für [3 Milliarden Dollar], teilte das Unternehmen mit.',
      ],
    );
  });

  it('keeps either sign alone from silencing a clean statement, and both together from alerting at the edge', () => {
    expect(confidenceOf({ ...clean, warnings: { ...quiet, background: true } })).toBeGreaterThanOrEqual(0.8);
    expect(
      confidenceOf({ ...clean, warnings: { ...quiet, amountClauseAlone: true } }),
    ).toBeGreaterThanOrEqual(0.8);
    const edge: Evidence = { ...clean, roleBasis: 'usual-roles', thirdCompany: true, severalAmounts: true };
    expect(confidenceOf(edge)).toBeGreaterThanOrEqual(0.8);
    expect(
      confidenceOf({ ...edge, warnings: { ...quiet, background: true, amountClauseAlone: true } }),
    ).toBeLessThan(0.8);
  });
});

describe('confidence of whole mentions', () => {
  const confidenceOfPair = (text: string, buyer: string): number | undefined =>
    extractMentions({ text }).find((m) => m.buyer.id === buyer)?.confidence;

  it('alerts on a plain contract and holds back an investment told beside it', () => {
    const text =
      'Anthropic signed a $30 billion contract with Microsoft for Azure compute capacity. Microsoft has also invested $5 billion in Anthropic.';
    const found = extractMentions({ text });
    const deal = found.find((m) => m.valueUsd === 30e9);
    expect(deal?.confidence).toBeGreaterThanOrEqual(0.8);
    for (const m of found.filter((x) => x.valueUsd === 5e9)) expect(m.confidence).toBeLessThan(0.8);
  });

  it('holds back a yearly revenue figure told as the lease value', () => {
    const c = confidenceOfPair(
      'Galaxy expects its data center lease with CoreWeave to bring more than $1 billion of revenue a year.',
      'coreweave',
    );
    expect(c).toBeDefined();
    expect(c).toBeLessThan(0.8);
  });
});

describe('the precision kinds warn in the confidence too', () => {
  const near = (sentence: string, amount: string): AmountWarnings['sideDeal'] => {
    const start = sentence.indexOf(amount);
    return amountWarnings({
      sentence,
      start,
      end: start + amount.length,
      partyAt: [0, sentence.length - 10],
      sameSentence: true,
      standIn: false,
    }).sideDeal;
  };

  it('a loan or an export licence beside the amount is a side deal, in several languages', () => {
    expect(
      near(
        'Galaxy a obtenu un prêt de 1,4 milliard de dollars, et CoreWeave loue le campus.',
        '1,4 milliard',
      ),
    ).toBe('near');
    expect(
      near(
        'Galaxy erhielt ein Darlehen über 1,4 Milliarden Dollar, CoreWeave mietet den Campus.',
        '1,4 Milliarden',
      ),
    ).toBe('near');
    expect(
      near(
        'Galaxy obtuvo un préstamo de 1.400 millones de dólares y CoreWeave alquila el campus.',
        '1.400 millones',
      ),
    ).toBe('near');
    expect(
      near(
        'The government approved the export of 35,000 chips worth $2 billion to Humain and G42.',
        '$2 billion',
      ),
    ).toBe('near');
    expect(
      near('CoreWeave signed a $2 billion lease with Galaxy for the Helios campus.', '$2 billion'),
    ).toBeNull();
  });

  it('an option ("could reach", "podría llegar", "potrebbe arrivare") keeps the amount from alerting alone', () => {
    for (const text of [
      'Microsoft could pay Nscale up to $24 billion for GPU capacity under the contract.',
      'Microsoft podría pagar a Nscale hasta 24.000 millones de dólares por capacidad GPU con el contrato.',
      'Microsoft potrebbe pagare a Nscale fino a 24 miliardi di dollari per capacità GPU con il contratto.',
    ]) {
      const [m] = extractMentions({ text });
      expect(m?.valueUsd, text).toBe(24_000_000_000);
      expect(m!.confidence, text).toBeLessThan(0.8);
    }
  });
});
