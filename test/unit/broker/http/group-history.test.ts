import { describe, expect, it } from 'vitest';
import { GroupHistory } from '../../../../broker/http/group-history.js';
import type { GroupView } from '../../../../broker/http/source.js';

function group(state: string, generationId: number, members: number): GroupView {
  return {
    groupId: 'g',
    state,
    protocolType: 'consumer',
    protocol: 'range',
    generationId,
    leaderId: null,
    members: Array.from({ length: members }, (_, i) => ({
      memberId: `m${i}`,
      groupInstanceId: null,
      clientId: 'c',
      clientHost: '/127.0.0.1',
      assignment: [],
    })),
    offsets: [],
  };
}

describe('GroupHistory', () => {
  it('records a transition only when state, generation or member count change', () => {
    const h = new GroupHistory(3);
    h.observe([group('Stable', 1, 1)], 1);
    h.observe([group('Stable', 1, 1)], 2);
    h.observe([group('PreparingRebalance', 1, 1)], 3);
    h.observe([group('Stable', 2, 2)], 4);
    expect(h.of('g').map((t) => [t.time, t.state, t.generationId, t.members])).toEqual([
      [1, 'Stable', 1, 1],
      [3, 'PreparingRebalance', 1, 1],
      [4, 'Stable', 2, 2],
    ]);
    h.observe([group('Empty', 3, 0)], 5);
    expect(h.of('g').length).toBe(3);
    expect(h.of('other')).toEqual([]);
  });
});
