/**
 * kafkajs compression codecs for the integration tests: gzip is built in,
 * snappy comes from kafkajs-snappy, and LZ4 (frame format, as Kafka uses) and
 * ZStandard are small adapters over lz4-napi and @bokuweb/zstd-wasm.
 */
import { CompressionCodecs, CompressionTypes } from 'kafkajs';
import SnappyCodec from 'kafkajs-snappy';
import { compressFrameSync, decompressFrameSync } from 'lz4-napi';
import { init as zstdInit, compress as zstdCompress, decompress as zstdDecompress } from '@bokuweb/zstd-wasm';

let registered = false;

/** Registers snappy, lz4 and zstd with kafkajs (once). */
export async function registerCodecs(): Promise<void> {
  if (registered) return;
  await zstdInit();
  const codecs = CompressionCodecs as unknown as Record<number, () => unknown>;
  codecs[CompressionTypes.Snappy] = SnappyCodec as unknown as () => unknown;
  codecs[CompressionTypes.LZ4] = () => ({
    compress: async (encoder: { buffer: Buffer }) => compressFrameSync(encoder.buffer),
    decompress: async (buffer: Buffer) => decompressFrameSync(buffer),
  });
  codecs[CompressionTypes.ZSTD] = () => ({
    compress: async (encoder: { buffer: Buffer }) => Buffer.from(zstdCompress(encoder.buffer, 3)),
    decompress: async (buffer: Buffer) => Buffer.from(zstdDecompress(buffer)),
  });
  registered = true;
}
