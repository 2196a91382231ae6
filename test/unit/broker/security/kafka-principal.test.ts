import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../../../broker/apis/types.js';
import { parsePrincipal, principalToString, samePrincipal, userPrincipal } from '../../../../broker/security/kafka-principal.js';

describe('principals', () => {
  it('writes and parses Kafka’s Type:name form', () => {
    expect(principalToString(ANONYMOUS)).toBe('User:ANONYMOUS');
    expect(principalToString(userPrincipal('alice'))).toBe('User:alice');
    const p = parsePrincipal('User:CN=host:1,O=x');
    expect(p).toEqual({ type: 'User', name: 'CN=host:1,O=x' });
    expect(samePrincipal(p, userPrincipal('CN=host:1,O=x'))).toBe(true);
    expect(samePrincipal(p, userPrincipal('CN=host'))).toBe(false);
    expect(Object.isFrozen(userPrincipal('bob'))).toBe(true);
  });

  it('rejects a string without a type', () => {
    expect(() => parsePrincipal('alice')).toThrow(/expected Type:name/);
    expect(() => parsePrincipal(':alice')).toThrow(/expected Type:name/);
  });
});
