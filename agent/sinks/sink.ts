/**
 * The sink contract and the transaction template every sink uses: begin a
 * transaction on the sink's channel, take up to batchSize events, deliver
 * them, commit. If taking or delivering fails the transaction is rolled back,
 * so the events are back at the head of the channel, and process() rejects
 * with EventDeliveryError; the sink runner backs off and calls again. An
 * empty channel answers BACKOFF.
 */
import type { Channel } from '../channel.js';
import type { AgentServices, Lifecycle } from '../component.js';
import { EventDeliveryError } from '../errors.js';
import type { FlumeEvent } from '../event.js';
import type { Logger } from '../log.js';
import { SinkCounter } from '../metrics/counters.js';

/** What one process() call achieved: READY (delivered events) or BACKOFF (nothing to do). */
export type SinkStatus = 'READY' | 'BACKOFF';

/** A sink. */
export interface Sink extends Lifecycle {
  readonly name: string;
  readonly type: string;
  readonly channel: Channel;
  readonly counters: SinkCounter;
  /** Most events taken per transaction (checked against the channel's transactionCapacity). */
  readonly batchSize: number;
  /** One transaction: take, deliver, commit (or roll back and reject). */
  process(): Promise<SinkStatus>;
}

/** What a sink factory gets besides its properties. */
export interface SinkDeps extends AgentServices {
  name: string;
  type: string;
  channel: Channel;
}

/** Common parts of the sinks: lifecycle logging and the transaction template. */
export abstract class BaseSink implements Sink {
  readonly name: string;
  readonly type: string;
  readonly channel: Channel;
  readonly counters = new SinkCounter();
  protected readonly logger: Logger;
  abstract readonly batchSize: number;

  /** @param category the log category (`LoggerSink`). */
  constructor(deps: SinkDeps, category: string) {
    this.name = deps.name;
    this.type = deps.type;
    this.channel = deps.channel;
    this.logger = deps.log.for(deps.name, category);
  }

  /** Starts the sink. */
  async start(): Promise<void> {
    this.counters.startTime = Date.now();
    await this.doStart();
    this.logger.info(`Component type: SINK, name: ${this.name} started`);
  }

  /** Stops the sink. */
  async stop(): Promise<void> {
    await this.doStop();
    this.counters.stopTime = Date.now();
    this.logger.info(`Component type: SINK, name: ${this.name} stopped`);
  }

  /** A default batch size: `def`, or less when the channel's transactionCapacity is smaller. */
  protected fitBatch(def: number): number {
    return Math.min(def, this.channel.transactionCapacity);
  }

  protected async doStart(): Promise<void> {}
  protected async doStop(): Promise<void> {}

  /** Writes a batch out; rejects when it could not (the batch is then rolled back). */
  protected abstract deliver(events: FlumeEvent[]): Promise<void>;

  /** One transaction. */
  async process(): Promise<SinkStatus> {
    const tx = this.channel.begin();
    let events: FlumeEvent[];
    try {
      events = await tx.take(this.batchSize);
    } catch (err) {
      this.counters.channelReadFail++;
      await tx.rollback().catch(() => undefined);
      throw new EventDeliveryError(this.name, err);
    }
    const n = events.length;
    if (n === 0) {
      this.counters.batchEmptyCount++;
      await tx.commit();
      return 'BACKOFF';
    }
    if (n < this.batchSize) this.counters.batchUnderflowCount++;
    else this.counters.batchCompleteCount++;
    this.counters.eventDrainAttemptCount += n;
    try {
      await this.deliver(events);
      await tx.commit();
    } catch (err) {
      this.counters.eventWriteFail++;
      await tx.rollback().catch(() => undefined);
      throw new EventDeliveryError(this.name, err);
    }
    this.counters.eventDrainSuccessCount += n;
    return 'READY';
  }
}
