// zod's `core` namespace for the Lambda bundles, without its `locales` and its compiler (see
// zod-without-locales.ts and zod-compile-shadowed.ts).
export * from '../../node_modules/zod/v4/core/index.js';
export const locales = {};
export {
  compile,
  compileFn,
  INVALID,
  withParser,
  ZodCompileAsyncError,
  ZodCompileUnsupportedError,
} from './zod-compile-shadowed';
