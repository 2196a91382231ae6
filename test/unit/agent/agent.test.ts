import { describe, expect, it } from 'vitest';
import { AgentConfigError } from '../../../agent/errors.js';
import { agentFrom, until } from './helpers.js';

const CONF = `
a1.sources = r1
a1.channels = c1
a1.sinks = k1
a1.sources.r1.type = seq
a1.sources.r1.totalEvents = 25
a1.sources.r1.batchSize = 5
a1.sources.r1.channels = c1
a1.channels.c1.type = org.apache.flume.channel.MemoryChannel
a1.sinks.k1.type = LOGGER
a1.sinks.k1.channel = c1
`;

function configError(text: string): AgentConfigError {
  try {
    agentFrom(text);
  } catch (err) {
    expect(err).toBeInstanceOf(AgentConfigError);
    return err as AgentConfigError;
  }
  throw new Error('expected a configuration error');
}

describe('Agent', () => {
  it('runs source → channel → sink, with short, upper-case and class type names', async () => {
    const { agent, log } = agentFrom(CONF);
    await agent.start();
    await until(() => log.grep('Event: ').length === 25, '25 logged events');
    await agent.stop();
    expect(log.grep('Event: ')[0]).toContain('(k1) [INFO - LoggerSink] Event: { headers:{} body: 30 ');
    const m = agent.metrics();
    expect(m['SOURCE.r1']).toMatchObject({ EventReceivedCount: '25', EventAcceptedCount: '25', Type: 'SOURCE' });
    expect(m['CHANNEL.c1']).toMatchObject({ EventPutSuccessCount: '25', EventTakeSuccessCount: '25', ChannelSize: '0', Type: 'CHANNEL' });
    expect(m['SINK.k1']).toMatchObject({ EventDrainSuccessCount: '25', Type: 'SINK' });
  });

  it('drains into the null sink, batchSize per transaction', async () => {
    const { agent } = agentFrom(CONF.replace('a1.sinks.k1.type = LOGGER', 'a1.sinks.k1.type = null\na1.sinks.k1.batchSize = 10'));
    await agent.start();
    await until(() => agent.metrics()['SINK.k1'].EventDrainSuccessCount === '25', 'all 25 drained');
    await agent.stop();
    const m = agent.metrics()['SINK.k1'];
    // At most 10 per transaction: at least three transactions for 25 events.
    expect(Number(m.BatchCompleteCount) + Number(m.BatchUnderflowCount)).toBeGreaterThanOrEqual(3);
    expect(agent.channels.get('c1')!.size()).toBe(0);
  });

  it('names the key of an unknown type and lists the known ones', () => {
    const e = configError(CONF.replace('type = LOGGER', 'type = loger'));
    expect(e.key).toBe('a1.sinks.k1.type');
    expect(e.message).toContain("unknown sink type 'loger' (known: logger, null, ");
    expect(e.message).toContain('file_roll');
    const hdfs = configError(CONF.replace('type = LOGGER', 'type = hdfs'));
    expect(hdfs.message).toContain("Flume's sink type 'hdfs' is not provided by Tributary");
    const sel = configError(`${CONF}\na1.sources.r1.selector.type = fancy\n`);
    expect(sel.key).toBe('a1.sources.r1.selector.type');
  });

  it('rejects a batch size above the channel transaction capacity', () => {
    const e = configError(`${CONF}\na1.channels.c1.transactionCapacity = 4\n`);
    expect(e.key).toBe('a1.sources.r1.batchSize');
    expect(e.message).toContain("larger than the transactionCapacity 4 of channel 'c1'");
  });

  it('rejects interceptors that are configured but not listed, or listed without a type', () => {
    let e = configError(
      `${CONF}\na1.sources.r1.interceptors = i1\na1.sources.r1.interceptors.i1.type = host\na1.sources.r1.interceptors.i2.type = static\n`,
    );
    expect(e.key).toBe('a1.sources.r1.interceptors.i2.type');
    e = configError(`${CONF}\na1.sources.r1.interceptors = i1\n`);
    expect(e.key).toBe('a1.sources.r1.interceptors.i1.type');
  });

  it('warns about properties no component reads', () => {
    const { log } = agentFrom(`${CONF}\na1.sinks.k1.maxBytesToLgo = 3\n`);
    expect(log.grep('unknown property a1.sinks.k1.maxBytesToLgo (ignored)')).toHaveLength(1);
  });
});
