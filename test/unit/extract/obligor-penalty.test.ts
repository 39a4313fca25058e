// Calibration (issue 8): a party named as the one whose obligations an amount covers is a guarantee's tenant, so
// the pair is doubtful and its confidence is lowered (PENALTIES.obligor), in en, es, it and pt; a buyer's own
// commitments, a plain contract and a guarantee named as such (re-bound to the landlord later) are not.
import { describe, expect, it } from 'vitest';
import { amountWarnings, PENALTIES } from '../../../functions/core/extract/confidence';

const warnedOf = (sentence: string, amount: string, party: string): boolean => {
  const start = sentence.indexOf(amount);
  return amountWarnings({
    sentence,
    start,
    end: start + amount.length,
    partyAt: [0, sentence.indexOf(party)],
    sameSentence: true,
    standIn: false,
  }).obligor;
};

describe('a party named as the obligor lowers the confidence', () => {
  it.each([
    ['Google supports $1.3 billion of Fluidstack lease obligations at the campus.', '$1.3 billion'],
    [
      'Google cubre 1.800 millones de dólares de las obligaciones de arrendamiento de Fluidstack.',
      '1.800 millones',
    ],
    ['Google copre 1,8 miliardi di dollari di obbligazioni di locazione di Fluidstack.', '1,8 miliardi'],
    ['O Google cobre US$ 1,8 bilhão em obrigações de aluguel da Fluidstack.', 'US$ 1,8 bilhão'],
  ])('%s', (sentence, amount) => {
    expect(warnedOf(sentence, amount, 'Fluidstack')).toBe(true);
    expect(PENALTIES.obligor).toBeGreaterThan(0);
  });

  it.each([
    ['Microsoft signed a $9.7 billion cloud contract with IREN.', '$9.7 billion', 'IREN'],
    [
      'Anthropic a étendu ses engagements chez Microsoft à 30 milliards de dollars.',
      '30 milliards',
      'Microsoft',
    ],
    [
      'Google will backstop $1.4 billion of Fluidstack lease obligations to Cipher.',
      '$1.4 billion',
      'Fluidstack',
    ],
  ])('not: %s', (sentence, amount, party) => {
    expect(warnedOf(sentence, amount, party)).toBe(false);
  });
});
