/**
 * slice(fromTime, toTime): the RDDs a stream generated at its batch times in
 * [fromTime, toTime] (both inclusive; each bound is aligned down to the
 * stream's slide, as Spark does), oldest first. Only RDDs still remembered
 * are returned (a stream keeps its RDDs for its remember duration: one slide
 * by default, longer with ssc.remember(duration) or a window downstream);
 * nothing is computed, so a time not generated yet or already forgotten is
 * skipped.
 */
import type { RDD } from '../rdd/rdd.js';
import type { DStream, Time } from './dstream.js';

/** The remembered RDDs of `stream` in [fromTime, toTime]. */
export async function sliceDStream<T>(stream: DStream<T>, fromTime: Time, toTime: Time): Promise<RDD<T>[]> {
  if (stream.zeroTime < 0) throw new Error(`${stream.checkpointKey} has not been initialized (slice needs a started context)`);
  const slide = stream.slideDuration;
  const align = (t: Time): Time => t - ((((t - stream.zeroTime) % slide) + slide) % slide);
  const out: RDD<T>[] = [];
  for (let t = Math.max(align(fromTime), stream.zeroTime + slide); t <= align(toTime); t += slide) {
    const rdd = await stream.rememberedRDD(t);
    if (rdd) out.push(rdd);
  }
  return out;
}
