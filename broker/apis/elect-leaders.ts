/**
 * ElectLeaders (key 43, KIP-183/KIP-460): preferred (type 0, and every v0
 * request) or unclean (type 1) leader elections, carried out by the
 * controller (partition-admin.ts; per-partition errors as Kafka answers
 * them). A null partition list means every partition, and then partitions
 * that needed no election are left out of the answer, as Kafka does. A
 * broker that is not the controller answers NOT_CONTROLLER (top level from
 * v1, per partition in v0, which has no top-level error).
 */
import type { PartitionResult as WirePartitionResult, ReplicaElectionResult } from '../../protocol/generated/elect-leaders-response.js';
import { ElectLeadersApi } from '../../protocol/generated/elect-leaders-api.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import type { ElectionType, PartitionRef, PartitionResult } from '../cluster/partition-admin.js';
import { defineApi } from './types.js';
import { AclOperation } from '../security/authorizer-acls.js';
import { authorizedOnCluster } from '../security/authorizer-checks.js';

const TYPES: Record<number, ElectionType> = { 0: 'preferred', 1: 'unclean' };

function byTopic(results: readonly PartitionResult[]): Input<ReplicaElectionResult>[] {
  const out = new Map<string, Input<WirePartitionResult>[]>();
  for (const r of results) {
    let list = out.get(r.topic);
    if (!list) out.set(r.topic, (list = []));
    list.push({ partitionId: r.partition, errorCode: asErrorCode(r.errorCode), errorMessage: r.errorMessage });
  }
  return [...out].map(([topic, partitionResult]) => ({ topic, partitionResult }));
}

export default defineApi(ElectLeadersApi, {
  minVersion: 0,
  maxVersion: 2,
  async handle(ctx, req) {
    const refs: PartitionRef[] | null =
      req.topicPartitions === null
        ? null
        : req.topicPartitions.flatMap((t) => t.partitions.map((partition) => ({ topic: t.topic, partition })));
    const type = ctx.apiVersion >= 1 ? TYPES[req.electionType] : 'preferred';
    const everyPartition = (errorCode: number, errorMessage: string | null): Input<ReplicaElectionResult>[] =>
      byTopic((refs ?? []).map((r) => ({ ...r, errorCode, errorMessage })));
    const topLevel = (errorCode: number, errorMessage: string | null) =>
      ctx.apiVersion >= 1
        ? { throttleTimeMs: 0, errorCode: asErrorCode(errorCode), replicaElectionResults: [] }
        : { throttleTimeMs: 0, replicaElectionResults: everyPartition(errorCode, errorMessage) };
    if (!authorizedOnCluster(ctx, AclOperation.ALTER))
      return topLevel(ErrorCode.CLUSTER_AUTHORIZATION_FAILED, 'Cluster authorization failed.');
    if (type === undefined) return topLevel(ErrorCode.INVALID_REQUEST, `Unknown election type ${req.electionType}`);
    let results: PartitionResult[] | null;
    try {
      results = await ctx.broker.controller.electLeaders(type, refs);
    } catch (err) {
      return topLevel(ErrorCode.UNKNOWN_SERVER_ERROR, (err as Error).message);
    }
    if (results === null) return topLevel(ErrorCode.NOT_CONTROLLER, 'This is not the correct controller for this cluster.');
    if (refs === null) results = results.filter((r) => r.errorCode !== ErrorCode.ELECTION_NOT_NEEDED);
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, replicaElectionResults: byTopic(results) };
  },
});
