/**
 * DataFrame: rows with named, typed columns, made from records
 * (rdd.toDF(), session.createDataFrame) or by a query (session.sql,
 * session.table, session.read).
 *
 * Like Spark's, a DataFrame is lazy: nothing runs until an action (show,
 * collect, take, first, count, columns, schema, printSchema, a write, or
 * computing toRDD()'s partitions). Then:
 * - a DataFrame of records collects its RDD once (kept for later actions)
 *   and answers in JavaScript: no SQL engine is needed to show records;
 * - a DataFrame of a query runs the query on the session's engine, each
 *   action again, against the views as they are at that moment (Spark fixes
 *   the views a query reads when sql() is called; in the usual
 *   register-then-query order of a foreachRDD the two agree).
 *
 * createOrReplaceTempView(name) returns at once; the view is loaded (a
 * DataFrame of records) or computed (a DataFrame of a query, so a view may be
 * defined by a query over its own previous contents: running totals) by the
 * session before its next SQL action, in registration order, and that
 * action reports its errors. Views live in the session, across batches,
 * until replaced or dropped.
 *
 * Rows are plain objects keyed by column name (a later column of the same
 * name wins); cell values: see cells.ts.
 */
import { RDD } from '../rdd/rdd.js';
import { schemaTree } from './cells.js';
import { INTERNAL_PREFIX, type QueryResult, type SqlEngine, type SqlParams } from './engine.js';
import { AnalysisException } from './errors.js';
import { recordsToColumns, type Column, type ColumnarData, type SchemaSpec } from './schema.js';
import { showString } from './show.js';
import type { SparkSession } from './session.js';
import { DataFrameWriter } from './writer.js';

/** A row: column name → value. */
export type Row = Record<string, unknown>;

/** What a DataFrame is made of. */
export type DataFramePlan =
  /** Records of an RDD (collected at the first action) or of an array. */
  | { kind: 'records'; rdd: RDD<unknown> | readonly unknown[]; schema?: SchemaSpec }
  | { kind: 'query'; query: string; params?: SqlParams }
  /** The result of a statement that returns no rows (DDL, INSERT, ...). */
  | { kind: 'empty' };

/** A query text with what must happen after it ran. */
export interface BoundQuery {
  sql: string;
  params?: SqlParams;
  /** Drops what was made for the query (a staging table). */
  release(): Promise<void>;
}

let nextFrame = 0;

/** Rows with named, typed columns. */
export class DataFrame {
  private columnar: Promise<ColumnarData> | null = null;

  /** @internal Use session.sql, session.createDataFrame or rdd.toDF. */
  constructor(
    /** The session the DataFrame belongs to. */
    readonly sparkSession: SparkSession,
    /** @internal */
    readonly plan: DataFramePlan,
  ) {}

  /** @internal The records as columns (a DataFrame of records; computed once). */
  columnarData(): Promise<ColumnarData> {
    if (this.plan.kind !== 'records') throw new Error('not a DataFrame of records');
    const { rdd, schema } = this.plan;
    if (!this.columnar) {
      const records = rdd instanceof RDD ? rdd.collect() : Promise.resolve(rdd);
      const p = records.then((rs) => recordsToColumns(rs, schema));
      this.columnar = p;
      p.catch(() => {
        if (this.columnar === p) this.columnar = null;
      });
    }
    return this.columnar;
  }

  /** @internal This DataFrame as a query on `engine` (a DataFrame of records is loaded into a staging table). Inside exclusive(). */
  async bind(engine: SqlEngine): Promise<BoundQuery> {
    const none = async (): Promise<void> => undefined;
    if (this.plan.kind === 'query') return { sql: this.plan.query, params: this.plan.params, release: none };
    if (this.plan.kind === 'empty') return { sql: 'SELECT 1 WHERE false', release: none };
    const table = `${INTERNAL_PREFIX}df_${nextFrame++}`;
    await engine.createTable(table, await this.columnarData());
    return { sql: `SELECT * FROM "${table}"`, release: () => engine.execute(`DROP TABLE IF EXISTS "${table}"`) };
  }

  /** The rows (at most `maxRows`) with their columns. */
  private async result(maxRows?: number): Promise<QueryResult> {
    const plan = this.plan;
    if (plan.kind === 'records') {
      const d = await this.columnarData();
      const n = maxRows === undefined ? d.rowCount : Math.min(maxRows, d.rowCount);
      const rows: unknown[][] = new Array(n);
      for (let r = 0; r < n; r++) {
        const row = new Array(d.columns.length);
        for (let c = 0; c < d.columns.length; c++) row[c] = d.data[c][r];
        rows[r] = row;
      }
      return { columns: d.columns, rows };
    }
    if (plan.kind === 'empty') return this.sparkSession.run(async () => ({ columns: [], rows: [] }));
    return this.sparkSession.run((e) => e.query(plan.query, plan.params, maxRows));
  }

  private static toRows(r: QueryResult): Row[] {
    const out: Row[] = new Array(r.rows.length);
    for (let i = 0; i < r.rows.length; i++) {
      const row: Row = {};
      for (let c = 0; c < r.columns.length; c++) row[r.columns[c].name] = r.rows[i][c];
      out[i] = row;
    }
    return out;
  }

  // ---- views -------------------------------------------------------------

  /** Registers (or replaces) the session view `name` holding this DataFrame's rows (see the top of the file). */
  createOrReplaceTempView(name: string): void {
    this.sparkSession.registerView(name, this, true);
  }

  /** Like createOrReplaceTempView, but the next action fails if a view or table `name` exists. */
  createTempView(name: string): void {
    this.sparkSession.registerView(name, this, false);
  }

  /** Spark 1.x's name for createOrReplaceTempView (the course's SqlNetworkWordCount uses it). */
  registerTempTable(name: string): void {
    this.createOrReplaceTempView(name);
  }

  // ---- actions -----------------------------------------------------------

  /** Every row. */
  async collect(): Promise<Row[]> {
    return DataFrame.toRows(await this.result());
  }

  /** The first `n` rows. */
  async take(n: number): Promise<Row[]> {
    return DataFrame.toRows(await this.result(Math.max(0, n)));
  }

  /** The first `n` rows (Spark's head(n)). */
  head(n: number): Promise<Row[]> {
    return this.take(n);
  }

  /** The first row, or undefined when there is none. */
  async first(): Promise<Row | undefined> {
    return (await this.take(1))[0];
  }

  /** The number of rows. */
  async count(): Promise<number> {
    const plan = this.plan;
    if (plan.kind === 'records') return (await this.columnarData()).rowCount;
    if (plan.kind === 'empty') return (await this.result()).rows.length;
    const r = await this.sparkSession.run((e) => e.query(`SELECT count(*) FROM (${plan.query})`, plan.params));
    return Number(r.rows[0][0]);
  }

  /** The columns' names and SQL types. */
  async schema(): Promise<Column[]> {
    return (await this.result(0)).columns;
  }

  /** The columns' names. */
  async columns(): Promise<string[]> {
    return (await this.schema()).map((c) => c.name);
  }

  /** Prints the schema as Spark's tree ("root", " |-- word: string (nullable = true)"). */
  async printSchema(): Promise<void> {
    process.stdout.write(schemaTree(await this.schema()) + '\n');
  }

  /** The text show() prints (show.ts). */
  async showString(numRows = 20, truncate: boolean | number = true, vertical = false): Promise<string> {
    if (!Number.isInteger(numRows) || numRows < 0) throw new Error(`show: numRows must be an integer ≥ 0, got ${numRows}`);
    const r = await this.result(numRows + 1);
    return showString(r.columns, r.rows, numRows, r.rows.length > numRows, truncate, vertical);
  }

  /** Prints the first `numRows` rows (default 20) as Spark's table; `truncate` cells to 20 characters (or a width). */
  async show(numRows = 20, truncate: boolean | number = true, vertical = false): Promise<void> {
    process.stdout.write((await this.showString(numRows, truncate, vertical)) + '\n');
  }

  /** The rows as an RDD of one partition, computed when the RDD is (Spark's df.rdd). */
  toRDD(): RDD<Row> {
    return new RDD<Row>(1, () => this.collect());
  }

  /** Spark's df.rdd: toRDD(). */
  get rdd(): RDD<Row> {
    return this.toRDD();
  }

  /** Writes the rows to files or a session table (writer.ts). */
  get write(): DataFrameWriter {
    return new DataFrameWriter(this);
  }

  /** @internal Fails fast on a view name the session cannot use. */
  static checkViewName(name: string): void {
    if (typeof name !== 'string' || name.trim() === '') throw new AnalysisException('a view name must be a non-empty string');
    if (name.toLowerCase().startsWith(INTERNAL_PREFIX))
      throw new AnalysisException(`view names starting with ${INTERNAL_PREFIX} are reserved`);
  }
}
