/**
 * findCoordinator: FindCoordinator for one key — a consumer group (key type
 * 0) or a transactional id (key type 1) — retried on the client's retriable
 * errors (COORDINATOR_NOT_AVAILABLE while the coordinator loads, among
 * others). v4+ batch keys (coordinatorKeys); v0-v3 ask for one (key); the
 * answer has one shape either way.
 */
import { ApiKey } from '../protocol/generated/api-keys.js';
import { ErrorCode } from '../protocol/generated/errors.js';
import { encodeFindCoordinatorRequest } from '../protocol/generated/find-coordinator-request.js';
import { decodeFindCoordinatorResponse } from '../protocol/generated/find-coordinator-response.js';
import { check } from './errors.js';
import type { BrokerNode, KafkaClient } from './kafka-client.js';

/** Kafka's FindCoordinator key types. */
export const CoordinatorKeyType = { GROUP: 0, TRANSACTION: 1 } as const;

/** The coordinator broker of `key` (not cached). */
export function findCoordinator(client: KafkaClient, key: string, keyType: number): Promise<BrokerNode> {
  return client.retry('FindCoordinator', async () => {
    const c = await client.anyConnection();
    const res = await c.send(
      ApiKey.FindCoordinator,
      (w, v) =>
        encodeFindCoordinatorRequest(w, v, {
          key: v < 4 ? key : undefined,
          keyType,
          coordinatorKeys: v >= 4 ? [key] : undefined,
        }),
      (r, v) => {
        const x = decodeFindCoordinatorResponse(r, v);
        if (v < 4) return x;
        const k = x.coordinators[0];
        return {
          ...x,
          errorCode: k?.errorCode ?? ErrorCode.COORDINATOR_NOT_AVAILABLE,
          nodeId: k?.nodeId ?? -1,
          host: k?.host ?? '',
          port: k?.port ?? -1,
          errorMessage: k?.errorMessage ?? null,
        };
      },
    );
    check(res.errorCode, `FindCoordinator ${keyType === CoordinatorKeyType.TRANSACTION ? 'transactional id' : 'group'} ${key}`);
    return { nodeId: res.nodeId, host: res.host, port: res.port };
  });
}
