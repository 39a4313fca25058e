// A real-format full submission with several documents (a foreign filer's 6-K body whose exhibit index titles
// the deal, its EX-99.1 press release, a graphic and an XBRL schema) reads the same through the CLI and the filing
// worker: the same documents, the same texts. The submission is written for this test.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import type { Logger } from '../../../functions/core/ports/log';
import { documentTexts, extractFromDocuments } from '../../../functions/local/extract-command';
import { submissionReader } from '../../../functions/sources/edgar/documents';
import { parseSubmission } from '../../../functions/sources/edgar/submission';
import { readFiling } from '../../../functions/use-cases/read-filing';
import { FakeEdgar } from './fakes';

const doc = (type: string, seq: number, name: string, body: string): string =>
  `<DOCUMENT>\n<TYPE>${type}\n<SEQUENCE>${seq}\n<FILENAME>${name}\n<DESCRIPTION>${type}\n<TEXT>\n${body}\n</TEXT>\n</DOCUMENT>\n`;
const html = (...paras: string[]): string =>
  `<html><body>${paras.map((p) => `<div><span>${p}</span></div>`).join('\n')}</body></html>`;

const SUBMISSION = `<SEC-DOCUMENT>0009999999-26-000003.txt : 20260302
<SEC-HEADER>0009999999-26-000003.hdr.sgml : 20260302
ACCESSION NUMBER:\t\t0009999999-26-000003
CONFORMED SUBMISSION TYPE:\t6-K
PUBLIC DOCUMENT COUNT:\t\t4
FILED AS OF DATE:\t\t20260302

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tNebius Group N.V.
\t\tCENTRAL INDEX KEY:\t\t\t0001513845
</SEC-HEADER>
${doc(
  '6-K',
  1,
  'nbis-6k.htm',
  html(
    'FORM 6-K',
    'REPORT OF FOREIGN PRIVATE ISSUER',
    'Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F.',
    'EXHIBIT INDEX',
    '99.1 Press release dated March 2, 2026 \u2013 Nebius signs US$4.1 billion AI infrastructure agreement with Meta',
    'SIGNATURE',
    'Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed.',
  ),
)}${doc(
  'EX-99.1',
  2,
  'ex991.htm',
  html(
    'Nebius signs US$4.1 billion AI infrastructure agreement with Meta',
    'AMSTERDAM, March 2, 2026 \u2013 Nebius Group N.V. has agreed to provide Meta with dedicated GPU capacity under a four-year contract worth about US$4.1 billion.',
  ),
)}${doc('GRAPHIC', 3, 'logo.jpg', 'begin 644 logo.jpg\nM_]C_X``02D9)1@\n`\nend')}${doc(
  'EX-101.SCH',
  4,
  'nbis.xsd',
  '<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>',
)}</SEC-DOCUMENT>
`;

const log: Logger = { debug() {}, info() {}, warn() {}, error() {} };

describe('a multi-document submission through the CLI and the worker', () => {
  it('gives the same documents and texts either way', async () => {
    const cli = documentTexts(SUBMISSION, 'filing.txt');
    const edgar = new FakeEdgar();
    edgar.sub = async () => parseSubmission(SUBMISSION);
    const read = await readFiling(
      { edgar, documents: submissionReader, log },
      { accession: '0009999999-26-000003', cik: '1513845', formType: '6-K' },
    );
    expect(read.via).toBe('submission');
    expect(cli.map((d) => d.documentType)).toEqual(['6-K', 'EX-99.1']);
    expect(read.documents.map((d) => d.type)).toEqual(['6-K', 'EX-99.1']);
    expect(read.documents.map((d) => d.text)).toEqual(cli.map((d) => d.text));
    expect(cli[0]?.registrant?.name).toBe('Nebius Group N.V.');
  });

  it('ends the exhibit-index line at the capitals heading after it, and keeps the press release’s term', () => {
    const docs = documentTexts(SUBMISSION, 'filing.txt');
    const [fromIndex] = extractMentions({
      text: docs[0]!.text,
      registrant: docs[0]!.registrant,
      documentType: '6-K',
    });
    expect(fromIndex?.evidence).not.toContain('SIGNATURE');
    const [merged] = extractFromDocuments(docs);
    expect(merged).toMatchObject({
      buyer: { id: 'meta' },
      provider: { id: 'nebius' },
      valueUsd: 4_100_000_000,
      termYears: 4,
    });
  });
});
