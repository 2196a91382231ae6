/**
 * The protocol code generator.
 *
 *   tsx protocol/codegen/generate.ts <schema folder> <output folder>
 *
 * Reads Kafka's message schemas and writes, for each message, a TypeScript
 * module with its types (interfaces named after the schema's structs, fields
 * lower-camel; int16 `ErrorCode`/`*ErrorCode` fields typed as the ErrorCode
 * enum) and a decoder and encoder covering every valid version: flexible
 * versions (compact lengths, tagged fields), nullable fields, defaults. As in
 * Kafka's generated code, an encoder asked to write a non-default value into
 * a field the version lacks throws UnsupportedVersionError, unless the schema
 * marks the field `ignorable` (then it is dropped); a tagged field is written
 * only when it differs from its default. The output type-checks with
 * noUnusedLocals (imports follow what a module uses). Also writes errors.ts (the error-code enum), api-keys.ts (every
 * API's key, name and version range) and codecs.ts (a table of all codecs by
 * API key, for generic clients and tests), and per API a <name>-api.ts with
 * its ApiMeta (key, name, versions, request and response codecs) that
 * handlers and clients bind to. The output carries names, types and versions
 * only, never the schemas' prose.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  collectStructs,
  elementType,
  isPrimitive,
  loadSchemas,
  propertyName,
  type FieldSchema,
  type MessageSchema,
  type StructSchema,
  type VersionRange,
} from './schema.js';

import { HEADER, moduleName } from './names.js';
import { apiKeysModule, apiModules, codecsModule, errorsModule } from './table-modules.js';

export { moduleName } from './names.js';

/** A schema version range as the schemas write it: "8+", "0-7" or "3". */
function versionText(r: VersionRange): string {
  if (r.max === Infinity) return `${r.min}+`;
  return r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`;
}

class Emitter {
  readonly lines: string[] = [];
  private depth = 0;
  line(s = ''): void {
    this.lines.push(s === '' ? '' : '  '.repeat(this.depth) + s);
  }
  open(s: string): void {
    this.line(s);
    this.depth++;
  }
  close(s = '}'): void {
    this.depth--;
    this.line(s);
  }
  /** Indents one level after a `close('} else {')`. */
  depthUp(): void {
    this.depth++;
  }
}

/** Generates one message module. */
class MessageGenerator {
  private readonly structs: Map<string, StructSchema>;
  private readonly valid: VersionRange;
  private readonly out = new Emitter();
  /** Structs whose isDefault<Name> function the output needs. */
  private readonly defaultChecked = new Set<string>();
  private tmp = 0;

  constructor(private readonly msg: MessageSchema) {
    this.structs = collectStructs(msg);
    this.valid = msg.validVersions;
    if (this.structs.has(msg.name)) throw new Error(`${msg.name}: a struct shares the message's name`);
  }

  /** A condition on `v` for a range, relative to the message's valid versions. */
  private cond(r: VersionRange, within: VersionRange = this.valid): string {
    const lo = Math.max(r.min, within.min);
    const hi = Math.min(r.max, within.max);
    if (lo > hi) return 'false';
    const parts: string[] = [];
    if (lo > within.min) parts.push(`v >= ${lo}`);
    if (hi < within.max) parts.push(`v <= ${hi}`);
    return parts.length ? parts.join(' && ') : 'true';
  }

  private flexExpr(f: FieldSchema): string {
    if (f.flexibleVersions) return this.cond(f.flexibleVersions);
    return 'flex';
  }

  private isTagged(f: FieldSchema): boolean {
    return f.taggedVersions.min <= f.taggedVersions.max;
  }

  private isNullable(f: FieldSchema): boolean {
    return f.nullableVersions.min <= f.nullableVersions.max;
  }

  private structOf(f: FieldSchema): string | null {
    const t = elementType(f.type) ?? f.type;
    return isPrimitive(t) ? null : t;
  }

  private tsPrimitive(t: string): string {
    switch (t) {
      case 'bool':
        return 'boolean';
      case 'string':
      case 'uuid':
        return 'string';
      case 'bytes':
      case 'records':
        return 'Buffer';
      default:
        return 'number';
    }
  }

  /** Error-code fields (`ErrorCode`, `*ErrorCode`, int16) are typed as the generated error enum. */
  private isErrorCode(f: FieldSchema): boolean {
    return f.type === 'int16' && /ErrorCode$/.test(f.name);
  }

  private tsType(f: FieldSchema): string {
    const el = elementType(f.type);
    let base: string;
    if (this.isErrorCode(f)) {
      base = 'ErrorCode';
    } else if (el) base = `${isPrimitive(el) ? this.tsPrimitive(el) : el}[]`;
    else base = isPrimitive(f.type) ? this.tsPrimitive(f.type) : f.type;
    const nullable =
      this.isNullable(f) || f.type === 'records' || (this.isTagged(f) && this.structOf(f) !== null && !el) || f.default === 'null';
    return nullable ? `${base} | null` : base;
  }

  /** The default value expression of a field. */
  private defaultExpr(f: FieldSchema): string {
    const el = elementType(f.type);
    if (f.default === 'null') return 'null';
    if (el) return '[]';
    switch (f.type) {
      case 'bool':
        return f.default === 'true' ? 'true' : 'false';
      case 'string':
        return JSON.stringify(f.default ?? '');
      case 'uuid':
        return 'ZERO_UUID';
      case 'bytes':
        return 'EMPTY';
      case 'records':
        return 'null';
      case 'int8':
      case 'int16':
      case 'uint16':
      case 'int32':
      case 'int64':
      case 'float64':
        return f.default === null || f.default === '' ? '0' : String(Number(f.default));
      default:
        if (this.isTagged(f)) return 'null';
        return `default${f.type}()`;
    }
  }

  private readPrimitive(t: string, flex: string, nullable: string): string {
    switch (t) {
      case 'bool':
        return 'r.bool()';
      case 'int8':
      case 'int16':
      case 'uint16':
      case 'int32':
      case 'int64':
      case 'float64':
      case 'uuid':
        return `r.${t}()`;
      case 'string':
        if (nullable === 'true') return `r.nullableString(${flex})`;
        if (nullable === 'false') return `r.string(${flex})`;
        return `(${nullable} ? r.nullableString(${flex}) : r.string(${flex}))`;
      case 'bytes':
        if (nullable === 'true') return `r.nullableBytes(${flex})`;
        if (nullable === 'false') return `r.bytes(${flex})`;
        return `(${nullable} ? r.nullableBytes(${flex}) : r.bytes(${flex}))`;
      case 'records':
        return `r.nullableBytes(${flex})`;
    }
    throw new Error(`unknown primitive ${t}`);
  }

  /** Emits statements that read field `f` into the local `target`. */
  private emitRead(f: FieldSchema, target: string): void {
    const o = this.out;
    const flex = this.flexExpr(f);
    const nullable = this.cond(f.nullableVersions, f.versions);
    const el = elementType(f.type);
    if (el) {
      const n = `n${this.tmp++}`;
      o.line(`const ${n} = r.arrayLength(${flex});`);
      if (this.isNullable(f)) o.line(`if (${n} < 0) ${target} = null;`);
      else o.line(`if (${n} < 0) ${target} = [];`);
      o.open(`else {`);
      const arr = `a${this.tmp++}`;
      const elType = isPrimitive(el) ? this.tsPrimitive(el) : el;
      o.line(`const ${arr}: ${elType}[] = new Array(${n});`);
      const read = isPrimitive(el) ? this.readPrimitive(el, flex, 'false') : `read${el}(r, v)`;
      o.line(`for (let i = 0; i < ${n}; i++) ${arr}[i] = ${read};`);
      o.line(`${target} = ${arr};`);
      o.close();
      return;
    }
    if (isPrimitive(f.type)) {
      const cast = this.isErrorCode(f) ? ' as ErrorCode' : '';
      o.line(`${target} = ${this.readPrimitive(f.type, flex, nullable)}${cast};`);
      return;
    }
    if (nullable === 'false' || this.isTagged(f)) o.line(`${target} = read${f.type}(r, v);`);
    else if (nullable === 'true') o.line(`${target} = r.int8() < 0 ? null : read${f.type}(r, v);`);
    else o.line(`${target} = ${nullable} && r.int8() < 0 ? null : read${f.type}(r, v);`);
  }

  private writePrimitive(t: string, val: string, flex: string, nullable: string): string {
    switch (t) {
      case 'bool':
      case 'int8':
      case 'int16':
      case 'uint16':
      case 'int32':
      case 'int64':
      case 'float64':
      case 'uuid':
        return `w.${t}(${val});`;
      case 'string':
        return nullable === 'false' ? `w.string(${val} ?? '', ${flex});` : `w.nullableString(${val}, ${flex});`;
      case 'bytes':
        return nullable === 'false' ? `w.bytes(${val} ?? EMPTY, ${flex});` : `w.nullableBytes(${val}, ${flex});`;
      case 'records':
        return `w.nullableBytes(${val}, ${flex});`;
    }
    throw new Error(`unknown primitive ${t}`);
  }

  /** Emits statements that write the value expression `val` of field `f`. */
  private emitWrite(f: FieldSchema, val: string): void {
    const o = this.out;
    const flex = this.flexExpr(f);
    const nullable = this.cond(f.nullableVersions, f.versions);
    const el = elementType(f.type);
    if (el) {
      const a = `a${this.tmp++}`;
      o.line(`const ${a} = ${val};`);
      o.line(`if (${a} === null || ${a} === undefined) w.arrayLength(${nullable === 'false' ? '0' : '-1'}, ${flex});`);
      o.open(`else {`);
      o.line(`w.arrayLength(${a}.length, ${flex});`);
      const write = isPrimitive(el) ? this.writePrimitive(el, `${a}[i]`, flex, 'false') : `write${el}(w, v, ${a}[i]);`;
      o.line(`for (let i = 0; i < ${a}.length; i++) ${write}`);
      o.close();
      return;
    }
    if (isPrimitive(f.type)) {
      if (f.type === 'string' && nullable !== 'false' && nullable !== 'true') {
        o.line(`if (${nullable}) w.nullableString(${val}, ${flex}); else w.string(${val} ?? '', ${flex});`);
      } else if (f.type === 'bytes' && nullable !== 'false' && nullable !== 'true') {
        o.line(`if (${nullable}) w.nullableBytes(${val}, ${flex}); else w.bytes(${val} ?? EMPTY, ${flex});`);
      } else o.line(this.writePrimitive(f.type, val, flex, nullable));
      return;
    }
    if (nullable === 'false' || this.isTagged(f)) {
      o.line(`write${f.type}(w, v, ${val} ?? {});`);
    } else {
      const s = `s${this.tmp++}`;
      o.line(`const ${s} = ${val};`);
      const nullCheck = nullable === 'true' ? '' : `${nullable} && `;
      o.line(`if (${nullCheck}(${s} === null || ${s} === undefined)) w.int8(-1);`);
      o.open(`else {`);
      if (nullable !== 'false') o.line(nullable === 'true' ? 'w.int8(1);' : `if (${nullable}) w.int8(1);`);
      o.line(`write${f.type}(w, v, ${s} ?? {});`);
      o.close();
    }
  }

  /**
   * The "differs from default" test: whether a tagged field is written, and
   * whether a value at a version without the field is refused. Undefined is
   * the default; an empty array (or bytes) counts as default even where the
   * default is null; a struct is default when every field of it is.
   */
  private nonDefault(f: FieldSchema, val: string): string {
    const el = elementType(f.type);
    const d = this.defaultExpr(f);
    if (el)
      return d === 'null' ? `${val} !== null && ${val} !== undefined` : `${val} !== undefined && ${val} !== null && ${val}.length > 0`;
    if (!isPrimitive(f.type)) {
      this.defaultChecked.add(f.type);
      return `${val} !== null && ${val} !== undefined && !isDefault${f.type}(${val})`;
    }
    if (f.type === 'bytes' || f.type === 'records') return `${val} !== undefined && ${val} !== null && ${val}.length > 0`;
    return `${val} !== undefined && ${val} !== ${d}`;
  }

  /** The statement that throws for a non-default value of `f` written at a version that cannot carry it. */
  private unsupported(struct: string, f: FieldSchema, versions: string): string {
    return `throw new UnsupportedVersionError('${this.msg.name}', '${struct}.${propertyName(f.name)}', v, '${versions}');`;
  }

  /** Emits isDefault<Name> for every struct a default test needs (nested ones included). */
  private emitDefaultChecks(): void {
    const o = this.out;
    const done = new Set<string>();
    for (let pending = [...this.defaultChecked]; pending.length > 0; pending = [...this.defaultChecked].filter((n) => !done.has(n))) {
      for (const name of pending) {
        done.add(name);
        const s = this.structs.get(name);
        if (!s) throw new Error(`${this.msg.name}: unknown struct ${name}`);
        const tests = s.fields.map((f) => `!(${this.nonDefault(f, `o.${propertyName(f.name)}`)})`);
        o.open(`function isDefault${name}(o: Input<${name}>): boolean {`);
        o.line(`return ${tests.length ? tests.join(' && ') : 'true'};`);
        o.close();
        o.line();
      }
    }
  }

  private emitStruct(name: string, fields: FieldSchema[]): void {
    const o = this.out;
    const flexCond = this.cond(this.msg.flexibleVersions);
    // Interface.
    o.line(`/** ${name} (generated from ${this.msg.file}). */`);
    o.open(`export interface ${name} {`);
    for (const f of fields) o.line(`${propertyName(f.name)}: ${this.tsType(f)};`);
    o.close();
    o.line();
    // Default instance.
    o.line(`/** A ${name} with every field at its schema default. */`);
    o.open(`export function default${name}(): ${name} {`);
    o.open('return {');
    for (const f of fields) o.line(`${propertyName(f.name)}: ${this.defaultExpr(f)},`);
    o.close('};');
    o.close();
    o.line();
    // Reader.
    const regular = fields;
    const tagged = fields.filter((f) => this.isTagged(f)).sort((a, b) => (a.tag ?? 0) - (b.tag ?? 0));
    o.open(`function read${name}(r: Reader, v: number): ${name} {`);
    o.line(`const flex = ${flexCond};`);
    for (const f of regular) {
      const local = `_${propertyName(f.name)}`;
      o.line(`let ${local}: ${this.tsType(f)} = ${this.defaultExpr(f)};`);
      if (this.isTagged(f)) continue;
      const c = this.cond(f.versions);
      if (c === 'false') continue;
      if (c === 'true') this.emitRead(f, local);
      else {
        o.open(`if (${c}) {`);
        this.emitRead(f, local);
        o.close();
      }
    }
    o.open('if (flex) {');
    o.line('let tags = r.uvarint();');
    o.open('while (tags-- > 0) {');
    // Without known tags the tag number is read and ignored (noUnusedLocals).
    o.line(tagged.length ? 'const tag = r.uvarint();' : 'r.uvarint();');
    o.line('const size = r.uvarint();');
    o.line('const end = r.pos + size;');
    if (tagged.length) {
      o.open('switch (tag) {');
      for (const f of tagged) {
        o.open(`case ${f.tag}: {`);
        o.open(`if (${this.cond(f.taggedVersions)}) {`);
        this.emitRead(f, `_${propertyName(f.name)}`);
        o.close();
        o.line('break;');
        o.close();
      }
      o.close();
    }
    // skip() throws on a size past the input and on a known field that read past its size.
    o.line('r.skip(end - r.pos);');
    o.close();
    o.close();
    o.line(`return { ${fields.map((f) => `${propertyName(f.name)}: _${propertyName(f.name)}`).join(', ')} };`);
    o.close();
    o.line();
    // Writer.
    o.open(`function write${name}(w: Writer, v: number, o: Input<${name}>): void {`);
    o.line(`const flex = ${flexCond};`);
    for (const f of fields) {
      if (this.isTagged(f)) continue;
      const c = this.cond(f.versions);
      const p = propertyName(f.name);
      if (c === 'false') {
        // In no valid version (a field of versions Kafka has since removed).
        if (!f.ignorable) o.line(`if (${this.nonDefault(f, `o.${p}`)}) ${this.unsupported(name, f, versionText(f.versions))}`);
        continue;
      }
      const val = `(o.${p} === undefined ? ${this.defaultExpr(f)} : o.${p})`;
      if (c === 'true') this.emitWrite(f, val);
      else {
        o.open(`if (${c}) {`);
        this.emitWrite(f, val);
        if (f.ignorable) o.close();
        else {
          o.close('} else {');
          o.depthUp();
          o.line(`if (${this.nonDefault(f, `o.${p}`)}) ${this.unsupported(name, f, versionText(f.versions))}`);
          o.close();
        }
      }
    }
    // A tagged field outside its tagged versions (or in a non-flexible version) cannot be carried.
    for (const f of fields) {
      if (!this.isTagged(f) || f.ignorable) continue;
      const c = this.cond(f.taggedVersions);
      if (c === 'true') continue;
      const p = propertyName(f.name);
      const outside = c === 'false' ? '' : `!(${c}) && `;
      o.line(`if (${outside}${this.nonDefault(f, `o.${p}`)}) ${this.unsupported(name, f, `${versionText(f.taggedVersions)} (tagged)`)}`);
    }
    o.open('if (flex) {');
    if (!tagged.length) o.line('w.uvarint(0);');
    else {
      o.line('let tags = 0;');
      tagged.forEach((f, i) => {
        const p = propertyName(f.name);
        o.line(`const t${i} = o.${p};`);
        o.line(`const has${i} = ${this.cond(f.taggedVersions)} && ${this.nonDefault(f, `t${i}`)};`);
        o.line(`if (has${i}) tags++;`);
      });
      o.line('w.uvarint(tags);');
      tagged.forEach((f, i) => {
        o.open(`if (has${i}) {`);
        o.line(`w.uvarint(${f.tag});`);
        o.line('const tw = Writer.acquire();');
        o.open('{');
        o.line('const w = tw;');
        this.emitWrite(f, `t${i}`);
        o.close();
        o.line('w.uvarint(tw.length);');
        o.line('w.append(tw);');
        o.line('Writer.release(tw);');
        o.close();
      });
    }
    o.close();
    o.close();
    o.line();
  }

  generate(): string {
    const m = this.msg;
    const o = this.out;
    const meta = `${m.name}Meta`;
    o.line(`/** ${m.name}: versions and flexible versions. */`);
    const flexMin = m.flexibleVersions.min <= m.flexibleVersions.max ? m.flexibleVersions.min : -1;
    o.line(
      `export const ${meta} = { name: '${m.name}', apiKey: ${m.apiKey ?? -1}, minVersion: ${m.validVersions.min}, maxVersion: ${m.validVersions.max}, flexibleMin: ${flexMin} } as const;`,
    );
    o.line();
    this.emitStruct(m.name, m.fields);
    for (const s of this.structs.values()) this.emitStruct(s.name, s.fields);
    this.emitDefaultChecks();
    o.line(`/** Decodes a ${m.name} of version \`v\`. */`);
    o.open(`export function decode${m.name}(r: Reader, v: number): ${m.name} {`);
    o.line(`return read${m.name}(r, v);`);
    o.close();
    o.line();
    o.line(`/** Encodes a ${m.name} of version \`v\`; missing fields take their defaults. */`);
    o.open(`export function encode${m.name}(w: Writer, v: number, o: Input<${m.name}>): void {`);
    o.line(`write${m.name}(w, v, o);`);
    o.close();
    // Imports follow what the body uses, so the output passes noUnusedLocals.
    const body = o.lines.join('\n');
    const uses = (name: string): boolean => new RegExp(`\\b${name}\\b`).test(body);
    const imports = [HEADER];
    imports.push(uses('ZERO_UUID') ? "import { Reader, ZERO_UUID } from '../reader.js';" : "import { Reader } from '../reader.js';");
    imports.push("import { Writer } from '../writer.js';", "import type { Input } from '../input.js';");
    if (uses('UnsupportedVersionError')) imports.push("import { UnsupportedVersionError } from '../unsupported-version.js';");
    if (uses('ErrorCode')) imports.push("import type { ErrorCode } from './errors.js';");
    if (uses('EMPTY')) imports.push('', 'const EMPTY = Buffer.alloc(0);');
    return (
      [...imports, '', ...o.lines]
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd() + '\n'
    );
  }
}

/** Generates every output file into `outDir` (cleared of old generated files first). */
export function generateAll(schemaDir: string, outDir: string): string[] {
  const schemas = loadSchemas(schemaDir);
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(outDir)) if (f.endsWith('.ts')) fs.rmSync(path.join(outDir, f));
  const written: string[] = [];
  const put = (name: string, text: string): void => {
    fs.writeFileSync(path.join(outDir, name), text);
    written.push(name);
  };
  for (const s of schemas) put(`${moduleName(s.name)}.ts`, new MessageGenerator(s).generate());
  const errorsFile = path.join(fs.existsSync(path.join(schemaDir, 'messages')) ? schemaDir : path.dirname(schemaDir), 'errors.json');
  put('errors.ts', errorsModule(fs.readFileSync(errorsFile, 'utf8')));
  put('api-keys.ts', apiKeysModule(schemas));
  put('codecs.ts', codecsModule(schemas));
  for (const [name, text] of apiModules(schemas)) put(name, text);
  return written;
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (invokedDirectly) {
  const [schemaDir, outDir] = process.argv.slice(2);
  if (!schemaDir || !outDir) {
    console.error('usage: generate.ts <schema folder (kafka-protocol or its messages/)> <output folder>');
    process.exit(2);
  }
  const files = generateAll(schemaDir, outDir);
  console.log(`generated ${files.length} files into ${outDir}`);
}
