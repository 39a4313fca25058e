import { fileURLToPath } from 'node:url';
import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import type { BuildOptions } from 'esbuild';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The Lambda entry points at the top of functions/, one per function. */
export const ENTRY_NAMES = [
  'edgar-poll',
  'filing-worker',
  'news-poll',
  'notify',
  'deliver-alerts',
  'sms-opt-outs',
  'api',
  'api-public',
] as const;
export type EntryName = (typeof ENTRY_NAMES)[number];

/** How every function is bundled (the cold-start bench bundles the entries with the same options). */
export const SERVICE_BUNDLING = {
  forceDockerBundling: false,
  format: OutputFormat.ESM,
  // The bundle is an ES module, strict as a whole; "alwaysStrict" off keeps esbuild from writing "use strict" into
  // each lazily loaded module's wrapper (~150 of them, ~2 KB of every bundle that reads text). Type-checking still
  // uses tsconfig.json's strict settings.
  tsconfig: `${REPO_ROOT}infra/tsconfig.bundle.json`,
  target: 'node22',
  minify: true,
  sourceMap: true,
  // The map names files, lines and symbols only: with --enable-source-maps Node reads and parses the whole map at
  // import, and the sources' own text (two thirds of its ~3.7 MB) only lengthened that; stack traces read the same.
  sourcesContent: false,
  mainFields: ['module', 'main'],
  // Bundle the AWS SDK too: the versions the tests ran against, not whatever the runtime ships (its version is
  // not ours to pin).
  externalModules: [],
  // ESM has no `require`: the CommonJS modules inside the bundle get one. (The functions that run the extractor set
  // V8's regexp flag from their entry's first import, functions/regexp-engine.ts.)
  banner: "import { createRequire } from 'module';const require = createRequire(import.meta.url);",
  // zod without its ~40 translations of error messages (~260 KB): every bundle stays under 1 MB. The alias also
  // remaps zod's subpaths, so the two that functions/ import (zod/mini for the settings, the feed list and the
  // filing job; the English locale it needs) are pointed at zod's own files.
  esbuildArgs: {
    // The extractor's lexicon is written in six languages: its accented letters kept as UTF-8 (2 bytes each), not
    // escaped as \uXXXX (6 bytes), keep ~6 KB out of every bundle that reads text. (An argument: this CDK version
    // does not pass its own `charset` option on to esbuild.)
    '--charset': 'utf8' as const,
    '--alias:zod': `${REPO_ROOT}functions/bundling/zod-without-locales.ts`,
    '--alias:zod/mini': `${REPO_ROOT}node_modules/zod/v4/mini/index.js`,
    '--alias:zod/locales': `${REPO_ROOT}node_modules/zod/v4/locales/index.js`,
    // The SDK's credential chain cut to the environment, where Lambda keeps the role's credentials: ~130 KB less
    // in every bundle (the file says why).
    '--alias:@aws-sdk/credential-provider-node': `${REPO_ROOT}functions/bundling/aws-credentials-from-env.ts`,
    // One import of `entities` for the two versions installed (the file says why); htmlparser2's subpath keeps
    // pointing at version 7's decoder.
    '--alias:entities': `${REPO_ROOT}functions/bundling/entities-one-copy.ts`,
    // Event streams, which no DynamoDB or SNS call of this service uses: ~15 KB less in every bundle (the file says
    // why).
    '--alias:@smithy/core/event-streams': `${REPO_ROOT}functions/bundling/no-event-streams.ts`,
    // DynamoDB's endpoint-discovery cache over a Map instead of `mnemonist`: ~8 KB less in every bundle that stores
    // (the file says why).
    '--alias:@aws-sdk/endpoint-cache': `${REPO_ROOT}functions/bundling/endpoint-cache-map.ts`,
    // SHA-256 and MD5 from node:crypto only, without the SDK's JavaScript fallbacks: ~4 KB less in every bundle (the
    // file says why).
    '--alias:@smithy/core/checksum': `${REPO_ROOT}functions/bundling/checksums-node-crypto.ts`,
    // The document client and its commands without the package's paginators: ~0.7 KB less in every bundle that
    // stores (the file says why).
    '--alias:@aws-sdk/lib-dynamodb': `${REPO_ROOT}functions/bundling/lib-dynamodb-commands.ts`,
    // html-to-text's option merging over plain data, without deepmerge-ts: ~5 KB less in every bundle that reads
    // HTML (the file says why).
    '--alias:deepmerge-ts': `${REPO_ROOT}functions/bundling/deepmerge-plain.ts`,
    // html-to-text without dom-serializer, which only its unused HTML formatters call: ~4 KB less in every bundle
    // that reads HTML (the file says why).
    '--alias:dom-serializer': `${REPO_ROOT}functions/bundling/no-dom-serializer.ts`,
    '--alias:entities/decode': `${REPO_ROOT}node_modules/entities/dist/esm/decode.js`,
  },
} satisfies BundlingOptions;

/**
 * SERVICE_BUNDLING as esbuild's own build options, for what bundles the entries outside the CDK (the cold-start
 * bench, the test that runs a bundled handler): the same output as `cdk synth` gives the functions.
 */
export function serviceBuildOptions() {
  return {
    bundle: true,
    platform: 'node',
    format: 'esm',
    tsconfig: SERVICE_BUNDLING.tsconfig,
    outExtension: { '.js': '.mjs' },
    target: SERVICE_BUNDLING.target,
    minify: SERVICE_BUNDLING.minify,
    charset: SERVICE_BUNDLING.esbuildArgs['--charset'],
    sourcemap: SERVICE_BUNDLING.sourceMap,
    sourcesContent: SERVICE_BUNDLING.sourcesContent,
    mainFields: SERVICE_BUNDLING.mainFields,
    external: SERVICE_BUNDLING.externalModules,
    banner: { js: SERVICE_BUNDLING.banner },
    alias: Object.fromEntries(
      Object.entries(SERVICE_BUNDLING.esbuildArgs).flatMap(([arg, path]) =>
        arg.startsWith('--alias:') ? [[arg.replace(/^--alias:/, ''), path]] : [],
      ),
    ),
  } satisfies BuildOptions;
}

export interface ServiceFunctionProps {
  entry: EntryName;
  description: string;
  timeout: Duration;
  memorySize?: number;
  environment: Record<string, string>;
}

/**
 * One Lambda function as every function of the service is built: Node.js 22 on arm64, bundled locally by
 * esbuild into one ESM file (never Docker), its own log group with a retention.
 */
export class ServiceFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly entry: EntryName;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);
    this.entry = props.entry;
    const logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.fn = new NodejsFunction(this, 'Function', {
      entry: `${REPO_ROOT}functions/${props.entry}.ts`,
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: `${REPO_ROOT}package-lock.json`,
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      timeout: props.timeout,
      memorySize: props.memorySize ?? 256,
      logGroup,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      bundling: SERVICE_BUNDLING,
    });

    NagSuppressions.addResourceSuppressions(
      this.fn,
      [
        {
          id: 'AwsSolutions-IAM4',
          reason:
            'AWSLambdaBasicExecutionRole only lets the function write its own CloudWatch logs; ' +
            'every data permission is granted per resource by the stack.',
          appliesTo: [
            'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
          ],
        },
        {
          id: 'AwsSolutions-L1',
          reason:
            'Pinned to Node.js 22 (the runtime the design and the esbuild target name, tested locally on 20+); ' +
            'a runtime upgrade is a deliberate change, not a side effect of a CDK release.',
        },
      ],
      true,
    );
  }
}
