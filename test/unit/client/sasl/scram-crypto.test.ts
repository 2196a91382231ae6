import { describe, expect, it } from 'vitest';
import {
  clientKey,
  clientProof,
  decodeSaslName,
  encodeSaslName,
  hmac,
  parseAttributes,
  saltedPassword,
  scramMechanism,
  scramMechanismOfType,
  serverKey,
  storedKey,
  xor,
} from '../../../../client/sasl/scram-crypto.js';

describe('SCRAM key derivation', () => {
  it('reproduces RFC 7677’s SCRAM-SHA-256 example exchange', async () => {
    const m = scramMechanism('SCRAM-SHA-256')!;
    const clientFirstBare = 'n=user,r=rOprNGfwEbeRWgbNEkqO';
    const serverFirst = 'r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096';
    const finalWithoutProof = 'c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0';
    const auth = `${clientFirstBare},${serverFirst},${finalWithoutProof}`;
    const salted = await saltedPassword(m, 'pencil', Buffer.from('W22ZaJ0SNY7soEsUEjb6gQ==', 'base64'), 4096);
    const ck = clientKey(m, salted);
    expect(clientProof(m, ck, auth).toString('base64')).toBe('dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=');
    expect(hmac(m, serverKey(m, salted), auth).toString('base64')).toBe('6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=');
    // The server's check: ClientKey recovered from the proof hashes to StoredKey.
    const recovered = xor(clientProof(m, ck, auth), hmac(m, storedKey(m, ck), auth));
    expect(storedKey(m, recovered).equals(storedKey(m, ck))).toBe(true);
  });

  it('knows Kafka’s two mechanisms by name and type byte', () => {
    expect(scramMechanism('SCRAM-SHA-512')?.keyLength).toBe(64);
    expect(scramMechanismOfType(1)?.name).toBe('SCRAM-SHA-256');
    expect(scramMechanismOfType(2)?.name).toBe('SCRAM-SHA-512');
    expect(scramMechanismOfType(0)).toBeUndefined();
    expect(scramMechanism('scram-sha-256')).toBeUndefined();
  });

  it('escapes user names and parses attributes', () => {
    expect(encodeSaslName('a,b=c')).toBe('a=2Cb=3Dc');
    expect(decodeSaslName('a=2Cb=3Dc')).toBe('a,b=c');
    expect(() => decodeSaslName('a=4')).toThrow(/=2C or =3D/);
    expect(parseAttributes('r=abc,s=x==,i=4096')).toEqual([
      ['r', 'abc'],
      ['s', 'x=='],
      ['i', '4096'],
    ]);
    expect(() => parseAttributes('r=abc,bogus')).toThrow(/not key=value/);
    expect(() => parseAttributes('r=abc,ext=1')).toThrow(/unknown attribute/);
    expect(parseAttributes('r=abc,tokenauth=true', true)).toContainEqual(['tokenauth', 'true']);
    expect(() => xor(Buffer.alloc(2), Buffer.alloc(3))).toThrow();
  });
});
