import { afterEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../../../agent/agent.js';
import { parseJsonEvents, type HttpSource } from '../../../../agent/sources/http.js';
import { agentFrom, until } from '../helpers.js';

const conf = (extra = ''): string => `
a1.sources = r1
a1.channels = c1
a1.sinks = k1
a1.sources.r1.type = http
a1.sources.r1.bind = 127.0.0.1
a1.sources.r1.port = 0
a1.sources.r1.channels = c1
a1.channels.c1.type = memory
a1.channels.c1.keep-alive = 0
a1.sinks.k1.type = logger
a1.sinks.k1.channel = c1
${extra}`;

let agent: Agent | null = null;
afterEach(async () => {
  await agent?.stop();
  agent = null;
});

describe('http source', () => {
  it('parses JSONHandler bodies and rejects other shapes', () => {
    expect(parseJsonEvents('[{"headers":{"a":"b"},"body":"x"},{"body":"y"}]').map((e) => [e.headers, e.body.toString()])).toEqual([
      [{ a: 'b' }, 'x'],
      [{}, 'y'],
    ]);
    expect(() => parseJsonEvents('{"body":"x"}')).toThrow('JSON array');
    expect(() => parseJsonEvents('[{"headers":{"a":1}}]')).toThrow("header 'a' must be a string");
    expect(() => parseJsonEvents('[1')).toThrow('not JSON');
  });

  it('answers 200 once committed, 400 for a bad body, 405 for GET, 503 when the channel is full', async () => {
    const built = agentFrom(conf());
    agent = built.agent;
    await agent.start();
    const url = `http://127.0.0.1:${(agent.sources.get('r1') as HttpSource).boundPort}/`;
    const post = (body: string): Promise<Response> => fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect((await post('[{"headers":{"h":"v"},"body":"hello"}]')).status).toBe(200);
    await until(() => built.log.grep('headers:{h=v}').length === 1, 'the event logged');
    expect((await post('nope')).status).toBe(400);
    expect((await fetch(url)).status).toBe(405);
    await agent.stop();
    agent = null;

    const full = agentFrom(
      conf('a1.channels.c1.capacity = 1\na1.channels.c1.transactionCapacity = 1').replace(
        'a1.sinks.k1.type = logger',
        'a1.sinks.k1.type = null',
      ),
    );
    agent = full.agent;
    await agent.channels.get('c1')!.start();
    await agent.sources.get('r1')!.start();
    const url2 = `http://127.0.0.1:${(agent.sources.get('r1') as HttpSource).boundPort}/`;
    expect((await fetch(url2, { method: 'POST', body: '[{"body":"1"}]' })).status).toBe(200);
    const res = await fetch(url2, { method: 'POST', body: '[{"body":"2"}]' });
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('Channel might be full');
    await agent.sources.get('r1')!.stop();
    agent = null;
  });
});
