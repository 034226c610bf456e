import { LookupAddress, lookup as dnsLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isIPv6 } from 'node:net';
import type { OutboundConfig } from '../config/app-config';

/**
 * The one guard for URLs that users (API key holders, dashboard admins)
 * make this server call: webhooks today, anything else an admin can
 * configure tomorrow. A server-side request to an internal address lets the
 * caller read what only the server can reach (the database's port, a cloud
 * metadata service with credentials, an admin page on localhost), so such
 * targets are refused twice: when the URL is saved (by its literal host) and
 * when it is called (every address its name resolves to, and the connection
 * then goes to the address that was checked, so a DNS answer that changes in
 * between cannot slip through).
 */

/** Why an address is not a public one; `public` otherwise. */
export type AddressKind =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'metadata'
  | 'multicast'
  | 'unspecified'
  | 'broadcast'
  | 'reserved';

/** Never sensible targets of an HTTP request, whatever the operator allows. */
const NEVER: ReadonlySet<AddressKind> = new Set(['unspecified', 'multicast', 'broadcast']);

const KIND_TEXT: Record<Exclude<AddressKind, 'public'>, string> = {
  loopback: 'a loopback address',
  private: 'a private address',
  'link-local': 'a link-local address',
  metadata: 'a cloud metadata address',
  multicast: 'a multicast address',
  unspecified: 'the unspecified address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
};

/** Cloud instance metadata services: they hand out credentials to whoever on the machine asks. */
const METADATA_V4 = ['169.254.169.254', '169.254.170.2', '169.254.169.123', '100.100.100.200', '192.0.0.192'];
const METADATA_V6 = ['fd00:ec2::254', 'fd00:ec2::23'];
const METADATA_NAMES = ['metadata.google.internal', 'metadata', 'instance-data', 'metadata.goog'];
/** Names that resolve inside a network by convention (RFC 6761, 6762, 8375, ICANN's .internal). */
const INTERNAL_SUFFIXES = ['.localhost', '.local', '.internal', '.localdomain', '.home.arpa', '.lan', '.intranet', '.corp'];

// ---------------------------------------------------------------- addresses

/**
 * An IPv4 address written any way inet_aton() accepts, as a number:
 * dotted with 1 to 4 parts, each decimal, octal (leading 0) or hex (0x), the
 * last part filling the remaining bytes (`2130706433`, `0x7f.1`,
 * `017700000001`, `127.1`), with an optional trailing dot. null otherwise.
 */
export function parseIPv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  if (parts.length === 0 || parts.length > 4) return null;
  const values: number[] = [];
  for (const part of parts) {
    let value: number;
    if (/^0x[0-9a-f]*$/i.test(part)) value = part.length === 2 ? 0 : parseInt(part.slice(2), 16);
    else if (/^0[0-7]+$/.test(part)) value = parseInt(part.slice(1), 8);
    else if (/^(0|[1-9]\d*)$/.test(part)) value = Number(part);
    else return null;
    if (!Number.isFinite(value)) return null;
    values.push(value);
  }
  const last = values.pop()!;
  if (values.some((v) => v > 255) || last >= 256 ** (4 - values.length)) return null;
  return values.reduce((acc, v, i) => acc + v * 256 ** (3 - i), 0) + last;
}

/** An IPv6 address (brackets and zone id allowed) as a 128-bit number; null when it is not one. */
export function parseIPv6(text: string): bigint | null {
  let t = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  t = t.replace(/%.*$/, '');
  if (!isIPv6(t)) return null;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(t);
  if (v4) {
    // The dotted tail ("::ffff:1.2.3.4") is the last two groups written as IPv4.
    const n = parseIPv4(v4[1])!;
    t = `${t.slice(0, -v4[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, rest] = t.includes('::') ? t.split('::') : [t, null];
  const left = head ? head.split(':').filter((g) => g !== '') : [];
  const right = rest ? rest.split(':').filter((g) => g !== '') : [];
  const fill = 8 - left.length - right.length;
  if (fill < 0 || (rest === null && fill !== 0)) return null;
  const groups = [...left.map((g) => parseInt(g, 16)), ...Array(fill).fill(0), ...right.map((g) => parseInt(g, 16))];
  if (groups.length !== 8 || groups.some((g) => !(g >= 0 && g <= 0xffff))) return null;
  return groups.reduce((acc: bigint, g: number) => (acc << 16n) | BigInt(g), 0n);
}

/** Dotted decimal of a 32-bit IPv4 number. */
function formatIPv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

function inV4(n: number, base: string, bits: number): boolean {
  const b = parseIPv4(base)!;
  const size = 2 ** (32 - bits);
  return Math.floor(n / size) === Math.floor(b / size);
}

function inV6(n: bigint, base: string, bits: number): boolean {
  const shift = BigInt(128 - bits);
  return n >> shift === parseIPv6(base)! >> shift;
}

function classifyV4(n: number): AddressKind {
  if (METADATA_V4.includes(formatIPv4(n))) return 'metadata';
  if (n === 0) return 'unspecified';
  if (n === 0xffffffff) return 'broadcast';
  if (inV4(n, '127.0.0.0', 8)) return 'loopback';
  if (inV4(n, '10.0.0.0', 8) || inV4(n, '172.16.0.0', 12) || inV4(n, '192.168.0.0', 16) || inV4(n, '100.64.0.0', 10)) return 'private';
  if (inV4(n, '169.254.0.0', 16)) return 'link-local';
  if (inV4(n, '224.0.0.0', 4)) return 'multicast';
  const reserved: Array<[string, number]> = [
    ['0.0.0.0', 8], // "this network": 0.x.y.z reaches the local host on Linux
    ['192.0.0.0', 24], // IETF protocol assignments
    ['192.0.2.0', 24], // documentation (TEST-NET-1)
    ['198.51.100.0', 24], // documentation (TEST-NET-2)
    ['203.0.113.0', 24], // documentation (TEST-NET-3)
    ['192.88.99.0', 24], // 6to4 relay anycast
    ['198.18.0.0', 15], // benchmarking
    ['240.0.0.0', 4], // reserved for future use
  ];
  if (reserved.some(([base, bits]) => inV4(n, base, bits))) return 'reserved';
  return 'public';
}

function classifyV6(n: bigint): AddressKind {
  const low32 = Number(n & 0xffffffffn);
  if (n === 0n) return 'unspecified';
  if (n === 1n) return 'loopback';
  // IPv4 inside IPv6: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d) are the IPv4 address they carry.
  if (inV6(n, '::ffff:0:0', 96) || inV6(n, '::', 96) || inV6(n, '64:ff9b::', 96)) return classifyV4(low32);
  // 6to4 (2002:aabb:ccdd::/48) carries the IPv4 address aa.bb.cc.dd.
  if (inV6(n, '2002::', 16)) return classifyV4(Number((n >> 80n) & 0xffffffffn));
  if (METADATA_V6.some((m) => parseIPv6(m) === n)) return 'metadata';
  if (inV6(n, 'fc00::', 7) || inV6(n, 'fec0::', 10) || inV6(n, '64:ff9b:1::', 48)) return 'private';
  if (inV6(n, 'fe80::', 10)) return 'link-local';
  if (inV6(n, 'ff00::', 8)) return 'multicast';
  if (inV6(n, '2001:db8::', 32) || inV6(n, '3fff::', 20) || inV6(n, '100::', 64) || inV6(n, '2001::', 23)) return 'reserved';
  // Only 2000::/3 is global unicast; everything else is unassigned or special.
  if (!inV6(n, '2000::', 3)) return 'reserved';
  return 'public';
}

/**
 * What kind of address `address` is (IPv4 in any inet_aton form, IPv6 with
 * or without brackets, IPv4-mapped/compatible/NAT64/6to4 forms judged by
 * the IPv4 address inside); null when it is not an IP address at all.
 */
export function classifyAddress(address: string): AddressKind | null {
  const v4 = parseIPv4(address);
  if (v4 !== null) return classifyV4(v4);
  const v6 = parseIPv6(address);
  return v6 === null ? null : classifyV6(v6);
}

/**
 * What kind of target a URL's host is without asking DNS: an IP literal
 * is classified, a name that is internal by convention (localhost,
 * *.internal, a name without a dot that the server's search domain would
 * complete, a metadata name) too; null for other names, which only the
 * delivery-time check can judge.
 */
export function classifyHost(hostname: string): AddressKind | null {
  const host = normaliseHost(hostname);
  const asAddress = classifyAddress(host);
  if (asAddress !== null) return asAddress;
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  if (METADATA_NAMES.includes(host)) return 'metadata';
  if (!host.includes('.') || INTERNAL_SUFFIXES.some((s) => host.endsWith(s))) return 'private';
  return null;
}

function normaliseHost(hostname: string): string {
  const h = hostname.toLowerCase();
  return (h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h).replace(/\.+$/, '');
}

// ---------------------------------------------------------------- policy

/** Whether `address` lies in `cidr` (an address, or address/prefix); IPv4 matches its IPv4-mapped form too. */
export function inNetwork(address: string, cidr: string): boolean {
  const [base, prefix] = cidr.split('/');
  const asV6 = (a: string): bigint | null => {
    const v4 = /^\d+(\.\d+){3}$/.test(a) ? parseIPv4(a) : null;
    return v4 !== null ? 0xffff00000000n | BigInt(v4) : parseIPv6(a);
  };
  const a = asV6(address);
  const b = asV6(base);
  if (a === null || b === null) return false;
  const isV4Base = !base.includes(':');
  const bits = prefix === undefined ? 128 : Number(prefix) + (isV4Base ? 96 : 0);
  const shift = BigInt(128 - bits);
  return a >> shift === b >> shift;
}

/** Whether `entry` is an IP address (dotted IPv4 or IPv6) or a CIDR. */
export function isIpOrCidr(entry: string): boolean {
  const [base, prefix, extra] = entry.split('/');
  if (extra !== undefined) return false;
  const ip = /^\d+(\.\d+){3}$/.test(base) ? parseIPv4(base) !== null && 'v4' : !base.startsWith('[') && parseIPv6(base) !== null && 'v6';
  if (!ip) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (ip === 'v4' ? 32 : 128));
}

/** Whether an OUTBOUND_ALLOWED_HOSTS entry is well-formed: a host name, an IP address or a CIDR. */
export function isAllowListEntry(entry: string): boolean {
  if (isIpOrCidr(entry)) return true;
  return !entry.includes('/') && /^(?=.{1,253}\.?$)[a-z0-9_]([a-z0-9_-]{0,62}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,62}[a-z0-9_])?)*\.?$/i.test(entry);
}

function allowedByList(config: OutboundConfig, host: string, address: string | null): boolean {
  return config.allowedHosts.some((entry) => (isIpOrCidr(entry) ? address !== null && inNetwork(address, entry) : normaliseHost(entry) === host));
}

/**
 * Why a request to `host` (at `address`, once resolved) is refused, or null
 * when it may go ahead. Unspecified, multicast and broadcast never; listed
 * hosts and networks always otherwise; metadata services only when listed;
 * other internal targets when OUTBOUND_ALLOW_PRIVATE=true.
 */
function refusal(config: OutboundConfig, hostname: string, kind: AddressKind | null, address: string | null): Exclude<AddressKind, 'public'> | null {
  if (kind === null || kind === 'public') return null;
  if (NEVER.has(kind)) return kind;
  if (allowedByList(config, normaliseHost(hostname), address)) return null;
  if (kind === 'metadata') return kind;
  return config.allowPrivate ? null : kind;
}

/**
 * Why `url` may not be called, judged without DNS (when it is saved), as a
 * message naming `field`; null when it may be saved. The name's addresses
 * are checked again at every call (guardedLookup).
 */
export function outboundUrlProblem(url: string, config: OutboundConfig, field = 'url'): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${field} must be an http or https URL`;
  }
  const host = normaliseHost(parsed.hostname);
  const literal = classifyAddress(host) !== null ? host : null;
  const kind = refusal(config, parsed.hostname, classifyHost(parsed.hostname), literal);
  if (!kind) return null;
  const hint = NEVER.has(kind) ? '' : ' (an operator can allow it with OUTBOUND_ALLOWED_HOSTS or OUTBOUND_ALLOW_PRIVATE)';
  return `${field} must point to a public address: ${parsed.hostname} is ${KIND_TEXT[kind]}${hint}`;
}

/** A request refused because of where it would go; its message is what the delivery log shows. */
export class OutboundAddressRefusedError extends Error {
  readonly code = 'EOUTBOUNDREFUSED';
}

function refusedError(hostname: string, address: string, kind: Exclude<AddressKind, 'public'>): OutboundAddressRefusedError {
  const where = normaliseHost(hostname) === address ? address : `${hostname} resolves to ${address}`;
  return new OutboundAddressRefusedError(`refused: ${where}, ${KIND_TEXT[kind]} (not contacted; see OUTBOUND_ALLOW_PRIVATE and OUTBOUND_ALLOWED_HOSTS)`);
}

/**
 * Checks an IP literal host before connecting: Node connects to one
 * without calling `lookup`, so guardedLookup never sees it. Names are left
 * to guardedLookup. Null when allowed.
 */
export function literalHostRefusal(hostname: string, config: OutboundConfig): OutboundAddressRefusedError | null {
  const host = normaliseHost(hostname);
  const kind = classifyAddress(host);
  if (kind === null) return null;
  const refused = refusal(config, host, kind, host);
  return refused ? refusedError(hostname, host, refused) : null;
}

/**
 * A `lookup` for http(s).request / net.connect that resolves the name,
 * refuses unless every address it got is allowed (so a name that answers
 * with one public and one internal address is refused too), and hands the
 * checked addresses to the socket, which connects to exactly those.
 */
export function guardedLookup(config: OutboundConfig, resolve: typeof dnsLookup = dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => {
      if (err) return (callback as (e: Error) => void)(err);
      const nameKind = classifyHost(hostname);
      for (const a of addresses) {
        const kind = refusal(config, hostname, worse(nameKind, classifyAddress(a.address)), a.address);
        if (kind) return (callback as (e: Error) => void)(refusedError(hostname, a.address, kind));
      }
      if (!addresses.length) return (callback as (e: Error) => void)(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }));
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
      (callback as (e: null, a: string, f: number) => void)(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** A name internal by convention stays internal whatever it resolves to. */
function worse(byName: AddressKind | null, byAddress: AddressKind | null): AddressKind | null {
  if (byAddress && byAddress !== 'public') return byAddress;
  return byName ?? byAddress;
}
