// A filing's documents read together (extractFromDocuments, the CLI's path): when one document states a pair's
// total alone and another states the increment with the total it reached, the second tells the contract in full
// (the increment as value, the total beside it), whichever comes first. Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { type DocumentText, extractFromDocuments } from '../../functions/local/extract-command';

const registrant = { name: 'Core Scientific, Inc.' };
const body: DocumentText = {
  text: 'Core Scientific announced that CoreWeave exercised its final option to contract for about 120 megawatts of additional critical IT load. Following the exercise, total potential revenue under all of the hosting contracts between Core Scientific and CoreWeave is approximately $8.7 billion.',
  documentType: '8-K',
  registrant,
};
const release: DocumentText = {
  text: 'CoreWeave has exercised its last remaining option to contract for additional hosting capacity at Core Scientific. The new twelve-year contract is expected to add about $2.0 billion of projected revenue, bringing total potential revenue from the CoreWeave contracts to approximately $8.7 billion.',
  documentType: 'EX-99.1',
  registrant,
};
const read = (docs: DocumentText[]): string[] =>
  extractFromDocuments(docs).map(
    (m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status} ${m.runningTotalUsd ?? null}`,
  );

describe('an increment told with its total beats the total told alone, across a filing’s documents', () => {
  it('the body states the total, the exhibit the increment and the total', () => {
    // Alone, the body's sentence holds only the total; the option it says was exercised makes it an expansion.
    expect(read([body])).toEqual(['coreweave core-scientific 8700000000 expanded null']);
    expect(read([body, release])).toEqual(['coreweave core-scientific 2000000000 expanded 8700000000']);
    expect(read([release, body])).toEqual(['coreweave core-scientific 2000000000 expanded 8700000000']);
  });
});

describe('the same contract told in two documents keeps the day a text states for its end', () => {
  const meta = { name: 'CoreWeave, Inc.' };
  const order: DocumentText = {
    text: 'On April 2, 2026, CoreWeave entered into an order form with Meta Platforms under which Meta committed to purchase about $21 billion of additional cloud computing capacity through December 20, 2032.',
    documentType: '8-K',
    registrant: meta,
  };
  const release: DocumentText = {
    text: 'Meta Platforms has expanded its agreement with CoreWeave by about $21 billion of additional capacity through 2032, bringing the total value of its contracts with CoreWeave to approximately $35.2 billion.',
    documentType: 'EX-99.1',
    registrant: meta,
  };
  it('the exhibit’s increment and total, the body’s end date', () => {
    const got = extractFromDocuments([order, release]).map(
      (m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.runningTotalUsd ?? null} ${m.endDate}`,
    );
    expect(got).toEqual(['meta coreweave 21000000000 35200000000 2032-12-20']);
  });
});
