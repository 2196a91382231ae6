/**
 * The streaming UI as `tributary/streaming` exports it: a stand-in whose
 * start() imports the real one (ui/ui-server.ts, a fastify server) on first
 * use, so that importing the library loads no HTTP server. Same call as the
 * class: `const ui = await StreamingUi.start(ssc, options)`.
 */
import type { StreamingContext } from './context.js';
import type { StreamingUi as StreamingUiServer, StreamingUiOptions } from './ui/ui-server.js';

/** A running streaming UI (the instance StreamingUi.start resolves with). */
export type StreamingUi = StreamingUiServer;

/** Starts a job's web UI, loading the HTTP server on the first call. */
export const StreamingUi = {
  /** Starts the UI of `ssc` (before or after ssc.start(); batches are seen from then on). */
  async start(ssc: StreamingContext, options: StreamingUiOptions = {}): Promise<StreamingUi> {
    const { StreamingUi: Server } = await import('./ui/ui-server.js');
    return Server.start(ssc, options);
  },
};
