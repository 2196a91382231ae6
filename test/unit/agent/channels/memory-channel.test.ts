import { describe, expect, it } from 'vitest';
import { MemoryChannel, memoryChannelOptions } from '../../../../agent/channels/memory-channel.js';
import { ChannelError, ChannelFullError } from '../../../../agent/errors.js';
import { makeEvent } from '../../../../agent/event.js';
import { ctxOf } from '../helpers.js';

function channel(props: Record<string, string> = {}): MemoryChannel {
  return new MemoryChannel('c1', memoryChannelOptions(ctxOf({ 'keep-alive': '0', ...props })));
}

async function put(ch: MemoryChannel, ...bodies: string[]): Promise<void> {
  const tx = ch.begin();
  for (const b of bodies) tx.put(makeEvent(b));
  await tx.commit();
}

describe('MemoryChannel', () => {
  it('makes puts visible only after commit, and takes in order', async () => {
    const ch = channel();
    await ch.start();
    const tx = ch.begin();
    tx.put(makeEvent('a'));
    tx.put(makeEvent('b'));
    expect(await ch.begin().take(10)).toEqual([]);
    await tx.commit();
    expect(ch.size()).toBe(2);
    const t2 = ch.begin();
    expect((await t2.take(10)).map((e) => e.body.toString())).toEqual(['a', 'b']);
    await t2.commit();
    expect(ch.size()).toBe(0);
    expect(ch.counters.snapshot()).toMatchObject({ EventPutSuccessCount: 2, EventTakeSuccessCount: 2, ChannelSize: 0 });
  });

  it('puts rolled-back takes back at the head in their order', async () => {
    const ch = channel();
    await ch.start();
    await put(ch, '1', '2', '3');
    const tx = ch.begin();
    expect((await tx.take(2)).map((e) => e.body.toString())).toEqual(['1', '2']);
    await tx.rollback();
    const t2 = ch.begin();
    expect((await t2.take(10)).map((e) => e.body.toString())).toEqual(['1', '2', '3']);
    await t2.commit();
  });

  it('drops rolled-back puts', async () => {
    const ch = channel();
    await ch.start();
    const tx = ch.begin();
    tx.put(makeEvent('x'));
    await tx.rollback();
    expect(ch.size()).toBe(0);
  });

  it('refuses a put past transactionCapacity', () => {
    const ch = channel({ capacity: '10', transactionCapacity: '2' });
    const tx = ch.begin();
    tx.put(makeEvent('1'));
    tx.put(makeEvent('2'));
    expect(() => tx.put(makeEvent('3'))).toThrow(ChannelError);
    expect(() => tx.put(makeEvent('3'))).toThrow('transactionCapacity');
  });

  it('refuses a commit past capacity with ChannelFullError, counting taken-but-uncommitted events', async () => {
    const ch = channel({ capacity: '3', transactionCapacity: '3' });
    await ch.start();
    await put(ch, '1', '2', '3');
    await expect(put(ch, '4')).rejects.toBeInstanceOf(ChannelFullError);
    const taker = ch.begin();
    await taker.take(1);
    // The taken event still holds its slot until the take commits.
    await expect(put(ch, '4')).rejects.toBeInstanceOf(ChannelFullError);
    await taker.commit();
    await put(ch, '4');
    expect(ch.size()).toBe(3);
    expect(ch.counters.channelFullCount).toBe(2);
  });

  it('waits up to keep-alive for room before refusing', async () => {
    const ch = channel({ capacity: '1', transactionCapacity: '1', 'keep-alive': '5' });
    await ch.start();
    await put(ch, 'a');
    const waiting = put(ch, 'b');
    const taker = ch.begin();
    await taker.take(1);
    await taker.commit();
    await waiting;
    expect(ch.size()).toBe(1);
  });

  it('limits body bytes by byteCapacity minus the buffer percentage', async () => {
    const ch = channel({ byteCapacity: '100', byteCapacityBufferPercentage: '50' });
    await ch.start();
    await put(ch, 'x'.repeat(50));
    await expect(put(ch, 'y')).rejects.toThrow('byteCapacity');
  });

  it('rejects transactionCapacity above capacity, naming the key', () => {
    expect(() => channel({ capacity: '5', transactionCapacity: '10' })).toThrow(
      'a1.test.transactionCapacity: 10 is larger than capacity 5',
    );
  });

  it('wakes a waiting taker when events are committed', async () => {
    const ch = channel();
    await ch.start();
    const t0 = Date.now();
    const waiting = ch.waitForEvents(10_000);
    await put(ch, 'a');
    await waiting;
    expect(Date.now() - t0).toBeLessThan(9_000);
  });
});
