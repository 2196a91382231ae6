/**
 * Compression codecs for kafkajs, shared by the tools and the tests. kafkajs
 * has gzip built in; snappy (xerial framing, as the Java client writes it),
 * LZ4 (frame format) and ZStandard come from the broker's own codecs in
 * protocol/compression.ts, so the tools need no extra packages.
 */
import kafkajs from 'kafkajs';
import type { CompressionTypes as CompressionType } from 'kafkajs';
import { compress, decompress, initCodecs } from '../../protocol/compression.js';
import { Compression } from '../../protocol/record-batch.js';

// kafkajs is CommonJS; Node's ESM loader only exposes its default export reliably.
const { CompressionCodecs, CompressionTypes } = kafkajs;

let registered = false;

function adapter(codec: number): () => unknown {
  return () => ({
    compress: async (encoder: { buffer: Buffer }) => compress(codec, encoder.buffer),
    decompress: async (buffer: Buffer) => decompress(codec, buffer),
  });
}

/** Registers snappy, lz4 and zstd with kafkajs (once; also loads the zstd WebAssembly). */
export async function registerCodecs(): Promise<void> {
  if (registered) return;
  await initCodecs();
  const codecs = CompressionCodecs as unknown as Record<number, () => unknown>;
  codecs[CompressionTypes.Snappy] = adapter(Compression.SNAPPY);
  codecs[CompressionTypes.LZ4] = adapter(Compression.LZ4);
  codecs[CompressionTypes.ZSTD] = adapter(Compression.ZSTD);
  registered = true;
}

/** kafkajs's CompressionTypes value for a Kafka codec name (none, gzip, snappy, lz4, zstd), or undefined. */
export function compressionType(name: string): CompressionType | undefined {
  switch (name.toLowerCase()) {
    case 'none':
      return CompressionTypes.None;
    case 'gzip':
      return CompressionTypes.GZIP;
    case 'snappy':
      return CompressionTypes.Snappy;
    case 'lz4':
      return CompressionTypes.LZ4;
    case 'zstd':
      return CompressionTypes.ZSTD;
    default:
      return undefined;
  }
}
