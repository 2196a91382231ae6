/**
 * The streaming UI's SQL API: a running job's views and tables (its SQL
 * session's, sql/session.ts) read from outside the job, e.g. the latest
 * running totals a foreachRDD keeps in a temp view.
 *
 *   GET  /api/views                  {views: [{name, type, columns, rowCount}]}
 *                                    (type: TEMPORARY, MANAGED or VIEW; none
 *                                    before the job runs SQL)
 *   GET  /api/views/:name?limit=N    {name, type, columns, rows, truncated}
 *   POST /api/sql  {"query": "...", "limit": N}
 *                                    {columns, rows, truncated}
 *
 * columns are [{name, type}] (SQL types), rows arrays of values in column
 * order (BIGINTs beyond 2^53 as strings, dates as ISO-8601 text, binary as
 * base64); limit defaults to 1000 rows (1..100000), and truncated says
 * whether more rows were left out. Read-only: POST /api/sql runs one SELECT
 * over the job's views and tables and nothing else (sql/read-only-query.ts)
 * on a connection of its own, which sees the state after the job's last
 * completed SQL call and never delays the job's; it is interrupted after
 * `sqlTimeoutMs` (default 10 s). The UI listens on loopback unless
 * configured otherwise (tributary.ui.host). Errors: TRB_ERR_NO_SQL_SESSION,
 * TRB_ERR_VIEW_NOT_FOUND, TRB_ERR_SQL_NOT_READ_ONLY, TRB_ERR_SQL_FAILED,
 * TRB_ERR_SQL_TIMEOUT, TRB_ERR_BAD_PARAMETER.
 *
 * Nothing here loads the SQL engine: a job that never used SQL has no
 * session, and the API says so.
 */
import type { FastifyInstance } from 'fastify';
import { badParameter } from '../../http-common/errors.js';
import { intParam } from '../../http-common/params.js';
import { AnalysisException, QueryTimeoutError } from '../sql/errors.js';
import type { QueryResult, SqlEngine } from '../sql/engine.js';
import { NotReadOnlyError, checkReadOnlyQuery } from '../sql/read-only-query.js';
import { SparkSession } from '../sql/session.js';
import { quoteIdent } from '../sql/table-loader.js';
import { NoSqlSession, SqlFailed, SqlNotReadOnly, SqlTimeout, ViewNotFound } from './errors.js';

/** Options of the SQL API. */
export interface SqlRoutesOptions {
  /** Milliseconds a query may run before it is interrupted (default 10,000). */
  timeoutMs?: number;
}

const MAX_ROWS = 100_000;
const DEFAULT_ROWS = 1000;

/** A value as JSON can carry it. */
function jsonValue(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Date) return v.toISOString();
  if (Buffer.isBuffer(v)) return v.toString('base64');
  if (Array.isArray(v)) return v.map(jsonValue);
  if (v !== null && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = jsonValue(x);
    return o;
  }
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return v;
}

/** The result as JSON: at most `limit` rows, and whether more were left out. */
function resultJson(r: QueryResult, limit: number): { columns: QueryResult['columns']; rows: unknown[][]; truncated: boolean } {
  return { columns: r.columns, rows: r.rows.slice(0, limit).map((row) => row.map(jsonValue)), truncated: r.rows.length > limit };
}

/** The session's engine, or undefined when the job has run no SQL. */
async function engineOf(): Promise<{ session: SparkSession; engine: SqlEngine } | undefined> {
  const session = SparkSession.getActiveSession();
  if (!session || !session.engineStarted) return undefined;
  return { session, engine: await session.engine() };
}

/** Runs a reader query, mapping the engine's errors to the API's. */
async function read(engine: SqlEngine, sql: string, limit: number, timeoutMs: number): Promise<QueryResult> {
  try {
    return await engine.readerQuery(sql, limit + 1, timeoutMs);
  } catch (err) {
    if (err instanceof QueryTimeoutError) throw new SqlTimeout(timeoutMs);
    if (err instanceof AnalysisException) throw new SqlFailed(err.message);
    throw err;
  }
}

/** Adds the SQL API's routes to the UI's app. */
export function registerSqlRoutes(app: FastifyInstance, options: SqlRoutesOptions = {}): void {
  const timeoutMs = options.timeoutMs ?? 10_000;

  app.get('/api/views', async () => {
    const s = await engineOf();
    if (!s) return { views: [] };
    const views = [];
    for (const t of await s.engine.tables()) {
      const cols = await read(s.engine, `SELECT * FROM ${quoteIdent(t.name)}`, 0, timeoutMs);
      const count = await read(s.engine, `SELECT count(*) FROM ${quoteIdent(t.name)}`, 1, timeoutMs);
      views.push({
        name: t.name,
        type: s.session.isTempView(t.name) ? 'TEMPORARY' : t.isView ? 'VIEW' : 'MANAGED',
        columns: cols.columns,
        rowCount: Number(count.rows[0][0]),
      });
    }
    return { views };
  });

  app.get<{ Params: { name: string }; Querystring: Record<string, string> }>('/api/views/:name', async (req) => {
    const limit = intParam(req.query, 'limit', 0, MAX_ROWS, DEFAULT_ROWS);
    const s = await engineOf();
    if (!s) throw new NoSqlSession();
    const tables = await s.engine.tables();
    const t = tables.find((x) => x.name.toLowerCase() === req.params.name.toLowerCase());
    if (!t) throw new ViewNotFound(req.params.name, tables.map((x) => x.name).join(', ') || 'none');
    const r = await read(s.engine, `SELECT * FROM ${quoteIdent(t.name)}`, limit, timeoutMs);
    return { name: t.name, type: s.session.isTempView(t.name) ? 'TEMPORARY' : t.isView ? 'VIEW' : 'MANAGED', ...resultJson(r, limit) };
  });

  app.post<{ Body: unknown }>('/api/sql', async (req) => {
    const body = req.body as { query?: unknown; limit?: unknown } | null;
    if (body === null || typeof body !== 'object' || typeof body.query !== 'string' || body.query.trim() === '') {
      throw badParameter('query', 'is required: a JSON body {"query": "select ..."} with one SELECT over the job\'s views and tables');
    }
    const limit = intParam(body.limit === undefined ? {} : { limit: String(body.limit) }, 'limit', 0, MAX_ROWS, DEFAULT_ROWS);
    const s = await engineOf();
    if (!s) throw new NoSqlSession();
    try {
      await checkReadOnlyQuery(s.engine, body.query);
    } catch (err) {
      if (err instanceof NotReadOnlyError) throw new SqlNotReadOnly(err.message);
      if (err instanceof AnalysisException) throw new SqlFailed(err.message);
      throw err;
    }
    return resultJson(await read(s.engine, body.query, limit, timeoutMs), limit);
  });
}
