/**
 * kafka-configs --zookeeper for users' SCRAM credentials: the broker's own
 * ScramCredentialService over ZooKeeper's /config/users (with a
 * /config/changes notification per write, so running brokers pick the change
 * up), applying the same rules as AlterUserScramCredentials. Kafka keeps
 * this path so that the inter-broker SCRAM user can be created before any
 * broker runs. Loaded only for --zookeeper (the ZooKeeper client is slow to
 * import).
 */
import crypto from 'node:crypto';
import { saltedPassword, scramMechanism, scramMechanismOfType } from '../../client/sasl/scram-crypto.js';
import type { ScramAlterResult, ScramDelete, ScramPasswordUpsert, ScramUserInfo } from '../../client/scram-admin.js';
import { ScramCredentialService } from '../../broker/security/scram-credential-service.js';
import { silentLogger } from '../../broker/logger.js';
import { withZkEntityConfigs } from './zk-entity-store.js';

async function withService<T>(connect: string, f: (svc: ScramCredentialService) => Promise<T>): Promise<T> {
  return withZkEntityConfigs(connect, async (store) => {
    const svc = new ScramCredentialService(store, silentLogger);
    await svc.start();
    return f(svc);
  });
}

/** Sets and deletes credentials in ZooKeeper; one result per user, as the broker would answer. */
export async function alterScramInZooKeeper(
  connect: string,
  upserts: readonly ScramPasswordUpsert[],
  deletes: readonly ScramDelete[],
): Promise<ScramAlterResult[]> {
  const upsertions = await Promise.all(
    upserts.map(async (u) => {
      const m = scramMechanism(u.mechanism)!;
      const salt = crypto.randomBytes(32);
      return {
        name: u.user,
        mechanism: m.type,
        iterations: u.iterations,
        salt,
        saltedPassword: await saltedPassword(m, u.password, salt, u.iterations),
      };
    }),
  );
  const deletions = deletes.map((d) => ({ name: d.user, mechanism: scramMechanism(d.mechanism)!.type }));
  return withService(connect, (svc) => svc.alter(deletions, upsertions));
}

/** Describes users' credentials from ZooKeeper (null: every user with one). */
export function describeScramInZooKeeper(connect: string, users: readonly string[] | null): Promise<ScramUserInfo[]> {
  return withService(connect, async (svc) =>
    svc.describe(users).map((d) => ({
      user: d.user,
      errorCode: d.errorCode,
      errorMessage: d.errorMessage,
      credentials: d.credentialInfos.map((c) => ({ mechanism: scramMechanismOfType(c.mechanism)!.name, iterations: c.iterations })),
    })),
  );
}
