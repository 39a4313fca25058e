import { describe, expect, it } from 'vitest';
import type { FilingIndex, IndexedDocument } from '../../../functions/core/ports/edgar';
import type { Logger } from '../../../functions/core/ports/log';
import { submissionReader } from '../../../functions/sources/edgar/documents';
import { parseSubmission } from '../../../functions/sources/edgar/submission';
import { readFiling } from '../../../functions/use-cases/read-filing';
import { FakeEdgar } from './fakes';
import { fixtureText } from './fixtures';

const warnings: string[] = [];
const log: Logger = { debug() {}, info() {}, warn: (m) => warnings.push(m), error() {} };
const BASE = 'http://127.0.0.1:9/Archives/edgar/data/1839341/999999999926000001';

function indexed(type: string, filename: string, sizeBytes: number | null = 1000): IndexedDocument {
  return { type, sequence: null, filename, description: null, url: `${BASE}/${filename}`, sizeBytes };
}

function edgarWith(formType: string, documents: IndexedDocument[]): FakeEdgar {
  const edgar = new FakeEdgar();
  const index: FilingIndex = {
    header: {
      accession: '9999999999-26-000001',
      formType,
      filedDate: null,
      acceptedAt: null,
      companies: [],
      items: [],
    },
    documents,
  };
  edgar.filingIndexOf = async () => index;
  for (const d of documents)
    edgar.documents.set(d.url, Buffer.from(`<html><body><p>${d.type} text</p></body></html>`));
  return edgar;
}

const ref = { accession: '9999999999-26-000001', cik: '1839341', formType: '8-K' };

describe('readFiling', () => {
  it('fetches the primary document and the EX-99 / EX-10 exhibits only, never XBRL, graphics or certifications', async () => {
    const edgar = edgarWith('8-K', [
      indexed('8-K', 'main.htm'),
      indexed('EX-99.1', 'pr.htm'),
      indexed('EX-10.1', 'contract.htm'),
      indexed('EX-31.1', 'cert.htm'),
      indexed('GRAPHIC', 'logo.jpg'),
      indexed('EX-101.SCH', 'x.xsd'),
    ]);
    const read = await readFiling({ edgar, documents: submissionReader, log }, ref);
    expect(read.via).toBe('index');
    expect(read.documents.map((d) => d.type)).toEqual(['8-K', 'EX-99.1', 'EX-10.1']);
    expect(
      edgar.calls.filter((c) => c.startsWith('document:')).map((c) => c.slice(c.lastIndexOf('/') + 1)),
    ).toEqual(['main.htm', 'pr.htm', 'contract.htm']);
    expect(edgar.calls.some((c) => c.startsWith('submission:'))).toBe(false);
    expect(read.documents[1]?.text).toContain('EX-99.1 text');
  });

  it('leaves out a document the index says is over the bound, without fetching it', async () => {
    const edgar = edgarWith('8-K', [indexed('8-K', 'main.htm'), indexed('EX-99.1', 'huge.htm', 900_000_000)]);
    const read = await readFiling({ edgar, documents: submissionReader, log }, ref);
    expect(read.documents.map((d) => d.type)).toEqual(['8-K']);
    expect(edgar.calls.some((c) => c.endsWith('huge.htm'))).toBe(false);
    expect(warnings).toContain('filing document too large; left out');
  });

  it('gives a periodic report the first look: nothing to read when nothing is near a compute word', async () => {
    const edgar = edgarWith('10-Q', [indexed('10-Q', 'q.htm')]);
    const read = await readFiling({ edgar, documents: submissionReader, log }, { ...ref, formType: '10-Q' });
    expect(read.documents).toEqual([expect.objectContaining({ type: '10-Q', text: null })]);
  });

  it('reads the full submission when EDGAR has no index page', async () => {
    const edgar = new FakeEdgar();
    edgar.sub = async () => parseSubmission(fixtureText('submissions/9999999999-25-000901.txt'));
    const read = await readFiling({ edgar, documents: submissionReader, log }, ref);
    expect(read.via).toBe('submission');
    expect(edgar.calls).toEqual(['filing-index:9999999999-26-000001', 'submission:9999999999-26-000001']);
    expect(read.documents.length).toBeGreaterThan(0);
  });
});
