import { describe, expect, it } from 'vitest';
import { RDD, SparkConf, SparkContext, StreamingContext } from '../../../../streaming/index.js';

describe('SparkConf', () => {
  it('sets, gets with and without defaults, copies and lists sorted', () => {
    const conf = new SparkConf({ b: 2 }).setAppName('app').set('a', true);
    expect(conf.get('spark.app.name')).toBe('app');
    expect(conf.get('a')).toBe('true');
    expect(conf.get('b')).toBe('2');
    expect(conf.get('missing', 'dflt')).toBe('dflt');
    expect(() => conf.get('missing')).toThrow('SparkConf has no value for missing');
    expect(conf.getOption('missing')).toBeUndefined();
    const copy = conf.clone().set('a', 'changed');
    expect(conf.get('a')).toBe('true');
    expect(copy.get('a')).toBe('changed');
    expect(conf.getAll()).toEqual([
      ['a', 'true'],
      ['b', '2'],
      ['spark.app.name', 'app'],
    ]);
    expect(conf.remove('b').contains('b')).toBe(false);
    expect(conf.toDebugString()).toBe('a=true\nspark.app.name=app');
  });
});

describe('SparkContext', () => {
  it('one per process: getOrCreate reuses it, new SparkContext() refuses, stop runs hooks and allows a new one', async () => {
    await SparkContext.getActive()?.stop();
    const sc = SparkContext.getOrCreate(new SparkConf().setAppName('one'));
    expect(SparkContext.getOrCreate(new SparkConf().setAppName('two'))).toBe(sc);
    expect(sc.appName).toBe('one');
    expect(sc.getConf().get('spark.master')).toBe('local[*]');
    expect(() => new SparkContext()).toThrow(/Only one SparkContext should be running in this process/);
    // Every RDD reaches it, as rdd.sparkContext and Python's rdd.context.
    const rdd = sc.parallelize([1, 2, 3, 4, 5], 2);
    expect(rdd.sparkContext).toBe(sc);
    expect(RDD.empty().context).toBe(sc);
    expect(await rdd.partitions()).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
    expect(await sc.union([rdd, sc.parallelize([6])]).collect()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await sc.emptyRDD().count()).toBe(0);
    const stopped: string[] = [];
    sc.onStop(() => void stopped.push('hook'));
    await sc.stop();
    await sc.stop();
    expect(stopped).toEqual(['hook']);
    expect(sc.isStopped).toBe(true);
    expect(SparkContext.getActive()).toBeNull();
    const next = SparkContext.getOrCreate();
    expect(next).not.toBe(sc);
    expect(next.appName).toBe('tributary');
    await next.stop();
  });

  it("a streaming context's sparkContext carries its configuration: rdd.sparkContext.getConf() inside foreachRDD", async () => {
    await SparkContext.getActive()?.stop();
    const ssc = new StreamingContext(50, { appName: 'conf-carrier', conf: { 'spark.sql.shuffle.partitions': 3 } });
    const confs: SparkConf[] = [];
    ssc.queueStream([[1]]).foreachRDD((rdd) => void confs.push(rdd.sparkContext.getConf()));
    await ssc.start();
    const deadline = Date.now() + 10_000;
    while (confs.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await ssc.stop();
    expect(confs[0].get('spark.app.name')).toBe('conf-carrier');
    expect(confs[0].get('spark.sql.shuffle.partitions')).toBe('3');
    expect(SparkContext.getActive()).toBeNull();
  });
});
