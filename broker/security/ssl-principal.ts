/**
 * The principal of a TLS client certificate, as Kafka's default principal
 * builder makes it: `User:<distinguished name>`, the subject written as
 * RFC 2253 does (most specific first: `CN=alice,OU=eng,O=Example,C=US`), then
 * passed through `ssl.principal.mapping.rules`:
 * ```
 * RULE:<pattern>/<replacement>/[L|U], ..., DEFAULT
 * ```
 * Rules are tried in order; the first whose pattern matches the whole name
 * replaces it (`$1` refers to a group; `L`/`U` lower- or upper-cases the
 * result); `DEFAULT` keeps the name as it is. A name no rule matches cannot
 * authenticate. A connection without a client certificate is User:ANONYMOUS.
 */
import type { X509Certificate } from 'node:crypto';

/** One parsed mapping rule. */
export interface PrincipalMappingRule {
  /** null for DEFAULT. */
  readonly pattern: RegExp | null;
  readonly replacement: string;
  readonly toCase: 'L' | 'U' | null;
}

/** A mapping rule that does not parse. */
export class PrincipalMappingError extends Error {
  /** Builds the error. */
  constructor(message: string) {
    super(message);
    this.name = 'PrincipalMappingError';
  }
}

/** Reads up to the next unescaped '/' from `i`; returns the text (escapes of '/' removed) and the index after the '/'. */
function untilSlash(s: string, i: number): [string, number] {
  let out = '';
  while (i < s.length) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) {
      out += s[i + 1] === '/' ? '/' : c + s[i + 1];
      i += 2;
      continue;
    }
    if (c === '/') return [out, i + 1];
    out += c;
    i++;
  }
  throw new PrincipalMappingError(`ssl.principal.mapping.rules: a RULE needs pattern/replacement/ (missing '/')`);
}

/** Parses `ssl.principal.mapping.rules`; throws PrincipalMappingError on bad syntax. */
export function parsePrincipalMappingRules(text: string): PrincipalMappingRule[] {
  const rules: PrincipalMappingRule[] = [];
  let i = 0;
  const s = text.trim();
  while (i < s.length) {
    while (i < s.length && /[\s,]/.test(s[i])) i++;
    if (i >= s.length) break;
    if (s.startsWith('DEFAULT', i)) {
      rules.push({ pattern: null, replacement: '', toCase: null });
      i += 'DEFAULT'.length;
    } else if (s.startsWith('RULE:', i)) {
      const [pattern, afterPattern] = untilSlash(s, i + 5);
      const [replacement, afterReplacement] = untilSlash(s, afterPattern);
      i = afterReplacement;
      let toCase: 'L' | 'U' | null = null;
      if (s[i] === 'L' || s[i] === 'U') toCase = s[i++] as 'L' | 'U';
      let re: RegExp;
      try {
        re = new RegExp(`^(?:${pattern})$`);
      } catch (err) {
        throw new PrincipalMappingError(`ssl.principal.mapping.rules: bad pattern '${pattern}': ${(err as Error).message}`);
      }
      rules.push({ pattern: re, replacement, toCase });
    } else {
      throw new PrincipalMappingError(`ssl.principal.mapping.rules: expected RULE:... or DEFAULT at '${s.slice(i, i + 20)}'`);
    }
    while (i < s.length && s[i] !== ',') {
      if (!/\s/.test(s[i])) throw new PrincipalMappingError(`ssl.principal.mapping.rules: unexpected '${s.slice(i, i + 20)}' after a rule`);
      i++;
    }
  }
  if (rules.length === 0) throw new PrincipalMappingError('ssl.principal.mapping.rules is empty (use DEFAULT)');
  return rules;
}

/** Applies the rules to a distinguished name; null when none matches. */
export function mapPrincipalName(rules: readonly PrincipalMappingRule[], dn: string): string | null {
  for (const r of rules) {
    if (r.pattern === null) return dn;
    if (!r.pattern.test(dn)) continue;
    const out = dn.replace(r.pattern, r.replacement);
    return r.toCase === 'L' ? out.toLowerCase() : r.toCase === 'U' ? out.toUpperCase() : out;
  }
  return null;
}

/** A certificate's subject in RFC 2253 form (Node writes it most general first, one attribute a line). */
export function distinguishedName(cert: X509Certificate): string {
  return cert.subject
    .split('\n')
    .filter((s) => s !== '')
    .reverse()
    .join(',');
}
