import { describe, it, expect } from 'vitest';
import { RecentBoundaries, offsetOnly } from '../../../../broker/log/log-offset-metadata.js';

describe('RecentBoundaries', () => {
  it('finds exact recent batch ends, newest first; older ones fall out of the ring', () => {
    const ring = new RecentBoundaries(4);
    const out = offsetOnly(-1);
    expect(ring.lookup(3, out)).toBe(false);
    ring.add(3, 0, 100);
    ring.add(5, 0, 180);
    ring.add(9, 9, 0);
    ring.add(12, 9, 150);
    expect(ring.lookup(5, out)).toBe(true);
    expect(out).toEqual({ offset: 5, segmentBaseOffset: 0, position: 180 });
    expect(ring.lookup(4, out)).toBe(false);
    expect(ring.lookup(13, out)).toBe(false);
    ring.add(20, 9, 300);
    expect(ring.lookup(3, out)).toBe(false);
    expect(ring.lookup(20, out)).toBe(true);
    expect(out).toEqual({ offset: 20, segmentBaseOffset: 9, position: 300 });
    ring.clear();
    expect(ring.lookup(20, out)).toBe(false);
  });

  it('offsetOnly has no position', () => {
    expect(offsetOnly(7)).toEqual({ offset: 7, segmentBaseOffset: -1, position: -1 });
  });
});
