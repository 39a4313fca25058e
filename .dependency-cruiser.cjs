// The layer rules (docs/architecture.md, "Layers"), checked by `npm run lint:layers` inside `npm test`.
// Dependencies point inward: core <- adapters (sources, store, channels) <- use-cases <- handlers, api <- the
// compositions (functions/*.ts, functions/local) and infra/. test/unit/layer-rules.test.ts proves each rule
// fires on a tree that breaks it.
const ADAPTERS = '^functions/(sources|store|channels)/';
/** The composition layer: Lambda entry points, their runtime, config, the shared compositions, local mode. */
const COMPOSITION = '^functions/([^/]+[.]ts$|local/)';
/** The Lambda handlers (infra/service-function.ts bundles each). */
const LAMBDA_ENTRIES =
  '^functions/(api|api-public|deliver-alerts|edgar-poll|filing-worker|news-poll|notify|sms-opt-outs)[.]ts$';
/** Where the service starts: Lambda handlers, the CLI, the CDK app, and the eval, bench and chaos tools. */
const ENTRY_POINTS = [
  LAMBDA_ENTRIES,
  '^functions/local/cli[.]ts$',
  '^infra/app[.]ts$',
  '^(bench|scripts)/[^/]+[.]ts$',
  '^test/corpus/eval[.]ts$',
  '^test/chaos/(run|stack-process)[.]ts$',
  // esbuild's aliases in the Lambda bundles (infra/service-function.ts), reached by no import.
  '^functions/bundling/zod-without-locales[.]ts$',
  '^functions/bundling/aws-credentials-from-env[.]ts$',
  '^functions/bundling/entities-one-copy[.]ts$',
  '^functions/bundling/no-event-streams[.]ts$',
  '^functions/bundling/endpoint-cache-map[.]ts$',
  '^functions/bundling/checksums-node-crypto[.]ts$',
  '^functions/bundling/lib-dynamodb-commands[.]ts$',
  '^functions/bundling/deepmerge-plain[.]ts$',
  '^functions/bundling/no-dom-serializer[.]ts$',
];
/** Node's I/O modules: none of them belongs in core or in a use case (both reach I/O through ports). */
const NODE_IO =
  '^(node:)?(fs|fs/promises|net|http|https|http2|dns|dns/promises|child_process|dgram|tls|zlib)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'functions/core imports nothing outside core: no library, no Node module, no adapter.',
      severity: 'error',
      from: { path: '^functions/core/' },
      to: { pathNot: '^functions/core/' },
    },
    {
      name: 'adapters-point-inward',
      comment:
        'An adapter implements a core port; it never reaches up to use cases, handlers, api or wiring.',
      severity: 'error',
      from: { path: ADAPTERS },
      to: { path: `^functions/(use-cases|handlers|api)/|${COMPOSITION}|^infra/` },
    },
    {
      name: 'adapters-stay-apart',
      comment:
        "No adapter imports another layer's adapter (sources, store and channels meet only in wiring).",
      severity: 'error',
      from: { path: '^functions/(sources|store|channels)/' },
      to: { path: ADAPTERS, pathNot: '^functions/$1/' },
    },
    {
      name: 'use-cases-over-ports',
      comment: 'A use case knows only core (ports included): adapters are injected by the compositions.',
      severity: 'error',
      from: { path: '^functions/use-cases/' },
      to: {
        path: `${ADAPTERS}|^functions/(handlers|api)/|${COMPOSITION}|^infra/|^@aws-sdk/|${NODE_IO}`,
      },
    },
    {
      name: 'handlers-over-use-cases',
      comment: 'Handlers map events to use cases; adapters reach them through the compositions.',
      severity: 'error',
      from: { path: '^functions/handlers/' },
      to: { path: `${ADAPTERS}|^functions/api/|${COMPOSITION}|^infra/|^@aws-sdk/` },
    },
    {
      name: 'api-over-use-cases',
      comment: 'The HTTP app maps requests to use cases; adapters reach it through the compositions.',
      severity: 'error',
      from: { path: '^functions/api/' },
      to: { path: `${ADAPTERS}|^functions/handlers/|${COMPOSITION}|^infra/|^@aws-sdk/` },
    },
    {
      name: 'lambda-entries-compose',
      comment:
        'A Lambda entry point hands its platform (aws-runtime.ts) to its capability composition ' +
        '(compositions.ts), which local mode shares: any wiring written in the entry point would be Lambda-only.',
      severity: 'error',
      from: { path: LAMBDA_ENTRIES },
      to: {
        path: '^functions/(use-cases|handlers|sources|store|channels|api)/',
        pathNot: '^functions/handlers/(http-api|filing-worker)[.]ts$',
      },
    },
    {
      name: 'platforms-do-not-compose',
      comment:
        'aws-runtime.ts and local mode provide adapters; which use case runs on them is the compositions’ ' +
        '(local mode keeps only its own commands: backfill, resume, corrections, migration).',
      severity: 'error',
      from: { path: '^functions/(aws-runtime[.]ts$|local/)' },
      to: {
        path: [
          '^functions/use-cases/(poll-edgar|poll-news|process-filing|record-mentions|notify-subscribers|manage-feeds)[.]ts$',
          '^functions/handlers/',
          '^functions/api/',
        ],
      },
    },
    {
      name: 'local-is-a-leaf',
      comment: 'Local mode composes the service; nothing the service runs in AWS depends on it.',
      severity: 'error',
      from: { path: '^(functions|infra)/', pathNot: '^functions/local/' },
      to: { path: '^functions/local/' },
    },
    {
      name: 'infra-not-runtime',
      comment: 'The CDK app reads table definitions, settings and limits, never the running code paths.',
      severity: 'error',
      from: { path: '^infra/' },
      to: {
        path: '^functions/(use-cases|api|local|sources|channels)/|^functions/(aws-runtime|compositions)[.]ts$',
      },
    },
    {
      name: 'functions-not-infra',
      comment: 'The Lambda code never imports the CDK app.',
      severity: 'error',
      from: { path: '^functions/' },
      to: { path: '^infra/|^aws-cdk-lib|^constructs$' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one: split what both need into a third.',
      severity: 'error',
      from: { path: '^(functions|infra)/' },
      to: { circular: true },
    },
    {
      name: 'no-dead-modules',
      comment:
        'Every module of functions/ is reached from an entry point: a Lambda handler, the CLI, the CDK app, or ' +
        'the eval, bench and chaos tools. A module only its test imports is dead code.',
      severity: 'error',
      from: { path: ENTRY_POINTS },
      to: { path: '^functions/.+[.]ts$', pathNot: ['[.]d[.]ts$', ...ENTRY_POINTS], reachable: false },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve (aws-lambda is types only, from @types/aws-lambda).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^aws-lambda$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '[.]json$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
