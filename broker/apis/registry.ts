/**
 * The API registry: registers every handler file of broker/apis in the API
 * table (api-table.ts) and gives the network layer its handler table, with
 * the ApiVersions v0 answer for an unsupported ApiVersions version. Each handler
 * is bound to its generated ApiMeta (key, name, codecs); the ranges it
 * declares are checked against the schema by defineApi and by
 * test/unit/broker/apis/registry.test.ts.
 */
import { type Writer } from '../../protocol/writer.js';
import { ApiVersionsApi } from '../../protocol/generated/api-versions-api.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { advertisedVersions, handlerFor, registerApis } from './api-table.js';
import type { HandlerTable } from '../network/socket-server.js';
import apiVersions from './api-versions.js';
import metadata from './metadata.js';
import produce from './produce.js';
import fetch from './fetch.js';
import listOffsets from './list-offsets.js';
import createTopics from './create-topics.js';
import deleteTopics from './delete-topics.js';
import createPartitions from './create-partitions.js';
import describeConfigs from './describe-configs.js';
import alterConfigs from './alter-configs.js';
import incrementalAlterConfigs from './incremental-alter-configs.js';
import deleteRecords from './delete-records.js';
import describeCluster from './describe-cluster.js';
import initProducerId from './init-producer-id.js';
import offsetForLeaderEpoch from './offset-for-leader-epoch.js';
import findCoordinator from './find-coordinator.js';
import joinGroup from './join-group.js';
import syncGroup from './sync-group.js';
import heartbeat from './heartbeat.js';
import leaveGroup from './leave-group.js';
import offsetCommit from './offset-commit.js';
import offsetFetch from './offset-fetch.js';
import describeGroups from './describe-groups.js';
import listGroups from './list-groups.js';
import deleteGroups from './delete-groups.js';
import offsetDelete from './offset-delete.js';
import addPartitionsToTxn from './add-partitions-to-txn.js';
import addOffsetsToTxn from './add-offsets-to-txn.js';
import endTxn from './end-txn.js';
import writeTxnMarkers from './write-txn-markers.js';
import txnOffsetCommit from './txn-offset-commit.js';
import describeTransactions from './describe-transactions.js';
import listTransactions from './list-transactions.js';
import describeProducers from './describe-producers.js';
import saslHandshake from './sasl-handshake.js';
import saslAuthenticate from './sasl-authenticate.js';
import describeUserScramCredentials from './describe-user-scram-credentials.js';
import alterUserScramCredentials from './alter-user-scram-credentials.js';
import describeAcls from './describe-acls.js';
import createAcls from './create-acls.js';
import deleteAcls from './delete-acls.js';
import electLeaders from './elect-leaders.js';
import alterPartitionReassignments from './alter-partition-reassignments.js';
import listPartitionReassignments from './list-partition-reassignments.js';
import describeLogDirs from './describe-log-dirs.js';

registerApis(
  apiVersions,
  metadata,
  produce,
  fetch,
  listOffsets,
  createTopics,
  deleteTopics,
  createPartitions,
  describeConfigs,
  alterConfigs,
  incrementalAlterConfigs,
  deleteRecords,
  describeCluster,
  initProducerId,
  offsetForLeaderEpoch,
  findCoordinator,
  joinGroup,
  syncGroup,
  heartbeat,
  leaveGroup,
  offsetCommit,
  offsetFetch,
  describeGroups,
  listGroups,
  deleteGroups,
  offsetDelete,
  addPartitionsToTxn,
  addOffsetsToTxn,
  endTxn,
  writeTxnMarkers,
  txnOffsetCommit,
  describeTransactions,
  listTransactions,
  describeProducers,
  saslHandshake,
  saslAuthenticate,
  describeUserScramCredentials,
  alterUserScramCredentials,
  describeAcls,
  createAcls,
  deleteAcls,
  electLeaders,
  alterPartitionReassignments,
  listPartitionReassignments,
  describeLogDirs,
);

/** The handler table the network layer uses. */
export const apiRegistry: HandlerTable = {
  get: handlerFor,
  encodeUnsupportedApiVersions(w: Writer): void {
    ApiVersionsApi.encodeResponse(w, 0, { errorCode: ErrorCode.UNSUPPORTED_VERSION, apiKeys: advertisedVersions() });
  },
};

export { advertisedVersions, registeredApis } from './api-table.js';
