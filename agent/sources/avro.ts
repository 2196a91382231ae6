/**
 * Avro source (`avro`, org.apache.flume.source.AvroSource): receives events
 * over Flume's Avro RPC on `bind`:`port` (both required), from Flume's avro
 * sink (tiered collection: many agents forward to a collector), from
 * `flume-ng avro-client`, or from any Flume RPC client. Each append or
 * appendBatch call is one transaction; when the channels refuse it the call
 * answers FAILED and the sender retries later.
 *
 * Properties (Flume's): bind, port, compression-type (none|deflate; must
 * match the sender's), threads (accepted; one event loop serves all
 * connections). SSL and IP filtering are not supported.
 */
import type { ComponentContext } from '../config/context.js';
import { describeError } from '../errors.js';
import { AvroRpcServer } from '../avro/rpc-server.js';
import type { Status } from '../avro/flume-protocol.js';
import type { FlumeEvent } from '../event.js';
import { BaseSource, type SourceDeps } from './source.js';
import { listenHost } from './line-splitter.js';

/** Flume's avro source. */
export class AvroSource extends BaseSource {
  readonly batchSize = 0;
  private readonly bind: string;
  private readonly port: number;
  private readonly compression: 'none' | 'deflate';
  private server: AvroRpcServer | null = null;

  /** Reads bind, port and compression-type. */
  constructor(ctx: ComponentContext, deps: SourceDeps) {
    super(deps, 'AvroSource');
    this.bind = ctx.required('bind', 'the address to listen on');
    this.port = ctx.int('port', -1, { min: 0, max: 65535 });
    if (this.port < 0) throw ctx.error('port', 'is required (the port to listen on)');
    this.compression = ctx.choice('compression-type', ['none', 'deflate'], 'none');
    if (ctx.bool('ssl', false)) throw ctx.error('ssl', 'SSL is not supported by this source');
    if (ctx.bool('ipFilter', false)) throw ctx.error('ipFilter', 'IP filtering is not supported by this source');
    ctx.accept('threads', 'ipFilterRules', 'compression-level');
  }

  /** The port listened on (useful with port 0). */
  get boundPort(): number {
    return this.server?.port ?? this.port;
  }

  protected async doStart(): Promise<void> {
    this.server = await AvroRpcServer.start(
      {
        host: listenHost(this.bind),
        port: this.port,
        compression: this.compression,
        onConnections: (n) => (this.counters.openConnectionCount = n),
        onError: (m) => this.logger.warn(`avro connection ${m}`),
      },
      (events, message) => this.append(events, message),
    );
    this.logger.info(`Avro source ${this.name} started on ${this.bind}:${this.boundPort}`);
  }

  protected async doStop(): Promise<void> {
    await this.server?.stop();
    this.server = null;
  }

  private async append(events: FlumeEvent[], message: 'append' | 'appendBatch'): Promise<Status> {
    if (message === 'append') this.counters.appendReceivedCount++;
    else this.counters.appendBatchReceivedCount++;
    try {
      await this.deliverOnce(events);
    } catch (err) {
      this.logger.warn(`Avro source ${this.name}: unable to process ${events.length} events: ${describeError(err)}`);
      return 'FAILED';
    }
    if (message === 'append') this.counters.appendAcceptedCount++;
    else this.counters.appendBatchAcceptedCount++;
    return 'OK';
  }
}
