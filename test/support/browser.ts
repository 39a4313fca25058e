import { access, constants } from 'node:fs/promises';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

/** The Debian package's binary; CHROMIUM_PATH overrides it (another distribution, a local build). */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

export class ChromiumMissingError extends Error {
  override readonly name = 'ChromiumMissingError';
  constructor(readonly executablePath: string) {
    super(
      `no Chromium executable at ${executablePath}. Install Debian's package with ` +
        `\`${CHROMIUM_INSTALL_COMMAND}\` or set CHROMIUM_PATH to a Chromium binary. ` +
        'Do not run `npx playwright install`: the tests use the system browser.',
    );
  }
}

// Flags that keep the browser from reaching the network on its own (updates, sync, QUIC probes) and let it run
// as root in a container without a GPU.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches the system Chromium through playwright-core (which downloads no browser of its own). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
  try {
    await access(executablePath, constants.X_OK);
  } catch {
    throw new ChromiumMissingError(executablePath);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 30_000 });
}

/**
 * A context that may reach the loopback server only: any other request is aborted and recorded in `blocked`,
 * for the test to fail on, instead of leaving the machine.
 */
export async function loopbackContext(
  browser: Browser,
  viewport: { width: number; height: number },
  blocked: string[],
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  await context.route('**', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  return context;
}
