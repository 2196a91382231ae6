/**
 * A SCRAM credential as Kafka stores it (ScramCredential): salt, StoredKey,
 * ServerKey and the iteration count — never the password — and its string
 * form, the value of a `SCRAM-SHA-256` / `SCRAM-SHA-512` key in a user's
 * entity config (ZooKeeper `/config/users/<name>`, or the local metadata
 * store):
 *
 * ```
 * salt=<base64>,stored_key=<base64>,server_key=<base64>,iterations=<n>
 * ```
 *
 * Base64 is standard with padding, as Java's Base64.getEncoder().
 */
import crypto from 'node:crypto';
import { clientKey, saltedPassword, serverKey, storedKey, type ScramMechanism } from '../../client/sasl/scram-crypto.js';

/** What the broker keeps of a SCRAM user's password, for one mechanism. */
export interface ScramCredential {
  readonly salt: Buffer;
  readonly storedKey: Buffer;
  readonly serverKey: Buffer;
  readonly iterations: number;
}

/** The credential of a salted password (what AlterUserScramCredentials carries). */
export function credentialFromSaltedPassword(m: ScramMechanism, salt: Buffer, salted: Buffer, iterations: number): ScramCredential {
  return { salt, storedKey: storedKey(m, clientKey(m, salted)), serverKey: serverKey(m, salted), iterations };
}

/** The credential of a password; a random 32-byte salt unless given. */
export async function credentialFromPassword(
  m: ScramMechanism,
  password: string,
  iterations: number,
  salt: Buffer = crypto.randomBytes(32),
): Promise<ScramCredential> {
  return credentialFromSaltedPassword(m, salt, await saltedPassword(m, password, salt, iterations), iterations);
}

/** Kafka's string form: `salt=...,stored_key=...,server_key=...,iterations=n`. */
export function formatCredential(c: ScramCredential): string {
  return `salt=${c.salt.toString('base64')},stored_key=${c.storedKey.toString('base64')},server_key=${c.serverKey.toString('base64')},iterations=${c.iterations}`;
}

/** Parses Kafka's string form; throws an error naming what is missing or malformed. */
export function parseCredential(s: string): ScramCredential {
  const fields = new Map<string, string>();
  for (const item of s.split(',')) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new Error(`malformed SCRAM credential: '${item}' is not key=value`);
    fields.set(item.slice(0, eq).trim(), item.slice(eq + 1).trim());
  }
  const need = (k: string): string => {
    const v = fields.get(k);
    if (v === undefined || v === '') throw new Error(`malformed SCRAM credential: no ${k}`);
    return v;
  };
  const iterations = Number(need('iterations'));
  if (!Number.isInteger(iterations) || iterations <= 0)
    throw new Error(`malformed SCRAM credential: iterations '${fields.get('iterations')}'`);
  return {
    salt: Buffer.from(need('salt'), 'base64'),
    storedKey: Buffer.from(need('stored_key'), 'base64'),
    serverKey: Buffer.from(need('server_key'), 'base64'),
    iterations,
  };
}
