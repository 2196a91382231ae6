/**
 * Every broker config key Tributary accepts: Kafka's name, type, default,
 * valid values and a one-line doc. Defaults are Apache Kafka 4.0's except
 * where a comment says why not. Keys marked `ignored` exist so that Kafka's
 * own `server.properties` files load unchanged; they have no effect here
 * (Node runs one event loop, so thread-pool sizes do not apply).
 *
 * Keys marked `dynamic` may change while the broker runs (Kafka's "Dynamic
 * Update Mode", from its "Updating Broker Configs" docs): 'cluster-wide' ones
 * per broker or as the cluster default, 'per-broker' ones only per broker;
 * every other key is read-only (config/dynamic-broker-config.ts).
 *
 * The typed object of {@link BrokerConfigValues} is derived mechanically from
 * this table (`log.retention.ms` → `logRetentionMs`).
 */
import { LONG_MAX, atLeast, between, defineKey as k, listOf, nonEmpty, oneOf } from './config-def.js';
import type { ConfigKey, Validator, ValuesOf } from './config-def.js';
import { SECURITY_CONFIG_KEYS } from './security-config-schema.js';

const COMPRESSION = ['uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer'];

/**
 * The values `authorizer.class.name` accepts: Kafka's ACL authorizers (ZooKeeper
 * mode's and its old name, and KRaft's), all served by Tributary's ACL
 * authorizer (broker/security/authorizer.ts).
 */
export const AUTHORIZER_CLASS_NAMES = [
  'kafka.security.authorizer.AclAuthorizer',
  'kafka.security.auth.SimpleAclAuthorizer',
  'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
] as const;

const authorizerClass: Validator = {
  describe: `empty, or one of ${AUTHORIZER_CLASS_NAMES.join(', ')}`,
  check: (v) =>
    typeof v === 'string' && v !== '' && !(AUTHORIZER_CLASS_NAMES as readonly string[]).includes(v)
      ? `Tributary has no authorizer class '${v}': use kafka.security.authorizer.AclAuthorizer (${AUTHORIZER_CLASS_NAMES.slice(1).join(' and ')} are accepted as the same), or leave it empty for no authorization`
      : null,
};

const principalList: Validator = {
  describe: 'Type:name;Type:name;...',
  check: (v) => {
    if (typeof v !== 'string') return null;
    const bad = v
      .split(';')
      .map((x) => x.trim())
      .filter((x) => x !== '')
      .find((x) => !/^[^:]+:.+$/.test(x));
    return bad === undefined ? null : `'${bad}' is not a principal of the form Type:name (e.g. User:admin); separate principals with ';'`;
  },
};

/**
 * Kafka's message format / metadata versions as `log.message.format.version`
 * and `message.format.version` take them: `0.8.0` to `3.9`, optionally with
 * a patch number or an `-IV<n>` suffix (`0.10.0-IV1`, `3.0-IV1`).
 */
const messageFormatVersion: Validator = {
  describe: '[0.8.0, 0.8.1, 0.8.2, 0.9.0, 0.10.0-IV0, ..., 3.0-IV1, ..., 3.9]',
  check: (v) => {
    if (typeof v !== 'string') return null;
    const m = /^(\d+)\.(\d+)(\.\d+)?(-IV\d+)?$/.exec(v);
    const known =
      m !== null &&
      ((m[1] === '0' && Number(m[2]) >= 8 && Number(m[2]) <= 11) ||
        (m[1] === '1' && Number(m[2]) <= 1) ||
        (m[1] === '2' && Number(m[2]) <= 8) ||
        (m[1] === '3' && Number(m[2]) <= 9));
    return known ? null : `'${v}' is not a Kafka version such as 0.10.2 or 3.0-IV1`;
  },
};

/** The broker schema, in documentation order. */
export const BROKER_CONFIG_KEYS = [
  // --- Server basics
  k(
    'broker.id',
    'int',
    0,
    'The id of this broker; unique in a cluster. Kafka defaults to -1 (auto-generated); Tributary defaults to 0 and does not generate ids.',
    { validator: atLeast(0) },
  ),
  k('node.id', 'int', null, 'Alias of broker.id (the KRaft name); when both are set they must be equal.', { validator: atLeast(0) }),
  k('cluster.id', 'string', null, 'Tributary: the cluster id to use on first start; generated and stored with the metadata when unset.', {
    validator: nonEmpty,
  }),
  k('broker.rack', 'string', null, 'Rack of this broker, reported in Metadata and used for rack-aware replica assignment.'),
  k(
    'replica.selector.class',
    'string',
    null,
    'How a leader picks the replica a consumer reads from (KIP-392): unset or LeaderSelector, the leader; RackAwareReplicaSelector, a replica in the client.rack of the consumer.',
    {
      validator: {
        describe: 'org.apache.kafka.common.replica.LeaderSelector or org.apache.kafka.common.replica.RackAwareReplicaSelector',
        check: (v) =>
          v === null ||
          v === '' ||
          v === 'org.apache.kafka.common.replica.LeaderSelector' ||
          v === 'org.apache.kafka.common.replica.RackAwareReplicaSelector'
            ? null
            : "Tributary has Kafka's LeaderSelector and RackAwareReplicaSelector only",
      },
    },
  ),
  k(
    'listeners',
    'list',
    'PLAINTEXT://:9092',
    'Comma-separated listeners NAME://host:port; an empty host binds all interfaces, port 0 picks a free port.',
  ),
  k('advertised.listeners', 'list', null, 'Listeners given to clients in Metadata when they differ from listeners; defaults to listeners.'),
  k(
    'listener.security.protocol.map',
    'string',
    'PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL',
    'Listener name to security protocol (NAME:PROTOCOL,...); protocols PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL.',
  ),
  k(
    'inter.broker.listener.name',
    'string',
    null,
    'Listener brokers use to reach each other; defaults to the listener named after security.inter.broker.protocol.',
  ),
  k(
    'security.inter.broker.protocol',
    'string',
    'PLAINTEXT',
    'Security protocol between brokers, when inter.broker.listener.name is not set (names the listener).',
    { validator: oneOf('PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL') },
  ),
  k(
    'http.listener',
    'string',
    'http://127.0.0.1:9644',
    'Tributary: where the HTTP API, /metrics and the web console listen (http://host:port); `none` turns it off.',
  ),
  k(
    'http.auth.token',
    'password',
    null,
    'Tributary: a bearer token the HTTP API, /metrics and the console require (Authorization: Bearer <token>, or as the password of basic auth with any user name). Required, with or instead of http.auth.basic.users, when http.listener binds beyond loopback.',
    { validator: nonEmpty },
  ),
  k(
    'http.auth.basic.users',
    'password',
    null,
    'Tributary: user:password pairs (comma-separated) the HTTP API, /metrics and the console accept with basic auth. Required, with or instead of http.auth.token, when http.listener binds beyond loopback.',
    { validator: nonEmpty },
  ),
  k(
    'auto.create.topics.enable',
    'boolean',
    true,
    'Create a topic with default settings when a client asks for metadata or produces to a topic that does not exist.',
  ),
  k('delete.topic.enable', 'boolean', true, 'Allow DeleteTopics; when false deletion fails with TOPIC_DELETION_DISABLED.'),
  k('num.partitions', 'int', 1, 'Default number of partitions of an auto-created or created-without-count topic.', {
    validator: atLeast(1),
  }),
  k('default.replication.factor', 'int', 1, 'Default replication factor of auto-created topics.', { validator: atLeast(1) }),
  k('request.timeout.ms', 'int', 30000, 'Upper bound on how long the broker waits on its own internal requests.', {
    validator: atLeast(0),
  }),
  k('num.network.threads', 'int', 3, 'Accepted for compatibility; ignored (one event loop does the network I/O).', {
    dynamic: 'cluster-wide',
    validator: atLeast(1),
    ignored: true,
  }),
  k('num.io.threads', 'int', 8, 'Accepted for compatibility; ignored (requests are handled on the event loop).', {
    dynamic: 'cluster-wide',
    validator: atLeast(1),
    ignored: true,
  }),
  k('background.threads', 'int', 10, 'Accepted for compatibility; ignored.', {
    dynamic: 'cluster-wide',
    validator: atLeast(1),
    ignored: true,
  }),
  k('queued.max.requests', 'int', 500, 'Accepted for compatibility; ignored.', { validator: atLeast(1), ignored: true }),
  k('num.recovery.threads.per.data.dir', 'int', 2, 'Accepted for compatibility; ignored (recovery runs on the event loop).', {
    dynamic: 'cluster-wide',
    validator: atLeast(1),
    ignored: true,
  }),
  k('inter.broker.protocol.version', 'string', null, 'Accepted for compatibility; ignored (one protocol version across the cluster).', {
    ignored: true,
  }),
  // --- Socket server
  k('socket.send.buffer.bytes', 'int', 102400, 'SO_SNDBUF of client sockets; -1 keeps the OS default.', { validator: atLeast(-1) }),
  k('socket.receive.buffer.bytes', 'int', 102400, 'SO_RCVBUF of client sockets; -1 keeps the OS default.', { validator: atLeast(-1) }),
  k('socket.request.max.bytes', 'int', 104857600, 'Largest request frame accepted; a larger frame closes the connection.', {
    validator: atLeast(1),
  }),
  k('socket.listen.backlog.size', 'int', 50, 'Backlog of pending connections on each listener.', { validator: atLeast(1) }),
  k('connections.max.idle.ms', 'long', 600000, 'Close client connections idle for longer than this.'),
  k('max.connections', 'int', 2147483647, 'Largest number of client connections at once.', {
    dynamic: 'cluster-wide',
    validator: atLeast(0),
  }),
  k('max.connections.per.ip', 'int', 2147483647, 'Largest number of client connections from one IP address.', {
    dynamic: 'cluster-wide',
    validator: atLeast(0),
  }),
  // --- Log basics
  // Kafka defaults log.dir to /tmp/kafka-logs; Tributary keeps data next to where it runs.
  k('log.dirs', 'list', null, 'Directories holding partition logs (comma-separated); defaults to log.dir.'),
  k('log.dir', 'string', './data', 'Directory holding partition logs when log.dirs is not set.', { validator: nonEmpty }),
  // Kafka 4.0 raised the minimum to 1 MB (KIP-1030); we keep Kafka 3's 14 bytes so tests can roll tiny segments.
  k('log.segment.bytes', 'int', 1073741824, 'Largest size of one segment file before a new one is rolled.', {
    dynamic: 'cluster-wide',
    validator: atLeast(14),
  }),
  k('log.roll.ms', 'long', null, 'Roll a new segment after this long even if not full; overrides log.roll.hours.', {
    dynamic: 'cluster-wide',
    validator: atLeast(1),
  }),
  k('log.roll.hours', 'int', 168, 'Roll a new segment after this many hours even if not full.', { validator: atLeast(1) }),
  k('log.roll.jitter.ms', 'long', null, 'Random jitter subtracted from the roll time; overrides log.roll.jitter.hours.', {
    dynamic: 'cluster-wide',
    validator: atLeast(0),
  }),
  k('log.roll.jitter.hours', 'int', 0, 'Random jitter subtracted from the roll time, in hours.', { validator: atLeast(0) }),
  k('log.retention.ms', 'long', null, 'Delete segments older than this; -1 keeps them forever. Overrides minutes and hours.', {
    dynamic: 'cluster-wide',
    validator: atLeast(-1),
  }),
  k('log.retention.minutes', 'int', null, 'Delete segments older than this many minutes; overrides log.retention.hours.'),
  k('log.retention.hours', 'int', 168, 'Delete segments older than this many hours.'),
  k('log.retention.bytes', 'long', -1, 'Delete old segments while a partition is larger than this; -1 means no size limit.', {
    dynamic: 'cluster-wide',
  }),
  k('log.retention.check.interval.ms', 'long', 300000, 'How often retention is checked.', { validator: atLeast(1) }),
  k('log.segment.delete.delay.ms', 'long', 60000, 'How long a deleted segment stays on disk (renamed .deleted) before removal.', {
    dynamic: 'cluster-wide',
    validator: atLeast(0),
  }),
  k('log.index.interval.bytes', 'int', 4096, 'Bytes of log between two entries of the sparse offset index.', {
    dynamic: 'cluster-wide',
    validator: atLeast(0),
  }),
  k('log.index.size.max.bytes', 'int', 10485760, 'Largest size of an offset or time index file; a full index rolls the segment.', {
    dynamic: 'cluster-wide',
    validator: atLeast(4),
  }),
  k('log.cleanup.policy', 'list', 'delete', 'Default cleanup policy of topics: delete (retention), compact, or both.', {
    dynamic: 'cluster-wide',
    validator: listOf('compact', 'delete'),
  }),
  k(
    'log.message.timestamp.type',
    'string',
    'CreateTime',
    "Whether record timestamps are the producer's (CreateTime) or the broker's append time (LogAppendTime).",
    { dynamic: 'cluster-wide', validator: oneOf('CreateTime', 'LogAppendTime') },
  ),
  k(
    'log.message.timestamp.difference.max.ms',
    'long',
    LONG_MAX,
    'Deprecated (Kafka 3.x): the default of log.message.timestamp.before.max.ms when that is unset, and of log.message.timestamp.after.max.ms when that has its default.',
    { dynamic: 'cluster-wide', validator: atLeast(0) },
  ),
  k(
    'log.message.format.version',
    'string',
    '3.0-IV1',
    'Deprecated (Kafka 3.x): the message format of new segments; Kafka 3.x ignores it with inter.broker.protocol.version 3.0 or newer, and so does Tributary (records are stored as v2).',
    { dynamic: 'cluster-wide', validator: messageFormatVersion },
  ),
  k(
    'log.message.downconversion.enable',
    'boolean',
    true,
    'Whether Fetch v0-v3 (message formats v0/v1) is answered by down-converting; false answers it UNSUPPORTED_VERSION.',
    { dynamic: 'cluster-wide' },
  ),
  k('log.message.timestamp.before.max.ms', 'long', LONG_MAX, 'Largest allowed distance of a CreateTime timestamp into the past.', {
    dynamic: 'cluster-wide',
    validator: atLeast(0),
  }),
  k('log.message.timestamp.after.max.ms', 'long', 3600000, 'Largest allowed distance of a CreateTime timestamp into the future.', {
    dynamic: 'cluster-wide',
    validator: atLeast(0),
  }),
  k('log.flush.interval.messages', 'long', LONG_MAX, 'fsync a partition after this many appended messages.', {
    dynamic: 'cluster-wide',
    validator: atLeast(1),
  }),
  k(
    'log.flush.interval.ms',
    'long',
    null,
    'fsync a partition when its oldest unflushed message is this old; defaults to log.flush.scheduler.interval.ms.',
    { dynamic: 'cluster-wide' },
  ),
  k('log.flush.scheduler.interval.ms', 'long', LONG_MAX, 'How often the flusher checks whether a log needs an fsync.'),
  k('log.flush.offset.checkpoint.interval.ms', 'int', 60000, 'How often the recovery-point checkpoint is written.', {
    validator: atLeast(0),
  }),
  k('log.flush.start.offset.checkpoint.interval.ms', 'int', 60000, 'How often the log-start-offset checkpoint is written.', {
    validator: atLeast(0),
  }),
  k('log.preallocate', 'boolean', false, 'Preallocate segment files at creation.', { dynamic: 'cluster-wide' }),
  k('message.max.bytes', 'int', 1048588, 'Largest record batch accepted (after compression); topic-level max.message.bytes.', {
    dynamic: 'cluster-wide',
    validator: atLeast(0),
  }),
  k('compression.type', 'string', 'producer', 'Final compression of topics: producer keeps what the producer sent.', {
    dynamic: 'cluster-wide',
    validator: oneOf(...COMPRESSION),
  }),
  // --- Log cleaner (compaction)
  k('log.cleaner.enable', 'boolean', true, 'Run the log cleaner, which compacts topics with cleanup.policy=compact.'),
  k('log.cleaner.threads', 'int', 1, 'Number of cleaner threads; Tributary runs one cleaner and only checks the value.', {
    dynamic: 'cluster-wide',
    validator: atLeast(0),
  }),
  k('log.cleaner.backoff.ms', 'long', 15000, 'Sleep of the cleaner when there is nothing to clean.', {
    dynamic: 'cluster-wide',
    validator: atLeast(0),
  }),
  k('log.cleaner.dedupe.buffer.size', 'long', 134217728, 'Memory for the key-to-offset map of one cleaning pass.', {
    dynamic: 'cluster-wide',
  }),
  k('log.cleaner.delete.retention.ms', 'long', 86400000, 'How long tombstones are kept in compacted topics.', {
    dynamic: 'cluster-wide',
    validator: atLeast(0),
  }),
  k('log.cleaner.min.compaction.lag.ms', 'long', 0, 'Least age of a record before it may be compacted.', {
    dynamic: 'cluster-wide',
    validator: atLeast(0),
  }),
  k('log.cleaner.max.compaction.lag.ms', 'long', LONG_MAX, 'Greatest time a record stays uncompacted.', {
    dynamic: 'cluster-wide',
    validator: atLeast(1),
  }),
  k('log.cleaner.min.cleanable.ratio', 'double', 0.5, 'Least dirty/total ratio of a log before it is cleaned.', {
    dynamic: 'cluster-wide',
    validator: between(0, 1),
  }),
  // --- Replication
  k('min.insync.replicas', 'int', 1, 'Least ISR size for an acks=all produce to succeed (else NOT_ENOUGH_REPLICAS).', {
    dynamic: 'cluster-wide',
    validator: atLeast(1),
  }),
  k('unclean.leader.election.enable', 'boolean', false, 'Allow a replica outside the ISR to become leader (may lose data).', {
    dynamic: 'cluster-wide',
  }),
  k('replica.lag.time.max.ms', 'long', 30000, 'A follower that has not caught up for this long leaves the ISR.'),
  k('replica.fetch.max.bytes', 'int', 1048576, 'Bytes a follower asks for per partition in one fetch.', { validator: atLeast(0) }),
  k('replica.fetch.min.bytes', 'int', 1, 'Least bytes a follower fetch waits for.'),
  k('replica.fetch.wait.max.ms', 'int', 500, 'Longest wait of a follower fetch.'),
  k('replica.fetch.backoff.ms', 'int', 1000, 'Sleep after a follower fetch error.', { validator: atLeast(0) }),
  k('replica.fetch.response.max.bytes', 'int', 10485760, 'Bytes a follower asks for in one fetch response.', { validator: atLeast(0) }),
  k('replica.socket.timeout.ms', 'int', 30000, 'Socket timeout of follower fetches.'),
  k('replica.socket.receive.buffer.bytes', 'int', 65536, 'SO_RCVBUF of follower connections.'),
  k('replica.high.watermark.checkpoint.interval.ms', 'long', 5000, 'How often high watermarks are checkpointed.', {
    validator: atLeast(1),
  }),
  // Kafka's DynamicConfig.Broker keys: set only at run time there; here also accepted in server.properties.
  k(
    'leader.replication.throttled.rate',
    'long',
    LONG_MAX,
    'Bytes per second this broker serves to followers of the replicas listed in leader.replication.throttled.replicas.',
    { dynamic: 'cluster-wide', validator: atLeast(0) },
  ),
  k(
    'follower.replication.throttled.rate',
    'long',
    LONG_MAX,
    'Bytes per second this broker fetches for the replicas listed in follower.replication.throttled.replicas.',
    { dynamic: 'cluster-wide', validator: atLeast(0) },
  ),
  k(
    'replica.alter.log.dirs.io.max.bytes.per.second',
    'long',
    LONG_MAX,
    'Bytes per second of replica moves between log dirs of this broker.',
    { dynamic: 'cluster-wide', validator: atLeast(0) },
  ),
  k('num.replica.fetchers', 'int', 1, 'Fetcher connections per source broker.', { dynamic: 'cluster-wide', validator: atLeast(1) }),
  k('controlled.shutdown.enable', 'boolean', true, 'Move leadership away before shutting down.'),
  k('controlled.shutdown.max.retries', 'int', 3, 'Attempts of a controlled shutdown.'),
  k('controlled.shutdown.retry.backoff.ms', 'long', 5000, 'Sleep between controlled-shutdown attempts.'),
  k('auto.leader.rebalance.enable', 'boolean', true, 'Move leadership back to preferred replicas periodically.'),
  k('leader.imbalance.check.interval.seconds', 'long', 300, 'How often the controller checks leader balance.', { validator: atLeast(1) }),
  k('leader.imbalance.per.broker.percentage', 'int', 10, 'Imbalance per broker that triggers a leader rebalance.'),
  k('controller.socket.timeout.ms', 'int', 30000, 'Socket timeout of controller-to-broker requests.'),
  // --- Consumer groups and offsets
  k('offsets.topic.num.partitions', 'int', 50, 'Partitions of __consumer_offsets (fixed once created).', { validator: atLeast(1) }),
  k('offsets.topic.replication.factor', 'short', 3, 'Replication factor of __consumer_offsets; set 1 for one broker.', {
    validator: atLeast(1),
  }),
  k('offsets.topic.segment.bytes', 'int', 104857600, 'Segment size of __consumer_offsets.', { validator: atLeast(1) }),
  k('offsets.retention.minutes', 'int', 10080, 'Committed offsets of an empty group are dropped after this long.', {
    validator: atLeast(1),
  }),
  k('offsets.retention.check.interval.ms', 'long', 600000, 'How often stale offsets are looked for.', { validator: atLeast(1) }),
  k('offsets.commit.timeout.ms', 'int', 5000, 'Longest wait for an offset commit to be replicated.', { validator: atLeast(1) }),
  k('offsets.load.buffer.size', 'int', 5242880, 'Accepted for compatibility; ignored.', { validator: atLeast(1), ignored: true }),
  k('group.initial.rebalance.delay.ms', 'int', 3000, 'Wait for more members before the first rebalance of an empty group.'),
  k('group.min.session.timeout.ms', 'int', 6000, 'Least session timeout a member may ask for.'),
  k('group.max.session.timeout.ms', 'int', 1800000, 'Greatest session timeout a member may ask for.'),
  k('group.max.size', 'int', 2147483647, 'Largest number of members of one group.', { validator: atLeast(1) }),
  // --- Producer ids and transactions
  k('producer.id.expiration.ms', 'int', 86400000, 'Idempotent-producer state is dropped after this long without writes.', {
    dynamic: 'cluster-wide',
    validator: atLeast(1),
  }),
  k('transaction.state.log.replication.factor', 'short', 3, 'Replication factor of __transaction_state; set 1 for one broker.', {
    validator: atLeast(1),
  }),
  k('transaction.state.log.min.isr', 'int', 2, 'min.insync.replicas of __transaction_state (capped at its replication factor).', {
    validator: atLeast(1),
  }),
  k('transaction.state.log.num.partitions', 'int', 50, 'Partitions of __transaction_state (fixed once created).', {
    validator: atLeast(1),
  }),
  k('transaction.state.log.segment.bytes', 'int', 104857600, 'Segment size of __transaction_state.', { validator: atLeast(1) }),
  k('transaction.state.log.load.buffer.size', 'int', 5242880, 'Accepted for compatibility; ignored.', {
    validator: atLeast(1),
    ignored: true,
  }),
  k('transactional.id.expiration.ms', 'int', 604800000, 'A transactional id without a transaction for this long is removed.', {
    validator: atLeast(1),
  }),
  k('transaction.max.timeout.ms', 'int', 900000, 'Greatest transaction.timeout.ms a producer may ask for.', {
    validator: atLeast(1),
  }),
  k(
    'transaction.abort.timed.out.transaction.cleanup.interval.ms',
    'int',
    10000,
    'How often transactions older than their timeout are looked for and aborted.',
    { validator: atLeast(1) },
  ),
  k(
    'transaction.remove.expired.transaction.cleanup.interval.ms',
    'int',
    3600000,
    'How often transactional ids older than transactional.id.expiration.ms are looked for and removed.',
    { validator: atLeast(1) },
  ),
  k(
    'max.incremental.fetch.session.cache.slots',
    'int',
    1000,
    'Fetch sessions cached; Tributary answers session id 0 (no sessions) for now.',
    { validator: atLeast(0) },
  ),
  // --- Authorization
  k(
    'authorizer.class.name',
    'string',
    '',
    'The authorizer: kafka.security.authorizer.AclAuthorizer (or its other names) checks every request against ACLs; empty allows everything.',
    { validator: authorizerClass },
  ),
  k('super.users', 'string', null, "Principals allowed every operation whatever the ACLs, separated by ';' (User:admin;User:broker).", {
    validator: principalList,
  }),
  k(
    'allow.everyone.if.no.acl.found',
    'boolean',
    false,
    'With an authorizer: allow everyone to use a resource that no ACL applies to (by default only super users may).',
  ),
  // --- Client quotas (the values are set with kafka-configs / AlterClientQuotas)
  k('quota.window.num', 'int', 11, 'Samples kept of each client quota rate.', { validator: atLeast(1) }),
  k('quota.window.size.seconds', 'int', 1, 'Length of one sample of a client quota rate, in seconds.', { validator: atLeast(1) }),
  // --- ZooKeeper (multi-broker mode)
  k(
    'zookeeper.connect',
    'string',
    null,
    'host:port[,host:port...][/chroot] of ZooKeeper; unset runs one broker with metadata in LevelDB.',
    { validator: nonEmpty },
  ),
  k('zookeeper.session.timeout.ms', 'int', 18000, 'ZooKeeper session timeout.', { validator: atLeast(1) }),
  k('zookeeper.connection.timeout.ms', 'int', null, 'Longest wait to connect to ZooKeeper; defaults to zookeeper.session.timeout.ms.', {
    validator: atLeast(1),
  }),
  ...SECURITY_CONFIG_KEYS,
] as const satisfies readonly ConfigKey[];

/** Typed values of every broker key, camelCase, as parsed (before resolution). */
export type BrokerConfigValues = ValuesOf<typeof BROKER_CONFIG_KEYS>;

/** The name of any supported broker key. */
export type BrokerConfigName = (typeof BROKER_CONFIG_KEYS)[number]['name'];

/**
 * Kafka keys (or prefixes, ending in '.') that Tributary recognises but does
 * not support, with the reason given in the error.
 */
export const UNSUPPORTED_BROKER_KEYS: readonly { readonly match: string; readonly reason: string }[] = [
  { match: 'process.roles', reason: 'KRaft mode is not supported: run without zookeeper.connect (one broker) or with zookeeper.connect' },
  {
    match: 'controller.quorum.voters',
    reason: 'KRaft mode is not supported: run without zookeeper.connect (one broker) or with zookeeper.connect',
  },
  {
    match: 'controller.quorum.bootstrap.servers',
    reason: 'KRaft mode is not supported: run without zookeeper.connect (one broker) or with zookeeper.connect',
  },
  {
    match: 'controller.listener.names',
    reason: 'KRaft mode is not supported: run without zookeeper.connect (one broker) or with zookeeper.connect',
  },
  {
    match: 'client.quota.callback.class',
    reason: "custom quota callbacks are not supported: quotas follow Kafka's default user/client-id rules",
  },
  { match: 'sasl.kerberos.', reason: 'GSSAPI (Kerberos) is not supported: use PLAIN or SCRAM' },
  { match: 'sasl.oauthbearer.', reason: 'OAUTHBEARER is not supported: use PLAIN or SCRAM' },
  { match: 'sasl.login.', reason: 'custom SASL login classes are not supported: PLAIN and SCRAM are built in' },
  { match: 'sasl.server.callback.handler.class', reason: 'custom SASL callback handlers are not supported: PLAIN and SCRAM are built in' },
  { match: 'ssl.engine.factory.class', reason: "custom SSL engines are not supported: TLS is Node's" },
];
