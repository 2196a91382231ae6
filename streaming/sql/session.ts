/**
 * SparkSession: the entry point of SQL over a job's data, with Spark's
 * singleton pattern inside foreachRDD:
 *
 *   words.foreachRDD(async (rdd, time) => {
 *     const spark = SparkSession.builder.config(rdd.sparkContext.getConf()).getOrCreate();
 *     rdd.toDF('word').createOrReplaceTempView('words');
 *     await spark.sql('select word, count(*) as total from words group by word').show();
 *   });
 *
 * builder...getOrCreate() returns the process's default session while it
 * runs (applying the builder's settings to its conf, as Spark does) or
 * starts one on the process's SparkContext. The session's SQL engine (DuckDB,
 * engine.ts) is loaded on its first SQL action, not before.
 *
 * sql(text, args?) returns a DataFrame. A query (SELECT, WITH, FROM, VALUES,
 * TABLE, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, PIVOT, UNPIVOT or "(") runs when
 * an action needs it. Any other statement (CREATE, INSERT, DROP, ...) is
 * queued and runs before the session's next SQL action, in order with the
 * views registered meanwhile (Spark runs them at once; an action on the
 * returned empty DataFrame, e.g. `await spark.sql('create table ...').collect()`,
 * runs it now). `args` are the query's parameters in DuckDB's syntax: `?` or
 * `$1` with an array, `$name` with an object. The dialect is DuckDB's, which
 * Spark SQL's common queries (select, group by, joins, window functions,
 * CTEs) run unchanged.
 *
 * The SparkContext stopping (ssc.stop() does by default) stops the session:
 * its engine closes and its views are gone. stop() does the same for the
 * session only; unlike Spark's, it leaves the SparkContext (and so a running
 * streaming job) alone.
 *
 * Configuration: sql-conf.ts (tributary.sql.threads, tributary.sql.memoryLimit).
 */
import type { RDD } from '../rdd/rdd.js';
import { SparkConf, SparkContext } from '../rdd/spark-context.js';
import { DataFrame } from './data-frame.js';
import { SqlEngine } from './engine.js';
import { AnalysisException } from './errors.js';
import { DataFrameReader } from './reader.js';
import type { Column, SchemaSpec } from './schema.js';
import { quoteIdent } from './table-loader.js';
import { checkConf } from '../conf-check.js';
import { SQL_CONF } from './sql-conf.js';

const QUERY_START = /^\s*(\(|select\b|with\b|from\b|values\b|table\b|describe\b|desc\b|show\b|summarize\b|explain\b|pivot\b|unpivot\b)/i;

/** A session's runtime configuration (Spark's spark.conf). */
export class RuntimeConfig {
  /** @internal */
  constructor(private readonly conf: SparkConf) {}

  /** The value of `key`, or `defaultValue`; a missing key without a default throws. */
  get(key: string, defaultValue?: string): string {
    return this.conf.get(key, defaultValue);
  }

  /** Sets `key`, checked (sql-conf.ts). Engine settings apply when the engine starts, at the first SQL action. */
  set(key: string, value: string | number | boolean): void {
    checkConf([[key, String(value)]], SQL_CONF);
    this.conf.set(key, value);
  }

  /** Every [key, value], sorted by key. */
  getAll(): [string, string][] {
    return this.conf.getAll();
  }
}

/** A table of the session's catalog. */
export interface CatalogTable {
  name: string;
  /** TEMPORARY: a temp view; MANAGED: a table (saveAsTable, CREATE TABLE); VIEW: a SQL view. */
  tableType: 'TEMPORARY' | 'MANAGED' | 'VIEW';
  isTemporary: boolean;
}

/** The session's views and tables (Spark's spark.catalog). */
export class Catalog {
  /** @internal */
  constructor(private readonly session: SparkSession) {}

  /** Every view and table, by name. */
  listTables(): Promise<CatalogTable[]> {
    return this.session.run(async (e) =>
      (await e.tables('job')).map((t) => {
        const temp = this.session.isTempView(t.name);
        return { name: t.name, tableType: temp ? 'TEMPORARY' : t.isView ? 'VIEW' : 'MANAGED', isTemporary: temp };
      }),
    );
  }

  /** Whether a view or table `name` exists (names compare case-insensitively, as in Spark and DuckDB). */
  async tableExists(name: string): Promise<boolean> {
    return (await this.listTables()).some((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** Drops the temp view `name`; false when there was none. */
  dropTempView(name: string): Promise<boolean> {
    return this.session.run(async (e) => {
      if (!this.session.isTempView(name)) return false;
      await e.execute(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
      this.session.forgetTempView(name);
      return true;
    });
  }
}

/** Builds or finds the default session (SparkSession.builder). */
export class Builder {
  private readonly settings = new Map<string, string>();

  /** spark.app.name. */
  appName(name: string): this {
    return this.config('spark.app.name', name);
  }

  /** spark.master (kept; everything runs in this process). */
  master(master: string): this {
    return this.config('spark.master', master);
  }

  /** One setting, every setting of a SparkConf (rdd.sparkContext.getConf()), or an object's entries. */
  config(keyOrConf: string | SparkConf | Record<string, string | number | boolean>, value?: string | number | boolean): this {
    if (typeof keyOrConf === 'string') {
      if (value === undefined) throw new Error(`SparkSession.builder.config('${keyOrConf}'): the value is missing`);
      this.settings.set(keyOrConf, String(value));
    } else if (keyOrConf instanceof SparkConf) {
      for (const [k, v] of keyOrConf.getAll()) this.settings.set(k, v);
    } else {
      for (const [k, v] of Object.entries(keyOrConf)) this.settings.set(k, String(v));
    }
    return this;
  }

  /** The running default session (the settings applied to its conf) or a new one. */
  getOrCreate(): SparkSession {
    return SparkSession.getOrCreateDefault(this.settings);
  }
}

let defaultSession: SparkSession | null = null;

/** The entry point of SQL. */
export class SparkSession {
  /** The session's configuration. */
  readonly conf: RuntimeConfig;
  /** The session's views and tables. */
  readonly catalog: Catalog;
  private engineP: Promise<SqlEngine> | null = null;
  private readonly pending: ((engine: SqlEngine) => Promise<void>)[] = [];
  private readonly tempViews = new Set<string>();
  private stopped = false;

  private constructor(
    /** The SparkContext the session runs on. */
    readonly sparkContext: SparkContext,
    conf: SparkConf,
  ) {
    this.conf = new RuntimeConfig(conf);
    this.catalog = new Catalog(this);
    sparkContext.onStop(() => this.stop());
  }

  /** A builder: SparkSession.builder.config(conf).getOrCreate(). */
  static get builder(): Builder {
    return new Builder();
  }

  /** The default session while it runs, or null. */
  static getActiveSession(): SparkSession | null {
    return defaultSession;
  }

  /** Same as getActiveSession (Spark keeps both). */
  static getDefaultSession(): SparkSession | null {
    return defaultSession;
  }

  /** @internal The default session, made with `settings` when none runs. */
  static getOrCreateDefault(settings: Map<string, string>): SparkSession {
    if (defaultSession && !defaultSession.sparkContext.isStopped) {
      for (const [k, v] of settings) defaultSession.conf.set(k, v);
      return defaultSession;
    }
    const sc = SparkContext.getOrCreate(new SparkConf(settings));
    const conf = sc.getConf().setAll(settings);
    checkConf(conf.getAll(), SQL_CONF);
    defaultSession = new SparkSession(sc, conf);
    return defaultSession;
  }

  /** Whether stop() ran. */
  get isStopped(): boolean {
    return this.stopped;
  }

  /** @internal The engine, opened on first use. */
  engine(): Promise<SqlEngine> {
    if (this.stopped) return Promise.reject(new Error('this SparkSession is stopped'));
    if (!this.engineP) {
      const threads = this.conf.get('tributary.sql.threads', '');
      const memoryLimit = this.conf.get('tributary.sql.memoryLimit', '');
      const p = SqlEngine.open({ threads: threads || undefined, memoryLimit: memoryLimit || undefined });
      this.engineP = p;
      p.catch(() => {
        if (this.engineP === p) this.engineP = null;
      });
    }
    return this.engineP;
  }

  /** @internal Whether the engine was opened (the UI does not open it). */
  get engineStarted(): boolean {
    return this.engineP !== null;
  }

  /**
   * @internal Runs `fn` with the engine's job connection after the work
   * queued by createOrReplaceTempView and non-query sql() calls. When queued
   * work fails, the rest of the queue is dropped and `fn` does not run.
   */
  async run<R>(fn: (engine: SqlEngine) => Promise<R>): Promise<R> {
    const engine = await this.engine();
    return engine.exclusive(async () => {
      const ops = this.pending.splice(0);
      for (const op of ops) await op(engine);
      return fn(engine);
    });
  }

  /** @internal Queues the view `name` of `df` (see data-frame.ts). */
  registerView(name: string, df: DataFrame, replace: boolean): void {
    DataFrame.checkViewName(name);
    if (this.stopped) throw new Error('this SparkSession is stopped');
    this.pending.push(async (engine) => {
      if (!replace && (await engine.tables('job')).some((t) => t.name.toLowerCase() === name.toLowerCase())) {
        throw new AnalysisException(`Temporary view '${name}' already exists`);
      }
      const plan = df.plan;
      if (plan.kind === 'records') await engine.replaceTable(name, await df.columnarData());
      else if (plan.kind === 'query') await engine.replaceTableAs(name, plan.query, plan.params);
      else throw new AnalysisException(`the result of a statement that returns no rows cannot be the view '${name}'`);
      this.tempViews.add(name.toLowerCase());
    });
  }

  /** @internal Whether `name` is a temp view of this session. */
  isTempView(name: string): boolean {
    return this.tempViews.has(name.toLowerCase());
  }

  /** @internal Forgets the temp view `name`. */
  forgetTempView(name: string): void {
    this.tempViews.delete(name.toLowerCase());
  }

  /** A DataFrame of `query`'s rows; a statement that is not a query runs before the next action (see the top of the file). */
  sql(query: string, args?: unknown[] | Record<string, unknown>): DataFrame {
    if (this.stopped) throw new Error('this SparkSession is stopped');
    const text = query.trim().replace(/;+\s*$/, '');
    if (QUERY_START.test(text)) return new DataFrame(this, { kind: 'query', query: text, params: args });
    this.pending.push((engine) => engine.execute(text, args));
    return new DataFrame(this, { kind: 'empty' });
  }

  /**
   * A DataFrame over records: an RDD (a batch) or an array. `schema`: column
   * names, a DDL string ("word STRING, total BIGINT") or columns with types
   * (schema.ts).
   */
  createDataFrame<T>(data: RDD<T> | T[], schema?: SchemaSpec | Column[]): DataFrame {
    return new DataFrame(this, { kind: 'records', rdd: data as RDD<unknown> | unknown[], schema });
  }

  /** A DataFrame of the view or table `name`. */
  table(name: string): DataFrame {
    return new DataFrame(this, { kind: 'query', query: `SELECT * FROM ${quoteIdent(name)}` });
  }

  /** Reads files into DataFrames (reader.ts). */
  get read(): DataFrameReader {
    return new DataFrameReader(this);
  }

  /** Stops the session: its engine closes (after the running action), views and tables are gone. Idempotent. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (defaultSession === this) defaultSession = null;
    this.pending.length = 0;
    const e = this.engineP;
    this.engineP = null;
    if (e) await (await e.catch(() => null))?.close();
  }
}
