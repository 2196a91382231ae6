/**
 * ListPartitionReassignments (key 46, KIP-455): the reassignments in
 * progress — every one, or those among the named partitions (a partition
 * that does not exist or is not being reassigned is left out, as Kafka
 * does) — with the full replica set and the replicas being added and
 * removed. A broker that is not the controller answers NOT_CONTROLLER.
 * Needs DESCRIBE on the cluster (else CLUSTER_AUTHORIZATION_FAILED).
 */
import { ListPartitionReassignmentsApi } from '../../protocol/generated/list-partition-reassignments-api.js';
import type { OngoingPartitionReassignment } from '../../protocol/generated/list-partition-reassignments-response.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import type { OngoingReassignment, PartitionRef } from '../cluster/partition-admin.js';
import { defineApi } from './types.js';
import { AclOperation } from '../security/authorizer-acls.js';
import { authorizedOnCluster } from '../security/authorizer-checks.js';

export default defineApi(ListPartitionReassignmentsApi, {
  minVersion: 0,
  maxVersion: 0,
  async handle(ctx, req) {
    const refs: PartitionRef[] | null =
      req.topics === null ? null : req.topics.flatMap((t) => t.partitionIndexes.map((partition) => ({ topic: t.name, partition })));
    const topLevel = (errorCode: number, errorMessage: string) => ({
      throttleTimeMs: 0,
      errorCode: asErrorCode(errorCode),
      errorMessage,
      topics: [],
    });
    if (!authorizedOnCluster(ctx, AclOperation.DESCRIBE))
      return topLevel(ErrorCode.CLUSTER_AUTHORIZATION_FAILED, 'Cluster authorization failed.');
    let ongoing: OngoingReassignment[] | null;
    try {
      ongoing = await ctx.broker.controller.listPartitionReassignments(refs);
    } catch (err) {
      return topLevel(ErrorCode.UNKNOWN_SERVER_ERROR, (err as Error).message);
    }
    if (ongoing === null) return topLevel(ErrorCode.NOT_CONTROLLER, 'This is not the correct controller for this cluster.');
    const byTopic = new Map<string, Input<OngoingPartitionReassignment>[]>();
    for (const r of ongoing) {
      let list = byTopic.get(r.topic);
      if (!list) byTopic.set(r.topic, (list = []));
      list.push({
        partitionIndex: r.partition,
        replicas: r.replicas,
        addingReplicas: r.addingReplicas,
        removingReplicas: r.removingReplicas,
      });
    }
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      topics: [...byTopic].map(([name, partitions]) => ({ name, partitions })),
    };
  },
});
