/**
 * MetadataStore: where a cluster's durable metadata lives (topics with their
 * ids, partition assignments and states, topic config overrides, the cluster
 * id). Two engines implement it: LocalMetadataStore (LevelDB under the log
 * dir; one broker, the default) and, with zookeeper.connect, a ZooKeeper
 * engine following Kafka's znode layout.
 *
 * Values are plain JSON-able records so that both engines store the same
 * shapes. Callers serialize writes per topic; engines need not be safe for
 * concurrent writers of the same topic.
 */

/** The durable state of one partition. */
export interface PartitionRecord {
  partition: number;
  /** Assigned replicas, preferred leader first (during a reassignment: target and original ones). */
  replicas: number[];
  /** Current leader broker id, or -1 when none. */
  leader: number;
  leaderEpoch: number;
  /** In-sync replicas. */
  isr: number[];
  /** During a reassignment (KIP-455): the replicas being added (absent or empty otherwise). */
  addingReplicas?: number[];
  /** During a reassignment: the replicas being removed (absent or empty otherwise). */
  removingReplicas?: number[];
}

/** The durable state of one topic. */
export interface TopicRecord {
  name: string;
  /** Canonical UUID string. */
  topicId: string;
  internal: boolean;
  partitions: PartitionRecord[];
  /** Topic-level config overrides (Kafka names); defaults are not stored. */
  configs: Record<string, string>;
}

/** A store of cluster metadata. */
export interface MetadataStore {
  /** Opens the store; resolves the cluster id (created on first start). */
  open(proposedClusterId: string | null): Promise<string>;
  /** Every topic. */
  loadTopics(): Promise<TopicRecord[]>;
  /** Creates or replaces a topic. */
  putTopic(topic: TopicRecord): Promise<void>;
  /** Removes a topic. */
  deleteTopic(name: string): Promise<void>;
  close(): Promise<void>;
}
