/**
 * ChannelProcessor: what a source hands its events to. It runs the source's
 * interceptors, asks the selector for each event's channels, and writes the
 * batch to each required channel in one transaction per channel (in the
 * order the source lists its channels); then to the optional channels, whose
 * failures are only logged.
 *
 * Failure semantics (Flume's): if a required channel refuses the batch
 * (ChannelFullError when it has no room, ChannelError otherwise), that
 * channel's transaction is rolled back and processEventBatch rejects; the
 * source keeps the events and tries again later (push-back). Channels
 * committed before the failing one keep their copy, so a retry can duplicate
 * events in them: with several required channels delivery is at least once.
 */
import type { Channel, ChannelTransaction } from './channel.js';
import { describeError } from './errors.js';
import type { FlumeEvent } from './event.js';
import { interceptAll, type Interceptor } from './interceptors/interceptor.js';
import type { Logger } from './log.js';
import type { ChannelSelector } from './selectors/selector.js';

/** Source marks to commit with a batch (see ChannelTransaction.setMark). */
export type SourceMarks = ReadonlyMap<string, string | null>;

/** Routes a source's batches into its channels. */
export class ChannelProcessor {
  /** @param selector picks the channels; @param interceptors run first, in order. */
  constructor(
    readonly selector: ChannelSelector,
    readonly interceptors: readonly Interceptor[],
    private readonly logger: Logger,
  ) {}

  /** The source's channels. */
  get channels(): readonly Channel[] {
    return this.selector.channels;
  }

  /**
   * Intercepts `events` (in place) and commits them to their channels;
   * resolves with the number of events that survived the interceptors.
   * `marks` go with the batch to every required channel.
   */
  async processEventBatch(events: FlumeEvent[], marks?: SourceMarks): Promise<number> {
    interceptAll(this.interceptors, events);
    const sel = this.selector;
    if (sel.uniform) {
      const probe = events[0] ?? { headers: {}, body: Buffer.alloc(0) };
      const req = sel.required(probe);
      for (let i = 0; i < req.length; i++) await this.commitTo(req[i], events, marks);
      const opt = sel.optional(probe);
      for (let i = 0; i < opt.length; i++) await this.commitOptional(opt[i], events);
      return events.length;
    }
    const required = new Map<Channel, FlumeEvent[]>();
    const optional = new Map<Channel, FlumeEvent[]>();
    for (const c of sel.channels) {
      required.set(c, []);
      optional.set(c, []);
    }
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      const req = sel.required(e);
      for (let j = 0; j < req.length; j++) required.get(req[j])!.push(e);
      const opt = sel.optional(e);
      for (let j = 0; j < opt.length; j++) optional.get(opt[j])!.push(e);
    }
    for (const [c, list] of required) if (list.length > 0 || (marks && marks.size > 0)) await this.commitTo(c, list, marks);
    for (const [c, list] of optional) if (list.length > 0) await this.commitOptional(c, list);
    return events.length;
  }

  private async commitTo(channel: Channel, events: readonly FlumeEvent[], marks?: SourceMarks): Promise<void> {
    if (events.length === 0 && (!marks || marks.size === 0)) return;
    const tx: ChannelTransaction = channel.begin();
    try {
      for (let i = 0; i < events.length; i++) tx.put(events[i]);
      if (marks) for (const [k, v] of marks) tx.setMark(k, v);
      await tx.commit();
    } catch (err) {
      await tx.rollback().catch(() => undefined);
      throw err;
    }
  }

  private async commitOptional(channel: Channel, events: readonly FlumeEvent[]): Promise<void> {
    try {
      await this.commitTo(channel, events);
    } catch (err) {
      this.logger.warn(`optional channel ${channel.name}: ${events.length} events not written: ${describeError(err)}`);
    }
  }
}
