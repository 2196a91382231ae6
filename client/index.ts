/**
 * The lean Kafka client: connections with version negotiation, metadata,
 * offsets, exact-range fetches (one partition, or a batch of ranges with one
 * Fetch per leader), group-less partition reading, produce (one batch per call, or Java-style
 * one record per send() with batching), and
 * consumer-group membership, all on the generated protocol codecs.
 */
export { Connection, type ConnectionOptions, type RequestOptions } from './connection.js';
export { KafkaClientError, ConnectionError } from './errors.js';
export {
  KafkaClient,
  tpKey,
  sleep,
  type KafkaClientOptions,
  type TopicPartition,
  type BrokerNode,
  type TopicInfo,
  type OffsetSpec,
} from './kafka-client.js';
export { fetchRange, fetchOnce, sendFetch, type FetchRange, type FetchRangeOptions, type FetchRequestOptions } from './fetch-range.js';
export { fetchRanges, type FetchRangesOptions } from './fetch-ranges.js';
export { scanRecordBatches, nextOffsetAfter, parseHeaders, type RecordVisitor, type ScanResult } from './record-scanner.js';
export { PartitionReader, type PartitionReaderOptions, type StartPosition, type ConsumedRecord } from './partition-reader.js';
export { produce, send, murmur2, partitionForKey, type ProduceOptions } from './produce.js';
export { BatchingProducer, type BatchingProducerOptions, type SendCallback } from './batching-producer.js';
export { GroupApi, type OffsetAndMetadata, type MemberIdentity, type JoinGroupParams } from './group-api.js';
export { GroupMember, type GroupMemberOptions } from './group-member.js';
export { rangeAssignor, roundRobinAssignor, ASSIGNORS, type Assignor } from './assignors.js';
export { clientSecurityFromProperties, clientTlsOptions, PLAINTEXT_SECURITY, type ClientSecurity } from './security/client-security.js';
export { SecurityConfigError } from '../config/security/ssl-settings.js';
export { IdempotentSession, type ProducerSession, type ProducerIdAndEpoch } from './producer-session.js';
export { TransactionManager, type TransactionState, type TransactionManagerOptions, type GroupMetadata } from './transaction-manager.js';
export { TransactionalProducer, type TransactionalProducerOptions } from './transactional-producer.js';
export { findCoordinator, CoordinatorKeyType } from './find-coordinator.js';
