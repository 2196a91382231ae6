import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SparkContext, SparkSession } from '../../../../streaming/index.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'df-writer-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await SparkSession.getActiveSession()?.stop();
  await SparkContext.getActive()?.stop();
});

const rows = [
  { word: 'a', total: 3, day: 'mon' },
  { word: 'b', total: 1, day: 'tue' },
  { word: 'c', total: 2, day: 'mon' },
];
const sorted = <T extends Record<string, unknown>>(rs: T[]): T[] => [...rs].sort((x, y) => String(x.word).localeCompare(String(y.word)));

describe('DataFrameWriter and DataFrameReader', () => {
  it('parquet (the default): part file and _SUCCESS, read back; modes error, ignore, append, overwrite', async () => {
    const spark = SparkSession.builder.getOrCreate();
    const out = path.join(dir, 'pq');
    await spark.createDataFrame(rows).write.save(out);
    const files = fs.readdirSync(out).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toBe('_SUCCESS');
    expect(files[1]).toMatch(/^part-00000-[0-9a-f-]{36}\.parquet$/);
    expect(sorted(await spark.read.parquet(out).collect())).toEqual(rows);
    await expect(spark.createDataFrame(rows).write.parquet(out)).rejects.toThrow(`path file:${out} already exists.`);
    await spark
      .createDataFrame([{ word: 'z', total: 9, day: 'x' }])
      .write.mode('ignore')
      .parquet(out);
    expect(await spark.read.parquet(out).count()).toBe(3);
    await spark
      .createDataFrame([{ word: 'd', total: 4, day: 'wed' }])
      .write.mode('append')
      .parquet(out);
    expect(fs.readdirSync(out).filter((f) => f.startsWith('part-'))).toHaveLength(2);
    expect(await spark.read.parquet(out).count()).toBe(4);
    // A query's result too, through the engine.
    spark.createDataFrame(rows).createOrReplaceTempView('r');
    await spark.sql('select word, total * 10 as total, day from r where total > 1').write.mode('overwrite').parquet(`file://${out}`);
    expect(sorted(await spark.read.parquet(out).collect())).toEqual([
      { word: 'a', total: 30, day: 'mon' },
      { word: 'c', total: 20, day: 'mon' },
    ]);
    expect(fs.existsSync(path.join(out, '_temporary'))).toBe(false);
  });

  it('partitionBy writes Hive-style directories, read back as columns', async () => {
    const spark = SparkSession.builder.getOrCreate();
    const out = path.join(dir, 'by-day');
    await spark.createDataFrame(rows).write.partitionBy('day').parquet(out);
    expect(fs.readdirSync(out).sort()).toEqual(['_SUCCESS', 'day=mon', 'day=tue']);
    expect(fs.readdirSync(path.join(out, 'day=mon'))[0]).toMatch(/^part-\d{5}-[0-9a-f-]{36}\.parquet$/);
    const back = await spark.read.parquet(out).collect();
    expect(sorted(back).map((r) => [r.word, r.total, r.day])).toEqual([
      ['a', 3, 'mon'],
      ['b', 1, 'tue'],
      ['c', 2, 'mon'],
    ]);
  });

  it('json lines and csv (header and separator options), gzip; unknown options and formats are errors', async () => {
    const spark = SparkSession.builder.getOrCreate();
    const json = path.join(dir, 'json');
    await spark.createDataFrame(rows).write.json(json);
    const part = fs.readdirSync(json).find((f) => f.startsWith('part-'))!;
    expect(fs.readFileSync(path.join(json, part), 'utf8')).toBe(rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    expect(sorted(await spark.read.json(json).collect())).toEqual(rows);
    const csv = path.join(dir, 'csv');
    await spark.createDataFrame(rows).write.option('header', true).option('sep', ';').csv(csv);
    const csvPart = fs.readdirSync(csv).find((f) => f.startsWith('part-'))!;
    expect(fs.readFileSync(path.join(csv, csvPart), 'utf8')).toBe('word;total;day\na;3;mon\nb;1;tue\nc;2;mon\n');
    // Read as Spark does: every column a string unless inferSchema.
    expect((await spark.read.options({ header: true, sep: ';' }).csv(csv).collect())[0]).toEqual({ word: 'a', total: '3', day: 'mon' });
    expect((await spark.read.options({ header: true, sep: ';', inferSchema: true }).csv(csv).collect())[0]).toEqual({
      word: 'a',
      total: 3,
      day: 'mon',
    });
    const gz = path.join(dir, 'csv-gz');
    await spark.createDataFrame(rows).write.format('csv').option('compression', 'gzip').save(gz);
    expect(fs.readdirSync(gz).find((f) => f.startsWith('part-'))).toMatch(/\.csv\.gz$/);
    expect(await spark.read.csv(gz).count()).toBe(3);
    await expect(spark.createDataFrame(rows).write.option('hedaer', true).csv(path.join(dir, 'x'))).rejects.toThrow(
      "option 'hedaer' is not known for csv; known: compression, header, sep, delimiter, quote, escape, nullvalue",
    );
    expect(() => spark.createDataFrame(rows).write.format('orc' as never)).toThrow("unknown format 'orc'; use one of parquet, json, csv");
    expect(() => spark.createDataFrame(rows).write.mode('upsert' as never)).toThrow("unknown save mode 'upsert'");
    expect(() => spark.read.parquet(path.join(dir, 'nope'))).toThrow(`Path does not exist: file:${path.join(dir, 'nope')}`);
  });

  it('saveAsTable by mode, insertInto by position', async () => {
    const spark = SparkSession.builder.getOrCreate();
    await spark.createDataFrame(rows).write.saveAsTable('history');
    await expect(spark.createDataFrame(rows).write.saveAsTable('history')).rejects.toThrow('Table history already exists.');
    // Append matches columns by name.
    await spark
      .createDataFrame([{ day: 'sun', total: 7, word: 'e' }])
      .write.mode('append')
      .saveAsTable('history');
    expect(await spark.sql("select total from history where word = 'e'").collect()).toEqual([{ total: 7 }]);
    await spark
      .createDataFrame([{ word: 'x', total: 0, day: 'x' }])
      .write.mode('ignore')
      .saveAsTable('history');
    expect(await spark.table('history').count()).toBe(4);
    await spark.createDataFrame([['f', 5, 'fri']]).write.insertInto('history');
    expect(await spark.table('history').count()).toBe(5);
    await spark.createDataFrame([['g', 6, 'sat']]).write.insertInto('history', true);
    expect(await spark.table('history').collect()).toEqual([{ word: 'g', total: 6, day: 'sat' }]);
    await spark.createDataFrame(rows).write.mode('overwrite').saveAsTable('history');
    expect(await spark.table('history').count()).toBe(3);
    expect(await spark.catalog.listTables()).toEqual([{ name: 'history', tableType: 'MANAGED', isTemporary: false }]);
    await expect(spark.createDataFrame(rows).write.insertInto('nope')).rejects.toThrow('Table not found: nope');
  });
});
