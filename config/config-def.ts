/**
 * The machinery under every config schema (broker and topic), modelled on
 * Kafka's `ConfigDef`: a key has a name, a type, a default written the way
 * Kafka documents it, an optional validator and a one-line doc. Values arrive
 * as strings (from a properties file, `--override`, AlterConfigs) and are
 * parsed by type exactly as Kafka does: strings, classes and lists are
 * trimmed, lists split on commas with surrounding whitespace, booleans are
 * `true`/`false` in any case, numbers are plain decimal.
 *
 * 64-bit values are JavaScript numbers. Kafka uses Long.MAX_VALUE for
 * "never"/"unlimited"; any long above 2^53-1 is held as {@link LONG_MAX}
 * (= Number.MAX_SAFE_INTEGER) and written back as "9223372036854775807".
 */

/** Stand-in for Java's Long.MAX_VALUE ("no limit") in a safe integer. */
export const LONG_MAX = Number.MAX_SAFE_INTEGER;

/** Java's Long.MAX_VALUE in decimal, as Kafka reports it. */
export const LONG_MAX_STRING = '9223372036854775807';

/** Kafka's config types (`password` is never echoed back). */
export type ConfigType = 'boolean' | 'short' | 'int' | 'long' | 'double' | 'string' | 'list' | 'class' | 'password';

/** The JavaScript type a config type parses to. */
export interface ConfigTypeMap {
  boolean: boolean;
  short: number;
  int: number;
  long: number;
  double: number;
  string: string;
  list: string[];
  class: string;
  password: string;
}

/** Any parsed config value. */
export type ConfigValue = ConfigTypeMap[ConfigType];

/** Checks a parsed value; `describe` is Kafka's "Valid Values" text. */
export interface Validator {
  /** Returns why the value is invalid, or null when it is fine. */
  check(value: ConfigValue): string | null;
  /** Human-readable range or set, e.g. `[1,...]` or `[delete, compact]`. */
  readonly describe: string;
}

/**
 * One config key. `N` (the name) and `T` (the type) are literal types so a
 * schema written as a tuple yields a typed camelCase object; `Nullable` is
 * true when the default is null (no value unless set).
 */
export interface ConfigKey<N extends string = string, T extends ConfigType = ConfigType, Nullable extends boolean = boolean> {
  readonly name: N;
  readonly type: T;
  /** Default in Kafka's string form; null = unset. */
  readonly default: string | null;
  readonly nullable: Nullable;
  readonly doc: string;
  readonly validator?: Validator;
  /** Accepted for compatibility with Kafka config files; has no effect here. */
  readonly ignored?: boolean;
  /**
   * Broker keys only: how the key may change at run time (Kafka's "Dynamic
   * Update Mode"): 'cluster-wide' as the cluster default or per broker,
   * 'per-broker' only per broker; absent: read-only (a restart applies it).
   */
  readonly dynamic?: DynamicUpdateMode;
}

/** Kafka's dynamic update modes of a broker config that may change at run time. */
export type DynamicUpdateMode = 'per-broker' | 'cluster-wide';

/** The parsed value type of a key. */
export type ValueOfKey<K> =
  K extends ConfigKey<string, infer T, infer Nullable> ? (Nullable extends true ? ConfigTypeMap[T] | null : ConfigTypeMap[T]) : never;

/** `log.retention.ms` → `logRetentionMs`. */
export type CamelCase<S extends string> = S extends `${infer H}.${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;

/** The typed object a tuple of keys parses into. */
export type ValuesOf<Keys extends readonly ConfigKey[]> = {
  readonly [K in Keys[number] as CamelCase<K['name']>]: ValueOfKey<K>;
};

/** `log.retention.ms` → `logRetentionMs` at run time. */
export function camelCase(name: string): string {
  return name.replace(/\.([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Stable codes of {@link ConfigError}. */
export type ConfigErrorCode =
  'ERR_CONFIG_UNKNOWN' | 'ERR_CONFIG_INVALID' | 'ERR_CONFIG_UNSUPPORTED' | 'ERR_CONFIG_SYNTAX' | 'ERR_CONFIG_FILE';

/**
 * A config that cannot be used. The message always starts with where the
 * config came from (a file path, `--override`, ...) and names the key and
 * the value, e.g. `server.properties: unknown config 'log.dirz' (did you mean 'log.dirs'?)`.
 */
export class ConfigError extends Error {
  /** Stable machine-readable code. */
  readonly code: ConfigErrorCode;
  /** The offending key, when there is one. */
  readonly key: string | null;
  /** The offending value, when there is one. */
  readonly value: string | null;
  /** Where the config came from (file path, `--override`, ...). */
  readonly source: string;

  /** Builds the error; `message` is the full text, source prefix included. */
  constructor(
    code: ConfigErrorCode,
    message: string,
    opts: { key?: string | null; value?: string | null; source: string; cause?: unknown },
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'ConfigError';
    this.code = code;
    this.key = opts.key ?? null;
    this.value = opts.value ?? null;
    this.source = opts.source;
  }
}

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
const SHORT_MIN = -(2 ** 15);
const SHORT_MAX = 2 ** 15 - 1;
const LONG_MIN_BIG = -(2n ** 63n);
const LONG_MAX_BIG = 2n ** 63n - 1n;
const INTEGER_RE = /^[+-]?\d+$/;
const DOUBLE_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Parses a string by type; returns the value or why it is not of that type. */
export function parseByType(type: ConfigType, raw: string): { ok: true; value: ConfigValue } | { ok: false; reason: string } {
  const s = type === 'password' ? raw : raw.trim();
  switch (type) {
    case 'boolean': {
      const l = s.toLowerCase();
      if (l === 'true' || l === 'false') return { ok: true, value: l === 'true' };
      return { ok: false, reason: 'expected a boolean (true or false)' };
    }
    case 'short':
    case 'int':
    case 'long': {
      if (!INTEGER_RE.test(s)) return { ok: false, reason: `expected ${article(type)} ${type}` };
      const n = Number(s);
      if (type === 'long') {
        // Doubles cannot tell 2^63-1 from 2^63: check the range exactly.
        const b = BigInt(s);
        if (b < LONG_MIN_BIG || b > LONG_MAX_BIG) return { ok: false, reason: 'long out of range' };
      } else {
        const [min, max] = type === 'short' ? [SHORT_MIN, SHORT_MAX] : [INT_MIN, INT_MAX];
        if (n < min || n > max) return { ok: false, reason: `${type} out of range` };
      }
      if (type === 'long' && n > LONG_MAX) return { ok: true, value: LONG_MAX };
      if (type === 'long' && n < -LONG_MAX) return { ok: true, value: -LONG_MAX };
      return { ok: true, value: n };
    }
    case 'double':
      if (!DOUBLE_RE.test(s)) return { ok: false, reason: 'expected a double' };
      return { ok: true, value: Number(s) };
    case 'list':
      return { ok: true, value: s === '' ? [] : s.split(/\s*,\s*/) };
    case 'string':
    case 'class':
    case 'password':
      return { ok: true, value: s };
  }
}

function article(type: string): string {
  return type === 'int' ? 'an' : 'a';
}

/** Writes a parsed value back in Kafka's string form (lists comma-joined). */
export function formatValue(type: ConfigType, value: ConfigValue | null): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.join(',');
  if (type === 'long' && typeof value === 'number' && value >= LONG_MAX) return LONG_MAX_STRING;
  return String(value);
}

/** Value must be >= min. */
export function atLeast(min: number): Validator {
  return {
    describe: `[${min},...]`,
    check: (v) => (typeof v === 'number' && v < min ? `must be at least ${min}` : null),
  };
}

/** Value must be within [min, max] (inclusive both ends). */
export function between(min: number, max: number): Validator {
  return {
    describe: `[${min},...,${max}]`,
    check: (v) => (typeof v === 'number' && (v < min || v > max) ? `must be between ${min} and ${max}` : null),
  };
}

/** A string value must be one of `allowed` (exact case, as in Kafka). */
export function oneOf(...allowed: string[]): Validator {
  return {
    describe: `[${allowed.join(', ')}]`,
    check: (v) => (typeof v === 'string' && !allowed.includes(v) ? `must be one of ${allowed.join(', ')}` : null),
  };
}

/** Every item of a list value must be one of `allowed`. */
export function listOf(...allowed: string[]): Validator {
  return {
    describe: `[${allowed.join(', ')}]`,
    check: (v) => {
      if (!Array.isArray(v)) return null;
      const bad = v.find((x) => !allowed.includes(x));
      return bad === undefined ? null : `'${bad}' is not one of ${allowed.join(', ')}`;
    },
  };
}

/** A string value must not be empty. */
export const nonEmpty: Validator = {
  describe: 'non-empty string',
  check: (v) => (v === '' ? 'must not be empty' : null),
};

type DefaultOf<T extends ConfigType> = T extends 'boolean'
  ? boolean
  : T extends 'list'
    ? string
    : T extends 'short' | 'int' | 'long' | 'double'
      ? number
      : string;

/** Key options beyond name, type, default and doc. */
export interface KeyOptions {
  readonly validator?: Validator;
  readonly ignored?: boolean;
  readonly dynamic?: DynamicUpdateMode;
}

/** Declares a key; a default of null makes its value nullable. */
export function defineKey<N extends string, T extends ConfigType, D extends DefaultOf<T> | null>(
  name: N,
  type: T,
  dflt: D,
  doc: string,
  opts: KeyOptions = {},
): ConfigKey<N, T, null extends D ? true : false> {
  const d = dflt === null ? null : type === 'long' && dflt === LONG_MAX ? LONG_MAX_STRING : String(dflt);
  return { name, type, default: d, nullable: (dflt === null) as null extends D ? true : false, doc, ...opts };
}

/**
 * Parses and validates one raw value for a key. Throws {@link ConfigError}
 * (ERR_CONFIG_INVALID) naming the source, key and value.
 */
export function parseKeyValue(key: ConfigKey, raw: string, source: string): ConfigValue {
  const parsed = parseByType(key.type, raw);
  const shown = key.type === 'password' ? '[hidden]' : raw;
  if (!parsed.ok) {
    throw new ConfigError('ERR_CONFIG_INVALID', `${source}: invalid value '${shown}' for config '${key.name}': ${parsed.reason}`, {
      key: key.name,
      value: raw,
      source,
    });
  }
  const why = key.validator?.check(parsed.value) ?? null;
  if (why !== null) {
    throw new ConfigError('ERR_CONFIG_INVALID', `${source}: invalid value '${shown}' for config '${key.name}': ${why}`, {
      key: key.name,
      value: raw,
      source,
    });
  }
  return parsed.value;
}

/** The default of a key, parsed (null when the key has no default). */
export function defaultValue(key: ConfigKey): ConfigValue | null {
  if (key.default === null) return null;
  const parsed = parseByType(key.type, key.default);
  if (!parsed.ok) throw new Error(`bad default for ${key.name}: ${parsed.reason}`);
  return parsed.value;
}

/** Levenshtein distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The known name closest to `name` (edit distance at most 2, or a sixth of
 * its length for long names), preferring names of the same length; null if
 * nothing is close.
 */
export function suggestName(name: string, known: Iterable<string>): string | null {
  const limit = Math.max(2, Math.floor(name.length / 6));
  let best: string | null = null;
  let bestScore = Infinity;
  for (const k of known) {
    const d = distance(name, k);
    if (d > limit) continue;
    const score = d * 100 + Math.abs(k.length - name.length);
    if (score < bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}
