/**
 * The source contract and the base every source builds on. A source turns
 * outside input into events and hands them to its ChannelProcessor. Its
 * `deliver` keeps trying a batch until the channels take it: while a channel
 * is full or failing the source holds its input (pauses a socket, stops
 * reading a pipe or file), which is the push-back that protects the channel.
 */
import type { ChannelProcessor, SourceMarks } from '../channel-processor.js';
import type { AgentServices, Lifecycle } from '../component.js';
import { describeError } from '../errors.js';
import type { FlumeEvent } from '../event.js';
import type { Logger } from '../log.js';
import { SourceCounter } from '../metrics/counters.js';

/** A source. */
export interface Source extends Lifecycle {
  readonly name: string;
  readonly type: string;
  readonly counters: SourceCounter;
  /**
   * Most events the source commits in one transaction, checked against its
   * channels' transactionCapacity at start; 0 when clients decide (avro, http).
   */
  readonly batchSize: number;
}

/** What a source factory gets besides its properties. */
export interface SourceDeps extends AgentServices {
  name: string;
  type: string;
  processor: ChannelProcessor;
}

/** Longest pause between two attempts to write a refused batch, ms. */
export const MAX_RETRY_BACKOFF_MS = 1000;

/** Common parts of the sources. */
export abstract class BaseSource implements Source {
  readonly name: string;
  readonly type: string;
  readonly counters = new SourceCounter();
  protected readonly logger: Logger;
  protected readonly processor: ChannelProcessor;
  /** Set by stop(); loops end and deliver() gives up. */
  protected stopped = false;
  abstract readonly batchSize: number;

  /** @param category the log category (`ExecSource`). */
  constructor(deps: SourceDeps, category: string) {
    this.name = deps.name;
    this.type = deps.type;
    this.processor = deps.processor;
    this.logger = deps.log.for(deps.name, category);
  }

  /** Starts the source. */
  async start(): Promise<void> {
    this.stopped = false;
    this.counters.startTime = Date.now();
    await this.doStart();
    this.logger.info(`Component type: SOURCE, name: ${this.name} started`);
  }

  /** Stops the source. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.doStop();
    this.counters.stopTime = Date.now();
    this.logger.info(`Component type: SOURCE, name: ${this.name} stopped`);
  }

  /** A default batch size: `def`, or less when a channel's transactionCapacity is smaller. */
  protected fitBatch(def: number): number {
    let n = def;
    for (const c of this.processor.channels) n = Math.min(n, c.transactionCapacity);
    return n;
  }

  protected abstract doStart(): Promise<void>;
  protected abstract doStop(): Promise<void>;

  /**
   * Commits `events` (with `marks`) to the channels, retrying while they
   * refuse; resolves true once committed, false if the source stopped first
   * (then nothing of the batch may be assumed written).
   */
  protected async deliver(events: FlumeEvent[], marks?: SourceMarks): Promise<boolean> {
    const n = events.length;
    this.counters.eventReceivedCount += n;
    this.counters.appendBatchReceivedCount++;
    // Interceptors work in place: retries must start from the original batch.
    const original = events.slice();
    for (let attempt = 0; ; attempt++) {
      try {
        await this.processor.processEventBatch(attempt === 0 ? events : original.slice(), marks);
        this.counters.eventAcceptedCount += n;
        this.counters.appendBatchAcceptedCount++;
        if (attempt > 0) this.logger.info(`channels accept events again after ${attempt} refused attempts`);
        return true;
      } catch (err) {
        this.counters.channelWriteFail++;
        if (attempt === 0) this.logger.warn(`channel refused a batch of ${n} events, holding input and retrying: ${describeError(err)}`);
        else this.logger.debug(`retry ${attempt} refused: ${describeError(err)}`);
        if (this.stopped) return false;
        await new Promise((r) => setTimeout(r, Math.min(50 * 2 ** attempt, MAX_RETRY_BACKOFF_MS)));
        if (this.stopped) return false;
      }
    }
  }

  /** One try at committing (no retry): for sources whose client retries (avro, http). */
  protected async deliverOnce(events: FlumeEvent[]): Promise<void> {
    const n = events.length;
    this.counters.eventReceivedCount += n;
    try {
      await this.processor.processEventBatch(events);
    } catch (err) {
      this.counters.channelWriteFail++;
      throw err;
    }
    this.counters.eventAcceptedCount += n;
  }
}
