/**
 * SASL/PLAIN on the broker (RFC 4616, as Kafka's PlainSaslServer): one token
 * `[authzid] NUL authcid NUL passwd`, checked against the listener's JAAS
 * config, whose `user_<name>="<password>"` options are the user database.
 * An authorization id, when sent, must equal the user name.
 */
import crypto from 'node:crypto';
import { SaslAuthenticationError, type SaslServer } from './sasl-server.js';

/** Passwords by user name (from `user_<name>` JAAS options). */
export type PlainUsers = ReadonlyMap<string, string>;

/** The user database of a PlainLoginModule's options. */
export function plainUsersOf(options: ReadonlyMap<string, string>): Map<string, string> {
  const users = new Map<string, string>();
  for (const [k, v] of options) if (k.startsWith('user_')) users.set(k.slice(5), v);
  return users;
}

/** Compares two strings in time independent of where they differ. */
function sameSecret(a: string, b: string): boolean {
  const ha = crypto.createHash('sha256').update(a, 'utf8').digest();
  const hb = crypto.createHash('sha256').update(b, 'utf8').digest();
  return crypto.timingSafeEqual(ha, hb);
}

/** One PLAIN exchange. */
export class PlainSaslServer implements SaslServer {
  readonly mechanism = 'PLAIN';
  complete = false;
  authorizationId: string | null = null;
  claimedUser: string | null = null;

  /** Creates the exchange against a user database. */
  constructor(private readonly users: PlainUsers) {}

  evaluate(token: Buffer): Buffer {
    if (this.complete) throw new SaslAuthenticationError('PLAIN authentication already completed');
    const parts = token.toString('utf8').split('\u0000');
    if (parts.length !== 3) throw new SaslAuthenticationError('Invalid SASL/PLAIN response: expected 3 tokens');
    const [authzid, user, password] = parts;
    if (user === '') throw new SaslAuthenticationError('Authentication failed: username not specified');
    this.claimedUser = user;
    if (password === '') throw new SaslAuthenticationError('Authentication failed: password not specified');
    const expected = this.users.get(user);
    if (expected === undefined || !sameSecret(password, expected)) {
      throw new SaslAuthenticationError('Authentication failed: Invalid username or password');
    }
    if (authzid !== '' && authzid !== user) {
      throw new SaslAuthenticationError('Authentication failed: Client requested an authorization id that is different from username');
    }
    this.authorizationId = user;
    this.complete = true;
    return Buffer.alloc(0);
  }
}
