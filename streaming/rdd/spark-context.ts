/**
 * SparkConf and SparkContext: Spark's names for a job's configuration and
 * for the object that makes RDDs from outside data (parallelize, textFile,
 * wholeTextFiles).
 *
 * As in Spark there is at most one SparkContext per process:
 * `SparkContext.getOrCreate(conf?)` returns the running one or starts one,
 * and `new SparkContext()` while one runs throws. A StreamingContext starts
 * (or reuses) it with its own configuration (`ssc.sparkContext`), and every
 * RDD reaches it as `rdd.sparkContext` (Python's `rdd.context` too), which
 * is what Spark's pattern
 *
 *   SparkSession.builder.config(rdd.sparkContext.getConf).getOrCreate()
 *
 * needs. Here nothing runs on a cluster, so the context holds no executors:
 * stopping it only runs the stop hooks of what was built on it (the SQL
 * session closes its engine) and lets the next getOrCreate start afresh.
 */
import os from 'node:os';
import { RDD } from './rdd.js';
import { textFileRDD, wholeTextFilesRDD } from './text-files.js';

/** A job's configuration: string keys and values (Spark's SparkConf). */
export class SparkConf {
  private readonly settings = new Map<string, string>();

  /** A configuration holding `entries` (a Map, pairs or a plain object). */
  constructor(entries?: Iterable<readonly [string, unknown]> | Record<string, unknown>) {
    if (entries) this.setAll(entries);
  }

  /** Sets `key` to `value` (stored as text). */
  set(key: string, value: string | number | boolean): this {
    this.settings.set(key, String(value));
    return this;
  }

  /** Sets every entry. */
  setAll(entries: Iterable<readonly [string, unknown]> | Record<string, unknown>): this {
    const it = Symbol.iterator in entries ? (entries as Iterable<readonly [string, unknown]>) : Object.entries(entries);
    for (const [k, v] of it) this.settings.set(k, String(v));
    return this;
  }

  /** spark.app.name. */
  setAppName(name: string): this {
    return this.set('spark.app.name', name);
  }

  /** spark.master (kept for Spark code; jobs always run in this process). */
  setMaster(master: string): this {
    return this.set('spark.master', master);
  }

  /** The value of `key`; without `defaultValue` a missing key throws, as in Spark. */
  get(key: string, defaultValue?: string): string {
    const v = this.settings.get(key) ?? defaultValue;
    if (v === undefined) throw new Error(`SparkConf has no value for ${key}`);
    return v;
  }

  /** The value of `key`, or undefined. */
  getOption(key: string): string | undefined {
    return this.settings.get(key);
  }

  /** Whether `key` is set. */
  contains(key: string): boolean {
    return this.settings.has(key);
  }

  /** Removes `key`. */
  remove(key: string): this {
    this.settings.delete(key);
    return this;
  }

  /** Every [key, value], sorted by key. */
  getAll(): [string, string][] {
    return [...this.settings].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  /** An independent copy. */
  clone(): SparkConf {
    return new SparkConf(this.settings);
  }

  /** "key=value" lines, sorted. */
  toDebugString(): string {
    return this.getAll()
      .map(([k, v]) => `${k}=${v}`)
      .join('\n');
  }
}

let active: SparkContext | null = null;

/** The process's one SparkContext. */
export class SparkContext {
  private readonly conf: SparkConf;
  private readonly stopHooks: (() => void | Promise<void>)[] = [];
  private stopped: Promise<void> | null = null;

  /** Starts the context; throws when one is running already (Spark's rule). */
  constructor(conf: SparkConf = new SparkConf()) {
    if (active) throw new Error('Only one SparkContext should be running in this process; use SparkContext.getOrCreate()');
    this.conf = conf.clone();
    if (!this.conf.contains('spark.app.name')) this.conf.setAppName('tributary');
    if (!this.conf.contains('spark.master')) this.conf.setMaster('local[*]');
    active = this;
  }

  /** The running context, or a new one built from `conf` (ignored when one runs, as in Spark). */
  static getOrCreate(conf?: SparkConf): SparkContext {
    return active ?? new SparkContext(conf);
  }

  /** The running context, or null. */
  static getActive(): SparkContext | null {
    return active;
  }

  /** spark.app.name. */
  get appName(): string {
    return this.conf.get('spark.app.name');
  }

  /** A copy of the configuration. */
  getConf(): SparkConf {
    return this.conf.clone();
  }

  /** Whether stop() was called. */
  get isStopped(): boolean {
    return this.stopped !== null;
  }

  /** The partitions of file input when none is asked for: min(CPUs, 2), as Spark's local mode. */
  get defaultMinPartitions(): number {
    return Math.min(os.availableParallelism(), 2);
  }

  /** An RDD over in-memory records, in `numSlices` contiguous slices. */
  parallelize<T>(items: T[], numSlices = 1): RDD<T> {
    return RDD.parallelize(items, numSlices);
  }

  /** An RDD with no records. */
  emptyRDD<T>(): RDD<T> {
    return RDD.empty<T>();
  }

  /** The partitions of every RDD, one after another. */
  union<T>(rdds: RDD<T>[]): RDD<T> {
    return rdds.length === 0 ? RDD.empty<T>() : rdds[0].union(...rdds.slice(1));
  }

  /**
   * The lines of a text file, of every file of a directory, of the files a
   * glob matches, or of a comma-separated list of those (see text-files.ts).
   */
  textFile(path: string, minPartitions = this.defaultMinPartitions): RDD<string> {
    return textFileRDD(path, minPartitions);
  }

  /** [path, content] per file (paths as "file:/abs/path", like Spark's URIs). */
  wholeTextFiles(path: string, minPartitions = this.defaultMinPartitions): RDD<[string, string]> {
    return wholeTextFilesRDD(path, minPartitions);
  }

  /** @internal Runs `hook` when the context stops (the SQL session closes its engine). */
  onStop(hook: () => void | Promise<void>): void {
    this.stopHooks.push(hook);
  }

  /** Stops the context: runs the stop hooks; the next getOrCreate starts a new one. Idempotent. */
  stop(): Promise<void> {
    if (!this.stopped) {
      if (active === this) active = null;
      this.stopped = (async () => {
        for (const h of this.stopHooks.splice(0)) await Promise.resolve(h()).catch(() => undefined);
      })();
    }
    return this.stopped;
  }
}

declare module './rdd.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged declaration repeats RDD's type parameter
  interface RDD<T> {
    /** The process's SparkContext (started on first use). */
    readonly sparkContext: SparkContext;
    /** Python's name for sparkContext. */
    readonly context: SparkContext;
  }
}

for (const name of ['sparkContext', 'context']) {
  Object.defineProperty(RDD.prototype, name, {
    get: () => SparkContext.getOrCreate(),
    configurable: true,
  });
}
