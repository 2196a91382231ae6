/**
 * Public surface of config/: properties parsing, the broker config schema and
 * loader, listeners, and topic-level configs.
 */
export * from './properties.js';
export * from './broker-config.js';
export * from './listeners.js';
export * from './topic-config.js';
export { LONG_MAX_STRING, camelCase, formatValue, parseByType, suggestName } from './config-def.js';
export type { CamelCase, ConfigTypeMap, Validator, ValueOfKey, ValuesOf } from './config-def.js';
export { UNSUPPORTED_BROKER_KEYS } from './broker-config-schema.js';
