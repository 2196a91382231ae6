/**
 * ClientQuotaManager: one kind of client quota (produce bytes, fetch bytes or
 * request time) as Kafka's ClientQuotaManager with its default quota
 * callback enforces it.
 *
 * Configured quotas are kept by entity. A request's (principal, client id)
 * is mapped to the *quota entity* whose rate it counts against: Kafka's
 * metric tags (user, client-id), chosen by the first configured entity in
 * KIP-55's precedence order
 *
 *   1. /config/users/<user>/clients/<client-id>
 *   2. /config/users/<user>/clients/<default>
 *   3. /config/users/<user>
 *   4. /config/users/<default>/clients/<client-id>
 *   5. /config/users/<default>/clients/<default>
 *   6. /config/users/<default>
 *   7. /config/clients/<client-id>
 *   8. /config/clients/<default>
 *
 * so that, say, every client of a user with a user quota shares one rate
 * (tags user=alice, client-id=""), while a default client quota gives each
 * client id a rate of its own. When only one kind of entity is configured
 * (only client ids, only users, only user+client), Kafka's shortcut tags
 * apply. The bound of a rate is looked up from its tags the same way
 * (`quotaLimit`). A rate without a bound is still measured (the metrics show
 * it) but never throttles.
 *
 * Departure from Kafka: a rate's window size is at least one sample window,
 * not Kafka's `quota.window.num - 1` windows. Kafka's floor lets a client
 * that starts sending push `bound × 10 s` at once before its first throttle;
 * that sample then leaves the window all at once 11 s later, the client
 * fills the gap again at once, and the cycle repeats: a sawtooth whose
 * 30-second averages swing between 75 % and 118 % of the quota
 * (sampled-rate.test.ts shows both). With a one-window floor the same
 * clients stay within a few percent of the quota over any 30 s. The throttle
 * time formula, the samples and the window are Kafka's.
 *
 * The hot path (`record`) is two Map lookups and a SampledRate record when
 * the mapping is cached; with no quota of this kind configured anywhere it
 * returns at once. The cache is dropped whenever a quota changes, and rates
 * not used for an hour are removed (Kafka's inactive sensor expiration).
 */
import { sanitizeEntityName } from '../../cluster/entity-config-store.js';
import { SampledRate, maxThrottleTimeMs, throttleTimeMs, type QuotaWindow } from './sampled-rate.js';
import { quotaEntityKey, type QuotaEntity, type QuotaKind } from './quota-entity.js';

/** Kafka's inactive sensor expiration (one hour). */
const INACTIVE_EXPIRY_MS = 3600_000;

/** The rate of one quota entity (Kafka's sensors of one set of metric tags). */
export class QuotaSensor {
  /** The measured rate. */
  readonly rate: SampledRate;
  /** The bound (per second), or null when no quota applies. */
  bound: number | null = null;
  /** Throttle time given out, total ms and count (the throttle-time metric). */
  throttleMsTotal = 0;
  throttleCount = 0;
  /** Largest throttle time given out (ms). */
  throttleMsMax = 0;
  /** Everything recorded (bytes, or thread-time percentage·seconds for request quotas). */
  recordedTotal = 0;
  /** Last record (ms since epoch), for expiry. */
  lastUsed = 0;

  constructor(
    /** The user tag: Kafka's sanitized user name, '' when the rate is not per user. */
    readonly user: string,
    /** The client-id tag, '' when the rate is not per client id. */
    readonly clientId: string,
    window: QuotaWindow,
  ) {
    this.rate = new SampledRate(window, 1);
  }
}

/** One kind of client quota. */
export class ClientQuotaManager {
  /** Configured bounds by entity key (quotaEntityKey). */
  private readonly overrides = new Map<string, number>();
  /** principal name → client id → sensor (the cached precedence walk). */
  private resolved = new Map<string, Map<string, QuotaSensor>>();
  /** Sensors by tags `user \0 client-id`. */
  private readonly sensors = new Map<string, QuotaSensor>();
  private userQuotas = false;
  private clientQuotas = false;
  private userClientQuotas = false;
  private readonly maxThrottleMs: number;

  /** A manager of one kind over Kafka's sampled window; `now` is the clock. */
  constructor(
    readonly kind: QuotaKind,
    private readonly window: QuotaWindow,
    private readonly now: () => number = Date.now,
  ) {
    this.maxThrottleMs = maxThrottleTimeMs(window);
  }

  /** Whether any quota of this kind is configured (none: record() does nothing). */
  get enabled(): boolean {
    return this.overrides.size > 0;
  }

  /** Sets (a number) or removes (null) the quota of an entity. */
  setQuota(entity: QuotaEntity, bound: number | null): void {
    const key = quotaEntityKey(entity);
    if (bound === null) {
      if (!this.overrides.delete(key)) return;
    } else {
      if (this.overrides.get(key) === bound) return;
      this.overrides.set(key, bound);
    }
    let user = false;
    let client = false;
    let both = false;
    for (const k of this.overrides.keys()) {
      const [u, c] = k.split('\u0000');
      if (u !== '-' && c !== '-') both = true;
      else if (u !== '-') user = true;
      else client = true;
    }
    this.userQuotas = user;
    this.clientQuotas = client;
    this.userClientQuotas = both;
    this.resolved = new Map();
    for (const s of this.sensors.values()) s.bound = this.limit(s.user, s.clientId);
  }

  /** The configured quota of exactly this entity (no precedence), or undefined. */
  quotaOf(entity: QuotaEntity): number | undefined {
    return this.overrides.get(quotaEntityKey(entity));
  }

  /**
   * Records `value` for a request of `principalName` with `clientId` and
   * returns the throttle time in ms (0 when within the quota, or when no
   * quota of this kind is configured).
   */
  record(principalName: string, clientId: string | null, value: number): number {
    if (this.overrides.size === 0) return 0;
    const s = this.sensorFor(principalName, clientId ?? '');
    const now = this.now();
    s.lastUsed = now;
    s.recordedTotal += value;
    s.rate.record(value, now);
    if (s.bound === null) return 0;
    const rate = s.rate.measure(now);
    if (!(rate > s.bound)) return 0;
    return throttleTimeMs(rate, s.bound, s.rate.windowSize(now), this.maxThrottleMs);
  }

  /** Takes back a value recorded earlier (a fetch answered empty because it was throttled). */
  unrecord(principalName: string, clientId: string | null, value: number): void {
    if (this.overrides.size === 0) return;
    const s = this.sensorFor(principalName, clientId ?? '');
    s.recordedTotal -= value;
    s.rate.record(-value, this.now());
  }

  /** Counts a throttle given out (for the metrics). */
  recordThrottle(principalName: string, clientId: string | null, ms: number): void {
    if (this.overrides.size === 0 || ms <= 0) return;
    const s = this.sensorFor(principalName, clientId ?? '');
    s.throttleMsTotal += ms;
    s.throttleCount++;
    if (ms > s.throttleMsMax) s.throttleMsMax = ms;
  }

  /**
   * Kafka's getMaxValueInQuotaWindow, the most a quota allows over the
   * window floor, which caps a fetch's max_bytes; Infinity without a quota.
   * Kafka's floor is `samples - 1` windows; here it is one window (see the
   * header), so a fetch never reads more than one window's worth, which
   * would only be taken back.
   */
  maxValueInWindow(principalName: string, clientId: string | null): number {
    if (this.overrides.size === 0) return Infinity;
    const b = this.sensorFor(principalName, clientId ?? '').bound;
    return b === null ? Infinity : (b * this.window.windowMs) / 1000;
  }

  /** Every rate in use (the metrics read them). */
  activeSensors(): IterableIterator<QuotaSensor> {
    return this.sensors.values();
  }

  /** Drops rates unused for an hour (Kafka's sensor expiration). */
  expireInactive(): void {
    const cutoff = this.now() - INACTIVE_EXPIRY_MS;
    let dropped = false;
    for (const [k, s] of this.sensors) {
      if (s.lastUsed < cutoff) {
        this.sensors.delete(k);
        dropped = true;
      }
    }
    if (dropped) this.resolved = new Map();
  }

  private sensorFor(principalName: string, clientId: string): QuotaSensor {
    let byClient = this.resolved.get(principalName);
    const cached = byClient?.get(clientId);
    if (cached !== undefined) return cached;
    const [user, client] = this.metricTags(sanitizeEntityName(principalName), clientId);
    const tags = `${user}\u0000${client}`;
    let s = this.sensors.get(tags);
    if (s === undefined) {
      s = new QuotaSensor(user, client, this.window);
      s.bound = this.limit(user, client);
      s.lastUsed = this.now();
      this.sensors.set(tags, s);
    }
    if (byClient === undefined) this.resolved.set(principalName, (byClient = new Map()));
    byClient.set(clientId, s);
    return s;
  }

  private has(user: string | null | undefined, clientId: string | null | undefined): boolean {
    return this.overrides.has(quotaEntityKey({ user, clientId }));
  }

  /** Kafka's DefaultQuotaCallback.quotaMetricTags: the (user, client-id) tags of a request's rate. */
  private metricTags(user: string, clientId: string): [string, string] {
    const onlyClients = this.clientQuotas && !this.userQuotas && !this.userClientQuotas;
    const onlyUsers = this.userQuotas && !this.clientQuotas && !this.userClientQuotas;
    const onlyBoth = this.userClientQuotas && !this.userQuotas && !this.clientQuotas;
    if (onlyClients) return ['', clientId];
    if (onlyUsers) return [user, ''];
    if (onlyBoth) return [user, clientId];
    const name = desanitized(user);
    if (this.has(name, clientId)) return [user, clientId];
    if (this.has(name, null)) return [user, clientId];
    if (this.has(name, undefined)) return [user, ''];
    if (this.has(null, clientId)) return [user, clientId];
    if (this.has(null, null)) return [user, clientId];
    if (this.has(null, undefined)) return [user, ''];
    return ['', clientId];
  }

  /** Kafka's DefaultQuotaCallback.quotaLimit: the bound of a rate from its tags (null: none). */
  private limit(user: string, clientId: string): number | null {
    const name = desanitized(user);
    const get = (u: string | null | undefined, c: string | null | undefined): number | undefined =>
      this.overrides.get(quotaEntityKey({ user: u, clientId: c }));
    let q: number | undefined;
    if (user !== '' && clientId !== '') q = get(name, clientId) ?? get(name, null) ?? get(null, clientId) ?? get(null, null);
    else if (user !== '') q = get(name, undefined) ?? get(null, undefined);
    else if (clientId !== '') q = get(undefined, clientId) ?? get(undefined, null);
    return q ?? null;
  }
}

/** The user name in a sanitized tag. */
function desanitized(tag: string): string {
  return decodeURIComponent(tag);
}
