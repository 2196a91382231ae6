/**
 * Exactly once across crashes of the streaming job: while `tributary
 * pipeline` runs, its job process is killed with SIGKILL twice, at random
 * points of its batches; the pipeline starts it again each time, and the
 * restarted job goes on from the offsets stored with the counts. At the end
 * the store holds each line's counts once: equal to a recomputation from the
 * raw access log, no line counted twice, none lost.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StatsStore } from '../../pipeline/stats-store.js';
import { waitFor } from './agent-helpers.js';
import { getJson, PipelineProcess, processesUnder, rawLines, recompute } from './pipeline-helpers.js';

const N = 3000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipeline-eo-'));
let pipeline: PipelineProcess | null = null;

afterAll(() => {
  pipeline?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('tributary pipeline, exactly once', () => {
  it('counts every line once although the job is killed with SIGKILL twice mid-run', async () => {
    pipeline = new PipelineProcess(dir, [
      ...['--port', '0', '--http-port', '0', '--batch-ms', '300'],
      ...['--count', String(N), '--rate', '150', '--seed', '77'],
    ]);
    const url = await pipeline.url();
    const lines = async (): Promise<number> => {
      try {
        return (await getJson(`${url}api/stats`)).totals.lines;
      } catch {
        return -1; // the job is restarting
      }
    };
    const killed: number[] = [];
    for (const [i, atLeast] of [
      [1, 400],
      [2, 1500],
    ]) {
      await waitFor(
        async () => (await lines()) >= atLeast,
        `${atLeast} lines counted`,
        100_000,
        () => pipeline!.output,
      );
      const pid = pipeline.jobPid();
      process.kill(pid, 'SIGKILL');
      killed.push(pid);
      await waitFor(
        () => (pipeline!.output.match(/job restarted: pid \d+/g) ?? []).length >= i,
        `restart ${i} of the job`,
        60_000,
        () => pipeline!.output,
      );
      expect(pipeline.jobPid()).not.toBe(pid);
    }
    expect(pipeline.output).toMatch(/job exited \(signal SIGKILL\); restarting it/);

    await waitFor(
      () => pipeline!.output.includes(`generator: wrote ${N} lines`),
      'the generator to finish',
      100_000,
      () => pipeline!.output,
    );
    await waitFor(
      async () => (await lines()) >= N,
      `${N} lines counted`,
      100_000,
      () => pipeline!.output,
    );
    const raw = rawLines(path.join(dir, 'access.log'));
    expect(raw).toHaveLength(N);
    const expected = recompute(raw);
    const api = await getJson(`${url}api/stats`);
    expect(api.totals.lines).toBe(N);
    expect(api.totals.visits).toBe(expected.get('total/visits'));

    expect(await pipeline.interrupt()).toBe(0);
    expect(processesUnder(dir)).toEqual([]);
    for (const pid of killed) expect(() => process.kill(pid, 0)).toThrow();
    const store = await StatsStore.open(path.join(dir, 'store'));
    try {
      expect(Object.fromEntries(await store.counterEntries())).toEqual(Object.fromEntries(expected));
      const offsets = [...(await store.offsets()).values()];
      expect(offsets.reduce((a, b) => a + b, 0)).toBe(N);
    } finally {
      await store.close();
    }
    // Each job process logged its own batches; the restarted ones began where the store was.
    const jobLog = fs.readFileSync(path.join(dir, 'logs', 'job.log'), 'utf8');
    expect(jobLog.match(/course statistics page:/g)).toHaveLength(3);
  });
});
