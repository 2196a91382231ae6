import { describe, expect, it } from 'vitest';
import { MemoryChannel, memoryChannelOptions } from '../../../../agent/channels/memory-channel.js';
import { makeEvent } from '../../../../agent/event.js';
import { FailoverSinkProcessor } from '../../../../agent/processors/failover.js';
import { LoadBalanceSinkProcessor } from '../../../../agent/processors/load-balance.js';
import { BaseSink, type SinkDeps } from '../../../../agent/sinks/sink.js';
import type { FlumeEvent } from '../../../../agent/event.js';
import { MemoryLog, ctxOf } from '../helpers.js';

/** A sink that records what it delivers and can be told to fail. */
class RecordingSink extends BaseSink {
  readonly batchSize = 10;
  readonly got: string[] = [];
  failing = false;

  constructor(deps: SinkDeps) {
    super(deps, 'RecordingSink');
  }

  protected async deliver(events: FlumeEvent[]): Promise<void> {
    if (this.failing) throw new Error(`${this.name} is down`);
    for (const e of events) this.got.push(e.body.toString());
  }
}

const log = new MemoryLog();

async function setup(names: string[]): Promise<{ ch: MemoryChannel; sinks: RecordingSink[] }> {
  const ch = new MemoryChannel('c1', memoryChannelOptions(ctxOf({ capacity: '1000', transactionCapacity: '100' })));
  await ch.start();
  const sinks = names.map((name) => new RecordingSink({ agentName: 'a1', log, name, type: 'test', channel: ch }));
  return { ch, sinks };
}

async function put(ch: MemoryChannel, ...bodies: string[]): Promise<void> {
  const tx = ch.begin();
  for (const b of bodies) tx.put(makeEvent(b));
  await tx.commit();
}

describe('sink processors', () => {
  it('failover: the highest priority sink works; on failure the next takes over and nothing is lost', async () => {
    const { ch, sinks } = await setup(['k1', 'k2']);
    const [k1, k2] = sinks;
    const p = new FailoverSinkProcessor(ctxOf({ 'processor.priority.k1': '5', 'processor.priority.k2': '10' }), sinks, log.for('g1', 'x'));
    await put(ch, 'a');
    expect(await p.process()).toBe('READY');
    expect(k2.got).toEqual(['a']);
    k2.failing = true;
    await put(ch, 'b');
    expect(await p.process()).toBe('READY');
    expect(k1.got).toEqual(['b']);
    k1.failing = true;
    await put(ch, 'c');
    await expect(p.process()).rejects.toThrow('all sinks failed');
    expect(ch.size()).toBe(1);
    expect(k1.counters.eventWriteFail).toBe(1);
  });

  it('failover rejects a priority for a sink outside the group', async () => {
    const { sinks } = await setup(['k1']);
    expect(() => new FailoverSinkProcessor(ctxOf({ 'processor.priority.k9': '1' }), sinks, log.for('g1', 'x'))).toThrow(
      "a1.test.processor.priority.k9: 'k9' is not a sink of this group",
    );
  });

  it('load_balance: round robin spreads batches, skipping a failing sink', async () => {
    const { ch, sinks } = await setup(['k1', 'k2', 'k3']);
    const p = new LoadBalanceSinkProcessor(ctxOf({ 'processor.backoff': 'true' }), sinks, log.for('g1', 'x'));
    for (const b of ['1', '2', '3']) {
      await put(ch, b);
      await p.process();
    }
    expect(sinks.map((s) => s.got)).toEqual([['1'], ['2'], ['3']]);
    sinks[0].failing = true;
    for (const b of ['4', '5', '6']) {
      await put(ch, b);
      await p.process();
    }
    expect(sinks[0].got).toEqual(['1']);
    expect([...sinks[1].got, ...sinks[2].got].sort()).toEqual(['2', '3', '4', '5', '6']);
    expect(ch.size()).toBe(0);
    expect(() => new LoadBalanceSinkProcessor(ctxOf({ 'processor.selector': 'fastest' }), sinks, log.for('g', 'x'))).toThrow(
      "'fastest' is not a selector",
    );
  });
});
