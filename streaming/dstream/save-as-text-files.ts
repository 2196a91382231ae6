/**
 * saveAsTextFiles(prefix, suffix): each batch is written as a directory
 * "<prefix>-<time ms>[.<suffix>]" holding one file per partition
 * (part-00000, ...) with one formatted record per line, and an empty
 * _SUCCESS file written last, as Hadoop's output committer does.
 */
import type { RDD } from '../rdd/rdd.js';
import { writeTextDir } from '../rdd/text-files.js';
import type { Time } from './dstream.js';

/** The directory name of the batch at `time`. */
export function batchDirName(prefix: string, suffix: string | undefined, time: Time): string {
  return suffix ? `${prefix}-${time}.${suffix}` : `${prefix}-${time}`;
}

/** Writes `rdd` under the batch directory of `time`. */
export async function saveAsTextFile<T>(rdd: RDD<T>, dir: string): Promise<void> {
  await writeTextDir(rdd, dir);
}
