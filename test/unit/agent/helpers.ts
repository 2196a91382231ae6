/**
 * Helpers of the agent's unit tests: a context from a plain object, a log
 * that keeps its lines, an agent built from configuration text, and `until`
 * for polling a condition with a generous deadline.
 */
import { Agent } from '../../../agent/agent.js';
import { ComponentContext } from '../../../agent/config/context.js';
import { parseAgentConfig } from '../../../agent/config/flume-config.js';
import { AgentLog, type Level } from '../../../agent/log.js';

/** A context over `props` with prefix `a1.test.`. */
export function ctxOf(props: Record<string, string>, prefix = 'a1.test.'): ComponentContext {
  return new ComponentContext(prefix, new Map(Object.entries(props)));
}

/** A log that keeps every line (and the lines' text) in memory. */
export class MemoryLog extends AgentLog {
  readonly lines: string[] = [];

  constructor(level: Level = 'INFO') {
    const lines: string[] = [];
    super(level, { write: (l) => void lines.push(l) });
    this.lines = lines;
  }

  /** Lines containing `text`. */
  grep(text: string): string[] {
    return this.lines.filter((l) => l.includes(text));
  }
}

/** Builds agent `name` from configuration `text` with a MemoryLog. */
export function agentFrom(text: string, name = 'a1'): { agent: Agent; log: MemoryLog } {
  const log = new MemoryLog();
  return { agent: new Agent(parseAgentConfig(text, name, 'test.conf'), { log }), log };
}

/** Polls `cond` every 20 ms until it is true; rejects after `timeoutMs` with `what`. */
export async function until(cond: () => boolean | Promise<boolean>, what = 'condition', timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
