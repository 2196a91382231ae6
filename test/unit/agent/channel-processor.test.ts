import { describe, expect, it } from 'vitest';
import { ChannelProcessor } from '../../../agent/channel-processor.js';
import { MemoryChannel, memoryChannelOptions } from '../../../agent/channels/memory-channel.js';
import { makeEvent } from '../../../agent/event.js';
import { ChannelFullError } from '../../../agent/errors.js';
import { ReplicatingSelector } from '../../../agent/selectors/replicating.js';
import { MultiplexingSelector } from '../../../agent/selectors/multiplexing.js';
import { StaticInterceptor } from '../../../agent/interceptors/static.js';
import { RegexFilterInterceptor } from '../../../agent/interceptors/regex-filter.js';
import { MemoryLog, ctxOf } from './helpers.js';

async function channels(...specs: [string, Record<string, string>?][]): Promise<MemoryChannel[]> {
  const out = specs.map(([n, p]) => new MemoryChannel(n, memoryChannelOptions(ctxOf({ 'keep-alive': '0', ...p }))));
  for (const c of out) await c.start();
  return out;
}

async function drain(ch: MemoryChannel): Promise<string[]> {
  const tx = ch.begin();
  const events = await tx.take(1000);
  await tx.commit();
  return events.map((e) => e.body.toString());
}

const logger = new MemoryLog().for('r1', 'test');

describe('ChannelProcessor', () => {
  it('replicates every event to every channel, after the interceptors', async () => {
    const [c1, c2] = await channels(['c1'], ['c2']);
    const p = new ChannelProcessor(
      new ReplicatingSelector(ctxOf({}), [c1, c2]),
      [new RegexFilterInterceptor(ctxOf({ regex: '^keep' }))],
      logger,
    );
    expect(await p.processEventBatch([makeEvent('keep 1'), makeEvent('drop'), makeEvent('keep 2')])).toBe(2);
    expect(await drain(c1)).toEqual(['keep 1', 'keep 2']);
    expect(await drain(c2)).toEqual(['keep 1', 'keep 2']);
  });

  it('fails the batch when a required channel is full, and ignores a full optional one', async () => {
    const [c1, c2] = await channels(['c1', { capacity: '1', transactionCapacity: '1' }], ['c2']);
    const optional = new ChannelProcessor(new ReplicatingSelector(ctxOf({ optional: 'c1' }), [c1, c2]), [], logger);
    await optional.processEventBatch([makeEvent('a')]);
    await optional.processEventBatch([makeEvent('b')]);
    expect(await drain(c2)).toEqual(['a', 'b']);
    expect(await drain(c1)).toEqual(['a']);
    await optional.processEventBatch([makeEvent('c')]);
    const required = new ChannelProcessor(new ReplicatingSelector(ctxOf({}), [c1, c2]), [], logger);
    await expect(required.processEventBatch([makeEvent('d')])).rejects.toBeInstanceOf(ChannelFullError);
  });

  it('routes by header with mapping, default and optional channels', async () => {
    const [c1, c2, c3] = await channels(['c1'], ['c2'], ['c3']);
    const sel = new MultiplexingSelector(
      ctxOf({ header: 'state', 'mapping.CZ': 'c1', 'mapping.US': 'c2 c3', default: 'c3', 'optional.CZ': 'c2 c1' }),
      [c1, c2, c3],
    );
    const p = new ChannelProcessor(sel, [], logger);
    await p.processEventBatch([
      makeEvent('cz', { state: 'CZ' }),
      makeEvent('us', { state: 'US' }),
      makeEvent('other', { state: 'XX' }),
      makeEvent('none'),
    ]);
    expect(await drain(c1)).toEqual(['cz']);
    expect(await drain(c2)).toEqual(['us', 'cz']);
    expect(await drain(c3)).toEqual(['us', 'other', 'none']);
  });

  it('names the key when a selector mentions a channel the source does not write to', async () => {
    const [c1] = await channels(['c1']);
    expect(() => new MultiplexingSelector(ctxOf({ 'mapping.x': 'c7' }, 'a1.sources.r1.selector.'), [c1])).toThrow(
      "a1.sources.r1.selector.mapping.x: channel 'c7' is not one of this source's channels (c1)",
    );
  });

  it('runs interceptors in order', async () => {
    const [c1] = await channels(['c1']);
    const p = new ChannelProcessor(
      new ReplicatingSelector(ctxOf({}), [c1]),
      [
        new StaticInterceptor(ctxOf({ key: 'k', value: 'first' })),
        new StaticInterceptor(ctxOf({ key: 'k', value: 'second', preserveExisting: 'false' })),
      ],
      logger,
    );
    await p.processEventBatch([makeEvent('x')]);
    const tx = c1.begin();
    expect((await tx.take(1))[0].headers).toEqual({ k: 'second' });
    await tx.commit();
  });
});
