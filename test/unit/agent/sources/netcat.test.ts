import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../../../agent/agent.js';
import type { NetcatSource } from '../../../../agent/sources/netcat.js';
import { agentFrom, until } from '../helpers.js';

const conf = (extra = ''): string => `
a1.sources = r1
a1.channels = c1
a1.sinks = k1
a1.sources.r1.type = netcat
a1.sources.r1.bind = 127.0.0.1
a1.sources.r1.port = 0
a1.sources.r1.channels = c1
a1.sources.r1.max-line-length = 16
a1.channels.c1.type = memory
a1.sinks.k1.type = logger
a1.sinks.k1.channel = c1
${extra}`;

/** Sends `text`, half-closes, and resolves with everything the server answered. */
function exchange(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const s = net.connect(port, '127.0.0.1', () => s.end(text));
    s.on('data', (d) => (out += d));
    s.on('end', () => resolve(out));
    s.on('error', reject);
  });
}

let agent: Agent | null = null;
afterEach(async () => {
  await agent?.stop();
  agent = null;
});

describe('netcat source', () => {
  it('turns lines into events (keeping \\r) and answers OK per event, FAILED for a line too long', async () => {
    const built = agentFrom(conf());
    agent = built.agent;
    await agent.start();
    const port = (agent.sources.get('r1') as NetcatSource).boundPort;
    const reply = await exchange(port, 'hello\r\nthis line is far too long\nbye\n');
    expect(reply).toBe('OK\nFAILED: Event exceeds the maximum length (16 chars, including newline)\nOK\n');
    await until(() => built.log.grep('Event: ').length === 2, 'two events');
    expect(built.log.grep('Event: ')[0]).toContain('body: 68 65 6C 6C 6F 0D');
    expect(built.log.grep('Event: ')[1]).toContain('bye }');
  });

  it('holds the connection while the channel is full and answers once the events fit', async () => {
    const built = agentFrom(
      conf(
        'a1.channels.c1.capacity = 2\na1.channels.c1.transactionCapacity = 2\na1.channels.c1.keep-alive = 0\na1.sources.r1.batchSize = 2',
      ).replace('a1.sinks.k1.type = logger', 'a1.sinks.k1.type = null'),
    );
    agent = built.agent;
    // Only the channel and source run: the sink runner is left out so the channel fills up.
    const ch = agent.channels.get('c1')!;
    await ch.start();
    await agent.sources.get('r1')!.start();
    const port = (agent.sources.get('r1') as NetcatSource).boundPort;
    const replyP = exchange(port, 'a\nb\nc\nd\n');
    await until(() => ch.size() === 2 && agent!.sources.get('r1')!.counters.channelWriteFail > 0, 'a refused batch');
    const tx = ch.begin();
    await tx.take(2);
    await tx.commit();
    expect(await replyP).toBe('OK\nOK\nOK\nOK\n');
    const t2 = ch.begin();
    expect((await t2.take(10)).map((e) => e.body.toString())).toEqual(['c', 'd']);
    await t2.commit();
    await agent.sources.get('r1')!.stop();
    agent = null;
  });
});
