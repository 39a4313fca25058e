// Whether the poller may fetch a URL named by a third party (a feed added through the API): it may point at
// the metadata service, the VPC or loopback. Pure decisions, no DNS and no connection: the fetcher asks
// `decideUrl` before resolving and `decideAddress` for every address the name resolved to.

export type HostDecision = { allow: true } | { allow: false; reason: string };

const ALLOW: HostDecision = { allow: true };
const deny = (reason: string): HostDecision => ({ allow: false, reason });

const DENIED_NAMES = new Set([
  'localhost',
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
]);
const DENIED_SUFFIXES = [
  '.localhost',
  '.local',
  '.internal',
  '.localdomain',
  '.home.arpa',
  '.lan',
  '.intranet',
];

/** Decision for a URL before any DNS lookup. */
export function decideUrl(raw: string): HostDecision {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return deny('not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return deny(`scheme ${url.protocol} not allowed`);
  if (url.username !== '' || url.password !== '') return deny('credentials in URL');
  // URL normalises default ports to ''; anything else is an explicit non-default port.
  if (url.port !== '' && url.port !== '80' && url.port !== '443') return deny(`port ${url.port} not allowed`);
  return decideHost(url.hostname);
}

/** Decision for a host name or literal address as it appears in a URL (IPv6 in brackets or bare). */
export function decideHost(hostname: string): HostDecision {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '') return deny('empty host');
  if (host.startsWith('[') || host.includes(':')) {
    const v6 = parseIpv6(host.replace(/^\[|\]$/g, ''));
    return v6 ? decideIpv6(v6) : deny('malformed IPv6 literal');
  }
  const v4 = parseIpv4Loose(host);
  if (v4 !== null) return decideIpv4(v4);
  if (DENIED_NAMES.has(host)) return deny(`host ${host} is internal`);
  if (DENIED_SUFFIXES.some((suffix) => host.endsWith(suffix))) return deny(`host ${host} is internal`);
  // A single label ("intranet", "router") only resolves through a local search domain.
  if (!host.includes('.')) return deny('single-label host');
  if (!/^[a-z0-9.-]+$/.test(host)) return deny('host has invalid characters');
  return ALLOW;
}

/** Decision for an address a host name resolved to (dotted IPv4 or IPv6 text, as dns.lookup returns it). */
export function decideAddress(address: string): HostDecision {
  if (address.includes(':')) {
    const v6 = parseIpv6(address.replace(/%.*$/, ''));
    return v6 ? decideIpv6(v6) : deny('malformed IPv6 address');
  }
  const v4 = parseIpv4Loose(address);
  return v4 === null ? deny('malformed IPv4 address') : decideIpv4(v4);
}

/**
 * IPv4 in every form an HTTP client accepts: dotted decimal, and the legacy forms (a single 32-bit number, fewer
 * parts, hex "0x7f", octal "0177"). null when the text is not a numeric address (so it is a name).
 */
export function parseIpv4Loose(text: string): number | null {
  const parts = text.split('.');
  if (parts.length > 4 || parts.some((part) => part === '')) return null;
  const values: number[] = [];
  for (const part of parts) {
    let value: number;
    if (/^0x[0-9a-f]*$/i.test(part)) value = part.length === 2 ? 0 : Number.parseInt(part.slice(2), 16);
    else if (/^0[0-7]+$/.test(part)) value = Number.parseInt(part.slice(1), 8);
    else if (/^(?:0|[1-9][0-9]*)$/.test(part)) value = Number(part);
    else return null;
    if (!Number.isFinite(value)) return null;
    values.push(value);
  }
  const last = values.pop() ?? 0;
  if (values.some((v) => v > 255)) return null;
  if (last >= 256 ** (4 - values.length)) return null;
  let address = 0;
  for (const [index, value] of values.entries()) address += value * 256 ** (3 - index);
  return address + last;
}

const v4 = (a: number, b: number, c: number, d: number) => ((a * 256 + b) * 256 + c) * 256 + d;

/** [network, prefix length, name] of IPv4 ranges that are not the public internet. */
const DENIED_V4: [number, number, string][] = [
  [v4(0, 0, 0, 0), 8, 'unspecified / this network'],
  [v4(10, 0, 0, 0), 8, 'private'],
  [v4(100, 64, 0, 0), 10, 'carrier-grade NAT'],
  [v4(127, 0, 0, 0), 8, 'loopback'],
  [v4(169, 254, 0, 0), 16, 'link-local (cloud metadata)'],
  [v4(172, 16, 0, 0), 12, 'private'],
  [v4(192, 0, 0, 0), 24, 'IETF protocol assignments'],
  [v4(192, 0, 2, 0), 24, 'documentation'],
  [v4(192, 88, 99, 0), 24, '6to4 relay'],
  [v4(192, 168, 0, 0), 16, 'private'],
  [v4(198, 18, 0, 0), 15, 'benchmarking'],
  [v4(198, 51, 100, 0), 24, 'documentation'],
  [v4(203, 0, 113, 0), 24, 'documentation'],
  [v4(224, 0, 0, 0), 4, 'multicast'],
  [v4(240, 0, 0, 0), 4, 'reserved / broadcast'],
];

export function decideIpv4(address: number): HostDecision {
  for (const [network, prefix, name] of DENIED_V4) {
    const size = 2 ** (32 - prefix);
    if (address >= network && address < network + size) return deny(`IPv4 ${name}`);
  }
  return ALLOW;
}

/** Eight 16-bit groups, or null when the text is not an IPv6 address. Accepts an embedded dotted IPv4 tail. */
export function parseIpv6(text: string): number[] | null {
  if (text.length === 0 || text.length > 45) return null;
  let head = text;
  const tail: number[] = [];
  const lastColon = head.lastIndexOf(':');
  const maybeV4 = head.slice(lastColon + 1);
  if (maybeV4.includes('.')) {
    if (!/^\d{1,3}(?:\.\d{1,3}){3}$/.test(maybeV4)) return null;
    const octets = maybeV4.split('.').map(Number);
    if (octets.some((o) => o > 255)) return null;
    const [a = 0, b = 0, c = 0, d = 0] = octets;
    tail.push(a * 256 + b, c * 256 + d);
    head = head.slice(0, lastColon + 1);
    // "::1.2.3.4" leaves "::", "::ffff:1.2.3.4" leaves "::ffff:"; keep a trailing "::" intact.
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const halves = head.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string): number[] | null => {
    if (part === '') return [];
    const groups = part.split(':');
    const out: number[] = [];
    for (const group of groups) {
      if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
      out.push(Number.parseInt(group, 16));
    }
    return out;
  };
  const left = parse(halves[0] ?? '');
  const right = halves.length === 2 ? parse(halves[1] ?? '') : [];
  if (!left || !right) return null;
  const known = left.length + right.length + tail.length;
  if (halves.length === 2) {
    if (known > 7) return null;
    return [...left, ...new Array<number>(8 - known).fill(0), ...right, ...tail];
  }
  return known === 8 ? [...left, ...tail] : null;
}

export function decideIpv6(groups: number[]): HostDecision {
  const g = (i: number) => groups[i] ?? 0;
  const allZero = (from: number, to: number) => groups.slice(from, to).every((x) => x === 0);
  const embeddedV4 = g(6) * 65536 + g(7);
  if (allZero(0, 8)) return deny('IPv6 unspecified');
  if (allZero(0, 7) && g(7) === 1) return deny('IPv6 loopback');
  // ::ffff:a.b.c.d (IPv4-mapped) and ::a.b.c.d (IPv4-compatible, deprecated): judge the IPv4 inside.
  if (allZero(0, 5) && (g(5) === 0xffff || g(5) === 0)) return decideIpv4(embeddedV4);
  // 64:ff9b::/96 NAT64 carries an IPv4 address too.
  if (g(0) === 0x64 && g(1) === 0xff9b && allZero(2, 6)) return decideIpv4(embeddedV4);
  // 2002::/16 6to4 embeds the IPv4 address in groups 1-2.
  if (g(0) === 0x2002) return decideIpv4(g(1) * 65536 + g(2));
  const first = g(0);
  if ((first & 0xfe00) === 0xfc00) return deny('IPv6 unique local');
  if ((first & 0xffc0) === 0xfe80) return deny('IPv6 link-local');
  if ((first & 0xffc0) === 0xfec0) return deny('IPv6 site-local');
  if ((first & 0xff00) === 0xff00) return deny('IPv6 multicast');
  if (first === 0x2001 && g(1) === 0x0db8) return deny('IPv6 documentation');
  if (first === 0x0100 && allZero(1, 4)) return deny('IPv6 discard-only');
  // Only global unicast (2000::/3) is public; everything else is reserved.
  if ((first & 0xe000) !== 0x2000) return deny('IPv6 reserved');
  return ALLOW;
}

/**
 * Local mode only: the developer's own loopback (where the demo and the chaos run serve feeds) is allowed too,
 * on any port; private ranges and the metadata address stay refused.
 */
export function decideUrlOrLoopback(raw: string): HostDecision {
  try {
    const url = new URL(raw);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname)) return ALLOW;
  } catch {
    // not a URL: decideUrl says so
  }
  return decideUrl(raw);
}

export function decideAddressOrLoopback(address: string): HostDecision {
  return isLoopbackHost(address) ? ALLOW : decideAddress(address);
}

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (host.includes(':')) {
    const v6 = parseIpv6(host);
    if (!v6) return false;
    return v6.slice(0, 7).every((g) => g === 0) && v6[7] === 1;
  }
  const v4 = parseIpv4Loose(host);
  return v4 !== null && v4 >>> 24 === 127;
}
