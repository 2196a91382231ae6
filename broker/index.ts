/**
 * Embedded use: `import { startBroker } from 'tributary/broker'` starts a real
 * Kafka-compatible broker inside the calling process — by default on a free
 * loopback port with a fresh temporary data directory — so that a test suite
 * gets a broker with nothing to install.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBrokerConfig } from '../config/broker-config.js';
import { Broker } from './broker.js';
import { createLogger, silentLogger, type Logger } from './logger.js';
import { FileEngine } from './log/file-store.js';
import { MemoryEngine } from './log/memory-store.js';

export { Broker } from './broker.js';
export type { Logger } from './logger.js';

/** Options of an embedded broker. */
export interface StartBrokerOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Host to bind and advertise; default 127.0.0.1. */
  host?: string;
  /** Data directory; default a new temporary directory, removed by stop(). */
  dataDir?: string;
  /** Further server.properties keys, e.g. { 'num.partitions': '3' }. */
  config?: Record<string, string>;
  /** A logger, or 'console' for pino on stderr; silent by default. */
  logger?: Logger | 'console';
  /**
   * Where the partition logs live: 'file' (the default, Kafka's layout under
   * the data directory) or 'memory' (Buffers in this process, gone on stop:
   * fast throw-away brokers for tests; metadata still goes to the data dir).
   */
  storage?: 'file' | 'memory';
}

/** A running embedded broker. */
export interface RunningBroker {
  host: string;
  port: number;
  /** "host:port", ready for a client's bootstrap list. */
  brokers: string;
  dataDir: string;
  broker: Broker;
  /** Stops the broker (and removes the data directory if it was temporary). */
  stop(): Promise<void>;
}

/** Starts a broker in this process. */
export async function startBroker(options: StartBrokerOptions = {}): Promise<RunningBroker> {
  const host = options.host ?? '127.0.0.1';
  const temporary = options.dataDir === undefined;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-'));
  const config = loadBrokerConfig(null, [], {
    listeners: `PLAINTEXT://${host}:${options.port ?? 0}`,
    'log.dirs': dataDir,
    'offsets.topic.replication.factor': '1',
    'http.listener': 'none',
    ...options.config,
  });
  const logger = options.logger === 'console' ? createLogger('tributary') : (options.logger ?? silentLogger);
  const broker = new Broker(config, logger, options.storage === 'memory' ? new MemoryEngine() : new FileEngine());
  try {
    await broker.start();
  } catch (err) {
    await broker.stop().catch(() => undefined);
    if (temporary) fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  const port = broker.addresses[0].port;
  return {
    host,
    port,
    brokers: `${host}:${port}`,
    dataDir,
    broker,
    async stop() {
      await broker.stop();
      if (temporary) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
