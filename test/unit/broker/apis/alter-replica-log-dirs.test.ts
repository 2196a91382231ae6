/**
 * AlterReplicaLogDirs on a JBOD broker (two log dirs), at every version: a
 * partition moves to the other dir while DescribeLogDirs shows its future
 * replica (isFuture, the copy's lag) until the swap, records produced
 * before and during the move all readable afterwards; Kafka's errors
 * (LOG_DIR_NOT_FOUND, UNKNOWN_TOPIC_OR_PARTITION, INVALID_TOPIC_EXCEPTION,
 * CLUSTER_AUTHORIZATION_FAILED without ALTER on the cluster). The move of a
 * real broker process is in test/integration/jbod-move.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import alterReplicaLogDirs from '../../../../broker/apis/alter-replica-log-dirs.js';
import describeLogDirs from '../../../../broker/apis/describe-log-dirs.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { encodeRecordBatch } from '../../../../protocol/record-codec.js';
import { startServices, type TestServices } from './services.js';

const alice = { principal: { type: 'User', name: 'alice' } };

async function until(cond: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('AlterReplicaLogDirs', () => {
  let t: TestServices;
  let secured: TestServices;
  let root: string;
  let dirs: string[];

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-arld-'));
    dirs = [path.join(root, 'a'), path.join(root, 'b')];
    t = await startServices({ 'log.dirs': dirs.join(',') });
    await t.createTopic('m', 3);
    secured = await startServices({ 'authorizer.class.name': 'kafka.security.authorizer.AclAuthorizer', 'super.users': 'User:admin' });
    await secured.createTopic('m', 1);
  });
  afterAll(async () => {
    await t?.close();
    await secured?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const produce = (partition: number, value: string): void => {
    const r = t.svc.replicas.appendRecords('m', partition, encodeRecordBatch({ records: [{ key: null, value }] }), 1, Date.now());
    expect(r.errorCode).toBe(ErrorCode.NONE);
  };

  it('moves a partition at every version; DescribeLogDirs shows the future replica and its lag until the swap', async () => {
    const logs = t.svc.replicas.logs;
    const mover = t.svc.replicas.logDirMover;
    for (let v = alterReplicaLogDirs.minVersion; v <= alterReplicaLogDirs.maxVersion; v++) {
      const partition = v;
      for (let i = 0; i < 5; i++) produce(partition, `before-${i}`);
      const from = logs.logDirOf('m', partition)!;
      const to = dirs.find((d) => d !== from)!;
      // Held back by the throttle (as replica.alter.log.dirs.io.max.bytes.per.second does) until the lag is seen.
      mover.quota.setBound(1);
      mover.quota.record(1 << 30);
      const r = await t.call(alterReplicaLogDirs, v, { dirs: [{ path: to, topics: [{ name: 'm', partitions: [partition] }] }] });
      expect(r!.results, `v${v}`).toEqual([{ topicName: 'm', partitions: [{ partitionIndex: partition, errorCode: ErrorCode.NONE }] }]);
      produce(partition, 'during');
      const d = await t.call(describeLogDirs, 4, { topics: [{ topic: 'm', partitions: [partition] }] });
      const where = d!.results.map((x) => [x.logDir, x.topics.flatMap((tp) => tp.partitions.map((p) => [p.isFutureKey, p.offsetLag]))]);
      expect(where).toEqual(dirs.map((dir) => [dir, dir === from ? [[false, 0]] : [[true, 6]]]));
      mover.quota.setBound(null);
      await until(() => logs.logDirOf('m', partition) === to, `m-${partition} in ${to}`);
      const after = await t.call(describeLogDirs, 4, { topics: [{ topic: 'm', partitions: [partition] }] });
      expect(after!.results.map((x) => [x.logDir, x.topics.length])).toEqual(dirs.map((dir) => [dir, dir === to ? 1 : 0]));
      const log = t.svc.replicas.get('m', partition)!.log;
      expect(log.logEndOffset).toBe(6);
      expect(log.dir).toBe(path.join(to, `m-${partition}`));
    }
  });

  it("answers Kafka's errors per partition", async () => {
    const long = 'x'.repeat(240);
    const r = await t.call(alterReplicaLogDirs, 2, {
      dirs: [
        { path: '/not/a/log/dir', topics: [{ name: 'm', partitions: [0] }] },
        {
          path: dirs[0],
          topics: [
            { name: 'nope', partitions: [0] },
            { name: 'm', partitions: [9] },
            { name: long, partitions: [0] },
          ],
        },
      ],
    });
    expect(r!.results.flatMap((x) => x.partitions.map((p) => [x.topicName.slice(0, 4), p.partitionIndex, p.errorCode]))).toEqual([
      ['m', 0, ErrorCode.LOG_DIR_NOT_FOUND],
      ['m', 9, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
      ['nope', 0, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
      ['xxxx', 0, ErrorCode.INVALID_TOPIC_EXCEPTION],
    ]);
  });

  it('needs ALTER on the cluster', async () => {
    const dir = secured.svc.replicas.logs.describeLogDirs()[0].path;
    const req = { dirs: [{ path: dir, topics: [{ name: 'm', partitions: [0] }] }] };
    const denied = await secured.call(alterReplicaLogDirs, 1, req, alice);
    expect(denied!.results[0].partitions[0].errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    const admin = await secured.call(alterReplicaLogDirs, 1, req, { principal: { type: 'User', name: 'admin' } });
    expect(admin!.results[0].partitions[0].errorCode).toBe(ErrorCode.NONE);
  });
});
