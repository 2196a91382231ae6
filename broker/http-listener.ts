/**
 * Binding the HTTP API / console port. A Kafka user starting a second broker
 * on one machine changes broker.id, listeners and log.dirs, never a key
 * Kafka lacks; so when `http.listener` was not set and its default port
 * (9644) is in use, the broker takes the next free port (9645, 9646, ...,
 * at most {@link MAX_DEFAULT_PORT_TRIES} ports) and says so (the HTTP
 * server logs its URL once bound). A port set explicitly is used or the start fails with an error
 * naming `http.listener`: a console that moves silently would be a
 * misconfiguration hidden.
 */
import type { Logger } from './logger.js';

/** How many ports from the default one (inclusive) are tried before giving up. */
export const MAX_DEFAULT_PORT_TRIES = 100;

/** Where to listen and whether the port was chosen by the user. */
export interface HttpBind {
  host: string;
  port: number;
  /** True when `http.listener` was set (file, --override or options). */
  explicit: boolean;
}

function inUse(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | null)?.code === 'EADDRINUSE';
}

function url(host: string, port: number): string {
  const h = host === '' ? '0.0.0.0' : host;
  return `http://${h.includes(':') ? `[${h}]` : h}:${port}/`;
}

/**
 * Calls `listen(port)` on the configured port; on EADDRINUSE, for a default
 * listener, on the following ports in turn. Resolves with what `listen`
 * resolved with; rejects with an error naming `http.listener` when the
 * explicit port, or every port tried, is in use.
 */
export async function listenHttp<T>(at: HttpBind, listen: (port: number) => Promise<T>, logger: Logger): Promise<T> {
  if (at.explicit || at.port === 0) {
    try {
      return await listen(at.port);
    } catch (err) {
      if (!inUse(err)) throw err;
      throw new Error(
        `http.listener=${url(at.host, at.port)}: port ${at.port} is already in use (another broker's console?); ` +
          'set http.listener to a free port, or http.listener=none to run without the HTTP API',
        { cause: err },
      );
    }
  }
  const last = Math.min(at.port + MAX_DEFAULT_PORT_TRIES - 1, 65535);
  for (let port = at.port; port <= last; port++) {
    try {
      const bound = await listen(port);
      if (port !== at.port) {
        logger.warn(
          `the default HTTP port ${at.port} is in use (another broker on this machine?): took port ${port} instead; set http.listener to choose`,
        );
      }
      return bound;
    } catch (err) {
      if (!inUse(err)) throw err;
    }
  }
  throw new Error(
    `http.listener (default ${url(at.host, at.port)}): ports ${at.port}-${last} are all in use; set http.listener to a free port, or http.listener=none`,
  );
}
