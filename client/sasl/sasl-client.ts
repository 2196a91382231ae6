/**
 * The client side of SASL PLAIN and SCRAM-SHA-256/512: the tokens a client
 * sends in SaslAuthenticate, one exchange at a time. PLAIN is one token
 * (`NUL user NUL password`); SCRAM is client-first, then client-final
 * computed from the server-first answer, then the server-final answer is
 * checked (the broker proves it knows the credential too).
 */
import {
  clientKey,
  clientProof,
  encodeSaslName,
  hmac,
  newNonce,
  parseAttributes,
  saltedPassword,
  scramMechanism,
  serverKey,
} from './scram-crypto.js';

/** One authentication exchange: the next token to send for the server's last answer, or null when done. */
export interface SaslClientExchange {
  /** The first token. */
  start(): Buffer;
  /** The token answering `challenge`, or null when the exchange is complete; throws when the server cannot be trusted. */
  next(challenge: Buffer): Promise<Buffer | null>;
}

/** PLAIN: one token. */
export function plainExchange(username: string, password: string): SaslClientExchange {
  return {
    start: () => Buffer.from(`\u0000${username}\u0000${password}`, 'utf8'),
    next: () => Promise.resolve(null),
  };
}

/** SCRAM-SHA-256 or SCRAM-SHA-512. */
export function scramExchange(mechanism: string, username: string, password: string): SaslClientExchange {
  const m = scramMechanism(mechanism);
  if (!m) throw new Error(`unknown SCRAM mechanism ${mechanism}`);
  const nonce = newNonce();
  const clientFirstBare = `n=${encodeSaslName(username)},r=${nonce}`;
  let expectedServerSignature: string | null = null;
  return {
    start: () => Buffer.from(`n,,${clientFirstBare}`, 'utf8'),
    async next(challenge) {
      const text = challenge.toString('utf8');
      if (expectedServerSignature !== null) {
        const v = parseAttributes(text, true).find(([k]) => k === 'v')?.[1];
        if (v !== expectedServerSignature) throw new Error(`${mechanism}: the broker's server signature does not match`);
        return null;
      }
      const attrs = new Map(parseAttributes(text, true));
      const r = attrs.get('r');
      const s = attrs.get('s');
      const i = Number(attrs.get('i'));
      if (!r || !r.startsWith(nonce) || !s || !Number.isInteger(i) || i < 1)
        throw new Error(`${mechanism}: malformed server-first message`);
      const salted = await saltedPassword(m, password, Buffer.from(s, 'base64'), i);
      const withoutProof = `c=biws,r=${r}`;
      const authMessage = `${clientFirstBare},${text},${withoutProof}`;
      expectedServerSignature = hmac(m, serverKey(m, salted), authMessage).toString('base64');
      const proof = clientProof(m, clientKey(m, salted), authMessage);
      return Buffer.from(`${withoutProof},p=${proof.toString('base64')}`, 'utf8');
    },
  };
}
