// What the Lambda bundles get for `entities` (infra/service-function.ts aliases the package here). Two versions
// are installed: ours (7, whose decoder htmlparser2 shares) and dom-serializer's own (4, under its node_modules,
// through html-to-text). dom-serializer uses three of version 4's escape functions, but importing its package
// index also ran version 4's decoding and encoding tables at every cold start (a 60 KB string turned into a
// Uint16Array, a Map of 2,000 entities: ~5-10 ms of import) for code it never calls. Each importer gets the very
// functions it got before: ours version 7's decoder, dom-serializer version 4's escapes.

export {
  encodeXML,
  escapeAttribute,
  escapeText,
} from '../../node_modules/dom-serializer/node_modules/entities/lib/esm/escape.js';
export { decodeHTML } from '../../node_modules/entities/dist/esm/decode.js';
