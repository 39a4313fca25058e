import { build, type Plugin } from 'esbuild';

/**
 * Bundles the script `entry` (an absolute path) and its packages into `outfile`: one ES module for plain node, so
 * that a child process runs one JavaScript file instead of compiling the TypeScript tree through tsx.
 */
export async function bundleForNode(entry: string, outfile: string, plugins: Plugin[] = []): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The CommonJS packages inside an ES module bundle still call require for node's own modules.
    banner: {
      js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);",
    },
    plugins,
    logLevel: 'error',
  });
}
