/**
 * The registry: Flume's type names, short (`memory`, case-insensitive as in
 * Flume) and fully qualified class names (`org.apache.flume.channel.MemoryChannel`),
 * mapped to the factories of our components. An unknown type is an error
 * naming the key and listing the known short names; Flume types that exist
 * but are not provided here (hdfs, hbase, ...) are named as such.
 */
import type { Channel } from './channel.js';
import type { AgentServices } from './component.js';
import type { ComponentContext } from './config/context.js';
import type { Interceptor } from './interceptors/interceptor.js';
import type { Logger } from './log.js';
import type { SinkProcessor } from './processors/processor.js';
import type { ChannelSelector } from './selectors/selector.js';
import type { Sink, SinkDeps } from './sinks/sink.js';
import type { Source, SourceDeps } from './sources/source.js';
import { MemoryChannel, memoryChannelOptions } from './channels/memory-channel.js';
import { FileChannel, fileChannelOptions } from './channels/file-channel.js';
import { KafkaChannel, kafkaChannelOptions } from './channels/kafka-channel.js';
import { KafkaSink } from './sinks/kafka.js';
import { KafkaSource } from './sources/kafka.js';
import { NetcatSource } from './sources/netcat.js';
import { ExecSource } from './sources/exec.js';
import { SpoolDirSource } from './sources/spooldir.js';
import { TaildirSource } from './sources/taildir.js';
import { HttpSource } from './sources/http.js';
import { SeqSource } from './sources/seq.js';
import { AvroSource } from './sources/avro.js';
import { AvroSink } from './sinks/avro.js';
import { FileRollSink } from './sinks/file-roll.js';
import { LoggerSink } from './sinks/logger.js';
import { NullSink } from './sinks/null.js';
import { TimestampInterceptor } from './interceptors/timestamp.js';
import { HostInterceptor } from './interceptors/host.js';
import { StaticInterceptor } from './interceptors/static.js';
import { RegexFilterInterceptor } from './interceptors/regex-filter.js';
import { RegexExtractorInterceptor } from './interceptors/regex-extractor.js';
import { ReplicatingSelector } from './selectors/replicating.js';
import { MultiplexingSelector } from './selectors/multiplexing.js';
import { DefaultSinkProcessor } from './processors/processor.js';
import { FailoverSinkProcessor } from './processors/failover.js';
import { LoadBalanceSinkProcessor } from './processors/load-balance.js';

/** A registered type: its short name, Flume's class name(s), and its factory. */
export interface TypeEntry<F> {
  name: string;
  classNames: string[];
  create: F;
}

/** Makes a channel. */
export type ChannelFactory = (ctx: ComponentContext, name: string, type: string, services: AgentServices) => Channel;
/** Makes a source. */
export type SourceFactory = (ctx: ComponentContext, deps: SourceDeps) => Source;
/** Makes a sink. */
export type SinkFactory = (ctx: ComponentContext, deps: SinkDeps) => Sink;
/** Makes an interceptor. */
export type InterceptorFactory = (ctx: ComponentContext) => Interceptor;
/** Makes a channel selector over a source's channels. */
export type SelectorFactory = (ctx: ComponentContext, channels: readonly Channel[]) => ChannelSelector;
/** Makes a sink processor over a group's sinks. */
export type ProcessorFactory = (ctx: ComponentContext, sinks: readonly Sink[], logger: Logger) => SinkProcessor;

/** A kind's entries and Flume's types of that kind that are not provided. */
export class TypeTable<F> {
  /** @param kind for messages ("source"); @param missing Flume type names (short) not provided here. */
  constructor(
    readonly kind: string,
    readonly entries: TypeEntry<F>[],
    private readonly missing: string[] = [],
  ) {}

  /** The entry for a type name, or an error naming `ctx.key(typeRel)`. */
  resolve(type: string, ctx: ComponentContext, typeRel = 'type'): TypeEntry<F> {
    const lower = type.toLowerCase();
    const hit = this.entries.find((e) => e.name === lower || e.classNames.includes(type));
    if (hit) return hit;
    const known = this.entries.map((e) => e.name).join(', ');
    const short = type.includes('.') ? type.slice(type.lastIndexOf('.') + 1) : type;
    const missing = this.missing.find((m) => m === lower || short.toLowerCase().startsWith(m));
    if (missing) throw ctx.error(typeRel, `Flume's ${this.kind} type '${type}' is not provided by Tributary (known: ${known})`);
    throw ctx.error(typeRel, `unknown ${this.kind} type '${type}' (known: ${known}, or their org.apache.flume class names)`);
  }
}

/** Channel types. */
export const CHANNELS = new TypeTable<ChannelFactory>(
  'channel',
  [
    {
      name: 'memory',
      classNames: ['org.apache.flume.channel.MemoryChannel'],
      create: (ctx, name, type) => new MemoryChannel(name, memoryChannelOptions(ctx), type),
    },
    {
      name: 'file',
      classNames: ['org.apache.flume.channel.file.FileChannel'],
      create: (ctx, name, type, services) => new FileChannel(name, fileChannelOptions(ctx), services.log.for(name, 'FileChannel'), type),
    },
    {
      name: 'kafka',
      classNames: ['org.apache.flume.channel.kafka.KafkaChannel'],
      create: (ctx, name, type, services) => {
        const logger = services.log.for(name, 'KafkaChannel');
        return new KafkaChannel(name, kafkaChannelOptions(ctx, logger), logger, type);
      },
    },
  ],
  ['jdbc', 'spillablememory'],
);

/** Source types. */
export const SOURCES = new TypeTable<SourceFactory>(
  'source',
  [
    { name: 'netcat', classNames: ['org.apache.flume.source.NetcatSource'], create: (ctx, deps) => new NetcatSource(ctx, deps) },
    { name: 'exec', classNames: ['org.apache.flume.source.ExecSource'], create: (ctx, deps) => new ExecSource(ctx, deps) },
    {
      name: 'spooldir',
      classNames: ['org.apache.flume.source.SpoolDirectorySource'],
      create: (ctx, deps) => new SpoolDirSource(ctx, deps),
    },
    { name: 'taildir', classNames: ['org.apache.flume.source.taildir.TaildirSource'], create: (ctx, deps) => new TaildirSource(ctx, deps) },
    { name: 'http', classNames: ['org.apache.flume.source.http.HTTPSource'], create: (ctx, deps) => new HttpSource(ctx, deps) },
    { name: 'avro', classNames: ['org.apache.flume.source.AvroSource'], create: (ctx, deps) => new AvroSource(ctx, deps) },
    { name: 'kafka', classNames: ['org.apache.flume.source.kafka.KafkaSource'], create: (ctx, deps) => new KafkaSource(ctx, deps) },
    { name: 'seq', classNames: ['org.apache.flume.source.SequenceGeneratorSource'], create: (ctx, deps) => new SeqSource(ctx, deps) },
  ],
  ['syslogtcp', 'syslogudp', 'multiport_syslogtcp', 'jms', 'thrift', 'scribe', 'netcatudp', 'twitter'],
);

/** Sink types. */
export const SINKS = new TypeTable<SinkFactory>(
  'sink',
  [
    { name: 'logger', classNames: ['org.apache.flume.sink.LoggerSink'], create: (ctx, deps) => new LoggerSink(ctx, deps) },
    { name: 'null', classNames: ['org.apache.flume.sink.NullSink'], create: (ctx, deps) => new NullSink(ctx, deps) },
    { name: 'avro', classNames: ['org.apache.flume.sink.AvroSink'], create: (ctx, deps) => new AvroSink(ctx, deps) },
    { name: 'kafka', classNames: ['org.apache.flume.sink.kafka.KafkaSink'], create: (ctx, deps) => new KafkaSink(ctx, deps) },
    { name: 'file_roll', classNames: ['org.apache.flume.sink.RollingFileSink'], create: (ctx, deps) => new FileRollSink(ctx, deps) },
  ],
  ['hdfs', 'hive', 'hbase', 'hbase2', 'asynchbase', 'irc', 'thrift', 'elasticsearch', 'http', 'morphline'],
);

/** Interceptor types (Flume's class names end in `$Builder`). */
export const INTERCEPTORS = new TypeTable<InterceptorFactory>(
  'interceptor',
  [
    {
      name: 'timestamp',
      classNames: ['org.apache.flume.interceptor.TimestampInterceptor$Builder'],
      create: (ctx) => new TimestampInterceptor(ctx),
    },
    { name: 'host', classNames: ['org.apache.flume.interceptor.HostInterceptor$Builder'], create: (ctx) => new HostInterceptor(ctx) },
    { name: 'static', classNames: ['org.apache.flume.interceptor.StaticInterceptor$Builder'], create: (ctx) => new StaticInterceptor(ctx) },
    {
      name: 'regex_filter',
      classNames: ['org.apache.flume.interceptor.RegexFilteringInterceptor$Builder'],
      create: (ctx) => new RegexFilterInterceptor(ctx),
    },
    {
      name: 'regex_extractor',
      classNames: ['org.apache.flume.interceptor.RegexExtractorInterceptor$Builder'],
      create: (ctx) => new RegexExtractorInterceptor(ctx),
    },
  ],
  ['remove_header', 'search_replace', 'uuid', 'morphline'],
);

/** Channel selector types. */
export const SELECTORS = new TypeTable<SelectorFactory>('channel selector', [
  {
    name: 'replicating',
    classNames: ['org.apache.flume.channel.ReplicatingChannelSelector'],
    create: (ctx, channels) => new ReplicatingSelector(ctx, channels),
  },
  {
    name: 'multiplexing',
    classNames: ['org.apache.flume.channel.MultiplexingChannelSelector'],
    create: (ctx, channels) => new MultiplexingSelector(ctx, channels),
  },
]);

/** Sink processor types. */
export const PROCESSORS = new TypeTable<ProcessorFactory>('sink processor', [
  {
    name: 'default',
    classNames: ['org.apache.flume.sink.DefaultSinkProcessor'],
    create: (ctx, sinks) => {
      if (sinks.length !== 1)
        throw ctx.error('processor.type', `the default processor drives one sink, not ${sinks.length}: use failover or load_balance`);
      return new DefaultSinkProcessor(sinks[0]);
    },
  },
  {
    name: 'failover',
    classNames: ['org.apache.flume.sink.FailoverSinkProcessor'],
    create: (ctx, sinks, logger) => new FailoverSinkProcessor(ctx, sinks, logger),
  },
  {
    name: 'load_balance',
    classNames: ['org.apache.flume.sink.LoadBalancingSinkProcessor'],
    create: (ctx, sinks, logger) => new LoadBalanceSinkProcessor(ctx, sinks, logger),
  },
]);
