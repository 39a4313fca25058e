import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';

/**
 * Serves the bundled recorded snapshot on loopback the way EDGAR and the news sites serve the live data: the
 * getcurrent Atom feed (503 past its end, as EDGAR does), full submissions under /Archives, news feeds with
 * ETags so conditional GETs get their 304. The demo points EDGAR_BASE_URL and the feed URLs here.
 */
export async function startSnapshotServer(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file: string | null = null;
    if (url.pathname === '/cgi-bin/browse-edgar' && url.searchParams.get('action') === 'getcurrent') {
      if (Number(url.searchParams.get('start') ?? '0') > 0) {
        res
          .writeHead(503, { 'content-type': 'text/html' })
          .end('<html><body>Service Unavailable</body></html>');
        return;
      }
      file = 'edgar/getcurrent.xml';
    } else if (url.pathname.startsWith('/Archives/') || url.pathname.startsWith('/news/')) {
      file = normalize(
        url.pathname.startsWith('/Archives/') ? `edgar${url.pathname}` : url.pathname.slice(1),
      );
    }
    if (!file || file.startsWith('..')) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(dir, file));
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag }).end();
        return;
      }
      const type = file.endsWith('.txt') ? 'text/plain' : 'application/xml';
      res.writeHead(200, { 'content-type': type, etag, 'content-length': body.length }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
