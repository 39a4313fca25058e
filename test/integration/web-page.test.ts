import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../functions/api/app';
import { mergeMention } from '../../functions/core/deal-merge';
import type { AlertChannel } from '../../functions/core/ports/channels';
import { silentLogger } from '../../functions/core/ports/log';
import type { SourcedMention } from '../../functions/core/types';
import { launchChromium } from '../support/browser';
import { irenMicrosoft, mention, nebiusMicrosoft, newsSource, oracleOpenAi } from '../support/builders';
import { createTestStore } from '../support/dynamo';

// The page at GET / as a reader sees it, in the system Chromium, against the real API on DynamoDB Local.

const inertChannel: AlertChannel = {
  async publish() {},
  async register() {
    return null;
  },
  async unregister() {},
};

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
const blocked: string[] = [];

beforeAll(async () => {
  const store = await createTestStore();
  for (const { at, m } of SEEDS) {
    const deal = mergeMention(null, m, new Date(at));
    if (!deal) throw new Error('a first mention always makes a deal');
    await store.deals.save(deal);
  }
  const app = createApiApp({
    deals: store.deals,
    filings: store.filings,
    subscriptions: store.subscriptions,
    channel: inertChannel,
    log: silentLogger,
  });
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Nothing but the loopback server: a stray font, script or beacon fails the test instead of leaving the box.
  await context.route('**', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
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
    const meta = all.find((r) => r.id === 'meta--coreweave');
    expect(meta?.cells.slice(1, 5)).toEqual(['$14.2B', 'signed (filing)', 'gpu cloud', 'to 2031-12-31']);
    expect(meta?.badgeClass).toBe('status signed');
    // The signed badge is the green one (#dafbe1), not the default grey.
    expect(meta?.badgeBackground).toBe('rgb(218, 251, 225)');
    expect(all.find((r) => r.id === 'openai--oracle')?.cells.slice(1, 5)).toEqual([
      '$300B',
      'reported',
      'gpu cloud',
      '5 years',
    ]);
    expect(all.find((r) => r.id === 'microsoft--lambda')?.cells[1]).toBe('undisclosed');
    expect(all.find((r) => r.id === 'microsoft--iren')?.cells[2]).toBe('signed');
    expect(all.find((r) => r.id === 'example-labs--example-cloud')?.cells.slice(1, 4)).toEqual([
      '$8.3B',
      'in talks',
      'datacenter lease',
    ]);
    expect(await page.isVisible('#empty')).toBe(false);
    expect(await page.isVisible('#error')).toBe(false);
    await page.screenshot({ path: '/tmp/page.png', fullPage: true });
  });

  it('narrows the rows by minimum value, including a deal exactly at the minimum', async () => {
    await applyFilters({ minB: '10' });
    expect((await rows()).map((r) => r.cells[1])).toEqual(['$14.2B', '$300B', '$17.4B']);
    // 8.3 × 1e9 is 8300000000.000001 in floating point: the page must still include the $8.3B deal.
    await applyFilters({ minB: '8.3' });
    expect((await rows()).map((r) => r.id)).toEqual([
      'microsoft--iren',
      'example-labs--example-cloud',
      'meta--coreweave',
      'openai--oracle',
      'microsoft--nebius',
    ]);
  });

  it('narrows the rows by company (as typed, any case) and by status, and combines filters', async () => {
    await applyFilters({ company: '  Microsoft ' });
    expect(await firstCells()).toEqual([
      'Lambda, Inc. → Microsoft Corporation',
      'IREN Limited → Microsoft Corporation',
      'Nebius Group N.V. → Microsoft Corporation',
    ]);
    await applyFilters({ company: 'coreweave' });
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

  it('never asked for anything but the loopback server', () => {
    expect(blocked).toEqual([]);
  });
});
