/**
 * The agent's error classes, each with a stable string code:
 * - AgentConfigError: a bad configuration; names the key (`a1.sources.r1.port`)
 *   and, when known, the file. The agent does not start.
 * - ChannelError / ChannelFullError: a channel refused a put or a commit (Flume's
 *   ChannelException / ChannelFullException). A source that gets one retries
 *   later: that is the push-back of a full channel.
 * - EventDeliveryError: a sink could not deliver a batch; its transaction was
 *   rolled back and the events stay in the channel.
 */

/** A configuration problem; `key` is the full property name it is about. */
export class AgentConfigError extends Error {
  /** Stable error code. */
  readonly code = 'ERR_AGENT_CONFIG';

  /** @param key the full property key; @param message what is wrong with it; @param file the configuration file. */
  constructor(
    readonly key: string,
    message: string,
    readonly file?: string,
  ) {
    super(`${file ? `${file}: ` : ''}${key}: ${message}`);
    this.name = 'AgentConfigError';
  }
}

/** A channel refused an operation (transaction capacity exceeded, channel closed, I/O failure). */
export class ChannelError extends Error {
  /** Stable error code. */
  readonly code: string = 'ERR_CHANNEL';

  /** @param channel the channel's name; @param message what happened. */
  constructor(
    readonly channel: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`channel ${channel}: ${message}`, options);
    this.name = 'ChannelError';
  }
}

/** The channel has no room for a commit (after waiting keep-alive): the source must back off and retry. */
export class ChannelFullError extends ChannelError {
  override readonly code = 'ERR_CHANNEL_FULL';

  /** @param channel the channel's name; @param message what ran out. */
  constructor(channel: string, message: string) {
    super(channel, message);
    this.name = 'ChannelFullError';
  }
}

/** A sink failed to deliver a batch (rolled back; it will be retried). */
export class EventDeliveryError extends Error {
  /** Stable error code. */
  readonly code = 'ERR_EVENT_DELIVERY';

  /** @param sink the sink's name; @param cause the underlying failure. */
  constructor(
    readonly sink: string,
    cause: unknown,
  ) {
    super(`sink ${sink}: unable to deliver events: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'EventDeliveryError';
  }
}

/** A one-line description of any thrown value. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return (err.message || err.name).split('\n')[0];
  return String(err);
}
