/**
 * Per-topic log configuration: Kafka's topic-level config names mapped to a
 * typed LogConfig, with Kafka's defaults and validation rules.
 *
 * Long.MAX_VALUE in Kafka becomes Number.MAX_SAFE_INTEGER here (any larger
 * value given as a string is clamped to it). Configs that only matter to
 * features this broker does not have (tiered storage, throttling) are
 * accepted and kept so that tools which set them do not fail.
 */

/** Typed topic configuration (Kafka topic config names in the comments). */
export interface LogConfig {
  /** segment.bytes */
  segmentBytes: number;
  /** segment.ms */
  segmentMs: number;
  /** segment.jitter.ms */
  segmentJitterMs: number;
  /** segment.index.bytes: max size of each index file */
  segmentIndexBytes: number;
  /** index.interval.bytes: log bytes between two offset index entries */
  indexIntervalBytes: number;
  /** retention.ms (-1 = infinite) */
  retentionMs: number;
  /** retention.bytes (-1 = infinite) */
  retentionBytes: number;
  /** cleanup.policy: subset of ['delete', 'compact'] */
  cleanupPolicy: string[];
  /** message.timestamp.type */
  messageTimestampType: 'CreateTime' | 'LogAppendTime';
  /** max.message.bytes: largest batch accepted */
  maxMessageBytes: number;
  /** file.delete.delay.ms */
  fileDeleteDelayMs: number;
  /** message.timestamp.before.max.ms */
  messageTimestampBeforeMaxMs: number;
  /** message.timestamp.after.max.ms */
  messageTimestampAfterMaxMs: number;
  /** min.insync.replicas */
  minInsyncReplicas: number;
  /** unclean.leader.election.enable */
  uncleanLeaderElectionEnable: boolean;
  /** delete.retention.ms: tombstone lifetime under compaction */
  deleteRetentionMs: number;
  /** min.cleanable.dirty.ratio */
  minCleanableDirtyRatio: number;
  /** min.compaction.lag.ms */
  minCompactionLagMs: number;
  /** max.compaction.lag.ms */
  maxCompactionLagMs: number;
  /** flush.messages: fsync after this many messages (MAX = never explicitly) */
  flushMessages: number;
  /** flush.ms: fsync when the last one is this old (MAX = never explicitly) */
  flushMs: number;
  /** compression.type: producer | uncompressed | gzip | snappy | lz4 | zstd */
  compressionType: string;
  /** compression.gzip.level */
  compressionGzipLevel: number;
  /** compression.lz4.level */
  compressionLz4Level: number;
  /** compression.zstd.level */
  compressionZstdLevel: number;
  /** preallocate (accepted; files are never preallocated here) */
  preallocate: boolean;
  /** Accepted but unused configs, by Kafka name. */
  other: Record<string, string>;
}

const MAX = Number.MAX_SAFE_INTEGER;
const INT_MAX = 2147483647;

/** Kafka's defaults. */
export const DEFAULT_LOG_CONFIG: Readonly<LogConfig> = Object.freeze({
  segmentBytes: 1073741824,
  segmentMs: 604800000,
  segmentJitterMs: 0,
  segmentIndexBytes: 10485760,
  indexIntervalBytes: 4096,
  retentionMs: 604800000,
  retentionBytes: -1,
  cleanupPolicy: ['delete'],
  messageTimestampType: 'CreateTime',
  maxMessageBytes: 1048588,
  fileDeleteDelayMs: 60000,
  messageTimestampBeforeMaxMs: MAX,
  messageTimestampAfterMaxMs: MAX,
  minInsyncReplicas: 1,
  uncleanLeaderElectionEnable: false,
  deleteRetentionMs: 86400000,
  minCleanableDirtyRatio: 0.5,
  minCompactionLagMs: 0,
  maxCompactionLagMs: MAX,
  flushMessages: MAX,
  flushMs: MAX,
  compressionType: 'producer',
  compressionGzipLevel: -1,
  compressionLz4Level: 9,
  compressionZstdLevel: 3,
  preallocate: false,
  other: {},
} satisfies LogConfig);

type Kind = 'int' | 'long' | 'double' | 'boolean' | 'enum' | 'list' | 'string';

interface Def {
  field: keyof LogConfig | null;
  kind: Kind;
  min?: number;
  max?: number;
  values?: readonly string[];
}

/** Every topic config name Kafka accepts, with how to parse and check it. */
const DEFS: Record<string, Def> = {
  'segment.bytes': { field: 'segmentBytes', kind: 'int', min: 14 },
  'segment.ms': { field: 'segmentMs', kind: 'long', min: 1 },
  'segment.jitter.ms': { field: 'segmentJitterMs', kind: 'long', min: 0 },
  'segment.index.bytes': { field: 'segmentIndexBytes', kind: 'int', min: 4 },
  'index.interval.bytes': { field: 'indexIntervalBytes', kind: 'int', min: 0 },
  'retention.ms': { field: 'retentionMs', kind: 'long', min: -1 },
  'retention.bytes': { field: 'retentionBytes', kind: 'long' },
  'cleanup.policy': { field: 'cleanupPolicy', kind: 'list', values: ['delete', 'compact'] },
  'message.timestamp.type': { field: 'messageTimestampType', kind: 'enum', values: ['CreateTime', 'LogAppendTime'] },
  'max.message.bytes': { field: 'maxMessageBytes', kind: 'int', min: 0 },
  'file.delete.delay.ms': { field: 'fileDeleteDelayMs', kind: 'long', min: 0 },
  'message.timestamp.before.max.ms': { field: 'messageTimestampBeforeMaxMs', kind: 'long', min: 0 },
  'message.timestamp.after.max.ms': { field: 'messageTimestampAfterMaxMs', kind: 'long', min: 0 },
  'min.insync.replicas': { field: 'minInsyncReplicas', kind: 'int', min: 1 },
  'unclean.leader.election.enable': { field: 'uncleanLeaderElectionEnable', kind: 'boolean' },
  'delete.retention.ms': { field: 'deleteRetentionMs', kind: 'long', min: 0 },
  'min.cleanable.dirty.ratio': { field: 'minCleanableDirtyRatio', kind: 'double', min: 0, max: 1 },
  'min.compaction.lag.ms': { field: 'minCompactionLagMs', kind: 'long', min: 0 },
  'max.compaction.lag.ms': { field: 'maxCompactionLagMs', kind: 'long', min: 1 },
  'flush.messages': { field: 'flushMessages', kind: 'long', min: 1 },
  'flush.ms': { field: 'flushMs', kind: 'long', min: 0 },
  'compression.type': {
    field: 'compressionType',
    kind: 'enum',
    values: ['uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer'],
  },
  'compression.gzip.level': { field: 'compressionGzipLevel', kind: 'int', min: -1, max: 9 },
  'compression.lz4.level': { field: 'compressionLz4Level', kind: 'int', min: 1, max: 17 },
  'compression.zstd.level': { field: 'compressionZstdLevel', kind: 'int', min: -131072, max: 22 },
  preallocate: { field: 'preallocate', kind: 'boolean' },
  // Accepted, kept in `other`, unused by this broker.
  'local.retention.ms': { field: null, kind: 'long', min: -2 },
  'local.retention.bytes': { field: null, kind: 'long', min: -2 },
  'remote.storage.enable': { field: null, kind: 'boolean' },
  'remote.log.copy.disable': { field: null, kind: 'boolean' },
  'remote.log.delete.on.disable': { field: null, kind: 'boolean' },
  'leader.replication.throttled.replicas': { field: null, kind: 'string' },
  'follower.replication.throttled.replicas': { field: null, kind: 'string' },
  'message.downconversion.enable': { field: null, kind: 'boolean' },
};

/** All topic config names accepted by logConfigFromProperties. */
export const LOG_CONFIG_NAMES: readonly string[] = Object.keys(DEFS);

function parseValue(name: string, def: Def, raw: string): number | boolean | string | string[] {
  const v = raw.trim();
  const bad = (why: string): Error => new Error(`Invalid value '${raw}' for configuration ${name}: ${why}`);
  switch (def.kind) {
    case 'int':
    case 'long': {
      if (!/^[+-]?\d+$/.test(v)) throw bad('not an integer');
      let n = Number(v);
      if (def.kind === 'int' && (n > INT_MAX || n < -INT_MAX - 1)) throw bad('out of int range');
      if (n > MAX) n = MAX;
      if (n < -MAX) n = -MAX;
      if (def.min !== undefined && n < def.min) throw bad(`must be at least ${def.min}`);
      if (def.max !== undefined && n > def.max) throw bad(`must be at most ${def.max}`);
      return n;
    }
    case 'double': {
      const n = Number(v);
      if (v === '' || !Number.isFinite(n)) throw bad('not a number');
      if (def.min !== undefined && n < def.min) throw bad(`must be at least ${def.min}`);
      if (def.max !== undefined && n > def.max) throw bad(`must be at most ${def.max}`);
      return n;
    }
    case 'boolean': {
      const l = v.toLowerCase();
      if (l !== 'true' && l !== 'false') throw bad('expected true or false');
      return l === 'true';
    }
    case 'enum': {
      const hit = def.values!.find((x) => x.toLowerCase() === v.toLowerCase());
      if (hit === undefined) throw bad(`must be one of ${def.values!.join(', ')}`);
      return hit;
    }
    case 'list': {
      const items = v === '' ? [] : v.split(',').map((x) => x.trim().toLowerCase());
      for (const it of items) if (!def.values!.includes(it)) throw bad(`must be a list of ${def.values!.join(', ')}`);
      return [...new Set(items)];
    }
    case 'string':
      return v;
  }
}

/**
 * Builds a LogConfig from Kafka topic-config properties over `defaults`.
 * Throws an Error naming the key for an unknown name or an invalid value
 * (the broker answers INVALID_CONFIG with that message).
 */
export function logConfigFromProperties(props: Record<string, string>, defaults: Readonly<LogConfig> = DEFAULT_LOG_CONFIG): LogConfig {
  const out: LogConfig = { ...defaults, cleanupPolicy: [...defaults.cleanupPolicy], other: { ...defaults.other } };
  const target = out as unknown as Record<string, unknown>;
  for (const name of Object.keys(props)) {
    const def = DEFS[name];
    if (def === undefined) throw new Error(`Unknown topic config name: ${name}`);
    const raw = props[name];
    if (raw === undefined || raw === null) throw new Error(`Invalid value null for configuration ${name}`);
    const value = parseValue(name, def, String(raw));
    if (def.field === null) out.other[name] = String(value);
    else target[def.field] = value;
  }
  return out;
}

/** The Kafka-named view of a LogConfig (for DescribeConfigs), values as strings. */
export function logConfigToProperties(config: Readonly<LogConfig>): Record<string, string> {
  const out: Record<string, string> = {};
  const source = config as unknown as Record<string, unknown>;
  for (const name of LOG_CONFIG_NAMES) {
    const def = DEFS[name]!;
    if (def.field === null) {
      if (config.other[name] !== undefined) out[name] = config.other[name]!;
      continue;
    }
    const v = source[def.field];
    if (Array.isArray(v)) out[name] = v.join(',');
    else if (v === MAX) out[name] = '9223372036854775807';
    else out[name] = String(v);
  }
  return out;
}

/** Whether the config asks for deletion by retention (cleanup.policy contains delete). */
export function hasDeletePolicy(config: Readonly<LogConfig>): boolean {
  return config.cleanupPolicy.includes('delete');
}

/** Whether the config asks for compaction (cleanup.policy contains compact). */
export function hasCompactPolicy(config: Readonly<LogConfig>): boolean {
  return config.cleanupPolicy.includes('compact');
}
