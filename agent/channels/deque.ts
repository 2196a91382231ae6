/**
 * A double-ended queue on a growable ring buffer: push at the tail, shift at
 * the head, and put items back at the head (a rolled-back take) in their
 * original order. O(1) amortized; no allocation per item once grown.
 */

/** A ring-buffer deque. */
export class Deque<T> {
  private buf: (T | undefined)[];
  private head = 0;
  private count = 0;

  /** An empty deque with room for `initial` items before it grows. */
  constructor(initial = 1024) {
    this.buf = new Array<T | undefined>(Math.max(4, initial));
  }

  /** Number of items. */
  get length(): number {
    return this.count;
  }

  private grow(min: number): void {
    let size = this.buf.length * 2;
    while (size < min) size *= 2;
    const next = new Array<T | undefined>(size);
    for (let i = 0; i < this.count; i++) next[i] = this.buf[(this.head + i) % this.buf.length];
    this.buf = next;
    this.head = 0;
  }

  /** Appends at the tail. */
  push(item: T): void {
    if (this.count === this.buf.length) this.grow(this.count + 1);
    this.buf[(this.head + this.count) % this.buf.length] = item;
    this.count++;
  }

  /** Removes and returns the head item (undefined when empty). */
  shift(): T | undefined {
    if (this.count === 0) return undefined;
    const item = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) % this.buf.length;
    this.count--;
    return item;
  }

  /** The item at position `i` from the head (0-based), undefined past the end. */
  at(i: number): T | undefined {
    return i < this.count ? this.buf[(this.head + i) % this.buf.length] : undefined;
  }

  /** Puts `items` back at the head so that items[0] becomes the head. */
  unshiftAll(items: readonly T[]): void {
    if (items.length === 0) return;
    if (this.count + items.length > this.buf.length) this.grow(this.count + items.length);
    for (let i = items.length - 1; i >= 0; i--) {
      this.head = (this.head - 1 + this.buf.length) % this.buf.length;
      this.buf[this.head] = items[i];
      this.count++;
    }
  }

  /** Removes every item. */
  clear(): void {
    this.buf.fill(undefined);
    this.head = 0;
    this.count = 0;
  }
}
