// What the Lambda bundles get for `zod` (infra/service-function.ts aliases the package here): zod itself without
// the translations of its error messages into ~40 languages (~260 KB of every bundle). Messages stay in English,
// the locale zod sets for itself. `import { z } from 'zod'` (as @hono/zod-openapi does) gets the same namespace.
import * as z from './zod-exports-without-locales';

export * from './zod-exports-without-locales';
export { z, z as default };
