import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../functions/local/dynamo-local';
import { runCli } from '../support/cli-process';

// The README's `npm run demo -- --once`, end to end: snapshot server, DynamoDB Local, pollers, queue, worker,
// extractor, deal merge, change stream, notify, outbox.
// Starts Java (DynamoDB Local) and the whole pipeline in a child process: slow on a loaded machine.
describe('npm run demo -- --once', { timeout: 180_000 }, () => {
  it('turns the bundled snapshot into deals and alerts, each alert once', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'demo-'));
    const { code, stdout, stderr } = await runCli(['demo', '--once'], {
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
    });
    expect(code, stderr).toBe(0);
    // EDGAR and the news feeds are polled side by side: the 8-K ("up to") or the French article may come first.
    expect(stdout).toMatch(
      /\[ALERT to email:analyst@example\.com\] New compute deal: CoreWeave, Inc\. -> Meta Platforms, Inc\.: (?:up to )?\$14\.2B \(signed\)/,
    );
    // The 8-K primary document, its EX-99.1 and the French news item: one deal with three sources.
    expect(stdout).toMatch(
      /CoreWeave, Inc\. -> Meta Platforms, Inc\.\s+\$14\.2B\s+signed\s+filing\s+3 source\(s\)/,
    );
    // GET /filings?company=coreweave&form=8-K, then each filing's documents and the deal its mentions merged into.
    expect(stdout).toMatch(/2 CoreWeave 8-K\(s\) stored/);
    expect(stdout).toMatch(
      /8-K 9999999999-25-000101 2025-09-30 items 8\.01 9\.01 · read 8-K, EX-99\.1 · \d+ mention\(s\) -> meta--coreweave/,
    );

    const alerts = (await readFile(join(dataDir, 'demo', 'outbox.jsonl'), 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map(
        (l) =>
          JSON.parse(l) as {
            subscriptionId: string;
            dealId: string;
            changeKey: string;
            channel: string;
            text: string;
          },
      );
    expect(alerts.length).toBeGreaterThan(0);
    // Each change once per subscriber (a first alert, then only the rises asked for, e.g. news confirmed by the
    // 8-K when the article was read first), and one first alert per subscriber and deal.
    const keys = alerts.map((a) => `${a.subscriptionId}|${a.changeKey}`);
    expect(new Set(keys).size).toBe(keys.length);
    const firsts = alerts.filter((a) => a.changeKey === `${a.subscriptionId}#${a.dealId}`);
    expect(new Set(firsts.map((a) => `${a.subscriptionId}|${a.dealId}`)).size).toBe(firsts.length);
    // Two separate Microsoft–Nscale contracts (Narvik in September, Texas in October): two deals, two alerts.
    expect(stdout).toContain('New compute deal: Nscale -> Microsoft Corporation: ~$6.2B (signed)');
    // "has contracted … could be worth up to $24 billion": a signed contract whose value is only reported.
    expect(stdout).toMatch(
      /New compute deal: Nscale -> Microsoft Corporation: up to \$24B \((?:signed|reported, unconfirmed)\)/,
    );
    expect(
      alerts
        .filter((a) => a.subscriptionId === 'demo-email' && a.dealId.startsWith('microsoft--nscale--'))
        .map((a) => a.dealId)
        .sort(),
    ).toEqual(['microsoft--nscale--2025-09', 'microsoft--nscale--2025-10']);
    // The SMS subscriber asked for signed deals of $10B or more only.
    for (const sms of alerts.filter((a) => a.channel === 'sms'))
      expect(sms.text).toMatch(/\$(1\d|[2-9]\d|\d{3,})(\.\d+)?B/);
    expect(stdout).toMatch(new RegExp(`${alerts.length} alert\\(s\\) written`));
  }, 240_000); // a whole stack in a child process (Java, tsx): minutes on a loaded 2-core machine
});
