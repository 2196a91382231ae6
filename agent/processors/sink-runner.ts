/**
 * SinkRunner: the loop that drives a sink processor, as Flume's polling
 * runner does. READY: call again at once. BACKOFF (the channel was empty):
 * wait until a sink's channel has new events, at most backoffMs. A failure:
 * log it (the transaction was rolled back, nothing is lost) and wait 1 s, 2 s,
 * ... up to maxBackoffMs before the next try, so a sink whose destination is
 * down does not spin; the first success resets the wait.
 */
import { Signal, type Channel } from '../channel.js';
import { describeError } from '../errors.js';
import type { Logger } from '../log.js';
import type { SinkProcessor } from './processor.js';

/** Runs a processor until stopped. */
export class SinkRunner {
  private running = false;
  private loop: Promise<void> | null = null;
  private failures = 0;
  private readonly channels: Channel[];
  /** Wakes the loop out of a wait when stopping. */
  private readonly wake = new Signal();

  /** @param name for log messages (the sink or sink group). */
  constructor(
    readonly name: string,
    readonly processor: SinkProcessor,
    private readonly logger: Logger,
    private readonly backoffMs = 1000,
    private readonly maxBackoffMs = 5000,
  ) {
    this.channels = [...new Set(processor.sinks.map((s) => s.channel))];
  }

  /** Starts the sinks and the loop. */
  async start(): Promise<void> {
    for (const s of this.processor.sinks) await s.start();
    this.running = true;
    this.loop = this.run();
  }

  /** Ends the loop after the current round, then stops the sinks. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake.notify();
    await this.loop;
    this.loop = null;
    for (const s of this.processor.sinks) await s.stop();
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        const status = await this.processor.process();
        this.failures = 0;
        if (status === 'BACKOFF' && this.running) {
          await Promise.race([this.wake.wait(this.backoffMs), ...this.channels.map((c) => c.waitForEvents(this.backoffMs))]);
        }
      } catch (err) {
        this.failures++;
        const wait = Math.min(this.maxBackoffMs, 1000 * 2 ** (this.failures - 1));
        if (this.failures === 1 || this.logger.debugEnabled)
          this.logger.error(`Unable to deliver event (retrying in ${wait} ms): ${describeError(err)}`);
        else this.logger.warn(`still failing (attempt ${this.failures}, retrying in ${wait} ms): ${describeError(err)}`);
        if (this.running) await this.wake.wait(wait);
      }
    }
  }
}
