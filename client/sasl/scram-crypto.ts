/**
 * SCRAM (RFC 5802, with SHA-256 and SHA-512 as RFC 7677 and Kafka's KIP-84
 * use them): the key derivation and the messages both sides exchange. The
 * client (client/sasl/) and the broker (broker/security/) share it.
 *
 * Keys, for a password, salt and iteration count:
 * ```
 * SaltedPassword  = Hi(Normalize(password), salt, i)     Hi = PBKDF2-HMAC-H
 * ClientKey       = HMAC(SaltedPassword, "Client Key")
 * StoredKey       = H(ClientKey)
 * ServerKey       = HMAC(SaltedPassword, "Server Key")
 * AuthMessage     = client-first-message-bare + "," + server-first-message + "," + client-final-message-without-proof
 * ClientSignature = HMAC(StoredKey, AuthMessage)
 * ClientProof     = ClientKey XOR ClientSignature
 * ServerSignature = HMAC(ServerKey, AuthMessage)
 * ```
 * The server keeps only salt, StoredKey, ServerKey and the iterations; it
 * checks a proof by recovering ClientKey = ClientProof XOR ClientSignature
 * and comparing H(ClientKey) with StoredKey.
 *
 * Departure: Normalize is the identity (Kafka's Java client does not apply
 * SASLprep either), so the same password bytes give the same keys as Kafka.
 */
import crypto from 'node:crypto';

/** The SCRAM mechanisms Kafka defines, as named in SaslHandshake and configs. */
export type ScramMechanismName = 'SCRAM-SHA-256' | 'SCRAM-SHA-512';

/** One SCRAM mechanism. */
export interface ScramMechanism {
  readonly name: ScramMechanismName;
  /** Node's digest name. */
  readonly hash: 'sha256' | 'sha512';
  /** Digest length in bytes. */
  readonly keyLength: number;
  /** Kafka's ScramMechanism type byte in Alter/DescribeUserScramCredentials (1 = SHA-256, 2 = SHA-512). */
  readonly type: number;
  /** Fewest iterations Kafka accepts (4096). */
  readonly minIterations: number;
  /** Most iterations Kafka accepts (16384). */
  readonly maxIterations: number;
}

/** Kafka's two SCRAM mechanisms. */
export const SCRAM_MECHANISMS: readonly ScramMechanism[] = [
  { name: 'SCRAM-SHA-256', hash: 'sha256', keyLength: 32, type: 1, minIterations: 4096, maxIterations: 16384 },
  { name: 'SCRAM-SHA-512', hash: 'sha512', keyLength: 64, type: 2, minIterations: 4096, maxIterations: 16384 },
];

/** The mechanism of a name (case-sensitive, as Kafka), or undefined. */
export function scramMechanism(name: string): ScramMechanism | undefined {
  return SCRAM_MECHANISMS.find((m) => m.name === name);
}

/** The mechanism of Kafka's type byte, or undefined (0 = UNKNOWN). */
export function scramMechanismOfType(type: number): ScramMechanism | undefined {
  return SCRAM_MECHANISMS.find((m) => m.type === type);
}

/** Hi(password, salt, i): PBKDF2 with HMAC-H; asynchronous (Node's thread pool), as it is slow by design. */
export function saltedPassword(m: ScramMechanism, password: string, salt: Buffer, iterations: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    crypto.pbkdf2(Buffer.from(password, 'utf8'), salt, iterations, m.keyLength, m.hash, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** HMAC-H(key, data). */
export function hmac(m: ScramMechanism, key: Buffer, data: Buffer | string): Buffer {
  return crypto.createHmac(m.hash, key).update(data).digest();
}

/** H(data). */
export function digest(m: ScramMechanism, data: Buffer): Buffer {
  return crypto.createHash(m.hash).update(data).digest();
}

/** ClientKey = HMAC(SaltedPassword, "Client Key"). */
export function clientKey(m: ScramMechanism, salted: Buffer): Buffer {
  return hmac(m, salted, 'Client Key');
}

/** ServerKey = HMAC(SaltedPassword, "Server Key"). */
export function serverKey(m: ScramMechanism, salted: Buffer): Buffer {
  return hmac(m, salted, 'Server Key');
}

/** StoredKey = H(ClientKey). */
export function storedKey(m: ScramMechanism, ck: Buffer): Buffer {
  return digest(m, ck);
}

/** a XOR b (equal lengths; throws otherwise). */
export function xor(a: Buffer, b: Buffer): Buffer {
  if (a.length !== b.length) throw new Error(`SCRAM: cannot xor ${a.length} and ${b.length} bytes`);
  const out = Buffer.allocUnsafe(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] ^ b[i];
  return out;
}

/** ClientProof = ClientKey XOR HMAC(StoredKey, AuthMessage). */
export function clientProof(m: ScramMechanism, ck: Buffer, authMessage: string): Buffer {
  return xor(ck, hmac(m, storedKey(m, ck), authMessage));
}

/**
 * A nonce: 24 random bytes as 48 hex digits. RFC 5802 allows any printable
 * character but ','; letters and digits only (as Kafka's own nonces) because
 * librdkafka mishandles a server nonce holding '=' (it reports a nonce mismatch).
 */
export function newNonce(): string {
  return crypto.randomBytes(24).toString('hex');
}

/** A user name as SCRAM writes it (`,` → `=2C`, `=` → `=3D`). */
export function encodeSaslName(name: string): string {
  return name.replace(/=/g, '=3D').replace(/,/g, '=2C');
}

/** The inverse of encodeSaslName; throws on a '=' not followed by 2C or 3D. */
export function decodeSaslName(s: string): string {
  if (/=(?!2C|3D)/.test(s)) throw new Error(`invalid SCRAM user name '${s}' ('=' must be written =2C or =3D)`);
  return s.replace(/=2C/g, ',').replace(/=3D/g, '=');
}

/**
 * Splits `k=v,k=v` into its attributes in order. Throws on an item without
 * `=` or a key that is not one letter (RFC 5802 attributes are one letter;
 * Kafka's extensions, longer keys, are returned too when `allowExtensions`).
 */
export function parseAttributes(message: string, allowExtensions = false): [string, string][] {
  const out: [string, string][] = [];
  for (const item of message.split(',')) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new Error(`malformed SCRAM message: '${item}' is not key=value`);
    const key = item.slice(0, eq);
    if (key.length !== 1 && !allowExtensions) throw new Error(`malformed SCRAM message: unknown attribute '${key}'`);
    out.push([key, item.slice(eq + 1)]);
  }
  return out;
}
