import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OffsetRange } from '../../../streaming/index.js';
import { PageServer } from '../../../pipeline/page-server.js';
import { StatsStore } from '../../../pipeline/stats-store.js';

let dir = '';
let store: StatsStore | null = null;
let server: PageServer | null = null;
afterEach(async () => {
  await server?.close();
  await store?.close();
  server = store = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<string> {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-server-'));
  store = await StatsStore.open(dir);
  server = new PageServer(store);
  return server.listen('127.0.0.1', 0);
}

describe('PageServer', () => {
  it('answers the stats of the latest day, or of the day asked, from the store', async () => {
    const url = await start();
    expect(await (await fetch(`${url}api/stats`)).json()).toEqual({
      day: null,
      days: [],
      totals: { lines: 0, visits: 0, otherUrl: 0, malformed: 0 },
      lastBatch: null,
      offsets: {},
    });
    const inc = new Map([
      ['total/lines', 3],
      ['total/visits', 3],
      ['days/20240501', 1],
      ['day/20240501/course/112', 1],
      ['days/20240502', 2],
      ['day/20240502/course/128', 2],
    ]);
    await store!.addBatch([OffsetRange.create('t', 0, 0, 3)], inc, { time: 10, records: 3, writtenAt: 11 });
    const latest = await (await fetch(`${url}api/stats`)).json();
    expect(latest.day.day).toBe('20240502');
    expect(latest.day.courses).toEqual([['128', 2]]);
    expect(latest.days).toEqual([
      ['20240501', 1],
      ['20240502', 2],
    ]);
    expect(latest.totals.lines).toBe(3);
    expect(latest.offsets).toEqual({ 't-0': 3 });
    expect(latest.lastBatch).toEqual({ time: 10, records: 3, writtenAt: 11 });
    const first = await (await fetch(`${url}api/stats?day=20240501`)).json();
    expect(first.day).toMatchObject({ day: '20240501', visits: 1, courses: [['112', 1]] });
  });

  it('refuses a day that is not yyyyMMdd, naming the parameter', async () => {
    const url = await start();
    const res = await fetch(`${url}api/stats?day=2024-05-01`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'TRB_ERR_BAD_PARAMETER',
      parameter: 'day',
      message: "parameter 'day' must be a day as yyyyMMdd",
    });
  });

  it('serves the page, its script, the shared styles and ECharts', async () => {
    const url = await start();
    const page = await (await fetch(url)).text();
    expect(page).toContain('<script src="/vendor/echarts.min.js"></script>');
    for (const p of ['js/pipeline.js', 'js/dom.js', 'app.css', 'pipeline.css', 'vendor/echarts.min.js']) {
      const res = await fetch(`${url}${p}`);
      expect(res.status, p).toBe(200);
    }
    expect(await (await fetch(`${url}vendor/echarts.min.js`)).text()).toContain('echarts');
  });

  it('announces each written batch on the event stream', async () => {
    const url = await start();
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get(`${url}api/events`, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream');
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          text += d;
          if (text.includes('retry: 1000')) server!.batchWritten({ time: 5, records: 7, writtenAt: 6 });
          if (text.includes('event: batch')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
    });
    expect(await received).toContain('event: batch\ndata: {"time":5,"records":7,"writtenAt":6}\n\n');
  });
});
