import { describe, expect, it } from 'vitest';
import { StreamingContext } from '../../../streaming/index.js';
import { STREAMING_CONF_KEYS } from '../../../streaming/streaming-conf.js';

/** The error `new StreamingContext(100, { conf })` throws, or null. */
function confError(conf: Record<string, string | number | boolean>): Error | null {
  try {
    new StreamingContext(100, { conf });
    return null;
  } catch (err) {
    return err as Error;
  }
}

describe('StreamingContext conf', () => {
  it('refuses a misspelt spark.* key at construction, with a did-you-mean', () => {
    expect(confError({ 'spark.streaming.kafka.maxRatePerPartiton': 100 })?.message).toBe(
      "StreamingContext conf: unknown config 'spark.streaming.kafka.maxRatePerPartiton' (did you mean 'spark.streaming.kafka.maxRatePerPartition'?)",
    );
    expect(confError({ 'spark.streaming.backpressure.enable': true })?.message).toBe(
      "StreamingContext conf: unknown config 'spark.streaming.backpressure.enable' (did you mean 'spark.streaming.backpressure.enabled'?)",
    );
    expect(confError({ 'tributary.streaming.retryBackofMs': 10 })?.message).toContain("did you mean 'tributary.streaming.retryBackoffMs'?");
    expect(confError({ 'spark.streaming.nonsense': 1 })?.message).toBe("StreamingContext conf: unknown config 'spark.streaming.nonsense'");
  });

  it('refuses bad values, naming key and value', () => {
    expect(confError({ 'spark.streaming.backpressure.enabled': 'yes' })?.message).toBe(
      "StreamingContext conf: invalid value 'yes' for config 'spark.streaming.backpressure.enabled': expected a boolean (true or false)",
    );
    expect(confError({ 'spark.streaming.kafka.maxRatePerPartition': 'abc' })?.message).toBe(
      "StreamingContext conf: invalid value 'abc' for config 'spark.streaming.kafka.maxRatePerPartition': expected a long",
    );
    expect(confError({ 'spark.streaming.kafka.maxRatePerPartition': -5 })?.message).toContain('must be at least 0');
    expect(confError({ 'spark.task.maxFailures': 0 })?.message).toContain('must be at least 1');
    expect(confError({ 'spark.streaming.concurrentJobs': 2 })?.message).toContain("'spark.streaming.concurrentJobs'");
    expect(confError({ 'spark.streaming.driver.writeAheadLog.closeFileAfterWrite': true })?.message).toMatch(
      /is not supported \(the driver keeps no write-ahead log/,
    );
  });

  it("accepts every key of the table with its default, cluster settings, spark.sql.* and the application's own keys", () => {
    const all: Record<string, string> = {};
    for (const k of STREAMING_CONF_KEYS) if (k.default !== null) all[k.name] = k.default;
    expect(confError(all)).toBeNull();
    expect(
      confError({ 'spark.executor.memory': '4g', 'spark.sql.shuffle.partitions': 8, 'my.own.setting': 'x', 'spark.master': 'local[2]' }),
    ).toBeNull();
  });

  it('reads values by type, with the defaults from the table', () => {
    const ssc = new StreamingContext(100, {
      conf: { 'spark.streaming.backpressure.enabled': 'TRUE', 'spark.streaming.kafka.maxRatePerPartition': ' 250 ' },
    });
    expect(ssc.confBoolean('spark.streaming.backpressure.enabled')).toBe(true);
    expect(ssc.confNumber('spark.streaming.kafka.maxRatePerPartition')).toBe(250);
    expect(ssc.confNumber('spark.streaming.kafka.minRatePerPartition')).toBe(1);
    expect(ssc.confNumber('spark.task.maxFailures')).toBe(4);
    expect(ssc.confNumber('spark.streaming.backpressure.initialRate', 0)).toBe(0);
  });
});
