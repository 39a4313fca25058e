import { describe, expect, it } from 'vitest';
import { EdgarMalformedError } from '../../../functions/core/ports/edgar';
import { itemNumber, parseSubmission } from '../../../functions/sources/edgar/submission';
import { fixtureText } from './fixtures';

describe('parseSubmission on real submissions', () => {
  it('splits an 8-K with exhibits into its documents', () => {
    const sub = parseSubmission(fixtureText('submissions/0001213900-25-032135.txt'));
    expect(sub.header).toMatchObject({
      accession: '0001213900-25-032135',
      formType: '8-K',
      filedDate: '2025-04-15',
      // 16:30:25 EDT
      acceptedAt: '2025-04-15T20:30:25.000Z',
      companies: [{ name: 'ABVC BIOPHARMA, INC.', cik: '0001173313', role: 'FILER' }],
      items: ['2.02', '4.02', '7.01', '9.01'],
    });
    // The header says 15 public documents; the .txt holds 14 <DOCUMENT> blocks (the count includes the .txt itself).
    expect(sub.documents.length).toBe(14);
    expect(sub.documents.slice(0, 3).map((d) => [d.type, d.sequence, d.filename])).toEqual([
      ['8-K', 1, 'ea0238372-8k_abvcbio.htm'],
      ['EX-99.1', 2, 'ea023837201ex99-1_abvcbio.htm'],
      ['GRAPHIC', 3, 'ex99-1_001.jpg'],
    ]);
    const primary = sub.documents[0];
    expect(primary?.description).toBe('CURRENT REPORT');
    expect(primary?.body).not.toContain('<TEXT>');
    expect(primary?.body).not.toContain('</TEXT>');
    expect(primary?.body.toLowerCase()).toContain('<html');
  });

  it("reads Meta's 8-K header (Item 5.02, EST acceptance)", () => {
    const sub = parseSubmission(fixtureText('submissions/0001628280-25-058337.txt'));
    expect(sub.header).toMatchObject({
      accession: '0001628280-25-058337',
      acceptedAt: '2025-12-19T22:00:37.000Z',
      companies: [{ name: 'Meta Platforms, Inc.', cik: '0001326801' }],
      items: ['5.02'],
    });
    expect(sub.documents[0]?.type).toBe('8-K');
  });

  it('reads the other real 8-K (December, EST)', () => {
    const sub = parseSubmission(fixtureText('submissions/0000943374-24-000509.txt'));
    expect(sub.header.acceptedAt).toBe('2024-12-27T21:29:40.000Z');
    expect(sub.header.companies[0]?.name).toBe('1895 Bancorp of Wisconsin, Inc. /MD/');
  });

  it('reads the fixture 8-K (EDT), 6-K and 8-K/A (EST after the November change)', () => {
    const eightK = parseSubmission(fixtureText('submissions/9999999999-25-000901.txt'));
    expect(eightK.header.acceptedAt).toBe('2025-09-30T20:15:30.000Z');
    expect(eightK.header.items).toEqual(['1.01', '7.01', '9.01']);
    expect(eightK.documents.map((d) => d.type)).toEqual(['8-K', 'EX-99.1', 'GRAPHIC', 'EX-101.SCH']);
    const sixK = parseSubmission(fixtureText('submissions/9999999999-25-000902.txt'));
    expect(sixK.header).toMatchObject({
      formType: '6-K',
      items: [],
      companies: [{ name: 'Nebius Group N.V.' }],
    });
    const amendment = parseSubmission(fixtureText('submissions/9999999999-25-000903.txt'));
    expect(amendment.header).toMatchObject({ formType: '8-K/A', acceptedAt: '2025-11-03T13:01:02.000Z' });
    expect(amendment.documents.map((d) => d.type)).toEqual(['8-K/A', 'EX-10.1']);
  });

  it('keeps document bodies as slices without rebuilding the text (large input stays linear)', () => {
    const base = fixtureText('submissions/9999999999-25-000901.txt');
    const filler = `<p>${'capacity '.repeat(1000)}</p>\n`;
    const bigDoc = `<DOCUMENT>\n<TYPE>EX-99.2\n<SEQUENCE>5\n<FILENAME>big.htm\n<TEXT>\n${filler.repeat(2500)}</TEXT>\n</DOCUMENT>\n`;
    const text = base.replace('</SEC-DOCUMENT>', `${bigDoc}</SEC-DOCUMENT>`);
    expect(text.length).toBeGreaterThan(20_000_000);
    const sub = parseSubmission(text);
    expect(sub.documents.at(-1)?.type).toBe('EX-99.2');
    expect(sub.documents.at(-1)?.body.length).toBe(filler.length * 2500);
  });
});

describe('parseSubmission on bad input', () => {
  it('rejects text without a header', () => {
    expect(() => parseSubmission('<html>not a submission</html>')).toThrow(EdgarMalformedError);
  });

  it('rejects a submission cut short inside a document', () => {
    const text = fixtureText('submissions/9999999999-25-000901.txt');
    const cut = text.slice(0, text.indexOf('</DOCUMENT>') - 10);
    expect(() => parseSubmission(cut)).toThrow(/cut short/);
  });

  it('bounds the number of documents', () => {
    const text = fixtureText('submissions/0001213900-25-032135.txt');
    expect(() => parseSubmission(text, 3)).toThrow(/more than 3/);
  });
});

describe('itemNumber', () => {
  it('maps 8-K item titles to numbers and keeps unknown text', () => {
    expect(itemNumber('Entry into a Material Definitive Agreement')).toBe('1.01');
    expect(itemNumber('Changes in Registrant\u2019s Certifying Accountant')).toBe('4.01');
    expect(itemNumber('Something new')).toBe('Something new');
  });
});
