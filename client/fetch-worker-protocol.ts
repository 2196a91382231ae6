/**
 * The messages between a direct stream's main thread (worker-fetcher.ts)
 * and its fetch thread (fetch-worker.ts); the protocol is described in
 * fetch-worker.ts. Kept apart so that the main thread can import them
 * without loading the thread's entry module.
 */
import type { FetchRange } from './fetch-range.js';
import type { FetchRangesOptions } from './fetch-ranges.js';

/** Numbers per record in a 'records' message. */
export const RECORD_FIELDS = 10;

/** A request of the main thread. */
export type WorkerRequest =
  { type: 'fetch'; id: number; ranges: FetchRange[]; options: Omit<FetchRangesOptions, 'onResponse'> } | { type: 'close' };

/** A message to the main thread. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'records'; id: number; buffers: ArrayBuffer[]; records: Float64Array }
  | { type: 'done'; id: number; range: number }
  | { type: 'end'; id: number }
  | { type: 'error'; id: number; message: string; errorCode: number; retriable: boolean };
