/**
 * Text files in and out of RDDs, with Hadoop's rules as Spark applies them.
 *
 * Input paths (textFile, wholeTextFiles): a file; a directory, meaning its
 * files (names starting with "_" or "." are skipped as Hadoop's hidden files;
 * a subdirectory is an error, as without Hadoop's recursive option); a glob
 * (`*`, `?`, `[abc]`, `{a,b}` in any path component); or a comma-separated
 * list of those. A "file:" or "file://" prefix is accepted. Files are taken
 * in name order. A path that does not exist or a glob matching nothing is an
 * error naming it. Paths are listed when the RDD is made.
 *
 * Splits (textFile): the total size divided by minPartitions, capped at 32
 * MiB (the local file system's block size), at least 1 byte; a file's last
 * split may be up to 10% larger (Hadoop's slop). A ".gz" file is one split,
 * decompressed. An empty file is one empty split. A split [start, end)
 * (start inclusive, end exclusive, in bytes) owns the lines that begin at a
 * byte position p with start < p <= end, or p = 0 for the split starting at
 * 0: each line is read whole, past `end` when it crosses it, so every line
 * belongs to exactly one split. Lines end at "\n"; a "\r" before it is
 * dropped (Windows line ends). Text is UTF-8.
 *
 * Output (saveAsTextFile): a directory holding one file per partition
 * (part-00000, ...) with one record per line (formatted as print() does),
 * then an empty _SUCCESS file, written last, as Hadoop's committer does. A
 * directory that exists already is an error, as in Spark.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import { RDD } from './rdd.js';
import { formatRecord } from '../dstream/print.js';

const gunzip = promisify(zlib.gunzip);
const BLOCK_SIZE = 32 * 1024 * 1024;
const SPLIT_SLOP = 1.1;
const NL = 0x0a;

/** One split of a file: bytes [start, start + length). */
interface FileSplit {
  file: string;
  start: number;
  length: number;
  /** The whole file's size. */
  size: number;
}

/** The absolute file path of a "file:" URI or a plain path. */
function stripScheme(p: string): string {
  if (p.startsWith('file://')) return p.slice('file://'.length);
  if (p.startsWith('file:')) return p.slice('file:'.length);
  return p;
}

/** A RegExp for one glob path component. */
function globComponent(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) throw new Error(`glob ${pattern}: unclosed '['`);
      let cls = pattern.slice(i + 1, close);
      if (cls.startsWith('!') || cls.startsWith('^')) cls = '^' + cls.slice(1);
      re += `[${cls.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else if (c === '{') {
      const close = pattern.indexOf('}', i + 1);
      if (close < 0) throw new Error(`glob ${pattern}: unclosed '{'`);
      re +=
        '(?:' +
        pattern
          .slice(i + 1, close)
          .split(',')
          .map(escapeRe)
          .join('|') +
        ')';
      i = close;
    } else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const isGlob = (s: string): boolean => /[*?[{]/.test(s);

/** Expands a glob into the existing paths it matches, sorted. */
function expandGlob(absPattern: string): string[] {
  const parts = absPattern.split('/').filter((p) => p.length > 0);
  let bases = ['/'];
  for (const part of parts) {
    const next: string[] = [];
    if (!isGlob(part)) {
      for (const b of bases) {
        const p = path.join(b, part);
        if (fs.existsSync(p)) next.push(p);
      }
    } else {
      const re = globComponent(part);
      for (const b of bases) {
        let names: string[];
        try {
          names = fs.readdirSync(b);
        } catch {
          continue;
        }
        for (const n of names.sort()) if (re.test(n)) next.push(path.join(b, n));
      }
    }
    bases = next;
  }
  return bases;
}

/** `spec` split at the commas that are not inside a glob's {a,b}. */
function splitOutsideBraces(spec: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < spec.length; i++) {
    if (spec[i] === '{') depth++;
    else if (spec[i] === '}') depth = Math.max(0, depth - 1);
    else if (spec[i] === ',' && depth === 0) {
      out.push(spec.slice(from, i));
      from = i + 1;
    }
  }
  out.push(spec.slice(from));
  return out;
}

/** The input files of `spec` (see the top of the file), in order. */
export function listInputFiles(spec: string): string[] {
  const out: string[] = [];
  for (const raw of splitOutsideBraces(spec)) {
    const p = path.resolve(stripScheme(raw.trim()));
    const matches = isGlob(p) ? expandGlob(p) : fs.existsSync(p) ? [p] : [];
    if (matches.length === 0) {
      throw new Error(isGlob(p) ? `Input Pattern file:${p} matches 0 files` : `Input path does not exist: file:${p}`);
    }
    for (const m of matches) {
      if (!fs.statSync(m).isDirectory()) {
        out.push(m);
        continue;
      }
      for (const name of fs.readdirSync(m).sort()) {
        if (name.startsWith('_') || name.startsWith('.')) continue;
        const f = path.join(m, name);
        if (fs.statSync(f).isDirectory()) throw new Error(`Not a file: file:${f} (a directory's subdirectories are not read)`);
        out.push(f);
      }
    }
  }
  return out;
}

/** Splits the files as Hadoop's FileInputFormat does (see the top of the file). */
export function computeSplits(files: string[], minPartitions: number): FileSplit[] {
  const sizes = files.map((f) => fs.statSync(f).size);
  const total = sizes.reduce((a, b) => a + b, 0);
  const goal = total / Math.max(1, minPartitions);
  const splitSize = Math.max(1, Math.min(Math.ceil(goal), BLOCK_SIZE));
  const splits: FileSplit[] = [];
  files.forEach((file, i) => {
    const size = sizes[i];
    if (size === 0 || file.endsWith('.gz')) {
      splits.push({ file, start: 0, length: size, size });
      return;
    }
    let left = size;
    while (left / splitSize > SPLIT_SLOP) {
      splits.push({ file, start: size - left, length: splitSize, size });
      left -= splitSize;
    }
    if (left > 0) splits.push({ file, start: size - left, length: left, size });
  });
  return splits;
}

/** Pushes the lines of `buf[from, to)` ("\n" ends a line, a "\r" before it is dropped). */
function pushLines(buf: Buffer, from: number, to: number, out: string[], ownsUntil = Infinity): void {
  let p = from;
  while (p < to && p <= ownsUntil) {
    let nl = buf.indexOf(NL, p);
    if (nl < 0 || nl >= to) nl = to;
    const lineEnd = nl > p && buf[nl - 1] === 0x0d ? nl - 1 : nl;
    out.push(buf.toString('utf8', p, lineEnd));
    p = nl + 1;
  }
}

/** The lines a split owns. */
export async function readSplit(split: FileSplit): Promise<string[]> {
  const out: string[] = [];
  if (split.file.endsWith('.gz')) {
    const text = await gunzip(await fsp.readFile(split.file));
    pushLines(text, 0, text.length, out);
    return out;
  }
  const { start, size } = split;
  const end = start + split.length;
  if (split.length === 0) return out;
  const fh = await fsp.open(split.file, 'r');
  try {
    // Read [start, end) and then on to the first "\n" at or after `end` (the end of the last owned line).
    let buf = Buffer.alloc(0);
    let readTo = start;
    const readMore = async (n: number): Promise<number> => {
      const chunk = Buffer.alloc(Math.min(n, size - readTo));
      const { bytesRead } = await fh.read(chunk, 0, chunk.length, readTo);
      buf = Buffer.concat([buf, chunk.subarray(0, bytesRead)]);
      readTo += bytesRead;
      return bytesRead;
    };
    await readMore(end - start);
    while (readTo < size && buf.indexOf(NL, end - start) < 0) await readMore(64 * 1024);
    let first = 0;
    if (start > 0) {
      const nl = buf.indexOf(NL);
      if (nl < 0) return out;
      first = nl + 1;
    }
    pushLines(buf, first, buf.length, out, end - start);
  } finally {
    await fh.close();
  }
  return out;
}

/** The lines of the files of `spec`, one partition per split. */
export function textFileRDD(spec: string, minPartitions: number): RDD<string> {
  const splits = computeSplits(listInputFiles(spec), minPartitions);
  return new RDD<string>(splits.length, (i) => readSplit(splits[i]));
}

/** [file URI, content] per file of `spec`, files spread in order over min(minPartitions, files) partitions. */
export function wholeTextFilesRDD(spec: string, minPartitions: number): RDD<[string, string]> {
  const files = listInputFiles(spec);
  const n = Math.max(1, Math.min(minPartitions, files.length));
  return new RDD<[string, string]>(n, async (i) => {
    const mine = files.slice(Math.floor((i * files.length) / n), Math.floor(((i + 1) * files.length) / n));
    const out: [string, string][] = [];
    for (const f of mine) {
      const raw = await fsp.readFile(f);
      out.push([`file:${f}`, (f.endsWith('.gz') ? await gunzip(raw) : raw).toString('utf8')]);
    }
    return out;
  });
}

/** Writes `rdd` as part files plus _SUCCESS under `dir` (created; it may exist). */
export async function writeTextDir<T>(rdd: RDD<T>, dir: string): Promise<void> {
  await fsp.mkdir(dir, { recursive: true });
  await rdd.foreachPartition(async (items, i) => {
    let text = '';
    for (let j = 0; j < items.length; j++) text += formatRecord(items[j]) + '\n';
    await fsp.writeFile(path.join(dir, `part-${String(i).padStart(5, '0')}`), text);
  });
  await fsp.writeFile(path.join(dir, '_SUCCESS'), '');
}

declare module './rdd.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged declaration repeats RDD's type parameter
  interface RDD<T> {
    /** Writes the records as text under the new directory `path` (Spark's saveAsTextFile; see text-files.ts). */
    saveAsTextFile(path: string): Promise<void>;
  }
}

RDD.prototype.saveAsTextFile = async function (this: RDD<unknown>, p: string): Promise<void> {
  const dir = path.resolve(stripScheme(p));
  if (fs.existsSync(dir)) throw new Error(`Output directory file:${dir} already exists`);
  await writeTextDir(this, dir);
};
