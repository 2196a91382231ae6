/**
 * Key equality and hashing for pair operations. JavaScript's Map compares
 * objects by identity, Spark compares keys by value; so keys are normalised:
 * primitives stand for themselves, anything else (tuples, objects) by its
 * JSON text. Keys must therefore be primitives or JSON-serializable values.
 */

/** The Map key standing for `k` (equal keys give equal normalised keys). */
export function normKey(k: unknown): unknown {
  return k !== null && typeof k === 'object' ? '\u0000' + JSON.stringify(k) : k;
}

/** A non-negative 32-bit hash of a key (FNV-1a over its text form). */
export function hashKey(k: unknown): number {
  const s = typeof k === 'string' ? k : typeof k === 'object' && k !== null ? JSON.stringify(k) : String(k);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A Map from keys compared by value to values, remembering the original key. */
export class KeyMap<K, V> {
  private readonly m = new Map<unknown, [K, V]>();

  /** Number of keys. */
  get size(): number {
    return this.m.size;
  }

  /** The value of `k`, or undefined. */
  get(k: K): V | undefined {
    return this.m.get(normKey(k))?.[1];
  }

  /** Whether `k` is present. */
  has(k: K): boolean {
    return this.m.has(normKey(k));
  }

  /** Sets the value of `k`. */
  set(k: K, v: V): this {
    this.m.set(normKey(k), [k, v]);
    return this;
  }

  /** Removes `k`. */
  delete(k: K): boolean {
    return this.m.delete(normKey(k));
  }

  /** [key, value] pairs in insertion order. */
  entries(): IterableIterator<[K, V]> {
    return this.m.values();
  }

  /** A shallow copy. */
  clone(): KeyMap<K, V> {
    const c = new KeyMap<K, V>();
    for (const [n, e] of this.m) c.m.set(n, [e[0], e[1]]);
    return c;
  }

  /** Builds a KeyMap from pairs (later pairs win). */
  static from<K, V>(pairs: Iterable<[K, V]>): KeyMap<K, V> {
    const m = new KeyMap<K, V>();
    for (const [k, v] of pairs) m.set(k, v);
    return m;
  }
}

/** Default ordering: numbers and strings natively, other values by their JSON text. */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compareValues(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Splits pairs into `n` partitions by the hash of their keys. */
export function hashPartition<K, V>(pairs: Iterable<[K, V]>, n: number): [K, V][][] {
  const parts: [K, V][][] = [];
  for (let i = 0; i < n; i++) parts.push([]);
  for (const e of pairs) parts[hashKey(e[0]) % n].push(e);
  return parts;
}
