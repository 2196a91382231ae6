/**
 * AlterPartitionReassignments (key 45, KIP-455): start, change or (with
 * null replicas) cancel partition reassignments. The controller validates
 * each partition (partition-admin.ts) and starts the reassignment; the
 * answer does not wait for it to complete (ListPartitionReassignments shows
 * its progress). A broker that is not the controller answers NOT_CONTROLLER.
 * Needs ALTER on the cluster (else CLUSTER_AUTHORIZATION_FAILED).
 */
import { AlterPartitionReassignmentsApi } from '../../protocol/generated/alter-partition-reassignments-api.js';
import type { ReassignablePartitionResponse } from '../../protocol/generated/alter-partition-reassignments-response.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import type { PartitionResult, ReassignmentRequest } from '../cluster/partition-admin.js';
import { defineApi } from './types.js';
import { AclOperation } from '../security/authorizer-acls.js';
import { authorizedOnCluster } from '../security/authorizer-checks.js';

export default defineApi(AlterPartitionReassignmentsApi, {
  minVersion: 0,
  maxVersion: 0,
  async handle(ctx, req) {
    const requests: ReassignmentRequest[] = req.topics.flatMap((t) =>
      t.partitions.map((p) => ({ topic: t.name, partition: p.partitionIndex, replicas: p.replicas })),
    );
    const topLevel = (errorCode: number, errorMessage: string) => ({
      throttleTimeMs: 0,
      errorCode: asErrorCode(errorCode),
      errorMessage,
      responses: [],
    });
    if (!authorizedOnCluster(ctx, AclOperation.ALTER))
      return topLevel(ErrorCode.CLUSTER_AUTHORIZATION_FAILED, 'Cluster authorization failed.');
    let results: PartitionResult[] | null;
    try {
      results = await ctx.broker.controller.alterPartitionReassignments(requests);
    } catch (err) {
      return topLevel(ErrorCode.UNKNOWN_SERVER_ERROR, (err as Error).message);
    }
    if (results === null) return topLevel(ErrorCode.NOT_CONTROLLER, 'This is not the correct controller for this cluster.');
    const byTopic = new Map<string, Input<ReassignablePartitionResponse>[]>();
    for (const r of results) {
      let list = byTopic.get(r.topic);
      if (!list) byTopic.set(r.topic, (list = []));
      list.push({ partitionIndex: r.partition, errorCode: asErrorCode(r.errorCode), errorMessage: r.errorMessage });
    }
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      responses: [...byTopic].map(([name, partitions]) => ({ name, partitions })),
    };
  },
});
