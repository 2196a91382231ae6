import { describe, expect, it } from 'vitest';
import { scramMechanism } from '../../../../client/sasl/scram-crypto.js';
import { credentialFromPassword, formatCredential, parseCredential } from '../../../../broker/security/scram-credential.js';

describe('SCRAM credentials in Kafka’s string form', () => {
  it('round-trips salt, stored key, server key and iterations', async () => {
    const m = scramMechanism('SCRAM-SHA-512')!;
    const c = await credentialFromPassword(m, 'alice-secret', 8192, Buffer.from('0123456789abcdef'));
    const s = formatCredential(c);
    expect(s).toMatch(/^salt=MDEyMzQ1Njc4OWFiY2RlZg==,stored_key=[A-Za-z0-9+/=]{88},server_key=[A-Za-z0-9+/=]{88},iterations=8192$/);
    const back = parseCredential(s);
    expect(back.salt.equals(c.salt)).toBe(true);
    expect(back.storedKey.equals(c.storedKey)).toBe(true);
    expect(back.serverKey.equals(c.serverKey)).toBe(true);
    expect(back.iterations).toBe(8192);
  });

  it('names what is missing in a malformed credential', () => {
    expect(() => parseCredential('salt=AA==,stored_key=AA==,iterations=4096')).toThrow(/no server_key/);
    expect(() => parseCredential('salt=AA==,stored_key=AA==,server_key=AA==,iterations=x')).toThrow(/iterations/);
    expect(() => parseCredential('garbage')).toThrow(/not key=value/);
  });
});
