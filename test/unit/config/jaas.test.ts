import { describe, expect, it } from 'vitest';
import { jaasModuleFor, parseJaasConfig } from '../../../config/security/jaas.js';

describe('JAAS config', () => {
  it('parses quoted and bare values, escapes, and several modules', () => {
    const m = parseJaasConfig(
      'org.apache.kafka.common.security.plain.PlainLoginModule required username="ad;min" password="p\\"w=1" user_bob=bare; x.Y optional;',
    );
    expect(m).toHaveLength(2);
    expect(m[0].flag).toBe('required');
    expect([...m[0].options]).toEqual([
      ['username', 'ad;min'],
      ['password', 'p"w=1'],
      ['user_bob', 'bare'],
    ]);
    expect(m[1]).toMatchObject({ loginModule: 'x.Y', flag: 'optional' });
  });

  it.each([
    ['', 'empty'],
    ['a.B required k="v"', "must end with ';'"],
    ['a.B always;', 'control flag'],
    ['a.B required k=;', 'must be name=value'],
    ['a.B required k="open;', 'not closed'],
  ])('rejects %j', (text, message) => {
    expect(() => parseJaasConfig(text)).toThrow(message);
  });

  it('checks the login module of a mechanism', () => {
    const scram = 'org.apache.kafka.common.security.scram.ScramLoginModule required username="u" password="p";';
    expect(jaasModuleFor(scram, 'SCRAM-SHA-512').options.get('username')).toBe('u');
    expect(() => jaasModuleFor(scram, 'PLAIN')).toThrow('must use org.apache.kafka.common.security.plain.PlainLoginModule');
  });
});
