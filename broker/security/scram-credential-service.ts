/**
 * ScramCredentialService: the broker's SCRAM users. Credentials live in the
 * entity config store (a user's `SCRAM-SHA-256` / `SCRAM-SHA-512` keys under
 * `users/<name>`, in Kafka's string form: scram-credential.ts) and are
 * cached in memory, so that authentication reads a Map; every broker
 * refreshes its cache from the store's change notifications.
 *
 * Alter and describe follow Kafka's AlterUserScramCredentials /
 * DescribeUserScramCredentials rules (KIP-554): per-user results; a user any
 * of whose changes is invalid gets an error and none of its changes applied;
 * iterations within 4096..16384 (inclusive); a (user, mechanism) altered
 * twice in one request is DUPLICATE_RESOURCE; deleting a credential that
 * does not exist is RESOURCE_NOT_FOUND. Writes are serialized per broker.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { SCRAM_MECHANISMS, scramMechanism, scramMechanismOfType, type ScramMechanism } from '../../client/sasl/scram-crypto.js';
import { desanitizeEntityName, updateEntityConfigs, userEntityPath, type EntityConfigStore } from '../cluster/entity-config-store.js';
import type { Logger } from '../logger.js';
import { credentialFromSaltedPassword, formatCredential, parseCredential, type ScramCredential } from './scram-credential.js';

/** A credential to remove. */
export interface ScramDeletion {
  readonly name: string;
  /** Kafka's mechanism type byte (1 = SHA-256, 2 = SHA-512). */
  readonly mechanism: number;
}

/** A credential to add or replace, from a salted password (the client salts and hashes; the password never travels). */
export interface ScramUpsertion extends ScramDeletion {
  readonly iterations: number;
  readonly salt: Buffer;
  readonly saltedPassword: Buffer;
}

/** One user's outcome. */
export interface ScramUserResult {
  readonly user: string;
  readonly errorCode: ErrorCode;
  readonly errorMessage: string | null;
}

/** One user's credentials as described (mechanisms and iterations, never keys). */
export interface ScramUserDescription extends ScramUserResult {
  readonly credentialInfos: { mechanism: number; iterations: number }[];
}

/** SCRAM credentials of every user, cached from the entity config store. */
export class ScramCredentialService {
  private readonly users = new Map<string, Map<string, ScramCredential>>();
  private writes: Promise<unknown> = Promise.resolve();
  private reloading: Promise<void> = Promise.resolve();

  /** Creates the service; start() loads the users. */
  constructor(
    private readonly store: EntityConfigStore,
    private readonly logger: Logger,
  ) {
    store.onChange((path) => {
      if (path === null) this.reloading = this.reloadAll();
      else if (path.startsWith('users/') && path.indexOf('/', 6) < 0) void this.reloadUser(desanitizeEntityName(path.slice(6)));
    });
  }

  /** Loads every user's credentials. */
  async start(): Promise<void> {
    await this.reloadAll();
  }

  /** Resolves once a reload started by a new session is done (tests). */
  settled(): Promise<void> {
    return this.reloading;
  }

  private async reloadAll(): Promise<void> {
    try {
      const names = await this.store.list('users');
      const fresh = new Set<string>();
      for (const n of names) {
        const user = desanitizeEntityName(n);
        fresh.add(user);
        await this.reloadUser(user);
      }
      for (const u of [...this.users.keys()]) if (!fresh.has(u)) this.users.delete(u);
    } catch (err) {
      this.logger.warn(`cannot load SCRAM credentials: ${(err as Error).message}`);
    }
  }

  private async reloadUser(user: string): Promise<void> {
    try {
      this.setUser(user, await this.store.get(userEntityPath(user)));
    } catch (err) {
      this.logger.warn(`cannot load the SCRAM credentials of user ${user}: ${(err as Error).message}`);
    }
  }

  private setUser(user: string, configs: Record<string, string>): void {
    const creds = new Map<string, ScramCredential>();
    for (const m of SCRAM_MECHANISMS) {
      const s = configs[m.name];
      if (s === undefined) continue;
      try {
        creds.set(m.name, parseCredential(s));
      } catch (err) {
        this.logger.warn(`ignoring the ${m.name} credential of user ${user}: ${(err as Error).message}`);
      }
    }
    if (creds.size === 0) this.users.delete(user);
    else this.users.set(user, creds);
  }

  /** The credential of `user` for a mechanism, or undefined. Synchronous: the authentication path. */
  credential(user: string, mechanism: string): ScramCredential | undefined {
    return this.users.get(user)?.get(mechanism);
  }

  /** Describes the given users (null or empty: every user with a credential), as DescribeUserScramCredentials answers. */
  describe(users: readonly string[] | null): ScramUserDescription[] {
    const info = (creds: Map<string, ScramCredential>): { mechanism: number; iterations: number }[] =>
      SCRAM_MECHANISMS.filter((m) => creds.has(m.name)).map((m) => ({ mechanism: m.type, iterations: creds.get(m.name)!.iterations }));
    if (users === null || users.length === 0) {
      return [...this.users.keys()]
        .sort()
        .map((user) => ({ user, errorCode: ErrorCode.NONE, errorMessage: null, credentialInfos: info(this.users.get(user)!) }));
    }
    const seen = new Map<string, number>();
    for (const u of users) seen.set(u, (seen.get(u) ?? 0) + 1);
    return [...seen.keys()].map((user) => {
      if (seen.get(user)! > 1) {
        return {
          user,
          errorCode: ErrorCode.DUPLICATE_RESOURCE,
          errorMessage: 'Cannot describe SCRAM credentials for the same user twice in a single request',
          credentialInfos: [],
        };
      }
      const creds = this.users.get(user);
      if (!creds) {
        return {
          user,
          errorCode: ErrorCode.RESOURCE_NOT_FOUND,
          errorMessage: `Attempt to describe a user credential that does not exist: ${user}`,
          credentialInfos: [],
        };
      }
      return { user, errorCode: ErrorCode.NONE, errorMessage: null, credentialInfos: info(creds) };
    });
  }

  /** Applies deletions and upsertions; one result per user named, in first-seen order. */
  alter(deletions: readonly ScramDeletion[], upsertions: readonly ScramUpsertion[]): Promise<ScramUserResult[]> {
    const run = this.writes.then(() => this.doAlter(deletions, upsertions));
    this.writes = run.catch(() => undefined);
    return run;
  }

  private async doAlter(deletions: readonly ScramDeletion[], upsertions: readonly ScramUpsertion[]): Promise<ScramUserResult[]> {
    const order: string[] = [];
    const errors = new Map<string, [ErrorCode, string]>();
    const fail = (user: string, code: ErrorCode, msg: string): void => {
      if (!errors.has(user)) errors.set(user, [code, msg]);
    };
    const seen = new Set<string>();
    const all: (ScramDeletion | ScramUpsertion)[] = [...deletions, ...upsertions];
    for (const d of all) {
      if (!order.includes(d.name)) order.push(d.name);
      const key = `${d.mechanism}\u0000${d.name}`;
      if (seen.has(key)) fail(d.name, ErrorCode.DUPLICATE_RESOURCE, 'A user credential cannot be altered twice in the same request');
      seen.add(key);
      if (d.name === '') fail(d.name, ErrorCode.UNACCEPTABLE_CREDENTIAL, 'Username must not be empty');
      const m = scramMechanismOfType(d.mechanism);
      if (!m) fail(d.name, ErrorCode.UNSUPPORTED_SASL_MECHANISM, `Unknown SCRAM mechanism ${d.mechanism}`);
      if ('iterations' in d && m) {
        if (d.iterations < m.minIterations)
          fail(d.name, ErrorCode.UNACCEPTABLE_CREDENTIAL, `Too few iterations: ${d.iterations} (at least ${m.minIterations})`);
        else if (d.iterations > m.maxIterations)
          fail(d.name, ErrorCode.UNACCEPTABLE_CREDENTIAL, `Too many iterations: ${d.iterations} (at most ${m.maxIterations})`);
        else if (d.saltedPassword.length !== m.keyLength)
          fail(d.name, ErrorCode.UNACCEPTABLE_CREDENTIAL, `The salted password must be ${m.keyLength} bytes for ${m.name}`);
        else if (d.salt.length === 0) fail(d.name, ErrorCode.UNACCEPTABLE_CREDENTIAL, 'The salt must not be empty');
      }
    }
    for (const d of deletions) {
      const m = scramMechanismOfType(d.mechanism);
      if (m && !this.credential(d.name, m.name))
        fail(d.name, ErrorCode.RESOURCE_NOT_FOUND, 'Attempt to delete a user credential that does not exist');
    }
    const results: ScramUserResult[] = [];
    for (const user of order) {
      const err = errors.get(user);
      if (err) {
        results.push({ user, errorCode: err[0], errorMessage: err[1] });
        continue;
      }
      try {
        // Through the store's shared update: the user's quotas live in the same entity.
        const configs = await updateEntityConfigs(this.store, userEntityPath(user), (current) => {
          for (const d of deletions) if (d.name === user) delete current[scramMechanismOfType(d.mechanism)!.name];
          for (const u of upsertions) {
            if (u.name !== user) continue;
            const m: ScramMechanism = scramMechanismOfType(u.mechanism)!;
            current[m.name] = formatCredential(credentialFromSaltedPassword(m, u.salt, u.saltedPassword, u.iterations));
          }
          return current;
        });
        this.setUser(user, configs);
        results.push({ user, errorCode: ErrorCode.NONE, errorMessage: null });
      } catch (err) {
        this.logger.error(`altering the SCRAM credentials of user ${user} failed: ${(err as Error).message}`);
        results.push({ user, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, errorMessage: (err as Error).message });
      }
    }
    return results;
  }
}

/** Whether `name` is a SCRAM mechanism Kafka defines (SCRAM-SHA-256, SCRAM-SHA-512). */
export function isScramMechanism(name: string): boolean {
  return scramMechanism(name) !== undefined;
}
