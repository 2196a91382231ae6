/**
 * Metadata (key 3): brokers, controller, and topics with their partitions'
 * leaders, replicas and ISR. Unknown topics are created when the client
 * allows it (v4+, always before) and auto.create.topics.enable is on.
 *
 * Authorization (Kafka's): a topic is shown only with DESCRIBE on it. All
 * topics: the others are left out. Named topics: the others answer
 * TOPIC_AUTHORIZATION_FAILED whether or not they exist (existence is never
 * disclosed). Auto-creation needs CREATE on the cluster or the topic, else
 * TOPIC_AUTHORIZATION_FAILED. Authorized operations (KIP-430) are answered
 * when asked: the cluster's (v8-v10) only with DESCRIBE on it (else 0).
 */
import type { MetadataResponseTopic } from '../../protocol/generated/metadata-response.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { ZERO_UUID } from '../../protocol/reader.js';
import type { Input } from '../../protocol/input.js';
import type { TopicRecord } from '../cluster/metadata-store.js';
import { topicNameProblem } from '../cluster/topic-plan.js';
import { MetadataApi } from '../../protocol/generated/metadata-api.js';
import { defineApi } from './types.js';
import { AclOperation, CLUSTER_NAME, ResourceType } from '../security/authorizer-acls.js';
import {
  OPERATIONS_NOT_REQUESTED as OPS_NOT_REQUESTED,
  authorized,
  authorizedOnCluster,
  authorizedOperations,
  mayCreateTopic,
} from '../security/authorizer-checks.js';

/** The Metadata view of one topic. */
export function describeTopic(t: TopicRecord, liveBrokers: ReadonlySet<number>): Input<MetadataResponseTopic> {
  return {
    errorCode: ErrorCode.NONE,
    name: t.name,
    topicId: t.topicId,
    isInternal: t.internal,
    partitions: t.partitions.map((p) => ({
      errorCode: p.leader >= 0 && liveBrokers.has(p.leader) ? ErrorCode.NONE : ErrorCode.LEADER_NOT_AVAILABLE,
      partitionIndex: p.partition,
      leaderId: p.leader,
      leaderEpoch: p.leaderEpoch,
      replicaNodes: p.replicas,
      isrNodes: p.isr,
      offlineReplicas: p.replicas.filter((r) => !liveBrokers.has(r)),
    })),
    topicAuthorizedOperations: OPS_NOT_REQUESTED,
  };
}

export default defineApi(MetadataApi, {
  minVersion: 0,
  maxVersion: 12,
  async handle(ctx, req) {
    const b = ctx.broker;
    const live = new Set(b.metadata.brokers().map((x) => x.nodeId));
    const topics: Input<MetadataResponseTopic>[] = [];
    const mayDescribe = (name: string): boolean => authorized(ctx, AclOperation.DESCRIBE, ResourceType.TOPIC, name);
    // v0: an empty list means all topics; v1+: null means all, empty means none.
    const all = req.topics === null || (ctx.apiVersion === 0 && req.topics.length === 0);
    if (all) {
      for (const t of b.metadata.topics()) if (mayDescribe(t.name)) topics.push(describeTopic(t, live));
    } else {
      const allowCreate = ctx.apiVersion < 4 || req.allowAutoTopicCreation;
      for (const q of req.topics!) {
        if (q.name === null || q.name === '') {
          const t = q.topicId !== ZERO_UUID ? b.metadata.topicById(q.topicId) : undefined;
          // Topic ids are not secret (Kafka's rule): an unauthorized one is named by its id only.
          topics.push(
            !t
              ? { errorCode: ErrorCode.UNKNOWN_TOPIC_ID, name: null, topicId: q.topicId, partitions: [] }
              : mayDescribe(t.name)
                ? describeTopic(t, live)
                : { errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, name: null, topicId: q.topicId, partitions: [] },
          );
          continue;
        }
        if (!mayDescribe(q.name)) {
          topics.push({ errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, name: q.name, partitions: [] });
          continue;
        }
        let t = b.metadata.topic(q.name);
        if (!t && topicNameProblem(q.name)) {
          topics.push({ errorCode: ErrorCode.INVALID_TOPIC_EXCEPTION, name: q.name, partitions: [] });
          continue;
        }
        if (!t && allowCreate && b.config.autoCreateTopicsEnable && !mayCreateTopic(ctx, q.name)) {
          topics.push({ errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, name: q.name, partitions: [] });
          continue;
        }
        if (!t && allowCreate) {
          const code = await b.autoCreateTopic(q.name);
          t = b.metadata.topic(q.name);
          if (!t) {
            topics.push({
              errorCode: code === ErrorCode.NONE ? ErrorCode.LEADER_NOT_AVAILABLE : asErrorCode(code),
              name: q.name,
              partitions: [],
            });
            continue;
          }
        }
        topics.push(t ? describeTopic(t, live) : { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, name: q.name, partitions: [] });
      }
    }
    if (ctx.apiVersion >= 8 && req.includeTopicAuthorizedOperations) {
      for (const t of topics)
        if (t.errorCode === ErrorCode.NONE && t.name) t.topicAuthorizedOperations = authorizedOperations(ctx, ResourceType.TOPIC, t.name);
    }
    const clusterOps =
      ctx.apiVersion >= 8 && ctx.apiVersion <= 10 && req.includeClusterAuthorizedOperations
        ? authorizedOnCluster(ctx, AclOperation.DESCRIBE)
          ? authorizedOperations(ctx, ResourceType.CLUSTER, CLUSTER_NAME)
          : 0
        : OPS_NOT_REQUESTED;
    return {
      brokers: b.metadata.brokersOn(ctx.listenerName),
      clusterId: b.clusterId,
      controllerId: b.metadata.controllerId,
      topics,
      clusterAuthorizedOperations: clusterOps,
    };
  },
});
