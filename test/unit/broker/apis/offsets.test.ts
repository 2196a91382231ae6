/**
 * OffsetCommit and OffsetFetch handlers over real services (no sockets):
 * offsets committed at every OffsetCommit version are read back at every
 * OffsetFetch version (v8+ by group), metadata and leader epochs included;
 * unknown partitions fail alone; partitions without a commit answer -1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import offsetCommit from '../../../../broker/apis/offset-commit.js';
import offsetFetch from '../../../../broker/apis/offset-fetch.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { startServices, type TestServices } from './services.js';

describe('OffsetCommit and OffsetFetch handlers', () => {
  let t: TestServices;

  beforeAll(async () => {
    t = await startServices();
    await t.createTopic('ledger', 3);
  });

  afterAll(async () => {
    await t?.close();
  });

  /** A commit by a client outside the group (generation -1, no member id), as admin tools do; waits out a loading coordinator. */
  async function commit(v: number, groupId: string, offsets: [number, number][]): Promise<number[]> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const r = await t.call(offsetCommit, v, {
        groupId,
        generationIdOrMemberEpoch: -1,
        memberId: '',
        topics: [
          {
            name: 'ledger',
            partitions: offsets.map(([partitionIndex, committedOffset]) => ({
              partitionIndex,
              committedOffset,
              committedLeaderEpoch: v >= 6 ? 0 : undefined,
              committedMetadata: `m${committedOffset}`,
            })),
          },
        ],
      });
      const codes = r!.topics[0].partitions.map((p) => p.errorCode);
      if (!codes.includes(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS) || Date.now() > deadline) return codes;
      await new Promise((res) => setTimeout(res, 20));
    }
  }

  async function fetched(v: number, groupId: string, partitions: number[]): Promise<[number, number, string | null, number][]> {
    const topics = [{ name: 'ledger', partitionIndexes: partitions }];
    const r = await t.call(offsetFetch, v, v >= 8 ? { groups: [{ groupId, topics }] } : { groupId, topics });
    if (v >= 8) expect(r!.groups[0].errorCode).toBe(ErrorCode.NONE);
    else if (v >= 2) expect(r!.errorCode).toBe(ErrorCode.NONE);
    const ps = v >= 8 ? r!.groups[0].topics[0].partitions : r!.topics[0].partitions;
    return ps.map((p) => [p.partitionIndex, p.committedOffset, p.metadata, p.errorCode]);
  }

  it('reads back at every OffsetFetch version what every OffsetCommit version stored', async () => {
    for (let cv = offsetCommit.minVersion; cv <= offsetCommit.maxVersion; cv++) {
      const groupId = `g-c${cv}`;
      expect(await commit(cv, groupId, [[0, 10 + cv]]), `commit v${cv}`).toEqual([ErrorCode.NONE]);
      for (let fv = offsetFetch.minVersion; fv <= offsetFetch.maxVersion; fv++) {
        expect(await fetched(fv, groupId, [0, 1]), `commit v${cv}, fetch v${fv}`).toEqual([
          [0, 10 + cv, `m${10 + cv}`, ErrorCode.NONE],
          [1, -1, '', ErrorCode.NONE], // no commit: offset -1, no error
        ]);
      }
    }
  });

  it('fails an unknown partition alone', async () => {
    expect(
      await commit(9, 'g-mixed', [
        [1, 5],
        [8, 5],
      ]),
    ).toEqual([ErrorCode.NONE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
    expect((await fetched(9, 'g-mixed', [1]))[0].slice(0, 2)).toEqual([1, 5]);
  });
});
