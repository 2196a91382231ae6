#!/usr/bin/env node
/**
 * kafka-server-start <server.properties> [--override key=value]...
 *
 * Kafka's own interface. Starts one broker in the foreground; SIGTERM or
 * SIGINT stops it cleanly (checkpoints written, so the next start skips
 * recovery). Writes a pid file that kafka-server-stop finds.
 */
import fs from 'node:fs';
import { ConfigError, loadBrokerConfig } from '../config/broker-config.js';
import { Broker } from '../broker/broker.js';
import { createLogger } from '../broker/logger.js';
import { removePidFile, writePidFile } from './pid-files.js';

const USAGE = 'USAGE: kafka-server-start <server.properties> [--override property=value]*';

function parseArgs(argv: string[]): { file: string; overrides: string[] } {
  let file: string | null = null;
  const overrides: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--override') {
      const v = argv[++i];
      if (v === undefined || !v.includes('='))
        throw new ConfigError('ERR_CONFIG_INVALID', `--override needs property=value, got '${v ?? ''}'`, {
          key: '--override',
          value: v ?? '',
          source: 'command line',
        });
      overrides.push(v);
    } else if (a.startsWith('--override=')) overrides.push(a.slice('--override='.length));
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (file === null && !a.startsWith('-')) file = a;
    else throw new ConfigError('ERR_CONFIG_INVALID', `unexpected argument '${a}'`, { key: a, value: '', source: 'command line' });
  }
  if (file === null) {
    console.error(USAGE);
    process.exit(1);
  }
  return { file, overrides };
}

async function main(): Promise<void> {
  const { file, overrides } = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(file)) throw new Error(`config file ${file} does not exist`);
  const config = loadBrokerConfig(file, overrides);
  const logger = createLogger('tributary');
  const broker = new Broker(config, logger);
  try {
    await broker.start();
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { port?: number; address?: string };
    if (e.code === 'EADDRINUSE')
      throw new Error(
        `port ${e.port} on ${e.address} is already in use: is another broker running? (set listeners= or --override listeners=PLAINTEXT://:PORT)`,
      );
    throw err;
  }
  const pidFile = writePidFile(
    file,
    broker.addresses.map((a) => a.port),
    config.brokerId,
  );
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received, shutting down`);
    broker
      .stop()
      .then(() => {
        removePidFile(pidFile);
        process.exit(0);
      })
      .catch((err) => {
        console.error(`shutdown failed: ${(err as Error).message}`);
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err) => {
  console.error(`kafka-server-start: ${(err as Error).message}`);
  process.exit(1);
});
