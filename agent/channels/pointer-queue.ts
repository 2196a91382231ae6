/**
 * The file channel's in-memory queue: event addresses and sizes, no event
 * data, in a growable ring of two Float64Arrays (16 bytes per event, no
 * object per event). Push at the tail, shift at the head, put back at the
 * head in order (a rolled-back take).
 */

/** A ring buffer of (address, size) pairs. */
export class PointerQueue {
  private addrs: Float64Array;
  private sizes: Float64Array;
  private head = 0;
  private count = 0;

  /** An empty queue with room for `initial` entries before it grows. */
  constructor(initial = 1024) {
    this.addrs = new Float64Array(Math.max(4, initial));
    this.sizes = new Float64Array(Math.max(4, initial));
  }

  /** Entries held. */
  get length(): number {
    return this.count;
  }

  private grow(min: number): void {
    let cap = this.addrs.length * 2;
    while (cap < min) cap *= 2;
    const a = new Float64Array(cap);
    const s = new Float64Array(cap);
    for (let i = 0; i < this.count; i++) {
      const j = (this.head + i) % this.addrs.length;
      a[i] = this.addrs[j];
      s[i] = this.sizes[j];
    }
    this.addrs = a;
    this.sizes = s;
    this.head = 0;
  }

  /** Appends an entry. */
  push(addr: number, size: number): void {
    if (this.count === this.addrs.length) this.grow(this.count + 1);
    const j = (this.head + this.count) % this.addrs.length;
    this.addrs[j] = addr;
    this.sizes[j] = size;
    this.count++;
  }

  /** Moves up to `max` head entries into `addrs`/`sizes`; returns how many. */
  shiftInto(max: number, addrs: number[], sizes: number[]): number {
    const n = Math.min(max, this.count);
    for (let i = 0; i < n; i++) {
      addrs.push(this.addrs[this.head]);
      sizes.push(this.sizes[this.head]);
      this.head = (this.head + 1) % this.addrs.length;
    }
    this.count -= n;
    return n;
  }

  /** Puts entries back at the head so that addrs[0] becomes the head. */
  unshiftAll(addrs: readonly number[], sizes: readonly number[]): void {
    if (this.count + addrs.length > this.addrs.length) this.grow(this.count + addrs.length);
    for (let i = addrs.length - 1; i >= 0; i--) {
      this.head = (this.head - 1 + this.addrs.length) % this.addrs.length;
      this.addrs[this.head] = addrs[i];
      this.sizes[this.head] = sizes[i];
      this.count++;
    }
  }

  /** Calls `fn` for every entry, head first. */
  forEach(fn: (addr: number, size: number) => void): void {
    for (let i = 0; i < this.count; i++) {
      const j = (this.head + i) % this.addrs.length;
      fn(this.addrs[j], this.sizes[j]);
    }
  }
}
