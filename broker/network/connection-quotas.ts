/**
 * ConnectionQuotas: the broker-wide connection limits of every Kafka
 * listener (Kafka's ConnectionQuotas), read from the config in force at each
 * new connection, so a dynamic change applies to the next one:
 *
 * - max.connections.per.ip: a connection from an address that already has
 *   that many is closed at once (Kafka refuses it the same way);
 * - max.connections: a connection beyond the limit waits, accepted but not
 *   read, until another one closes (Kafka's acceptor stops accepting; the
 *   client waits in the backlog the same way).
 *
 * Existing connections are never closed by a lower limit. Not for
 * concurrent callers beyond the one JS thread.
 */
import type net from 'node:net';

/** The limits in force. */
export interface ConnectionLimits {
  maxConnections: number;
  maxConnectionsPerIp: number;
}

interface Waiting {
  socket: net.Socket;
  admit: () => void;
}

/** Connection counts and limits shared by every listener of a broker. */
export class ConnectionQuotas {
  private readonly perIp = new Map<string, number>();
  private active = 0;
  private readonly waiting: Waiting[] = [];

  /** `limits` is read at every new connection and every close. */
  constructor(private readonly limits: () => ConnectionLimits) {}

  /** Connections being served (waiting ones not counted). */
  get activeCount(): number {
    return this.active;
  }

  /** Connections accepted but waiting for a free slot. */
  get waitingCount(): number {
    return this.waiting.length;
  }

  /**
   * Takes a new connection from `ip`: null when the address is at its
   * limit (the caller closes it and says why), else how it proceeds —
   * `admit` runs now or once a slot is free. Its close must be reported
   * with closed(), whether admitted or still waiting.
   */
  accept(socket: net.Socket, ip: string, admit: () => void): string | null {
    const { maxConnections, maxConnectionsPerIp } = this.limits();
    const fromIp = this.perIp.get(ip) ?? 0;
    if (fromIp >= maxConnectionsPerIp) {
      return `Rejected connection from ${ip}, address already has the configured maximum of ${maxConnectionsPerIp} connections.`;
    }
    this.perIp.set(ip, fromIp + 1);
    if (this.active < maxConnections) {
      this.active++;
      admit();
    } else this.waiting.push({ socket, admit });
    return null;
  }

  /** A connection from `ip` accepted by accept() closed; a waiting one may take its slot. */
  closed(socket: net.Socket, ip: string): void {
    const n = (this.perIp.get(ip) ?? 1) - 1;
    if (n <= 0) this.perIp.delete(ip);
    else this.perIp.set(ip, n);
    const i = this.waiting.findIndex((w) => w.socket === socket);
    if (i >= 0) this.waiting.splice(i, 1);
    else this.active--;
    this.admitWaiting();
  }

  /** Admits waiting connections while slots are free (also after the limit was raised). */
  admitWaiting(): void {
    const { maxConnections } = this.limits();
    while (this.active < maxConnections && this.waiting.length > 0) {
      const w = this.waiting.shift()!;
      this.active++;
      w.admit();
    }
  }
}
