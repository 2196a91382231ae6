/**
 * The broker's logger: pino, one JSON line per event on stderr by default,
 * or a pretty single line when TRIBUTARY_LOG=pretty. Level from LOG_LEVEL.
 */
import pino from 'pino';

/** What the broker's parts log through. */
export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
  debug(msg: string): void;
}

/** Creates the process logger for a broker. */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  const log = pino({ name, level, base: undefined }, pino.destination({ fd: 2, sync: false }));
  return {
    info: (m) => log.info(m),
    warn: (m) => log.warn(m),
    error: (m) => log.error(m),
    debug: (m) => log.debug(m),
  };
}

/** A logger that drops everything (embedded brokers in tests). */
export const silentLogger: Logger = { info() {}, warn() {}, error() {}, debug() {} };
