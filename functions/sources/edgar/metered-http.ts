import type { Metrics } from '../../core/ports/metrics';
import { type HttpClient, RateLimitedError } from '../http';

/**
 * The EDGAR HTTP client, counting for the operator: every fetch (EdgarRequests; one fetch may include the
 * client's own retries), every fetch EDGAR refused with 429 (EdgarRateLimited), and every 403 "Request Rate
 * Threshold Exceeded" lockout (EdgarLockouts), which blocks the whole deployment for about ten minutes.
 */
export function meteredEdgarHttp(http: HttpClient, metrics: Metrics): HttpClient {
  // Same object underneath (its limiter and host block are shared by every caller); only get() is wrapped.
  const metered = Object.create(http) as HttpClient;
  metered.get = async (url, opts) => {
    metrics.count('EdgarRequests');
    try {
      return await http.get(url, opts);
    } catch (err) {
      if (err instanceof RateLimitedError && err.reason === 'rate-threshold-page')
        metrics.count('EdgarLockouts');
      // The client turns a 429 it could not wait out into RateLimitedError('retry-after').
      else if (err instanceof RateLimitedError && err.reason === 'retry-after')
        metrics.count('EdgarRateLimited');
      throw err;
    }
  };
  return metered;
}
