/**
 * Access to the broker's HTTP API, /metrics and console
 * (config/http-auth.ts says when credentials are required):
 *
 * - With `http.auth.token` or `http.auth.basic.users`, every request needs
 *   `Authorization: Bearer <token>` or `Authorization: Basic` with a listed
 *   user and password — or any user name with the token as the password,
 *   so that a browser's own login prompt opens the console. Otherwise 401
 *   with `WWW-Authenticate: Basic` (TRB_ERR_UNAUTHORIZED). Credentials are
 *   compared in constant time.
 * - Record contents (the live tail) are never shown to a caller that did
 *   not authenticate when the broker checks ACLs (`authorizer.class.name`):
 *   the Kafka port would refuse that caller the records, so the console
 *   answers 403 (TRB_ERR_RECORDS_NEED_AUTH) naming the keys to set. Without
 *   an authorizer the loopback-only console shows them, like the Kafka port.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { HttpAuth } from '../../config/http-auth.js';
import { defineError } from '../../http-common/errors.js';

/** Missing or wrong credentials (401). */
export const Unauthorized = defineError<'TRB_ERR_UNAUTHORIZED', 401, []>(
  'TRB_ERR_UNAUTHORIZED',
  'this broker requires credentials: Authorization: Bearer <http.auth.token>, or basic auth with a user of http.auth.basic.users',
  401,
);

/** Record contents asked for by a caller that did not authenticate, on a broker that checks ACLs (403). */
export const RecordsNeedAuth = defineError<'TRB_ERR_RECORDS_NEED_AUTH', 403, []>(
  'TRB_ERR_RECORDS_NEED_AUTH',
  'record contents are shown only to authenticated callers on a broker with authorizer.class.name set: set http.auth.token or http.auth.basic.users',
  403,
);

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

/** Constant-time string equality (both sides hashed to one length first). */
function same(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/** Whether an Authorization header carries credentials `auth` accepts. */
export function credentialsAccepted(auth: HttpAuth, header: string | undefined): boolean {
  if (header === undefined) return false;
  const space = header.indexOf(' ');
  if (space <= 0) return false;
  const scheme = header.slice(0, space).toLowerCase();
  const value = header.slice(space + 1).trim();
  if (scheme === 'bearer') return auth.token !== null && same(value, auth.token);
  if (scheme !== 'basic') return false;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  let ok = false;
  // Both checks always run: the time taken does not tell which one matched.
  if (auth.token !== null && same(password, auth.token)) ok = true;
  const expected = auth.basicUsers?.get(user);
  if (same(password, expected ?? `\u0000${password}`) && expected !== undefined) ok = true;
  return ok;
}

/** Makes every route of `app` require the credentials of `auth`. */
export function requireCredentials(app: FastifyInstance, auth: HttpAuth): void {
  app.addHook('onRequest', async (req, reply) => {
    if (credentialsAccepted(auth, req.headers.authorization)) return;
    void reply.header('www-authenticate', 'Basic realm="Tributary", charset="UTF-8"');
    throw new Unauthorized();
  });
}
