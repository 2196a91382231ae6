import { expect, it } from 'vitest';
import { SparkSession, StreamingContext } from '../../../../streaming/index.js';

it("inside foreachRDD: Spark's SparkSession.builder.config(rdd.sparkContext.getConf()).getOrCreate(), a view of each batch and a running table across batches", async () => {
  const ssc = new StreamingContext(100, { appName: 'sql-in-foreach', conf: { 'tributary.sql.threads': 1 } });
  const queue = [['a b a'], ['b'], [], ['c a']];
  const words = ssc.queueStream(queue).flatMap((l) => l.split(' '));
  const perBatch: unknown[][] = [];
  const sessions = new Set<SparkSession>();
  let totals: unknown[] = [];
  words.foreachRDD(async (rdd) => {
    const spark = SparkSession.builder.config(rdd.sparkContext.getConf()).getOrCreate();
    sessions.add(spark);
    if (!(await spark.catalog.tableExists('totals'))) await spark.sql('create table totals (word varchar, total bigint)').collect();
    rdd.toDF('word').createOrReplaceTempView('words');
    perBatch.push(await spark.sql('select word, count(*) as total from words group by word order by word').collect());
    spark
      .sql(
        `select coalesce(t.word, w.word) as word, coalesce(t.total, 0) + coalesce(w.n, 0) as total
         from totals t full join (select word, count(*) as n from words group by word) w using (word)`,
      )
      .createOrReplaceTempView('totals');
    totals = await spark.sql('select * from totals order by word').collect();
    expect(spark.conf.get('spark.app.name')).toBe('sql-in-foreach');
  });
  await ssc.start();
  const deadline = Date.now() + 30_000;
  while (perBatch.length < 4) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
  await ssc.stop();
  expect(perBatch.slice(0, 4)).toEqual([
    [
      { word: 'a', total: 2 },
      { word: 'b', total: 1 },
    ],
    [{ word: 'b', total: 1 }],
    [],
    [
      { word: 'a', total: 1 },
      { word: 'c', total: 1 },
    ],
  ]);
  expect(totals).toEqual([
    { word: 'a', total: 3 },
    { word: 'b', total: 2 },
    { word: 'c', total: 1 },
  ]);
  // One session for the whole job; ssc.stop() stopped the SparkContext and so the session.
  expect(sessions.size).toBe(1);
  expect([...sessions][0].isStopped).toBe(true);
  expect(SparkSession.getActiveSession()).toBeNull();
});
