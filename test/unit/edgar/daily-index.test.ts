import { describe, expect, it } from 'vitest';
import { EdgarMalformedError } from '../../../functions/core/ports/edgar';
import {
  dailyIndexPath,
  parseFormIndex,
  parseMasterIndex,
} from '../../../functions/sources/edgar/daily-index';
import {
  companyFromDisplayName,
  parseFullTextSearch,
} from '../../../functions/sources/edgar/full-text-search';
import { EdgarUrls } from '../../../functions/sources/edgar/urls';
import { fixtureText } from './fixtures';

describe('daily index', () => {
  it('parses the real form.20200318.idx (fixed-width, spaces in forms and names)', () => {
    const entries = parseFormIndex(fixtureText('index/form.20200318.idx'));
    expect(entries).toHaveLength(4084);
    expect(entries[0]).toEqual({
      formType: '1-A',
      company: 'DLP Positive Note Fund LLC',
      cik: '0001806014',
      dateFiled: '2020-03-18',
      accession: '0001140361-20-006155',
    });
    expect(entries.find((e) => e.accession === '0001010549-20-000033')).toMatchObject({
      formType: '1-A POS',
      company: 'Belpointe REIT, Inc.',
    });
    expect(entries.filter((e) => e.formType === '8-K').length).toBeGreaterThan(200);
    expect(entries.find((e) => e.accession === '0001564590-20-011604')).toMatchObject({
      formType: '8-K',
      company: '1Life Healthcare Inc',
      cik: '0001404123',
    });
  });

  it('parses a master index (pipe-delimited)', () => {
    const entries = parseMasterIndex(fixtureText('index/master.20260107.idx'));
    expect(entries).toHaveLength(7);
    expect(entries[2]).toEqual({
      formType: '8-K/A',
      company: 'CoreWeave, Inc.',
      cik: '0001769628',
      dateFiled: '2026-01-07',
      accession: '9999999999-26-000013',
    });
  });

  it('rejects an index without its preamble rule', () => {
    expect(() => parseMasterIndex('<html>404</html>')).toThrow(EdgarMalformedError);
    expect(() => parseFormIndex('nothing here')).toThrow(EdgarMalformedError);
  });

  it('builds daily-index paths by quarter', () => {
    expect(dailyIndexPath('form', '2026-01-12')).toBe(
      '/Archives/edgar/daily-index/2026/QTR1/form.20260112.idx',
    );
    expect(dailyIndexPath('master', '2025-10-01')).toBe(
      '/Archives/edgar/daily-index/2025/QTR4/master.20251001.idx',
    );
  });
});

describe('full-text search', () => {
  it('parses the recorded 8-K response into one hit per accession', () => {
    const result = parseFullTextSearch(fixtureText('efts/search-index-8-K.json'));
    expect(result.total).toBe(146);
    expect(result.hits[0]).toEqual({
      accession: '0001104659-21-077166',
      formType: '8-K',
      cik: '0001844419',
      company: 'Maquia Capital Acquisition Corp',
      filedDate: '2021-06-04',
      filename: 'tm2118859d1_8k.htm',
    });
    const accessions = result.hits.map((h) => h.accession);
    expect(new Set(accessions).size).toBe(accessions.length);
  });

  it('parses the S-1 response', () => {
    const result = parseFullTextSearch(fixtureText('efts/search-index-S-1.json'));
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.every((h) => /^\d{10}-\d{2}-\d{6}$/.test(h.accession))).toBe(true);
  });

  it('rejects non-JSON with a typed error', () => {
    expect(() => parseFullTextSearch('<html>')).toThrow(EdgarMalformedError);
  });

  it('strips tickers and the CIK from display names', () => {
    expect(companyFromDisplayName('CoreWeave, Inc.  (CRWV)  (CIK 0001769628)')).toBe('CoreWeave, Inc.');
    expect(companyFromDisplayName('Plain Name')).toBe('Plain Name');
  });
});

describe('EdgarUrls', () => {
  const ref = { cik: '0001769628', accession: '0001769628-25-000105' };

  it('builds the real URLs by default', () => {
    const urls = new EdgarUrls(null);
    expect(urls.currentFeed(200)).toBe(
      'https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=&company=&dateb=&owner=include&start=200&count=100&output=atom',
    );
    expect(urls.submissionText(ref)).toBe(
      'https://www.sec.gov/Archives/edgar/data/1769628/000176962825000105/0001769628-25-000105.txt',
    );
    const search = new URL(
      urls.fullTextSearch({
        query: 'order form',
        forms: ['8-K', '6-K'],
        from: '2025-09-01',
        to: '2025-09-30',
      }),
    );
    expect(search.origin).toBe('https://efts.sec.gov');
    expect(search.pathname).toBe('/LATEST/search-index');
    expect(search.searchParams.get('q')).toBe('"order form"');
    expect(search.searchParams.get('forms')).toBe('8-K,6-K');
    expect(search.searchParams.get('dateRange')).toBe('custom');
    expect(search.searchParams.get('startdt')).toBe('2025-09-01');
  });

  it('resolves www and efts paths against EDGAR_BASE_URL, while public links stay on sec.gov', () => {
    const urls = new EdgarUrls('http://127.0.0.1:9999/');
    expect(urls.dailyIndex('master', '2026-01-07')).toBe(
      'http://127.0.0.1:9999/Archives/edgar/daily-index/2026/QTR1/master.20260107.idx',
    );
    expect(urls.fullTextSearch({ query: 'x', forms: [], from: '2025-01-01', to: '2025-01-02' })).toMatch(
      /^http:\/\/127\.0\.0\.1:9999\/LATEST\/search-index\?/,
    );
    expect(EdgarUrls.publicIndex(ref)).toBe(
      'https://www.sec.gov/Archives/edgar/data/1769628/000176962825000105/0001769628-25-000105-index.htm',
    );
  });

  it('treats EDGAR_BASE_URL=https://www.sec.gov (the default) as no override: efts keeps its host', () => {
    const urls = new EdgarUrls('https://www.sec.gov/');
    expect(urls.fullTextSearch({ query: 'x', forms: [], from: '2025-01-01', to: '2025-01-02' })).toMatch(
      /^https:\/\/efts\.sec\.gov\/LATEST\/search-index\?/,
    );
    expect(urls.dailyIndex('form', '2025-01-02')).toMatch(/^https:\/\/www\.sec\.gov\/Archives\//);
  });

  it('refuses a malformed accession', () => {
    expect(() => new EdgarUrls(null).submissionText({ cik: '1', accession: '../../etc' })).toThrow(
      EdgarMalformedError,
    );
  });
});
