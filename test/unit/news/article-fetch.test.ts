import type { LookupAddress } from 'node:dns';
import { afterEach, describe, expect, it } from 'vitest';
import { decideUrl, type HostDecision } from '../../../functions/core/host-policy';
import {
  ArticleFetchError,
  ArticleRefusedError,
  createArticleFetcher,
} from '../../../functions/sources/news/article-fetch';
import { type FixtureServer, startFixtureServer } from '../../support/fixture-server';

let server: FixtureServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

// Tests never leave loopback: names resolve through a fake resolver to 127.0.0.1 only, and the URL policy is the
// real one except that it lets the fixture server's port through.
const fakeLookup = ((
  hostname: string,
  _opts: unknown,
  callback: (e: Error | null, a: LookupAddress[]) => void,
) => {
  const table: Record<string, string> = {
    'news.example.com': '127.0.0.1',
    'internal.example.com': '10.0.0.7',
  };
  const address = table[hostname];
  if (!address) return callback(Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
  callback(null, [{ address, family: 4 }]);
}) as unknown as typeof import('node:dns').lookup;

const portAllowed = (url: string): HostDecision => decideUrl(url.replace(/:\d+\//, '/'));
const loopbackIsPublic = (address: string): HostDecision =>
  address === '127.0.0.1' ? { allow: true } : { allow: false, reason: `test refuses ${address}` };

async function serve(handler: Parameters<typeof startFixtureServer>[0]) {
  server = await startFixtureServer(handler);
  return server.url.replace('127.0.0.1', 'news.example.com');
}

describe('createArticleFetcher', () => {
  it('fetches a page allowed by the policy and returns its text', async () => {
    const base = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        '<html><body><script>x()</script><p>The order form is valued at <b>$14.2&nbsp;billion</b>.</p></body></html>',
      );
    });
    const fetcher = createArticleFetcher({
      userAgent: 'test',
      lookup: fakeLookup,
      decideUrl: portAllowed,
      decideAddress: loopbackIsPublic,
    });
    expect(await fetcher.fetchText(`${base}/story`)).toBe('The order form is valued at $14.2 billion.');
  });

  it('returns the article of a real page, one block a line, without its menu and related stories', async () => {
    const base = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        '<html><body><nav><a href="/">Home</a><a href="/c">Cloud</a></nav><main><article><h1>Nebius signs Microsoft</h1>' +
          '<p>Nebius will supply Microsoft with GPU capacity worth $17.4 billion.</p><ul><li>Term: five years</li><li>Site: Vineland</li></ul></article>' +
          '<section class="related"><h3>Related</h3><ul><li><a href="/a">Nscale lands $14 billion Microsoft deal</a></li>' +
          '<li><a href="/b">IREN signs $9.7 billion pact</a></li><li><a href="/c">Lambda wins Microsoft order</a></li></ul></section></main></body></html>',
      );
    });
    const fetcher = createArticleFetcher({
      userAgent: 'test',
      lookup: fakeLookup,
      decideUrl: portAllowed,
      decideAddress: loopbackIsPublic,
    });
    expect(await fetcher.fetchText(`${base}/story`)).toBe(
      'Nebius signs Microsoft\n\nNebius will supply Microsoft with GPU capacity worth $17.4 billion.\n\n* Term: five years\n* Site: Vineland',
    );
  });

  it('refuses a name that resolves to a private address, without connecting', async () => {
    await serve((_req, res) => {
      res.end('never');
    });
    const fetcher = createArticleFetcher({ userAgent: 'test', lookup: fakeLookup, decideUrl: portAllowed });
    const port = new URL(server!.url).port;
    // The real address policy: 127.0.0.1 (what news.example.com resolves to here) is refused.
    await expect(fetcher.fetchText(`http://news.example.com:${port}/story`)).rejects.toBeInstanceOf(
      ArticleRefusedError,
    );
    await expect(fetcher.fetchText(`http://internal.example.com:${port}/x`)).rejects.toBeInstanceOf(
      ArticleRefusedError,
    );
    expect(server!.requests).toHaveLength(0);
  });

  it('refuses literal private URLs and other ports by the real policy, without any lookup', async () => {
    let lookups = 0;
    const countingLookup = ((...args: Parameters<typeof fakeLookup>) => {
      lookups++;
      return (fakeLookup as unknown as (...a: unknown[]) => void)(...args);
    }) as unknown as typeof fakeLookup;
    const fetcher = createArticleFetcher({ userAgent: 'test', lookup: countingLookup });
    for (const url of [
      'http://169.254.169.254/latest/meta-data/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'http://[::1]/',
    ]) {
      await expect(fetcher.fetchText(url)).rejects.toBeInstanceOf(ArticleRefusedError);
    }
    expect(lookups).toBe(0);
  });

  it('checks every redirect target', async () => {
    const base = await serve((_req, res) => {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
      res.end();
    });
    const fetcher = createArticleFetcher({
      userAgent: 'test',
      lookup: fakeLookup,
      decideUrl: portAllowed,
      decideAddress: loopbackIsPublic,
    });
    await expect(fetcher.fetchText(`${base}/r`)).rejects.toThrow(/169\.254\.169\.254/);
    expect(server!.requests).toHaveLength(1);
  });

  it('bounds size and time', async () => {
    const base = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      if (req.url === '/big') {
        res.end(`<p>${'x'.repeat(300_000)}</p>`);
        return;
      }
      const timer = setInterval(() => res.write('.'), 50);
      res.on('close', () => clearInterval(timer));
    });
    const fetcher = createArticleFetcher({
      userAgent: 'test',
      lookup: fakeLookup,
      decideUrl: portAllowed,
      decideAddress: loopbackIsPublic,
      maxBytes: 100_000,
      timeoutMs: 400,
    });
    await expect(fetcher.fetchText(`${base}/big`)).rejects.toThrow(/over 100000 bytes/);
    await expect(fetcher.fetchText(`${base}/drip`)).rejects.toBeInstanceOf(ArticleFetchError);
  });

  it('returns null for a page that is not HTML', async () => {
    const base = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.7');
    });
    const fetcher = createArticleFetcher({
      userAgent: 'test',
      lookup: fakeLookup,
      decideUrl: portAllowed,
      decideAddress: loopbackIsPublic,
    });
    expect(await fetcher.fetchText(`${base}/a.pdf`)).toBeNull();
  });
});
