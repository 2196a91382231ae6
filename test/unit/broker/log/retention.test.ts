import { describe, it, expect, afterEach } from 'vitest';
import * as path from 'node:path';
import { deletableSegmentCount } from '../../../../broker/log/retention.js';
import { PartitionLog } from '../../../../broker/log/partition-log.js';
import { tempDir, config, batch, collectingLogger } from './helpers.js';

const logs: PartitionLog[] = [];
afterEach(() => logs.splice(0).forEach((l) => l.close()));

function segs(n: number) {
  const cfg = config({ segmentBytes: 400, retentionMs: 1000, retentionBytes: -1 });
  const log = PartitionLog.open({
    dir: path.join(tempDir(), 't-0'),
    topic: 't',
    partition: 0,
    config: cfg,
    needsRecovery: false,
    logger: collectingLogger(),
  });
  logs.push(log);
  for (let i = 0; i < n; i++) log.appendAsLeader(batch(3, { ts: i * 100 }), 0, i * 100);
  log.setHighWatermark(log.logEndOffset);
  const s = log.local.allSegments;
  return { log, s, cfg };
}

describe('retention selection', () => {
  it('time rule stops at the first young segment', () => {
    const { log, s, cfg } = segs(20);
    const all = deletableSegmentCount('time', s, log.logEndOffset, log.highWatermark, 0, cfg, 1_000_000);
    expect(all).toBe(s.length);
    const none = deletableSegmentCount('time', s, log.logEndOffset, log.highWatermark, 0, cfg, 0);
    expect(none).toBe(0);
  });

  it('size rule keeps at least retention.bytes', () => {
    const { log, s, cfg } = segs(20);
    const total = s.reduce((a, x) => a + x.size, 0);
    const exact = { ...cfg, retentionBytes: total - s[0]!.size };
    expect(deletableSegmentCount('size', s, log.logEndOffset, log.highWatermark, 0, exact, 0)).toBe(1);
    const oneMore = { ...cfg, retentionBytes: total - s[0]!.size + 1 };
    expect(deletableSegmentCount('size', s, log.logEndOffset, log.highWatermark, 0, oneMore, 0)).toBe(0);
    expect(deletableSegmentCount('size', s, log.logEndOffset, log.highWatermark, 0, { ...cfg, retentionBytes: 0 }, 0)).toBe(s.length);
  });

  it('compact-only topics are not deleted by time or size; log start offset rule still applies', () => {
    const { log, s, cfg } = segs(20);
    const compact = { ...cfg, cleanupPolicy: ['compact'] };
    expect(deletableSegmentCount('time', s, log.logEndOffset, log.highWatermark, 0, compact, 1e12)).toBe(0);
    expect(deletableSegmentCount('logStartOffset', s, log.logEndOffset, log.highWatermark, s[2]!.baseOffset, compact, 0)).toBe(2);
  });

  it('never past the high watermark', () => {
    const { log, s, cfg } = segs(20);
    expect(deletableSegmentCount('time', s, log.logEndOffset, s[1]!.baseOffset, 0, cfg, 1e12)).toBe(1);
  });
});
