import type { LookupAddress } from 'node:dns';
import type { OutboundConfig } from '../config/app-config';
import { AddressKind, classifyAddress, classifyHost, guardedLookup, inNetwork, isAllowListEntry, outboundUrlProblem, parseIPv4 } from './outbound-url';

const strict: OutboundConfig = { allowPrivate: false, allowedHosts: [] };

describe(classifyAddress.name, () => {
  const cases: Array<[string, AddressKind]> = [
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['2130706433', 'loopback'],
    ['0x7f.1', 'loopback'],
    ['0x7f000001', 'loopback'],
    ['017700000001', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['127.1', 'loopback'],
    ['127.0.0.1.', 'loopback'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['100.127.255.255', 'private'],
    ['169.254.1.1', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['0xa9.0xfe.0xa9.0xfe', 'metadata'],
    ['2852039166', 'metadata'],
    ['169.254.170.2', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['0.0.0.0', 'unspecified'],
    ['0', 'unspecified'],
    ['0.1.2.3', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.10', 'reserved'],
    ['198.51.100.7', 'reserved'],
    ['203.0.113.99', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['192.0.0.8', 'reserved'],
    ['8.8.8.8', 'public'],
    ['172.32.0.1', 'public'],
    ['100.128.0.1', 'public'],
    ['192.169.0.1', 'public'],
    ['1.1.1.1', 'public'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['::', 'unspecified'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['[::ffff:127.0.0.1]', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['0:0:0:0:0:ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::127.0.0.1', 'loopback'],
    ['::ffff:8.8.8.8', 'public'],
    ['64:ff9b::127.0.0.1', 'loopback'],
    ['64:ff9b::8.8.8.8', 'public'],
    ['2002:7f00:1::', 'loopback'],
    ['2002:a00:1::1', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456:789a::1', 'private'],
    ['fd00:ec2::254', 'metadata'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fec0::1', 'private'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'],
    ['3fff::1', 'reserved'],
    ['100::1', 'reserved'],
    ['2001::1', 'reserved'],
    ['::2', 'reserved'],
    ['4000::1', 'reserved'],
    ['2a00:1450:4001:80b::200e', 'public'],
    ['2606:4700:4700::1111', 'public'],
  ];
  it.each(cases)('classifies %s as %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each(['example.com', 'localhost', '1.2.3.4.5', '256.0.0.1', '0x100.0.0.1', '08.0.0.1', '1.2.3.256', '', '::g', '1::2::3'])('does not take %j for an address', (text) => {
    expect(classifyAddress(text)).toBeNull();
  });

  it('reads every inet_aton form of one address alike', () => {
    expect(new Set(['2130706433', '0x7f.1', '017700000001', '127.0.1', '0x7F.0.0.0x1', '0177.0.0.01'].map(parseIPv4))).toEqual(new Set([2130706433]));
  });
});

describe(classifyHost.name, () => {
  it.each<[string, AddressKind | null]>([
    ['localhost', 'loopback'],
    ['LOCALHOST.', 'loopback'],
    ['api.localhost', 'loopback'],
    ['metadata.google.internal', 'metadata'],
    ['metadata', 'metadata'],
    ['db.internal', 'private'],
    ['printer.local', 'private'],
    ['nas.home.arpa', 'private'],
    ['intranet', 'private'],
    ['[::1]', 'loopback'],
    ['127.0.0.1', 'loopback'],
    ['crm.example.com', null],
    ['crm.example.com.', null],
  ])('classifies the host %s as %s', (host, kind) => {
    expect(classifyHost(host)).toBe(kind);
  });
});

describe(outboundUrlProblem.name, () => {
  it.each([
    'http://127.0.0.1:8080/hook',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://017700000001/',
    'http://127.1/',
    'http://127.0.0.1./',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[0:0:0:0:0:ffff:7f00:1]/',
    'http://[::]/',
    'http://0.0.0.0:54329/',
    'http://0/',
    'http://10.0.0.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fd00:ec2::254]/',
    'http://[fe80::1]/',
    'http://192.168.0.10/',
    'http://100.64.1.1/',
    'http://224.0.0.1/',
    'http://255.255.255.255/',
    'http://192.0.2.1/',
    'http://localhost:5432/',
    'http://localhost./',
    'http://sub.localhost/',
    'http://metadata.google.internal/computeMetadata/v1/',
    'http://intranet/',
    'https://LOCALHOST/',
  ])('refuses %s, naming url', (url) => {
    expect(outboundUrlProblem(url, strict)).toMatch(/^url must point to a public address: .+ is (an?|the) /);
  });

  it.each(['https://crm.example.com/hooks', 'https://8.8.8.8/x', 'https://[2606:4700:4700::1111]/', 'http://hooks.example.org.:8443/a'])('accepts %s', (url) => {
    expect(outboundUrlProblem(url, strict)).toBeNull();
  });

  it('lets OUTBOUND_ALLOW_PRIVATE through loopback and private targets, but not metadata, unspecified or multicast ones', () => {
    const dev: OutboundConfig = { allowPrivate: true, allowedHosts: [] };
    expect(outboundUrlProblem('http://127.0.0.1:9000/', dev)).toBeNull();
    expect(outboundUrlProblem('http://localhost/', dev)).toBeNull();
    expect(outboundUrlProblem('http://10.1.2.3/', dev)).toBeNull();
    expect(outboundUrlProblem('http://169.254.169.254/', dev)).toMatch(/cloud metadata/);
    expect(outboundUrlProblem('http://0.0.0.0/', dev)).toMatch(/unspecified/);
    expect(outboundUrlProblem('http://224.0.0.1/', dev)).toMatch(/multicast/);
  });

  it('lets listed hosts and networks through, and nothing else', () => {
    const listed: OutboundConfig = { allowPrivate: false, allowedHosts: ['hooks.internal', '10.20.0.0/16', '169.254.169.254'] };
    expect(outboundUrlProblem('http://hooks.internal/x', listed)).toBeNull();
    expect(outboundUrlProblem('http://HOOKS.internal./x', listed)).toBeNull();
    expect(outboundUrlProblem('http://10.20.3.4/', listed)).toBeNull();
    expect(outboundUrlProblem('http://[::ffff:10.20.3.4]/', listed)).toBeNull();
    expect(outboundUrlProblem('http://169.254.169.254/', listed)).toBeNull();
    expect(outboundUrlProblem('http://10.21.0.1/', listed)).toMatch(/private/);
    expect(outboundUrlProblem('http://other.internal/', listed)).toMatch(/private/);
    expect(outboundUrlProblem('http://127.0.0.1/', listed)).toMatch(/loopback/);
  });
});

describe(guardedLookup.name, () => {
  /** A resolver answering from a table, so no test asks a real DNS server. */
  const resolver = (table: Record<string, LookupAddress[]>) =>
    ((hostname: string, _options: unknown, callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) =>
      callback(null, table[hostname] ?? [])) as never;
  const lookupVia = (config: OutboundConfig, table: Record<string, LookupAddress[]>, hostname: string, all = false) =>
    new Promise<{ err: Error | null; address: unknown }>((resolve) =>
      guardedLookup(config, resolver(table))(hostname, { all }, (err: Error | null, address: unknown) => resolve({ err, address })),
    );
  const table = {
    'rebound.example.com': [{ address: '127.0.0.1', family: 4 }],
    'mixed.example.com': [
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.5', family: 4 },
    ],
    'public.example.com': [
      { address: '93.184.216.34', family: 4 },
      { address: '2606:2800:220:1::', family: 6 },
    ],
    'v6loop.example.com': [{ address: '::ffff:127.0.0.1', family: 6 }],
  };

  it('refuses a name that resolves to an internal address, naming both', async () => {
    const { err } = await lookupVia(strict, table, 'rebound.example.com');
    expect(err?.message).toBe('refused: rebound.example.com resolves to 127.0.0.1, a loopback address (not contacted; see OUTBOUND_ALLOW_PRIVATE and OUTBOUND_ALLOWED_HOSTS)');
    expect((await lookupVia(strict, table, 'v6loop.example.com')).err?.message).toMatch(/loopback/);
  });

  it('refuses a name when any one of its addresses is internal', async () => {
    expect((await lookupVia(strict, table, 'mixed.example.com')).err?.message).toMatch(/10\.0\.0\.5, a private address/);
  });

  it('hands the checked addresses to the socket in the form it asked for', async () => {
    expect(await lookupVia(strict, table, 'public.example.com')).toEqual({ err: null, address: '93.184.216.34' });
    expect((await lookupVia(strict, table, 'public.example.com', true)).address).toEqual(table['public.example.com']);
  });

  it('allows internal answers when the operator allows them', async () => {
    expect((await lookupVia({ allowPrivate: true, allowedHosts: [] }, table, 'rebound.example.com')).err).toBeNull();
    expect((await lookupVia({ allowPrivate: false, allowedHosts: ['10.0.0.0/8'] }, table, 'mixed.example.com')).err).toBeNull();
  });
});

describe('allow-list entries', () => {
  it('matches IPv4 CIDRs against IPv4 and IPv4-mapped addresses, and IPv6 CIDRs', () => {
    expect(inNetwork('10.1.2.3', '10.0.0.0/8')).toBe(true);
    expect(inNetwork('::ffff:10.1.2.3', '10.0.0.0/8')).toBe(true);
    expect(inNetwork('11.1.2.3', '10.0.0.0/8')).toBe(false);
    expect(inNetwork('fd00::5', 'fd00::/8')).toBe(true);
    expect(inNetwork('fe00::5', 'fd00::/8')).toBe(false);
    expect(inNetwork('127.0.0.1', '127.0.0.1')).toBe(true);
  });

  it.each([
    ['hooks.internal', true],
    ['10.0.0.0/8', true],
    ['fd00::/8', true],
    ['127.0.0.1', true],
    ['10.0.0.0/33', false],
    ['http://x', false],
    ['a b', false],
  ])('%s is a valid entry: %s', (entry, valid) => {
    expect(isAllowListEntry(entry as string)).toBe(valid);
  });
});
