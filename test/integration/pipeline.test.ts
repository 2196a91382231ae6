/**
 * `tributary pipeline` end to end: 2,000 lines from the seeded generator
 * (a simulated clock that crosses midnight, so two days) go through the
 * agent (tail -F → memory → Kafka sink), the embedded broker and the
 * streaming job into LevelDB; the counts the page's API serves, the page
 * itself in headless Chromium (its table and its ECharts series) and, after
 * Ctrl-C, the store read directly all equal a recomputation from the raw
 * access log with the test's own parser. Ctrl-C leaves no process behind.
 * A screenshot of each day is saved to test-output/pipeline/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StatsStore } from '../../pipeline/stats-store.js';
import { launchChromium } from './console-helpers.js';
import { waitFor } from './agent-helpers.js';
import { ROOT } from './harness.js';
import { apiDayView, dayView, getJson, PipelineProcess, processesUnder, rawLines, recompute } from './pipeline-helpers.js';

const N = 2000;
const SHOTS = path.join(ROOT, 'test-output', 'pipeline');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipeline-it-'));
let pipeline: PipelineProcess | null = null;
let browser: Browser | null = null;

afterAll(async () => {
  await browser?.close();
  pipeline?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('tributary pipeline', () => {
  it('counts every generated line once: store, API and page equal a recomputation from the raw log', async () => {
    pipeline = new PipelineProcess(dir, [
      ...['--port', '0', '--http-port', '0', '--batch-ms', '500', '--partitions', '3'],
      ...['--count', String(N), '--rate', '400', '--seed', '20240501', '--start-time', '2024-05-01 23:57:30', '--step-ms', '100'],
    ]);
    const url = await pipeline.url();
    expect(pipeline.output).toMatch(/generator {2}400 lines\/s, 2000 lines, seed 20240501, simulated clock from 2024-05-01 23:57:30/);
    expect(pipeline.output).toMatch(/agent {6}pid \d+: tail -F → memory → Kafka/);
    expect(fs.readFileSync(path.join(dir, 'agent.conf'), 'utf8')).toContain(`tail -n +1 -F ${path.join(dir, 'access.log')}`);

    // Everything the generator wrote has gone through agent, broker and job.
    const stats = (day = ''): Promise<any> => getJson(`${url}api/stats${day ? `?day=${day}` : ''}`);
    await waitFor(
      async () => (await stats()).totals.lines >= N,
      `${N} lines in the store`,
      100_000,
      () => pipeline!.output,
    );
    const lines = rawLines(path.join(dir, 'access.log'));
    expect(lines).toHaveLength(N);
    const expected = recompute(lines);
    const days = [...expected.keys()].filter((k) => k.startsWith('days/')).map((k) => k.slice(5));
    expect(days).toEqual(['20240501', '20240502']);
    expect(expected.get('total/malformed')).toBeGreaterThan(0);
    expect(expected.get('total/other-url')).toBeGreaterThan(0);

    const latest = await stats();
    expect(latest.totals).toEqual({
      lines: N,
      visits: expected.get('total/visits'),
      otherUrl: expected.get('total/other-url'),
      malformed: expected.get('total/malformed'),
    });
    expect(latest.days).toEqual(days.map((d) => [d, expected.get(`days/${d}`)]));
    expect(latest.day.day).toBe('20240502');
    for (const d of days) {
      const s = await stats(d);
      expect(s.day.visits).toBe(expected.get(`days/${d}`));
      expect(apiDayView(s.day)).toEqual(dayView(expected, d));
    }
    const offsets = Object.values(latest.offsets as Record<string, number>);
    expect(offsets).toHaveLength(3);
    expect(offsets.reduce((a, b) => a + b, 0)).toBe(N);

    // The page, in headless Chromium.
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForFunction((n) => document.getElementById('total-lines')?.textContent === n, N.toLocaleString('en-US'));
    await page.waitForSelector('#status.live');
    for (const d of days.slice().reverse()) {
      if (d !== '20240502') {
        await page.selectOption('#day', d);
        await page.waitForFunction(
          (v) => document.getElementById('day-visits')?.textContent === v,
          expected.get(`days/${d}`)!.toLocaleString('en-US'),
        );
      }
      const view = dayView(expected, d);
      expect(await page.textContent('#day-visits')).toBe(expected.get(`days/${d}`)!.toLocaleString('en-US'));
      for (const [course, n] of Object.entries(view.course)) {
        expect(await page.textContent(`[data-testid="visits-${course}"]`), `${d} course ${course}`).toBe(n.toLocaleString('en-US'));
        for (const e of ['baidu', 'sogou', 'bing'])
          expect(await page.textContent(`[data-testid="engine-${e}-${course}"]`), `${d} ${e} ${course}`).toBe(
            (view.engine[`${e}/${course}`] ?? 0).toLocaleString('en-US'),
          );
      }
      // What the charts draw.
      const drawn = await page.evaluate(() => {
        const opt = (id: string): any => (window as any).echarts.getInstanceByDom(document.getElementById(id)).getOption();
        const courses = opt('chart-courses');
        const clients = opt('chart-clients');
        const minutes = opt('chart-minutes');
        const engines = opt('chart-engines');
        return {
          courses: Object.fromEntries(
            courses.xAxis[0].data.map((x: string, i: number) => [x.replace('class ', ''), courses.series[0].data[i]]),
          ),
          clients: Object.fromEntries(clients.series[0].data.map((x: { name: string; value: number }) => [x.name, x.value])),
          minutes: minutes.series[0].data.reduce((a: number, b: number) => a + b, 0),
          engines: Object.fromEntries(
            engines.series.map((s: { name: string; data: number[] }) => [s.name, s.data.reduce((a: number, b: number) => a + b, 0)]),
          ),
        };
      });
      expect(drawn.courses).toEqual(view.course);
      const clientsShown = Object.fromEntries(
        Object.entries(view.client)
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .slice(0, 9),
      );
      expect(Object.fromEntries(Object.entries(drawn.clients).filter(([k]) => k !== 'all others'))).toEqual(clientsShown);
      expect(drawn.minutes).toBe(expected.get(`days/${d}`));
      const perEngine: Record<string, number> = {};
      for (const [k, n] of Object.entries(view.engine)) perEngine[k.split('/')[0]] = (perEngine[k.split('/')[0]] ?? 0) + n;
      expect(drawn.engines).toEqual(perEngine);
      await page.waitForTimeout(600); // the charts' 300 ms animations
      await page.screenshot({ path: path.join(SHOTS, `pipeline-${d}.png`), fullPage: true });
    }
    expect(errors).toEqual([]);
    await page.close();

    // Ctrl-C stops everything; the store holds exactly the recomputed counters.
    const jobPid = pipeline.jobPid();
    expect(await pipeline.interrupt()).toBe(0);
    expect(pipeline.output).toContain('stopped');
    expect(processesUnder(dir)).toEqual([]);
    expect(() => process.kill(jobPid, 0)).toThrow();
    const store = await StatsStore.open(path.join(dir, 'store'));
    try {
      expect(Object.fromEntries(await store.counterEntries())).toEqual(Object.fromEntries(expected));
    } finally {
      await store.close();
    }
  });
});
