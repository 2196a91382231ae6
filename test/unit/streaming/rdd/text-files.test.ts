import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { RDD, SparkContext } from '../../../../streaming/index.js';
import { computeSplits, listInputFiles } from '../../../../streaming/rdd/text-files.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'text-files-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const sc = (): SparkContext => SparkContext.getOrCreate();

function write(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

describe('textFile', () => {
  it('every line exactly once and in order, whatever the split boundaries (lines crossing them, empty lines, CRLF, no final newline)', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 200; i++) lines.push(i % 17 === 0 ? '' : `line ${i} ` + 'x'.repeat((i * 13) % 40) + (i % 5 === 0 ? ' é' : ''));
    const text = lines.map((l, i) => l + (i % 3 === 0 ? '\r\n' : '\n')).join('');
    const lf = write('lines.txt', text);
    const noFinal = write('no-final-newline.txt', 'a\nb\nlast');
    for (let n = 1; n <= 40; n++) {
      const rdd = sc().textFile(lf, n);
      expect(await rdd.collect(), `minPartitions ${n}`).toEqual(lines);
      expect(rdd.numPartitions).toBeGreaterThanOrEqual(Math.min(n, 1));
      expect(await sc().textFile(noFinal, n).collect()).toEqual(['a', 'b', 'last']);
    }
    // Split sizes: total / minPartitions, the last one up to 10% longer.
    const bytes = Buffer.byteLength(text);
    const quarter = Math.ceil(bytes / 4);
    expect(computeSplits([lf], 4).map((s) => s.length)).toEqual([quarter, quarter, quarter, bytes - 3 * quarter]);
    expect(computeSplits([write('eleven.txt', 'x'.repeat(11))], 2).map((s) => s.length)).toEqual([6, 5]);
    expect(computeSplits([write('slop.txt', 'x'.repeat(21))], 2).map((s) => s.length)).toEqual([11, 10]);
  });

  it('one byte per split: a line starting exactly at a split end belongs to that split', async () => {
    const p = write('tiny.txt', 'ab\nc\n\nd');
    expect(computeSplits([p], 100).length).toBe(7);
    const rdd = sc().textFile(p, 100);
    expect(await rdd.partitions()).toEqual([['ab'], [], ['c'], [], [''], ['d'], []]);
  });

  it('directories (hidden files skipped), globs, comma lists, file: URIs, gzip, empty files', async () => {
    write('d/b.txt', 'b1\nb2\n');
    write('d/a.txt', 'a1\n');
    write('d/_SUCCESS', '');
    write('d/.a.txt.crc', 'junk');
    write('d/empty.txt', '');
    write('g/x-1.log', 'x1\n');
    write('g/x-2.log', 'x2\n');
    write('g/y.log', 'y\n');
    write('z.gz', zlib.gzipSync('z1\nz2\n'));
    expect(await sc().textFile(path.join(dir, 'd')).collect()).toEqual(['a1', 'b1', 'b2']);
    expect(await sc().textFile(path.join(dir, 'g/x-*.log')).collect()).toEqual(['x1', 'x2']);
    expect(await sc().textFile(path.join(dir, 'g/{y,x-2}.log')).collect()).toEqual(['x2', 'y']);
    expect(await sc().textFile(path.join(dir, '?/x-[1].log')).collect()).toEqual(['x1']);
    expect(
      await sc()
        .textFile(`file://${path.join(dir, 'd/a.txt')},${path.join(dir, 'z.gz')}`)
        .collect(),
    ).toEqual(['a1', 'z1', 'z2']);
    expect(listInputFiles(path.join(dir, 'd')).map((f) => path.basename(f))).toEqual(['a.txt', 'b.txt', 'empty.txt']);
  });

  it('names a missing path, a glob matching nothing and a subdirectory', () => {
    expect(() => sc().textFile(path.join(dir, 'nope'))).toThrow(`Input path does not exist: file:${path.join(dir, 'nope')}`);
    expect(() => sc().textFile(path.join(dir, 'g/*.csv'))).toThrow(`Input Pattern file:${path.join(dir, 'g/*.csv')} matches 0 files`);
    write('nested/sub/a.txt', 'a');
    expect(() => sc().textFile(path.join(dir, 'nested'))).toThrow(`Not a file: file:${path.join(dir, 'nested/sub')}`);
  });
});

describe('wholeTextFiles and saveAsTextFile', () => {
  it('wholeTextFiles gives [file URI, content] per file over min(minPartitions, files) partitions', async () => {
    write('w/1.txt', 'one\n');
    write('w/2.txt', 'two');
    write('w/3.txt.gz', zlib.gzipSync('three'));
    const rdd = sc().wholeTextFiles(path.join(dir, 'w'), 2);
    expect(rdd.numPartitions).toBe(2);
    expect(await rdd.partitions()).toEqual([
      [[`file:${path.join(dir, 'w/1.txt')}`, 'one\n']],
      [
        [`file:${path.join(dir, 'w/2.txt')}`, 'two'],
        [`file:${path.join(dir, 'w/3.txt.gz')}`, 'three'],
      ],
    ]);
    expect(sc().wholeTextFiles(path.join(dir, 'w/1.txt'), 8).numPartitions).toBe(1);
  });

  it('saveAsTextFile writes part files and _SUCCESS, reads back with textFile, refuses an existing directory', async () => {
    const out = path.join(dir, 'out');
    const rdd = RDD.fromPartitions<unknown>([[['a', 1], 'plain'], [], [{ k: 1 }]]);
    await rdd.saveAsTextFile(out);
    expect(fs.readdirSync(out).sort()).toEqual(['_SUCCESS', 'part-00000', 'part-00001', 'part-00002']);
    expect(fs.readFileSync(path.join(out, 'part-00000'), 'utf8')).toBe('(a,1)\nplain\n');
    expect(await sc().textFile(out).collect()).toEqual(['(a,1)', 'plain', '{"k":1}']);
    await expect(rdd.saveAsTextFile(out)).rejects.toThrow(`Output directory file:${out} already exists`);
  });
});
