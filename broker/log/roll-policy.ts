/**
 * When the active segment rolls. Kept in one function so every roll rule is
 * in one place (as Kafka's LogSegment.shouldRoll). Stateless; safe for any
 * caller.
 */
import type { LogSegment } from './segment.js';
import type { LogConfig } from './log-config.js';

/**
 * All roll rules in one place: roll the active segment `seg` before
 * appending `messagesSize` bytes whose largest timestamp is
 * `maxTimestampInMessages` and last offset `maxOffsetInMessages`, when
 * - it would grow past segment.bytes, or
 * - segment.ms (minus jitter) has passed since its first batch's timestamp
 *   (or since it was created when batches carry no timestamp), or
 * - its offset or time index is full, or
 * - the new last offset does not fit an int32 relative to its base offset.
 * An empty segment never rolls.
 */
export function shouldRoll(
  seg: LogSegment,
  config: Readonly<LogConfig>,
  rollJitterMs: number,
  messagesSize: number,
  maxTimestampInMessages: number,
  maxOffsetInMessages: number,
  now: number,
): boolean {
  if (seg.size === 0) return false;
  if (seg.size > config.segmentBytes - messagesSize) return true;
  const waited = seg.rollingBasedTimestamp >= 0 ? maxTimestampInMessages - seg.rollingBasedTimestamp : now - seg.created;
  if (waited > config.segmentMs - rollJitterMs) return true;
  if (seg.offsetIndex.isFull() || seg.timeIndex.isFull()) return true;
  return !seg.canConvertToRelativeOffset(maxOffsetInMessages);
}
