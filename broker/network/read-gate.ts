/**
 * ReadGate: when a connection's socket may be read. Two things stop reading:
 * a full write buffer (backpressure: the channel waits for 'drain') and a
 * client quota's throttle time (KIP-219: once a throttled response has gone
 * out, nothing more is read from the connection until the throttle time has
 * passed). The socket is paused while either holds and resumed only when
 * neither does. One per connection; not shared.
 */
import type net from 'node:net';

/** The read state of one socket. */
export class ReadGate {
  /** Settles when the current mute ends (null: not muted). */
  private muting: Promise<void> | null = null;
  /** When the current mute ends (performance.now() ms). */
  private mutedUntil = 0;
  private draining = false;

  /** A gate over `socket`; `closed()` tells whether the connection is gone. */
  constructor(
    private readonly socket: net.Socket,
    private readonly closed: () => boolean,
  ) {}

  /** Settles when a mute in force ends; null when not muted. */
  get muted(): Promise<void> | null {
    return this.muting;
  }

  /** Mutes for `ms` from now; a longer throttle during a mute extends it. */
  muteFor(ms: number): void {
    const until = performance.now() + ms;
    if (until <= this.mutedUntil) return;
    this.mutedUntil = until;
    if (this.muting !== null) return;
    this.socket.pause();
    this.muting = new Promise<void>((resolve) => {
      const end = (): void => {
        clearTimeout(timer);
        this.socket.off('close', end);
        this.muting = null;
        this.mutedUntil = 0;
        this.resumeIfOpen();
        resolve();
      };
      const tick = (): void => {
        const left = this.mutedUntil - performance.now();
        if (left > 0 && !this.closed()) timer = setTimeout(tick, left);
        else end();
      };
      let timer = setTimeout(tick, ms);
      this.socket.once('close', end);
    });
  }

  /** Waits until the socket's write buffer drains (or it closes), reading nothing meanwhile. */
  async drainWrites(): Promise<void> {
    this.draining = true;
    this.socket.pause();
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.socket.off('drain', done);
        this.socket.off('close', done);
        resolve();
      };
      this.socket.once('drain', done);
      this.socket.once('close', done);
    });
    this.draining = false;
    this.resumeIfOpen();
  }

  private resumeIfOpen(): void {
    if (!this.closed() && !this.draining && this.muting === null) this.socket.resume();
  }
}
