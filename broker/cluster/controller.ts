/**
 * Controller: what request handlers and the broker call to change topic
 * metadata. Two engines implement it: LocalController (one broker, LevelDB:
 * the broker is its own controller) and ZkTopicAdmin (a ZooKeeper cluster:
 * any broker writes the change to ZooKeeper, and the elected controller,
 * ZkControllerRole, carries it out). Both validate requests the way Kafka
 * does and answer with Kafka's error codes.
 */
import type { LogConfig } from '../log/log-config.js';
import type { TopicRecord } from './metadata-store.js';
import type { PartitionAdmin } from './partition-admin.js';

/** Topic administration, whichever engine runs it (and partition elections and reassignments, partition-admin.ts). */
export interface Controller extends PartitionAdmin {
  readonly settings: ControllerSettings;
  /** The typed log config of a topic with these overrides (throws on a bad one). */
  logConfig(overrides: Record<string, string>): LogConfig;
  /** CreateTopics for one topic. */
  createTopic(spec: CreateTopicSpec, validateOnly: boolean): Promise<AdminResult>;
  /** DeleteTopics for one topic. */
  deleteTopic(name: string): Promise<AdminResult>;
  /** CreatePartitions for one topic: grow it to `count` partitions. */
  createPartitions(name: string, count: number, assignments: number[][] | null, validateOnly: boolean): Promise<AdminResult>;
  /** Replaces a topic's config overrides. */
  setTopicConfigs(name: string, configs: Record<string, string>, validateOnly: boolean): Promise<AdminResult>;
}

/** What CreateTopics asks for one topic. */
export interface CreateTopicSpec {
  name: string;
  /** -1 for the broker default. */
  numPartitions: number;
  /** -1 for the broker default. */
  replicationFactor: number;
  /** Manual assignment (partition → brokers); empty for automatic. */
  assignments: { partitionIndex: number; brokerIds: number[] }[];
  configs: Record<string, string>;
  internal?: boolean;
}

/** Outcome of one admin operation. */
export interface AdminResult {
  errorCode: number;
  errorMessage: string | null;
  topic?: TopicRecord;
}

/** Broker settings the controller needs. */
export interface ControllerSettings {
  defaultPartitions: number;
  defaultReplicationFactor: number;
  deleteTopicEnable: boolean;
  /** Effective topic defaults (topic-config names), from the broker config. */
  topicDefaults: Record<string, string>;
}
