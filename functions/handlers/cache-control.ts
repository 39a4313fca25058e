/** Public reads may be served from a cache this long: a new deal shows within a minute, a client repeats for free. */
export const PUBLIC_MAX_AGE_SECONDS = 60;

/** What this needs of an HTTP API (payload 2.0) event and of the Lambda's answer. */
interface RequestLine {
  rawPath: string;
  requestContext: { http: { method: string } };
}
interface Answer {
  statusCode?: number;
  headers?: Record<string, unknown>;
}

/**
 * Cache-Control on the Lambda's answers: a successful public GET (not /subscriptions, which holds a subscriber's
 * address, nor /health) may be cached by browsers and shared caches; everything else is `no-store`. A header the
 * app set itself is kept: the deals list's pages say their own max-age (API_CACHE_SECONDS, api/list-answer.ts).
 */
export function withCacheControl<R extends Answer>(event: RequestLine, result: R): R {
  const headers = { ...(result.headers ?? {}) };
  if (Object.keys(headers).some((h) => h.toLowerCase() === 'cache-control')) return result;
  const publicRead =
    event.requestContext.http.method === 'GET' &&
    (result.statusCode ?? 200) === 200 &&
    !event.rawPath.startsWith('/subscriptions') &&
    event.rawPath !== '/health';
  headers['cache-control'] = publicRead ? `public, max-age=${PUBLIC_MAX_AGE_SECONDS}` : 'no-store';
  return { ...result, headers };
}
