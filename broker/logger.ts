/**
 * The broker's logger. By default one human-readable line per event on
 * stderr, in Kafka's log4j layout (`[2026-11-22 08:44:44,606] INFO message
 * (tributary)`), so a terminal reads like Kafka's; with TRIBUTARY_LOG=json,
 * pino's JSON lines for log shippers. Level from LOG_LEVEL (debug, info, warn,
 * error; default info).
 */
import pino from 'pino';

/** What the broker's parts log through. */
export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
  debug(msg: string): void;
}

const LEVELS = { debug: 20, info: 30, warn: 40, error: 50 } as const;
type Level = keyof typeof LEVELS;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Kafka's log4j timestamp: 2026-11-22 08:44:44,606 (local time). */
function timestamp(d = new Date()): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())},${pad(d.getMilliseconds(), 3)}`;
}

/** Creates the process logger for a broker. */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info', format = process.env.TRIBUTARY_LOG ?? 'text'): Logger {
  if (format === 'json') {
    const log = pino({ name, level, base: undefined }, pino.destination({ fd: 2, sync: false }));
    return { info: (m) => log.info(m), warn: (m) => log.warn(m), error: (m) => log.error(m), debug: (m) => log.debug(m) };
  }
  const min = LEVELS[(level in LEVELS ? level : 'info') as Level];
  const line =
    (lvl: Level, label: string) =>
    (m: string): void => {
      if (LEVELS[lvl] >= min) process.stderr.write(`[${timestamp()}] ${label} ${m} (${name})\n`);
    };
  return { debug: line('debug', 'DEBUG'), info: line('info', 'INFO'), warn: line('warn', 'WARN'), error: line('error', 'ERROR') };
}

/** A logger that drops everything (embedded brokers in tests). */
export const silentLogger: Logger = { info() {}, warn() {}, error() {}, debug() {} };
