/**
 * Who may use the broker's HTTP API, /metrics and console
 * (`http.listener`): Tributary's own keys, since Kafka has no HTTP server.
 *
 * - Bound to loopback (the default, `http://127.0.0.1:9644`), only programs
 *   on the same machine reach it, and no credentials are needed.
 * - Bound anywhere else (an empty host, `0.0.0.0`, `::`, an interface's
 *   address or a name), the broker refuses to start unless
 *   `http.auth.token` or `http.auth.basic.users` is set: a console open to
 *   the network would show every topic and record to anyone who finds it.
 * - When either is set, every route requires it, wherever the listener is.
 */
import type { Fail } from './listeners.js';

/** The credentials the HTTP server requires; null members are not accepted. */
export interface HttpAuth {
  /** `http.auth.token`: `Authorization: Bearer <token>`, or the password of basic auth with any user name. */
  readonly token: string | null;
  /** `http.auth.basic.users`: user name → password. */
  readonly basicUsers: ReadonlyMap<string, string> | null;
}

/** Whether binding `host` keeps a listener on this machine: 127.0.0.0/8, ::1, ::ffff:127.x, or `localhost`. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** Parses `http.auth.basic.users` (`user:password,user:password`); user names must be unique and without ':'. */
export function parseBasicUsers(value: string, fail: Fail): Map<string, string> {
  const users = new Map<string, string>();
  for (const item of value.split(',')) {
    const pair = item.trim();
    if (pair === '') continue;
    const colon = pair.indexOf(':');
    if (colon <= 0 || colon === pair.length - 1) fail(`each entry must be user:password (an entry has no user name or no password)`);
    const user = pair.slice(0, colon);
    if (users.has(user)) fail(`user '${user}' is listed twice`);
    users.set(user, pair.slice(colon + 1));
  }
  if (users.size === 0) fail('no user:password entry');
  return users;
}

/**
 * The HTTP credentials from the two keys, checked against where the
 * listener binds: a listener beyond loopback without either key fails,
 * naming the keys.
 */
export function resolveHttpAuth(
  listenerHost: string | null,
  token: string | null,
  basicUsers: string | null,
  fail: (key: string, why: string) => never,
): HttpAuth | null {
  const users = basicUsers === null ? null : parseBasicUsers(basicUsers, (why) => fail('http.auth.basic.users', why));
  if (token === null && users === null) {
    if (listenerHost !== null && !isLoopbackHost(listenerHost)) {
      fail(
        'http.listener',
        `it binds beyond loopback (${listenerHost === '' ? 'every interface' : listenerHost}), where anyone who reaches the port could read every topic: ` +
          'set http.auth.token or http.auth.basic.users to require credentials, bind it to 127.0.0.1, or set http.listener=none',
      );
    }
    return null;
  }
  return { token, basicUsers: users };
}
