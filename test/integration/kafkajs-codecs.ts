/**
 * kafkajs compression codecs for the integration tests: the shared module in
 * cli/common (snappy, lz4 and zstd adapters over the broker's own codecs).
 */
export { registerCodecs } from '../../cli/common/kafkajs-codecs.js';
