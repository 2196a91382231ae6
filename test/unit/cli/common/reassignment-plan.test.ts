import { describe, expect, it } from 'vitest';
import {
  checkExecutePlan,
  formatReassignmentJson,
  ongoingText,
  parseReassignment,
  parseTopicsToMove,
  planThrottles,
  statesText,
} from '../../../../cli/common/reassignment-plan.js';

describe('reassignment files', () => {
  it('reads plans with and without log dirs and prints them as Kafka does (sorted, compact)', () => {
    const plan = parseReassignment(
      '{"partitions":[{"topic":"b","partition":1,"replicas":[2,1]},{"topic":"a","partition":0,"replicas":[1],"log_dirs":["any"]}]}',
    );
    expect(plan).toEqual([
      { topic: 'b', partition: 1, replicas: [2, 1], logDirs: ['any', 'any'] },
      { topic: 'a', partition: 0, replicas: [1], logDirs: ['any'] },
    ]);
    expect(formatReassignmentJson(plan)).toBe(
      '{"version":1,"partitions":[{"topic":"a","partition":0,"replicas":[1],"log_dirs":["any"]},{"topic":"b","partition":1,"replicas":[2,1],"log_dirs":["any","any"]}]}',
    );
  });

  it('refuses what Kafka refuses, with its messages', () => {
    expect(() => parseReassignment('{"version":2}')).toThrow('Not supported version field value 2');
    expect(() => parseReassignment('{"partitions":[{"topic":"a","partition":0,"replicas":[1,2],"log_dirs":["any"]}]}')).toThrow(
      /Size of replicas list \[1, 2\] is different from size of log dirs list \[any\] for partition a-0/,
    );
    expect(() =>
      checkExecutePlan(
        parseReassignment('{"partitions":[{"topic":"a","partition":0,"replicas":[1]},{"topic":"a","partition":0,"replicas":[2]}]}'),
      ),
    ).toThrow('Partition reassignment contains duplicate topic partitions: a-0');
    expect(() => checkExecutePlan(parseReassignment('{"partitions":[{"topic":"a","partition":0,"replicas":[]}]}'))).toThrow(
      'Partition replica list cannot be empty',
    );
    expect(parseTopicsToMove('{"topics":[{"topic":"x"},{"topic":"y"}],"version":1}')).toEqual(['x', 'y']);
    expect(() => parseTopicsToMove('{"topics":[{"topic":"x"},{"topic":"x"}]}')).toThrow(
      'List of topics to reassign contains duplicate entries: x',
    );
  });
});

describe('throttles of a move', () => {
  it('leader-throttles the sources and follower-throttles the new destinations, on every broker involved', () => {
    const t = planThrottles(
      [
        { topic: 't', partition: 0, replicas: [1, 2] },
        { topic: 't', partition: 10, replicas: [3] },
      ],
      new Map([
        ['t-0', [0, 1]],
        ['t-10', [0]],
      ]),
      [],
    );
    expect(t.leader.get('t')).toBe('0:0,0:1,10:0');
    expect(t.follower.get('t')).toBe('0:2,10:3');
    expect(t.brokers).toEqual([0, 1, 2, 3]);
  });

  it('counts a move in progress from its original replicas', () => {
    const t = planThrottles([{ topic: 't', partition: 0, replicas: [3] }], new Map([['t-0', [1, 2, 0]]]), [
      { topic: 't', partition: 0, replicas: [1, 2, 0], addingReplicas: [2], removingReplicas: [0] },
    ]);
    expect(t.leader.get('t')).toBe('0:0,0:1');
    expect(t.follower.get('t')).toBe('0:3');
  });
});

describe('texts', () => {
  it('--list and --verify', () => {
    expect(ongoingText([])).toBe('No partition reassignments found.');
    expect(ongoingText([{ topic: 't', partition: 0, replicas: [1, 2, 0], addingReplicas: [2], removingReplicas: [0] }])).toBe(
      'Current partition reassignments:\nt-0: replicas: 1,2,0. adding: 2. removing: 0.',
    );
    expect(
      statesText([
        { topic: 't', partition: 1, current: [1], target: [2], done: true },
        { topic: 't', partition: 0, current: [1, 2], target: [1, 2], done: true },
        { topic: 's', partition: 0, current: [1, 2, 0], target: [1, 2], done: false },
      ]),
    ).toBe(
      'Status of partition reassignment:\n' +
        'Reassignment of partition s-0 is still in progress.\n' +
        'Reassignment of partition t-0 is complete.\n' +
        'There is no active reassignment of partition t-1, but replica set is 1 rather than 2.',
    );
  });
});
