import { describe, expect, it } from 'vitest';
import {
  decideAddress,
  decideHost,
  decideUrl,
  parseIpv4Loose,
  parseIpv6,
} from '../../../functions/core/host-policy';

// Decisions only: nothing here resolves a name or opens a connection.
const allowed = (d: { allow: boolean }) => d.allow;

describe('decideUrl', () => {
  it.each([
    'https://www.reuters.com/technology/coreweave-meta-2025-09-30/',
    'http://investors.coreweave.com/news?id=1',
    'https://example.com:443/a',
    'http://example.com:80/a',
    'https://8.8.8.8/',
    'https://[2606:4700:4700::1111]/',
  ])('allows the public URL %s', (url) => {
    expect(decideUrl(url)).toEqual({ allow: true });
  });

  it.each([
    ['ftp://example.com/file', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['gopher://example.com/', 'scheme'],
    ['https://user:pass@example.com/', 'credentials'],
    ['https://user@example.com/', 'credentials'],
    ['https://example.com:8080/', 'port'],
    ['http://example.com:22/', 'port'],
    ['http://localhost/', 'internal'],
    ['http://LOCALHOST./', 'internal'],
    ['http://api.localhost/', 'internal'],
    ['http://printer.local/', 'internal'],
    ['http://metadata.google.internal/computeMetadata/v1/', 'internal'],
    ['http://ip-10-0-0-1.ec2.internal/', 'internal'],
    ['http://intranet/', 'single-label'],
    ['not a url', 'not a URL'],
  ])('refuses %s (%s)', (url, reason) => {
    const d = decideUrl(url);
    expect(d.allow).toBe(false);
    if (!d.allow) expect(d.reason).toContain(reason);
  });

  it.each([
    'http://127.0.0.1/',
    'http://127.1/',
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0x7f.0.0.1/',
    'http://0177.0.0.1/',
    'http://017700000001/',
    'http://0/',
    'http://0.0.0.0/',
    'http://10.1.2.3/',
    'http://172.16.0.1/',
    'http://172.31.255.255/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://100.127.255.254/',
    'http://224.0.0.1/',
    'http://239.255.255.250/',
    'http://255.255.255.255/',
    'http://[::1]/',
    'http://[::]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]/',
    'http://[::ffff:169.254.169.254]/',
    'http://[::ffff:10.0.0.1]/',
    'http://[64:ff9b::a9fe:a9fe]/',
    'http://[2002:7f00:1::]/',
    'http://[fe80::1]/',
    'http://[fc00::1]/',
    'http://[fd12:3456:789a::1]/',
    'http://[ff02::1]/',
    'http://[fd00:ec2::254]/',
  ])('refuses the non-public address %s', (url) => {
    expect(allowed(decideUrl(url))).toBe(false);
  });

  it('allows public neighbours of the denied ranges', () => {
    for (const host of [
      '172.15.255.255',
      '172.32.0.1',
      '100.63.255.255',
      '100.128.0.1',
      '11.0.0.1',
      '223.255.255.254',
    ]) {
      expect(decideHost(host)).toEqual({ allow: true });
    }
  });
});

describe('decideAddress (after DNS)', () => {
  it('refuses resolved private, loopback, link-local and mapped addresses', () => {
    for (const a of [
      '127.0.0.1',
      '10.0.0.5',
      '192.168.0.10',
      '169.254.169.254',
      '::1',
      '::ffff:192.168.0.1',
      'fe80::1%eth0',
      'fd00::1',
    ]) {
      expect(decideAddress(a).allow).toBe(false);
    }
  });

  it('allows public resolved addresses', () => {
    for (const a of ['151.101.1.69', '2a04:4e42::645', '2606:4700::6810:84e5']) {
      expect(decideAddress(a)).toEqual({ allow: true });
    }
  });

  it('refuses what is not an address', () => {
    expect(decideAddress('not-an-ip').allow).toBe(false);
    expect(decideAddress('1:2:3').allow).toBe(false);
  });
});

describe('address parsing', () => {
  it('reads every IPv4 form a client accepts', () => {
    expect(parseIpv4Loose('127.0.0.1')).toBe(0x7f000001);
    expect(parseIpv4Loose('2130706433')).toBe(0x7f000001);
    expect(parseIpv4Loose('0x7f.1')).toBe(0x7f000001);
    expect(parseIpv4Loose('0177.0.0.01')).toBe(0x7f000001);
    expect(parseIpv4Loose('256.0.0.1')).toBeNull();
    expect(parseIpv4Loose('4294967296')).toBeNull();
    expect(parseIpv4Loose('example.com')).toBeNull();
    expect(parseIpv4Loose('1.2.3.4.5')).toBeNull();
  });

  it('reads IPv6 with compression and an IPv4 tail', () => {
    expect(parseIpv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
    expect(parseIpv6('2001:db8::')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]);
    expect(parseIpv6('1::2::3')).toBeNull();
    expect(parseIpv6('12345::')).toBeNull();
    expect(parseIpv6('1:2:3:4:5:6:7:8:9')).toBeNull();
  });
});
