// A module-scope table built at its first use instead of when its module loads. Every Lambda function that
// bundles the extractor (or the company table) paid for building all of its patterns and tables at import, at
// each cold start, whether or not the invocation ever reads a document: most news polls find no new item, and
// the API only looks a company up. Wrapping a constant's initialiser (`const X_RE = lazy(() => new RegExp(…))`,
// read as `X_RE()`) moves that cost to the first call that needs it, once per process.

/** `build`'s value, computed at the first call of the returned function and kept for every later call. */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T | undefined;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
