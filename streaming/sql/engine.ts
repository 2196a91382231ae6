/**
 * SqlEngine: the embedded DuckDB database of a SQL session (see
 * bench/sql-engines.ts and the README for why DuckDB). It is loaded on the
 * first use: importing tributary/streaming does not load DuckDB's native
 * library.
 *
 * One in-memory database with two connections:
 * - the job's, used one call at a time (exclusive(): a promise queue), for
 *   everything the job does (loading views, queries, writes);
 * - a reader's, for queries from outside the job (the streaming UI), which
 *   see the last committed state and never wait for the job's calls (DuckDB's
 *   MVCC lets them run side by side).
 * Views and tables are plain tables of the database's main schema, so both
 * connections see them. Names starting with "__tributary_" are internal.
 *
 * A view is replaced atomically: the new rows go into a staging table, then
 * one transaction drops the old table and renames the staging one, so a
 * reader sees the old rows or the new ones, never a half-loaded table.
 *
 * Configuration (from the session's conf): tributary.sql.threads (DuckDB's
 * threads, default: its own, one per core), tributary.sql.memoryLimit
 * (DuckDB's memory_limit, e.g. "1GB"; default 80% of RAM).
 */
import type * as DuckApi from '@duckdb/node-api';
import { fromEngine } from './cells.js';
import { AnalysisException, QueryTimeoutError } from './errors.js';
import type { Column, ColumnarData } from './schema.js';
import { appendColumns, columnDdl, quoteIdent } from './table-loader.js';

/** Rows of a query with their columns. */
export interface QueryResult {
  columns: Column[];
  /** rows[r][c], values normalized by cells.fromEngine. */
  rows: unknown[][];
}

/** Query parameters: positional ($1, ?) or named ($name). */
export type SqlParams = unknown[] | Record<string, unknown>;

/** The prefix of internal tables. */
export const INTERNAL_PREFIX = '__tributary_';

let duckdb: Promise<typeof DuckApi> | null = null;

/** Loads DuckDB's Node API (once). */
function loadDuckDB(): Promise<typeof DuckApi> {
  duckdb ??= import('@duckdb/node-api');
  return duckdb;
}

/** `err` as an AnalysisException naming the statement. */
function sqlError(err: unknown, sql: string): AnalysisException {
  if (err instanceof AnalysisException) return err;
  return new AnalysisException(`${(err as Error).message ?? err}\n== SQL ==\n${sql}`, sql, err);
}

let staging = 0;

/** One session's database. */
export class SqlEngine {
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly api: typeof DuckApi,
    private readonly instance: DuckApi.DuckDBInstance,
    private readonly job: DuckApi.DuckDBConnection,
    private readonly reader: DuckApi.DuckDBConnection,
  ) {}

  /** Loads DuckDB and opens an in-memory database. */
  static async open(conf: { threads?: string; memoryLimit?: string } = {}): Promise<SqlEngine> {
    const api = await loadDuckDB();
    const options: Record<string, string> = {};
    if (conf.threads) options.threads = conf.threads;
    if (conf.memoryLimit) options.memory_limit = conf.memoryLimit;
    const instance = await api.DuckDBInstance.create(':memory:', options);
    return new SqlEngine(api, instance, await instance.connect(), await instance.connect());
  }

  /** Runs `fn` once every earlier exclusive call has finished (the job connection is used one call at a time). */
  exclusive<R>(fn: () => Promise<R>): Promise<R> {
    const p = this.tail.then(() => {
      if (this.closed) throw new Error('the SQL session is stopped');
      return fn();
    });
    this.tail = p.catch(() => undefined);
    return p;
  }

  /** Runs a statement on the job connection (inside exclusive()). */
  async execute(sql: string, params?: SqlParams): Promise<void> {
    try {
      await this.job.run(sql, params as DuckApi.DuckDBValue[] | undefined);
    } catch (err) {
      throw sqlError(err, sql);
    }
  }

  /** The rows of a query on the job connection, at most `maxRows` when given (inside exclusive()). */
  query(sql: string, params?: SqlParams, maxRows?: number): Promise<QueryResult> {
    return this.read(this.job, sql, params, maxRows);
  }

  private async read(conn: DuckApi.DuckDBConnection, sql: string, params?: SqlParams, maxRows?: number): Promise<QueryResult> {
    try {
      const values = params as DuckApi.DuckDBValue[] | undefined;
      const reader = maxRows === undefined ? await conn.runAndReadAll(sql, values) : await conn.streamAndReadUntil(sql, maxRows, values);
      const names = reader.columnNames();
      const types = reader.columnTypes();
      const columns = names.map((name, i) => ({ name, type: types[i].toString() }));
      const raw = reader.getRowsJS();
      const n = maxRows === undefined ? raw.length : Math.min(maxRows, raw.length);
      const rows: unknown[][] = new Array(n);
      for (let r = 0; r < n; r++) rows[r] = raw[r].map(fromEngine);
      return { columns, rows };
    } catch (err) {
      throw sqlError(err, sql);
    }
  }

  /**
   * A query from outside the job, on the reader connection: at most `maxRows`
   * rows, interrupted after `timeoutMs`. The caller checks it is read-only
   * (read-only-query.ts).
   */
  async readerQuery(sql: string, maxRows: number, timeoutMs: number): Promise<QueryResult> {
    if (this.closed) throw new Error('the SQL session is stopped');
    const timer = setTimeout(() => this.reader.interrupt(), timeoutMs);
    try {
      return await this.read(this.reader, sql, undefined, maxRows);
    } catch (err) {
      if (/interrupt/i.test((err as Error).message)) throw new QueryTimeoutError(timeoutMs, sql, err);
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The serialized parse tree of a SELECT (DuckDB's json_serialize_sql), on the reader connection. */
  async parseSelect(sql: string): Promise<unknown> {
    const r = await this.reader.runAndReadAll('SELECT json_serialize_sql($1::VARCHAR)', [sql]);
    return JSON.parse(r.getRows()[0][0] as string);
  }

  /** The number of statements in `sql` (DuckDB's parser). */
  async statementCount(sql: string): Promise<number> {
    try {
      return (await this.reader.extractStatements(sql)).count;
    } catch (err) {
      throw sqlError(err, sql);
    }
  }

  /** Tables and views of the main schema that are not internal, with whether each is a view (DuckDB VIEW). */
  async tables(conn: 'job' | 'reader' = 'reader'): Promise<{ name: string; isView: boolean }[]> {
    const r = await this.read(
      conn === 'job' ? this.job : this.reader,
      `SELECT table_name, table_type = 'VIEW' FROM information_schema.tables
       WHERE table_schema = 'main' AND table_catalog = current_database() AND NOT starts_with(table_name, '${INTERNAL_PREFIX}')
       ORDER BY table_name`,
    );
    return r.rows.map((row) => ({ name: row[0] as string, isView: row[1] as boolean }));
  }

  /** Creates the table `name` holding `data` (inside exclusive()). */
  async createTable(name: string, data: ColumnarData): Promise<void> {
    await this.execute(`CREATE TABLE ${quoteIdent(name)} (${columnDdl(data)})`);
    try {
      await appendColumns(this.api, this.job, name, data);
    } catch (err) {
      await this.execute(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
      throw sqlError(err, `INSERT INTO ${quoteIdent(name)} (${data.rowCount} rows)`);
    }
  }

  /** Replaces the table `name` by one holding `data`, atomically for readers (inside exclusive()). */
  async replaceTable(name: string, data: ColumnarData): Promise<void> {
    const stage = `${INTERNAL_PREFIX}stage_${staging++}`;
    await this.createTable(stage, data);
    await this.swapIn(stage, name);
  }

  /** Replaces `name` by the result of `query`, atomically (CREATE OR REPLACE TABLE ... AS; inside exclusive()). */
  async replaceTableAs(name: string, query: string, params?: SqlParams): Promise<void> {
    await this.execute(`CREATE OR REPLACE TABLE ${quoteIdent(name)} AS ${query}`, params);
  }

  private async swapIn(stage: string, name: string): Promise<void> {
    try {
      await this.execute(
        `BEGIN TRANSACTION; DROP TABLE IF EXISTS ${quoteIdent(name)}; ALTER TABLE ${quoteIdent(stage)} RENAME TO ${quoteIdent(name)}; COMMIT`,
      );
    } catch (err) {
      await this.job.run('ROLLBACK').catch(() => undefined);
      await this.job.run(`DROP TABLE IF EXISTS ${quoteIdent(stage)}`).catch(() => undefined);
      throw err;
    }
  }

  /** Closes the database once the queued calls are done. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.tail;
    this.closed = true;
    this.job.closeSync();
    this.reader.closeSync();
    this.instance.closeSync();
  }
}
