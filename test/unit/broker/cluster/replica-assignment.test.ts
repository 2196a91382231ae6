import { describe, expect, it } from 'vitest';
import { assignReplicas } from '../../../../broker/cluster/replica-assignment.js';
import type { BrokerInfo } from '../../../../broker/cluster/metadata-cache.js';

const brokers = (ids: number[], racks?: string[]): BrokerInfo[] =>
  ids.map((nodeId, i) => ({ nodeId, host: 'h', port: 9092 + i, rack: racks ? racks[i] : null }));

describe('assignReplicas', () => {
  it('gives every partition rf distinct replicas and spreads leaders round-robin', () => {
    const out = assignReplicas(brokers([0, 1, 2]), 6, 3, 0);
    expect(out).toHaveLength(6);
    for (const r of out) expect(new Set(r).size).toBe(3);
    const leaders = out.map((r) => r[0]);
    expect(new Set(leaders)).toEqual(new Set([0, 1, 2]));
    for (let p = 1; p < 6; p++) expect(leaders[p]).toBe([0, 1, 2][([0, 1, 2].indexOf(leaders[0]) + p) % 3]);
  });

  it('starts new topics at a random broker, so single-partition topics do not all land on one leader', () => {
    const leaders = new Set<number>();
    for (let i = 0; i < 60; i++) leaders.add(assignReplicas(brokers([1, 2, 3]), 1, 2, 0)[0][0]);
    expect(leaders).toEqual(new Set([1, 2, 3]));
  });

  it('continues an existing topic from its partition 0 leader', () => {
    const added = assignReplicas(brokers([0, 1, 2]), 2, 2, 3, 1);
    // partition 3 = the 4th of a topic that started at broker 1: (3 + 1) % 3 → broker 1 again, then 2.
    expect(added.map((r) => r[0])).toEqual([1, 2]);
  });

  it('puts the replicas of a partition in different racks when every broker has one', () => {
    const out = assignReplicas(brokers([0, 1, 2, 3], ['a', 'a', 'b', 'b']), 8, 2, 0);
    const rackOf = (id: number): string => (id < 2 ? 'a' : 'b');
    for (const r of out) expect(rackOf(r[0])).not.toBe(rackOf(r[1]));
  });
});
