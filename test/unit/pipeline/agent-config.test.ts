import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAgentConfig } from '../../../agent/config/flume-config.js';
import { EXAMPLE_AGENT_CONFIG, pipelineAgentConfig } from '../../../pipeline/agent-config.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('pipelineAgentConfig', () => {
  it('is what examples/pipeline/tail-memory-kafka.conf holds, with its paths', () => {
    expect(fs.readFileSync(path.join(ROOT, 'examples/pipeline/tail-memory-kafka.conf'), 'utf8')).toBe(
      pipelineAgentConfig(EXAMPLE_AGENT_CONFIG),
    );
  });

  it("is an exec → memory → Kafka agent the agent's parser accepts", () => {
    const def = parseAgentConfig(
      pipelineAgentConfig({ logFile: "/data/it's here/access.log", brokers: '127.0.0.1:1234', topic: 'logs' }),
      'a1',
    );
    expect(def.sources.map((s) => [s.name, s.type, s.channels])).toEqual([['r1', 'exec', ['c1']]]);
    expect(def.channels.map((c) => [c.name, c.type])).toEqual([['c1', 'memory']]);
    expect(def.sinks.map((s) => [s.name, s.type, s.channel])).toEqual([['k1', 'org.apache.flume.sink.kafka.KafkaSink', 'c1']]);
    expect(def.sources[0].ctx.raw('command')?.value).toBe("tail -n +1 -F '/data/it'\\''s here/access.log'");
    expect(def.sinks[0].ctx.raw('kafka.bootstrap.servers')?.value).toBe('127.0.0.1:1234');
    expect(def.sinks[0].ctx.raw('kafka.topic')?.value).toBe('logs');
  });

  it('keeps backslashes and refuses line breaks', () => {
    const def = parseAgentConfig(pipelineAgentConfig({ logFile: 'C:\\logs\\a.log', brokers: 'b:1', topic: 't' }), 'a1');
    expect(def.sources[0].ctx.raw('command')?.value).toBe("tail -n +1 -F 'C:\\logs\\a.log'");
    expect(() => pipelineAgentConfig({ logFile: 'a\nb', brokers: 'b:1', topic: 't' })).toThrow(
      'a line break cannot be part of an agent property',
    );
    expect(() => pipelineAgentConfig({ agent: 'a 1', logFile: 'x', brokers: 'b:1', topic: 't' })).toThrow("agent name 'a 1'");
  });
});
