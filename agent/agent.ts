/**
 * Agent: one Flume agent, built from its configuration and run. Composition
 * happens here, top to bottom: channels first, then sinks (each behind a sink
 * processor, driven by a SinkRunner), then sources with their interceptors,
 * channel selector and ChannelProcessor. Start order is channels, sink
 * runners, sources; stop order is the reverse, so no source writes into a
 * stopped channel.
 *
 * Checks made here, after the structure parse (flume-config.ts): the types of
 * every component, selector, interceptor and processor; a source's or sink's
 * batch size against its channels' transactionCapacity (a batch larger than
 * a transaction may hold could never commit); interceptors configured but not
 * listed. Keys that no component read are logged as warnings.
 */
import { readFileSync } from 'node:fs';
import type { Channel } from './channel.js';
import { ChannelProcessor } from './channel-processor.js';
import type { AgentServices } from './component.js';
import type { ComponentContext } from './config/context.js';
import { parseAgentConfig, type AgentDefinition } from './config/flume-config.js';
import { AgentConfigError, describeError } from './errors.js';
import type { Interceptor } from './interceptors/interceptor.js';
import { AgentLog } from './log.js';
import { DefaultSinkProcessor } from './processors/processor.js';
import { SinkRunner } from './processors/sink-runner.js';
import { CHANNELS, INTERCEPTORS, PROCESSORS, SELECTORS, SINKS, SOURCES } from './registry.js';
import type { Sink } from './sinks/sink.js';
import type { Source } from './sources/source.js';

/** Options of an agent. */
export interface AgentOptions {
  /** Where the agent logs (default: INFO on standard error). */
  log?: AgentLog;
}

/** A built agent, ready to start. */
export class Agent {
  readonly channels = new Map<string, Channel>();
  readonly sources = new Map<string, Source>();
  readonly sinks = new Map<string, Sink>();
  readonly runners: SinkRunner[] = [];
  readonly log: AgentLog;
  private started = false;

  /** Builds every component of `def`; throws AgentConfigError on the first bad setting. */
  constructor(
    readonly def: AgentDefinition,
    options: AgentOptions = {},
  ) {
    this.log = options.log ?? new AgentLog();
    const logger = this.log.for(def.agent, 'Agent');
    const services: AgentServices = { agentName: def.agent, log: this.log };
    const contexts: ComponentContext[] = [];
    for (const c of def.channels) {
      const entry = CHANNELS.resolve(c.type, c.ctx);
      this.channels.set(c.name, entry.create(c.ctx, c.name, c.type, services));
      contexts.push(c.ctx);
    }
    const checkBatch = (ctx: ComponentContext, batchSize: number, batchKey: string, channel: Channel): void => {
      if (batchSize > channel.transactionCapacity)
        throw new AgentConfigError(
          ctx.key(batchKey),
          `batch size ${batchSize} is larger than the transactionCapacity ${channel.transactionCapacity} of channel '${channel.name}'`,
          def.file,
        );
    };
    for (const s of def.sinks) {
      const channel = this.channels.get(s.channel)!;
      const sink = SINKS.resolve(s.type, s.ctx).create(s.ctx, { ...services, name: s.name, type: s.type, channel });
      checkBatch(s.ctx, sink.batchSize, batchKeyOf(s.ctx), channel);
      this.sinks.set(s.name, sink);
      contexts.push(s.ctx);
    }
    const grouped = new Set<string>();
    for (const g of def.sinkGroups) {
      const sinks = g.sinks.map((n) => this.sinks.get(n)!);
      const processor = PROCESSORS.resolve(g.type, g.ctx, 'processor.type').create(g.ctx, sinks, this.log.for(g.name, 'SinkProcessor'));
      this.runners.push(new SinkRunner(g.name, processor, this.log.for(g.name, 'SinkRunner')));
      for (const n of g.sinks) grouped.add(n);
      contexts.push(g.ctx);
    }
    for (const [name, sink] of this.sinks) {
      if (!grouped.has(name)) this.runners.push(new SinkRunner(name, new DefaultSinkProcessor(sink), this.log.for(name, 'SinkRunner')));
    }
    for (const s of def.sources) {
      const channels = s.channels.map((n) => this.channels.get(n)!);
      const selCtx = s.ctx.sub('selector.');
      const selector = SELECTORS.resolve(selCtx.string('type', 'replicating'), selCtx).create(selCtx, channels);
      const names = s.ctx.list('interceptors');
      for (const key of s.ctx.entries('interceptors.').keys()) {
        const name = key.slice(0, key.indexOf('.'));
        if (!names.includes(name))
          throw new AgentConfigError(
            s.ctx.key(`interceptors.${key}`),
            `interceptor '${name}' is not listed in ${s.ctx.key('interceptors')} (${names.length ? `listed: ${names.join(', ')}` : 'nothing is listed there'})`,
            def.file,
          );
      }
      const interceptors: Interceptor[] = names.map((n) => {
        const ictx = s.ctx.sub(`interceptors.${n}.`);
        const type = ictx.string('type');
        if (!type) throw ictx.error('type', `is missing: interceptor '${n}' is listed but has no type`);
        return INTERCEPTORS.resolve(type, ictx).create(ictx);
      });
      const processor = new ChannelProcessor(selector, interceptors, this.log.for(s.name, 'ChannelProcessor'));
      const source = SOURCES.resolve(s.type, s.ctx).create(s.ctx, { ...services, name: s.name, type: s.type, processor });
      for (const ch of channels) if (source.batchSize > 0) checkBatch(s.ctx, source.batchSize, batchKeyOf(s.ctx), ch);
      this.sources.set(s.name, source);
      contexts.push(s.ctx);
    }
    for (const w of def.warnings) logger.warn(w);
    for (const ctx of contexts) for (const key of ctx.unusedKeys()) logger.warn(`unknown property ${key} (ignored)`);
  }

  /** Reads `file` and builds agent `name` from it. */
  static fromFile(file: string, name: string, options: AgentOptions = {}): Agent {
    return new Agent(parseAgentConfig(readFileSync(file, 'utf8'), name, file), options);
  }

  /** Starts channels, then sink runners, then sources; on a failure stops what started and rejects. */
  async start(): Promise<void> {
    const logger = this.log.for(this.def.agent, 'Agent');
    logger.info(`Starting agent ${this.def.agent}`);
    const startedList: { stop(): Promise<void> }[] = [];
    const startOne = async (kind: string, name: string, c: { start(): Promise<void>; stop(): Promise<void> }): Promise<void> => {
      logger.info(`Starting ${kind} ${name}`);
      try {
        await c.start();
      } catch (err) {
        throw new Error(
          `${kind.toLowerCase()} ${name} (${this.def.agent}.${kind.toLowerCase()}s.${name}) did not start: ${describeError(err)}`,
          {
            cause: err,
          },
        );
      }
      startedList.push(c);
    };
    try {
      for (const [name, c] of this.channels) await startOne('Channel', name, c);
      for (const r of this.runners) await startOne(this.def.sinkGroups.some((g) => g.name === r.name) ? 'Sinkgroup' : 'Sink', r.name, r);
      for (const [name, s] of this.sources) await startOne('Source', name, s);
    } catch (err) {
      for (const c of startedList.reverse()) await c.stop().catch(() => undefined);
      throw err;
    }
    this.started = true;
  }

  /** Stops sources, then sink runners, then channels. */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    const logger = this.log.for(this.def.agent, 'Agent');
    for (const [name, s] of this.sources) {
      logger.info(`Stopping Source ${name}`);
      await s.stop().catch((err: unknown) => logger.error(`source ${name} did not stop cleanly: ${String(err)}`));
    }
    for (const r of this.runners) {
      logger.info(`Stopping Sink ${r.name}`);
      await r.stop().catch((err: unknown) => logger.error(`sink ${r.name} did not stop cleanly: ${String(err)}`));
    }
    for (const [name, c] of this.channels) {
      logger.info(`Stopping Channel ${name}`);
      await c.stop().catch((err: unknown) => logger.error(`channel ${name} did not stop cleanly: ${String(err)}`));
    }
  }

  /**
   * The counters of every component in the shape of Flume's JSON monitoring:
   * `{"SOURCE.r1": {"EventReceivedCount": "4", ..., "Type": "SOURCE"}, "CHANNEL.c1": {...}, "SINK.k1": {...}}`
   * (values are strings, as Flume writes them).
   */
  metrics(): Record<string, Record<string, string>> {
    const out: Record<string, Record<string, string>> = {};
    const add = (kind: string, name: string, counters: { snapshot(): Record<string, number>; type: string }): void => {
      const m: Record<string, string> = {};
      for (const [k, v] of Object.entries(counters.snapshot())) m[k] = String(v);
      m.Type = counters.type;
      out[`${kind}.${name}`] = m;
    };
    for (const [n, s] of this.sources) add('SOURCE', n, s.counters);
    for (const [n, c] of this.channels) add('CHANNEL', n, c.counters);
    for (const [n, s] of this.sinks) add('SINK', n, s.counters);
    return out;
  }
}

/** The key a component's batch size is read from, for messages. */
function batchKeyOf(ctx: ComponentContext): string {
  for (const k of ['batchSize', 'flumeBatchSize', 'batch-size', 'sink.batchSize']) if (ctx.has(k)) return k;
  return 'batchSize';
}
