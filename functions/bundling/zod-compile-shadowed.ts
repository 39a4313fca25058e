// zod's schema compiler (`compile`, `withParser`, their errors; ~29 KB) and `fromJSONSchema` (~12 KB), shadowed
// in the Lambda bundles (see zod-without-locales.ts): nothing of ours nor of the OpenAPI libraries calls them, yet
// a namespace import (`import { z } from 'zod'`) keeps every export, and each bundle compiled them at every cold
// start. Calling one here fails loudly rather than differently.

class NotBundledError extends Error {
  override readonly name = 'NotBundledError';
}

function notBundled(name: string): never {
  throw new NotBundledError(`zod's ${name} is left out of the Lambda bundles (functions/bundling/)`);
}

export const compile = (): never => notBundled('compile');
export const withParser = (): never => notBundled('withParser');
export const compileFn = (): never => notBundled('compileFn');
export const fromJSONSchema = (): never => notBundled('fromJSONSchema');
export class ZodCompileAsyncError extends Error {}
export class ZodCompileUnsupportedError extends Error {}
export const INVALID = Symbol.for('zod.compile.invalid');
