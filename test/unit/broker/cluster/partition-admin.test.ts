import { describe, expect, it } from 'vitest';
import {
  isReassigning,
  originReplicas,
  reassignTo,
  replicaListProblem,
  sameReplicaSets,
  targetReplicas,
} from '../../../../broker/cluster/partition-admin.js';

const still = (replicas: number[]) => ({ replicas, adding: [], removing: [] });

describe('reassignTo', () => {
  it('keeps target then original replicas, adding the new ones and removing the dropped ones (KIP-455)', () => {
    const next = reassignTo(still([0, 1]), [1, 2]);
    expect(next).toEqual({ replicas: [1, 2, 0], adding: [2], removing: [0] });
    expect(isReassigning(next)).toBe(true);
    expect(originReplicas(next)).toEqual([1, 0]);
    expect(targetReplicas(next)).toEqual([1, 2]);
  });

  it('a new target during a reassignment keeps the original replicas', () => {
    const first = reassignTo(still([0, 1]), [2, 3]);
    expect(first).toEqual({ replicas: [2, 3, 0, 1], adding: [2, 3], removing: [0, 1] });
    expect(reassignTo(first, [1, 3])).toEqual({ replicas: [1, 3, 0], adding: [3], removing: [0] });
  });

  it('cancelling (target = origin) ends with no replica being added or removed', () => {
    const moving = reassignTo(still([0, 1]), [1, 2]);
    const back = reassignTo(moving, originReplicas(moving));
    expect(isReassigning(back)).toBe(false);
    expect(back.replicas.sort()).toEqual([0, 1]);
  });

  it('a target equal to the replicas changes nothing; a reorder changes only the order', () => {
    expect(sameReplicaSets(reassignTo(still([0, 1]), [0, 1]), still([0, 1]))).toBe(true);
    expect(reassignTo(still([0, 1]), [1, 0])).toEqual(still([1, 0]));
    expect(sameReplicaSets(still([1, 0]), still([0, 1]))).toBe(false);
  });
});

describe('replicaListProblem', () => {
  const live = new Set([0, 1, 2]);
  it('accepts a list of distinct live brokers', () => {
    expect(replicaListProblem(still([0, 1]), [1, 2], live)).toBeNull();
  });

  it('names an empty list, duplicates, negative ids and brokers that are not alive', () => {
    expect(replicaListProblem(still([0, 1]), [], live)).toMatch(/Empty replica list/);
    expect(replicaListProblem(still([0, 1]), [1, 1], live)).toMatch(/Duplicate replica ids .*: 1, 1/);
    expect(replicaListProblem(still([0, 1]), [-1, 1], live)).toMatch(/Invalid broker id/);
    expect(replicaListProblem(still([0, 1]), [0, 7], live)).toMatch(
      /brokers that are not alive. Replica list: 7, live broker list: 0, 1, 2/,
    );
  });

  it('only replicas being added must be alive (a dead current replica may stay)', () => {
    expect(replicaListProblem(still([0, 5]), [5, 1], live)).toBeNull();
  });
});
