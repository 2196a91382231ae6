import { describe, expect, it } from 'vitest';
import { mapPrincipalName, parsePrincipalMappingRules } from '../../../../broker/security/ssl-principal.js';

describe('ssl.principal.mapping.rules', () => {
  const dn = 'CN=alice,OU=ServiceUsers,O=Example,C=US';

  it('DEFAULT keeps the distinguished name', () => {
    expect(mapPrincipalName(parsePrincipalMappingRules('DEFAULT'), dn)).toBe(dn);
  });

  it('applies the first rule that matches the whole name, with groups and case', () => {
    const rules = parsePrincipalMappingRules('RULE:^CN=(.*?),OU=Admins.*$/admin-$1/, RULE:^CN=(.*?),OU=ServiceUsers.*$/$1/U, DEFAULT');
    expect(mapPrincipalName(rules, dn)).toBe('ALICE');
    expect(mapPrincipalName(rules, 'CN=bob,OU=Admins,O=Example')).toBe('admin-bob');
    expect(mapPrincipalName(rules, 'CN=carol,O=Other')).toBe('CN=carol,O=Other');
  });

  it('a name no rule matches has no principal', () => {
    expect(mapPrincipalName(parsePrincipalMappingRules('RULE:^CN=(.*),O=Example$/$1/L'), dn)).toBeNull();
  });

  it.each(['', 'RULE:abc', 'SOMETHING', 'RULE:(/x/'])('rejects %j', (text) => {
    expect(() => parsePrincipalMappingRules(text)).toThrow(/ssl.principal.mapping.rules/);
  });
});
