import { describe, expect, it } from 'vitest';
import { EdgarMalformedError, formMatches } from '../../../functions/core/ports/edgar';
import { parseCurrentFeed } from '../../../functions/sources/edgar/feed';
import { decodeText } from '../../../functions/sources/http';
import { feedPages, fixtureBytes } from './fixtures';

const DAY = 'getcurrent-2026-01-12';

function page(file: string, start = 0) {
  return parseCurrentFeed(decodeText(fixtureBytes(file), 'application/atom+xml'), start);
}

describe('parseCurrentFeed on the recorded 2026-01-12 day', () => {
  const pages = feedPages(DAY);
  const parsed = pages.filter((p) => p.start < 5100).map((p) => page(p.file, p.start));

  it('reads every entry of the 51 full pages', () => {
    expect(parsed).toHaveLength(51);
    expect(parsed.reduce((n, p) => n + p.entryCount, 0)).toBe(5100);
    expect(parsed.every((p) => !p.endOfFeed)).toBe(true);
  });

  it('dedupes accessions across roles, keeping the issuer, not the reporting owner', () => {
    const first = parsed[0];
    const form4 = first?.filings.find((f) => f.accession === '0000080661-26-000032');
    expect(form4).toMatchObject({ formType: '4', company: 'PROGRESSIVE CORP/OH/', cik: '0000080661' });
    expect(form4?.companies.map((c) => c.role).sort()).toEqual(['Issuer', 'Reporting']);
    for (const p of parsed) {
      const accessions = p.filings.map((f) => f.accession);
      expect(new Set(accessions).size).toBe(accessions.length);
    }
  });

  it('takes the company and CIK from the title, not the accession prefix (filing agent)', () => {
    const d = parsed[0]?.filings.find((f) => f.accession === '0000950103-26-000356');
    expect(d).toMatchObject({ company: 'SilverStone Teton Offshore Aggregator, L.P.', cik: '0002102538' });
  });

  it('reads items, filed date and the acceptance time in UTC', () => {
    const amendment = parsed.flatMap((p) => p.filings).find((f) => f.accession === '0001213900-26-003038');
    expect(amendment).toMatchObject({
      formType: '8-K/A',
      company: 'Evolution Metals & Technologies Corp.',
      cik: '0001866226',
      filedDate: '2026-01-09',
    });
    expect(amendment?.items).toEqual(expect.arrayContaining(['1.01', '2.01', '2.03', '3.02', '3.03']));
    const firstEntry = parsed[0]?.filings[0];
    expect(firstEntry?.acceptedAt).toBe('2026-01-12T16:27:39.000Z');
    expect(firstEntry?.indexUrl).toContain('/Archives/edgar/data/2074440/000207444026000002/');
    // "Size: 14 KB" in its summary: what lets the worker read a small filing in one request.
    expect(firstEntry?.submissionBytes).toBe(14 * 1024);
    // Two self-regulatory filings state "Size: 948" with no unit: not known, so they are read the index way.
    const unstated = parsed.flatMap((p) => p.filings).filter((f) => !((f.submissionBytes ?? 0) > 0));
    expect(unstated.map((f) => [f.formType, f.submissionBytes])).toEqual([
      ['1/A', null],
      ['1/A', null],
    ]);
  });

  it('finds the relevant forms of the day, amendments and 6-Ks included', () => {
    const forms = ['8-K', '8-K/A', '6-K'];
    const all = new Map(parsed.flatMap((p) => p.filings).map((f) => [f.accession, f]));
    const relevant = [...all.values()].filter((f) => formMatches(f.formType, forms));
    const count = (form: string) => relevant.filter((f) => f.formType === form).length;
    expect(count('8-K/A')).toBe(9);
    expect(count('8-K')).toBeGreaterThan(300);
    expect(count('6-K')).toBeGreaterThan(100);
  });

  it('treats the 503 page past the end as not a feed', () => {
    const last = pages.at(-1);
    expect(last?.start).toBe(5100);
    expect(() => page(last?.file ?? '', 5100)).toThrow(EdgarMalformedError);
  });
});

describe('parseCurrentFeed on 2025-12-12', () => {
  it("reads CoreWeave's 8-K (Items 1.01, 3.02, 8.01, 9.01) with an EST offset", () => {
    const p = page('getcurrent-2025-12-12/page-04700.xml', 4700);
    const cw = p.filings.find((f) => f.accession === '0001769628-25-000105');
    expect(cw).toMatchObject({
      formType: '8-K',
      company: 'CoreWeave, Inc.',
      cik: '0001769628',
      items: ['1.01', '3.02', '8.01', '9.01'],
      acceptedAt: '2025-12-11T22:10:25.000Z',
    });
  });
});

describe('parseCurrentFeed on bad input', () => {
  const entry = (title: string, accession: string) => `<entry><title>${title}</title>
<summary type="html"> &lt;b&gt;Filed:&lt;/b&gt; 2025-07-01 &lt;b&gt;AccNo:&lt;/b&gt; ${accession}</summary>
<updated>2025-07-01T16:05:00-04:00</updated>
<id>urn:tag:sec.gov,2008:accession-number=${accession}</id></entry>`;

  it('rejects malformed XML with a typed error', () => {
    expect(() => parseCurrentFeed('<feed><entry><title>8-K</entry></feed>', 0)).toThrow(EdgarMalformedError);
  });

  it('refuses DOCTYPE entity expansion (billion laughs)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>
<feed xmlns="http://www.w3.org/2005/Atom">${entry('8-K - X &b; (0000000001) (Filer)', '9999999999-25-000001')}</feed>`;
    expect(() => parseCurrentFeed(bomb, 0)).toThrow(/DOCTYPE/);
  });

  it('bounds the input size before parsing', () => {
    expect(() => parseCurrentFeed(`<feed>${' '.repeat(5 * 1024 * 1024)}</feed>`, 0)).toThrow(/bound/);
  });

  it('skips an entry without a readable title, keeps the rest, and converts EDT offsets', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom">${entry('garbage', '9999999999-25-000002')}${entry(
      '8-K - Example Cloud (Corp) (0000000042) (Filer)',
      '9999999999-25-000003',
    )}</feed>`;
    const p = parseCurrentFeed(xml, 0);
    expect(p.entryCount).toBe(2);
    expect(p.endOfFeed).toBe(true);
    expect(p.filings).toEqual([
      expect.objectContaining({
        accession: '9999999999-25-000003',
        company: 'Example Cloud (Corp)',
        cik: '0000000042',
        acceptedAt: '2025-07-01T20:05:00.000Z',
      }),
    ]);
  });
});

describe('formMatches', () => {
  it('matches exact forms and prefixes', () => {
    expect(formMatches('8-K', ['8-K'])).toBe(true);
    expect(formMatches('8-K/A', ['8-K'])).toBe(false);
    expect(formMatches('424B5', ['424B*'])).toBe(true);
    expect(formMatches('4', ['8-K', '424B*'])).toBe(false);
  });
});
