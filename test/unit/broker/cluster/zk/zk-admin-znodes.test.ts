import { describe, expect, it } from 'vitest';
import {
  decodePreferredReplicaElection,
  decodeReassignPartitions,
  encodePreferredReplicaElection,
  encodeReassignPartitions,
} from '../../../../../broker/cluster/zk/zk-admin-znodes.js';

describe('/admin/reassign_partitions', () => {
  it('reads what Kafka 2.4 tools write, keeping log dirs, and writes it back', () => {
    const text =
      '{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[1,2],"log_dirs":["any","/d"]},{"topic":"u","partition":3,"replicas":[0]}]}';
    const entries = decodeReassignPartitions(text);
    expect(entries).toEqual([
      { topic: 't', partition: 0, replicas: [1, 2], logDirs: ['any', '/d'] },
      { topic: 'u', partition: 3, replicas: [0] },
    ]);
    expect(JSON.parse(encodeReassignPartitions(entries).toString())).toEqual({
      version: 1,
      partitions: [
        { topic: 't', partition: 0, replicas: [1, 2], log_dirs: ['any', '/d'] },
        { topic: 'u', partition: 3, replicas: [0], log_dirs: ['any'] },
      ],
    });
  });

  it('names what is wrong', () => {
    expect(() => decodeReassignPartitions('nope')).toThrow(/not JSON/);
    expect(() => decodeReassignPartitions('{"version":1}')).toThrow(/no "partitions" array/);
    expect(() => decodeReassignPartitions('{"partitions":[{"topic":"t","partition":0,"replicas":["a"]}]}')).toThrow(/entry 0 needs/);
  });
});

describe('/admin/preferred_replica_election', () => {
  it('round-trips and names what is wrong', () => {
    const refs = [{ topic: 't', partition: 1 }];
    expect(decodePreferredReplicaElection(encodePreferredReplicaElection(refs).toString())).toEqual(refs);
    expect(() => decodePreferredReplicaElection('{"partitions":[{"topic":1}]}')).toThrow(/entry 0 needs "topic" and "partition"/);
  });
});
