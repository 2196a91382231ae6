/**
 * Principals as Kafka writes them: `Type:name` (`User:alice`). The value type
 * is RequestContext's `Principal` (broker/apis/types.ts); this file makes,
 * prints and parses them. Every connection has one from the moment it is
 * accepted: `User:ANONYMOUS` on PLAINTEXT and on SSL without a client
 * certificate, the certificate's mapped name on SSL with client
 * authentication (ssl.principal.mapping.rules), the authenticated user after
 * SASL.
 */
import type { Principal } from '../apis/types.js';

/** Kafka's principal type for users (every principal the built-in authentication makes). */
export const USER_TYPE = 'User';

/** `User:<name>`, frozen. */
export function userPrincipal(name: string): Principal {
  return Object.freeze({ type: USER_TYPE, name });
}

/** `Type:name`, as Kafka writes principals in ACLs, logs and super.users. */
export function principalToString(p: Principal): string {
  return `${p.type}:${p.name}`;
}

/**
 * Parses Kafka's string form `Type:name` (the name may contain ':'); throws
 * a clear error when there is no type. The inverse of principalToString.
 */
export function parsePrincipal(s: string): Principal {
  const colon = s.indexOf(':');
  if (colon <= 0) throw new Error(`'${s}' is not a principal: expected Type:name, e.g. User:alice`);
  return Object.freeze({ type: s.slice(0, colon), name: s.slice(colon + 1) });
}

/** Same type and name. */
export function samePrincipal(a: Principal, b: Principal): boolean {
  return a.type === b.type && a.name === b.name;
}
