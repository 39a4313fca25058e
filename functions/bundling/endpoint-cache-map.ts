// What the Lambda bundles get for `@aws-sdk/endpoint-cache` (infra/service-function.ts aliases it here): the DynamoDB
// client builds an endpoint-discovery cache at start-up whether or not discovery is on, and the real one pulls in
// `mnemonist`'s LRU cache and `obliterator` (~8 KB of every bundle that a cold start parses). This service never turns
// endpoint discovery on (it is off unless AWS_ENABLE_ENDPOINT_DISCOVERY says otherwise); should it be, this is the
// same cache over a Map that forgets its oldest key when full. Local mode and the tests are not bundled: they keep
// the real module.

interface EndpointWithExpiry {
  Address: string;
  Expires: number;
}

interface DiscoveredEndpoint {
  Address: string;
  CachePeriodInMinutes: number;
}

export class EndpointCache {
  private readonly cache = new Map<string, EndpointWithExpiry[]>();

  constructor(private readonly capacity: number) {}

  getEndpoint(key: string): string | undefined {
    const endpoints = this.get(key);
    if (!endpoints || endpoints.length === 0) return undefined;
    return endpoints[Math.floor(Math.random() * endpoints.length)]!.Address;
  }

  get(key: string): EndpointWithExpiry[] | undefined {
    const value = this.cache.get(key);
    if (!value || value.length === 0) return undefined;
    // Read again as the most recent: Map keeps insertion order, so the first key is the least recently used.
    this.cache.delete(key);
    this.cache.set(key, value);
    const now = Date.now();
    const live = value.filter((endpoint) => now < endpoint.Expires);
    if (live.length === 0) {
      this.delete(key);
      return undefined;
    }
    return live;
  }

  set(key: string, endpoints: readonly DiscoveredEndpoint[]): void {
    const now = Date.now();
    this.cache.delete(key);
    this.cache.set(
      key,
      endpoints.map(({ Address, CachePeriodInMinutes }) => ({
        Address,
        Expires: now + CachePeriodInMinutes * 60 * 1000,
      })),
    );
    if (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value!);
  }

  delete(key: string): void {
    this.cache.set(key, []);
  }

  has(key: string): boolean {
    return (this.cache.get(key)?.length ?? 0) > 0;
  }

  clear(): void {
    this.cache.clear();
  }
}
