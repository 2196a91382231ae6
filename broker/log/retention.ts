/**
 * Which segments retention may delete. Pure selection: PartitionLog does the
 * deleting. Only whole segments are deleted, oldest first, and only while
 * every record in them is below the high watermark (never data a follower
 * or a read_committed consumer could still need). The active segment counts
 * like any other; when it too qualifies and is not empty the log first rolls
 * a new empty segment at the log end offset (Kafka does the same), so a log
 * always keeps one segment.
 *
 * Three rules, applied in this order by PartitionLog.applyRetention:
 * - log start offset: a segment whose next segment starts at or below the
 *   log start offset holds only deleted records (after DeleteRecords);
 * - retention.ms (cleanup.policy has delete, value >= 0): a segment whose
 *   largest timestamp (its largest batch maxTimestamp, else file mtime) is
 *   more than retention.ms before now;
 * - retention.bytes (cleanup.policy has delete, value >= 0): oldest segments
 *   while the log stays at or above retention.bytes without them.
 *
 * Stateless; safe for any caller.
 */
import type { LogSegment } from './segment.js';
import type { LogConfig } from './log-config.js';
import { hasDeletePolicy } from './log-config.js';

/** Which retention rule to evaluate. */
export type RetentionRule = 'logStartOffset' | 'time' | 'size';

/** How many leading segments `rule` lets us delete (0..segments.length). */
export function deletableSegmentCount(
  rule: RetentionRule,
  segments: readonly LogSegment[],
  nextOffset: number,
  highWatermark: number,
  logStartOffset: number,
  config: Readonly<LogConfig>,
  now: number,
): number {
  if (rule !== 'logStartOffset') {
    if (!hasDeletePolicy(config)) return 0;
    if (rule === 'time' && config.retentionMs < 0) return 0;
    if (rule === 'size' && config.retentionBytes < 0) return 0;
  }
  let totalSize = 0;
  if (rule === 'size') for (const s of segments) totalSize += s.size;
  let diff = totalSize - config.retentionBytes;
  let n = 0;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const nextBase = i + 1 < segments.length ? segments[i + 1]!.baseOffset : nextOffset;
    if (nextBase > highWatermark) break;
    if (i === segments.length - 1 && seg.size === 0) break;
    let ok: boolean;
    if (rule === 'logStartOffset') ok = nextBase <= logStartOffset;
    else if (rule === 'time') ok = now - seg.largestTimestamp() > config.retentionMs;
    else {
      ok = diff - seg.size >= 0;
      if (ok) diff -= seg.size;
    }
    if (!ok) break;
    n++;
  }
  return n;
}
