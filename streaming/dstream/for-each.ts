/**
 * ForEachDStream: an output operation. Each batch at which its parent has an
 * RDD yields one job, `fn(rdd, time)`, run by the scheduler after every RDD
 * of the batch was generated. print and saveAsTextFiles are built on it.
 */
import type { RDD } from '../rdd/rdd.js';
import { DStream, type Time } from './dstream.js';

/** A job of a batch: runs one output operation. */
export interface Job {
  time: Time;
  output: ForEachDStream<unknown>;
  run(): Promise<void>;
}

/** What an output with resources of its own does when the context starts and stops. */
export interface OutputLifecycle {
  /** Runs at start(), before any source starts (a failure fails start()). */
  start(): Promise<void>;
  /** Runs when the context stops, after the sources stopped; also after a failed start. */
  stop(): Promise<void>;
}

/** An output operation over a parent stream. */
export class ForEachDStream<T> extends DStream<never> {
  /** Creates the output and registers it with the graph. */
  constructor(
    readonly parent: DStream<T>,
    private readonly fn: (rdd: RDD<T>, time: Time) => void | Promise<void>,
    /** A name for listeners and errors ("print", "foreachRDD", ...). */
    readonly description: string,
    private readonly lifecycle?: OutputLifecycle,
  ) {
    super(parent.ssc);
    parent.ssc.graph.addOutputStream(this as ForEachDStream<unknown>);
  }

  /** The parent. */
  get dependencies(): DStream<unknown>[] {
    return [this.parent];
  }

  /** The parent's slide. */
  get slideDuration(): Time {
    return this.parent.slideDuration;
  }

  /** Starts the output's resources, if it has any. */
  async start(): Promise<void> {
    await this.lifecycle?.start();
  }

  /** Stops the output's resources, if it has any. */
  async stop(): Promise<void> {
    await this.lifecycle?.stop();
  }

  protected compute(): undefined {
    return undefined;
  }

  /** Generates the parent's RDD at `time` and returns the job over it (none without an RDD). */
  async generateJob(time: Time): Promise<Job | undefined> {
    const rdd = await this.parent.getOrCompute(time);
    if (!rdd) return undefined;
    return { time, output: this as ForEachDStream<unknown>, run: async () => this.fn(rdd, time) };
  }
}
