import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../functions/local/dynamo-local';
import { launchChromium, loopbackContext } from '../support/browser';

// `npm run demo` as a reader meets it: the bundled snapshot processed by the whole pipeline into DynamoDB Local,
// the API left up, and the page driven in the system Chromium at desktop and phone sizes: deals, chart, a
// deal's sources, timeline and filings, the filings view with its filters, a filing's documents and mentions,
// and back to the deal.

const SCREENSHOTS = 'test-results/screenshots';
/** The demo's CoreWeave–Meta order form: an 8-K with its EX-99.1 press release. */
const META_DEAL = 'meta--coreweave--2025-09';
const META_8K = '9999999999-25-000101';
const OPENAI_8K = '9999999999-25-000103';

let demo: ChildProcess;
let output = '';
let dataDir: string;
let baseUrl: string;
let browser: Browser;
let page: Page;
const blocked: string[] = [];
const failedResponses: string[] = [];

/** Starts `npm run demo` (serving, not --once) and resolves with the API's address once the pass is done. */
function startDemo(env: NodeJS.ProcessEnv): Promise<string> {
  // As `npm run demo` runs it, V8's regexp flag on node's command line (package.json).
  demo = spawn(
    join('node_modules', '.bin', 'tsx'),
    ['--no-regexp-tier-up', 'functions/local/cli.ts', 'demo'],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      // Printed after the pass, the deals, the filings and the alerts.
      const ready = /API: (http:\/\/127\.0\.0\.1:\d+)\/deals/.exec(output);
      if (ready?.[1]) resolve(`${ready[1]}/`);
    };
    demo.stdout?.on('data', onData);
    demo.stderr?.on('data', onData);
    demo.on('close', (code) => reject(new Error(`the demo ended (${code}) before serving:\n${output}`)));
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'demo-page-'));
  baseUrl = await startDemo({ DATA_DIR: dataDir, PORT: String(await freePort()) });
  await mkdir(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  page = await (await loopbackContext(browser, { width: 1280, height: 900 }, blocked)).newPage();
  page.setDefaultTimeout(20_000);
  page.on('response', (r) => {
    if (r.status() >= 400) failedResponses.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
}, 240_000); // Java, tsx and the whole pipeline in a child process: minutes on a loaded 2-core machine

afterAll(async () => {
  await browser?.close();
  if (demo && demo.exitCode === null) {
    const closed = new Promise((resolve) => demo.once('close', resolve));
    demo.kill('SIGTERM');
    await closed;
  }
});

const cellsOf = async (selector: string) =>
  Promise.all(
    (await page.locator(selector).all()).map(async (tr) =>
      (await tr.locator('td').allTextContents()).map((t) => t.trim()),
    ),
  );

async function filterFilings(fields: Record<string, string>, hasDeals = false): Promise<string[]> {
  for (const name of ['company', 'form', 'item', 'from', 'to'])
    await page.fill(`#filing-filters input[name="${name}"]`, fields[name] ?? '');
  await page.setChecked('#filing-filters input[name="hasDeals"]', hasDeals);
  await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/filings'),
    page.click('#filing-filters button[type="submit"]'),
  ]);
  await page.waitForSelector('#filings-table[aria-busy="false"]');
  return (await page.locator('#filings tr').all()).length
    ? page
        .locator('#filings tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-accession') ?? ''))
    : [];
}

describe('the page on the demo’s deals and filings', { timeout: 120_000 }, () => {
  it('lists the demo’s deals, newest announcement first, and charts them by provider', async () => {
    await page.goto(baseUrl);
    await page.waitForSelector('#table[aria-busy="false"]');
    const ids = await page
      .locator('#deals tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-deal-id')));
    expect(ids).toContain(META_DEAL);
    expect(ids.filter((id) => id?.startsWith('microsoft--nscale--'))).toHaveLength(2);
    const rows = await cellsOf('#deals tr');
    const announced = rows.map((cells) => cells[5] ?? '');
    for (const day of announced) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(announced).toEqual([...announced].sort().reverse());
    expect(rows.find((cells) => cells[0] === 'CoreWeave, Inc. → Meta Platforms, Inc.')?.[1]).toBe('$14.2B');

    await page.waitForSelector('#chart .uplot canvas');
    const legend = await page.locator('#chart .u-legend .u-label').allTextContents();
    expect(legend).toEqual(expect.arrayContaining(['CoreWeave, Inc.', 'Nscale', 'Nebius Group N.V.']));
    const providers = new Set(rows.filter((c) => c[1] !== 'undisclosed').map((c) => c[0]?.split(' → ')[0]));
    expect(legend).toHaveLength(Math.min(providers.size, 7));
    await page.screenshot({ path: `${SCREENSHOTS}/demo-desktop.png`, fullPage: true });
  });

  it('opens the CoreWeave–Meta deal: its sources, timeline and the filing behind it', async () => {
    await page.click(`tr[data-deal-id="${META_DEAL}"] a`);
    await page.locator('#deal-filings li a').first().waitFor();
    expect(await page.textContent('#deal-title')).toBe('CoreWeave, Inc. → Meta Platforms, Inc.');
    // The 8-K body, its EX-99.1 and the French article: three sources, each with its links.
    const sources = await page.locator('#deal-sources li').allTextContents();
    expect(sources).toHaveLength(3);
    expect(sources.filter((s) => /8-K/.test(s))).toHaveLength(2);
    expect(await page.locator('#deal-sources a', { hasText: 'Filing index' }).count()).toBe(2);
    expect(await page.locator('#deal-sources a', { hasText: 'Article' }).count()).toBe(1);
    expect((await page.locator('#deal-timeline li').allTextContents())[0]).toMatch(/First reported/);
    expect(await page.locator('#deal-filings li a').getAttribute('href')).toBe(`#filing/${META_8K}`);
  });

  it('follows the deal to its filing: documents read, mentions and the way back to the deal', async () => {
    await page.click('#deal-filings li a');
    await page.waitForSelector('#filing-view:not([hidden])');
    await page.locator('#filing-mentions li a').first().waitFor();
    expect(await page.textContent('#filing-title')).toBe(`CoreWeave, Inc. · 8-K · ${META_8K}`);
    const documents = await page.locator('#filing-documents li strong').allTextContents();
    expect(documents).toEqual(['8-K', 'EX-99.1']);
    const mentions = await page.locator('#filing-mentions li').allTextContents();
    expect(mentions.length).toBeGreaterThanOrEqual(1);
    for (const m of mentions)
      expect(m).toMatch(/^CoreWeave, Inc\. → Meta Platforms, Inc\. · \$14\.2B · signed/);
    expect(await page.locator('#filing-history li strong').allTextContents()).toEqual([
      'queued',
      'processing',
      'done',
    ]);
    const edgar = await page
      .locator('#filing-facts a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(edgar[0]).toMatch(
      new RegExp(`^https://www\\.sec\\.gov/Archives/edgar/data/1769628/.+${META_8K}-index\\.htm$`),
    );
    await page.screenshot({ path: `${SCREENSHOTS}/demo-filing.png`, fullPage: true });
    await page.locator('#filing-mentions li a').first().click();
    await page.locator('#deal-title', { hasText: 'CoreWeave, Inc. → Meta Platforms, Inc.' }).waitFor();
    expect(await page.isVisible('#filing-view')).toBe(false);
  });

  it('lists the filings, filtered by company and form, item, deals found, and dates', async () => {
    await page.click('nav a[href="#filings"]');
    await page.waitForSelector('#filings-view:not([hidden])');
    await page.locator('#filings tr').first().waitFor();
    const all = await page.locator('#filings tr').count();
    expect(all).toBeGreaterThanOrEqual(5);
    // The question of issue 16, as a reader types it: CoreWeave's 8-Ks, newest first.
    expect(await filterFilings({ company: 'CoreWeave', form: '8-k' })).toEqual([META_8K, OPENAI_8K]);
    const [meta] = await cellsOf(`#filings tr[data-accession="${META_8K}"]`);
    expect(meta?.slice(0, 3)).toEqual(['CoreWeave, Inc.', '8-K', '8.01, 9.01']);
    expect(meta?.[4]).toBe(META_DEAL);
    expect(await filterFilings({ form: '8-K', item: '7.01' })).toEqual([OPENAI_8K]);
    expect(await filterFilings({ company: 'coreweave', from: '2025-09-26', to: '2025-12-31' })).toEqual([
      META_8K,
    ]);
    expect((await filterFilings({}, true)).length).toBeGreaterThanOrEqual(5);
    expect(await page.textContent('#filings-status')).toMatch(/^\d+ filings$/);
    // A bad item: the API's reason, naming the field, instead of a silent empty list.
    expect(await filterFilings({ item: 'one' })).toEqual([]);
    expect(await page.textContent('#filings-error')).toMatch(
      /Could not load filings: Invalid request: item: /,
    );
    expect(await filterFilings({})).toHaveLength(all);
    expect(await page.isVisible('#filings-error')).toBe(false);
  });

  it('subscribes from the page and sends a test alert into the demo’s outbox', async () => {
    await page.click('nav a[href="#"]');
    await page.waitForSelector('#list-view:not([hidden])');
    await page.fill('#subscribe-form input[name="email"]', 'morning-reader@example.com');
    await page.click('#subscribe-form button[type="submit"]');
    await page.waitForSelector('#test-alert:not([hidden])');
    await page.click('#test-alert');
    await page.locator('#subscribe-result', { hasText: /^Test alert sent/ }).waitFor();
    const lines = (await readFile(join(dataDir, 'demo', 'outbox.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { endpoint: string; subject: string });
    const mine = lines.filter((l) => l.endpoint === 'morning-reader@example.com');
    expect(mine).toHaveLength(1);
    expect(mine[0]?.subject).toMatch(/^\[Test\] New compute deal: /);
  });

  it('reads on a phone: cards for deals and filings, nothing wider than the screen', async () => {
    const phone = await (await loopbackContext(browser, { width: 390, height: 844 }, blocked)).newPage();
    await phone.goto(baseUrl);
    await phone.waitForSelector('#table[aria-busy="false"]');
    await phone.waitForSelector('#chart .uplot canvas');
    const fits = () => phone.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');
    expect(await fits()).toBe(true);
    expect(
      await phone.evaluate<string>(`getComputedStyle(document.querySelector('#deals tr')).display`),
    ).toBe('block');
    await phone.screenshot({ path: `${SCREENSHOTS}/demo-phone.png`, fullPage: true });
    await phone.goto(`${baseUrl}#filings`);
    await phone.locator('#filings tr').first().waitFor();
    expect(await fits()).toBe(true);
    expect(
      await phone.evaluate<string>(`getComputedStyle(document.querySelector('#filings tr')).display`),
    ).toBe('block');
    await phone.screenshot({ path: `${SCREENSHOTS}/demo-phone-filings.png`, fullPage: true });
    await phone.close();
  });

  it('asked for nothing but the loopback server, and nothing failed but the bad filter', () => {
    expect(blocked).toEqual([]);
    expect(failedResponses).toEqual(['400 /filings']);
  });
});
