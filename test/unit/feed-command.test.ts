import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runFeedCommand } from '../../functions/local/feed-command';
import type { HostGuard } from '../../functions/sources/http';
import { capturedStreams } from '../support/cli-process';
import { startFeedServer } from './news/feed-server';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/news/${name}`, import.meta.url));

// Tests never leave loopback: the URL case allows only the loopback fixture server, as a test policy.
const loopbackOnly: HostGuard = {
  decideUrl: (url) =>
    new URL(url).hostname === '127.0.0.1'
      ? { allow: true }
      : { allow: false, reason: 'test allows loopback only' },
  decideAddress: (address) =>
    address === '127.0.0.1' ? { allow: true } : { allow: false, reason: 'test allows loopback only' },
};

async function run(args: string[], hostGuard?: HostGuard) {
  const { stdout, stderr, written } = capturedStreams();
  const code = await runFeedCommand(
    args,
    { stdout, stderr },
    { userAgent: 'Feed CLI Test ops@example.com', ...(hostGuard ? { hostGuard } : {}) },
  );
  return { code, ...written() };
}

let server: Awaited<ReturnType<typeof startFeedServer>> | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('cli feed', () => {
  it('prints what the poller would take from a feed file', async () => {
    const { code, out, err } = await run([fixture('coreweave-newsroom-rss2.xml')]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const printed = JSON.parse(out) as {
      items: Record<string, unknown>[];
      dropped: number;
      warnings: string[];
    };
    expect(printed.dropped).toBe(0);
    expect(printed.warnings).toEqual([]);
    expect(printed.items).toHaveLength(3);
    expect(Object.keys(printed.items[0] ?? {})).toEqual([
      'title',
      'link',
      'publishedAt',
      'language',
      'summary',
    ]);
    expect(printed.items[0]).toMatchObject({
      title: 'CoreWeave Announces Expanded Agreement With Meta & Order Form Valued at Up To $14.2 Billion',
      publishedAt: '2025-09-30T12:00:00.000Z',
      language: 'en',
    });
  });

  it('reads the encoding a file declares and applies --lang to items without one', async () => {
    const latin1 = await run([fixture('journal-infonuagique-latin1-fr.xml')]);
    expect(JSON.parse(latin1.out).items[0].title).toBe(
      'Nscale et Microsoft : un contrat de capacité GPU évalué à 14 milliards de dollars',
    );
    const declared = await run([fixture('wire-brief-missing-dates.xml'), '--lang', 'de']);
    expect(JSON.parse(declared.out).items.map((i: { language: string }) => i.language)).toEqual(['de', 'de']);
  });

  it('reports the items it dropped and why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-cli-'));
    const file = join(dir, 'long.xml');
    const items = Array.from({ length: 503 }, (_, n) => `<item><title>Item ${n}</title></item>`).join('');
    writeFileSync(
      file,
      `\n\n<?xml version="1.0"?><rss version="2.0"><channel>${items}<item/></channel></rss>`,
    );
    const { code, out } = await run([file]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      dropped: 4,
      warnings: ['4 item(s) beyond the first 500 dropped (item cap)'],
    });
  });

  it('exits 2 with one line for what is not a feed, unreadable, or a usage mistake', async () => {
    const cases: [string[], RegExp][] = [
      [
        [fixture('broken-html-not-a-feed.html')],
        /^feed: feed file:.*malformed XML: .* at line 2, column \d+\n$/,
      ],
      [[fixture('broken-billion-laughs.xml')], /^feed: .*DOCTYPE with an internal subset refused.*\n$/],
      [[join(tmpdir(), 'no-such-feed.xml')], /^feed: cannot read .*no-such-feed\.xml: no such file\n$/],
      [[tmpdir()], /^feed: .* is not a regular file\n$/],
      [['--lang', 'xx', 'a.xml'], /^feed: --lang must be one of en, fr, de, es, it, pt\nusage: /],
      [[], /^feed: missing FILE or URL\nusage: /],
    ];
    for (const [args, message] of cases) {
      const { code, out, err } = await run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(message);
      expect(err).not.toMatch(/\n\s+at /);
    }
  });

  it('fetches a URL through the poller feed source when the host policy allows it', async () => {
    server = await startFeedServer({
      '/feed': { kind: 'file', file: 'nebius-newsroom-atom.xml', contentType: 'application/atom+xml' },
      '/gone': { kind: 'status', status: 404 },
    });
    const { code, out } = await run([`${server.url}/feed`], loopbackOnly);
    expect(code).toBe(0);
    expect(JSON.parse(out).items[0].link).toBe(
      'https://nebius.com/newsroom/nebius-signs-agreement-with-microsoft',
    );
    // The poller's declared User-Agent and Accept headers.
    expect(server.requests[0]?.headers['user-agent']).toBe('Feed CLI Test ops@example.com');
    expect(server.requests[0]?.headers.accept).toMatch(/application\/rss\+xml/);
    const gone = await run([`${server.url}/gone`], loopbackOnly);
    expect(gone).toMatchObject({ code: 2, err: `feed: HTTP 404 from ${server.url}/gone\n` });
  });

  it('refuses a host by the production policy without connecting to it', async () => {
    server = await startFeedServer({
      '/feed': { kind: 'file', file: 'nebius-newsroom-atom.xml', contentType: 'application/atom+xml' },
    });
    for (const url of [
      `${server.url}/feed`,
      'http://169.254.169.254/latest/meta-data/',
      'http://localhost/feed',
      'https://10.0.0.1/rss',
    ]) {
      const { code, err } = await run([url]);
      expect(code, url).toBe(2);
      expect(err).toMatch(/^feed: .* refused: .+\n$/);
    }
    expect(server.requests).toHaveLength(0);
  });
});
