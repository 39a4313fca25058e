// zod's exports with `locales` and its compiler shadowed (see zod-without-locales.ts, zod-compile-shadowed.ts).
// zod's files are imported by path, not as `zod/...`, which the alias also covers.
import * as core from './zod-core-without-locales';

export * from '../../node_modules/zod/v4/classic/external.js';
/** Shadows zod's `locales` namespace, which would otherwise pull every translation in. */
export const locales = {};
export {
  compile,
  fromJSONSchema,
  INVALID,
  withParser,
  ZodCompileAsyncError,
  ZodCompileUnsupportedError,
} from './zod-compile-shadowed';
export { core };
