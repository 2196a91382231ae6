import { describe, expect, it } from 'vitest';
import { agentNames, parseAgentConfig } from '../../../../agent/config/flume-config.js';
import { AgentConfigError } from '../../../../agent/errors.js';

const BASE = `
# example.conf
a1.sources = r1
a1.sinks = k1
a1.channels = c1
a1.sources.r1.type = netcat
a1.sources.r1.bind = localhost
a1.sources.r1.port = 44444
a1.sinks.k1.type = logger
a1.channels.c1.type = memory
a1.sources.r1.channels = c1
a1.sinks.k1.channel = c1
`;

function errorOf(text: string, agent = 'a1'): AgentConfigError {
  try {
    parseAgentConfig(text, agent, 'x.conf');
  } catch (err) {
    expect(err).toBeInstanceOf(AgentConfigError);
    return err as AgentConfigError;
  }
  throw new Error('expected a configuration error');
}

describe('parseAgentConfig', () => {
  it('reads the components, their types, channels and own properties', () => {
    const def = parseAgentConfig(BASE, 'a1');
    expect(def.sources.map((s) => [s.name, s.type, s.channels])).toEqual([['r1', 'netcat', ['c1']]]);
    expect(def.sinks.map((s) => [s.name, s.type, s.channel])).toEqual([['k1', 'logger', 'c1']]);
    expect(def.channels.map((c) => [c.name, c.type])).toEqual([['c1', 'memory']]);
    expect(def.sources[0].ctx.int('port', 0)).toBe(44444);
    expect(def.sources[0].ctx.key('port')).toBe('a1.sources.r1.port');
    expect(def.warnings).toEqual([]);
  });

  it('ignores other agents in the same file and lists the agents', () => {
    const text = `${BASE}\nb2.sources = x\nb2.channels = y\nb2.sources.x.type = nonsense\n`;
    expect(parseAgentConfig(text, 'a1').sources).toHaveLength(1);
    expect(agentNames(text).sort()).toEqual(['a1', 'b2']);
  });

  it('accepts names with hyphens (the course notes name agents exec-memory-logger)', () => {
    const text = BASE.replaceAll('a1.', 'exec-memory-logger.').replaceAll('r1', 'exec-source');
    const def = parseAgentConfig(text, 'exec-memory-logger');
    expect(def.sources[0].name).toBe('exec-source');
  });

  it('reads sink groups with their processor type (default: default)', () => {
    const def = parseAgentConfig(
      `${BASE.replace('a1.sinks = k1', 'a1.sinks = k1 k2')}
a1.sinks.k2.type = null
a1.sinks.k2.channel = c1
a1.sinkgroups = g1
a1.sinkgroups.g1.sinks = k1 k2
a1.sinkgroups.g1.processor.type = failover`,
      'a1',
    );
    expect(def.sinkGroups.map((g) => [g.name, g.type, g.sinks])).toEqual([['g1', 'failover', ['k1', 'k2']]]);
  });

  it('names an agent that the file does not configure, and the ones it does', () => {
    const e = errorOf(BASE, 'agent7');
    expect(e.key).toBe('agent7.sources');
    expect(e.message).toContain("no configuration for agent 'agent7'");
    expect(e.message).toContain('a1');
    expect(e.message.startsWith('x.conf: ')).toBe(true);
  });

  it('rejects a component that is configured but not listed', () => {
    const e = errorOf(`${BASE}\na1.sources.r2.type = exec\n`);
    expect(e.key).toBe('a1.sources.r2.type');
    expect(e.message).toContain("source 'r2' is not listed in a1.sources (listed: r1)");
  });

  it('rejects a listed component without a type', () => {
    const e = errorOf(BASE.replace('a1.sinks.k1.type = logger', ''));
    expect(e.key).toBe('a1.sinks.k1.type');
    expect(e.message).toContain('is missing');
  });

  it('rejects a sink without a channel, and a sink with two', () => {
    let e = errorOf(BASE.replace('a1.sinks.k1.channel = c1', 'a1.sinks.k1.batchSize = 5'));
    expect(e.key).toBe('a1.sinks.k1.channel');
    expect(e.message).toContain("sink 'k1' needs a channel");
    e = errorOf(
      BASE.replace('a1.channels = c1', 'a1.channels = c1 c2').replace('a1.sinks.k1.channel = c1', 'a1.sinks.k1.channel = c1 c2') +
        'a1.channels.c2.type = memory\n',
    );
    expect(e.message).toContain('exactly one channel');
    e = errorOf(BASE.replace('a1.sinks.k1.channel = c1', 'a1.sinks.k1.channels = c1'));
    expect(e.key).toBe('a1.sinks.k1.channels');
  });

  it('rejects a source without channels and a reference to an undefined channel', () => {
    let e = errorOf(BASE.replace('a1.sources.r1.channels = c1', ''));
    expect(e.key).toBe('a1.sources.r1.channels');
    e = errorOf(BASE.replace('a1.sources.r1.channels = c1', 'a1.sources.r1.channels = c9'));
    expect(e.message).toContain("channel 'c9' is not defined (a1.channels lists: c1)");
    e = errorOf(BASE.replace('a1.sinks.k1.channel = c1', 'a1.sinks.k1.channel = c9'));
    expect(e.key).toBe('a1.sinks.k1.channel');
  });

  it('rejects an agent without channels, unknown sections, and names listed twice', () => {
    expect(errorOf(BASE.replace('a1.channels = c1', '').replace('a1.channels.c1.type = memory', '')).key).toBe('a1.channels');
    const e = errorOf(`${BASE}\na1.source.r1.type = netcat\n`);
    expect(e.message).toContain("unknown section 'source'");
    expect(errorOf(BASE.replace('a1.sources = r1', 'a1.sources = r1 r1')).message).toContain('listed twice');
  });

  it('rejects sink groups naming unknown sinks or sharing a sink', () => {
    const e = errorOf(`${BASE}\na1.sinkgroups = g1\na1.sinkgroups.g1.sinks = k1 k9\n`);
    expect(e.key).toBe('a1.sinkgroups.g1.sinks');
    expect(e.message).toContain("sink 'k9' is not defined");
    const e2 = errorOf(`${BASE}\na1.sinkgroups = g1 g2\na1.sinkgroups.g1.sinks = k1\na1.sinkgroups.g2.sinks = k1\n`);
    expect(e2.message).toContain("already in sink group 'g1'");
  });

  it('warns about a channel nothing uses', () => {
    const def = parseAgentConfig(BASE.replace('a1.channels = c1', 'a1.channels = c1 c2') + 'a1.channels.c2.type = memory\n', 'a1');
    expect(def.warnings).toEqual(["channel 'c2' (a1.channels) is used by no source and no sink"]);
  });
});
