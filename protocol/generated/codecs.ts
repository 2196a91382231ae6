// generated, do not edit

import type { Reader } from '../reader.js';
import type { Writer } from '../writer.js';
import { decodeAddOffsetsToTxnRequest, encodeAddOffsetsToTxnRequest, AddOffsetsToTxnRequestMeta } from './add-offsets-to-txn-request.js';
import { decodeAddOffsetsToTxnResponse, encodeAddOffsetsToTxnResponse, AddOffsetsToTxnResponseMeta } from './add-offsets-to-txn-response.js';
import { decodeAddPartitionsToTxnRequest, encodeAddPartitionsToTxnRequest, AddPartitionsToTxnRequestMeta } from './add-partitions-to-txn-request.js';
import { decodeAddPartitionsToTxnResponse, encodeAddPartitionsToTxnResponse, AddPartitionsToTxnResponseMeta } from './add-partitions-to-txn-response.js';
import { decodeAddRaftVoterRequest, encodeAddRaftVoterRequest, AddRaftVoterRequestMeta } from './add-raft-voter-request.js';
import { decodeAddRaftVoterResponse, encodeAddRaftVoterResponse, AddRaftVoterResponseMeta } from './add-raft-voter-response.js';
import { decodeAllocateProducerIdsRequest, encodeAllocateProducerIdsRequest, AllocateProducerIdsRequestMeta } from './allocate-producer-ids-request.js';
import { decodeAllocateProducerIdsResponse, encodeAllocateProducerIdsResponse, AllocateProducerIdsResponseMeta } from './allocate-producer-ids-response.js';
import { decodeAlterClientQuotasRequest, encodeAlterClientQuotasRequest, AlterClientQuotasRequestMeta } from './alter-client-quotas-request.js';
import { decodeAlterClientQuotasResponse, encodeAlterClientQuotasResponse, AlterClientQuotasResponseMeta } from './alter-client-quotas-response.js';
import { decodeAlterConfigsRequest, encodeAlterConfigsRequest, AlterConfigsRequestMeta } from './alter-configs-request.js';
import { decodeAlterConfigsResponse, encodeAlterConfigsResponse, AlterConfigsResponseMeta } from './alter-configs-response.js';
import { decodeAlterPartitionReassignmentsRequest, encodeAlterPartitionReassignmentsRequest, AlterPartitionReassignmentsRequestMeta } from './alter-partition-reassignments-request.js';
import { decodeAlterPartitionReassignmentsResponse, encodeAlterPartitionReassignmentsResponse, AlterPartitionReassignmentsResponseMeta } from './alter-partition-reassignments-response.js';
import { decodeAlterPartitionRequest, encodeAlterPartitionRequest, AlterPartitionRequestMeta } from './alter-partition-request.js';
import { decodeAlterPartitionResponse, encodeAlterPartitionResponse, AlterPartitionResponseMeta } from './alter-partition-response.js';
import { decodeAlterReplicaLogDirsRequest, encodeAlterReplicaLogDirsRequest, AlterReplicaLogDirsRequestMeta } from './alter-replica-log-dirs-request.js';
import { decodeAlterReplicaLogDirsResponse, encodeAlterReplicaLogDirsResponse, AlterReplicaLogDirsResponseMeta } from './alter-replica-log-dirs-response.js';
import { decodeAlterUserScramCredentialsRequest, encodeAlterUserScramCredentialsRequest, AlterUserScramCredentialsRequestMeta } from './alter-user-scram-credentials-request.js';
import { decodeAlterUserScramCredentialsResponse, encodeAlterUserScramCredentialsResponse, AlterUserScramCredentialsResponseMeta } from './alter-user-scram-credentials-response.js';
import { decodeApiVersionsRequest, encodeApiVersionsRequest, ApiVersionsRequestMeta } from './api-versions-request.js';
import { decodeApiVersionsResponse, encodeApiVersionsResponse, ApiVersionsResponseMeta } from './api-versions-response.js';
import { decodeAssignReplicasToDirsRequest, encodeAssignReplicasToDirsRequest, AssignReplicasToDirsRequestMeta } from './assign-replicas-to-dirs-request.js';
import { decodeAssignReplicasToDirsResponse, encodeAssignReplicasToDirsResponse, AssignReplicasToDirsResponseMeta } from './assign-replicas-to-dirs-response.js';
import { decodeBeginQuorumEpochRequest, encodeBeginQuorumEpochRequest, BeginQuorumEpochRequestMeta } from './begin-quorum-epoch-request.js';
import { decodeBeginQuorumEpochResponse, encodeBeginQuorumEpochResponse, BeginQuorumEpochResponseMeta } from './begin-quorum-epoch-response.js';
import { decodeBrokerHeartbeatRequest, encodeBrokerHeartbeatRequest, BrokerHeartbeatRequestMeta } from './broker-heartbeat-request.js';
import { decodeBrokerHeartbeatResponse, encodeBrokerHeartbeatResponse, BrokerHeartbeatResponseMeta } from './broker-heartbeat-response.js';
import { decodeBrokerRegistrationRequest, encodeBrokerRegistrationRequest, BrokerRegistrationRequestMeta } from './broker-registration-request.js';
import { decodeBrokerRegistrationResponse, encodeBrokerRegistrationResponse, BrokerRegistrationResponseMeta } from './broker-registration-response.js';
import { decodeConsumerGroupDescribeRequest, encodeConsumerGroupDescribeRequest, ConsumerGroupDescribeRequestMeta } from './consumer-group-describe-request.js';
import { decodeConsumerGroupDescribeResponse, encodeConsumerGroupDescribeResponse, ConsumerGroupDescribeResponseMeta } from './consumer-group-describe-response.js';
import { decodeConsumerGroupHeartbeatRequest, encodeConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatRequestMeta } from './consumer-group-heartbeat-request.js';
import { decodeConsumerGroupHeartbeatResponse, encodeConsumerGroupHeartbeatResponse, ConsumerGroupHeartbeatResponseMeta } from './consumer-group-heartbeat-response.js';
import { decodeConsumerProtocolAssignment, encodeConsumerProtocolAssignment, ConsumerProtocolAssignmentMeta } from './consumer-protocol-assignment.js';
import { decodeConsumerProtocolSubscription, encodeConsumerProtocolSubscription, ConsumerProtocolSubscriptionMeta } from './consumer-protocol-subscription.js';
import { decodeControlledShutdownRequest, encodeControlledShutdownRequest, ControlledShutdownRequestMeta } from './controlled-shutdown-request.js';
import { decodeControlledShutdownResponse, encodeControlledShutdownResponse, ControlledShutdownResponseMeta } from './controlled-shutdown-response.js';
import { decodeControllerRegistrationRequest, encodeControllerRegistrationRequest, ControllerRegistrationRequestMeta } from './controller-registration-request.js';
import { decodeControllerRegistrationResponse, encodeControllerRegistrationResponse, ControllerRegistrationResponseMeta } from './controller-registration-response.js';
import { decodeCreateAclsRequest, encodeCreateAclsRequest, CreateAclsRequestMeta } from './create-acls-request.js';
import { decodeCreateAclsResponse, encodeCreateAclsResponse, CreateAclsResponseMeta } from './create-acls-response.js';
import { decodeCreateDelegationTokenRequest, encodeCreateDelegationTokenRequest, CreateDelegationTokenRequestMeta } from './create-delegation-token-request.js';
import { decodeCreateDelegationTokenResponse, encodeCreateDelegationTokenResponse, CreateDelegationTokenResponseMeta } from './create-delegation-token-response.js';
import { decodeCreatePartitionsRequest, encodeCreatePartitionsRequest, CreatePartitionsRequestMeta } from './create-partitions-request.js';
import { decodeCreatePartitionsResponse, encodeCreatePartitionsResponse, CreatePartitionsResponseMeta } from './create-partitions-response.js';
import { decodeCreateTopicsRequest, encodeCreateTopicsRequest, CreateTopicsRequestMeta } from './create-topics-request.js';
import { decodeCreateTopicsResponse, encodeCreateTopicsResponse, CreateTopicsResponseMeta } from './create-topics-response.js';
import { decodeDefaultPrincipalData, encodeDefaultPrincipalData, DefaultPrincipalDataMeta } from './default-principal-data.js';
import { decodeDeleteAclsRequest, encodeDeleteAclsRequest, DeleteAclsRequestMeta } from './delete-acls-request.js';
import { decodeDeleteAclsResponse, encodeDeleteAclsResponse, DeleteAclsResponseMeta } from './delete-acls-response.js';
import { decodeDeleteGroupsRequest, encodeDeleteGroupsRequest, DeleteGroupsRequestMeta } from './delete-groups-request.js';
import { decodeDeleteGroupsResponse, encodeDeleteGroupsResponse, DeleteGroupsResponseMeta } from './delete-groups-response.js';
import { decodeDeleteRecordsRequest, encodeDeleteRecordsRequest, DeleteRecordsRequestMeta } from './delete-records-request.js';
import { decodeDeleteRecordsResponse, encodeDeleteRecordsResponse, DeleteRecordsResponseMeta } from './delete-records-response.js';
import { decodeDeleteShareGroupStateRequest, encodeDeleteShareGroupStateRequest, DeleteShareGroupStateRequestMeta } from './delete-share-group-state-request.js';
import { decodeDeleteShareGroupStateResponse, encodeDeleteShareGroupStateResponse, DeleteShareGroupStateResponseMeta } from './delete-share-group-state-response.js';
import { decodeDeleteTopicsRequest, encodeDeleteTopicsRequest, DeleteTopicsRequestMeta } from './delete-topics-request.js';
import { decodeDeleteTopicsResponse, encodeDeleteTopicsResponse, DeleteTopicsResponseMeta } from './delete-topics-response.js';
import { decodeDescribeAclsRequest, encodeDescribeAclsRequest, DescribeAclsRequestMeta } from './describe-acls-request.js';
import { decodeDescribeAclsResponse, encodeDescribeAclsResponse, DescribeAclsResponseMeta } from './describe-acls-response.js';
import { decodeDescribeClientQuotasRequest, encodeDescribeClientQuotasRequest, DescribeClientQuotasRequestMeta } from './describe-client-quotas-request.js';
import { decodeDescribeClientQuotasResponse, encodeDescribeClientQuotasResponse, DescribeClientQuotasResponseMeta } from './describe-client-quotas-response.js';
import { decodeDescribeClusterRequest, encodeDescribeClusterRequest, DescribeClusterRequestMeta } from './describe-cluster-request.js';
import { decodeDescribeClusterResponse, encodeDescribeClusterResponse, DescribeClusterResponseMeta } from './describe-cluster-response.js';
import { decodeDescribeConfigsRequest, encodeDescribeConfigsRequest, DescribeConfigsRequestMeta } from './describe-configs-request.js';
import { decodeDescribeConfigsResponse, encodeDescribeConfigsResponse, DescribeConfigsResponseMeta } from './describe-configs-response.js';
import { decodeDescribeDelegationTokenRequest, encodeDescribeDelegationTokenRequest, DescribeDelegationTokenRequestMeta } from './describe-delegation-token-request.js';
import { decodeDescribeDelegationTokenResponse, encodeDescribeDelegationTokenResponse, DescribeDelegationTokenResponseMeta } from './describe-delegation-token-response.js';
import { decodeDescribeGroupsRequest, encodeDescribeGroupsRequest, DescribeGroupsRequestMeta } from './describe-groups-request.js';
import { decodeDescribeGroupsResponse, encodeDescribeGroupsResponse, DescribeGroupsResponseMeta } from './describe-groups-response.js';
import { decodeDescribeLogDirsRequest, encodeDescribeLogDirsRequest, DescribeLogDirsRequestMeta } from './describe-log-dirs-request.js';
import { decodeDescribeLogDirsResponse, encodeDescribeLogDirsResponse, DescribeLogDirsResponseMeta } from './describe-log-dirs-response.js';
import { decodeDescribeProducersRequest, encodeDescribeProducersRequest, DescribeProducersRequestMeta } from './describe-producers-request.js';
import { decodeDescribeProducersResponse, encodeDescribeProducersResponse, DescribeProducersResponseMeta } from './describe-producers-response.js';
import { decodeDescribeQuorumRequest, encodeDescribeQuorumRequest, DescribeQuorumRequestMeta } from './describe-quorum-request.js';
import { decodeDescribeQuorumResponse, encodeDescribeQuorumResponse, DescribeQuorumResponseMeta } from './describe-quorum-response.js';
import { decodeDescribeTopicPartitionsRequest, encodeDescribeTopicPartitionsRequest, DescribeTopicPartitionsRequestMeta } from './describe-topic-partitions-request.js';
import { decodeDescribeTopicPartitionsResponse, encodeDescribeTopicPartitionsResponse, DescribeTopicPartitionsResponseMeta } from './describe-topic-partitions-response.js';
import { decodeDescribeTransactionsRequest, encodeDescribeTransactionsRequest, DescribeTransactionsRequestMeta } from './describe-transactions-request.js';
import { decodeDescribeTransactionsResponse, encodeDescribeTransactionsResponse, DescribeTransactionsResponseMeta } from './describe-transactions-response.js';
import { decodeDescribeUserScramCredentialsRequest, encodeDescribeUserScramCredentialsRequest, DescribeUserScramCredentialsRequestMeta } from './describe-user-scram-credentials-request.js';
import { decodeDescribeUserScramCredentialsResponse, encodeDescribeUserScramCredentialsResponse, DescribeUserScramCredentialsResponseMeta } from './describe-user-scram-credentials-response.js';
import { decodeElectLeadersRequest, encodeElectLeadersRequest, ElectLeadersRequestMeta } from './elect-leaders-request.js';
import { decodeElectLeadersResponse, encodeElectLeadersResponse, ElectLeadersResponseMeta } from './elect-leaders-response.js';
import { decodeEndQuorumEpochRequest, encodeEndQuorumEpochRequest, EndQuorumEpochRequestMeta } from './end-quorum-epoch-request.js';
import { decodeEndQuorumEpochResponse, encodeEndQuorumEpochResponse, EndQuorumEpochResponseMeta } from './end-quorum-epoch-response.js';
import { decodeEndTxnRequest, encodeEndTxnRequest, EndTxnRequestMeta } from './end-txn-request.js';
import { decodeEndTxnResponse, encodeEndTxnResponse, EndTxnResponseMeta } from './end-txn-response.js';
import { decodeEnvelopeRequest, encodeEnvelopeRequest, EnvelopeRequestMeta } from './envelope-request.js';
import { decodeEnvelopeResponse, encodeEnvelopeResponse, EnvelopeResponseMeta } from './envelope-response.js';
import { decodeExpireDelegationTokenRequest, encodeExpireDelegationTokenRequest, ExpireDelegationTokenRequestMeta } from './expire-delegation-token-request.js';
import { decodeExpireDelegationTokenResponse, encodeExpireDelegationTokenResponse, ExpireDelegationTokenResponseMeta } from './expire-delegation-token-response.js';
import { decodeFetchRequest, encodeFetchRequest, FetchRequestMeta } from './fetch-request.js';
import { decodeFetchResponse, encodeFetchResponse, FetchResponseMeta } from './fetch-response.js';
import { decodeFetchSnapshotRequest, encodeFetchSnapshotRequest, FetchSnapshotRequestMeta } from './fetch-snapshot-request.js';
import { decodeFetchSnapshotResponse, encodeFetchSnapshotResponse, FetchSnapshotResponseMeta } from './fetch-snapshot-response.js';
import { decodeFindCoordinatorRequest, encodeFindCoordinatorRequest, FindCoordinatorRequestMeta } from './find-coordinator-request.js';
import { decodeFindCoordinatorResponse, encodeFindCoordinatorResponse, FindCoordinatorResponseMeta } from './find-coordinator-response.js';
import { decodeGetTelemetrySubscriptionsRequest, encodeGetTelemetrySubscriptionsRequest, GetTelemetrySubscriptionsRequestMeta } from './get-telemetry-subscriptions-request.js';
import { decodeGetTelemetrySubscriptionsResponse, encodeGetTelemetrySubscriptionsResponse, GetTelemetrySubscriptionsResponseMeta } from './get-telemetry-subscriptions-response.js';
import { decodeHeartbeatRequest, encodeHeartbeatRequest, HeartbeatRequestMeta } from './heartbeat-request.js';
import { decodeHeartbeatResponse, encodeHeartbeatResponse, HeartbeatResponseMeta } from './heartbeat-response.js';
import { decodeIncrementalAlterConfigsRequest, encodeIncrementalAlterConfigsRequest, IncrementalAlterConfigsRequestMeta } from './incremental-alter-configs-request.js';
import { decodeIncrementalAlterConfigsResponse, encodeIncrementalAlterConfigsResponse, IncrementalAlterConfigsResponseMeta } from './incremental-alter-configs-response.js';
import { decodeInitProducerIdRequest, encodeInitProducerIdRequest, InitProducerIdRequestMeta } from './init-producer-id-request.js';
import { decodeInitProducerIdResponse, encodeInitProducerIdResponse, InitProducerIdResponseMeta } from './init-producer-id-response.js';
import { decodeInitializeShareGroupStateRequest, encodeInitializeShareGroupStateRequest, InitializeShareGroupStateRequestMeta } from './initialize-share-group-state-request.js';
import { decodeInitializeShareGroupStateResponse, encodeInitializeShareGroupStateResponse, InitializeShareGroupStateResponseMeta } from './initialize-share-group-state-response.js';
import { decodeJoinGroupRequest, encodeJoinGroupRequest, JoinGroupRequestMeta } from './join-group-request.js';
import { decodeJoinGroupResponse, encodeJoinGroupResponse, JoinGroupResponseMeta } from './join-group-response.js';
import { decodeKRaftVersionRecord, encodeKRaftVersionRecord, KRaftVersionRecordMeta } from './kraft-version-record.js';
import { decodeLeaderAndIsrRequest, encodeLeaderAndIsrRequest, LeaderAndIsrRequestMeta } from './leader-and-isr-request.js';
import { decodeLeaderAndIsrResponse, encodeLeaderAndIsrResponse, LeaderAndIsrResponseMeta } from './leader-and-isr-response.js';
import { decodeLeaderChangeMessage, encodeLeaderChangeMessage, LeaderChangeMessageMeta } from './leader-change-message.js';
import { decodeLeaveGroupRequest, encodeLeaveGroupRequest, LeaveGroupRequestMeta } from './leave-group-request.js';
import { decodeLeaveGroupResponse, encodeLeaveGroupResponse, LeaveGroupResponseMeta } from './leave-group-response.js';
import { decodeListClientMetricsResourcesRequest, encodeListClientMetricsResourcesRequest, ListClientMetricsResourcesRequestMeta } from './list-client-metrics-resources-request.js';
import { decodeListClientMetricsResourcesResponse, encodeListClientMetricsResourcesResponse, ListClientMetricsResourcesResponseMeta } from './list-client-metrics-resources-response.js';
import { decodeListGroupsRequest, encodeListGroupsRequest, ListGroupsRequestMeta } from './list-groups-request.js';
import { decodeListGroupsResponse, encodeListGroupsResponse, ListGroupsResponseMeta } from './list-groups-response.js';
import { decodeListOffsetsRequest, encodeListOffsetsRequest, ListOffsetsRequestMeta } from './list-offsets-request.js';
import { decodeListOffsetsResponse, encodeListOffsetsResponse, ListOffsetsResponseMeta } from './list-offsets-response.js';
import { decodeListPartitionReassignmentsRequest, encodeListPartitionReassignmentsRequest, ListPartitionReassignmentsRequestMeta } from './list-partition-reassignments-request.js';
import { decodeListPartitionReassignmentsResponse, encodeListPartitionReassignmentsResponse, ListPartitionReassignmentsResponseMeta } from './list-partition-reassignments-response.js';
import { decodeListTransactionsRequest, encodeListTransactionsRequest, ListTransactionsRequestMeta } from './list-transactions-request.js';
import { decodeListTransactionsResponse, encodeListTransactionsResponse, ListTransactionsResponseMeta } from './list-transactions-response.js';
import { decodeMetadataRequest, encodeMetadataRequest, MetadataRequestMeta } from './metadata-request.js';
import { decodeMetadataResponse, encodeMetadataResponse, MetadataResponseMeta } from './metadata-response.js';
import { decodeOffsetCommitRequest, encodeOffsetCommitRequest, OffsetCommitRequestMeta } from './offset-commit-request.js';
import { decodeOffsetCommitResponse, encodeOffsetCommitResponse, OffsetCommitResponseMeta } from './offset-commit-response.js';
import { decodeOffsetDeleteRequest, encodeOffsetDeleteRequest, OffsetDeleteRequestMeta } from './offset-delete-request.js';
import { decodeOffsetDeleteResponse, encodeOffsetDeleteResponse, OffsetDeleteResponseMeta } from './offset-delete-response.js';
import { decodeOffsetFetchRequest, encodeOffsetFetchRequest, OffsetFetchRequestMeta } from './offset-fetch-request.js';
import { decodeOffsetFetchResponse, encodeOffsetFetchResponse, OffsetFetchResponseMeta } from './offset-fetch-response.js';
import { decodeOffsetForLeaderEpochRequest, encodeOffsetForLeaderEpochRequest, OffsetForLeaderEpochRequestMeta } from './offset-for-leader-epoch-request.js';
import { decodeOffsetForLeaderEpochResponse, encodeOffsetForLeaderEpochResponse, OffsetForLeaderEpochResponseMeta } from './offset-for-leader-epoch-response.js';
import { decodeProduceRequest, encodeProduceRequest, ProduceRequestMeta } from './produce-request.js';
import { decodeProduceResponse, encodeProduceResponse, ProduceResponseMeta } from './produce-response.js';
import { decodePushTelemetryRequest, encodePushTelemetryRequest, PushTelemetryRequestMeta } from './push-telemetry-request.js';
import { decodePushTelemetryResponse, encodePushTelemetryResponse, PushTelemetryResponseMeta } from './push-telemetry-response.js';
import { decodeReadShareGroupStateRequest, encodeReadShareGroupStateRequest, ReadShareGroupStateRequestMeta } from './read-share-group-state-request.js';
import { decodeReadShareGroupStateResponse, encodeReadShareGroupStateResponse, ReadShareGroupStateResponseMeta } from './read-share-group-state-response.js';
import { decodeReadShareGroupStateSummaryRequest, encodeReadShareGroupStateSummaryRequest, ReadShareGroupStateSummaryRequestMeta } from './read-share-group-state-summary-request.js';
import { decodeReadShareGroupStateSummaryResponse, encodeReadShareGroupStateSummaryResponse, ReadShareGroupStateSummaryResponseMeta } from './read-share-group-state-summary-response.js';
import { decodeRemoveRaftVoterRequest, encodeRemoveRaftVoterRequest, RemoveRaftVoterRequestMeta } from './remove-raft-voter-request.js';
import { decodeRemoveRaftVoterResponse, encodeRemoveRaftVoterResponse, RemoveRaftVoterResponseMeta } from './remove-raft-voter-response.js';
import { decodeRenewDelegationTokenRequest, encodeRenewDelegationTokenRequest, RenewDelegationTokenRequestMeta } from './renew-delegation-token-request.js';
import { decodeRenewDelegationTokenResponse, encodeRenewDelegationTokenResponse, RenewDelegationTokenResponseMeta } from './renew-delegation-token-response.js';
import { decodeRequestHeader, encodeRequestHeader, RequestHeaderMeta } from './request-header.js';
import { decodeResponseHeader, encodeResponseHeader, ResponseHeaderMeta } from './response-header.js';
import { decodeSaslAuthenticateRequest, encodeSaslAuthenticateRequest, SaslAuthenticateRequestMeta } from './sasl-authenticate-request.js';
import { decodeSaslAuthenticateResponse, encodeSaslAuthenticateResponse, SaslAuthenticateResponseMeta } from './sasl-authenticate-response.js';
import { decodeSaslHandshakeRequest, encodeSaslHandshakeRequest, SaslHandshakeRequestMeta } from './sasl-handshake-request.js';
import { decodeSaslHandshakeResponse, encodeSaslHandshakeResponse, SaslHandshakeResponseMeta } from './sasl-handshake-response.js';
import { decodeShareAcknowledgeRequest, encodeShareAcknowledgeRequest, ShareAcknowledgeRequestMeta } from './share-acknowledge-request.js';
import { decodeShareAcknowledgeResponse, encodeShareAcknowledgeResponse, ShareAcknowledgeResponseMeta } from './share-acknowledge-response.js';
import { decodeShareFetchRequest, encodeShareFetchRequest, ShareFetchRequestMeta } from './share-fetch-request.js';
import { decodeShareFetchResponse, encodeShareFetchResponse, ShareFetchResponseMeta } from './share-fetch-response.js';
import { decodeShareGroupDescribeRequest, encodeShareGroupDescribeRequest, ShareGroupDescribeRequestMeta } from './share-group-describe-request.js';
import { decodeShareGroupDescribeResponse, encodeShareGroupDescribeResponse, ShareGroupDescribeResponseMeta } from './share-group-describe-response.js';
import { decodeShareGroupHeartbeatRequest, encodeShareGroupHeartbeatRequest, ShareGroupHeartbeatRequestMeta } from './share-group-heartbeat-request.js';
import { decodeShareGroupHeartbeatResponse, encodeShareGroupHeartbeatResponse, ShareGroupHeartbeatResponseMeta } from './share-group-heartbeat-response.js';
import { decodeSnapshotFooterRecord, encodeSnapshotFooterRecord, SnapshotFooterRecordMeta } from './snapshot-footer-record.js';
import { decodeSnapshotHeaderRecord, encodeSnapshotHeaderRecord, SnapshotHeaderRecordMeta } from './snapshot-header-record.js';
import { decodeStopReplicaRequest, encodeStopReplicaRequest, StopReplicaRequestMeta } from './stop-replica-request.js';
import { decodeStopReplicaResponse, encodeStopReplicaResponse, StopReplicaResponseMeta } from './stop-replica-response.js';
import { decodeSyncGroupRequest, encodeSyncGroupRequest, SyncGroupRequestMeta } from './sync-group-request.js';
import { decodeSyncGroupResponse, encodeSyncGroupResponse, SyncGroupResponseMeta } from './sync-group-response.js';
import { decodeTxnOffsetCommitRequest, encodeTxnOffsetCommitRequest, TxnOffsetCommitRequestMeta } from './txn-offset-commit-request.js';
import { decodeTxnOffsetCommitResponse, encodeTxnOffsetCommitResponse, TxnOffsetCommitResponseMeta } from './txn-offset-commit-response.js';
import { decodeUnregisterBrokerRequest, encodeUnregisterBrokerRequest, UnregisterBrokerRequestMeta } from './unregister-broker-request.js';
import { decodeUnregisterBrokerResponse, encodeUnregisterBrokerResponse, UnregisterBrokerResponseMeta } from './unregister-broker-response.js';
import { decodeUpdateFeaturesRequest, encodeUpdateFeaturesRequest, UpdateFeaturesRequestMeta } from './update-features-request.js';
import { decodeUpdateFeaturesResponse, encodeUpdateFeaturesResponse, UpdateFeaturesResponseMeta } from './update-features-response.js';
import { decodeUpdateMetadataRequest, encodeUpdateMetadataRequest, UpdateMetadataRequestMeta } from './update-metadata-request.js';
import { decodeUpdateMetadataResponse, encodeUpdateMetadataResponse, UpdateMetadataResponseMeta } from './update-metadata-response.js';
import { decodeUpdateRaftVoterRequest, encodeUpdateRaftVoterRequest, UpdateRaftVoterRequestMeta } from './update-raft-voter-request.js';
import { decodeUpdateRaftVoterResponse, encodeUpdateRaftVoterResponse, UpdateRaftVoterResponseMeta } from './update-raft-voter-response.js';
import { decodeVoteRequest, encodeVoteRequest, VoteRequestMeta } from './vote-request.js';
import { decodeVoteResponse, encodeVoteResponse, VoteResponseMeta } from './vote-response.js';
import { decodeVotersRecord, encodeVotersRecord, VotersRecordMeta } from './voters-record.js';
import { decodeWriteShareGroupStateRequest, encodeWriteShareGroupStateRequest, WriteShareGroupStateRequestMeta } from './write-share-group-state-request.js';
import { decodeWriteShareGroupStateResponse, encodeWriteShareGroupStateResponse, WriteShareGroupStateResponseMeta } from './write-share-group-state-response.js';
import { decodeWriteTxnMarkersRequest, encodeWriteTxnMarkersRequest, WriteTxnMarkersRequestMeta } from './write-txn-markers-request.js';
import { decodeWriteTxnMarkersResponse, encodeWriteTxnMarkersResponse, WriteTxnMarkersResponseMeta } from './write-txn-markers-response.js';

/** A message codec, untyped, for generic use (tests, tools). */
export interface Codec {
  meta: { name: string; apiKey: number; minVersion: number; maxVersion: number; flexibleMin: number };
  decode(r: Reader, v: number): unknown;
  encode(w: Writer, v: number, o: unknown): void;
}

/** Every message codec by message name. */
export const CODECS: Record<string, Codec> = {
  AddOffsetsToTxnRequest: { meta: AddOffsetsToTxnRequestMeta, decode: decodeAddOffsetsToTxnRequest, encode: encodeAddOffsetsToTxnRequest as Codec['encode'] },
  AddOffsetsToTxnResponse: { meta: AddOffsetsToTxnResponseMeta, decode: decodeAddOffsetsToTxnResponse, encode: encodeAddOffsetsToTxnResponse as Codec['encode'] },
  AddPartitionsToTxnRequest: { meta: AddPartitionsToTxnRequestMeta, decode: decodeAddPartitionsToTxnRequest, encode: encodeAddPartitionsToTxnRequest as Codec['encode'] },
  AddPartitionsToTxnResponse: { meta: AddPartitionsToTxnResponseMeta, decode: decodeAddPartitionsToTxnResponse, encode: encodeAddPartitionsToTxnResponse as Codec['encode'] },
  AddRaftVoterRequest: { meta: AddRaftVoterRequestMeta, decode: decodeAddRaftVoterRequest, encode: encodeAddRaftVoterRequest as Codec['encode'] },
  AddRaftVoterResponse: { meta: AddRaftVoterResponseMeta, decode: decodeAddRaftVoterResponse, encode: encodeAddRaftVoterResponse as Codec['encode'] },
  AllocateProducerIdsRequest: { meta: AllocateProducerIdsRequestMeta, decode: decodeAllocateProducerIdsRequest, encode: encodeAllocateProducerIdsRequest as Codec['encode'] },
  AllocateProducerIdsResponse: { meta: AllocateProducerIdsResponseMeta, decode: decodeAllocateProducerIdsResponse, encode: encodeAllocateProducerIdsResponse as Codec['encode'] },
  AlterClientQuotasRequest: { meta: AlterClientQuotasRequestMeta, decode: decodeAlterClientQuotasRequest, encode: encodeAlterClientQuotasRequest as Codec['encode'] },
  AlterClientQuotasResponse: { meta: AlterClientQuotasResponseMeta, decode: decodeAlterClientQuotasResponse, encode: encodeAlterClientQuotasResponse as Codec['encode'] },
  AlterConfigsRequest: { meta: AlterConfigsRequestMeta, decode: decodeAlterConfigsRequest, encode: encodeAlterConfigsRequest as Codec['encode'] },
  AlterConfigsResponse: { meta: AlterConfigsResponseMeta, decode: decodeAlterConfigsResponse, encode: encodeAlterConfigsResponse as Codec['encode'] },
  AlterPartitionReassignmentsRequest: { meta: AlterPartitionReassignmentsRequestMeta, decode: decodeAlterPartitionReassignmentsRequest, encode: encodeAlterPartitionReassignmentsRequest as Codec['encode'] },
  AlterPartitionReassignmentsResponse: { meta: AlterPartitionReassignmentsResponseMeta, decode: decodeAlterPartitionReassignmentsResponse, encode: encodeAlterPartitionReassignmentsResponse as Codec['encode'] },
  AlterPartitionRequest: { meta: AlterPartitionRequestMeta, decode: decodeAlterPartitionRequest, encode: encodeAlterPartitionRequest as Codec['encode'] },
  AlterPartitionResponse: { meta: AlterPartitionResponseMeta, decode: decodeAlterPartitionResponse, encode: encodeAlterPartitionResponse as Codec['encode'] },
  AlterReplicaLogDirsRequest: { meta: AlterReplicaLogDirsRequestMeta, decode: decodeAlterReplicaLogDirsRequest, encode: encodeAlterReplicaLogDirsRequest as Codec['encode'] },
  AlterReplicaLogDirsResponse: { meta: AlterReplicaLogDirsResponseMeta, decode: decodeAlterReplicaLogDirsResponse, encode: encodeAlterReplicaLogDirsResponse as Codec['encode'] },
  AlterUserScramCredentialsRequest: { meta: AlterUserScramCredentialsRequestMeta, decode: decodeAlterUserScramCredentialsRequest, encode: encodeAlterUserScramCredentialsRequest as Codec['encode'] },
  AlterUserScramCredentialsResponse: { meta: AlterUserScramCredentialsResponseMeta, decode: decodeAlterUserScramCredentialsResponse, encode: encodeAlterUserScramCredentialsResponse as Codec['encode'] },
  ApiVersionsRequest: { meta: ApiVersionsRequestMeta, decode: decodeApiVersionsRequest, encode: encodeApiVersionsRequest as Codec['encode'] },
  ApiVersionsResponse: { meta: ApiVersionsResponseMeta, decode: decodeApiVersionsResponse, encode: encodeApiVersionsResponse as Codec['encode'] },
  AssignReplicasToDirsRequest: { meta: AssignReplicasToDirsRequestMeta, decode: decodeAssignReplicasToDirsRequest, encode: encodeAssignReplicasToDirsRequest as Codec['encode'] },
  AssignReplicasToDirsResponse: { meta: AssignReplicasToDirsResponseMeta, decode: decodeAssignReplicasToDirsResponse, encode: encodeAssignReplicasToDirsResponse as Codec['encode'] },
  BeginQuorumEpochRequest: { meta: BeginQuorumEpochRequestMeta, decode: decodeBeginQuorumEpochRequest, encode: encodeBeginQuorumEpochRequest as Codec['encode'] },
  BeginQuorumEpochResponse: { meta: BeginQuorumEpochResponseMeta, decode: decodeBeginQuorumEpochResponse, encode: encodeBeginQuorumEpochResponse as Codec['encode'] },
  BrokerHeartbeatRequest: { meta: BrokerHeartbeatRequestMeta, decode: decodeBrokerHeartbeatRequest, encode: encodeBrokerHeartbeatRequest as Codec['encode'] },
  BrokerHeartbeatResponse: { meta: BrokerHeartbeatResponseMeta, decode: decodeBrokerHeartbeatResponse, encode: encodeBrokerHeartbeatResponse as Codec['encode'] },
  BrokerRegistrationRequest: { meta: BrokerRegistrationRequestMeta, decode: decodeBrokerRegistrationRequest, encode: encodeBrokerRegistrationRequest as Codec['encode'] },
  BrokerRegistrationResponse: { meta: BrokerRegistrationResponseMeta, decode: decodeBrokerRegistrationResponse, encode: encodeBrokerRegistrationResponse as Codec['encode'] },
  ConsumerGroupDescribeRequest: { meta: ConsumerGroupDescribeRequestMeta, decode: decodeConsumerGroupDescribeRequest, encode: encodeConsumerGroupDescribeRequest as Codec['encode'] },
  ConsumerGroupDescribeResponse: { meta: ConsumerGroupDescribeResponseMeta, decode: decodeConsumerGroupDescribeResponse, encode: encodeConsumerGroupDescribeResponse as Codec['encode'] },
  ConsumerGroupHeartbeatRequest: { meta: ConsumerGroupHeartbeatRequestMeta, decode: decodeConsumerGroupHeartbeatRequest, encode: encodeConsumerGroupHeartbeatRequest as Codec['encode'] },
  ConsumerGroupHeartbeatResponse: { meta: ConsumerGroupHeartbeatResponseMeta, decode: decodeConsumerGroupHeartbeatResponse, encode: encodeConsumerGroupHeartbeatResponse as Codec['encode'] },
  ConsumerProtocolAssignment: { meta: ConsumerProtocolAssignmentMeta, decode: decodeConsumerProtocolAssignment, encode: encodeConsumerProtocolAssignment as Codec['encode'] },
  ConsumerProtocolSubscription: { meta: ConsumerProtocolSubscriptionMeta, decode: decodeConsumerProtocolSubscription, encode: encodeConsumerProtocolSubscription as Codec['encode'] },
  ControlledShutdownRequest: { meta: ControlledShutdownRequestMeta, decode: decodeControlledShutdownRequest, encode: encodeControlledShutdownRequest as Codec['encode'] },
  ControlledShutdownResponse: { meta: ControlledShutdownResponseMeta, decode: decodeControlledShutdownResponse, encode: encodeControlledShutdownResponse as Codec['encode'] },
  ControllerRegistrationRequest: { meta: ControllerRegistrationRequestMeta, decode: decodeControllerRegistrationRequest, encode: encodeControllerRegistrationRequest as Codec['encode'] },
  ControllerRegistrationResponse: { meta: ControllerRegistrationResponseMeta, decode: decodeControllerRegistrationResponse, encode: encodeControllerRegistrationResponse as Codec['encode'] },
  CreateAclsRequest: { meta: CreateAclsRequestMeta, decode: decodeCreateAclsRequest, encode: encodeCreateAclsRequest as Codec['encode'] },
  CreateAclsResponse: { meta: CreateAclsResponseMeta, decode: decodeCreateAclsResponse, encode: encodeCreateAclsResponse as Codec['encode'] },
  CreateDelegationTokenRequest: { meta: CreateDelegationTokenRequestMeta, decode: decodeCreateDelegationTokenRequest, encode: encodeCreateDelegationTokenRequest as Codec['encode'] },
  CreateDelegationTokenResponse: { meta: CreateDelegationTokenResponseMeta, decode: decodeCreateDelegationTokenResponse, encode: encodeCreateDelegationTokenResponse as Codec['encode'] },
  CreatePartitionsRequest: { meta: CreatePartitionsRequestMeta, decode: decodeCreatePartitionsRequest, encode: encodeCreatePartitionsRequest as Codec['encode'] },
  CreatePartitionsResponse: { meta: CreatePartitionsResponseMeta, decode: decodeCreatePartitionsResponse, encode: encodeCreatePartitionsResponse as Codec['encode'] },
  CreateTopicsRequest: { meta: CreateTopicsRequestMeta, decode: decodeCreateTopicsRequest, encode: encodeCreateTopicsRequest as Codec['encode'] },
  CreateTopicsResponse: { meta: CreateTopicsResponseMeta, decode: decodeCreateTopicsResponse, encode: encodeCreateTopicsResponse as Codec['encode'] },
  DefaultPrincipalData: { meta: DefaultPrincipalDataMeta, decode: decodeDefaultPrincipalData, encode: encodeDefaultPrincipalData as Codec['encode'] },
  DeleteAclsRequest: { meta: DeleteAclsRequestMeta, decode: decodeDeleteAclsRequest, encode: encodeDeleteAclsRequest as Codec['encode'] },
  DeleteAclsResponse: { meta: DeleteAclsResponseMeta, decode: decodeDeleteAclsResponse, encode: encodeDeleteAclsResponse as Codec['encode'] },
  DeleteGroupsRequest: { meta: DeleteGroupsRequestMeta, decode: decodeDeleteGroupsRequest, encode: encodeDeleteGroupsRequest as Codec['encode'] },
  DeleteGroupsResponse: { meta: DeleteGroupsResponseMeta, decode: decodeDeleteGroupsResponse, encode: encodeDeleteGroupsResponse as Codec['encode'] },
  DeleteRecordsRequest: { meta: DeleteRecordsRequestMeta, decode: decodeDeleteRecordsRequest, encode: encodeDeleteRecordsRequest as Codec['encode'] },
  DeleteRecordsResponse: { meta: DeleteRecordsResponseMeta, decode: decodeDeleteRecordsResponse, encode: encodeDeleteRecordsResponse as Codec['encode'] },
  DeleteShareGroupStateRequest: { meta: DeleteShareGroupStateRequestMeta, decode: decodeDeleteShareGroupStateRequest, encode: encodeDeleteShareGroupStateRequest as Codec['encode'] },
  DeleteShareGroupStateResponse: { meta: DeleteShareGroupStateResponseMeta, decode: decodeDeleteShareGroupStateResponse, encode: encodeDeleteShareGroupStateResponse as Codec['encode'] },
  DeleteTopicsRequest: { meta: DeleteTopicsRequestMeta, decode: decodeDeleteTopicsRequest, encode: encodeDeleteTopicsRequest as Codec['encode'] },
  DeleteTopicsResponse: { meta: DeleteTopicsResponseMeta, decode: decodeDeleteTopicsResponse, encode: encodeDeleteTopicsResponse as Codec['encode'] },
  DescribeAclsRequest: { meta: DescribeAclsRequestMeta, decode: decodeDescribeAclsRequest, encode: encodeDescribeAclsRequest as Codec['encode'] },
  DescribeAclsResponse: { meta: DescribeAclsResponseMeta, decode: decodeDescribeAclsResponse, encode: encodeDescribeAclsResponse as Codec['encode'] },
  DescribeClientQuotasRequest: { meta: DescribeClientQuotasRequestMeta, decode: decodeDescribeClientQuotasRequest, encode: encodeDescribeClientQuotasRequest as Codec['encode'] },
  DescribeClientQuotasResponse: { meta: DescribeClientQuotasResponseMeta, decode: decodeDescribeClientQuotasResponse, encode: encodeDescribeClientQuotasResponse as Codec['encode'] },
  DescribeClusterRequest: { meta: DescribeClusterRequestMeta, decode: decodeDescribeClusterRequest, encode: encodeDescribeClusterRequest as Codec['encode'] },
  DescribeClusterResponse: { meta: DescribeClusterResponseMeta, decode: decodeDescribeClusterResponse, encode: encodeDescribeClusterResponse as Codec['encode'] },
  DescribeConfigsRequest: { meta: DescribeConfigsRequestMeta, decode: decodeDescribeConfigsRequest, encode: encodeDescribeConfigsRequest as Codec['encode'] },
  DescribeConfigsResponse: { meta: DescribeConfigsResponseMeta, decode: decodeDescribeConfigsResponse, encode: encodeDescribeConfigsResponse as Codec['encode'] },
  DescribeDelegationTokenRequest: { meta: DescribeDelegationTokenRequestMeta, decode: decodeDescribeDelegationTokenRequest, encode: encodeDescribeDelegationTokenRequest as Codec['encode'] },
  DescribeDelegationTokenResponse: { meta: DescribeDelegationTokenResponseMeta, decode: decodeDescribeDelegationTokenResponse, encode: encodeDescribeDelegationTokenResponse as Codec['encode'] },
  DescribeGroupsRequest: { meta: DescribeGroupsRequestMeta, decode: decodeDescribeGroupsRequest, encode: encodeDescribeGroupsRequest as Codec['encode'] },
  DescribeGroupsResponse: { meta: DescribeGroupsResponseMeta, decode: decodeDescribeGroupsResponse, encode: encodeDescribeGroupsResponse as Codec['encode'] },
  DescribeLogDirsRequest: { meta: DescribeLogDirsRequestMeta, decode: decodeDescribeLogDirsRequest, encode: encodeDescribeLogDirsRequest as Codec['encode'] },
  DescribeLogDirsResponse: { meta: DescribeLogDirsResponseMeta, decode: decodeDescribeLogDirsResponse, encode: encodeDescribeLogDirsResponse as Codec['encode'] },
  DescribeProducersRequest: { meta: DescribeProducersRequestMeta, decode: decodeDescribeProducersRequest, encode: encodeDescribeProducersRequest as Codec['encode'] },
  DescribeProducersResponse: { meta: DescribeProducersResponseMeta, decode: decodeDescribeProducersResponse, encode: encodeDescribeProducersResponse as Codec['encode'] },
  DescribeQuorumRequest: { meta: DescribeQuorumRequestMeta, decode: decodeDescribeQuorumRequest, encode: encodeDescribeQuorumRequest as Codec['encode'] },
  DescribeQuorumResponse: { meta: DescribeQuorumResponseMeta, decode: decodeDescribeQuorumResponse, encode: encodeDescribeQuorumResponse as Codec['encode'] },
  DescribeTopicPartitionsRequest: { meta: DescribeTopicPartitionsRequestMeta, decode: decodeDescribeTopicPartitionsRequest, encode: encodeDescribeTopicPartitionsRequest as Codec['encode'] },
  DescribeTopicPartitionsResponse: { meta: DescribeTopicPartitionsResponseMeta, decode: decodeDescribeTopicPartitionsResponse, encode: encodeDescribeTopicPartitionsResponse as Codec['encode'] },
  DescribeTransactionsRequest: { meta: DescribeTransactionsRequestMeta, decode: decodeDescribeTransactionsRequest, encode: encodeDescribeTransactionsRequest as Codec['encode'] },
  DescribeTransactionsResponse: { meta: DescribeTransactionsResponseMeta, decode: decodeDescribeTransactionsResponse, encode: encodeDescribeTransactionsResponse as Codec['encode'] },
  DescribeUserScramCredentialsRequest: { meta: DescribeUserScramCredentialsRequestMeta, decode: decodeDescribeUserScramCredentialsRequest, encode: encodeDescribeUserScramCredentialsRequest as Codec['encode'] },
  DescribeUserScramCredentialsResponse: { meta: DescribeUserScramCredentialsResponseMeta, decode: decodeDescribeUserScramCredentialsResponse, encode: encodeDescribeUserScramCredentialsResponse as Codec['encode'] },
  ElectLeadersRequest: { meta: ElectLeadersRequestMeta, decode: decodeElectLeadersRequest, encode: encodeElectLeadersRequest as Codec['encode'] },
  ElectLeadersResponse: { meta: ElectLeadersResponseMeta, decode: decodeElectLeadersResponse, encode: encodeElectLeadersResponse as Codec['encode'] },
  EndQuorumEpochRequest: { meta: EndQuorumEpochRequestMeta, decode: decodeEndQuorumEpochRequest, encode: encodeEndQuorumEpochRequest as Codec['encode'] },
  EndQuorumEpochResponse: { meta: EndQuorumEpochResponseMeta, decode: decodeEndQuorumEpochResponse, encode: encodeEndQuorumEpochResponse as Codec['encode'] },
  EndTxnRequest: { meta: EndTxnRequestMeta, decode: decodeEndTxnRequest, encode: encodeEndTxnRequest as Codec['encode'] },
  EndTxnResponse: { meta: EndTxnResponseMeta, decode: decodeEndTxnResponse, encode: encodeEndTxnResponse as Codec['encode'] },
  EnvelopeRequest: { meta: EnvelopeRequestMeta, decode: decodeEnvelopeRequest, encode: encodeEnvelopeRequest as Codec['encode'] },
  EnvelopeResponse: { meta: EnvelopeResponseMeta, decode: decodeEnvelopeResponse, encode: encodeEnvelopeResponse as Codec['encode'] },
  ExpireDelegationTokenRequest: { meta: ExpireDelegationTokenRequestMeta, decode: decodeExpireDelegationTokenRequest, encode: encodeExpireDelegationTokenRequest as Codec['encode'] },
  ExpireDelegationTokenResponse: { meta: ExpireDelegationTokenResponseMeta, decode: decodeExpireDelegationTokenResponse, encode: encodeExpireDelegationTokenResponse as Codec['encode'] },
  FetchRequest: { meta: FetchRequestMeta, decode: decodeFetchRequest, encode: encodeFetchRequest as Codec['encode'] },
  FetchResponse: { meta: FetchResponseMeta, decode: decodeFetchResponse, encode: encodeFetchResponse as Codec['encode'] },
  FetchSnapshotRequest: { meta: FetchSnapshotRequestMeta, decode: decodeFetchSnapshotRequest, encode: encodeFetchSnapshotRequest as Codec['encode'] },
  FetchSnapshotResponse: { meta: FetchSnapshotResponseMeta, decode: decodeFetchSnapshotResponse, encode: encodeFetchSnapshotResponse as Codec['encode'] },
  FindCoordinatorRequest: { meta: FindCoordinatorRequestMeta, decode: decodeFindCoordinatorRequest, encode: encodeFindCoordinatorRequest as Codec['encode'] },
  FindCoordinatorResponse: { meta: FindCoordinatorResponseMeta, decode: decodeFindCoordinatorResponse, encode: encodeFindCoordinatorResponse as Codec['encode'] },
  GetTelemetrySubscriptionsRequest: { meta: GetTelemetrySubscriptionsRequestMeta, decode: decodeGetTelemetrySubscriptionsRequest, encode: encodeGetTelemetrySubscriptionsRequest as Codec['encode'] },
  GetTelemetrySubscriptionsResponse: { meta: GetTelemetrySubscriptionsResponseMeta, decode: decodeGetTelemetrySubscriptionsResponse, encode: encodeGetTelemetrySubscriptionsResponse as Codec['encode'] },
  HeartbeatRequest: { meta: HeartbeatRequestMeta, decode: decodeHeartbeatRequest, encode: encodeHeartbeatRequest as Codec['encode'] },
  HeartbeatResponse: { meta: HeartbeatResponseMeta, decode: decodeHeartbeatResponse, encode: encodeHeartbeatResponse as Codec['encode'] },
  IncrementalAlterConfigsRequest: { meta: IncrementalAlterConfigsRequestMeta, decode: decodeIncrementalAlterConfigsRequest, encode: encodeIncrementalAlterConfigsRequest as Codec['encode'] },
  IncrementalAlterConfigsResponse: { meta: IncrementalAlterConfigsResponseMeta, decode: decodeIncrementalAlterConfigsResponse, encode: encodeIncrementalAlterConfigsResponse as Codec['encode'] },
  InitProducerIdRequest: { meta: InitProducerIdRequestMeta, decode: decodeInitProducerIdRequest, encode: encodeInitProducerIdRequest as Codec['encode'] },
  InitProducerIdResponse: { meta: InitProducerIdResponseMeta, decode: decodeInitProducerIdResponse, encode: encodeInitProducerIdResponse as Codec['encode'] },
  InitializeShareGroupStateRequest: { meta: InitializeShareGroupStateRequestMeta, decode: decodeInitializeShareGroupStateRequest, encode: encodeInitializeShareGroupStateRequest as Codec['encode'] },
  InitializeShareGroupStateResponse: { meta: InitializeShareGroupStateResponseMeta, decode: decodeInitializeShareGroupStateResponse, encode: encodeInitializeShareGroupStateResponse as Codec['encode'] },
  JoinGroupRequest: { meta: JoinGroupRequestMeta, decode: decodeJoinGroupRequest, encode: encodeJoinGroupRequest as Codec['encode'] },
  JoinGroupResponse: { meta: JoinGroupResponseMeta, decode: decodeJoinGroupResponse, encode: encodeJoinGroupResponse as Codec['encode'] },
  KRaftVersionRecord: { meta: KRaftVersionRecordMeta, decode: decodeKRaftVersionRecord, encode: encodeKRaftVersionRecord as Codec['encode'] },
  LeaderAndIsrRequest: { meta: LeaderAndIsrRequestMeta, decode: decodeLeaderAndIsrRequest, encode: encodeLeaderAndIsrRequest as Codec['encode'] },
  LeaderAndIsrResponse: { meta: LeaderAndIsrResponseMeta, decode: decodeLeaderAndIsrResponse, encode: encodeLeaderAndIsrResponse as Codec['encode'] },
  LeaderChangeMessage: { meta: LeaderChangeMessageMeta, decode: decodeLeaderChangeMessage, encode: encodeLeaderChangeMessage as Codec['encode'] },
  LeaveGroupRequest: { meta: LeaveGroupRequestMeta, decode: decodeLeaveGroupRequest, encode: encodeLeaveGroupRequest as Codec['encode'] },
  LeaveGroupResponse: { meta: LeaveGroupResponseMeta, decode: decodeLeaveGroupResponse, encode: encodeLeaveGroupResponse as Codec['encode'] },
  ListClientMetricsResourcesRequest: { meta: ListClientMetricsResourcesRequestMeta, decode: decodeListClientMetricsResourcesRequest, encode: encodeListClientMetricsResourcesRequest as Codec['encode'] },
  ListClientMetricsResourcesResponse: { meta: ListClientMetricsResourcesResponseMeta, decode: decodeListClientMetricsResourcesResponse, encode: encodeListClientMetricsResourcesResponse as Codec['encode'] },
  ListGroupsRequest: { meta: ListGroupsRequestMeta, decode: decodeListGroupsRequest, encode: encodeListGroupsRequest as Codec['encode'] },
  ListGroupsResponse: { meta: ListGroupsResponseMeta, decode: decodeListGroupsResponse, encode: encodeListGroupsResponse as Codec['encode'] },
  ListOffsetsRequest: { meta: ListOffsetsRequestMeta, decode: decodeListOffsetsRequest, encode: encodeListOffsetsRequest as Codec['encode'] },
  ListOffsetsResponse: { meta: ListOffsetsResponseMeta, decode: decodeListOffsetsResponse, encode: encodeListOffsetsResponse as Codec['encode'] },
  ListPartitionReassignmentsRequest: { meta: ListPartitionReassignmentsRequestMeta, decode: decodeListPartitionReassignmentsRequest, encode: encodeListPartitionReassignmentsRequest as Codec['encode'] },
  ListPartitionReassignmentsResponse: { meta: ListPartitionReassignmentsResponseMeta, decode: decodeListPartitionReassignmentsResponse, encode: encodeListPartitionReassignmentsResponse as Codec['encode'] },
  ListTransactionsRequest: { meta: ListTransactionsRequestMeta, decode: decodeListTransactionsRequest, encode: encodeListTransactionsRequest as Codec['encode'] },
  ListTransactionsResponse: { meta: ListTransactionsResponseMeta, decode: decodeListTransactionsResponse, encode: encodeListTransactionsResponse as Codec['encode'] },
  MetadataRequest: { meta: MetadataRequestMeta, decode: decodeMetadataRequest, encode: encodeMetadataRequest as Codec['encode'] },
  MetadataResponse: { meta: MetadataResponseMeta, decode: decodeMetadataResponse, encode: encodeMetadataResponse as Codec['encode'] },
  OffsetCommitRequest: { meta: OffsetCommitRequestMeta, decode: decodeOffsetCommitRequest, encode: encodeOffsetCommitRequest as Codec['encode'] },
  OffsetCommitResponse: { meta: OffsetCommitResponseMeta, decode: decodeOffsetCommitResponse, encode: encodeOffsetCommitResponse as Codec['encode'] },
  OffsetDeleteRequest: { meta: OffsetDeleteRequestMeta, decode: decodeOffsetDeleteRequest, encode: encodeOffsetDeleteRequest as Codec['encode'] },
  OffsetDeleteResponse: { meta: OffsetDeleteResponseMeta, decode: decodeOffsetDeleteResponse, encode: encodeOffsetDeleteResponse as Codec['encode'] },
  OffsetFetchRequest: { meta: OffsetFetchRequestMeta, decode: decodeOffsetFetchRequest, encode: encodeOffsetFetchRequest as Codec['encode'] },
  OffsetFetchResponse: { meta: OffsetFetchResponseMeta, decode: decodeOffsetFetchResponse, encode: encodeOffsetFetchResponse as Codec['encode'] },
  OffsetForLeaderEpochRequest: { meta: OffsetForLeaderEpochRequestMeta, decode: decodeOffsetForLeaderEpochRequest, encode: encodeOffsetForLeaderEpochRequest as Codec['encode'] },
  OffsetForLeaderEpochResponse: { meta: OffsetForLeaderEpochResponseMeta, decode: decodeOffsetForLeaderEpochResponse, encode: encodeOffsetForLeaderEpochResponse as Codec['encode'] },
  ProduceRequest: { meta: ProduceRequestMeta, decode: decodeProduceRequest, encode: encodeProduceRequest as Codec['encode'] },
  ProduceResponse: { meta: ProduceResponseMeta, decode: decodeProduceResponse, encode: encodeProduceResponse as Codec['encode'] },
  PushTelemetryRequest: { meta: PushTelemetryRequestMeta, decode: decodePushTelemetryRequest, encode: encodePushTelemetryRequest as Codec['encode'] },
  PushTelemetryResponse: { meta: PushTelemetryResponseMeta, decode: decodePushTelemetryResponse, encode: encodePushTelemetryResponse as Codec['encode'] },
  ReadShareGroupStateRequest: { meta: ReadShareGroupStateRequestMeta, decode: decodeReadShareGroupStateRequest, encode: encodeReadShareGroupStateRequest as Codec['encode'] },
  ReadShareGroupStateResponse: { meta: ReadShareGroupStateResponseMeta, decode: decodeReadShareGroupStateResponse, encode: encodeReadShareGroupStateResponse as Codec['encode'] },
  ReadShareGroupStateSummaryRequest: { meta: ReadShareGroupStateSummaryRequestMeta, decode: decodeReadShareGroupStateSummaryRequest, encode: encodeReadShareGroupStateSummaryRequest as Codec['encode'] },
  ReadShareGroupStateSummaryResponse: { meta: ReadShareGroupStateSummaryResponseMeta, decode: decodeReadShareGroupStateSummaryResponse, encode: encodeReadShareGroupStateSummaryResponse as Codec['encode'] },
  RemoveRaftVoterRequest: { meta: RemoveRaftVoterRequestMeta, decode: decodeRemoveRaftVoterRequest, encode: encodeRemoveRaftVoterRequest as Codec['encode'] },
  RemoveRaftVoterResponse: { meta: RemoveRaftVoterResponseMeta, decode: decodeRemoveRaftVoterResponse, encode: encodeRemoveRaftVoterResponse as Codec['encode'] },
  RenewDelegationTokenRequest: { meta: RenewDelegationTokenRequestMeta, decode: decodeRenewDelegationTokenRequest, encode: encodeRenewDelegationTokenRequest as Codec['encode'] },
  RenewDelegationTokenResponse: { meta: RenewDelegationTokenResponseMeta, decode: decodeRenewDelegationTokenResponse, encode: encodeRenewDelegationTokenResponse as Codec['encode'] },
  RequestHeader: { meta: RequestHeaderMeta, decode: decodeRequestHeader, encode: encodeRequestHeader as Codec['encode'] },
  ResponseHeader: { meta: ResponseHeaderMeta, decode: decodeResponseHeader, encode: encodeResponseHeader as Codec['encode'] },
  SaslAuthenticateRequest: { meta: SaslAuthenticateRequestMeta, decode: decodeSaslAuthenticateRequest, encode: encodeSaslAuthenticateRequest as Codec['encode'] },
  SaslAuthenticateResponse: { meta: SaslAuthenticateResponseMeta, decode: decodeSaslAuthenticateResponse, encode: encodeSaslAuthenticateResponse as Codec['encode'] },
  SaslHandshakeRequest: { meta: SaslHandshakeRequestMeta, decode: decodeSaslHandshakeRequest, encode: encodeSaslHandshakeRequest as Codec['encode'] },
  SaslHandshakeResponse: { meta: SaslHandshakeResponseMeta, decode: decodeSaslHandshakeResponse, encode: encodeSaslHandshakeResponse as Codec['encode'] },
  ShareAcknowledgeRequest: { meta: ShareAcknowledgeRequestMeta, decode: decodeShareAcknowledgeRequest, encode: encodeShareAcknowledgeRequest as Codec['encode'] },
  ShareAcknowledgeResponse: { meta: ShareAcknowledgeResponseMeta, decode: decodeShareAcknowledgeResponse, encode: encodeShareAcknowledgeResponse as Codec['encode'] },
  ShareFetchRequest: { meta: ShareFetchRequestMeta, decode: decodeShareFetchRequest, encode: encodeShareFetchRequest as Codec['encode'] },
  ShareFetchResponse: { meta: ShareFetchResponseMeta, decode: decodeShareFetchResponse, encode: encodeShareFetchResponse as Codec['encode'] },
  ShareGroupDescribeRequest: { meta: ShareGroupDescribeRequestMeta, decode: decodeShareGroupDescribeRequest, encode: encodeShareGroupDescribeRequest as Codec['encode'] },
  ShareGroupDescribeResponse: { meta: ShareGroupDescribeResponseMeta, decode: decodeShareGroupDescribeResponse, encode: encodeShareGroupDescribeResponse as Codec['encode'] },
  ShareGroupHeartbeatRequest: { meta: ShareGroupHeartbeatRequestMeta, decode: decodeShareGroupHeartbeatRequest, encode: encodeShareGroupHeartbeatRequest as Codec['encode'] },
  ShareGroupHeartbeatResponse: { meta: ShareGroupHeartbeatResponseMeta, decode: decodeShareGroupHeartbeatResponse, encode: encodeShareGroupHeartbeatResponse as Codec['encode'] },
  SnapshotFooterRecord: { meta: SnapshotFooterRecordMeta, decode: decodeSnapshotFooterRecord, encode: encodeSnapshotFooterRecord as Codec['encode'] },
  SnapshotHeaderRecord: { meta: SnapshotHeaderRecordMeta, decode: decodeSnapshotHeaderRecord, encode: encodeSnapshotHeaderRecord as Codec['encode'] },
  StopReplicaRequest: { meta: StopReplicaRequestMeta, decode: decodeStopReplicaRequest, encode: encodeStopReplicaRequest as Codec['encode'] },
  StopReplicaResponse: { meta: StopReplicaResponseMeta, decode: decodeStopReplicaResponse, encode: encodeStopReplicaResponse as Codec['encode'] },
  SyncGroupRequest: { meta: SyncGroupRequestMeta, decode: decodeSyncGroupRequest, encode: encodeSyncGroupRequest as Codec['encode'] },
  SyncGroupResponse: { meta: SyncGroupResponseMeta, decode: decodeSyncGroupResponse, encode: encodeSyncGroupResponse as Codec['encode'] },
  TxnOffsetCommitRequest: { meta: TxnOffsetCommitRequestMeta, decode: decodeTxnOffsetCommitRequest, encode: encodeTxnOffsetCommitRequest as Codec['encode'] },
  TxnOffsetCommitResponse: { meta: TxnOffsetCommitResponseMeta, decode: decodeTxnOffsetCommitResponse, encode: encodeTxnOffsetCommitResponse as Codec['encode'] },
  UnregisterBrokerRequest: { meta: UnregisterBrokerRequestMeta, decode: decodeUnregisterBrokerRequest, encode: encodeUnregisterBrokerRequest as Codec['encode'] },
  UnregisterBrokerResponse: { meta: UnregisterBrokerResponseMeta, decode: decodeUnregisterBrokerResponse, encode: encodeUnregisterBrokerResponse as Codec['encode'] },
  UpdateFeaturesRequest: { meta: UpdateFeaturesRequestMeta, decode: decodeUpdateFeaturesRequest, encode: encodeUpdateFeaturesRequest as Codec['encode'] },
  UpdateFeaturesResponse: { meta: UpdateFeaturesResponseMeta, decode: decodeUpdateFeaturesResponse, encode: encodeUpdateFeaturesResponse as Codec['encode'] },
  UpdateMetadataRequest: { meta: UpdateMetadataRequestMeta, decode: decodeUpdateMetadataRequest, encode: encodeUpdateMetadataRequest as Codec['encode'] },
  UpdateMetadataResponse: { meta: UpdateMetadataResponseMeta, decode: decodeUpdateMetadataResponse, encode: encodeUpdateMetadataResponse as Codec['encode'] },
  UpdateRaftVoterRequest: { meta: UpdateRaftVoterRequestMeta, decode: decodeUpdateRaftVoterRequest, encode: encodeUpdateRaftVoterRequest as Codec['encode'] },
  UpdateRaftVoterResponse: { meta: UpdateRaftVoterResponseMeta, decode: decodeUpdateRaftVoterResponse, encode: encodeUpdateRaftVoterResponse as Codec['encode'] },
  VoteRequest: { meta: VoteRequestMeta, decode: decodeVoteRequest, encode: encodeVoteRequest as Codec['encode'] },
  VoteResponse: { meta: VoteResponseMeta, decode: decodeVoteResponse, encode: encodeVoteResponse as Codec['encode'] },
  VotersRecord: { meta: VotersRecordMeta, decode: decodeVotersRecord, encode: encodeVotersRecord as Codec['encode'] },
  WriteShareGroupStateRequest: { meta: WriteShareGroupStateRequestMeta, decode: decodeWriteShareGroupStateRequest, encode: encodeWriteShareGroupStateRequest as Codec['encode'] },
  WriteShareGroupStateResponse: { meta: WriteShareGroupStateResponseMeta, decode: decodeWriteShareGroupStateResponse, encode: encodeWriteShareGroupStateResponse as Codec['encode'] },
  WriteTxnMarkersRequest: { meta: WriteTxnMarkersRequestMeta, decode: decodeWriteTxnMarkersRequest, encode: encodeWriteTxnMarkersRequest as Codec['encode'] },
  WriteTxnMarkersResponse: { meta: WriteTxnMarkersResponseMeta, decode: decodeWriteTxnMarkersResponse, encode: encodeWriteTxnMarkersResponse as Codec['encode'] },
};
