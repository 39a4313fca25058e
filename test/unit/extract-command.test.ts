import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runExtractCommand } from '../../functions/local/extract-command';
import { capturedStreams } from '../support/cli-process';

const FIXTURE = new URL('./extract/fixtures/order-form-8k.txt', import.meta.url).pathname;

async function run(args: string[], stdinText = '') {
  const { stdout, stderr, written } = capturedStreams();
  const code = await runExtractCommand(args, { stdout, stderr, stdin: Readable.from([stdinText]) });
  return { code, ...written() };
}

describe('cli extract', () => {
  it('prints one object per deal from an EDGAR full submission (8-K body and EX-99.1 merged)', async () => {
    const { code, out, err } = await run([FIXTURE]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as Record<string, unknown>[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({
      buyer: 'Meta Platforms, Inc.',
      provider: 'CoreWeave, Inc.',
      valueUsd: 14_200_000_000,
      valueText: '$14.2 billion',
      cumulative: true,
      status: 'signed',
      kind: 'gpu_cloud',
      endDate: '2031-12-31',
      termYears: null,
    });
    expect(typeof parsed[0]!.evidence).toBe('string');
    expect(parsed[0]!.confidence).toBeGreaterThan(0);
    expect(parsed[0]!.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    [
      'reads stdin with "-" and honours --lang',
      'Meta a signé un accord cloud de 14,2 milliards de dollars avec CoreWeave.',
      { buyer: 'Meta Platforms, Inc.', provider: 'CoreWeave, Inc.', valueUsd: 14.2e9, language: 'fr' },
    ],
    [
      // A declared language guides parsing but never overrides what the text makes unambiguous.
      'reads "$17.4 billion" in English text as billions under --lang fr',
      'Nebius signed a five-year GPU capacity contract with Microsoft valued at $17.4 billion.',
      {
        buyer: 'Microsoft Corporation',
        provider: 'Nebius Group N.V.',
        valueUsd: 17.4e9,
        valueText: '$17.4 billion',
      },
    ],
  ])('%s', async (_title, text, deal) => {
    const { code, out } = await run(['-', '--lang', 'fr'], text);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject([deal]);
  });

  it('reads .htm files as HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
    const file = join(dir, 'ex99.htm');
    writeFileSync(
      file,
      '<html><body><p>Nebius will supply Microsoft with GPU capacity worth approximately $17.4 billion through 2031.</p></body></html>',
    );
    const { code, out } = await run([file]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject([
      { buyer: 'Microsoft Corporation', provider: 'Nebius Group N.V.', endDate: '2031-12-31' },
    ]);
  });

  it('prints [] and exits 0 when nothing is found', async () => {
    const { code, out } = await run(['-'], 'The board declared a quarterly dividend of $0.25 per share.');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([]);
  });

  it('exits 2 with a clear error on unreadable input and bad arguments', async () => {
    const missing = await run(['/nonexistent/file.txt']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('extract: cannot read /nonexistent/file.txt: no such file\n');
    expect(missing.out).toBe('');
    const dir = await run([tmpdir()]);
    expect(dir.code).toBe(2);
    expect(dir.err).toBe(`extract: cannot read ${tmpdir()}: a directory: name a file in it\n`);
    const flag = await run(['--wrong', FIXTURE]);
    expect(flag.code).toBe(2);
    expect(flag.err).toMatch(/^extract: unknown option --wrong\n/);
    const broken = await run(['-'], '<SEC-DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER: 1\n');
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/unreadable input/);
    expect((await run([])).code).toBe(2);
    expect((await run(['-', '--lang', 'xx'])).code).toBe(2);
  });

  describe('saved pages as they really are', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-saved-'));
    const save = (name: string, body: string | Buffer): string => {
      const file = join(dir, name);
      writeFileSync(file, body);
      return file;
    };
    const ARTICLE =
      '<main><article><h1>Microsoft signe avec Nebius</h1><p>Nebius fournira à Microsoft des capacités GPU d’une valeur de 17,4 milliards de dollars jusqu’en 2031, à Vineland.</p></article>' +
      '<section class="related"><h3>À lire aussi</h3><ul><li><a href="/a">Nscale décroche un contrat de 14 milliards de dollars avec Microsoft</a></li><li><a href="/b">IREN</a></li><li><a href="/c">Lambda</a></li></ul></section></main>';
    const pairs = (out: string): string[] =>
      (JSON.parse(out) as { buyerId: string; providerId: string }[]).map(
        (m) => `${m.buyerId}<-${m.providerId}`,
      );

    it('reads a windows-1252 page as declared, and leaves its related list out', async () => {
      const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><nav><a>Accueil</a><a>Économie</a><a>Tech</a></nav>${ARTICLE}</body></html>`;
      // The apostrophe is byte 0x92 in windows-1252.
      const bytes = Buffer.from(html.replace(/’/g, "'"), 'latin1');
      bytes[bytes.indexOf("d'une") + 1] = 0x92;
      const file = save('page-1252.html', bytes);
      const { code, out, err } = await run([file]);
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(pairs(out)).toEqual(['microsoft<-nebius']);
      expect(JSON.parse(out)[0].evidence).toContain('d\u2019une valeur');
    });

    it('reads an undeclared non-UTF-8 page as windows-1252', async () => {
      const file = save(
        'undeclared.htm',
        Buffer.from(`<html><body>${ARTICLE}</body></html>`.replace(/’/g, "'"), 'latin1'),
      );
      const { code, out } = await run([file]);
      expect(code).toBe(0);
      expect(JSON.parse(out)[0].evidence).toContain('fournira à Microsoft');
    });

    it('reads an MHTML "single file" page (quoted-printable HTML part)', async () => {
      const html = `<html><head><meta charset="utf-8"></head><body>${ARTICLE}</body></html>`;
      const qp = Buffer.from(html, 'utf8')
        .toString('latin1')
        .replace(/[=\x80-\xff]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
        .replace(/(.{70})/g, '$1=\r\n');
      const mhtml = [
        'From: <Saved by Blink>',
        'Subject: Microsoft signe avec Nebius',
        'MIME-Version: 1.0',
        'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--abc"',
        '',
        '------MultipartBoundary--abc',
        'Content-Type: text/html',
        'Content-ID: <frame-1@mhtml.blink>',
        'Content-Transfer-Encoding: quoted-printable',
        'Content-Location: https://news.example/nebius',
        '',
        qp,
        '------MultipartBoundary--abc--',
        '',
      ].join('\r\n');
      const { code, out, err } = await run([save('page.mhtml', mhtml)]);
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(pairs(out)).toEqual(['microsoft<-nebius']);
    });

    it('reads an RSS feed item by item', async () => {
      const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title><link>https://news.example/</link><language>en</language>
        <item><title>Nebius signs Microsoft</title><link>https://news.example/1</link><description>Nebius will supply Microsoft with GPU capacity worth $17.4 billion through 2031.</description></item>
        <item><title>Markets</title><link>https://news.example/2</link><description>Shares rose.</description></item></channel></rss>`;
      const { code, out } = await run([save('feed.xml', rss)]);
      expect(code).toBe(0);
      expect(pairs(out)).toEqual(['microsoft<-nebius']);
    });

    it('refuses empty, PDF and binary files with one clear line', async () => {
      for (const [name, body, why] of [
        ['empty.html', Buffer.alloc(0), /empty/],
        ['saved.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\n1 0 obj', 'latin1'), /PDF/],
        ['page.html', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]), /binary/],
        ['nul.txt', Buffer.from('Nebius\u0000\u0000\u0001 signs', 'latin1'), /binary/],
      ] as const) {
        const { code, err, out } = await run([save(name, body)]);
        expect(code, name).toBe(2);
        expect(out).toBe('');
        expect(err.trim().split('\n'), name).toHaveLength(1);
        expect(err).toMatch(why);
      }
    });
  });
});
