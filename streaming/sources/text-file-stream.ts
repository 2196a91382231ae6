/**
 * textFileStream(dir): each batch reads the files that appeared in `dir`
 * since the previous batch, one partition per file, one record per line.
 * As in Spark: only files modified at or after the context started count
 * (existing files are ignored), names starting with "." or "_" are skipped,
 * and files must be moved into the directory atomically (written elsewhere,
 * then renamed), because a file is read once, when first seen.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { RDD } from '../rdd/rdd.js';
import { InputDStream } from '../dstream/input-dstream.js';
import type { Time } from '../dstream/dstream.js';
import type { StreamingContext } from '../context.js';

/** New files of a directory, batch by batch. */
export class FileInputDStream extends InputDStream<string> {
  private readonly seen = new Set<string>();
  private ignoreBefore = 0;

  /** Creates the stream over `directory`. */
  constructor(
    ssc: StreamingContext,
    readonly directory: string,
  ) {
    super(ssc);
  }

  /** Files modified before now are ignored. */
  override start(): void {
    this.ignoreBefore = Date.now();
  }

  protected async compute(time: Time): Promise<RDD<string>> {
    let names: string[] = [];
    try {
      names = (await fs.readdir(this.directory)).sort();
    } catch {
      names = [];
    }
    const parts: string[][] = [];
    for (const name of names) {
      if (name.startsWith('.') || name.startsWith('_') || this.seen.has(name)) continue;
      const file = path.join(this.directory, name);
      const st = await fs.stat(file).catch(() => null);
      if (!st || !st.isFile() || st.mtimeMs < this.ignoreBefore || st.mtimeMs > time) continue;
      this.seen.add(name);
      const text = await fs.readFile(file, 'utf8');
      const lines = text.split('\n');
      if (lines.at(-1) === '') lines.pop();
      parts.push(lines);
    }
    const rdd = RDD.fromPartitions(parts);
    this.reportRecords(
      time,
      parts.reduce((n, p) => n + p.length, 0),
    );
    return rdd;
  }
}
