import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisException, RDD, SparkConf, SparkContext, SparkSession } from '../../../../streaming/index.js';

afterEach(async () => {
  await SparkSession.getActiveSession()?.stop();
  await SparkContext.getActive()?.stop();
});

const words = (): RDD<string> => RDD.fromPartitions([['hello', 'world', 'hello'], ['spark']]);

describe('SparkSession', () => {
  it('builder.config(conf).getOrCreate() returns one default session, applying later settings to its conf', () => {
    const sc = SparkContext.getOrCreate(new SparkConf().setAppName('app').set('x.y', 1));
    const a = SparkSession.builder.config(sc.getConf()).getOrCreate();
    expect(a.sparkContext).toBe(sc);
    expect(a.conf.get('spark.app.name')).toBe('app');
    const b = SparkSession.builder.config('k', 'v').config({ n: 2 }).getOrCreate();
    expect(b).toBe(a);
    expect([a.conf.get('k'), a.conf.get('n'), a.conf.get('x.y')]).toEqual(['v', '2', '1']);
    expect(SparkSession.getActiveSession()).toBe(a);
  });

  it('checks tributary.sql.* keys (did-you-mean, bad values) and carries spark.sql.* ones', async () => {
    expect(() => SparkSession.builder.config('tributary.sql.thread', 2).getOrCreate()).toThrow(
      "SparkSession conf: unknown config 'tributary.sql.thread' (did you mean 'tributary.sql.threads'?)",
    );
    await SparkContext.getActive()?.stop();
    expect(() => SparkSession.builder.config('tributary.sql.memoryLimit', 'lots').getOrCreate()).toThrow(
      "SparkSession conf: invalid value 'lots' for config 'tributary.sql.memoryLimit': must be a size such as 1GB or 512MiB",
    );
    await SparkContext.getActive()?.stop();
    const spark = SparkSession.builder.config({ 'tributary.sql.threads': 1, 'spark.sql.shuffle.partitions': 4 }).getOrCreate();
    expect(spark.conf.get('spark.sql.shuffle.partitions')).toBe('4');
    expect(() => spark.conf.set('tributary.sql.threads', 0)).toThrow(/invalid value '0' for config 'tributary.sql.threads'/);
    expect(await spark.sql("select current_setting('threads') as t").collect()).toEqual([{ t: 1 }]);
  });

  it("runs the course's word count: toDF → temp view → sql → show, collect, count, schema", async () => {
    const spark = SparkSession.builder.getOrCreate();
    words().toDF('word').createOrReplaceTempView('words');
    const counts = spark.sql('select word, count(*) as total from words group by word order by total desc, word');
    expect(await counts.collect()).toEqual([
      { word: 'hello', total: 2 },
      { word: 'spark', total: 1 },
      { word: 'world', total: 1 },
    ]);
    expect(await counts.showString()).toBe(
      ['+-----+-----+', '| word|total|', '+-----+-----+', '|hello|    2|', '|spark|    1|', '|world|    1|', '+-----+-----+', ''].join(
        '\n',
      ),
    );
    expect(await counts.count()).toBe(3);
    expect(await counts.schema()).toEqual([
      { name: 'word', type: 'VARCHAR' },
      { name: 'total', type: 'BIGINT' },
    ]);
    expect(await counts.first()).toEqual({ word: 'hello', total: 2 });
    expect(await counts.take(2)).toHaveLength(2);
    expect(
      await counts
        .toRDD()
        .map((r) => r.word)
        .collect(),
    ).toEqual(['hello', 'spark', 'world']);
    // registerTempTable (Spark 1.x) and the parameters of a query.
    spark.createDataFrame([{ n: 1 }, { n: 5 }, { n: 9 }]).registerTempTable('nums');
    expect(await spark.sql('select n from nums where n > $1 order by n', [2]).collect()).toEqual([{ n: 5 }, { n: 9 }]);
    expect(await spark.sql('select n from nums where n < $limit', { limit: 2 }).collect()).toEqual([{ n: 1 }]);
  });

  it('a view registered later replaces the earlier one; views live across calls until dropped', async () => {
    const spark = SparkSession.builder.getOrCreate();
    spark.createDataFrame(['a', 'b'], ['x']).createOrReplaceTempView('v');
    const df = spark.table('v');
    expect(await df.count()).toBe(2);
    spark.createDataFrame(['c'], ['x']).createOrReplaceTempView('v');
    expect(await df.collect()).toEqual([{ x: 'c' }]);
    expect(await spark.catalog.listTables()).toEqual([{ name: 'v', tableType: 'TEMPORARY', isTemporary: true }]);
    expect(await spark.catalog.dropTempView('v')).toBe(true);
    expect(await spark.catalog.dropTempView('v')).toBe(false);
    expect(await spark.catalog.tableExists('v')).toBe(false);
  });

  it('running totals: a view defined by a query over its own previous contents, batch after batch', async () => {
    const spark = SparkSession.builder.getOrCreate();
    await spark.sql('create table totals (word varchar, total bigint)').collect();
    const batches = [['a', 'b', 'a'], ['b'], [], ['c', 'a']];
    for (const batch of batches) {
      RDD.parallelize(batch).toDF('word').createOrReplaceTempView('batch');
      spark
        .sql(
          `select coalesce(t.word, b.word) as word, coalesce(t.total, 0) + coalesce(b.n, 0) as total
           from totals t full join (select word, count(*) as n from batch group by word) b on t.word = b.word`,
        )
        .createOrReplaceTempView('totals');
    }
    expect(await spark.sql('select * from totals order by word').collect()).toEqual([
      { word: 'a', total: 3 },
      { word: 'b', total: 2 },
      { word: 'c', total: 1 },
    ]);
    // A query joining the running table against the current batch.
    expect(await spark.sql('select b.word, t.total from batch b join totals t using (word) order by b.word').collect()).toEqual([
      { word: 'a', total: 3 },
      { word: 'c', total: 1 },
    ]);
  });

  it('statements other than queries run before the next action, in order with the views', async () => {
    const spark = SparkSession.builder.getOrCreate();
    spark.sql('create table t (x integer)');
    spark.sql('insert into t values (1), (2);');
    spark.createDataFrame([3], ['x']).createOrReplaceTempView('more');
    spark.sql('insert into t select x from more');
    expect(await spark.sql('select sum(x) as s from t').collect()).toEqual([{ s: 6 }]);
    expect(await spark.sql('drop table more').collect()).toEqual([]);
    expect(await spark.catalog.tableExists('more')).toBe(false);
  });

  it('errors: a failing registration fails the next action (and is not retried by later ones); clear messages', async () => {
    const spark = SparkSession.builder.getOrCreate();
    spark.createDataFrame([{ a: 1 }, { a: 'x' }]).createOrReplaceTempView('bad');
    await expect(spark.sql('select 1 as one').collect()).rejects.toThrow(`column 'a': row 1 holds a string, earlier rows a number`);
    expect(await spark.sql('select 1 as one').collect()).toEqual([{ one: 1 }]);
    const err = await spark
      .sql('select nope from missing_view')
      .collect()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AnalysisException);
    expect((err as Error).message).toMatch(/missing_view does not exist[\s\S]*== SQL ==\nselect nope from missing_view/);
    spark.createDataFrame([1], ['x']).createTempView('once');
    await spark.sql('select 1').collect();
    spark.createDataFrame([2], ['x']).createTempView('once');
    await expect(spark.sql('select 1').collect()).rejects.toThrow("Temporary view 'once' already exists");
    expect(() => spark.createDataFrame([1]).createOrReplaceTempView('__tributary_x')).toThrow(/reserved/);
    // An empty batch without column names cannot become a view; with names it can.
    RDD.empty<{ word: string }>().toDF().createOrReplaceTempView('empty');
    await expect(spark.sql('select 1').collect()).rejects.toThrow(/cannot be inferred: give them/);
    RDD.empty<string>().toDF('word').createOrReplaceTempView('empty');
    expect(await spark.sql('select word, count(*) as total from empty group by word').showString()).toBe(
      '+----+-----+\n|word|total|\n+----+-----+\n+----+-----+\n',
    );
  });

  it('a DataFrame of records answers actions without the SQL engine; printSchema and show print', async () => {
    const spark = SparkSession.builder.getOrCreate();
    const df = spark.createDataFrame([{ word: 'a', n: 1.5 }], 'word STRING, n DOUBLE');
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    (process.stdout as unknown as { write: (s: string) => boolean }).write = (s: string) => (out.push(s), true);
    try {
      await df.show();
      await df.printSchema();
    } finally {
      (process.stdout as unknown as { write: typeof write }).write = write;
    }
    expect(out.join('')).toBe(
      '+----+---+\n|word|  n|\n+----+---+\n|   a|1.5|\n+----+---+\n\nroot\n |-- word: string (nullable = true)\n |-- n: double (nullable = true)\n\n',
    );
    expect(spark.engineStarted).toBe(false);
  });

  it('the SparkContext stopping stops the session; a new getOrCreate starts a fresh one', async () => {
    const spark = SparkSession.builder.getOrCreate();
    spark.createDataFrame([1], ['x']).createOrReplaceTempView('gone');
    await spark.sql('select 1').collect();
    await spark.sparkContext.stop();
    expect(spark.isStopped).toBe(true);
    expect(() => spark.sql('select 1')).toThrow('this SparkSession is stopped');
    const next = SparkSession.builder.getOrCreate();
    expect(next).not.toBe(spark);
    expect(await next.catalog.tableExists('gone')).toBe(false);
  });
});
