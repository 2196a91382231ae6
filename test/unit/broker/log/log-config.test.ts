import { describe, it, expect } from 'vitest';
import {
  DEFAULT_LOG_CONFIG,
  logConfigFromProperties,
  logConfigToProperties,
  timestampAfterMaxMs,
  timestampBeforeMaxMs,
} from '../../../../broker/log/log-config.js';

describe('log config', () => {
  it("has Kafka's defaults", () => {
    expect(DEFAULT_LOG_CONFIG.segmentBytes).toBe(1073741824);
    expect(DEFAULT_LOG_CONFIG.retentionMs).toBe(604800000);
    expect(DEFAULT_LOG_CONFIG.maxMessageBytes).toBe(1048588);
    expect(DEFAULT_LOG_CONFIG.flushMessages).toBe(Number.MAX_SAFE_INTEGER);
    expect(DEFAULT_LOG_CONFIG.cleanupPolicy).toEqual(['delete']);
  });

  it('maps Kafka names to fields', () => {
    const c = logConfigFromProperties({
      'retention.ms': '-1',
      'segment.bytes': '1048576',
      'cleanup.policy': 'compact,delete',
      'message.timestamp.type': 'LogAppendTime',
      'min.cleanable.dirty.ratio': '0.1',
      'unclean.leader.election.enable': 'true',
      'flush.ms': '9223372036854775807',
      'compression.type': 'zstd',
      'remote.storage.enable': 'false',
    });
    expect(c.retentionMs).toBe(-1);
    expect(c.segmentBytes).toBe(1048576);
    expect(c.cleanupPolicy).toEqual(['compact', 'delete']);
    expect(c.messageTimestampType).toBe('LogAppendTime');
    expect(c.minCleanableDirtyRatio).toBe(0.1);
    expect(c.uncleanLeaderElectionEnable).toBe(true);
    expect(c.flushMs).toBe(Number.MAX_SAFE_INTEGER);
    expect(c.compressionType).toBe('zstd');
    expect(c.remoteStorageEnable).toBe(false);
    expect(DEFAULT_LOG_CONFIG.cleanupPolicy).toEqual(['delete']);
    const back = logConfigToProperties(c);
    expect(back['cleanup.policy']).toBe('compact,delete');
    expect(back['flush.ms']).toBe('9223372036854775807');
    expect(back['retention.ms']).toBe('-1');
  });

  it('rejects unknown names and invalid values, naming the key', () => {
    expect(() => logConfigFromProperties({ 'retention.msx': '1' })).toThrow(/retention\.msx/);
    expect(() => logConfigFromProperties({ 'retention.ms': 'abc' })).toThrow(/retention\.ms/);
    expect(() => logConfigFromProperties({ 'retention.ms': '-2' })).toThrow(/retention\.ms/);
    expect(() => logConfigFromProperties({ 'segment.bytes': '3000000000' })).toThrow(/segment\.bytes/);
    expect(() => logConfigFromProperties({ 'cleanup.policy': 'delete,forever' })).toThrow(/cleanup\.policy/);
    expect(() => logConfigFromProperties({ 'min.cleanable.dirty.ratio': '1.5' })).toThrow(/min\.cleanable\.dirty\.ratio/);
    expect(() => logConfigFromProperties({ 'message.timestamp.type': 'Now' })).toThrow(/message\.timestamp\.type/);
    expect(() => logConfigFromProperties({ 'unclean.leader.election.enable': 'yes' })).toThrow(/unclean/);
    expect(() => logConfigFromProperties({ 'remote.storage.enable': 'true' })).toThrow(/tiered storage is not supported/);
    expect(() => logConfigFromProperties({ 'min.compaction.lag.ms': '10', 'max.compaction.lag.ms': '5' })).toThrow(
      /min\.compaction\.lag\.ms/,
    );
  });

  it('parses the keys the old broker-side table alone knew (compression levels, tiered storage)', () => {
    const c = logConfigFromProperties({
      'compression.gzip.level': '5',
      'local.retention.ms': '1000',
      'message.downconversion.enable': 'false',
    });
    expect(c.compressionGzipLevel).toBe(5);
    expect(c.localRetentionMs).toBe(1000);
    expect(c.messageDownconversionEnable).toBe(false);
    expect(() => logConfigFromProperties({ 'compression.gzip.level': '0' })).toThrow(/compression\.gzip\.level/);
  });

  it('layers over given defaults', () => {
    const base = logConfigFromProperties({ 'retention.ms': '1000' });
    const c = logConfigFromProperties({ 'segment.ms': '5000' }, base);
    expect(c.retentionMs).toBe(1000);
    expect(c.segmentMs).toBe(5000);
  });

  it("applies Kafka 3.x's deprecated message.timestamp.difference.max.ms where before/after.max.ms are not set", () => {
    const none = logConfigFromProperties({});
    expect([timestampBeforeMaxMs(none), timestampAfterMaxMs(none)]).toEqual([Number.MAX_SAFE_INTEGER, 3600000]);
    const diff = logConfigFromProperties({ 'message.timestamp.difference.max.ms': '60000' });
    expect([timestampBeforeMaxMs(diff), timestampAfterMaxMs(diff)]).toEqual([60000, 60000]);
    const large = logConfigFromProperties({ 'message.timestamp.difference.max.ms': '7200000' });
    expect(timestampAfterMaxMs(large)).toBe(7200000); // Kafka 3.x: after.max.ms unset means difference.max.ms
    const both = logConfigFromProperties({
      'message.timestamp.difference.max.ms': '60000',
      'message.timestamp.before.max.ms': '1000',
      'message.timestamp.after.max.ms': '2000',
    });
    expect([timestampBeforeMaxMs(both), timestampAfterMaxMs(both)]).toEqual([1000, 2000]);
  });
});
