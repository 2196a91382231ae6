/** The part of sql.js (SQLite compiled to WebAssembly; no types of its own) that bench/sql-engines.ts uses. */
declare module 'sql.js' {
  /** A prepared statement. */
  interface Statement {
    run(params?: unknown[]): void;
    free(): void;
  }
  /** An in-memory SQLite database. */
  interface Database {
    run(sql: string): void;
    exec(sql: string): { columns: string[]; values: unknown[][] }[];
    prepare(sql: string): Statement;
  }
  /** Loads the WebAssembly module. */
  export default function initSqlJs(): Promise<{ Database: new () => Database }>;
}
