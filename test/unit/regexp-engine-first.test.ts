// The entry points that extract set V8's regexp flag (functions/regexp-engine.ts) before any other module of theirs
// is evaluated: a pattern compiled before the flag is set would still go through the bytecode tier (docs/
// performance.md, "Extractor speed", sixth pass). An import sorted above it, or an extracting entry that forgets
// it, fails here; so does a bundle that would drop the import.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const EXTRACTING_ENTRIES = [
  'functions/filing-worker.ts',
  'functions/news-poll.ts',
  'functions/local/cli.ts',
  'bench/extract-bench.ts',
];

/** The module specifier of a file's first import statement. */
function firstImport(file: string): string | undefined {
  return /^import\s+(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/m.exec(
    readFileSync(`${ROOT}${file}`, 'utf8'),
  )?.[1];
}

describe('the entry points that extract', () => {
  it.each(EXTRACTING_ENTRIES)('%s imports the regexp engine setting first', (file) => {
    expect(firstImport(file)).toMatch(/(?:^|\/)regexp-engine$/);
  });

  // package.json says the code has no side effects, so that esbuild drops unused modules: a bare import of a
  // module not listed there is left out of the Lambda bundles without an error.
  it('keep the import in their bundles: package.json lists the module as having side effects', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { sideEffects?: unknown };
    expect(pkg.sideEffects).toContain('./functions/regexp-engine.ts');
  });

  // Set at run time under tsx (its loader on a second thread), the flag once crashed V8 at start-up: the npm scripts
  // that extract pass it on node's command line instead.
  it.each(['start', 'demo', 'cli', 'eval'])('npm run %s starts node with the flag', (script) => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts[script]).toMatch(/^tsx --no-regexp-tier-up /);
  });

  it('include every Lambda entry that composes an extracting use case', () => {
    const entries = readdirSync(`${ROOT}functions`).filter((f) => f.endsWith('.ts'));
    const extracting = entries.filter((f) => {
      const source = readFileSync(`${ROOT}functions/${f}`, 'utf8');
      return (
        /export const handler/.test(source) &&
        /composeFilingWorker|composeNewsPoll|core\/extract/.test(source)
      );
    });
    expect(extracting.map((f) => `functions/${f}`).filter((f) => !EXTRACTING_ENTRIES.includes(f))).toEqual(
      [],
    );
    expect(extracting.length).toBeGreaterThanOrEqual(2);
  });
});
