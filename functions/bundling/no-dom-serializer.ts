// What the Lambda bundles get for `dom-serializer` (infra/service-function.ts aliases it here): html-to-text imports
// its `render` only for the 'blockHtml' and 'inlineHtml' formatters, which neither html-to-text's default selectors
// nor this service's (functions/sources/html-text.ts) use. The real module, its foreign-name tables and its copy of
// the entity escaper are ~4 KB of every bundle that reads HTML. Local mode and the tests are not bundled: they keep
// the real module.

/** Serialising a node back to HTML: never asked for here. */
export function render(): never {
  throw new Error('dom-serializer is not bundled: no HTML formatter of html-to-text is configured');
}

/** The same for domutils' `getOuterHTML`, which imports it as the module's default: never asked for either. */
export default function renderOuter(): never {
  return render();
}
