// A loopback EDGAR for the earnings bench: the getcurrent Atom feed lists each filing once its arrival time has
// passed (stating its full submission's size, as EDGAR's entries do), each filing has its -index.htm page, its
// documents (generated to their listed sizes) and its complete submission text file, and every
// request is recorded (time, User-Agent, bytes, accession) so the bench can check fair access afterwards.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type BenchDocument, type BenchFiling, fullSubmissionBytes } from './busy-day';

export interface RequestLog {
  atMs: number;
  path: string;
  userAgent: string;
  bytes: number;
  accession: string | null;
  status: number;
}

export interface StandIn {
  url: string;
  requests: RequestLog[];
  /** Starts the clock: filings appear in the feed from now on. */
  startBurst(): number;
  /** When each accession first appeared in a feed response (what a poller could see at the earliest). */
  close(): Promise<void>;
}

const EASTERN_OFFSET_MS = -5 * 3600_000; // bench runs in winter: EST

function eastern(ms: number): string {
  return `${new Date(ms + EASTERN_OFFSET_MS).toISOString().slice(0, 19)}-05:00`;
}

function folderOf(f: BenchFiling): string {
  return `/Archives/edgar/data/${Number(f.cik)}/${f.accession.replace(/-/g, '')}`;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The size as EDGAR's summary states it: whole KB under 1 MB, whole MB above. */
function statedSize(bytes: number): string {
  return bytes < 2 ** 20
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${Math.round(bytes / 2 ** 20)} MB`;
}

function feedEntry(f: BenchFiling, acceptedMs: number): string {
  const items = f.items.map((i) => `&lt;br&gt;Item ${i}`).join('\n');
  return `<entry>
<title>${f.formType} - ${escapeXml(f.company)} (${f.cik.padStart(10, '0')}) (Filer)</title>
<link rel="alternate" type="text/html" href="https://www.sec.gov${folderOf(f)}/${f.accession}-index.htm"/>
<summary type="html">
 &lt;b&gt;Filed:&lt;/b&gt; ${eastern(acceptedMs).slice(0, 10)} &lt;b&gt;AccNo:&lt;/b&gt; ${f.accession} &lt;b&gt;Size:&lt;/b&gt; ${statedSize(fullSubmissionBytes(f))}
${items}
</summary>
<updated>${eastern(acceptedMs)}</updated>
<category scheme="https://www.sec.gov/" label="form type" term="${f.formType}"/>
<id>urn:tag:sec.gov,2008:accession-number=${f.accession}</id>
</entry>`;
}

function feed(entries: string[], nowMs: number): string {
  return `<?xml version="1.0" encoding="ISO-8859-1" ?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Latest Filings</title>
<link rel="self" href="/cgi-bin/browse-edgar?action=getcurrent"/>
<id>https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent</id>
<author><name>Webmaster</name><email>webmaster@sec.gov</email></author>
<updated>${eastern(nowMs)}</updated>
${entries.join('\n')}
</feed>`;
}

function indexRows(f: BenchFiling, docs: BenchDocument[]): string {
  return docs
    .map(
      (d) => `         <tr>
            <td scope="row">${d.sequence}</td>
            <td scope="row">${escapeXml(d.description)}</td>
            <td scope="row"><a href="${d.type === f.formType ? '/ix?doc=' : ''}${folderOf(f)}/${d.filename}">${d.filename}</a></td>
            <td scope="row">${d.type}</td>
            <td scope="row">${d.size}</td>
         </tr>`,
    )
    .join('\n');
}

function indexPage(f: BenchFiling, acceptedMs: number): string {
  const head = `<tr><th scope="col">Seq</th><th scope="col">Description</th><th scope="col">Document</th><th scope="col">Type</th><th scope="col">Size</th></tr>`;
  const items = f.items.map((i) => `Item ${i}: (see filing)<br />`).join('');
  return `<!DOCTYPE html><html><head><title>EDGAR Filing Documents for ${f.accession}</title></head><body>
<div id="formHeader"><div id="formName">
         <strong>Form ${f.formType}</strong> - report:
      </div></div>
<div class="formContent">
<div class="formGrouping">
         <div class="infoHead">Filing Date</div>
         <div class="info">${eastern(acceptedMs).slice(0, 10)}</div>
         <div class="infoHead">Accepted</div>
         <div class="info">${eastern(acceptedMs).slice(0, 19).replace('T', ' ')}</div>
</div>
${items ? `<div class="formGrouping">\n         <div class="infoHead">Items</div>\n         <div class="info">${items}</div>\n      </div>` : ''}
</div>
<p>Document Format Files</p>
<table class="tableFile" summary="Document Format Files">
${head}
${indexRows(
  f,
  f.documents.filter((d) => !d.data),
)}
         <tr>
            <td scope="row">&nbsp;</td>
            <td scope="row">Complete submission text file</td>
            <td scope="row"><a href="${folderOf(f)}/${f.accession}.txt">${f.accession}.txt</a></td>
            <td scope="row">&nbsp;</td>
            <td scope="row">0</td>
         </tr>
</table>
<table class="tableFile" summary="Data Files">
${head}
${indexRows(
  f,
  f.documents.filter((d) => d.data),
)}
</table>
<div class="companyInfo">
  <span class="companyName">${escapeXml(f.company)} (Filer)
 <acronym title="Central Index Key">CIK</acronym>: <a href="/cgi-bin/browse-edgar?CIK=${f.cik.padStart(10, '0')}&amp;action=getcompany">${f.cik.padStart(10, '0')} (see all company filings)</a></span>
</div>
</body></html>`;
}

// Filler written for this bench: the shape of a quarterly report (tables of amounts, notes, discussion), with
// the lease and capacity words real reports carry, and no compute-capacity contract.
const TABLE_BLOCK = `<table><tr><td>Revenue from product sales</td><td>$</td><td>412,118</td><td>$</td><td>389,004</td></tr>
<tr><td>Cost of revenue, excluding depreciation</td><td></td><td>(201,377)</td><td></td><td>(190,263)</td></tr>
<tr><td>Operating lease cost</td><td></td><td>12,904</td><td></td><td>11,870</td></tr>
<tr><td>Selling, general and administrative</td><td></td><td>88,215</td><td></td><td>84,552</td></tr>
<tr><td>Interest expense, net</td><td></td><td>(6,031)</td><td></td><td>(7,118)</td></tr></table>\n`;
const PROSE_BLOCK = `<p>Net sales in the quarter rose on higher volumes in the industrial segment, partly offset by lower pricing in
consumer products. Gross margin improved as freight costs eased and the plant in Ohio ran at a higher utilization
than a year earlier. We expect working capital needs to follow the usual seasonal pattern in the fourth quarter.</p>
<p>The Company leases office space, warehouses and vehicles under operating leases that expire at various dates
through 2034. Management reviews the recoverability of long-lived assets whenever events indicate that the carrying
amount may not be recoverable; no impairment was recorded in the periods presented.</p>\n`;
const XBRL_HEADER = `<div style="display:none"><ix:header><ix:hidden>${'<ix:nonNumeric name="dei:EntityRegistrantName" contextRef="c-1">Registrant</ix:nonNumeric>'.repeat(40)}</ix:hidden></ix:header></div>\n`;

function dealParagraph(f: BenchFiling): string {
  const deal = f.deal;
  if (!deal) return '';
  const who = f.company;
  if (f.formType === '8-K')
    return `<p>On November 30, 2026, ${escapeXml(who)} (the &#8220;Company&#8221;) signed a master services agreement with ${escapeXml(deal.buyerName)} under which the Company will supply dedicated GPU cloud compute capacity from its data center campus. ${escapeXml(deal.buyerName)} has committed to pay the Company approximately $${deal.billions.toFixed(1)} billion over a five-year term.</p>\n`;
  return `<p>Note 14. Subsequent Events</p><p>In October 2026, ${escapeXml(who)} (the &#8220;Company&#8221;) signed a multi-year agreement with ${escapeXml(deal.buyerName)} to host and operate dedicated GPU compute capacity for ${escapeXml(deal.buyerName)} at two of the Company&#8217;s data center campuses. ${escapeXml(deal.buyerName)} has committed to pay the Company approximately $${deal.billions.toFixed(1)} billion over the initial term of seven years.</p>\n`;
}

const UNIT = TABLE_BLOCK + PROSE_BLOCK;
/** Filler for the largest document, made once: each document is a view of it, not a new string. */
const FILLER = Buffer.from(UNIT.repeat(Math.ceil(8_000_000 / UNIT.length)));

/**
 * A document of the listed size; the planted disclosure sits two thirds in (the notes of a 10-Q). As parts, two of
 * them views of the shared filler: the stand-in writes them one after the other and never copies megabytes (it
 * shares the bench process, and its CPU with the stack it serves).
 */
function documentBody(f: BenchFiling, d: BenchDocument): Buffer[] {
  const disclosure = d.type === f.formType || d.type === 'EX-99.1' ? dealParagraph(f) : '';
  const head = `<html><body>\n${d.type === f.formType && f.formType !== '8-K' ? XBRL_HEADER : ''}<p>${escapeXml(f.company)} ${d.type}</p>\n`;
  const tail = '</body></html>\n';
  const room = Math.min(FILLER.length, Math.max(0, d.size - head.length - tail.length - disclosure.length));
  // Between two blocks of filler (all ASCII), so that the planted paragraph is never inside a table.
  const cut = Math.floor((room * 0.66) / UNIT.length) * UNIT.length;
  return [
    Buffer.from(head),
    FILLER.subarray(0, cut),
    Buffer.from(disclosure),
    FILLER.subarray(cut, room),
    Buffer.from(tail),
  ];
}

/** Uuencoded lines, as a full submission carries a graphic (a third larger than the image). */
const UUENCODED = Buffer.from(`M${'A'.repeat(60)}\n`.repeat(Math.ceil((8_000_000 * 1.37) / 62)));

/**
 * The complete submission text file (`{accession}.txt`): the SGML header, then every document in its
 * <DOCUMENT> block with the same bodies the stand-in serves one by one, graphics uuencoded. As parts, views of the
 * shared fillers.
 */
function submissionText(f: BenchFiling, acceptedMs: number): Buffer[] {
  const eastern14 = eastern(acceptedMs).slice(0, 19).replace(/[-T:]/g, '');
  const head = `<SEC-DOCUMENT>${f.accession}.txt : ${eastern14.slice(0, 8)}
<SEC-HEADER>${f.accession}.hdr.sgml : ${eastern14.slice(0, 8)}
<ACCEPTANCE-DATETIME>${eastern14}
ACCESSION NUMBER:\t\t${f.accession}
CONFORMED SUBMISSION TYPE:\t${f.formType}
PUBLIC DOCUMENT COUNT:\t\t${f.documents.length}
FILED AS OF DATE:\t\t${eastern14.slice(0, 8)}

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\t${f.company}
\t\tCENTRAL INDEX KEY:\t\t\t${f.cik.padStart(10, '0')}
</SEC-HEADER>
`;
  const parts: Buffer[] = [Buffer.from(head)];
  for (const d of f.documents) {
    parts.push(
      Buffer.from(
        `<DOCUMENT>\n<TYPE>${d.type}\n<SEQUENCE>${d.sequence}\n<FILENAME>${d.filename}\n<DESCRIPTION>${d.description}\n<TEXT>\n`,
      ),
    );
    if (d.type === 'GRAPHIC') {
      parts.push(Buffer.from(`begin 644 ${d.filename}\n`), UUENCODED.subarray(0, Math.round(d.size * 1.37)));
      parts.push(Buffer.from('end\n'));
    } else if (d.data) parts.push(FILLER.subarray(0, Math.min(FILLER.length, d.size)));
    else parts.push(...documentBody(f, d));
    parts.push(Buffer.from('</TEXT>\n</DOCUMENT>\n'));
  }
  parts.push(Buffer.from('</SEC-DOCUMENT>\n'));
  return parts;
}

export async function startEdgarStandIn(
  filings: BenchFiling[],
  opts: { failOnceAt?: number } = {},
): Promise<StandIn> {
  const requests: RequestLog[] = [];
  const byFolder = new Map(filings.map((f) => [folderOf(f), f]));
  let burstStart = Number.POSITIVE_INFINITY;
  let throttled = false;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const now = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const log: RequestLog = {
      atMs: now,
      path: url.pathname,
      userAgent: String(req.headers['user-agent'] ?? ''),
      bytes: 0,
      accession: null,
      status: 200,
    };
    requests.push(log);
    const send = (
      status: number,
      body: string | Buffer[],
      type: string,
      headers: Record<string, string> = {},
    ) => {
      const parts = typeof body === 'string' ? [Buffer.from(body)] : body;
      log.status = status;
      log.bytes = parts.reduce((n, p) => n + p.length, 0);
      res.writeHead(status, { 'content-type': type, 'content-length': String(log.bytes), ...headers });
      for (const part of parts) res.write(part);
      res.end();
    };
    // One 429 with Retry-After in the middle of the burst: the client must hold every lane back.
    if (!throttled && opts.failOnceAt !== undefined && requests.length >= opts.failOnceAt) {
      throttled = true;
      return send(429, 'Too Many Requests', 'text/plain', { 'retry-after': '2' });
    }
    if (url.pathname === '/cgi-bin/browse-edgar' && url.searchParams.get('action') === 'getcurrent') {
      const start = Number(url.searchParams.get('start') ?? '0');
      const count = Number(url.searchParams.get('count') ?? '100');
      const listed = filings.filter((f) => burstStart + f.arrivesAtMs <= now).reverse();
      if (start > 0 && start >= listed.length)
        return send(503, '<html>Service Unavailable</html>', 'text/html');
      const page = listed.slice(start, start + count).map((f) => feedEntry(f, burstStart + f.arrivesAtMs));
      return send(200, feed(page, now), 'application/atom+xml');
    }
    const slash = url.pathname.lastIndexOf('/');
    const filing = byFolder.get(url.pathname.slice(0, slash));
    const name = url.pathname.slice(slash + 1);
    if (!filing || burstStart + filing.arrivesAtMs > now) return send(404, 'Not Found', 'text/plain');
    log.accession = filing.accession;
    if (name === `${filing.accession}-index.htm`)
      return send(200, indexPage(filing, burstStart + filing.arrivesAtMs), 'text/html');
    if (name === `${filing.accession}.txt`)
      return send(200, submissionText(filing, burstStart + filing.arrivesAtMs), 'text/plain');
    const doc = filing.documents.find((d) => d.filename === name);
    if (!doc) return send(404, 'Not Found', 'text/plain');
    return send(200, documentBody(filing, doc), 'text/html');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    startBurst() {
      burstStart = Date.now();
      return burstStart;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
