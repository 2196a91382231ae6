/**
 * The check a query from outside the job (the streaming UI's POST /api/sql)
 * must pass before it runs: it may only read the session's views and
 * tables. DuckDB's own parser decides, not a hand-written one:
 *
 * - exactly one statement (DuckDB's statement splitter);
 * - a SELECT (json_serialize_sql serializes SELECT statements only, set
 *   operations and CTEs included; anything else — COPY, ATTACH, INSERT,
 *   SET, PRAGMA, CALL, EXPLAIN — is refused);
 * - in its parse tree, no table function (read_csv, read_parquet, glob,
 *   query_table, duckdb_settings, ...: they read files or reach outside the
 *   views) and no table reference other than the session's views and tables
 *   (unqualified or in "main") or the query's own CTEs — which also refuses
 *   DuckDB's replacement scans of file names (FROM '/etc/passwd').
 *
 * Scalar functions are not restricted: none of DuckDB's reads files or
 * changes the database.
 */
import { AnalysisException } from './errors.js';
import type { SqlEngine } from './engine.js';

/** Thrown when a query is not a read-only query over the session's data; the message says why. */
export class NotReadOnlyError extends AnalysisException {}

/** Throws NotReadOnlyError unless `query` only reads the session's views and tables (see the top of the file). */
export async function checkReadOnlyQuery(engine: SqlEngine, query: string): Promise<void> {
  if ((await engine.statementCount(query)) !== 1) throw new NotReadOnlyError('one statement only, please', query);
  const tree = (await engine.parseSelect(query)) as { error?: boolean; error_message?: string; statements?: unknown[] };
  if (tree.error) throw new NotReadOnlyError(`only SELECT queries may run here (${tree.error_message})`, query);
  const tables = new Set((await engine.tables()).map((t) => t.name.toLowerCase()));
  const ctes = new Set<string>();
  const refs: { table: string; schema: string; catalog: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const x of node) walk(x);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'TABLE_FUNCTION') {
      const fn = (o.function as { function_name?: string } | undefined)?.function_name ?? '?';
      throw new NotReadOnlyError(`table function ${fn}() is not allowed: only the job's views and tables may be read`, query);
    }
    if (o.type === 'BASE_TABLE') {
      refs.push({ table: String(o.table_name), schema: String(o.schema_name ?? ''), catalog: String(o.catalog_name ?? '') });
    }
    const cteMap = (o.cte_map as { map?: { key: string }[] } | undefined)?.map;
    if (Array.isArray(cteMap)) for (const e of cteMap) ctes.add(String(e.key).toLowerCase());
    for (const v of Object.values(o)) walk(v);
  };
  walk(tree.statements);
  for (const r of refs) {
    const name = r.table.toLowerCase();
    const qualified = (r.schema !== '' && r.schema !== 'main') || (r.catalog !== '' && r.catalog !== 'memory');
    if (qualified || !(tables.has(name) || ctes.has(name))) {
      const shown = [r.catalog, r.schema, r.table].filter((x) => x !== '').join('.');
      throw new NotReadOnlyError(
        `'${shown}' is not one of the job's views or tables (${[...tables].sort().join(', ') || 'none yet'})`,
        query,
      );
    }
  }
}
