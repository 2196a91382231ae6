/**
 * Where an offset boundary is in the files (Kafka's LogOffsetMetadata):
 * the base offset of the segment holding it and the byte position in that
 * segment where the batch starting at it begins (or would begin: the end of
 * the segment's bytes for the log end offset).
 *
 * The partition log keeps one for the high watermark, so a consumer's read
 * of the segment holding it stops at that byte position: no bytes above the
 * high watermark are read and then trimmed. The positions come from
 * RecentBoundaries: a fixed ring of the last `capacity` batch ends the
 * local log appended — (end offset exclusive, segment base, end position),
 * three numbers per batch in typed arrays, no objects — which covers every
 * high watermark a leader or follower sets in practice (the high watermark
 * trails the log end by at most what followers have yet to fetch). A high
 * watermark outside the ring (just after start-up, or a follower far behind)
 * has no position, and reads of its segment fall back to trimming by offset.
 *
 * Not safe for concurrent callers (one JS thread).
 */

/** An offset and where it is in the files; position -1 when unknown. */
export interface LogOffsetMetadata {
  /** The offset (a batch boundary). */
  offset: number;
  /** Base offset of the segment holding the boundary; -1 when unknown. */
  segmentBaseOffset: number;
  /** Byte position of the boundary in that segment; -1 when unknown. */
  position: number;
}

/** A boundary with no known position. */
export function offsetOnly(offset: number): LogOffsetMetadata {
  return { offset, segmentBaseOffset: -1, position: -1 };
}

const DEFAULT_CAPACITY = 1024;

/** Ring of the most recent batch ends (see the header). */
export class RecentBoundaries {
  private readonly ends: Float64Array;
  private readonly bases: Float64Array;
  private readonly positions: Float64Array;
  /** Index of the next slot to write. */
  private head = 0;
  /** Number of valid entries (<= capacity). */
  private count = 0;

  /** A ring of `capacity` entries. */
  constructor(readonly capacity = DEFAULT_CAPACITY) {
    this.ends = new Float64Array(capacity);
    this.bases = new Float64Array(capacity);
    this.positions = new Float64Array(capacity);
  }

  /** Records that a batch ending at `endOffset` (exclusive) ends at byte `position` of segment `segmentBase`. */
  add(endOffset: number, segmentBase: number, position: number): void {
    const h = this.head;
    this.ends[h] = endOffset;
    this.bases[h] = segmentBase;
    this.positions[h] = position;
    this.head = h + 1 === this.capacity ? 0 : h + 1;
    if (this.count < this.capacity) this.count++;
  }

  /**
   * Fills `out` with the boundary at `offset` (an exact batch end) and
   * returns true, or returns false when the ring does not hold it. Searches
   * newest first: high watermarks trail the log end closely.
   */
  lookup(offset: number, out: LogOffsetMetadata): boolean {
    let i = this.head;
    for (let n = 0; n < this.count; n++) {
      i = i === 0 ? this.capacity - 1 : i - 1;
      const end = this.ends[i]!;
      if (end === offset) {
        out.offset = offset;
        out.segmentBaseOffset = this.bases[i]!;
        out.position = this.positions[i]!;
        return true;
      }
      if (end < offset) return false;
    }
    return false;
  }

  /** Forgets every entry (after truncation or segment deletion, when positions may no longer hold). */
  clear(): void {
    this.head = 0;
    this.count = 0;
  }
}
