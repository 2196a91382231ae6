/**
 * Columns of a DataFrame made from records (rdd.toDF, createDataFrame): their
 * names, their SQL types, and the records turned into column arrays ready
 * for the engine (table-loader.ts) or for actions in JavaScript.
 *
 * Record shapes (decided by the first record that is not null):
 * - plain objects: one column per key, in first-encounter order over all
 *   records (Spark's Row / case class); a missing key is NULL;
 * - arrays (tuples): columns _1, _2, ... (Spark's names for tuple fields);
 * - anything else: one column, "value" (Spark's name for a Dataset of a
 *   primitive type).
 * Records that are all null or none at all (an empty batch) have no shape:
 * their columns must be given. Given column names replace those (same count); a DDL schema
 * ("word STRING, total BIGINT", Spark's type names or DuckDB's) gives names
 * and types.
 *
 * Inferred types, per column over all its values (nulls skipped): integers
 * within 32 bits INTEGER, other safe integers and bigints BIGINT, other
 * numbers DOUBLE, strings VARCHAR, booleans BOOLEAN, Dates TIMESTAMP (UTC),
 * Buffers BLOB, objects and arrays VARCHAR holding their JSON text; a column
 * of nulls only is VARCHAR. Values of different kinds in one column (a number
 * and a string, say) are an error naming the column and the row, as Spark's
 * schema inference fails; a declared type settles it (a VARCHAR column takes
 * any value as its text).
 */

/** The SQL types a DataFrame made from records can have. */
export type LoadType =
  'VARCHAR' | 'BOOLEAN' | 'TINYINT' | 'SMALLINT' | 'INTEGER' | 'BIGINT' | 'FLOAT' | 'DOUBLE' | 'DATE' | 'TIMESTAMP' | 'BLOB';

/** A column: its name and SQL type (DuckDB's type text, e.g. "BIGINT", "DECIMAL(10,2)", "INTEGER[]"). */
export interface Column {
  name: string;
  type: string;
}

/** Records as columns: values column-major, normalized for their type. */
export interface ColumnarData {
  columns: Column[];
  /** data[c][r]: the value of column c in row r (null for NULL). */
  data: unknown[][];
  rowCount: number;
}

/** What createDataFrame / toDF accept as a schema. */
export type SchemaSpec = string[] | string | Column[];

const TYPE_NAMES: Record<string, LoadType> = {
  STRING: 'VARCHAR',
  VARCHAR: 'VARCHAR',
  TEXT: 'VARCHAR',
  BOOLEAN: 'BOOLEAN',
  BOOL: 'BOOLEAN',
  BYTE: 'TINYINT',
  TINYINT: 'TINYINT',
  SHORT: 'SMALLINT',
  SMALLINT: 'SMALLINT',
  INT: 'INTEGER',
  INTEGER: 'INTEGER',
  LONG: 'BIGINT',
  BIGINT: 'BIGINT',
  FLOAT: 'FLOAT',
  REAL: 'FLOAT',
  DOUBLE: 'DOUBLE',
  DATE: 'DATE',
  TIMESTAMP: 'TIMESTAMP',
  BINARY: 'BLOB',
  BLOB: 'BLOB',
};

/** The load type for a type name of a schema (Spark's or DuckDB's), or an error naming the supported ones. */
export function loadType(name: string, column: string): LoadType {
  const t = TYPE_NAMES[name.trim().toUpperCase()];
  if (!t)
    throw new Error(`column '${column}': type '${name.trim()}' is not supported here; use one of ${Object.keys(TYPE_NAMES).join(', ')}`);
  return t;
}

/** Parses a DDL schema, "name TYPE, name TYPE". */
export function parseDdl(ddl: string): Column[] {
  const out: Column[] = [];
  for (const part of ddl.split(',')) {
    const m = /^\s*(`[^`]+`|"[^"]+"|[^\s:]+)\s*:?\s+(\S+)\s*$/.exec(part);
    if (!m) throw new Error(`schema '${ddl}': '${part.trim()}' is not "name TYPE"`);
    const name = m[1].replace(/^[`"]|[`"]$/g, '');
    out.push({ name, type: loadType(m[2], name) });
  }
  return out;
}

/** The given schema as names and (when declared) types. */
export function resolveSchema(spec: SchemaSpec | undefined): { names?: string[]; types?: (LoadType | undefined)[] } {
  if (spec === undefined) return {};
  if (typeof spec === 'string') {
    const cols = parseDdl(spec);
    return { names: cols.map((c) => c.name), types: cols.map((c) => c.type as LoadType) };
  }
  if (spec.length > 0 && typeof spec[0] === 'object') {
    const cols = spec as Column[];
    return { names: cols.map((c) => c.name), types: cols.map((c) => loadType(c.type, c.name)) };
  }
  return { names: spec as string[] };
}

type Kind = 'null' | 'int32' | 'int64' | 'double' | 'bigint' | 'string' | 'boolean' | 'date' | 'blob' | 'json';

function kindOf(v: unknown): Kind {
  switch (typeof v) {
    case 'number':
      if (Number.isInteger(v)) return v >= -2147483648 && v <= 2147483647 ? 'int32' : Number.isSafeInteger(v) ? 'int64' : 'double';
      return 'double';
    case 'bigint':
      return 'bigint';
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'undefined':
      return 'null';
    case 'object':
      if (v === null) return 'null';
      if (v instanceof Date) return 'date';
      if (v instanceof Uint8Array) return 'blob';
      return 'json';
    default:
      return 'string';
  }
}

const KIND_TYPE: Record<Kind, LoadType> = {
  null: 'VARCHAR',
  int32: 'INTEGER',
  int64: 'BIGINT',
  bigint: 'BIGINT',
  double: 'DOUBLE',
  string: 'VARCHAR',
  json: 'VARCHAR',
  boolean: 'BOOLEAN',
  date: 'TIMESTAMP',
  blob: 'BLOB',
};

const KIND_NAME: Record<Kind, string> = {
  null: 'null',
  int32: 'a number',
  int64: 'a number',
  double: 'a number',
  bigint: 'a bigint',
  string: 'a string',
  json: 'an object',
  boolean: 'a boolean',
  date: 'a Date',
  blob: 'a Buffer',
};

/** The type that holds both kinds, or null when none does. */
function widen(a: Kind, b: Kind): Kind | null {
  if (a === b || b === 'null') return a;
  if (a === 'null') return b;
  const num = ['int32', 'int64', 'bigint', 'double'];
  if (num.includes(a) && num.includes(b)) {
    if (a === 'double' || b === 'double') return a === 'bigint' || b === 'bigint' ? null : 'double';
    return a === 'int32' && b === 'int32' ? 'int32' : 'int64';
  }
  if ((a === 'string' && b === 'json') || (a === 'json' && b === 'string')) return 'string';
  return null;
}

function badValue(v: unknown, t: LoadType, column: string, row: number): Error {
  return new Error(`column '${column}' (${t}): row ${row} holds ${KIND_NAME[kindOf(v)]} (${String(v)})`);
}

/**
 * Makes every value of `col` a value of a column of type `t` in place: nulls
 * for undefined, JSON text for objects in VARCHAR, numbers for safe BIGINTs,
 * Buffers for BLOBs; a value that does not fit is an error naming the row.
 * One loop per type, so the check per value is a typeof or two.
 */
function normalizeColumn(col: unknown[], t: LoadType, column: string): void {
  const n = col.length;
  switch (t) {
    case 'VARCHAR':
      for (let r = 0; r < n; r++) {
        const v = col[r];
        if (typeof v === 'string') continue;
        if (v === undefined || v === null) col[r] = null;
        else if (v instanceof Date) col[r] = v.toISOString();
        else col[r] = typeof v === 'object' ? JSON.stringify(v) : String(v);
      }
      return;
    case 'BOOLEAN':
      for (let r = 0; r < n; r++) {
        const v = col[r];
        if (typeof v === 'boolean') continue;
        if (v === undefined || v === null) col[r] = null;
        else throw badValue(v, t, column, r);
      }
      return;
    case 'TINYINT':
    case 'SMALLINT':
    case 'INTEGER':
    case 'BIGINT': {
      const bits = t === 'TINYINT' ? 8 : t === 'SMALLINT' ? 16 : t === 'INTEGER' ? 32 : 64;
      const lo = bits === 64 ? Number.MIN_SAFE_INTEGER : -(2 ** (bits - 1));
      const hi = bits === 64 ? Number.MAX_SAFE_INTEGER : 2 ** (bits - 1) - 1;
      for (let r = 0; r < n; r++) {
        const v = col[r];
        if (typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi) continue;
        if (v === undefined || v === null) col[r] = null;
        else if (typeof v === 'bigint' && bits === 64) col[r] = Number.isSafeInteger(Number(v)) ? Number(v) : v;
        else if (typeof v === 'bigint' && Number(v) >= lo && Number(v) <= hi) col[r] = Number(v);
        else throw badValue(v, t, column, r);
      }
      return;
    }
    case 'FLOAT':
    case 'DOUBLE':
      for (let r = 0; r < n; r++) {
        const v = col[r];
        if (typeof v === 'number') continue;
        if (v === undefined || v === null) col[r] = null;
        else if (typeof v === 'bigint') col[r] = Number(v);
        else throw badValue(v, t, column, r);
      }
      return;
    case 'DATE':
    case 'TIMESTAMP':
      for (let r = 0; r < n; r++) {
        const v = col[r];
        if (v instanceof Date) continue;
        if (v === undefined || v === null) col[r] = null;
        else if (typeof v === 'number') col[r] = new Date(v);
        else throw badValue(v, t, column, r);
      }
      return;
    case 'BLOB':
      for (let r = 0; r < n; r++) {
        const v = col[r];
        if (Buffer.isBuffer(v)) continue;
        if (v === undefined || v === null) col[r] = null;
        else if (v instanceof Uint8Array) col[r] = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
        else if (typeof v === 'string') col[r] = Buffer.from(v);
        else throw badValue(v, t, column, r);
      }
      return;
  }
}

const EMPTY_WITHOUT_NAMES =
  'the columns of an empty DataFrame cannot be inferred: give them, e.g. rdd.toDF("word") or createDataFrame(rdd, "word STRING")';

type Shape = 'object' | 'tuple' | 'value';

function shapeOf(r: unknown): Shape {
  if (Array.isArray(r)) return 'tuple';
  if (r !== null && typeof r === 'object' && !(r instanceof Date) && !(r instanceof Uint8Array)) return 'object';
  return 'value';
}

/** Turns records into columns (see the top of the file). */
export function recordsToColumns(records: readonly unknown[], spec?: SchemaSpec): ColumnarData {
  const { names: given, types: declared } = resolveSchema(spec);
  const n = records.length;
  const first = records.find((r) => r !== null && r !== undefined);
  if (first === undefined && !given) throw new Error(EMPTY_WITHOUT_NAMES);
  const shape: Shape = first === undefined ? (given && given.length > 1 ? 'tuple' : 'value') : shapeOf(first);
  for (let r = 0; r < n; r++) {
    const rec = records[r];
    if (rec === null || rec === undefined) continue;
    const s = shapeOf(rec);
    if (s !== shape)
      throw new Error(
        `row ${r} is ${s === 'value' ? 'a ' + typeof rec : 'an ' + s}, but the first row is ${shape === 'value' ? 'a value' : 'an ' + shape}`,
      );
  }
  let names: string[];
  if (given) {
    if (shape === 'tuple' && n > 0) {
      let width = 0;
      for (let r = 0; r < n; r++) width = Math.max(width, (records[r] as unknown[] | null)?.length ?? 0);
      if (given.length !== width)
        throw new Error(`${given.length} column name(s) (${given.join(', ')}) given for records of ${width} field(s)`);
    } else if (shape === 'value' && n > 0 && given.length !== 1) {
      throw new Error(`${given.length} column name(s) (${given.join(', ')}) given for records of 1 field`);
    }
    // For objects the names pick the keys, in the order given (Spark's schema by field name).
    names = given;
  } else if (shape === 'object') {
    const keys = new Map<string, true>();
    for (let r = 0; r < n; r++) {
      const rec = records[r];
      if (rec !== null && rec !== undefined) for (const k in rec as object) if (Object.hasOwn(rec as object, k)) keys.set(k, true);
    }
    names = [...keys.keys()];
  } else if (shape === 'tuple') {
    let width = 0;
    for (let r = 0; r < n; r++) width = Math.max(width, (records[r] as unknown[] | null)?.length ?? 0);
    names = Array.from({ length: width }, (_, i) => `_${i + 1}`);
  } else names = ['value'];
  if (names.length === 0) {
    throw new Error(EMPTY_WITHOUT_NAMES);
  }
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name.toLowerCase())) throw new Error(`column '${name}' is given twice`);
    seen.add(name.toLowerCase());
  }
  const columns: Column[] = [];
  const data: unknown[][] = [];
  for (let c = 0; c < names.length; c++) {
    // One column at a time: one property (or index) read per record.
    const col: unknown[] = new Array(n);
    if (shape === 'object') {
      const key = names[c];
      for (let r = 0; r < n; r++) {
        const rec = records[r] as Record<string, unknown> | null | undefined;
        col[r] = rec === null || rec === undefined ? null : rec[key];
      }
    } else if (shape === 'tuple') {
      for (let r = 0; r < n; r++) {
        const rec = records[r] as unknown[] | null | undefined;
        col[r] = rec === null || rec === undefined ? null : rec[c];
      }
    } else for (let r = 0; r < n; r++) col[r] = records[r];
    let type = declared?.[c];
    if (!type) {
      let kind: Kind = 'null';
      for (let r = 0; r < n; r++) {
        const k = kindOf(col[r]);
        if (k === kind || k === 'null') continue;
        const w = widen(kind, k);
        if (w === null) {
          throw new Error(
            `column '${names[c]}': row ${r} holds ${KIND_NAME[k]}, earlier rows ${KIND_NAME[kind]} (declare the column's type, e.g. "${names[c]} STRING")`,
          );
        }
        kind = w;
      }
      type = KIND_TYPE[kind];
    }
    normalizeColumn(col, type, names[c]);
    columns.push({ name: names[c], type });
    data.push(col);
  }
  return { columns, data, rowCount: n };
}
