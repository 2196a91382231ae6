import { describe, expect, it } from 'vitest';
import {
  moveDone,
  moveStatesText,
  replicaMoves,
  replicaText,
  type ReplicaDirs,
  type ReplicaMove,
} from '../../../../cli/common/replica-log-dirs.js';
import { parseReassignment } from '../../../../cli/common/reassignment-plan.js';

describe('replica moves of kafka-reassign-partitions', () => {
  it('takes every log_dirs entry other than "any" as a move, in Kafka replica order', () => {
    const plan = parseReassignment(
      '{"partitions":[{"topic":"b","partition":0,"replicas":[2,1],"log_dirs":["/d2","any"]},' +
        '{"topic":"a","partition":3,"replicas":[2,0],"log_dirs":["/x","/y"]},{"topic":"c","partition":0,"replicas":[1]}]}',
    );
    expect(replicaMoves(plan).map((m) => `${replicaText(m)}:${m.logDir}`)).toEqual(['0-a-3:/y', '2-a-3:/x', '2-b-0:/d2']);
  });

  it("prints Kafka's move states", () => {
    const m = (broker: number, partition: number, logDir: string): ReplicaMove => ({ broker, topic: 't', partition, logDir });
    const states = new Map<ReplicaMove, ReplicaDirs>([
      [m(1, 4, '/b'), { current: '/a', future: '/c' }],
      [m(0, 1, '/b'), { current: '/b', future: null }],
      [m(0, 2, '/b'), { current: '/a', future: '/b' }],
      [m(0, 3, '/b'), { current: '/a', future: null }],
      [m(1, 0, '/b'), { current: null, future: null }],
    ]);
    expect(moveStatesText(states).split('\n')).toEqual([
      'Reassignment of replica 0-t-1 completed successfully.',
      'Reassignment of replica 0-t-2 is still in progress.',
      'Partition t-3 on broker 0 is not being moved from log dir /a to /b.',
      'Partition t-0 is not found in any live log dir on broker 1. There is likely an offline log directory on the broker.',
      'Partition t-4 on broker 1 is being moved to log dir /c instead of /b.',
    ]);
    expect([...states].filter(([k, d]) => moveDone(k, d)).map(([k]) => replicaText(k))).toEqual(['0-t-1']);
    expect(moveStatesText(new Map())).toBe('');
  });
});
