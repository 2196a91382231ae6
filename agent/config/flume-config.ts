/**
 * Reads Flume's agent configuration: a Java properties file in which every key
 * starts with an agent name, so one file may describe several agents and the
 * command line picks one (`--name a1`):
 *
 *   a1.sources = r1                       the named sources, whitespace-separated
 *   a1.channels = c1                      the named channels (at least one)
 *   a1.sinks = k1                         the named sinks
 *   a1.sinkgroups = g1                    optional groups of sinks behind one processor
 *   a1.sources.r1.type = netcat           every listed component has a type
 *   a1.sources.r1.channels = c1           a source writes to one or more channels
 *   a1.sinks.k1.channel = c1              a sink reads exactly one channel
 *   a1.sinkgroups.g1.sinks = k1 k2        and its processor: a1.sinkgroups.g1.processor.type
 *   a1.sources.r1.<anything else>         the component's own properties
 *
 * Departure from Flume, on purpose: Flume logs a warning and drops a component
 * whose configuration is wrong, then runs what is left (often an agent that
 * does nothing). Here every such mistake is one error naming the key: a
 * component that is configured but not listed, listed but without a type, a
 * source without channels, a sink without a channel or with several, a
 * reference to a channel or sink that is not defined. Other agents' keys in
 * the same file are not looked at.
 */
import { parsePropertiesEntries } from '../../config/properties.js';
import { AgentConfigError } from '../errors.js';
import { ComponentContext } from './context.js';

/** The four kinds of named things in an agent. */
export type ComponentKind = 'source' | 'channel' | 'sink' | 'sinkgroup';

/** One configured component: its name, its type (as written) and its own properties. */
export interface ComponentDefinition {
  kind: ComponentKind;
  name: string;
  /** The `type` value as written (for a sink group: `processor.type`, default `default`). */
  type: string;
  /** The full key the type was read from (for error messages). */
  typeKey: string;
  /** The component's properties, keys relative to `a1.sources.r1.`. */
  ctx: ComponentContext;
}

/** A source and the channels it writes to. */
export interface SourceDefinition extends ComponentDefinition {
  kind: 'source';
  channels: string[];
}

/** A sink and the channel it reads. */
export interface SinkDefinition extends ComponentDefinition {
  kind: 'sink';
  channel: string;
}

/** A sink group: its sinks, in the order listed, behind one processor. */
export interface SinkGroupDefinition extends ComponentDefinition {
  kind: 'sinkgroup';
  sinks: string[];
}

/** Everything configured for one agent. */
export interface AgentDefinition {
  agent: string;
  file?: string;
  sources: SourceDefinition[];
  channels: ComponentDefinition[];
  sinks: SinkDefinition[];
  sinkGroups: SinkGroupDefinition[];
  /** Things worth a warning that do not stop the agent (a channel nothing uses). */
  warnings: string[];
}

const SECTIONS = { sources: 'source', channels: 'channel', sinks: 'sink', sinkgroups: 'sinkgroup' } as const;
type Section = keyof typeof SECTIONS;

/** The agent names a configuration text defines (the first segment of `<agent>.sources` style keys). */
export function agentNames(text: string): string[] {
  const names = new Set<string>();
  for (const e of parsePropertiesEntries(text)) {
    const m = /^([^.]+)\.(sources|channels|sinks|sinkgroups)$/.exec(e.key);
    if (m) names.add(m[1]);
  }
  return [...names];
}

/** Parses the configuration of agent `agent` out of properties `text` (from `file`, for messages). */
export function parseAgentConfig(text: string, agent: string, file?: string): AgentDefinition {
  const err = (key: string, message: string): AgentConfigError => new AgentConfigError(key, message, file);
  const props = new Map<string, string>();
  for (const e of parsePropertiesEntries(text)) if (e.key.startsWith(`${agent}.`)) props.set(e.key.slice(agent.length + 1), e.value);
  if (props.size === 0) {
    const others = agentNames(text);
    throw err(
      `${agent}.sources`,
      `no configuration for agent '${agent}' ${others.length ? `(this file configures: ${others.join(', ')})` : '(no agent is configured in this file)'}`,
    );
  }
  const lists = new Map<Section, string[]>();
  const perComponent = new Map<Section, Map<string, Map<string, string>>>();
  for (const s of Object.keys(SECTIONS) as Section[]) perComponent.set(s, new Map());
  for (const [key, value] of props) {
    const dot = key.indexOf('.');
    const section = (dot < 0 ? key : key.slice(0, dot)) as Section;
    if (!(section in SECTIONS)) {
      if (section === ('configfilters' as Section)) throw err(`${agent}.${key}`, 'config filters are not supported');
      throw err(`${agent}.${key}`, `unknown section '${section}' (known: ${Object.keys(SECTIONS).join(', ')})`);
    }
    if (dot < 0) {
      const names = value.split(/\s+/).filter(Boolean);
      const dup = names.find((n, i) => names.indexOf(n) !== i);
      if (dup) throw err(`${agent}.${key}`, `'${dup}' is listed twice`);
      lists.set(section, names);
      continue;
    }
    const rest = key.slice(dot + 1);
    const dot2 = rest.indexOf('.');
    if (dot2 <= 0) throw err(`${agent}.${key}`, `expected ${agent}.${section}.<name>.<property>`);
    const name = rest.slice(0, dot2);
    const map = perComponent.get(section)!;
    let own = map.get(name);
    if (!own) map.set(name, (own = new Map()));
    own.set(rest.slice(dot2 + 1), value);
  }
  const channelNames = lists.get('channels') ?? [];
  if (channelNames.length === 0) throw err(`${agent}.channels`, 'is missing or empty: an agent needs at least one channel');
  // Every configured component must be listed, every listed one configured.
  for (const section of Object.keys(SECTIONS) as Section[]) {
    const listed = lists.get(section) ?? [];
    for (const name of perComponent.get(section)!.keys()) {
      if (!listed.includes(name)) {
        const first = [...perComponent.get(section)!.get(name)!.keys()][0];
        throw err(
          `${agent}.${section}.${name}.${first}`,
          `${SECTIONS[section]} '${name}' is not listed in ${agent}.${section} (${listed.length ? `listed: ${listed.join(', ')}` : 'nothing is listed there'})`,
        );
      }
    }
  }
  const ctxOf = (section: Section, name: string): ComponentContext =>
    new ComponentContext(`${agent}.${section}.${name}.`, perComponent.get(section)!.get(name) ?? new Map(), file);
  const typed = (section: Section, name: string): { ctx: ComponentContext; type: string; typeKey: string } => {
    const ctx = ctxOf(section, name);
    const typeRel = section === 'sinkgroups' ? 'processor.type' : 'type';
    const type = ctx.string(typeRel) ?? (section === 'sinkgroups' ? 'default' : undefined);
    if (!type) throw err(ctx.key(typeRel), `is missing: ${SECTIONS[section]} '${name}' is listed in ${agent}.${section} but has no type`);
    return { ctx, type, typeKey: ctx.key(typeRel) };
  };

  const channels: ComponentDefinition[] = channelNames.map((name) => ({ kind: 'channel', name, ...typed('channels', name) }));
  const checkChannel = (key: string, c: string): void => {
    if (!channelNames.includes(c)) throw err(key, `channel '${c}' is not defined (${agent}.channels lists: ${channelNames.join(', ')})`);
  };
  const sources: SourceDefinition[] = (lists.get('sources') ?? []).map((name) => {
    const t = typed('sources', name);
    const chans = t.ctx.list('channels');
    if (chans.length === 0) throw err(t.ctx.key('channels'), `is missing: source '${name}' needs at least one channel`);
    for (const c of chans) checkChannel(t.ctx.key('channels'), c);
    return { kind: 'source', name, ...t, channels: chans };
  });
  const sinks: SinkDefinition[] = (lists.get('sinks') ?? []).map((name) => {
    const t = typed('sinks', name);
    if (t.ctx.has('channels') && !t.ctx.has('channel'))
      throw err(t.ctx.key('channels'), `a sink reads exactly one channel: write ${t.ctx.key('channel')} = <channel>`);
    const chans = t.ctx.list('channel');
    if (chans.length === 0) throw err(t.ctx.key('channel'), `is missing: sink '${name}' needs a channel`);
    if (chans.length > 1) throw err(t.ctx.key('channel'), `a sink reads exactly one channel, not ${chans.length} (${chans.join(' ')})`);
    checkChannel(t.ctx.key('channel'), chans[0]);
    return { kind: 'sink', name, ...t, channel: chans[0] };
  });
  const sinkNames = sinks.map((s) => s.name);
  const grouped = new Map<string, string>();
  const sinkGroups: SinkGroupDefinition[] = (lists.get('sinkgroups') ?? []).map((name) => {
    const t = typed('sinkgroups', name);
    const members = t.ctx.list('sinks');
    if (members.length === 0) throw err(t.ctx.key('sinks'), `is missing: sink group '${name}' needs its sinks`);
    for (const s of members) {
      if (!sinkNames.includes(s))
        throw err(t.ctx.key('sinks'), `sink '${s}' is not defined (${agent}.sinks lists: ${sinkNames.join(', ') || 'nothing'})`);
      const other = grouped.get(s);
      if (other) throw err(t.ctx.key('sinks'), `sink '${s}' is already in sink group '${other}'`);
      grouped.set(s, name);
    }
    return { kind: 'sinkgroup', name, ...t, sinks: members };
  });
  const warnings: string[] = [];
  for (const c of channelNames) {
    if (!sources.some((s) => s.channels.includes(c)) && !sinks.some((s) => s.channel === c))
      warnings.push(`channel '${c}' (${agent}.channels) is used by no source and no sink`);
  }
  return { agent, file, sources, channels, sinks, sinkGroups, warnings };
}
