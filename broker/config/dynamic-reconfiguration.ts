/**
 * What a change of the broker config in force (dynamic broker configs) does
 * at once, composed by Broker.start: new topic defaults reach every hosted
 * log — each with its topic's overrides over them, so a changed
 * log.retention.ms applies to every topic that does not set retention.ms —
 * and the log cleaner takes its new settings (log.cleaner.threads,
 * log.cleaner.backoff.ms), and the replication throttles their rates
 * (leader/follower.replication.throttled.rate, and
 * replica.alter.log.dirs.io.max.bytes.per.second for moves between log
 * dirs). Connection limits are read
 * when a connection comes in, so they need nothing here.
 */
import type { BrokerConfig } from '../../config/broker-config.js';
import { topicDefaultsFromBroker } from '../../config/topic-config.js';
import type { MetadataCache } from '../cluster/metadata-cache.js';
import type { Controller } from '../cluster/controller.js';
import type { ReplicaManager } from '../replica/replica-manager.js';
import type { LogCleaner } from '../log/log-cleaner.js';
import type { Logger } from '../logger.js';

/** The parts a change reaches. */
export interface ReconfigurableParts {
  metadata: MetadataCache;
  controller: Controller;
  replicas: ReplicaManager;
  /** The cleaner once it exists (it starts after the broker joined its cluster). */
  cleaner: () => LogCleaner | null;
  logger: Logger;
}

/** Applies the change from `prev` to `next` (see the header). */
export function applyDynamicChange(next: BrokerConfig, prev: BrokerConfig, parts: ReconfigurableParts): void {
  const before = topicDefaultsFromBroker(prev);
  const after = topicDefaultsFromBroker(next);
  if (Object.keys(after).some((k) => after[k] !== before[k])) {
    for (const t of parts.metadata.topics()) {
      try {
        parts.replicas.updateTopicConfig(t.name, parts.controller.logConfig(t.configs));
      } catch (err) {
        parts.logger.warn(`topic ${t.name}: new topic defaults not applied: ${(err as Error).message}`);
      }
    }
  }
  parts.cleaner()?.reconfigure({ backoffMs: next.logCleanerBackoffMs, threads: next.logCleanerThreads });
  applyReplicationThrottles(next, parts.replicas);
}

/** Sets the replica manager's replication quotas from a broker config (at start and on every change). */
export function applyReplicationThrottles(config: BrokerConfig, replicas: ReplicaManager): void {
  replicas.quotas.setBounds(config.leaderReplicationThrottledRate, config.followerReplicationThrottledRate);
  replicas.logDirMover.quota.setBound(config.replicaAlterLogDirsIoMaxBytesPerSecond);
}
