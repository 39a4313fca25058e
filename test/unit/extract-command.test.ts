import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runExtractCommand } from '../../functions/local/extract-command';

const FIXTURE = new URL('./extract/fixtures/order-form-8k.txt', import.meta.url).pathname;

async function run(args: string[], stdinText = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => {
    out += d;
  });
  stderr.on('data', (d) => {
    err += d;
  });
  const code = await runExtractCommand(args, { stdout, stderr, stdin: Readable.from([stdinText]) });
  return { code, out, err };
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

  it('reads stdin with "-" and honours --lang', async () => {
    const { code, out } = await run(
      ['-', '--lang', 'fr'],
      'Meta a signé un accord cloud de 14,2 milliards de dollars avec CoreWeave.',
    );
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject([
      { buyer: 'Meta Platforms, Inc.', provider: 'CoreWeave, Inc.', valueUsd: 14.2e9, language: 'fr' },
    ]);
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
    expect(missing.err).toMatch(/cannot read \/nonexistent\/file\.txt/);
    expect(missing.out).toBe('');
    const dir = await run([tmpdir()]);
    expect(dir.code).toBe(2);
    const broken = await run(['-'], '<SEC-DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER: 1\n');
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/unreadable input/);
    expect((await run([])).code).toBe(2);
    expect((await run(['-', '--lang', 'xx'])).code).toBe(2);
  });
});
