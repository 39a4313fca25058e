import type { Context } from 'hono';
import { type CachedBody, cachedBody, matchesEtag, type ResponseCache } from './response-cache';

/**
 * A deals-list answer: from the list cache when there is one (its key is the format and the normalised query),
 * with an ETag, the cache's Cache-Control and the page's Age in it; 304 without a body when If-None-Match
 * already names the ETag.
 */
export async function listAnswer(
  c: Context,
  cache: ResponseCache | undefined,
  key: string,
  headers: Record<string, string>,
  render: () => Promise<string>,
): Promise<Response> {
  const answer: CachedBody = cache ? await cache.get(key, render) : cachedBody(await render());
  const validators = {
    etag: answer.etag,
    ...(cache ? { 'cache-control': cache.cacheControl, age: String(cache.ageOf(answer)) } : {}),
  };
  if (matchesEtag(c.req.header('if-none-match'), answer.etag)) return c.body(null, 304, validators);
  return c.body(answer.body, 200, { ...headers, ...validators });
}
