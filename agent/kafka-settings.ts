/**
 * Reading the Kafka settings Flume's Kafka components share:
 * `kafka.bootstrap.servers` (or the pre-1.7 `brokerList`), the
 * `kafka.producer.*` / `kafka.consumer.*` maps, acks and compression. Old
 * names still work and are logged as deprecated, as Flume does.
 */
import { KafkaClient } from '../client/kafka-client.js';
import { codecFromName } from '../protocol/compression.js';
import type { ComponentContext } from './config/context.js';
import type { Logger } from './log.js';

/** The bootstrap servers from kafka.bootstrap.servers or an older name; an error naming the key when missing. */
export function bootstrapServers(ctx: ComponentContext, logger: Logger, oldNames: string[] = ['brokerList']): string {
  const r = ctx.raw('kafka.bootstrap.servers', ...oldNames);
  if (!r || r.value === '') throw ctx.error('kafka.bootstrap.servers', 'is required (host:port of the Kafka brokers, comma-separated)');
  if (r.key !== 'kafka.bootstrap.servers') deprecated(ctx, logger, r.key, 'kafka.bootstrap.servers');
  return r.value;
}

/** Logs that `key` is an old name of `now`. */
export function deprecated(ctx: ComponentContext, logger: Logger, key: string, now: string): void {
  logger.warn(`${ctx.key(key)} is deprecated; use ${ctx.key(now)}`);
}

/** acks as a number: "all" and "-1" are -1; 0 and 1 as they are. */
export function parseAcks(ctx: ComponentContext, key: string, value: string): number {
  if (value === 'all' || value === '-1') return -1;
  if (value === '0' || value === '1') return Number(value);
  throw ctx.error(key, `'${value}' is not an acks setting (0, 1, -1 or all)`);
}

/** The compression codec of kafka.producer.compression.type (default none). */
export function producerCompression(ctx: ComponentContext, props: ReadonlyMap<string, string>): number {
  const name = props.get('compression.type') ?? 'none';
  let codec: number;
  try {
    codec = codecFromName(name);
  } catch {
    codec = -2;
  }
  if (codec < 0) throw ctx.error('kafka.producer.compression.type', `'${name}' is not one of none, gzip, snappy, lz4, zstd`);
  return codec;
}

/** A lean client for a component, named after it. */
export function kafkaClient(servers: string, clientId: string, props: ReadonlyMap<string, string>): KafkaClient {
  const timeout = Number(props.get('request.timeout.ms') ?? 30_000);
  return new KafkaClient({
    brokers: servers,
    clientId: props.get('client.id') ?? clientId,
    requestTimeoutMs: timeout > 0 ? timeout : 30_000,
  });
}
