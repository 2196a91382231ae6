/**
 * Reads Kafka's JSON message schemas (the files of
 * protocol/schemas/messages) into a small typed model that the code
 * generator and the round-trip tests share.
 *
 * A schema file has `//` comments, which are stripped before JSON.parse.
 * Version ranges are "N", "N+", "N-M" or "none"; a missing range means the
 * field follows its parent.
 */
import fs from 'node:fs';
import path from 'node:path';

/** An inclusive version range; `max` is Infinity for "N+". Empty when min > max. */
export interface VersionRange {
  min: number;
  max: number;
}

/** One field of a message or struct, as the schema states it. */
export interface FieldSchema {
  name: string;
  type: string;
  versions: VersionRange;
  nullableVersions: VersionRange;
  taggedVersions: VersionRange;
  tag: number | null;
  default: string | null;
  /**
   * Whether a non-default value may be dropped silently when the version
   * being written cannot carry the field (else the encoder throws).
   */
  ignorable: boolean;
  /** Field-level override of the message's flexible versions (RequestHeader.ClientId). */
  flexibleVersions: VersionRange | null;
  fields: FieldSchema[] | null;
}

/** A struct type: a named list of fields. */
export interface StructSchema {
  name: string;
  fields: FieldSchema[];
}

/** One message file. */
export interface MessageSchema {
  file: string;
  name: string;
  type: 'request' | 'response' | 'header' | 'data' | 'metadata';
  apiKey: number | null;
  validVersions: VersionRange;
  flexibleVersions: VersionRange;
  /** Whether the highest valid version is still unstable (not to be served). */
  latestVersionUnstable: boolean;
  fields: FieldSchema[];
  commonStructs: StructSchema[];
}

/** The empty range. */
export const NO_VERSIONS: VersionRange = { min: 1, max: 0 };

/** Parses "N", "N+", "N-M" or "none". */
export function parseRange(s: string | undefined, fallback: VersionRange): VersionRange {
  if (s === undefined) return fallback;
  if (s === 'none') return NO_VERSIONS;
  const plus = /^(\d+)\+$/.exec(s);
  if (plus) return { min: Number(plus[1]), max: Infinity };
  const span = /^(\d+)-(\d+)$/.exec(s);
  if (span) return { min: Number(span[1]), max: Number(span[2]) };
  if (/^\d+$/.test(s)) return { min: Number(s), max: Number(s) };
  throw new Error(`bad version range '${s}'`);
}

/** Whether `v` is in range `r`. */
export function inRange(r: VersionRange, v: number): boolean {
  return v >= r.min && v <= r.max;
}

/** Strips `//` line comments (outside strings) from a schema file. */
export function stripComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i];
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else out += c;
  }
  return out;
}

interface RawField {
  name: string;
  type: string;
  versions?: string;
  nullableVersions?: string;
  taggedVersions?: string;
  tag?: number;
  default?: string | number | boolean;
  ignorable?: boolean;
  flexibleVersions?: string;
  fields?: RawField[];
}

function toField(raw: RawField, parentVersions: VersionRange): FieldSchema {
  const versions = parseRange(raw.versions, parentVersions);
  return {
    name: raw.name,
    type: raw.type,
    versions,
    nullableVersions: parseRange(raw.nullableVersions, NO_VERSIONS),
    taggedVersions: parseRange(raw.taggedVersions, NO_VERSIONS),
    tag: raw.tag ?? null,
    default: raw.default === undefined ? null : String(raw.default),
    ignorable: raw.ignorable === true,
    flexibleVersions: raw.flexibleVersions === undefined ? null : parseRange(raw.flexibleVersions, NO_VERSIONS),
    fields: raw.fields ? raw.fields.map((f) => toField(f, versions)) : null,
  };
}

/** Parses one schema file's text. */
export function parseMessage(file: string, text: string): MessageSchema {
  const raw = JSON.parse(stripComments(text));
  const valid = parseRange(raw.validVersions, NO_VERSIONS);
  return {
    file,
    name: raw.name,
    type: raw.type,
    apiKey: typeof raw.apiKey === 'number' ? raw.apiKey : null,
    validVersions: valid,
    flexibleVersions: parseRange(raw.flexibleVersions, NO_VERSIONS),
    latestVersionUnstable: raw.latestVersionUnstable === true,
    fields: (raw.fields ?? []).map((f: RawField) => toField(f, valid)),
    commonStructs: (raw.commonStructs ?? []).map((s: { name: string; fields: RawField[] }) => ({
      name: s.name,
      fields: s.fields.map((f) => toField(f, valid)),
    })),
  };
}

/** Loads every `*.json` schema of a folder (the `messages` folder or its parent). */
export function loadSchemas(dir: string): MessageSchema[] {
  const messages = fs.existsSync(path.join(dir, 'messages')) ? path.join(dir, 'messages') : dir;
  return fs
    .readdirSync(messages)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseMessage(f, fs.readFileSync(path.join(messages, f), 'utf8')));
}

/** The element type of an array type ("[]Foo" gives "Foo"), or null. */
export function elementType(type: string): string | null {
  return type.startsWith('[]') ? type.slice(2) : null;
}

const PRIMITIVES = new Set(['bool', 'int8', 'int16', 'uint16', 'int32', 'int64', 'float64', 'string', 'bytes', 'records', 'uuid']);

/** Whether a (non-array) type name is a primitive. */
export function isPrimitive(type: string): boolean {
  return PRIMITIVES.has(type);
}

/** Upper-camel field name to lower-camel property name. */
export function propertyName(fieldName: string): string {
  return fieldName[0].toLowerCase() + fieldName.slice(1);
}

/**
 * Collects every struct type of a message by name: inline ones (a field with
 * `fields`) and common structs. Two inline structs of one name must agree.
 */
export function collectStructs(msg: MessageSchema): Map<string, StructSchema> {
  const out = new Map<string, StructSchema>();
  for (const s of msg.commonStructs) out.set(s.name, s);
  const visit = (fields: FieldSchema[]): void => {
    for (const f of fields) {
      if (!f.fields) continue;
      const name = elementType(f.type) ?? f.type;
      if (!out.has(name)) out.set(name, { name, fields: f.fields });
      visit(f.fields);
    }
  };
  visit(msg.fields);
  for (const s of msg.commonStructs) visit(s.fields);
  return out;
}
