import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../../../broker/txn/keyed-queue.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyedQueue', () => {
  it('runs the operations of one key in turn, other keys alongside, and goes on after a failure', async () => {
    const q = new KeyedQueue();
    const log: string[] = [];
    const op =
      (name: string, ms: number, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await tick(ms);
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const a1 = q.run('a', op('a1', 30, true));
    const a2 = q.run('a', op('a2', 1));
    const b1 = q.run('b', op('b1', 5));
    expect(q.size).toBe(2);
    await expect(a1).rejects.toThrow('a1');
    expect(await a2).toBe('a2');
    expect(await b1).toBe('b1');
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'));
    await tick(1);
    expect(q.size).toBe(0);
  });
});
