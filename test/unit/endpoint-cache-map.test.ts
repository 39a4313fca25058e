import { afterEach, describe, expect, it, vi } from 'vitest';
import { EndpointCache } from '../../functions/bundling/endpoint-cache-map';

describe("the Lambda bundles' endpoint-discovery cache (a Map in place of mnemonist's LRU)", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  // The same answers as @aws-sdk/endpoint-cache's EndpointCache gives (its methods, read in node_modules).
  it('answers as the real cache does: the endpoints set, expired ones dropped, a deleted key empty', () => {
    vi.useFakeTimers({ now: new Date('2026-12-05T08:00:00Z') });
    const cache = new EndpointCache(10);
    cache.set('dynamodb', [
      { Address: 'a.example', CachePeriodInMinutes: 1 },
      { Address: 'b.example', CachePeriodInMinutes: 10 },
    ]);
    expect(cache.has('dynamodb')).toBe(true);
    expect(cache.get('dynamodb')?.map((e) => e.Address)).toEqual(['a.example', 'b.example']);
    vi.setSystemTime(new Date('2026-12-05T08:02:00Z'));
    expect(cache.get('dynamodb')?.map((e) => e.Address)).toEqual(['b.example']);
    expect(cache.getEndpoint('dynamodb')).toBe('b.example');
    cache.delete('dynamodb');
    expect(cache.has('dynamodb')).toBe(false);
    expect(cache.getEndpoint('dynamodb')).toBeUndefined();
  });

  it('forgets the least recently used key when full', () => {
    const cache = new EndpointCache(2);
    cache.set('one', [{ Address: '1.example', CachePeriodInMinutes: 5 }]);
    cache.set('two', [{ Address: '2.example', CachePeriodInMinutes: 5 }]);
    expect(cache.getEndpoint('one')).toBe('1.example');
    cache.set('three', [{ Address: '3.example', CachePeriodInMinutes: 5 }]);
    expect(cache.has('two')).toBe(false);
    expect(cache.has('one')).toBe(true);
    expect(cache.has('three')).toBe(true);
    cache.clear();
    expect(cache.has('one')).toBe(false);
  });
});
