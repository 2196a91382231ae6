/**
 * What the active controller's helpers (reassignments, leader elections)
 * may use of the controller role (zk-controller-role.ts): its view of the
 * cluster and its fenced read-decide-write of a partition state. Everything
 * they do runs on the role's event chain, one event at a time.
 */
import type { Logger } from '../../logger.js';
import type { PartitionStateZnode, TopicAssignment, ZkMetadataStore } from './zk-metadata-store.js';

/** A partition state a decision writes (the controller epoch is the role's). */
export interface StateChange {
  leader: number;
  leaderEpoch: number;
  isr: number[];
}

/** The controller role as its helpers see it. */
export interface ControllerContext {
  readonly store: ZkMetadataStore;
  readonly logger: Logger;
  /** Every topic's assignment as last read (helpers replace entries they rewrite). */
  readonly topics: Map<string, TopicAssignment>;
  /** Whether a broker may lead or stay in an ISR (live, not stopping, not restarted since). */
  usable(id: number): boolean;
  /** The registered brokers. */
  liveBrokers(): ReadonlySet<number>;
  /** Whether the state's leader can serve (usable, and the state is newer than its registration). */
  leaderOk(s: PartitionStateZnode): boolean;
  /** Whether unclean election is allowed for a topic (its config, else the broker's). */
  uncleanAllowed(topic: string): Promise<boolean>;
  /**
   * Read-decide-write of one partition state with the controller's fence,
   * retried on version conflicts; resolves whether a new state was written
   * (false when `decide` returned null, the partition is gone or the role
   * was fenced).
   */
  update(topic: string, partition: number, decide: (s: PartitionStateZnode) => Promise<StateChange | null>): Promise<boolean>;
}
