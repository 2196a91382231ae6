/**
 * The agent's log, in the shape Flume's users read on their consoles: one line
 * per message, `2024-05-01 10:45:24,581 (thread) [INFO - category] message`,
 * which is the layout of Flume's shipped log4j configuration with the thread
 * replaced by the component that logs (a Node agent has one thread).
 *
 * `-Dflume.root.logger=LEVEL,APPENDER` picks the level (TRACE, DEBUG, INFO,
 * WARN, ERROR, FATAL) and where lines go: `console` is standard error (as
 * Flume's console appender), `LOGFILE` appends to
 * `<flume.log.dir>/<flume.log.file>` (default `./logs/flume.log`).
 */
import fs from 'node:fs';
import path from 'node:path';

/** log4j's levels, lowest first. */
export const LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'] as const;
/** One of log4j's levels. */
export type Level = (typeof LEVELS)[number];

/** Where log lines go. */
export interface LogTarget {
  write(line: string): void;
}

/** Formats a time the way log4j's %d does: `yyyy-MM-dd HH:mm:ss,SSS`, local time. */
export function formatLogTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())},${p(d.getMilliseconds(), 3)}`;
}

/** The agent-wide log: a level and a target; `for()` gives a component's logger. */
export class AgentLog {
  private threshold: number;

  /** A log at `level` writing to `target` (default: standard error). */
  constructor(
    level: Level = 'INFO',
    private readonly target: LogTarget = { write: (l) => void process.stderr.write(l) },
  ) {
    this.threshold = LEVELS.indexOf(level);
  }

  /** Whether messages at `level` are written. */
  enabled(level: Level): boolean {
    return LEVELS.indexOf(level) >= this.threshold;
  }

  /** Writes one line. */
  write(level: Level, thread: string, category: string, message: string): void {
    if (!this.enabled(level)) return;
    this.target.write(`${formatLogTime(Date.now())} (${thread}) [${level} - ${category}] ${message}\n`);
  }

  /** A logger for one component: `thread` is its name, `category` its kind (`LoggerSink`). */
  for(thread: string, category: string): Logger {
    return new Logger(this, thread, category);
  }

  /**
   * The log `-Dflume.root.logger=LEVEL,APPENDER` asks for (`props` are the
   * -D properties). Unknown levels or appenders are errors naming the value.
   */
  static fromProperties(props: ReadonlyMap<string, string>): AgentLog {
    const spec = props.get('flume.root.logger') ?? 'INFO,console';
    const [levelText, appender = 'console'] = spec.split(',').map((s) => s.trim());
    const level = levelText.toUpperCase() as Level;
    if (!LEVELS.includes(level)) throw new Error(`flume.root.logger: unknown level '${levelText}' (known: ${LEVELS.join(', ')})`);
    if (appender.toLowerCase() === 'console') return new AgentLog(level);
    if (appender.toUpperCase() === 'LOGFILE') {
      const dir = props.get('flume.log.dir') ?? './logs';
      fs.mkdirSync(dir, { recursive: true });
      const fd = fs.openSync(path.join(dir, props.get('flume.log.file') ?? 'flume.log'), 'a');
      return new AgentLog(level, { write: (l) => void fs.writeSync(fd, l) });
    }
    throw new Error(`flume.root.logger: unknown appender '${appender}' (known: console, LOGFILE)`);
  }
}

/** A component's logger. */
export class Logger {
  /** Use AgentLog.for(). */
  constructor(
    readonly log: AgentLog,
    readonly thread: string,
    readonly category: string,
  ) {}

  /** Whether DEBUG messages are written. */
  get debugEnabled(): boolean {
    return this.log.enabled('DEBUG');
  }

  /** Logs at DEBUG. */
  debug(message: string): void {
    this.log.write('DEBUG', this.thread, this.category, message);
  }

  /** Logs at INFO. */
  info(message: string): void {
    this.log.write('INFO', this.thread, this.category, message);
  }

  /** Logs at WARN. */
  warn(message: string): void {
    this.log.write('WARN', this.thread, this.category, message);
  }

  /** Logs at ERROR. */
  error(message: string): void {
    this.log.write('ERROR', this.thread, this.category, message);
  }
}
