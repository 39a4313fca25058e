import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../functions/api/app';
import { createOutboxChannel } from '../../functions/channels/outbox';
import { mergeMention } from '../../functions/core/deal-merge';
import { silentLogger } from '../../functions/core/ports/log';
import type { SourcedMention } from '../../functions/core/types';
import { launchChromium, loopbackContext } from '../support/browser';
import { irenMicrosoft, mention, nebiusMicrosoft, newsSource, oracleOpenAi } from '../support/builders';
import { createTestStore } from '../support/dynamo';

// The page at GET / as a reader sees it, in the system Chromium, against the real API on DynamoDB Local.

/** Screenshots of both sizes, for a person to look at (git-ignored). */
const SCREENSHOTS = 'test-results/screenshots';

const microsoft = { id: 'microsoft', name: 'Microsoft Corporation', ticker: 'MSFT' };

/** Public deals (values and parties as reported), plus one visibly invented pair for the rounding case. */
const SEEDS: { at: string; m: SourcedMention }[] = [
  { at: '2025-09-30T20:10:00.000Z', m: mention() },
  { at: '2025-09-10T12:00:00.000Z', m: nebiusMicrosoft({ qualifier: null }) },
  { at: '2025-09-11T08:00:00.000Z', m: oracleOpenAi({ qualifier: 'approximately' }) },
  { at: '2025-11-03T14:00:00.000Z', m: irenMicrosoft({ qualifier: null }) },
  {
    at: '2025-11-03T16:00:00.000Z',
    m: mention({
      buyer: microsoft,
      provider: { id: 'lambda', name: 'Lambda, Inc.' },
      valueUsd: null,
      valueText: null,
      qualifier: null,
      endDate: null,
      evidence:
        'Lambda signed a multi-billion-dollar agreement to run Nvidia GPU infrastructure for Microsoft.',
      source: newsSource('cnbc-tech/lambda-microsoft'),
    }),
  },
  {
    at: '2025-10-01T09:00:00.000Z',
    m: mention({
      buyer: { id: 'example-labs', name: 'Example Labs (test)' },
      provider: { id: 'example-cloud', name: 'Example Cloud (test)' },
      valueUsd: 8.3e9,
      valueText: '$8.3 billion',
      qualifier: null,
      status: 'in_talks',
      kind: 'datacenter_lease',
      endDate: null,
      evidence: 'An invented deal whose value, 8.3 billion, is not exact in floating point once multiplied.',
      source: newsSource('test-feed/example'),
    }),
  },
];

let browser: Browser;
let server: ServerType;
let baseUrl: string;
let page: Page;
let outboxFile: string;
const blocked: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  const store = await createTestStore();
  for (const { at, m } of SEEDS) {
    // Published when processed: the announcement order is the processing order.
    const deal = mergeMention(null, { ...m, source: { ...m.source, publishedAt: at } }, new Date(at));
    if (!deal) throw new Error('a first mention always makes a deal');
    await store.deals.save(deal);
  }
  outboxFile = join(await mkdtemp(join(tmpdir(), 'page-outbox-')), 'outbox.jsonl');
  const app = createApiApp({
    deals: store.deals,
    filings: store.filings,
    subscriptions: store.subscriptions,
    channel: createOutboxChannel({ file: outboxFile, print: () => {} }),
    log: silentLogger,
  });
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  await mkdir(SCREENSHOTS, { recursive: true });

  browser = await launchChromium();
  page = await (await loopbackContext(browser, { width: 1280, height: 800 }, blocked)).newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

interface Row {
  id: string;
  cells: string[];
  badgeClass: string;
  badgeBackground: string;
}

async function settled(): Promise<void> {
  await page.waitForSelector('#table[aria-busy="false"]');
}

// Read through locators and a string expression: the project's tsconfig has no DOM lib, and should not get one.
async function rows(): Promise<Row[]> {
  const result: Row[] = [];
  for (const tr of await page.locator('#deals tr').all()) {
    const id = (await tr.getAttribute('data-deal-id')) ?? '';
    const cells = (await tr.locator('td').allTextContents()).map((t) => t.trim());
    const badgeClass = (await tr.locator('span.status').getAttribute('class')) ?? '';
    const badgeBackground = await page.evaluate<string>(
      `getComputedStyle(document.querySelector('tr[data-deal-id="${id}"] span.status')).backgroundColor`,
    );
    result.push({ id, cells, badgeClass, badgeBackground });
  }
  return result;
}

async function applyFilters(filters: { minB?: string; company?: string; status?: string }): Promise<void> {
  await page.fill('input[name="minB"]', filters.minB ?? '');
  await page.fill('input[name="company"]', filters.company ?? '');
  await page.selectOption('select[name="status"]', filters.status ?? '');
  await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/deals'),
    page.click('button[type="submit"]'),
  ]);
  await settled();
}

const firstCells = async () => (await rows()).map((r) => r.cells[0]);

describe('the deals page in Chromium', () => {
  it('lists every deal, newest first, as provider → buyer with a readable value and a status badge', async () => {
    await page.goto(baseUrl);
    await settled();
    expect(await page.title()).toBe('Compute-capacity deals');
    const all = await rows();
    expect(all.map((r) => r.cells[0])).toEqual([
      'Lambda, Inc. → Microsoft Corporation',
      'IREN Limited → Microsoft Corporation',
      'Example Cloud (test) → Example Labs (test)',
      'CoreWeave, Inc. → Meta Platforms, Inc.',
      'Oracle Corporation → OpenAI',
      'Nebius Group N.V. → Microsoft Corporation',
    ]);
    const meta = all.find((r) => r.id === 'meta--coreweave--2025-09');
    expect(meta?.cells.slice(1, 5)).toEqual(['$14.2B', 'signed (filing)', 'gpu cloud', 'to 2031-12-31']);
    expect(meta?.badgeClass).toBe('status signed');
    // The signed badge is the green one (#dafbe1), not the default grey.
    expect(meta?.badgeBackground).toBe('rgb(218, 251, 225)');
    expect(all.find((r) => r.id === 'openai--oracle--2025-09')?.cells.slice(1, 5)).toEqual([
      '$300B',
      'reported',
      'gpu cloud',
      '5 years',
    ]);
    expect(all.find((r) => r.id === 'microsoft--lambda--2025-11')?.cells[1]).toBe('undisclosed');
    expect(all.find((r) => r.id === 'microsoft--iren--2025-11')?.cells[2]).toBe('signed');
    expect(all.find((r) => r.id === 'example-labs--example-cloud--2025-10')?.cells.slice(1, 4)).toEqual([
      '$8.3B',
      'in talks',
      'datacenter lease',
    ]);
    expect(await page.isVisible('#empty')).toBe(false);
    expect(await page.isVisible('#error')).toBe(false);
    expect(all.find((r) => r.id === 'meta--coreweave--2025-09')?.cells[5]).toBe('2025-09-30');
    await page.screenshot({ path: `${SCREENSHOTS}/desktop.png`, fullPage: true });
  });

  it('narrows the rows by minimum value, including a deal exactly at the minimum', async () => {
    await applyFilters({ minB: '10' });
    expect((await rows()).map((r) => r.cells[1])).toEqual(['$14.2B', '$300B', '$17.4B']);
    // 8.3 × 1e9 is 8300000000.000001 in floating point: the page must still include the $8.3B deal.
    await applyFilters({ minB: '8.3' });
    expect((await rows()).map((r) => r.id)).toEqual([
      'microsoft--iren--2025-11',
      'example-labs--example-cloud--2025-10',
      'meta--coreweave--2025-09',
      'openai--oracle--2025-09',
      'microsoft--nebius--2025-09',
    ]);
  });

  it('narrows the rows by company (as typed, any case) and by status, and combines filters', async () => {
    await applyFilters({ company: '  Microsoft ' });
    expect(await firstCells()).toEqual([
      'Lambda, Inc. → Microsoft Corporation',
      'IREN Limited → Microsoft Corporation',
      'Nebius Group N.V. → Microsoft Corporation',
    ]);
    await applyFilters({ company: 'CoreWeave' });
    expect(await firstCells()).toEqual(['CoreWeave, Inc. → Meta Platforms, Inc.']);
    await applyFilters({ status: 'reported' });
    expect(await firstCells()).toEqual(['Oracle Corporation → OpenAI']);
    await applyFilters({ company: 'microsoft', minB: '10' });
    expect(await firstCells()).toEqual(['Nebius Group N.V. → Microsoft Corporation']);
  });

  it('says so when nothing matches, and shows the API’s reason for a bad filter instead', async () => {
    await applyFilters({ minB: '1000' });
    expect(await rows()).toEqual([]);
    expect(await page.isVisible('#empty')).toBe(true);
    expect(await page.textContent('#empty')).toBe('No deals match.');

    await applyFilters({ company: '???' });
    expect(await rows()).toEqual([]);
    expect(await page.isVisible('#error')).toBe(true);
    const error = (await page.textContent('#error')) ?? '';
    expect(error).toContain('Could not load deals: Invalid request');
    expect(error).toContain('company: no company named "???"');
    // The previous empty state must not linger next to the error.
    expect(await page.isVisible('#empty')).toBe(false);

    await applyFilters({});
    expect(await rows()).toHaveLength(SEEDS.length);
    expect(await page.isVisible('#error')).toBe(false);
  });

  it('draws announced value by month with uPlot, stacked by provider or, toggled, by buyer', async () => {
    await applyFilters({});
    await page.waitForSelector('#chart .uplot canvas');
    const legend = async () => (await page.locator('#chart .u-legend .u-label').allTextContents()).sort();
    expect(await legend()).toEqual([
      'CoreWeave, Inc.',
      'Example Cloud (test)',
      'IREN Limited',
      'Nebius Group N.V.',
      'Oracle Corporation',
    ]);
    // The canvas has pixels of the first band's colour: the bars were drawn, not only the frame.
    const drawn = await page.evaluate<number>(
      `(() => { const c = document.querySelector('#chart canvas'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i] < 60 && d[i + 1] > 60 && d[i + 1] < 110 && d[i + 2] > 180) n++; return n; })()`,
    );
    expect(drawn).toBeGreaterThan(100);
    await page.check('input[name="stack"][value="buyer"]');
    expect(await legend()).toEqual([
      'Example Labs (test)',
      'Meta Platforms, Inc.',
      'Microsoft Corporation',
      'OpenAI',
    ]);
    expect(await page.getAttribute('#chart', 'aria-label')).toContain('Microsoft Corporation $27.1B');
    await page.check('input[name="stack"][value="provider"]');
  });

  it('opens a deal: parties, value, term, a status timeline and every source with its links', async () => {
    await page.click('tr[data-deal-id="meta--coreweave--2025-09"] a');
    await page.waitForSelector('#deal-view:not([hidden])');
    // Locator waits, not waitForFunction: the page's CSP rightly forbids the eval that the latter needs.
    await page.locator('#deal-sources li').first().waitFor();
    expect(await page.textContent('#deal-title')).toBe('CoreWeave, Inc. → Meta Platforms, Inc.');
    const facts = await page.locator('#deal-facts dd').allTextContents();
    expect(facts.slice(0, 5)).toEqual([
      'CoreWeave, Inc.',
      'Meta Platforms, Inc.',
      'approximately $14.2 billion · $14.2B',
      'to 2031-12-31',
      'signed, confirmed by a filing',
    ]);
    expect(await page.locator('#deal-timeline li').allTextContents()).toEqual([
      expect.stringMatching(/^2025-09-30 20:10First reported · signed · \$14\.2B/),
    ]);
    const source = page.locator('#deal-sources li').first();
    expect(
      await source.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')])),
    ).toEqual([
      [
        'Filing index',
        'https://www.sec.gov/Archives/edgar/data/1769628/999999999925000105/9999999999-25-000105-index.htm',
      ],
      [
        'Document (8-K)',
        'https://www.sec.gov/Archives/edgar/data/1769628/999999999925000105/9999999999-25-000105.txt',
      ],
    ]);
    expect(await page.textContent('#deal-evidence')).toContain('order form with Meta');
    // Keyboard: the heading takes focus, so a screen reader starts at the deal.
    expect(await page.evaluate<string>('document.activeElement.id')).toBe('deal-title');
  });

  it('opens a company from a deal: its deals as buyer and as provider', async () => {
    await page.goto(`${baseUrl}#deal/microsoft--iren--2025-11`);
    await page.locator('#deal-facts dd a').nth(1).waitFor();
    await page.click('#deal-facts dd >> text=Microsoft Corporation');
    await page.waitForSelector('#company-view:not([hidden])');
    await page.locator('#company-title', { hasText: /^Microsoft Corporation$/ }).waitFor();
    expect((await page.locator('#company-buyer li a').allTextContents()).sort()).toEqual([
      'IREN Limited → Microsoft Corporation',
      'Lambda, Inc. → Microsoft Corporation',
      'Nebius Group N.V. → Microsoft Corporation',
    ]);
    expect(await page.locator('#company-provider li').allTextContents()).toEqual(['none']);
    await page.click('#company-view a.back');
    await page.waitForSelector('#list-view:not([hidden])');
  });

  it('subscribes an email address and sends a test alert that lands in the outbox', async () => {
    await page.fill('#subscribe-form input[name="email"]', 'reader@example.com');
    await page.click('#subscribe-form button[type="submit"]');
    await page.waitForSelector('#test-alert:not([hidden])');
    expect(await page.textContent('#subscribe-result')).toContain('Subscribed reader@example.com.');
    await page.click('#test-alert');
    await page.locator('#subscribe-result', { hasText: /^Test alert sent/ }).waitFor();
    const lines = (await readFile(outboxFile, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ channel: 'email', endpoint: 'reader@example.com' });
    expect(lines[0].subject).toMatch(/^\[Test\] New compute deal: /);
  });

  it('reads as cards on a phone: no sideways scroll, every deal in the flow', async () => {
    const phone = await (await loopbackContext(browser, { width: 390, height: 844 }, blocked)).newPage();
    await phone.goto(baseUrl);
    await phone.waitForSelector('#table[aria-busy="false"]');
    await phone.waitForSelector('#chart .uplot canvas');
    expect(await phone.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).toBe(
      true,
    );
    expect(await phone.locator('#deals tr').count()).toBe(SEEDS.length);
    expect(
      await phone.evaluate<string>(`getComputedStyle(document.querySelector('#deals tr')).display`),
    ).toBe('block');
    // A card shows its labels ("Value: ") and fits the screen.
    const box = await phone.locator('#deals tr').first().boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: `${SCREENSHOTS}/phone.png`, fullPage: true });
    await phone.close();
  });

  it('is served with a Content-Security-Policy and nosniff, and no script broke it', async () => {
    const res = await fetch(baseUrl);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    // The one expected error is the browser's note on the bad-filter 400 above; a CSP refusal would show here.
    expect(consoleErrors).toEqual([
      'Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
  });

  it('never asked for anything but the loopback server', () => {
    expect(blocked).toEqual([]);
  });
});
