/**
 * SQL engine comparison for the streaming SQL session (issue 14): DuckDB
 * (@duckdb/node-api), alasql and sql.js (SQLite compiled to WebAssembly), on
 * a 1,000,000-row aggregation and on small per-batch tables. DuckDB twice:
 * "duckdb" through the SQL session as a job uses it (createDataFrame with a
 * schema, createOrReplaceTempView, sql: the rows' values checked and turned
 * into columns, appended, swapped in atomically), and "duckdb-appender" with
 * a bare hand-written appender of the same rows (the engine's floor).
 *
 *   node --import tsx bench/sql-engines.ts [--rows N] [--repeats R] [--quick]
 *
 * Rows are {word, n, v}: word one of 1,000 words, n an integer 0..99, v a
 * double. Each engine runs in a child process of its own (no JIT or heap
 * shared between them) and is measured, after one untimed warm-up round:
 * - load: the JavaScript rows into the engine (alasql queries arrays in
 *   place, so it has no load step);
 * - query: `select word, count(*), sum(n), avg(v) ... group by word`;
 * - per batch: 20 rounds of load + query of 10,000 rows (a 1-second batch of
 *   a busy stream), the mean per round;
 * wall time and process CPU time (all threads: DuckDB runs its own), the
 * median of R repeats. Every engine's result is checked against the
 * expected counts and sums. The last columns say whether the engine runs the
 * course's query, `select word, count(*) as total from words group by word`,
 * and a window function (`rank() over (partition by word order by v desc)`),
 * unchanged.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fixed, int, median, table } from './stats.js';

type Row = { word: string; n: number; v: number };
type Engine = 'duckdb' | 'duckdb-appender' | 'alasql' | 'sqljs';
const ENGINES: Engine[] = ['duckdb', 'duckdb-appender', 'alasql', 'sqljs'];
const WORDS = Array.from({ length: 1000 }, (_, i) => `word${i}`);
const QUERY = 'select word, count(*) as cnt, sum(n) as s, avg(v) as a from words group by word';
const COURSE_QUERY = 'select word, count(*) as total from words group by word';
const WINDOW_QUERY = 'select word, n, rank() over (partition by word order by v desc) as r from words';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function rows(n: number, seed = 0): Row[] {
  const out: Row[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = { word: WORDS[((i + seed) * 7919) % 1000], n: i % 100, v: i * 0.5 };
  return out;
}

interface Timing {
  wallMs: number;
  cpuMs: number;
}

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, Timing]> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const r = await fn();
  const c = process.cpuUsage(cpu);
  return [r, { wallMs: performance.now() - t, cpuMs: (c.user + c.system) / 1000 }];
}

/** One engine: load(rows) then query() → [word, count, sum][] ; runs(sql) says whether a query runs. */
interface Runner {
  load(rs: Row[]): Promise<void>;
  query(): Promise<[string, number, number][]>;
  runs(sql: string): Promise<boolean>;
}

async function runner(engine: Engine): Promise<Runner> {
  if (engine === 'duckdb') {
    const { SparkSession } = await import('../streaming/index.js');
    const spark = SparkSession.builder.getOrCreate();
    return {
      async load(rs) {
        spark.createDataFrame(rs, 'word STRING, n INT, v DOUBLE').createOrReplaceTempView('words');
        await spark.sql('select 1').collect();
      },
      async query() {
        return (await spark.sql(QUERY).collect()).map((r) => [r.word as string, Number(r.cnt), Number(r.s)]);
      },
      async runs(sql) {
        return spark
          .sql(sql)
          .collect()
          .then(
            () => true,
            () => false,
          );
      },
    };
  }
  if (engine === 'duckdb-appender') {
    const { DuckDBInstance, DuckDBDataChunk, VARCHAR, INTEGER, DOUBLE } = await import('@duckdb/node-api');
    const c = await (await DuckDBInstance.create(':memory:')).connect();
    return {
      async load(rs) {
        await c.run('create or replace table words(word varchar, n integer, v double)');
        const app = await c.createAppender('words');
        for (let from = 0; from < rs.length; from += 2048) {
          const to = Math.min(rs.length, from + 2048);
          const chunk = DuckDBDataChunk.create([VARCHAR, INTEGER, DOUBLE], to - from);
          const [w, n, v] = [0, 1, 2].map((i) => chunk.getColumnVector(i));
          for (let i = from; i < to; i++) {
            w.setItem(i - from, rs[i].word);
            n.setItem(i - from, rs[i].n);
            v.setItem(i - from, rs[i].v);
          }
          w.flush();
          n.flush();
          v.flush();
          app.appendDataChunk(chunk);
        }
        app.closeSync();
      },
      async query() {
        return (await c.runAndReadAll(QUERY)).getRowsJS().map((r) => [r[0] as string, Number(r[1]), Number(r[2])]);
      },
      async runs(sql) {
        return c.run(sql).then(
          () => true,
          () => false,
        );
      },
    };
  }
  if (engine === 'alasql') {
    const alasql = (await import('alasql')).default;
    let data: Row[] = [];
    const q = (sql: string): string => sql.replace('from words', 'from ?');
    return {
      async load(rs) {
        data = rs;
      },
      async query() {
        return (alasql(q(QUERY), [data]) as { word: string; cnt: number; s: number }[]).map((r) => [r.word, r.cnt, r.s]);
      },
      async runs(sql) {
        try {
          alasql(q(sql), [data]);
          return true;
        } catch {
          return false;
        }
      },
    };
  }
  const initSqlJs = (await import('sql.js')).default;
  const db = new (await initSqlJs()).Database();
  return {
    async load(rs) {
      db.run('drop table if exists words; create table words(word text, n integer, v real)');
      db.run('begin');
      const st = db.prepare('insert into words values (?, ?, ?)');
      for (let i = 0; i < rs.length; i++) st.run([rs[i].word, rs[i].n, rs[i].v]);
      st.free();
      db.run('commit');
    },
    async query() {
      return db.exec(QUERY)[0].values.map((r) => [r[0] as string, Number(r[1]), Number(r[2])]);
    },
    async runs(sql) {
      try {
        db.exec(sql);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** The expected [count, sum of n] per word. */
function expected(rs: Row[]): Map<string, [number, number]> {
  const m = new Map<string, [number, number]>();
  for (const r of rs) {
    const e = m.get(r.word) ?? [0, 0];
    e[0]++;
    e[1] += r.n;
    m.set(r.word, e);
  }
  return m;
}

function check(engine: string, got: [string, number, number][], want: Map<string, [number, number]>): void {
  if (got.length !== want.size) throw new Error(`${engine}: ${got.length} groups, expected ${want.size}`);
  for (const [w, c, s] of got) {
    const e = want.get(w);
    if (!e || e[0] !== c || e[1] !== s) throw new Error(`${engine}: wrong result for ${w}: ${c}, ${s}`);
  }
}

/** Child process: measures one engine and prints JSON. */
async function child(engine: Engine, n: number, repeats: number): Promise<void> {
  const big = rows(n);
  const want = expected(big);
  const r = await runner(engine);
  const loads: Timing[] = [];
  const queries: Timing[] = [];
  const batches: Timing[] = [];
  const small = Array.from({ length: 20 }, (_, i) => rows(10_000, i + 1));
  for (let k = 0; k <= repeats; k++) {
    const [, load] = await timed(() => r.load(big));
    const [got, query] = await timed(() => r.query());
    check(engine, got, want);
    const [, batch] = await timed(async () => {
      for (const s of small) {
        await r.load(s);
        await r.query();
      }
    });
    if (k === 0) continue; // warm-up
    loads.push(load);
    queries.push(query);
    batches.push({ wallMs: batch.wallMs / small.length, cpuMs: batch.cpuMs / small.length });
  }
  await r.load(big);
  const course = await r.runs(COURSE_QUERY);
  const windowFn = await r.runs(WINDOW_QUERY);
  const med = (ts: Timing[]): Timing => ({ wallMs: median(ts.map((t) => t.wallMs)), cpuMs: median(ts.map((t) => t.cpuMs)) });
  process.stdout.write(JSON.stringify({ load: med(loads), query: med(queries), batch: med(batches), course, windowFn }));
  process.exit(0);
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const n = arg('rows', 1_000_000);
  const repeats = arg('repeats', quick ? 1 : 3);
  const only = process.argv.indexOf('--engine');
  if (only >= 0) return child(process.argv[only + 1] as Engine, n, repeats);
  const self = fileURLToPath(import.meta.url);
  const out: string[][] = [];
  for (const engine of ENGINES) {
    process.stderr.write(`[bench] sql: ${engine}, ${int(n)} rows\n`);
    const res = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', self, '--engine', engine, '--rows', String(n), '--repeats', String(repeats)], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      }),
    ) as { load: Timing; query: Timing; batch: Timing; course: boolean; windowFn: boolean };
    const ms = (t: Timing): string => `${fixed(t.wallMs, 0)} / ${fixed(t.cpuMs, 0)}`;
    out.push([
      engine,
      ms(res.load),
      ms(res.query),
      `${fixed(res.load.wallMs + res.query.wallMs, 0)} / ${fixed(res.load.cpuMs + res.query.cpuMs, 0)}`,
      `${fixed(res.batch.wallMs, 1)} / ${fixed(res.batch.cpuMs, 1)}`,
      res.course ? 'yes' : 'no',
      res.windowFn ? 'yes' : 'no',
    ]);
  }
  const load = process.platform === 'linux' ? (await import('node:os')).loadavg()[0].toFixed(1) : '?';
  console.log(`### SQL engines (issue 14): ${int(n)}-row group-by, wall / CPU ms, median of ${repeats} (load average ${load})\n`);
  console.log(
    table(
      [
        'engine',
        `load ${int(n)} rows`,
        'group-by query',
        'load + query',
        'per batch: 10,000 rows load + query',
        'course query',
        'window function',
      ],
      out,
      [false, true, true, true, true, false, false],
    ),
  );
}

await main();
