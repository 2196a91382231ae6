/**
 * Avro sink (`avro`, org.apache.flume.sink.AvroSink): sends events to the next
 * agent's avro source over Flume's Avro RPC, batch-size (100) per
 * appendBatch call, one call per transaction. The take commits only after the
 * next hop answered OK, so an unreachable or refusing hop (FAILED: its
 * channel is full) rolls the batch back to the channel and it is sent again
 * later; nothing is lost, and a batch whose answer was lost may arrive twice.
 *
 * Properties (Flume's): hostname, port (required), batch-size, connect-timeout
 * (20000 ms), request-timeout (20000 ms), reset-connection-interval (seconds;
 * reconnect that often, to spread load behind a balancer; 0 never),
 * compression-type (none|deflate) and compression-level (6). SSL is not
 * supported.
 */
import type { ComponentContext } from '../config/context.js';
import { AvroRpcClient } from '../avro/rpc-client.js';
import type { FlumeEvent } from '../event.js';
import { BaseSink, type SinkDeps } from './sink.js';

/** Flume's avro sink. */
export class AvroSink extends BaseSink {
  readonly batchSize: number;
  private readonly host: string;
  private readonly port: number;
  private readonly connectTimeoutMs: number;
  private readonly requestTimeoutMs: number;
  private readonly resetMs: number;
  private readonly compression: 'none' | 'deflate';
  private readonly compressionLevel: number;
  private client: AvroRpcClient | null = null;
  private connectedAt = 0;

  /** Reads the properties listed in the header. */
  constructor(ctx: ComponentContext, deps: SinkDeps) {
    super(deps, 'AvroSink');
    this.host = ctx.required('hostname', 'the host of the next agent');
    this.port = ctx.int('port', -1, { min: 1, max: 65535 });
    if (this.port < 0) throw ctx.error('port', 'is required (the port of the next agent)');
    this.batchSize = ctx.int('batch-size', this.fitBatch(100), { min: 1 });
    this.connectTimeoutMs = ctx.int('connect-timeout', 20_000, { min: 1 });
    this.requestTimeoutMs = ctx.int('request-timeout', 20_000, { min: 1 });
    this.resetMs = ctx.int('reset-connection-interval', 0, { min: 0 }) * 1000;
    this.compression = ctx.choice('compression-type', ['none', 'deflate'], 'none');
    this.compressionLevel = ctx.int('compression-level', 6, { min: 0, max: 9 });
    if (ctx.bool('ssl', false)) throw ctx.error('ssl', 'SSL is not supported by this sink');
    ctx.accept('maxIoWorkers');
  }

  protected override async doStart(): Promise<void> {
    this.logger.info(`Starting AvroSink ${this.name} { host: ${this.host}, port: ${this.port} }`);
  }

  protected override async doStop(): Promise<void> {
    this.disconnect();
  }

  private disconnect(): void {
    if (this.client) {
      this.client.close();
      this.client = null;
      this.counters.connectionClosedCount++;
    }
  }

  private async connection(): Promise<AvroRpcClient> {
    if (this.client && !this.client.isClosed && (this.resetMs === 0 || Date.now() - this.connectedAt < this.resetMs)) return this.client;
    this.disconnect();
    try {
      this.client = await AvroRpcClient.connect({
        host: this.host,
        port: this.port,
        connectTimeoutMs: this.connectTimeoutMs,
        requestTimeoutMs: this.requestTimeoutMs,
        compression: this.compression,
        compressionLevel: this.compressionLevel,
      });
    } catch (err) {
      this.counters.connectionFailedCount++;
      throw err;
    }
    this.connectedAt = Date.now();
    this.counters.connectionCreatedCount++;
    this.logger.info(`Avro sink ${this.name}: connected to ${this.host}:${this.port}`);
    return this.client;
  }

  protected async deliver(events: FlumeEvent[]): Promise<void> {
    const client = await this.connection();
    let status: string;
    try {
      status = await client.appendBatch(events);
    } catch (err) {
      this.disconnect();
      throw err;
    }
    if (status !== 'OK') throw new Error(`${this.host}:${this.port} answered ${status} (its channel is probably full)`);
  }
}
