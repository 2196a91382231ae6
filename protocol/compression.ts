/**
 * Compression codecs of Kafka record batches (attribute bits 0-2), used off
 * the hot path only: the broker stores compressed batches as received; only
 * compaction, recompression to a topic's compression.type, the log dumper and
 * tests decompress.
 *
 * - gzip: zlib's gzip format.
 * - snappy: the Java client writes xerial's framing (8-byte magic
 *   `82 53 4e 41 50 50 59 00`, int32 version 1, int32 compatible version 1,
 *   then blocks of int32 BE compressed length + raw snappy block of at most
 *   32 KiB uncompressed). We write the same; on decode we accept both the
 *   xerial framing and a bare raw snappy block (librdkafka and kafkajs can
 *   write the latter).
 * - lz4: the LZ4 frame format (magic 04 22 4d 18).
 * - zstd: a standard zstd frame; needs `await initCodecs()` once because the
 *   codec is WebAssembly.
 *
 * The codec libraries load on first use, not when this module is imported
 * (importing the client or `tributary/streaming` must stay cheap): snappy
 * and lz4 are native CommonJS addons, required synchronously the first time
 * a batch of theirs is (de)compressed; zstd's WebAssembly module is imported
 * and instantiated by initCodecs().
 *
 * Stateless apart from the one-time loading; safe for any caller.
 */
import { createRequire } from 'node:module';
import { gunzipSync, gzipSync } from 'node:zlib';
import type * as Snappy from 'snappy';
import type * as Lz4 from 'lz4-napi';
import type * as Zstd from '@bokuweb/zstd-wasm';
import { Compression } from './record-batch.js';

const require = createRequire(import.meta.url);
let snappyLib: typeof Snappy | null = null;
let lz4Lib: typeof Lz4 | null = null;
let zstdLib: typeof Zstd | null = null;
let zstdInitPromise: Promise<void> | null = null;

function snappy(): typeof Snappy {
  return (snappyLib ??= require('snappy') as typeof Snappy);
}

function lz4(): typeof Lz4 {
  return (lz4Lib ??= require('lz4-napi') as typeof Lz4);
}

function zstd(): typeof Zstd {
  if (!zstdLib) throw new Error('zstd codec not initialised: await initCodecs() first');
  return zstdLib;
}

/** Loads the WebAssembly codecs (zstd). Idempotent; await it once before using zstd. */
export function initCodecs(): Promise<void> {
  if (zstdInitPromise === null) {
    zstdInitPromise = import('@bokuweb/zstd-wasm').then(async (lib) => {
      await lib.init();
      zstdLib = lib;
    });
    zstdInitPromise.catch(() => (zstdInitPromise = null));
  }
  return zstdInitPromise;
}

/** Whether codec `codec` can be used synchronously right now. */
export function isCodecReady(codec: number): boolean {
  return codec !== Compression.ZSTD || zstdLib !== null;
}

const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);
const XERIAL_HEADER_SIZE = 16;
const XERIAL_BLOCK_SIZE = 32 * 1024;

function xerialCompress(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  const header = Buffer.alloc(XERIAL_HEADER_SIZE);
  XERIAL_MAGIC.copy(header, 0);
  header.writeInt32BE(1, 8);
  header.writeInt32BE(1, 12);
  parts.push(header);
  for (let p = 0; p < data.length; p += XERIAL_BLOCK_SIZE) {
    const block = snappy().compressSync(data.subarray(p, Math.min(data.length, p + XERIAL_BLOCK_SIZE)));
    const len = Buffer.allocUnsafe(4);
    len.writeInt32BE(block.length, 0);
    parts.push(len, block);
  }
  return Buffer.concat(parts);
}

function isXerial(data: Buffer): boolean {
  return data.length >= XERIAL_HEADER_SIZE && data.subarray(0, 8).equals(XERIAL_MAGIC);
}

function xerialDecompress(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let p = XERIAL_HEADER_SIZE;
  while (p < data.length) {
    if (p + 4 > data.length) throw new Error('snappy: truncated xerial block length');
    const len = data.readInt32BE(p);
    p += 4;
    if (len < 0 || p + len > data.length) throw new Error('snappy: truncated xerial block');
    parts.push(snappy().uncompressSync(data.subarray(p, p + len), { asBuffer: true }) as Buffer);
    p += len;
  }
  return Buffer.concat(parts);
}

/**
 * zstd frames written by streaming encoders (zstd-jni in the Java client)
 * carry no content size, so the output capacity is a guess: grow it until the
 * frame fits (a Kafka batch is bounded by max.message.bytes anyway).
 */
function zstdDecompressAnySize(lib: typeof Zstd, data: Buffer): Buffer {
  let capacity = 1024 * 1024;
  for (;;) {
    try {
      const out = lib.decompress(data, { defaultHeapSize: capacity });
      return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
    } catch (err) {
      if (capacity >= 256 * 1024 * 1024) throw err;
      capacity *= 8;
    }
  }
}

/** Compresses `data` with `codec` (a Compression value). */
export function compress(codec: number, data: Buffer): Buffer {
  switch (codec) {
    case Compression.NONE:
      return data;
    case Compression.GZIP:
      return gzipSync(data);
    case Compression.SNAPPY:
      return xerialCompress(data);
    case Compression.LZ4:
      return lz4().compressFrameSync(data);
    case Compression.ZSTD:
      return Buffer.from(zstd().compress(data, 3));
    default:
      throw new Error(`unknown compression codec ${codec}`);
  }
}

/** Decompresses `data` written with `codec` (a Compression value). */
export function decompress(codec: number, data: Buffer): Buffer {
  switch (codec) {
    case Compression.NONE:
      return data;
    case Compression.GZIP:
      return gunzipSync(data);
    case Compression.SNAPPY:
      return isXerial(data) ? xerialDecompress(data) : (snappy().uncompressSync(data, { asBuffer: true }) as Buffer);
    case Compression.LZ4:
      return lz4().decompressFrameSync(data);
    case Compression.ZSTD:
      return zstdDecompressAnySize(zstd(), data);
    default:
      throw new Error(`unknown compression codec ${codec}`);
  }
}

/** Maps a Kafka compression.type name to a codec id; 'producer' → -1. */
export function codecFromName(name: string): number {
  switch (name) {
    case 'none':
    case 'uncompressed':
      return Compression.NONE;
    case 'gzip':
      return Compression.GZIP;
    case 'snappy':
      return Compression.SNAPPY;
    case 'lz4':
      return Compression.LZ4;
    case 'zstd':
      return Compression.ZSTD;
    case 'producer':
      return -1;
    default:
      throw new Error(`unknown compression type '${name}'`);
  }
}
