/**
 * Leader elections in a three-broker cluster: kafka-leader-election end to
 * end (preferred for one partition, a JSON file and all partitions; unclean
 * for a partition whose ISR is gone), Kafka's output and exit codes, the
 * per-partition errors (ELECTION_NOT_NEEDED, PREFERRED_LEADER_NOT_AVAILABLE,
 * ELIGIBLE_LEADERS_NOT_AVAILABLE, UNKNOWN_TOPIC_OR_PARTITION) at every
 * ElectLeaders version, NOT_CONTROLLER from other brokers, and the
 * /admin/preferred_replica_election znode of older tools.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Connection } from '../../client/connection.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { encodeElectLeadersRequest } from '../../protocol/generated/elect-leaders-request.js';
import { decodeElectLeadersResponse, type ElectLeadersResponse } from '../../protocol/generated/elect-leaders-response.js';
import { ZkClient } from '../../broker/cluster/zk/zk-client.js';
import { ZkPaths } from '../../broker/cluster/zk/zk-metadata-store.js';
import { TestCluster, metadataFrom, waitFor } from './cluster-helpers.js';
import { runCli } from './cli-helpers.js';

describe('cluster: leader election', () => {
  let c: TestCluster;
  let tmp: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-elect-'));
    // No automatic rebalance: the elections below are the only ones moving leaders back.
    c = await TestCluster.start(3, { 'auto.leader.rebalance.enable': 'false' });
    const admin = c.kafka().admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic: 'pref',
          replicaAssignment: [
            { partition: 0, replicas: [0, 1, 2] },
            { partition: 1, replicas: [1, 2, 0] },
          ],
        },
        { topic: 'dirty', replicaAssignment: [{ partition: 0, replicas: [1, 2] }] },
      ],
    });
    await admin.disconnect();
  }, 600_000);

  afterAll(async () => {
    await c?.destroy();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const leaderOf = async (topic: string, partition: number, from = 0): Promise<number> =>
    (await metadataFrom(c.bootstrap()[from] ?? c.bootstrap()[0], topic)).partitions[partition].leader;

  /** Restarts a broker so that the partitions it prefers are led elsewhere, and waits until it is back in their ISRs. */
  async function bounce(id: number, topic: string, partitions: number[]): Promise<void> {
    await c.brokers[id].stop();
    await c.brokers[id].start();
    await c.ready();
    await waitFor(`broker ${id} back in the ISR of ${topic}`, 60_000, async () => {
      const md = await metadataFrom(c.bootstrap()[0], topic);
      return partitions.every((p) => md.partitions[p].isr.includes(id));
    });
  }

  const tool = (args: string[]) =>
    runCli('kafka-leader-election', ['--bootstrap-server', c.bootstrap().join(','), ...args], { timeoutMs: 60_000 });

  async function electRaw(
    version: number,
    to: number,
    type: number,
    topicPartitions: { topic: string; partitions: number[] }[] | null,
  ): Promise<ElectLeadersResponse> {
    const conn = await Connection.connect({ host: '127.0.0.1', port: c.brokers[to].port });
    try {
      return await conn.send(
        ApiKey.ElectLeaders,
        (w, v) => encodeElectLeadersRequest(w, v, { electionType: v >= 1 ? type : undefined, topicPartitions, timeoutMs: 10_000 }),
        decodeElectLeadersResponse,
        { maxVersion: version },
      );
    } finally {
      conn.close();
    }
  }

  it('preferred: moves leadership back to the preferred replica, then answers that no election is needed', async () => {
    await bounce(0, 'pref', [0]);
    expect(await leaderOf('pref', 0)).not.toBe(0);
    const r = await tool(['--election-type', 'preferred', '--topic', 'pref', '--partition', '0']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Successfully completed leader election (PREFERRED) for partitions pref-0\n');
    expect(r.code).toBe(0);
    await waitFor('broker 0 leading pref-0 everywhere', 30_000, async () => {
      for (let b = 0; b < 3; b++) if ((await leaderOf('pref', 0, b)) !== 0) return false;
      return true;
    });
    const again = await tool(['--election-type', 'PREFERRED', '--topic', 'pref', '--partition', '0']);
    expect(again.stdout).toBe('Valid replica already elected for partitions pref-0\n');
    expect(again.code).toBe(0);
  }, 300_000);

  it('a JSON file of partitions: one not needed, one unknown (exit 1, Kafka exception text)', async () => {
    const file = path.join(tmp, 'elect.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        partitions: [
          { topic: 'pref', partition: 0 },
          { topic: 'missing', partition: 3 },
        ],
      }),
    );
    const r = await tool(['--election-type', 'preferred', '--path-to-json-file', file]);
    expect(r.stdout).toBe(
      'Valid replica already elected for partitions pref-0\n' +
        'Error completing leader election (PREFERRED) for partition: missing-3: org.apache.kafka.common.errors.UnknownTopicOrPartitionException: The partition does not exist.\n',
    );
    expect(r.stderr).toBe('Error: 1 replica(s) could not be elected\n');
    expect(r.code).toBe(1);
    fs.writeFileSync(file, '{"partitions": [{"topic": "pref", "partition": 0}, {"topic": "pref", "partition": 0}]}');
    const dup = await tool(['--election-type', 'preferred', '--path-to-json-file', file]);
    expect(dup.stderr).toMatch(/Replica election data contains duplicate partitions: pref-0/);
    expect(dup.code).toBe(1);
  }, 120_000);

  it('refuses bad command lines with Kafka messages', async () => {
    const none = await tool(['--election-type', 'preferred']);
    expect(none.stderr).toMatch(
      /One and only one of the following options is required: --topic, --all-topic-partitions, --path-to-json-file/,
    );
    expect(none.code).toBe(1);
    const two = await tool(['--election-type', 'preferred', '--topic', 'pref', '--partition', '0', '--all-topic-partitions']);
    expect(two.stderr).toMatch(/Only one of the following options is required/);
    const noPartition = await tool(['--election-type', 'preferred', '--topic', 'pref']);
    expect(noPartition.stderr).toMatch(/Missing required option\(s\): --partition/);
    const badType = await tool(['--election-type', 'sideways', '--all-topic-partitions']);
    expect(badType.stderr).toMatch(/Unknown election type: sideways/);
    const noType = await runCli('kafka-leader-election', ['--bootstrap-server', c.bootstrap()[0], '--all-topic-partitions']);
    expect(noType.stderr).toMatch(/Missing required argument "\[election-type\]"/);
  }, 120_000);

  it('preferred: PREFERRED_LEADER_NOT_AVAILABLE while the preferred replica is down; --all-topic-partitions fixes every imbalance', async () => {
    await c.brokers[1].stop();
    await waitFor('pref-1 led by another broker', 30_000, async () => (await leaderOf('pref', 1)) !== 1);
    const down = await tool(['--election-type', 'preferred', '--topic', 'pref', '--partition', '1']);
    expect(down.stdout).toBe(
      'Error completing leader election (PREFERRED) for partition: pref-1: org.apache.kafka.common.errors.PreferredLeaderNotAvailableException: Failed to elect leader for partition pref-1 under strategy PreferredReplicaPartitionLeaderElectionStrategy\n',
    );
    expect(down.code).toBe(1);
    await c.brokers[1].start();
    await c.ready();
    await waitFor('broker 1 back in the ISR of pref-1', 60_000, async () =>
      (await metadataFrom(c.bootstrap()[0], 'pref')).partitions[1].isr.includes(1),
    );
    const all = await tool(['--election-type', 'preferred', '--all-topic-partitions']);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/^Successfully completed leader election \(PREFERRED\) for partitions .*pref-1/);
    expect(all.stdout).not.toMatch(/Valid replica already elected/);
    await waitFor(
      'every preferred leader back',
      30_000,
      async () => (await leaderOf('pref', 1)) === 1 && (await leaderOf('pref', 0)) === 0,
    );
  }, 300_000);

  it('ElectLeaders on the wire: every version, per-partition errors, NOT_CONTROLLER from the other brokers', async () => {
    const controller = await waitFor('a controller', 30_000, async () => {
      const conn = await Connection.connect({ host: '127.0.0.1', port: c.brokers[0].port });
      try {
        const { decodeMetadataResponse } = await import('../../protocol/generated/metadata-response.js');
        const { encodeMetadataRequest } = await import('../../protocol/generated/metadata-request.js');
        const md = await conn.send(ApiKey.Metadata, (w, v) => encodeMetadataRequest(w, v, { topics: [] }), decodeMetadataResponse, {
          maxVersion: 12,
        });
        return md.controllerId >= 0 ? md.controllerId : false;
      } finally {
        conn.close();
      }
    });
    const other = [0, 1, 2].find((b) => b !== controller)!;
    const parts = [{ topic: 'pref', partitions: [0, 9] }];
    for (const v of [0, 1, 2]) {
      const r = await electRaw(v, controller, 0, parts);
      const got = r.replicaElectionResults.flatMap((t) => t.partitionResult.map((p) => [t.topic, p.partitionId, p.errorCode]));
      expect(got).toEqual([
        ['pref', 0, ErrorCode.ELECTION_NOT_NEEDED],
        ['pref', 9, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
      ]);
      const elsewhere = await electRaw(v, other, 0, parts);
      if (v === 0)
        expect(elsewhere.replicaElectionResults[0].partitionResult.map((p) => p.errorCode)).toEqual([
          ErrorCode.NOT_CONTROLLER,
          ErrorCode.NOT_CONTROLLER,
        ]);
      else expect(elsewhere.errorCode).toBe(ErrorCode.NOT_CONTROLLER);
    }
    // Every partition: those that need no election are left out.
    const all = await electRaw(2, controller, 0, null);
    expect(all.errorCode).toBe(ErrorCode.NONE);
    expect(
      all.replicaElectionResults.flatMap((t) => t.partitionResult).filter((p) => p.errorCode === ErrorCode.ELECTION_NOT_NEEDED),
    ).toEqual([]);
  }, 120_000);

  it('/admin/preferred_replica_election: the controller elects what it lists and removes it', async () => {
    await bounce(1, 'pref', [1]);
    expect(await leaderOf('pref', 1)).not.toBe(1);
    const zk = await ZkClient.connect({ connect: c.zk.connect, sessionTimeoutMs: 10_000, connectionTimeoutMs: 10_000 });
    try {
      await zk.create(ZkPaths.preferredReplicaElection, Buffer.from('{"version":1,"partitions":[{"topic":"pref","partition":1}]}'));
      await waitFor('the znode to be removed', 60_000, async () => (await zk.exists(ZkPaths.preferredReplicaElection)) === null);
    } finally {
      zk.close();
    }
    await waitFor('broker 1 leading pref-1', 30_000, async () => (await leaderOf('pref', 1)) === 1);
  }, 300_000);

  it('unclean: not needed while a leader lives; elects a live out-of-sync replica when the ISR is gone; none live: ELIGIBLE_LEADERS_NOT_AVAILABLE', async () => {
    const live = await tool(['--election-type', 'unclean', '--topic', 'dirty', '--partition', '0']);
    expect(live.stdout).toBe('Valid replica already elected for partitions dirty-0\n');
    // Broker 2 dies (it leaves the ISR when its session expires), then the last ISR member stops: no leader.
    await c.brokers[2].kill();
    await waitFor('broker 2 out of the ISR of dirty-0', 60_000, async () => {
      const p = (await metadataFrom(c.bootstrap()[0], 'dirty')).partitions[0];
      return p.isr.join(',') === '1';
    });
    await c.brokers[1].stop();
    await waitFor('dirty-0 without a leader', 60_000, async () => (await leaderOf('dirty', 0)) === -1);
    const none = await tool(['--election-type', 'unclean', '--topic', 'dirty', '--partition', '0']);
    expect(none.stdout).toBe(
      'Error completing leader election (UNCLEAN) for partition: dirty-0: org.apache.kafka.common.errors.EligibleLeadersNotAvailableException: Failed to elect leader for partition dirty-0 under strategy OfflinePartitionLeaderElectionStrategy(true)\n',
    );
    expect(none.code).toBe(1);
    await c.brokers[2].start();
    await c.ready();
    // unclean.leader.election.enable is false: broker 2 does not lead on its own.
    expect(await leaderOf('dirty', 0)).toBe(-1);
    const r = await tool(['--election-type', 'unclean', '--topic', 'dirty', '--partition', '0']);
    expect(r.stdout).toBe('Successfully completed leader election (UNCLEAN) for partitions dirty-0\n');
    expect(r.code).toBe(0);
    await waitFor('broker 2 leading dirty-0', 30_000, async () => (await leaderOf('dirty', 0)) === 2);
    await c.brokers[1].start();
    await c.ready();
  }, 400_000);
});
