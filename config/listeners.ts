/**
 * Parsing of `listeners`, `advertised.listeners`,
 * `listener.security.protocol.map` and Tributary's `http.listener`.
 *
 * A listener is `NAME://host:port` (Kafka's grammar): the name is looked up
 * in the protocol map (names are case-insensitive and normalised to upper
 * case, as in Kafka), an empty host means every interface, IPv6 hosts are
 * written in brackets, port 0 asks the OS for a free port. A listener named
 * after a protocol (`SSL://:9093`) needs no map entry, as in Kafka, whose
 * default map lists the four protocols under their own names.
 */
import type { ConfigErrorCode } from './config-def.js';

/** One parsed listener. */
export interface Listener {
  /** Listener name, upper case (e.g. PLAINTEXT, INTERNAL). */
  readonly name: string;
  /** What the listener speaks: TLS or not, SASL or not. */
  readonly securityProtocol: SecurityProtocol;
  /** Host to bind or advertise; '' = all interfaces (bind) / this host's name (advertise). IPv6 without brackets. */
  readonly host: string;
  /** TCP port; 0 = pick a free port at bind time. */
  readonly port: number;
}

/** Where the HTTP API listens. */
export interface HttpListener {
  /** Host to bind; '' = all interfaces. */
  readonly host: string;
  /** TCP port; 0 = pick a free port. */
  readonly port: number;
}

/** Reports a problem with the value being parsed (throws). */
export type Fail = (why: string, code?: ConfigErrorCode) => never;

/** Kafka's security protocols: what a listener speaks (TLS or not, SASL or not). */
export type SecurityProtocol = 'PLAINTEXT' | 'SSL' | 'SASL_PLAINTEXT' | 'SASL_SSL';

/** The four security protocols. */
export const SECURITY_PROTOCOLS: readonly SecurityProtocol[] = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'];

/** Whether a protocol runs over TLS. */
export function usesTls(p: SecurityProtocol): boolean {
  return p === 'SSL' || p === 'SASL_SSL';
}

/** Whether a protocol authenticates with SASL. */
export function usesSasl(p: SecurityProtocol): boolean {
  return p === 'SASL_PLAINTEXT' || p === 'SASL_SSL';
}

/** The protocol of a name, or undefined (case-insensitive). */
export function securityProtocolOf(name: string): SecurityProtocol | undefined {
  const up = name.trim().toUpperCase();
  return SECURITY_PROTOCOLS.find((p) => p === up);
}
const LISTENER_RE = /^(.*):\/\/\[?([0-9a-zA-Z\-%._:]*)\]?:(-?[0-9]+)$/;
const HTTP_RE = /^http:\/\/\[?([0-9a-zA-Z\-%._:]*)\]?:([0-9]+)\/?$/;

/** Parses `listener.security.protocol.map` (`NAME:PROTOCOL,...`). */
export function parseProtocolMap(value: string, fail: Fail): Record<string, SecurityProtocol> {
  const map: Record<string, SecurityProtocol> = {};
  for (const item of value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    const colon = item.indexOf(':');
    if (colon <= 0) fail(`expected NAME:PROTOCOL, got '${item}'`);
    const name = item.slice(0, colon).trim().toUpperCase();
    const written = item.slice(colon + 1).trim();
    const protocol = securityProtocolOf(written);
    if (protocol === undefined) {
      fail(`unknown security protocol '${written}' for listener name '${name}' (known: ${SECURITY_PROTOCOLS.join(', ')})`);
    }
    if (Object.hasOwn(map, name)) fail(`listener name '${name}' is mapped twice`);
    map[name] = protocol;
  }
  return map;
}

/** Parses a listener list against the protocol map; names and host:port pairs must be unique. */
export function parseListeners(items: readonly string[], protocolMap: Readonly<Record<string, SecurityProtocol>>, fail: Fail): Listener[] {
  const out: Listener[] = [];
  for (const item of items) {
    const m = LISTENER_RE.exec(item);
    if (m === null) fail(`'${item}' is not of the form NAME://host:port`);
    const name = m[1].toUpperCase();
    const port = Number(m[3]);
    // Kafka: a name missing from the map is an error, except that a listener named after a protocol speaks it.
    const securityProtocol = Object.hasOwn(protocolMap, name) ? protocolMap[name] : securityProtocolOf(name);
    if (securityProtocol === undefined) fail(`listener name '${name}' is not in listener.security.protocol.map`);
    if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`port ${m[3]} of '${item}' is not in 0..65535`);
    if (out.some((l) => l.name === name)) fail(`listener name '${name}' is used twice`);
    if (port !== 0 && out.some((l) => l.port === port && l.host === m[2])) fail(`'${m[2]}:${port}' is used twice`);
    out.push({ name, securityProtocol, host: m[2], port });
  }
  return out;
}

/** Parses `http.listener`: `http://host:port`, or `none` (null: no HTTP server). */
export function parseHttpListener(value: string, fail: Fail): HttpListener | null {
  if (value.toLowerCase() === 'none') return null;
  if (value.toLowerCase().startsWith('https://')) fail('https is not supported; use http://host:port or none', 'ERR_CONFIG_UNSUPPORTED');
  const m = HTTP_RE.exec(value);
  if (m === null) fail('expected http://host:port or none');
  const port = Number(m[2]);
  if (port > 65535) fail(`port ${port} is not in 0..65535`);
  return { host: m[1], port };
}

/** `host:port` as clients write it (IPv6 in brackets). */
export function hostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
