// How many requests the worker's read of one filing costs, counted at a loopback EDGAR (real HTTP, the real
// client and its bounds): one when the feed states a small size, the index way otherwise, and the fallbacks.
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { EdgarNotFoundError } from '../../../functions/core/ports/edgar';
import type { Logger } from '../../../functions/core/ports/log';
import { createEdgarHttpClient, EdgarClient } from '../../../functions/sources/edgar/client';
import { submissionReader } from '../../../functions/sources/edgar/documents';
import { parseCurrentFeed } from '../../../functions/sources/edgar/feed';
import { firstLook } from '../../../functions/sources/edgar/first-look';
import { filingRecordFor } from '../../../functions/use-cases/poll-edgar';
import { DIRECT_FETCH_MAX_BYTES, readFiling } from '../../../functions/use-cases/read-filing';
import { type FixtureServer, startFixtureServer } from '../../support/fixture-server';
import { fixtureBytes, fixtureText } from './fixtures';

const UA = 'Compute Alerts Test ops@example.com';
const ACCESSION = '0001628280-25-058337';
const FOLDER = '/Archives/edgar/data/1326801/000162828025058337';
const TXT = `${FOLDER}/${ACCESSION}.txt`;
const INDEX = `${FOLDER}/${ACCESSION}-index.htm`;
const PRIMARY = `${FOLDER}/meta-20251219.htm`;
const ref = { accession: ACCESSION, cik: '0001326801', formType: '8-K' };

let server: FixtureServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const warnings: string[] = [];
const log: Logger = { debug() {}, info() {}, warn: (m) => warnings.push(m), error() {} };

type Route = Buffer | ((res: ServerResponse) => void);

/** A loopback EDGAR serving these paths (anything else 404), and the client the worker uses against it. */
async function edgarServing(routes: Record<string, Route>): Promise<EdgarClient> {
  server = await startFixtureServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (route === undefined) res.writeHead(404).end();
    else if (Buffer.isBuffer(route)) res.writeHead(200, { 'content-type': 'text/plain' }).end(route);
    else route(res);
  });
  const { http } = createEdgarHttpClient({
    userAgent: UA,
    maxRps: 10,
    sleep: async () => {},
    random: () => 0,
  });
  return new EdgarClient({ http, baseUrl: server.url });
}

const paths = () => (server?.requests ?? []).map((r) => r.url);
const submission = fixtureBytes(`submissions/${ACCESSION}.txt`);
const indexPage = fixtureBytes(`documents/meta-${ACCESSION}-index.htm`);
const primary = fixtureBytes('documents/meta-20251219-8-K.htm');
const everything = { [TXT]: submission, [INDEX]: indexPage, [PRIMARY]: primary };

function feedEntry(size: string | null): string {
  return `<feed xmlns="http://www.w3.org/2005/Atom"><entry>
<title>8-K - Meta Platforms, Inc. (0001326801) (Filer)</title>
<link rel="alternate" type="text/html" href="https://www.sec.gov${INDEX}"/>
<summary type="html"> &lt;b&gt;Filed:&lt;/b&gt; 2025-12-19 &lt;b&gt;AccNo:&lt;/b&gt; ${ACCESSION}${size ? ` &lt;b&gt;Size:&lt;/b&gt; ${size}` : ''}
&lt;br&gt;Item 5.02: Departure of Directors or Certain Officers</summary>
<updated>2025-12-19T17:00:37-05:00</updated>
<category scheme="https://www.sec.gov/" label="form type" term="8-K"/>
<id>urn:tag:sec.gov,2008:accession-number=${ACCESSION}</id>
</entry></feed>`;
}

describe('reading a filing: requests per filing at a loopback EDGAR', () => {
  it('reads a filing whose feed entry states a small size from its full submission, in one request', async () => {
    const filing = parseCurrentFeed(feedEntry('176 KB'), 0).filings[0];
    expect(filing?.submissionBytes).toBe(176 * 1024);
    const edgar = await edgarServing(everything);
    const record = filingRecordFor(filing ?? ({} as never), edgar, new Date());
    expect(record.submissionBytes).toBe(176 * 1024);
    const read = await readFiling(
      { edgar, documents: submissionReader, log },
      { ...ref, submissionBytes: record.submissionBytes ?? null },
    );
    expect(paths()).toEqual([TXT]);
    expect(read).toMatchObject({ via: 'submission', requests: 1 });
    expect(read.documents[0]?.type).toBe('8-K');
    expect(read.documents[0]?.text).toMatch(/Meta Platforms/i);
    expect(server?.requests[0]?.headers['user-agent']).toBe(UA);
  });

  it('reads the index way when the size is not stated (daily index, CLI) or over the threshold', async () => {
    expect(parseCurrentFeed(feedEntry(null), 0).filings[0]?.submissionBytes).toBeNull();
    const edgar = await edgarServing(everything);
    const unknown = await readFiling({ edgar, documents: submissionReader, log }, ref);
    expect(unknown).toMatchObject({ via: 'index', requests: 2 });
    const large = await readFiling(
      { edgar, documents: submissionReader, log },
      { ...ref, submissionBytes: parseCurrentFeed(feedEntry('12 MB'), 0).filings[0]?.submissionBytes ?? 0 },
    );
    expect(large).toMatchObject({ via: 'index', requests: 2 });
    // The index page and the primary document (never the graphic, never the .txt): 2 requests a filing.
    expect(paths()).toEqual([INDEX, PRIMARY, INDEX, PRIMARY]);
    expect(large.documents.map((d) => d.type)).toEqual(['8-K']);
  });

  it('falls back to the index page when the direct .txt answers 404', async () => {
    const edgar = await edgarServing({ [INDEX]: indexPage, [PRIMARY]: primary });
    const read = await readFiling(
      { edgar, documents: submissionReader, log },
      { ...ref, submissionBytes: 180_000 },
    );
    expect(paths()).toEqual([TXT, INDEX, PRIMARY]);
    expect(read).toMatchObject({ via: 'index', requests: 3 });
    expect(read.documents[0]?.text).toMatch(/Meta Platforms/i);
  });

  it('gives up after two requests (to be retried) when neither the .txt nor the index page is there yet', async () => {
    const edgar = await edgarServing({});
    await expect(
      readFiling({ edgar, documents: submissionReader, log }, { ...ref, submissionBytes: 180_000 }),
    ).rejects.toBeInstanceOf(EdgarNotFoundError);
    expect(paths()).toEqual([TXT, INDEX]);
  });

  it('keeps the bound when the feed understates the size: the direct read stops and the index way is taken', async () => {
    // Padded past the direct bound, sent with and without a Content-Length (the client counts what it reads).
    const padded = Buffer.concat([submission, Buffer.alloc(DIRECT_FETCH_MAX_BYTES + 1024, 0x20)]);
    for (const chunked of [false, true]) {
      warnings.length = 0;
      const edgar = await edgarServing({
        ...everything,
        [TXT]: (res) => {
          res.writeHead(200, chunked ? {} : { 'content-length': String(padded.length) });
          for (let at = 0; at < padded.length; at += 1 << 20) res.write(padded.subarray(at, at + (1 << 20)));
          res.end();
        },
      });
      const read = await readFiling(
        { edgar, documents: submissionReader, log },
        { ...ref, submissionBytes: 200 * 1024 },
      );
      expect(paths()).toEqual([TXT, INDEX, PRIMARY]);
      expect(read).toMatchObject({ via: 'index', requests: 3 });
      expect(warnings).toContain('filing not read directly; reading its index page');
      await server?.close();
      server = null;
    }
  });

  it("gives a periodic report's primary document the first look on the direct way too", async () => {
    const text = fixtureText('submissions/9999999999-25-000901.txt')
      .replace(/CONFORMED SUBMISSION TYPE:\s+8-K/, 'CONFORMED SUBMISSION TYPE:\t10-Q')
      .replace('<TYPE>8-K', '<TYPE>10-Q');
    const folder = '/Archives/edgar/data/1769628/999999999925000901';
    const edgar = await edgarServing({ [`${folder}/9999999999-25-000901.txt`]: Buffer.from(text, 'latin1') });
    const read = await readFiling(
      { edgar, documents: submissionReader, log },
      { accession: '9999999999-25-000901', cik: '1769628', formType: '10-Q', submissionBytes: 4096 },
    );
    expect(read).toMatchObject({ via: 'submission', requests: 1 });
    const body = text.slice(text.indexOf('<TEXT>', text.indexOf('<TYPE>10-Q')) + '<TEXT>'.length);
    const expected = (
      await firstLook(Buffer.from(body.slice(0, body.indexOf('</TEXT>')).replace(/^\r?\n/, '')))
    ).text;
    expect(expected.length).toBeGreaterThan(0);
    expect(read.documents[0]).toMatchObject({ type: '10-Q', text: expected });
  });
});
