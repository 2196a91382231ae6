/**
 * AlterReplicaLogDirs (key 34, KIP-113): moves replicas of this broker to
 * other log dirs of this broker (log-dir-mover.ts does the move and says
 * which error each partition gets), or names the dir of a replica this
 * broker does not have yet (a reassignment will create it there; that
 * partition answers REPLICA_NOT_AVAILABLE meanwhile, as Kafka's does). A
 * partition of a topic this broker does not know answers
 * UNKNOWN_TOPIC_OR_PARTITION; a topic name too long for the future dir's
 * name (`<topic>-<partition>.<32 hex digits>-future`, at most 255
 * characters) INVALID_TOPIC_EXCEPTION. A partition named under two dirs
 * goes to the last one (Kafka reads the request into a map). Needs ALTER on
 * the cluster; without it every partition answers
 * CLUSTER_AUTHORIZATION_FAILED. Results come per topic in request order.
 */
import { AlterReplicaLogDirsApi } from '../../protocol/generated/alter-replica-log-dirs-api.js';
import type { AlterReplicaLogDirTopicResult } from '../../protocol/generated/alter-replica-log-dirs-response.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import { AclOperation } from '../security/authorizer-acls.js';
import { authorizedOnCluster } from '../security/authorizer-checks.js';
import { defineApi } from './types.js';

/** Longest file name; the future dir's name must fit. */
const MAX_NAME = 255;
const FUTURE_SUFFIX_LENGTH = '.'.length + 32 + '-future'.length;

export default defineApi(AlterReplicaLogDirsApi, {
  minVersion: 0,
  maxVersion: 2,
  handle(ctx, req) {
    const wanted = new Map<string, Map<number, string>>();
    for (const d of req.dirs) {
      for (const t of d.topics) {
        let parts = wanted.get(t.name);
        if (parts === undefined) wanted.set(t.name, (parts = new Map()));
        for (const p of t.partitions) parts.set(p, d.path);
      }
    }
    const allowed = authorizedOnCluster(ctx, AclOperation.ALTER);
    const { replicas, metadata } = ctx.broker;
    const results: Input<AlterReplicaLogDirTopicResult>[] = [];
    for (const [topic, parts] of wanted) {
      const known = metadata.topic(topic);
      const partitions = [];
      for (const [partition, dir] of parts) {
        let errorCode: number;
        if (!allowed) errorCode = ErrorCode.CLUSTER_AUTHORIZATION_FAILED;
        else if (`${topic}-${partition}`.length + FUTURE_SUFFIX_LENGTH > MAX_NAME) errorCode = ErrorCode.INVALID_TOPIC_EXCEPTION;
        else if (known === undefined || known.partitions[partition] === undefined) errorCode = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
        else errorCode = replicas.logDirMover.alterLogDir(topic, partition, dir, replicas.get(topic, partition));
        partitions.push({ partitionIndex: partition, errorCode: asErrorCode(errorCode) });
      }
      results.push({ topicName: topic, partitions });
    }
    return { throttleTimeMs: 0, results };
  },
});
