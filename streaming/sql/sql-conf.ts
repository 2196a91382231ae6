/**
 * The SQL session's configuration keys, checked like the StreamingContext's
 * (conf-check.ts) when a session is made and when its conf is set: the
 * `tributary.sql.*` keys must be known and valid (a typo gets a
 * did-you-mean). `spark.sql.*` keys are accepted and carried (Spark has
 * hundreds; here the dialect and the engine are DuckDB's, so they change
 * nothing). Other keys of the conf (the job's spark.streaming.*, the
 * application's own) are not the session's to check.
 */
import { atLeast, defineKey, type ConfigKey } from '../../config/config-def.js';
import type { ConfTable } from '../conf-check.js';

/** Every key the SQL session reads. */
export const SQL_CONF_KEYS: readonly ConfigKey[] = [
  defineKey('tributary.sql.threads', 'int', null, "DuckDB's worker threads (default: one per core).", { validator: atLeast(1) }),
  defineKey('tributary.sql.memoryLimit', 'string', null, "DuckDB's memory_limit, e.g. 1GB or 512MiB (default: 80% of RAM).", {
    validator: {
      describe: '<number><KB|MB|GB|TB|KiB|MiB|GiB|TiB>',
      check: (v) =>
        typeof v === 'string' && !/^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(v)
          ? 'must be a size such as 1GB or 512MiB'
          : null,
    },
  }),
];

/** The table a session's conf is checked against. */
export const SQL_CONF: ConfTable = {
  source: 'SparkSession conf',
  keys: SQL_CONF_KEYS,
  openPrefixes: ['spark.sql.'],
  checkedPrefixes: ['tributary.sql.'],
};
