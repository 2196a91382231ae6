/**
 * Encoders refuse values a version cannot carry, as Kafka's generated code
 * does (UnsupportedVersionException): for every message schema in
 * protocol/schemas/messages and every valid version, each field the version
 * lacks (a regular field outside its versions, a tagged field outside its
 * tagged versions), at the top level and inside the first element of an
 * array of structs, gets a non-default value. A field marked `ignorable` is
 * dropped silently (the bytes equal those of the value without it); any other
 * throws an UnsupportedVersionError naming the message, struct, field and
 * version. A value left at its default never throws.
 */
import path from 'node:path';
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
} from '../../../protocol/codegen/schema.js';
import { CODECS } from '../../../protocol/generated/codecs.js';
import { ProduceResponseMeta } from '../../../protocol/generated/produce-response.js';
import { FetchRequestMeta } from '../../../protocol/generated/fetch-request.js';
import { UnsupportedVersionError } from '../../../protocol/unsupported-version.js';
import { Writer } from '../../../protocol/writer.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const schemas = loadSchemas(path.join(repoRoot, 'protocol/schemas'));

function encode(name: string, v: number, value: unknown): Buffer {
  const w = Writer.acquire();
  try {
    CODECS[name].encode(w, v, value);
    return w.finishBuffer();
  } finally {
    Writer.release(w);
  }
}

const isTagged = (f: FieldSchema): boolean => f.taggedVersions.min <= f.taggedVersions.max;
/** Whether version v carries field f. */
const carries = (f: FieldSchema, v: number): boolean => inRange(isTagged(f) ? f.taggedVersions : f.versions, v);

/** A value of field f that differs from the field's default. */
function nonDefault(msg: MessageSchema, f: FieldSchema): unknown {
  const el = elementType(f.type);
  if (el) return [isPrimitive(el) ? primitiveNonDefault(el, null) : {}];
  if (!isPrimitive(f.type)) {
    // A struct differs from its default when one of its fields does.
    const fields = f.fields ?? collectStructs(msg).get(f.type)!.fields;
    return { [propertyName(fields[0].name)]: nonDefault(msg, fields[0]) };
  }
  return primitiveNonDefault(f.type, f.default);
}

function primitiveNonDefault(type: string, def: string | null): unknown {
  switch (type) {
    case 'bool':
      return def !== 'true';
    case 'string':
      return def === 'x' ? 'y' : 'x';
    case 'bytes':
    case 'records':
      return Buffer.from([1]);
    case 'uuid':
      return '01234567-89ab-cdef-0123-456789abcdef';
    case 'float64':
      return 1.5;
    default: {
      const d = def === null || def === '' || def === 'null' ? 0 : Number(def);
      return d === 1 ? 2 : 1;
    }
  }
}

interface Case {
  label: string;
  field: FieldSchema;
  /** The struct holding the field. */
  struct: string;
  value: Record<string, unknown>;
  /** The same value with the field left out. */
  without: Record<string, unknown>;
}

/** Every field version v lacks, at the top level and one array level down, as a message value. */
function cases(msg: MessageSchema, v: number): Case[] {
  const out: Case[] = [];
  const structs = collectStructs(msg);
  for (const f of msg.fields) {
    if (!carries(f, v)) {
      const p = propertyName(f.name);
      out.push({ label: p, field: f, struct: msg.name, value: { [p]: nonDefault(msg, f) }, without: {} });
      continue;
    }
    const el = elementType(f.type);
    if (!el || isPrimitive(el)) continue;
    for (const g of f.fields ?? structs.get(el)!.fields) {
      if (carries(g, v)) continue;
      const p = propertyName(f.name);
      const q = propertyName(g.name);
      out.push({ label: `${p}[0].${q}`, field: g, struct: el, value: { [p]: [{ [q]: nonDefault(msg, g) }] }, without: { [p]: [{}] } });
    }
  }
  return out;
}

describe('encoders refuse what a version cannot carry', () => {
  const seen = { refused: 0, dropped: 0 };
  for (const msg of schemas) {
    it(`${msg.name}: every valid version`, () => {
      for (let v = msg.validVersions.min; v <= msg.validVersions.max; v++) {
        // Defaults (an empty value) always encode.
        expect(() => encode(msg.name, v, {}), `${msg.name} v${v} defaults`).not.toThrow();
        for (const c of cases(msg, v)) {
          const label = `${msg.name} v${v} ${c.label}${c.field.ignorable ? ' (ignorable)' : ''}`;
          if (c.field.ignorable) {
            expect(encode(msg.name, v, c.value).equals(encode(msg.name, v, c.without)), label).toBe(true);
            seen.dropped++;
            continue;
          }
          seen.refused++;
          let err: unknown = null;
          try {
            encode(msg.name, v, c.value);
          } catch (e) {
            err = e;
          }
          expect(err, label).toBeInstanceOf(UnsupportedVersionError);
          const u = err as UnsupportedVersionError;
          expect([u.messageName, u.field, u.version], label).toEqual([msg.name, `${c.struct}.${propertyName(c.field.name)}`, v]);
          expect(u.message).toContain(`${msg.name} v${v} cannot carry a non-default ${c.struct}.${propertyName(c.field.name)}`);
        }
      }
    });
  }

  it('checked both kinds across the schemas', () => {
    // Runs after the per-message tests (vitest runs a file's tests in order).
    expect(seen.refused).toBeGreaterThan(300);
    expect(seen.dropped).toBeGreaterThan(300);
  });

  it('names the field and the versions that have it (ProduceResponse, FetchRequest)', () => {
    expect(ProduceResponseMeta.minVersion).toBe(0);
    // error_message (v8+) is ignorable: an older client simply does not see it.
    const older = { responses: [{ name: 't', partitionResponses: [{ index: 0, errorCode: 3, errorMessage: 'gone' }] }] };
    expect(() => encode('ProduceResponse', 7, older)).not.toThrow();
    // node_endpoints (tagged, v10+) is not.
    expect(() => encode('ProduceResponse', 9, { nodeEndpoints: [{ nodeId: 1, host: 'h', port: 1 }] })).toThrow(
      'ProduceResponse v9 cannot carry a non-default ProduceResponse.nodeEndpoints (only versions 10+ (tagged) have it)',
    );
    expect(FetchRequestMeta.maxVersion).toBeGreaterThanOrEqual(15);
    // replica_id moved into the tagged replica_state at v15; a default replica_state is no value at all.
    expect(() => encode('FetchRequest', 15, { replicaId: 3 })).toThrow(
      /FetchRequest v15 cannot carry a non-default FetchRequest.replicaId/,
    );
    expect(() => encode('FetchRequest', 12, { replicaState: { replicaId: 3 } })).toThrow(
      /FetchRequest.replicaState \(only versions 15\+ \(tagged\)/,
    );
    expect(() => encode('FetchRequest', 12, { replicaState: { replicaId: -1, replicaEpoch: -1 } })).not.toThrow();
  });
});
