/**
 * The generator's table modules: errors.ts (the error-code enum from
 * errors.json), api-keys.ts (every API's key, name and version ranges) and
 * codecs.ts (all message codecs by name, for generic clients and tests),
 * and one <name>-api.ts per API: its ApiMeta (protocol/api-meta.ts).
 */
import type { MessageSchema } from './schema.js';
import { HEADER, moduleName } from './names.js';

/** errors.ts from errors.json. */
export function errorsModule(errorsJson: string): string {
  const errs: { code: number; name: string; retriable: boolean }[] = JSON.parse(errorsJson);
  const lines = [HEADER, '/** Kafka error codes by name. */', 'export const ErrorCode = {'];
  for (const e of errs) lines.push(`  ${e.name}: ${e.code},`);
  lines.push(
    '} as const;',
    '',
    '/** A Kafka error code (a value of ErrorCode). */',
    'export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];',
    '',
  );
  lines.push('/** Every error code with its name and whether clients retry it. */');
  lines.push('export const ERRORS: readonly { code: number; name: string; retriable: boolean }[] = [');
  for (const e of errs) lines.push(`  { code: ${e.code}, name: '${e.name}', retriable: ${e.retriable} },`);
  lines.push('];', '');
  lines.push('const BY_CODE = new Map(ERRORS.map((e) => [e.code, e]));', '');
  lines.push('/** The name of an error code (UNKNOWN_<code> if unknown). */');
  lines.push('export function errorName(code: number): string {');
  lines.push('  return BY_CODE.get(code)?.name ?? `UNKNOWN_${code}`;');
  lines.push('}', '');
  lines.push(
    '/**',
    ' * A code held as a plain number (a service result, a wire value) as ErrorCode.',
    ' * Unchecked on purpose: the set is open, as on the wire (a newer peer may',
    ' * send codes this table lacks); errorName() names unknown ones.',
    ' */',
  );
  lines.push('export function asErrorCode(code: number): ErrorCode {');
  lines.push('  return code as ErrorCode;');
  lines.push('}', '');
  lines.push('/** Whether clients retry an error code. */');
  lines.push('export function isRetriable(code: number): boolean {');
  lines.push('  return BY_CODE.get(code)?.retriable ?? false;');
  lines.push('}');
  return lines.join('\n') + '\n';
}

/** api-keys.ts: the API table. */
export function apiKeysModule(schemas: MessageSchema[]): string {
  const reqs = schemas.filter((s) => s.type === 'request' && s.apiKey !== null).sort((a, b) => a.apiKey! - b.apiKey!);
  const byName = new Map(schemas.map((s) => [s.name, s]));
  const lines = [HEADER, '/** One Kafka API: its key, name and the version ranges of its schemas. */'];
  lines.push(
    'export interface ApiInfo {',
    '  apiKey: number;',
    '  name: string;',
    '  minVersion: number;',
    '  maxVersion: number;',
    '  requestFlexibleMin: number;',
    '  responseFlexibleMin: number;',
    '}',
    '',
  );
  lines.push('/** API keys by name. */', 'export const ApiKey = {');
  for (const r of reqs) lines.push(`  ${r.name.replace(/Request$/, '')}: ${r.apiKey},`);
  lines.push('} as const;', '');
  lines.push('/** Every API of the schemas, by key. */', 'export const APIS: readonly ApiInfo[] = [');
  for (const r of reqs) {
    const resp = byName.get(r.name.replace(/Request$/, 'Response'));
    const fmin = (s: MessageSchema | undefined): number =>
      s && s.flexibleVersions.min <= s.flexibleVersions.max ? s.flexibleVersions.min : -1;
    lines.push(
      `  { apiKey: ${r.apiKey}, name: '${r.name.replace(/Request$/, '')}', minVersion: ${r.validVersions.min}, maxVersion: ${r.validVersions.max}, requestFlexibleMin: ${fmin(r)}, responseFlexibleMin: ${fmin(resp)} },`,
    );
  }
  lines.push('];');
  return lines.join('\n') + '\n';
}

/** codecs.ts: every codec by message name. */
export function codecsModule(schemas: MessageSchema[]): string {
  const lines = [HEADER, "import type { Reader } from '../reader.js';", "import type { Writer } from '../writer.js';"];
  const entries: string[] = [];
  for (const s of schemas) {
    lines.push(`import { decode${s.name}, encode${s.name}, ${s.name}Meta } from './${moduleName(s.name)}.js';`);
    entries.push(`  ${s.name}: { meta: ${s.name}Meta, decode: decode${s.name}, encode: encode${s.name} as Codec['encode'] },`);
  }
  lines.push('');
  lines.push('/** A message codec, untyped, for generic use (tests, tools). */');
  lines.push('export interface Codec {');
  lines.push('  meta: { name: string; apiKey: number; minVersion: number; maxVersion: number; flexibleMin: number };');
  lines.push('  decode(r: Reader, v: number): unknown;');
  lines.push('  encode(w: Writer, v: number, o: unknown): void;');
  lines.push('}', '');
  lines.push('/** Every message codec by message name. */');
  lines.push('export const CODECS: Record<string, Codec> = {');
  lines.push(...entries);
  lines.push('};');
  return lines.join('\n') + '\n';
}

/**
 * The per-API modules (<name>-api.ts): one ApiMeta per request schema with an
 * API key, binding the request and response codecs to the key, name and
 * version ranges. Returns [file name, text] pairs.
 */
export function apiModules(schemas: MessageSchema[]): [string, string][] {
  const byName = new Map(schemas.map((s) => [s.name, s]));
  const out: [string, string][] = [];
  for (const req of schemas) {
    if (req.type !== 'request' || req.apiKey === null) continue;
    const name = req.name.replace(/Request$/, '');
    const resp = byName.get(`${name}Response`);
    if (!resp) throw new Error(`${req.name}: no ${name}Response schema`);
    if (resp.validVersions.min !== req.validVersions.min || resp.validVersions.max !== req.validVersions.max) {
      throw new Error(`${name}: request and response schemas disagree on validVersions`);
    }
    const fmin = (s: MessageSchema): number => (s.flexibleVersions.min <= s.flexibleVersions.max ? s.flexibleVersions.min : -1);
    const api = `${name}Api`;
    const lines = [
      HEADER,
      "import type { ApiMeta } from '../api-meta.js';",
      `import { decode${req.name}, encode${req.name}, type ${req.name} } from './${moduleName(req.name)}.js';`,
      `import { decode${resp.name}, encode${resp.name}, type ${resp.name} } from './${moduleName(resp.name)}.js';`,
      '',
      `/** ${name} (API key ${req.apiKey}): versions ${req.validVersions.min}-${req.validVersions.max} (inclusive) and codecs. */`,
      `export const ${api}: ApiMeta<${req.name}, ${resp.name}> = {`,
      `  apiKey: ${req.apiKey},`,
      `  name: '${name}',`,
      `  minVersion: ${req.validVersions.min},`,
      `  maxVersion: ${req.validVersions.max},`,
      `  latestVersionUnstable: ${req.latestVersionUnstable},`,
      `  requestFlexibleMin: ${fmin(req)},`,
      `  responseFlexibleMin: ${fmin(resp)},`,
      `  decodeRequest: decode${req.name},`,
      `  encodeRequest: encode${req.name},`,
      `  decodeResponse: decode${resp.name},`,
      `  encodeResponse: encode${resp.name},`,
      '};',
    ];
    out.push([`${moduleName(name)}-api.ts`, lines.join('\n') + '\n']);
  }
  return out;
}
