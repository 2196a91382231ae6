/**
 * Round-trip property test of every generated codec.
 *
 * For every message schema in protocol/schemas/messages and every
 * version in its validVersions, a seeded PRNG builds random values from the
 * schema: only fields present in that version get random values (the others
 * keep the generated default), null only where nullableVersions includes the
 * version, tagged fields sometimes set and sometimes left at their default,
 * arrays of 0-3 elements, strings with non-ASCII characters, int64 within
 * ±2^53, random UUIDs. Each value must survive encode → decode (deep equal,
 * every byte consumed) and re-encoding the decoded value must give the same
 * bytes. A failure names the message, version and seed, so it reproduces.
 */
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  collectStructs,
  elementType,
  inRange,
  isPrimitive,
  loadSchemas,
  propertyName,
  type FieldSchema,
  type MessageSchema,
  type StructSchema,
} from '../../../protocol/codegen/schema.js';
import { moduleName } from '../../../protocol/codegen/generate.js';
import { CODECS } from '../../../protocol/generated/codecs.js';
import { Reader } from '../../../protocol/reader.js';
import { Writer } from '../../../protocol/writer.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const schemaDir = path.join(repoRoot, 'protocol/schemas');
const generatedDir = path.join(repoRoot, 'protocol/generated');
const schemas = loadSchemas(schemaDir);
/** Seeds every version gets; more are drawn until every field was set at least once. */
const MIN_SEEDS = 4;
const MAX_SEEDS = 60;

/** mulberry32: a tiny seeded PRNG giving floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHARS = ['a', 'Z', '0', '-', '_', '.', ' ', 'é', 'ß', 'Ω', '中', '文', '😀', '\u0000', '\u007f'];
const INT64_EDGES = [0, -1, 1, 2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 53 - 1, -(2 ** 53 - 1), Number.MAX_SAFE_INTEGER - 12345];

type Defaults = Record<string, () => Record<string, unknown>>;

/** Builds random values for one message at one version. */
class ValueBuilder {
  private readonly structs: Map<string, StructSchema>;
  /** "Struct.Field" of every field that got a random non-null value. */
  readonly covered = new Set<string>();

  constructor(
    private readonly msg: MessageSchema,
    private readonly defaults: Defaults,
    private readonly v: number,
    private readonly rand: () => number,
  ) {
    this.structs = collectStructs(msg);
  }

  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }

  private chance(p: number): boolean {
    return this.rand() < p;
  }

  private primitive(type: string): unknown {
    switch (type) {
      case 'bool':
        return this.chance(0.5);
      case 'int8':
        return this.int(-128, 127);
      case 'int16':
        return this.int(-32768, 32767);
      case 'uint16':
        return this.int(0, 65535);
      case 'int32':
        return this.chance(0.2) ? [0, -1, 2147483647, -2147483648][this.int(0, 3)] : this.int(-2147483648, 2147483647);
      case 'int64':
        if (this.chance(0.4)) return INT64_EDGES[this.int(0, INT64_EDGES.length - 1)];
        return Math.floor((this.rand() * 2 - 1) * (2 ** 53 - 1));
      case 'float64':
        return this.chance(0.2) ? [0, 1.5, -2.25, Number.MAX_VALUE, Number.MIN_VALUE][this.int(0, 4)] : (this.rand() - 0.5) * 1e9;
      case 'string': {
        let s = '';
        const n = this.int(0, 8);
        for (let i = 0; i < n; i++) s += CHARS[this.int(0, CHARS.length - 1)];
        return s;
      }
      case 'bytes':
      case 'records': {
        // Now and then a large buffer, which the Writer keeps by reference.
        const n = this.chance(0.05) ? this.int(1024, 3000) : this.int(0, 12);
        const b = Buffer.alloc(n);
        for (let i = 0; i < n; i++) b[i] = this.int(0, 255);
        return b;
      }
      case 'uuid': {
        const b = Buffer.alloc(16);
        for (let i = 0; i < 16; i++) b[i] = this.int(0, 255);
        const h = b.toString('hex');
        return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
      }
    }
    throw new Error(`unknown primitive ${type}`);
  }

  /** A random instance of struct `name`, starting from its generated default. */
  struct(name: string, fields: FieldSchema[]): Record<string, unknown> {
    const make = this.defaults[`default${name}`];
    if (!make) throw new Error(`${this.msg.name}: no default${name}() exported`);
    const out = make();
    for (const f of fields) {
      const key = propertyName(f.name);
      if (!(key in out)) throw new Error(`${this.msg.name}: default${name}() lacks ${key}`);
      if (!inRange(f.versions, this.v)) continue;
      if (f.taggedVersions.min <= f.taggedVersions.max) {
        // Tagged fields exist only in flexible versions, listed in taggedVersions.
        if (!inRange(f.taggedVersions, this.v) || this.chance(0.4)) continue;
      }
      out[key] = this.field(f);
      // A tagged struct equal to its default is not written (Kafka's rule); it decodes as null.
      const t = f.type;
      if (f.taggedVersions.min <= f.taggedVersions.max && !isPrimitive(t) && !elementType(t) && out[key] !== null) {
        if (isDeepStrictEqual(out[key], this.defaults[`default${t}`]())) out[key] = null;
      }
      if (out[key] !== null) this.covered.add(`${name}.${f.name}`);
    }
    return out;
  }

  /** "Struct.Field" of every field reachable in this version (what `covered` should reach). */
  reachable(): Set<string> {
    const out = new Set<string>();
    const visit = (name: string, fields: FieldSchema[]): void => {
      for (const f of fields) {
        if (!inRange(f.versions, this.v)) continue;
        if (f.taggedVersions.min <= f.taggedVersions.max && !inRange(f.taggedVersions, this.v)) continue;
        const key = `${name}.${f.name}`;
        if (out.has(key)) continue;
        out.add(key);
        const t = elementType(f.type) ?? f.type;
        if (!isPrimitive(t)) visit(t, this.fieldsOf(f, t));
      }
    };
    visit(this.msg.name, this.msg.fields);
    return out;
  }

  private field(f: FieldSchema): unknown {
    if (inRange(f.nullableVersions, this.v) && this.chance(0.2)) return null;
    const el = elementType(f.type);
    if (el) {
      const n = this.int(0, 3);
      const arr: unknown[] = [];
      for (let i = 0; i < n; i++) arr.push(isPrimitive(el) ? this.primitive(el) : this.struct(el, this.fieldsOf(f, el)));
      return arr;
    }
    return isPrimitive(f.type) ? this.primitive(f.type) : this.struct(f.type, this.fieldsOf(f, f.type));
  }

  private fieldsOf(f: FieldSchema, type: string): FieldSchema[] {
    const s = f.fields ?? this.structs.get(type)?.fields;
    if (!s) throw new Error(`${this.msg.name}: unknown struct ${type}`);
    return s;
  }
}

function encode(name: string, v: number, value: unknown): Buffer {
  const w = Writer.acquire();
  try {
    CODECS[name].encode(w, v, value);
    return w.finishBuffer();
  } finally {
    Writer.release(w);
  }
}

function versionsOf(s: MessageSchema): number[] {
  const out: number[] = [];
  for (let v = s.validVersions.min; v <= s.validVersions.max; v++) out.push(v);
  return out;
}

/** A stable seed per message, version and run, so a failure reproduces by name. */
function seedFor(name: string, v: number, k: number): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return (h ^ Math.imul(v + 1, 0x9e3779b1) ^ Math.imul(k + 1, 0x85ebca6b)) >>> 0;
}

describe('generated codecs cover every schema', () => {
  it('has one codec per schema file and a module per message', () => {
    expect(schemas.length).toBeGreaterThan(150);
    for (const s of schemas) {
      expect(CODECS[s.name], s.name).toBeDefined();
      expect(CODECS[s.name].meta.minVersion).toBe(s.validVersions.min);
      expect(CODECS[s.name].meta.maxVersion).toBe(s.validVersions.max);
    }
    expect(Object.keys(CODECS).length).toBe(schemas.length);
  });
});

describe.each(schemas.map((s) => [s.name, s] as const))('%s', (name, schema) => {
  it.each(versionsOf(schema))(`v%i round-trips random values`, async (v) => {
    const mod = (await import(path.join(generatedDir, `${moduleName(name)}.ts`))) as Defaults;
    const cases: { seed: number | string; value: Record<string, unknown> }[] = [{ seed: 'defaults', value: mod[`default${name}`]() }];
    const covered = new Set<string>();
    let want = new Set<string>();
    for (let k = 0; k < MAX_SEEDS && (k < MIN_SEEDS || covered.size < want.size); k++) {
      const seed = seedFor(name, v, k);
      const b = new ValueBuilder(schema, mod, v, prng(seed));
      cases.push({ seed, value: b.struct(name, schema.fields) });
      for (const c of b.covered) covered.add(c);
      if (k === 0) want = b.reachable();
    }
    expect(
      [...want].filter((f) => !covered.has(f)),
      `${name} v${v}: fields never given a random value`,
    ).toEqual([]);
    for (const { seed, value } of cases) {
      const label = `${name} v${v} seed ${seed}`;
      const bytes = encode(name, v, value);
      const r = new Reader(bytes);
      const decoded = CODECS[name].decode(r, v);
      expect(r.remaining, `${label}: bytes left after decode`).toBe(0);
      expect(decoded, label).toEqual(value);
      expect(encode(name, v, decoded).equals(bytes), `${label}: re-encoding differs`).toBe(true);
    }
    // Leaving every field out encodes exactly like the all-defaults value.
    expect(encode(name, v, {}).equals(encode(name, v, mod[`default${name}`]())), `${name} v${v}: {} vs defaults`).toBe(true);
  });
});
