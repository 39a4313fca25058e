// A scenario run as one esbuild bundle under plain node instead of through tsx. tsx compiles TypeScript on a
// module-loader thread with its own heap: `process.cpuUsage` counts every thread, so that thread's work and its
// collector's pauses (77-152 ms each at load, docs/performance.md, "Extractor speed", ninth pass) landed in
// whichever timed round they overlapped. Bundled, the scenario's process runs the measured code and nothing else,
// and the extractor is one module graph, as in the Lambda bundles.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import { bundleForNode } from '../../test/support/node-bundle';

/**
 * Each module's `import.meta.url` kept as its own source file's URL, so that the paths it builds from it (the
 * fixtures, the corpus) still resolve; the entry's own is left to name the bundle, which its child phases run.
 */
function ownModuleUrls(entry: string): Plugin {
  return {
    name: 'own-module-urls',
    setup(b) {
      b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
        if (args.path === entry || args.path.includes('/node_modules/')) return undefined;
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        return {
          contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
          loader: /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js',
        };
      });
    },
  };
}

/** Bundles the scenario script `entry` (an absolute path) into `outfile` (ESM, for node). */
export async function bundleScenario(entry: string, outfile: string): Promise<void> {
  await bundleForNode(entry, outfile, [ownModuleUrls(entry)]);
}
