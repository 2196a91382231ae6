import { describe, expect, it } from 'vitest';
import { ClientQuotaManager } from '../../../../../broker/security/quota/client-quota-manager.js';
import { DEFAULT_QUOTA_WINDOW } from '../../../../../broker/security/quota/sampled-rate.js';
import type { QuotaEntity } from '../../../../../broker/security/quota/quota-entity.js';

function manager(): { m: ClientQuotaManager; clock: { t: number } } {
  const clock = { t: 1_000_000 };
  return { m: new ClientQuotaManager('produce', DEFAULT_QUOTA_WINDOW, () => clock.t), clock };
}

/** The bound and tags of the rate a (user, client id) counts against, via a throttle-free probe. */
function rateOf(m: ClientQuotaManager, user: string, clientId: string): { user: string; clientId: string; bound: number | null } {
  m.record(user, clientId, 0);
  const s = [...m.activeSensors()].find((x) => x.lastUsed >= 0 && m['resolved'].get(user)?.get(clientId) === x)!;
  return { user: s.user, clientId: s.clientId, bound: s.bound };
}

describe('ClientQuotaManager', () => {
  it('does nothing without a quota of its kind', () => {
    const { m } = manager();
    expect(m.enabled).toBe(false);
    expect(m.record('alice', 'app', 1e9)).toBe(0);
    expect([...m.activeSensors()]).toEqual([]);
    expect(m.maxValueInWindow('alice', 'app')).toBe(Infinity);
  });

  it("follows KIP-55's precedence, most specific first, each entity's bound on its own rate", () => {
    const { m } = manager();
    const set = (e: QuotaEntity, v: number | null) => m.setQuota(e, v);
    set({ clientId: null }, 8);
    expect(rateOf(m, 'alice', 'app')).toEqual({ user: '', clientId: 'app', bound: 8 });
    set({ clientId: 'app' }, 7);
    expect(rateOf(m, 'alice', 'app')).toEqual({ user: '', clientId: 'app', bound: 7 });
    set({ user: null }, 6);
    expect(rateOf(m, 'alice', 'app')).toEqual({ user: 'alice', clientId: '', bound: 6 });
    set({ user: null, clientId: null }, 5);
    expect(rateOf(m, 'alice', 'app')).toEqual({ user: 'alice', clientId: 'app', bound: 5 });
    set({ user: null, clientId: 'app' }, 4);
    expect(rateOf(m, 'alice', 'app')).toEqual({ user: 'alice', clientId: 'app', bound: 4 });
    set({ user: 'alice' }, 3);
    expect(rateOf(m, 'alice', 'app')).toEqual({ user: 'alice', clientId: '', bound: 3 });
    set({ user: 'alice', clientId: null }, 2);
    expect(rateOf(m, 'alice', 'app')).toEqual({ user: 'alice', clientId: 'app', bound: 2 });
    set({ user: 'alice', clientId: 'app' }, 1);
    expect(rateOf(m, 'alice', 'app')).toEqual({ user: 'alice', clientId: 'app', bound: 1 });
    // Another user falls back to the defaults; removing entities walks back down the order.
    expect(rateOf(m, 'bob', 'app').bound).toBe(4);
    set({ user: 'alice', clientId: 'app' }, null);
    set({ user: 'alice', clientId: null }, null);
    expect(rateOf(m, 'alice', 'app')).toEqual({ user: 'alice', clientId: '', bound: 3 });
  });

  it('shares one rate between the clients of a user quota, and gives each client id its own under a default client quota', () => {
    const { m } = manager();
    m.setQuota({ user: 'alice' }, 1000);
    m.setQuota({ clientId: null }, 1000);
    m.record('alice', 'a', 600);
    expect(m.record('alice', 'b', 600)).toBeGreaterThan(0);
    m.record('bob', 'a', 600);
    expect(m.record('bob', 'b', 600)).toBe(0);
  });

  it('only client quotas: the rate is per client id whoever the user (Kafka shortcut tags)', () => {
    const { m } = manager();
    m.setQuota({ clientId: 'app' }, 50);
    expect(rateOf(m, 'alice', 'app')).toEqual({ user: '', clientId: 'app', bound: 50 });
    expect(rateOf(m, 'alice', 'other')).toEqual({ user: '', clientId: 'other', bound: null });
    expect(m.record('alice', 'other', 1e9)).toBe(0);
  });

  it('throttles by the excess over the bound, capped at the window span, and unrecords', () => {
    const { m, clock } = manager();
    m.setQuota({ user: 'ANONYMOUS' }, 1000);
    expect(m.record('ANONYMOUS', null, 1000)).toBe(0);
    // 1500 bytes over the first (one-window) second: 50 % over → half a window.
    expect(m.record('ANONYMOUS', null, 500)).toBe(500);
    clock.t += 2000;
    expect(m.record('ANONYMOUS', null, 0)).toBe(0);
    expect(m.record('ANONYMOUS', null, 1_000_000)).toBe(11_000);
    m.unrecord('ANONYMOUS', null, 1_000_000);
    expect(m.record('ANONYMOUS', null, 0)).toBe(0);
    expect(m.maxValueInWindow('ANONYMOUS', 'x')).toBe(1000);
  });

  it('applies a changed bound to rates already in use', () => {
    const { m } = manager();
    m.setQuota({ clientId: 'app' }, 10);
    expect(m.record('u', 'app', 100)).toBeGreaterThan(0);
    m.setQuota({ clientId: 'app' }, 1_000_000);
    expect(m.record('u', 'app', 0)).toBe(0);
    m.setQuota({ clientId: 'app' }, null);
    expect(m.enabled).toBe(false);
  });
});
