import { defineConfig } from 'vitest/config';

// The SDK's notice that its 2027 releases will need Node 22 is known (README); it would repeat in every worker.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // The extracting entry points set this flag (functions/regexp-engine.ts): the tests run the patterns on
          // the engine production uses, and many files of extraction stay fast in one worker.
          execArgv: ['--no-regexp-tier-up'],
        },
      },
      {
        test: {
          name: 'conformance',
          include: ['test/conformance/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          // One DynamoDB Local for the whole run; each test file makes its own tables (unique prefix).
          globalSetup: ['test/integration/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          environment: 'node',
          // Synthesis bundles every Lambda with esbuild: slow, and memory-hungry on 2 cores.
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
