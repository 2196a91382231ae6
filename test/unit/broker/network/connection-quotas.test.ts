/** max.connections (wait for a slot) and max.connections.per.ip (refuse), read at each connection. */
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { ConnectionQuotas, type ConnectionLimits } from '../../../../broker/network/connection-quotas.js';

/** A socket that is never connected: the quotas only use it to tell connections apart. */
const socket = (): net.Socket => new net.Socket();

describe('ConnectionQuotas', () => {
  it('refuses a connection beyond max.connections.per.ip, naming the address and the limit', () => {
    const limits: ConnectionLimits = { maxConnections: 100, maxConnectionsPerIp: 2 };
    const q = new ConnectionQuotas(() => limits);
    const admitted: string[] = [];
    const a = socket();
    expect(q.accept(a, '10.0.0.1', () => admitted.push('a'))).toBeNull();
    expect(q.accept(socket(), '10.0.0.1', () => admitted.push('b'))).toBeNull();
    expect(q.accept(socket(), '10.0.0.1', () => admitted.push('c'))).toBe(
      'Rejected connection from 10.0.0.1, address already has the configured maximum of 2 connections.',
    );
    expect(q.accept(socket(), '10.0.0.2', () => admitted.push('d'))).toBeNull();
    expect(admitted).toEqual(['a', 'b', 'd']);
    q.closed(a, '10.0.0.1');
    expect(q.accept(socket(), '10.0.0.1', () => admitted.push('e'))).toBeNull();
    expect(admitted).toEqual(['a', 'b', 'd', 'e']);
  });

  it('makes connections beyond max.connections wait for a slot, and a raised limit lets them in', () => {
    const limits: ConnectionLimits = { maxConnections: 1, maxConnectionsPerIp: 100 };
    const q = new ConnectionQuotas(() => limits);
    const admitted: string[] = [];
    const [a, b, c] = [socket(), socket(), socket()];
    q.accept(a, 'x', () => admitted.push('a'));
    q.accept(b, 'x', () => admitted.push('b'));
    q.accept(c, 'x', () => admitted.push('c'));
    expect([admitted, q.activeCount, q.waitingCount]).toEqual([['a'], 1, 2]);
    q.closed(a, 'x');
    expect([admitted, q.activeCount, q.waitingCount]).toEqual([['a', 'b'], 1, 1]);
    limits.maxConnections = 5;
    q.admitWaiting();
    expect([admitted, q.activeCount, q.waitingCount]).toEqual([['a', 'b', 'c'], 2, 0]);
  });

  it('forgets a waiting connection that closes before it got a slot', () => {
    const q = new ConnectionQuotas(() => ({ maxConnections: 1, maxConnectionsPerIp: 100 }));
    const admitted: string[] = [];
    const [a, b, c] = [socket(), socket(), socket()];
    q.accept(a, 'x', () => admitted.push('a'));
    q.accept(b, 'x', () => admitted.push('b'));
    q.accept(c, 'x', () => admitted.push('c'));
    q.closed(b, 'x');
    expect([q.activeCount, q.waitingCount]).toEqual([1, 1]);
    q.closed(a, 'x');
    expect(admitted).toEqual(['a', 'c']);
  });
});
