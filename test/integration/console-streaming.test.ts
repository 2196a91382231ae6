/**
 * A streaming job's own UI (StreamingUi, like Spark's on 4040): a direct
 * Kafka stream over a real in-process broker with a steady producer; the
 * UI's API reports every batch the listeners saw (records per batch summing
 * to what the job counted, delays consistent), its port falls back like
 * Spark's when taken, it stops with the context, and its page renders the
 * batch timeline in headless Chromium (screenshot in test-output/console/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startBroker, type RunningBroker } from '../../broker/index.js';
import { KafkaClient, send } from '../../client/index.js';
import { StreamingContext, KafkaUtils, LocationStrategies, ConsumerStrategies } from '../../streaming/index.js';
import { StreamingUi } from '../../streaming/ui/ui-server.js';
import { freePort } from './harness.js';
import { SHOTS, launchChromium } from './console-helpers.js';

async function until(what: string, cond: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('streaming job UI', () => {
  let broker: RunningBroker;
  let client: KafkaClient;
  let ssc: StreamingContext;
  let ui: StreamingUi;
  let counted = 0;
  let produced = 0;
  let producing = true;
  let loop: Promise<void>;

  beforeAll(async () => {
    broker = await startBroker({ config: { 'http.listener': 'http://127.0.0.1:0', 'group.initial.rebalance.delay.ms': '0' } });
    client = new KafkaClient({ brokers: broker.brokers });
    await client.connect();
    await client.createTopics([{ topic: 'clicks', numPartitions: 2 }]);
    ssc = new StreamingContext(200, { appName: 'click-counter' });
    const stream = KafkaUtils.createDirectStream(
      ssc,
      LocationStrategies.PreferConsistent,
      ConsumerStrategies.Subscribe(['clicks'], {
        'bootstrap.servers': broker.brokers,
        'auto.offset.reset': 'earliest',
        'enable.auto.commit': false,
        'group.id': 'click-counter',
      }),
    );
    stream.foreachRDD(async (rdd) => {
      counted += await rdd.count();
    });
    ui = await StreamingUi.start(ssc, { port: 0 });
    await ssc.start();
    loop = (async () => {
      while (producing) {
        await send(
          client,
          'clicks',
          Array.from({ length: 20 }, (_, i) => ({ key: `u${i}`, value: `click ${produced + i}` })),
        );
        produced += 20;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
  });

  afterAll(async () => {
    producing = false;
    await loop?.catch(() => undefined);
    await ssc?.stop().catch(() => undefined);
    await ui?.stop();
    client?.close();
    await broker?.stop();
  });

  const get = async (p: string): Promise<{ status: number; body: any }> => {
    const r = await fetch(new URL(p, ui.url));
    return { status: r.status, body: await r.json() };
  };

  it('reports every batch with its records and delays, matching what the job processed', async () => {
    await until('200 records processed', () => counted >= 200);
    const before = counted;
    await until(
      'a few more batches',
      async () => (await get('/api/streaming/statistics')).body.numCompletedBatches >= 5 && counted > before,
    );
    // Pause input so that the counts settle, then compare.
    producing = false;
    await loop;
    await until('every produced record processed', () => counted === produced);
    await until(
      'the UI to see the last batch',
      async () => (await get('/api/streaming/statistics')).body.numTotalProcessedRecords === produced,
    );
    const stats = (await get('/api/streaming/statistics')).body;
    expect(stats).toMatchObject({ appName: 'click-counter', state: 'ACTIVE', batchDuration: 200, numFailedBatches: 0, numInputStreams: 1 });
    const { body } = await get('/api/streaming/batches?status=completed');
    expect(body.batches.length).toBe(stats.numCompletedBatches);
    expect(body.batches.reduce((n: number, b: { inputSize: number }) => n + b.inputSize, 0)).toBe(produced);
    for (const b of body.batches) {
      expect(b.status).toBe('completed');
      // A batch never starts before its time (the job generator waits out an early timer).
      expect(b.schedulingDelay).toBeGreaterThanOrEqual(0);
      expect(b.processingTime).toBeGreaterThanOrEqual(0);
      expect(b.totalDelay).toBe(b.schedulingDelay + b.processingTime);
      expect(b.inputRate).toBe(b.inputSize / 0.2);
    }
    const times = body.batches.map((b: { batchTime: number }) => b.batchTime);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times.map((t: number) => t % 200))).toEqual(new Set([0]));
    const one = await get(`/api/streaming/batches/${times[times.length - 1]}`);
    expect(one.body.batchTime).toBe(times[times.length - 1]);
    // The job's consumer group shows on the broker's console API.
    const group = await (await fetch(`http://127.0.0.1:${broker.broker.httpAddress!.port}/api/groups/click-counter`)).json();
    expect(group.groupId).toBe('click-counter');
    producing = true;
    loop = (async () => {
      while (producing) {
        await send(
          client,
          'clicks',
          Array.from({ length: 20 }, (_, i) => ({ key: `u${i}`, value: `click ${produced + i}` })),
        );
        produced += 20;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
  });

  it('answers errors from the catalogue', async () => {
    expect(await get('/api/streaming/batches/123')).toMatchObject({ status: 404, body: { code: 'TRB_ERR_BATCH_NOT_FOUND' } });
    expect(await get('/api/streaming/batches?status=done')).toMatchObject({
      status: 400,
      body: { code: 'TRB_ERR_BAD_PARAMETER', parameter: 'status' },
    });
    expect(await get('/api/streaming/batches/xyz')).toMatchObject({ status: 400, body: { parameter: 'time' } });
  });

  it('renders the batch timeline in headless Chromium and keeps it updating', async () => {
    let browser: Browser | null = null;
    try {
      browser = await launchChromium();
      const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(r.url()));
      page.on('pageerror', (e) => failed.push(`page error: ${e.message}`));
      await page.goto(ui.url);
      await page.waitForSelector('[data-testid=completed-batches]');
      expect(await page.locator('[data-testid=app-name]').innerText()).toContain('click-counter');
      const n = (s: string): number => Number(s.replace(/[^0-9]/g, ''));
      const first = n(await page.locator('[data-testid=completed-batches]').innerText());
      await page.waitForFunction(
        (f) => Number((document.querySelector('[data-testid=completed-batches]')?.textContent ?? '').replace(/[^0-9]/g, '')) > f,
        first,
      );
      expect(await page.locator('.uplot canvas').count()).toBeGreaterThanOrEqual(4);
      await page.waitForSelector('[data-testid=batches-table] tr[data-batch]');
      await page.screenshot({ path: path.join(SHOTS, 'streaming.png'), fullPage: true });
      expect(failed).toEqual([]);
    } finally {
      await browser?.close();
    }
  });

  it('tries the next ports when the configured one is taken, as Spark does', async () => {
    const port = await freePort();
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', () => r()));
    const other = new StreamingContext(1000, { conf: { 'spark.ui.port': port, 'spark.port.maxRetries': 8 } });
    try {
      const second = await StreamingUi.start(other);
      expect(second.port).toBeGreaterThan(port);
      expect(second.port).toBeLessThanOrEqual(port + 8);
      await other.stop();
      // The UI stops with its context.
      await until(
        'the UI to stop',
        async () =>
          fetch(second.url).then(
            () => false,
            () => true,
          ),
        10_000,
      );
    } finally {
      blocker.close();
    }
  });
});
