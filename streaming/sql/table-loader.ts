/**
 * Loads columns (schema.ts) into a DuckDB table through an appender, one
 * data chunk (2048 rows) at a time, with node-api's vector writers: numbers
 * and booleans go into the vector's typed array and are copied to DuckDB in
 * one call per chunk, strings and blobs are assigned one by one (DuckDB owns
 * their storage). (Filling the chunks through @duckdb/node-bindings directly
 * was measured too: no faster, so the public API it is.)
 *
 * The loop yields to the event loop every ~10 ms of work, so loading a large
 * batch does not stall timers, sockets or the job's other work.
 */
import type * as DuckApi from '@duckdb/node-api';
import type { ColumnarData, LoadType } from './schema.js';

const DAY_MS = 86_400_000;
const CHUNK_ROWS = 2048;

/** The SQL text of the column list of `data`'s table: "name" TYPE, ... */
export function columnDdl(data: ColumnarData): string {
  return data.columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
}

/** An identifier in double quotes (quotes doubled). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** node-api's type object of a load type. */
function duckType(api: typeof DuckApi, t: LoadType): DuckApi.DuckDBType {
  const types: Record<LoadType, DuckApi.DuckDBType> = {
    VARCHAR: api.VARCHAR,
    BOOLEAN: api.BOOLEAN,
    TINYINT: api.TINYINT,
    SMALLINT: api.SMALLINT,
    INTEGER: api.INTEGER,
    BIGINT: api.BIGINT,
    FLOAT: api.FLOAT,
    DOUBLE: api.DOUBLE,
    DATE: api.DATE,
    TIMESTAMP: api.TIMESTAMP,
    BLOB: api.BLOB,
  };
  return types[t];
}

/** Writes values[from, from + n) into `vector` (one loop per type; NULLs are null in `values`). */
function fillVector(api: typeof DuckApi, vector: DuckApi.DuckDBVector, values: unknown[], from: number, n: number, type: LoadType): void {
  switch (type) {
    case 'BIGINT':
      for (let i = 0; i < n; i++) {
        const v = values[from + i];
        vector.setItem(i, v === null ? null : BigInt(v as number | bigint));
      }
      break;
    case 'TIMESTAMP':
      for (let i = 0; i < n; i++) {
        const v = values[from + i] as Date | null;
        vector.setItem(i, v === null ? null : new api.DuckDBTimestampValue(BigInt(v.getTime()) * 1000n));
      }
      break;
    case 'DATE':
      for (let i = 0; i < n; i++) {
        const v = values[from + i] as Date | null;
        vector.setItem(i, v === null ? null : new api.DuckDBDateValue(Math.floor(v.getTime() / DAY_MS)));
      }
      break;
    case 'BLOB':
      for (let i = 0; i < n; i++) {
        const v = values[from + i] as Uint8Array | null;
        vector.setItem(i, v === null ? null : new api.DuckDBBlobValue(v));
      }
      break;
    default:
      for (let i = 0; i < n; i++) vector.setItem(i, values[from + i] as DuckApi.DuckDBValue);
  }
  vector.flush();
}

/** Appends every row of `data` to the existing table `table` (its columns in the same order and types). */
export async function appendColumns(
  api: typeof DuckApi,
  connection: DuckApi.DuckDBConnection,
  table: string,
  data: ColumnarData,
): Promise<void> {
  const appender = await connection.createAppender(table);
  const types = data.columns.map((c) => duckType(api, c.type as LoadType));
  let sliceStart = performance.now();
  try {
    for (let from = 0; from < data.rowCount; from += CHUNK_ROWS) {
      const n = Math.min(CHUNK_ROWS, data.rowCount - from);
      const chunk = api.DuckDBDataChunk.create(types, n);
      for (let c = 0; c < types.length; c++)
        fillVector(api, chunk.getColumnVector(c), data.data[c], from, n, data.columns[c].type as LoadType);
      appender.appendDataChunk(chunk);
      if (performance.now() - sliceStart > 10) {
        await new Promise((r) => setImmediate(r));
        sliceStart = performance.now();
      }
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
