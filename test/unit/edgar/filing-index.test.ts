import { describe, expect, it } from 'vitest';
import { EdgarMalformedError } from '../../../functions/core/ports/edgar';
import { parseFilingIndex } from '../../../functions/sources/edgar/filing-index';
import { fixtureText } from './fixtures';

const PAGE_URL =
  'https://www.sec.gov/Archives/edgar/data/1326801/000162828025058337/0001628280-25-058337-index.htm';

describe('parseFilingIndex (a real EDGAR -index.htm page)', () => {
  const index = parseFilingIndex(
    fixtureText('documents/meta-0001628280-25-058337-index.htm'),
    PAGE_URL,
    '0001628280-25-058337',
  );

  it('reads the header: form, acceptance time (Eastern to UTC), items, the filer and its CIK', () => {
    expect(index.header).toEqual({
      accession: '0001628280-25-058337',
      formType: '8-K',
      filedDate: '2025-12-19',
      acceptedAt: '2025-12-19T22:00:37.000Z',
      companies: [{ name: 'Meta Platforms, Inc.', cik: '0001326801', role: 'FILER' }],
      items: ['5.02'],
    });
  });

  it('lists the document format files with their type and size, not the XBRL data files', () => {
    expect(index.documents.map((d) => [d.sequence, d.type, d.filename, d.sizeBytes])).toEqual([
      [1, '8-K', 'meta-20251219.htm', 24316],
      [5, 'GRAPHIC', 'meta-20251219_g1.jpg', 16019],
    ]);
  });

  it('links the document itself, not the inline XBRL viewer', () => {
    expect(index.documents[0]?.url).toBe(
      'https://www.sec.gov/Archives/edgar/data/1326801/000162828025058337/meta-20251219.htm',
    );
  });

  it('refuses a page without the documents table with one typed error', () => {
    expect(() => parseFilingIndex('<html><body>Not Found</body></html>', PAGE_URL, 'x')).toThrow(
      EdgarMalformedError,
    );
  });
});
