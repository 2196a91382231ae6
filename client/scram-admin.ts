/**
 * SCRAM user administration over the lean client (KIP-554):
 * AlterUserScramCredentials with the password salted and hashed here (the
 * password never leaves the client: the request carries a random salt and
 * the PBKDF2 output), and DescribeUserScramCredentials.
 */
import crypto from 'node:crypto';
import { ApiKey } from '../protocol/generated/api-keys.js';
import { ErrorCode } from '../protocol/generated/errors.js';
import { encodeAlterUserScramCredentialsRequest } from '../protocol/generated/alter-user-scram-credentials-request.js';
import { decodeAlterUserScramCredentialsResponse } from '../protocol/generated/alter-user-scram-credentials-response.js';
import { encodeDescribeUserScramCredentialsRequest } from '../protocol/generated/describe-user-scram-credentials-request.js';
import { decodeDescribeUserScramCredentialsResponse } from '../protocol/generated/describe-user-scram-credentials-response.js';
import { KafkaClientError } from './errors.js';
import type { KafkaClient } from './kafka-client.js';
import { saltedPassword, scramMechanism, scramMechanismOfType, type ScramMechanismName } from './sasl/scram-crypto.js';

/** A credential to set from a password. */
export interface ScramPasswordUpsert {
  readonly user: string;
  readonly mechanism: ScramMechanismName;
  /** PBKDF2 iterations (Kafka accepts 4096..16384, inclusive). */
  readonly iterations: number;
  readonly password: string;
}

/** A credential to delete. */
export interface ScramDelete {
  readonly user: string;
  readonly mechanism: ScramMechanismName;
}

/** One user's outcome (errorCode 0: done). */
export interface ScramAlterResult {
  readonly user: string;
  readonly errorCode: number;
  readonly errorMessage: string | null;
}

/** One user's credentials: mechanisms with their iterations, or the error that describing it met. */
export interface ScramUserInfo {
  readonly user: string;
  readonly errorCode: number;
  readonly errorMessage: string | null;
  readonly credentials: { mechanism: ScramMechanismName; iterations: number }[];
}

function mechanismOf(name: string): number {
  const m = scramMechanism(name);
  if (!m) throw new KafkaClientError(ErrorCode.UNSUPPORTED_SASL_MECHANISM, `unknown SCRAM mechanism ${name}`, false);
  return m.type;
}

/** Sends AlterUserScramCredentials to a broker; one result per user. */
export async function alterUserScramCredentials(
  client: KafkaClient,
  upserts: readonly ScramPasswordUpsert[],
  deletes: readonly ScramDelete[],
): Promise<ScramAlterResult[]> {
  const upsertions = await Promise.all(
    upserts.map(async (u) => {
      const type = mechanismOf(u.mechanism);
      const salt = crypto.randomBytes(32);
      return {
        name: u.user,
        mechanism: type,
        iterations: u.iterations,
        salt,
        saltedPassword: await saltedPassword(scramMechanism(u.mechanism)!, u.password, salt, u.iterations),
      };
    }),
  );
  const deletions = deletes.map((d) => ({ name: d.user, mechanism: mechanismOf(d.mechanism) }));
  const conn = await client.anyConnection();
  const res = await conn.send(
    ApiKey.AlterUserScramCredentials,
    (w, v) => encodeAlterUserScramCredentialsRequest(w, v, { deletions, upsertions }),
    decodeAlterUserScramCredentialsResponse,
  );
  return res.results.map((r) => ({ user: r.user, errorCode: r.errorCode, errorMessage: r.errorMessage }));
}

/** Sends DescribeUserScramCredentials (null: every user with a credential). */
export async function describeUserScramCredentials(client: KafkaClient, users: readonly string[] | null): Promise<ScramUserInfo[]> {
  const conn = await client.anyConnection();
  const res = await conn.send(
    ApiKey.DescribeUserScramCredentials,
    (w, v) => encodeDescribeUserScramCredentialsRequest(w, v, { users: users === null ? null : users.map((name) => ({ name })) }),
    decodeDescribeUserScramCredentialsResponse,
  );
  if (res.errorCode !== ErrorCode.NONE) {
    throw new KafkaClientError(res.errorCode, `DescribeUserScramCredentials failed: ${res.errorMessage ?? res.errorCode}`);
  }
  return res.results.map((r) => ({
    user: r.user,
    errorCode: r.errorCode,
    errorMessage: r.errorMessage,
    credentials: r.credentialInfos.map((c) => ({
      mechanism: (scramMechanismOfType(c.mechanism)?.name ?? `UNKNOWN(${c.mechanism})`) as ScramMechanismName,
      iterations: c.iterations,
    })),
  }));
}
