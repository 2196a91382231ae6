/**
 * The API registry: registers every handler file of broker/apis in the API
 * table (api-table.ts) and gives the network layer its handler table, with
 * the ApiVersions v0 answer for an unsupported ApiVersions version. Each handler
 * is bound to its generated ApiMeta (key, name, codecs); the ranges it
 * declares are checked against the schema by defineApi and by
 * test/unit/broker/apis/registry.test.ts.
 *
 * Two kinds of entry, to keep the broker's start fast:
 * - hot APIs (what producers and consumers send: Produce, Fetch, Metadata,
 *   ApiVersions, the group protocol, offsets, idempotence, SASL) are
 *   imported here, with the broker;
 * - every other API is a `lazyApi(key, min, max, () => import('./file.js'))`:
 *   ApiVersions and the version check use the key and range written here,
 *   and the handler file (with its codecs) is imported on the first request.
 *   The range must be the one the file gives `defineApi` (checked on load
 *   and by the registry test). A new admin API goes in that list.
 */
import { type Writer } from '../../protocol/writer.js';
import { ApiVersionsApi } from '../../protocol/generated/api-versions-api.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { advertisedVersions, apiEntry, lazyApi, registerApis } from './api-table.js';
import type { HandlerTable } from '../network/socket-server.js';
import apiVersions from './api-versions.js';
import metadata from './metadata.js';
import produce from './produce.js';
import fetch from './fetch.js';
import listOffsets from './list-offsets.js';
import initProducerId from './init-producer-id.js';
import offsetForLeaderEpoch from './offset-for-leader-epoch.js';
import findCoordinator from './find-coordinator.js';
import joinGroup from './join-group.js';
import syncGroup from './sync-group.js';
import heartbeat from './heartbeat.js';
import leaveGroup from './leave-group.js';
import offsetCommit from './offset-commit.js';
import offsetFetch from './offset-fetch.js';
import saslHandshake from './sasl-handshake.js';
import saslAuthenticate from './sasl-authenticate.js';

// Hot APIs: imported with the broker.
registerApis(
  apiVersions,
  metadata,
  produce,
  fetch,
  listOffsets,
  initProducerId,
  offsetForLeaderEpoch,
  findCoordinator,
  joinGroup,
  syncGroup,
  heartbeat,
  leaveGroup,
  offsetCommit,
  offsetFetch,
  saslHandshake,
  saslAuthenticate,
);

// Every other API: imported on its first request. lazyApi(key, min, max, import): min-max (inclusive) as the file declares it.
registerApis(
  lazyApi(ApiKey.CreateTopics, 0, 7, () => import('./create-topics.js')),
  lazyApi(ApiKey.DeleteTopics, 0, 6, () => import('./delete-topics.js')),
  lazyApi(ApiKey.CreatePartitions, 0, 3, () => import('./create-partitions.js')),
  lazyApi(ApiKey.DescribeConfigs, 0, 4, () => import('./describe-configs.js')),
  lazyApi(ApiKey.AlterConfigs, 0, 2, () => import('./alter-configs.js')),
  lazyApi(ApiKey.IncrementalAlterConfigs, 0, 1, () => import('./incremental-alter-configs.js')),
  lazyApi(ApiKey.DeleteRecords, 0, 2, () => import('./delete-records.js')),
  lazyApi(ApiKey.DescribeCluster, 0, 1, () => import('./describe-cluster.js')),
  lazyApi(ApiKey.DescribeGroups, 0, 5, () => import('./describe-groups.js')),
  lazyApi(ApiKey.ListGroups, 0, 5, () => import('./list-groups.js')),
  lazyApi(ApiKey.DeleteGroups, 0, 2, () => import('./delete-groups.js')),
  lazyApi(ApiKey.OffsetDelete, 0, 0, () => import('./offset-delete.js')),
  lazyApi(ApiKey.AddPartitionsToTxn, 0, 3, () => import('./add-partitions-to-txn.js')),
  lazyApi(ApiKey.AddOffsetsToTxn, 0, 4, () => import('./add-offsets-to-txn.js')),
  lazyApi(ApiKey.EndTxn, 0, 4, () => import('./end-txn.js')),
  lazyApi(ApiKey.WriteTxnMarkers, 0, 1, () => import('./write-txn-markers.js')),
  lazyApi(ApiKey.TxnOffsetCommit, 0, 4, () => import('./txn-offset-commit.js')),
  lazyApi(ApiKey.DescribeTransactions, 0, 0, () => import('./describe-transactions.js')),
  lazyApi(ApiKey.ListTransactions, 0, 1, () => import('./list-transactions.js')),
  lazyApi(ApiKey.DescribeProducers, 0, 0, () => import('./describe-producers.js')),
  lazyApi(ApiKey.DescribeUserScramCredentials, 0, 0, () => import('./describe-user-scram-credentials.js')),
  lazyApi(ApiKey.AlterUserScramCredentials, 0, 0, () => import('./alter-user-scram-credentials.js')),
  lazyApi(ApiKey.DescribeAcls, 0, 3, () => import('./describe-acls.js')),
  lazyApi(ApiKey.CreateAcls, 0, 3, () => import('./create-acls.js')),
  lazyApi(ApiKey.DeleteAcls, 0, 3, () => import('./delete-acls.js')),
  lazyApi(ApiKey.ElectLeaders, 0, 2, () => import('./elect-leaders.js')),
  lazyApi(ApiKey.AlterPartitionReassignments, 0, 0, () => import('./alter-partition-reassignments.js')),
  lazyApi(ApiKey.ListPartitionReassignments, 0, 0, () => import('./list-partition-reassignments.js')),
  lazyApi(ApiKey.DescribeLogDirs, 0, 4, () => import('./describe-log-dirs.js')),
  lazyApi(ApiKey.AlterReplicaLogDirs, 0, 2, () => import('./alter-replica-log-dirs.js')),
  lazyApi(ApiKey.DescribeClientQuotas, 0, 1, () => import('./describe-client-quotas.js')),
  lazyApi(ApiKey.AlterClientQuotas, 0, 1, () => import('./alter-client-quotas.js')),
);

/** The handler table the network layer uses. */
export const apiRegistry: HandlerTable = {
  get: apiEntry,
  encodeUnsupportedApiVersions(w: Writer): void {
    ApiVersionsApi.encodeResponse(w, 0, { errorCode: ErrorCode.UNSUPPORTED_VERSION, apiKeys: advertisedVersions() });
  },
};

export { advertisedVersions, isLazy, loadAllApis, registeredApis } from './api-table.js';
