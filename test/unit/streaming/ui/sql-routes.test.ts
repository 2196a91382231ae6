/**
 * The streaming UI's SQL API over a running job (real HTTP on loopback):
 * the job keeps running totals in a temp view batch after batch, and the API
 * reads them from outside, read-only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SparkSession, StreamingContext, StreamingUi } from '../../../../streaming/index.js';

let ssc: StreamingContext;
let ui: StreamingUi;
const queue: string[][] = [];
let batchesWithSql = 0;

async function api(path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(new URL(path, ui.url), {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function until(cond: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  ssc = new StreamingContext(100, { appName: 'sql-api' });
  ssc.queueStream(queue).foreachRDD(async (rdd) => {
    if ((await rdd.count()) === 0) return;
    const spark = SparkSession.builder.config(rdd.sparkContext.getConf()).getOrCreate();
    if (!(await spark.catalog.tableExists('totals'))) await spark.sql('create table totals (word varchar, total bigint)').collect();
    rdd.toDF('word').createOrReplaceTempView('words');
    spark
      .sql(
        `select coalesce(t.word, w.word) as word, coalesce(t.total, 0) + coalesce(w.n, 0) as total
         from totals t full join (select word, count(*) as n from words group by word) w using (word)`,
      )
      .createOrReplaceTempView('totals');
    await spark.sql('select count(*) from totals').collect();
    batchesWithSql++;
  });
  ui = await StreamingUi.start(ssc, { port: 0, sqlTimeoutMs: 300 });
  await ssc.start();
});

afterAll(async () => {
  await ssc.stop();
  await ui.stop();
});

describe('the SQL API', () => {
  it('before the job runs SQL: no views, queries get TRB_ERR_NO_SQL_SESSION', async () => {
    expect(await api('/api/views')).toEqual({ status: 200, json: { views: [] } });
    const r = await api('/api/sql', { query: 'select 1' });
    expect(r.status).toBe(404);
    expect(r.json.code).toBe('TRB_ERR_NO_SQL_SESSION');
  });

  it("lists the job's views and reads the latest running totals, as they grow batch after batch", async () => {
    queue.push(['a', 'b', 'a']);
    await until(() => batchesWithSql >= 1);
    queue.push(['b', 'c']);
    await until(() => batchesWithSql >= 2);
    const views = await api('/api/views');
    expect(views.json).toEqual({
      views: [
        {
          name: 'totals',
          type: 'TEMPORARY',
          columns: [
            { name: 'word', type: 'VARCHAR' },
            { name: 'total', type: 'BIGINT' },
          ],
          rowCount: 3,
        },
        { name: 'words', type: 'TEMPORARY', columns: [{ name: 'word', type: 'VARCHAR' }], rowCount: 2 },
      ],
    });
    const totals = await api('/api/sql', { query: 'select word, total from totals order by word' });
    expect(totals).toEqual({
      status: 200,
      json: {
        columns: [
          { name: 'word', type: 'VARCHAR' },
          { name: 'total', type: 'BIGINT' },
        ],
        rows: [
          ['a', 2],
          ['b', 2],
          ['c', 1],
        ],
        truncated: false,
      },
    });
    const one = await api('/api/views/TOTALS?limit=1');
    expect(one.json.name).toBe('totals');
    expect(one.json.rows).toHaveLength(1);
    expect(one.json.truncated).toBe(true);
    const limited = await api('/api/sql', {
      query: 'with t as (select * from totals) select count(*) as n from t join words using (word)',
      limit: 5,
    });
    expect(limited.json.rows).toEqual([[2]]);
  });

  it('refuses anything but one SELECT over the views: writes, files, other tables, several statements', async () => {
    await until(() => batchesWithSql >= 1);
    const refused = async (query: string, pattern: RegExp): Promise<void> => {
      const r = await api('/api/sql', { query });
      expect(r.status, query).toBe(400);
      expect(r.json.code, query).toBe('TRB_ERR_SQL_NOT_READ_ONLY');
      expect(r.json.message, query).toMatch(pattern);
    };
    await refused("copy totals to '/tmp/stolen.csv'", /only SELECT queries/);
    await refused('drop table totals', /only SELECT queries/);
    await refused("select * from read_csv('/etc/passwd')", /table function read_csv\(\) is not allowed/);
    await refused("select * from '/etc/passwd'", /'\/etc\/passwd' is not one of the job's views or tables \(totals, words\)/);
    await refused('select * from information_schema.tables', /is not one of the job's views/);
    await refused('select 1; drop table totals', /one statement only/);
    expect((await api('/api/views/totals')).status).toBe(200);
  });

  it('errors: unknown view, bad body, bad limit, a failing query, a query over its time', async () => {
    await until(() => batchesWithSql >= 1);
    const missing = await api('/api/views/nope');
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ code: 'TRB_ERR_VIEW_NOT_FOUND', message: "no view or table 'nope' (the job has: totals, words)" });
    expect((await api('/api/sql', { q: 'select 1' })).json).toMatchObject({ code: 'TRB_ERR_BAD_PARAMETER', parameter: 'query' });
    expect((await api('/api/sql', { query: 'select 1', limit: -1 })).json).toMatchObject({
      code: 'TRB_ERR_BAD_PARAMETER',
      parameter: 'limit',
    });
    const failing = await api('/api/sql', { query: 'select nope from totals' });
    expect(failing.status).toBe(400);
    expect(failing.json.code).toBe('TRB_ERR_SQL_FAILED');
    expect(failing.json.message).toMatch(/nope/);
    const slow = await api('/api/sql', {
      query: 'with recursive r(i) as (select 1 union all select i + 1 from r where i < 1000000000000) select count(*) from r',
    });
    expect(slow).toMatchObject({ status: 503, json: { code: 'TRB_ERR_SQL_TIMEOUT', message: 'query interrupted after 300 ms' } });
  });
});
