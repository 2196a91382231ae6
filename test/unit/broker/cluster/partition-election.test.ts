import { describe, expect, it } from 'vitest';
import { electForShutdown, electOffline, electPreferred, shrinkIsr } from '../../../../broker/cluster/partition-election.js';

const live =
  (...ids: number[]) =>
  (id: number) =>
    ids.includes(id);

describe('electOffline', () => {
  it('picks the first live ISR member in assignment order and keeps only live ISR members', () => {
    expect(electOffline({ replicas: [0, 1, 2], leader: 0, isr: [2, 1, 0] }, live(1, 2), false)).toEqual({ leader: 1, isr: [2, 1] });
  });

  it('elects nobody when no ISR member is live and unclean election is off', () => {
    expect(electOffline({ replicas: [0, 1, 2], leader: 0, isr: [0] }, live(1, 2), false)).toBeNull();
  });

  it('with unclean election, takes the first live replica alone in the ISR', () => {
    expect(electOffline({ replicas: [0, 2, 1], leader: 0, isr: [0] }, live(1, 2), true)).toEqual({ leader: 2, isr: [2] });
  });
});

describe('electPreferred', () => {
  it('moves leadership to the first assigned replica when it is live and in the ISR', () => {
    expect(electPreferred({ replicas: [0, 1, 2], leader: 1, isr: [1, 2, 0] }, live(0, 1, 2))).toEqual({ leader: 0, isr: [1, 2, 0] });
  });

  it('does nothing when the preferred replica leads, is not in the ISR, or is down', () => {
    expect(electPreferred({ replicas: [0, 1], leader: 0, isr: [0, 1] }, live(0, 1))).toBeNull();
    expect(electPreferred({ replicas: [0, 1], leader: 1, isr: [1] }, live(0, 1))).toBeNull();
    expect(electPreferred({ replicas: [0, 1], leader: 1, isr: [1, 0] }, live(1))).toBeNull();
  });
});

describe('electForShutdown', () => {
  it('hands leadership to another usable ISR member and drops the stopping broker from the ISR', () => {
    expect(electForShutdown({ replicas: [0, 1, 2], leader: 0, isr: [0, 1, 2] }, (id) => id === 0, live(1, 2))).toEqual({
      leader: 1,
      isr: [1, 2],
    });
  });

  it('keeps the leader when no other ISR member can take over', () => {
    expect(electForShutdown({ replicas: [0, 1], leader: 0, isr: [0] }, (id) => id === 0, live(1))).toBeNull();
  });
});

describe('shrinkIsr', () => {
  it('drops unusable followers but never the leader', () => {
    expect(shrinkIsr({ replicas: [0, 1, 2], leader: 0, isr: [0, 1, 2] }, live(1))).toEqual([0, 1]);
    expect(shrinkIsr({ replicas: [0, 1, 2], leader: 0, isr: [0, 1] }, live(0, 1))).toBeNull();
  });
});
