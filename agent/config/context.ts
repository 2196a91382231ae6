/**
 * ComponentContext: the properties of one component (Flume's Context), keys
 * relative to the component's prefix (`port` for `a1.sources.r1.port`), with
 * typed getters whose errors name the full key. It remembers which keys were
 * read, so that the agent can warn about keys no component understood
 * (usually a typo; Flume ignores them silently).
 */
import { AgentConfigError } from '../errors.js';

/** Bounds of a numeric property (both inclusive). */
export interface NumberBounds {
  min?: number;
  max?: number;
}

/** The properties of one component with typed, key-naming getters. */
export class ComponentContext {
  /** Full keys read so far (shared with sub-contexts). */
  private readonly used: Set<string>;

  /**
   * @param prefix the full prefix of the keys, with its trailing dot (`a1.sources.r1.`)
   * @param props the properties below the prefix, keys relative to it
   * @param file the configuration file (for error messages)
   * @param used full keys already read (shared by a component and its sub-contexts)
   */
  constructor(
    readonly prefix: string,
    readonly props: ReadonlyMap<string, string>,
    readonly file?: string,
    used?: Set<string>,
  ) {
    this.used = used ?? new Set();
  }

  /** The full key of a relative one. */
  key(rel: string): string {
    return this.prefix + rel;
  }

  /** An error about relative key `rel`. */
  error(rel: string, message: string): AgentConfigError {
    return new AgentConfigError(this.key(rel), message, this.file);
  }

  /** Whether `rel` is set. */
  has(rel: string): boolean {
    return this.props.has(rel);
  }

  /** The trimmed value of the first of `keys` that is set (old names after new ones), or undefined. */
  raw(...keys: string[]): { key: string; value: string } | undefined {
    for (const k of keys) {
      this.used.add(this.prefix + k);
      const v = this.props.get(k);
      if (v !== undefined) return { key: k, value: v.trim() };
    }
    return undefined;
  }

  /** A string property (the first of `keys` set), else `def`. */
  string(keys: string | string[], def: string): string;
  string(keys: string | string[], def?: string): string | undefined;
  string(keys: string | string[], def?: string): string | undefined {
    return this.raw(...(Array.isArray(keys) ? keys : [keys]))?.value ?? def;
  }

  /** A string property that must be set and non-empty. */
  required(keys: string | string[], what?: string): string {
    const list = Array.isArray(keys) ? keys : [keys];
    const r = this.raw(...list);
    if (!r || r.value === '') throw this.error(list[0], `is required${what ? ` (${what})` : ''}`);
    return r.value;
  }

  /** An integer property within `bounds`, else `def`. */
  int(keys: string | string[], def: number, bounds: NumberBounds = {}): number {
    const r = this.raw(...(Array.isArray(keys) ? keys : [keys]));
    if (!r) return def;
    if (!/^[+-]?\d+$/.test(r.value)) throw this.error(r.key, `'${r.value}' is not an integer`);
    const n = Number(r.value);
    if (bounds.min !== undefined && n < bounds.min) throw this.error(r.key, `${n} is below the minimum ${bounds.min}`);
    if (bounds.max !== undefined && n > bounds.max) throw this.error(r.key, `${n} is above the maximum ${bounds.max}`);
    return n;
  }

  /** A number property (decimals allowed) within `bounds`, else `def`. */
  number(keys: string | string[], def: number, bounds: NumberBounds = {}): number {
    const r = this.raw(...(Array.isArray(keys) ? keys : [keys]));
    if (!r) return def;
    const n = Number(r.value);
    if (r.value === '' || !Number.isFinite(n)) throw this.error(r.key, `'${r.value}' is not a number`);
    if (bounds.min !== undefined && n < bounds.min) throw this.error(r.key, `${n} is below the minimum ${bounds.min}`);
    if (bounds.max !== undefined && n > bounds.max) throw this.error(r.key, `${n} is above the maximum ${bounds.max}`);
    return n;
  }

  /** A boolean property (`true`/`false`, any case), else `def`. */
  bool(keys: string | string[], def: boolean): boolean {
    const r = this.raw(...(Array.isArray(keys) ? keys : [keys]));
    if (!r) return def;
    const v = r.value.toLowerCase();
    if (v === 'true') return true;
    if (v === 'false') return false;
    throw this.error(r.key, `'${r.value}' is not true or false`);
  }

  /** One of `choices` (case-insensitive; returned as listed), else `def`. */
  choice<T extends string>(keys: string | string[], choices: readonly T[], def: T): T {
    const r = this.raw(...(Array.isArray(keys) ? keys : [keys]));
    if (!r) return def;
    const found = choices.find((c) => c.toLowerCase() === r.value.toLowerCase());
    if (found === undefined) throw this.error(r.key, `'${r.value}' is not one of ${choices.join(', ')}`);
    return found;
  }

  /** A whitespace-separated list, else []. */
  list(keys: string | string[]): string[] {
    const v = this.string(keys);
    return v ? v.split(/\s+/).filter(Boolean) : [];
  }

  /** The properties under `sub` (`selector.`), as a context of their own sharing the record of read keys. */
  sub(sub: string): ComponentContext {
    const out = new Map<string, string>();
    for (const [k, v] of this.props) if (k.startsWith(sub)) out.set(k.slice(sub.length), v);
    return new ComponentContext(this.prefix + sub, out, this.file, this.used);
  }

  /** Every key under `sub`, relative to it, marked as read (for free-form maps such as `kafka.producer.*`). */
  entries(sub: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const [k, v] of this.props) {
      if (!k.startsWith(sub)) continue;
      this.used.add(this.prefix + k);
      out.set(k.slice(sub.length), v.trim());
    }
    return out;
  }

  /** Marks keys as read without reading them (keys a component accepts and ignores). */
  accept(...keys: string[]): void {
    for (const k of keys) this.used.add(this.prefix + k);
  }

  /** The full keys that were never read. */
  unusedKeys(): string[] {
    return [...this.props.keys()].map((k) => this.key(k)).filter((k) => !this.used.has(k));
  }
}
