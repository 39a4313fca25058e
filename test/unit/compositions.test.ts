import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Lambda and local mode must run the same wiring. The layer rules (lint:layers) keep the Lambda entry points
// from importing use cases, handlers or adapters themselves, and aws-runtime.ts and functions/local from
// composing the capabilities; this test closes the loop: every capability a Lambda entry point builds comes
// from functions/compositions.ts, and the local runner builds every one of them too.

const FUNCTIONS = resolve(import.meta.dirname, '../../functions');
const LAMBDA_ENTRIES = [
  'api.ts',
  'api-public.ts',
  'deliver-alerts.ts',
  'edgar-poll.ts',
  'filing-worker.ts',
  'news-poll.ts',
  'notify.ts',
  'sms-opt-outs.ts',
];
/** Entry points that are another's capability with fewer ports: the public read API is the API without writes. */
const SAME_CAPABILITY: Record<string, string> = { 'api-public.ts': 'api.ts' };
const LOCAL_RUNNER = 'local/runtime.ts';
/** Entry points local mode has no use for, and why. */
const AWS_ONLY: Record<string, string> = {
  'sms-opt-outs.ts': "reads SNS's opted-out list; local SMS goes to the outbox, where nobody replies STOP",
};

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(join(FUNCTIONS, file), 'utf8'), ts.ScriptTarget.ES2022);
}

/** The names a module imports from `specifier`. */
function importedFrom(file: string, specifier: string): string[] {
  const names: string[] = [];
  for (const statement of parse(file).statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (statement.moduleSpecifier.text !== specifier) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) names.push(...bindings.elements.map((e) => e.name.text));
  }
  return names;
}

/** The functions compositions.ts exports whose name says they compose a capability. */
function capabilityCompositions(): string[] {
  return parse('compositions.ts')
    .statements.filter(ts.isFunctionDeclaration)
    .filter((f) => f.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
    .map((f) => f.name?.text ?? '')
    .filter((name) => name.startsWith('compose'));
}

describe('one composition per capability, shared by Lambda and local mode', () => {
  const lambda = new Map(
    LAMBDA_ENTRIES.map((entry) => [
      entry,
      importedFrom(entry, './compositions').filter((n) => n.startsWith('compose')),
    ]),
  );
  const local = importedFrom(LOCAL_RUNNER, '../compositions');

  it('builds every Lambda entry point from exactly one composition', () => {
    for (const [entry, composed] of lambda) expect(composed, entry).toHaveLength(1);
    // One capability an entry point, except those that declare they serve another's with fewer ports.
    for (const [entry, of] of Object.entries(SAME_CAPABILITY))
      expect(lambda.get(entry)).toEqual(lambda.get(of));
    const distinct = LAMBDA_ENTRIES.length - Object.keys(SAME_CAPABILITY).length;
    expect(new Set([...lambda.values()].flat()).size).toBe(distinct);
  });

  it('builds in local mode every capability a Lambda entry point builds', () => {
    for (const [entry, composed] of lambda) {
      if (AWS_ONLY[entry]) continue;
      for (const name of composed)
        expect(local, `${entry} builds ${name}; local/runtime.ts must too`).toContain(name);
    }
  });

  it('has no capability composition that only one side uses', () => {
    const used = new Set([...lambda.values()].flat());
    expect(capabilityCompositions().sort()).toEqual([...used].sort());
  });

  it('reads the imports it checks (a control on the parser above)', () => {
    expect(importedFrom(LOCAL_RUNNER, '../compositions')).toContain('composeNotify');
    expect(importedFrom('notify.ts', './aws-runtime')).toEqual([
      'alertQueue',
      'alertsPlatform',
      'instrument',
    ]);
  });
});
