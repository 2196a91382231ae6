/**
 * DescribeLogDirs (key 35): this broker's log dirs (log.dirs, in order),
 * each with its partitions' sizes (bytes of their segments), or
 * KAFKA_STORAGE_ERROR and no partitions for a dir that went offline; v4 adds
 * the volume's total and usable bytes (-1 when unknown, as for the memory
 * engine). Topics null asks for every partition. A partition moving here
 * from another log dir of this broker (AlterReplicaLogDirs) is listed with
 * isFuture true under its destination dir. The offset lag is Kafka's: for a
 * current log how far its end is below the high watermark (0 on a leader),
 * for a future log how far its end is below the current log's end (the
 * copy still to do). Needs DESCRIBE on the cluster.
 */
import { statfs } from 'node:fs/promises';
import type { DescribeLogDirsResult, DescribeLogDirsTopic } from '../../protocol/generated/describe-log-dirs-response.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import { DescribeLogDirsApi } from '../../protocol/generated/describe-log-dirs-api.js';
import { AclOperation } from '../security/authorizer-acls.js';
import { authorizedOnCluster } from '../security/authorizer-checks.js';
import { defineApi } from './types.js';
import type { PartitionLog } from '../log/partition-log.js';

/** Total and usable bytes of the volume holding `dir`; -1 each when it cannot be asked. */
async function volume(dir: string): Promise<{ totalBytes: number; usableBytes: number }> {
  try {
    const s = await statfs(dir);
    return { totalBytes: s.blocks * s.bsize, usableBytes: s.bavail * s.bsize };
  } catch {
    return { totalBytes: -1, usableBytes: -1 };
  }
}

export default defineApi(DescribeLogDirsApi, {
  // v0 as Kafka 3.x still serves it (4.0 starts at v1; the two are the same on the wire).
  minVersion: 0,
  maxVersion: 4,
  async handle(ctx, req) {
    if (!authorizedOnCluster(ctx, AclOperation.DESCRIBE)) {
      return { throttleTimeMs: 0, errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, results: [] };
    }
    const wanted = req.topics === null ? null : new Map(req.topics.map((t) => [t.topic, new Set(t.partitions)]));
    const results: Input<DescribeLogDirsResult>[] = [];
    const logs = ctx.broker.replicas.logs;
    for (const d of logs.describeLogDirs()) {
      const space = await volume(d.path);
      if (d.offlineReason !== null) {
        results.push({ errorCode: ErrorCode.KAFKA_STORAGE_ERROR, logDir: d.path, topics: [], ...space });
        continue;
      }
      const byTopic = new Map<string, DescribeLogDirsTopic>();
      const add = (log: PartitionLog, isFutureKey: boolean): void => {
        if (wanted !== null && wanted.get(log.topic)?.has(log.partition) !== true) return;
        let t = byTopic.get(log.topic);
        if (t === undefined) byTopic.set(log.topic, (t = { name: log.topic, partitions: [] }));
        const current = isFutureKey ? logs.getLog(log.topic, log.partition) : undefined;
        t.partitions.push({
          partitionIndex: log.partition,
          partitionSize: log.size,
          offsetLag: isFutureKey
            ? current === undefined
              ? -1
              : current.logEndOffset - log.logEndOffset
            : Math.max(log.highWatermark - log.logEndOffset, 0),
          isFutureKey,
        });
      };
      for (const log of d.logs) add(log, false);
      for (const log of d.futureLogs) add(log, true);
      const topics = [...byTopic.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const t of topics)
        t.partitions.sort((a, b) => a.partitionIndex - b.partitionIndex || Number(a.isFutureKey) - Number(b.isFutureKey));
      results.push({ errorCode: ErrorCode.NONE, logDir: d.path, topics, ...space });
    }
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, results };
  },
});
