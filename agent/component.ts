/**
 * What every component factory receives besides its own properties: the
 * agent's name and log. Factories are listed in registry.ts by Flume's type
 * names; the agent (agent.ts) calls them in dependency order (channels, then
 * sinks, then sources) and wires the results together.
 */
import type { AgentLog } from './log.js';

/** Agent-wide services handed to every factory. */
export interface AgentServices {
  /** The agent's name (`a1`). */
  agentName: string;
  log: AgentLog;
}

/** start/stop of every component. */
export interface Lifecycle {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Resolves after `ms` milliseconds. */
export function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
