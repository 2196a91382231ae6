/**
 * The web console end to end in a real headless Chromium (Debian's
 * /usr/bin/chromium driven by playwright-core; no browser download): a
 * broker process with a steady producer and a slow consumer group, and the
 * console showing topics, throughput, the live tail and the group's lag,
 * updating as traffic flows. Screenshots go to test-output/console/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { Kafka, logLevel, type Consumer, type Producer } from 'kafkajs';
import type { Browser, Page } from 'playwright-core';
import { BrokerProcess, freePort } from './harness.js';
import { SHOTS, launchChromium } from './console-helpers.js';

describe('web console in headless Chromium', () => {
  let broker: BrokerProcess;
  let base: string;
  let producer: Producer;
  let consumer: Consumer;
  let browser: Browser;
  let page: Page;
  let producing = true;
  let produced = 0;
  let loop: Promise<void>;

  beforeAll(async () => {
    const httpPort = await freePort();
    broker = await new BrokerProcess({
      config: { 'http.listener': `http://127.0.0.1:${httpPort}`, 'group.initial.rebalance.delay.ms': '0' },
    }).start();
    base = `http://127.0.0.1:${httpPort}`;
    const kafka = new Kafka({ clientId: 'console-test', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'clicks', numPartitions: 2 }] });
    await admin.disconnect();
    producer = kafka.producer();
    await producer.connect();
    // A steady producer: 20 records every 100 ms until the test ends.
    loop = (async () => {
      while (producing) {
        await producer.send({
          topic: 'clicks',
          messages: Array.from({ length: 20 }, (_, i) => ({
            partition: i % 2,
            key: `user-${i}`,
            value: JSON.stringify({ n: produced + i, page: '/home' }),
          })),
        });
        produced += 20;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    // A slow consumer group: 20 ms per record, far below the produce rate, so lag grows.
    consumer = kafka.consumer({ groupId: 'laggy', sessionTimeout: 30_000, heartbeatInterval: 1000 });
    await consumer.connect();
    await consumer.subscribe({ topic: 'clicks', fromBeginning: true });
    void consumer.run({
      autoCommitInterval: 200,
      eachMessage: async () => {
        await new Promise((r) => setTimeout(r, 20));
      },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  });

  afterAll(async () => {
    producing = false;
    await loop?.catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await consumer?.disconnect().catch(() => undefined);
    await producer?.disconnect().catch(() => undefined);
    await broker?.destroy();
  });

  /** Text of the first element matching `selector`. */
  const text = (selector: string): Promise<string> => page.locator(selector).first().innerText();
  const number = async (selector: string): Promise<number> => Number((await text(selector)).replace(/[^0-9.]/g, ''));

  it('shows the cluster overview with the topic and its throughput', async () => {
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('pageerror', (e) => failed.push(`page error: ${e.message}`));
    await page.goto(`${base}/`);
    await page.waitForSelector('[data-testid=cluster-id]');
    const nav = await page.evaluate(() => JSON.stringify(performance.getEntriesByType('navigation')[0]));
    console.log(`console load: ${Math.round(JSON.parse(nav).loadEventEnd)} ms to load event`);
    await page.waitForSelector('tr[data-topic="clicks"]');
    expect(await text('[data-testid=controller]')).toBe('broker 0');
    expect(await page.locator('[data-testid=brokers-table] tr[data-broker="0"]').getAttribute('data-status')).toBe('up');
    // The overview chart is a uPlot canvas.
    await page.waitForSelector('.uplot canvas');
    // This broker's event-loop delay and GC pauses, as a card and two charts.
    expect(await text('[data-testid=loop-delay]')).toMatch(/^[0-9.]+ \/ [0-9.]+ ms$/);
    expect(await text('[data-testid=gc-pauses]')).toMatch(/^[0-9.]+ ms \(longest [0-9.]+\)$/);
    await page.waitForSelector('[data-testid=loop-delay-chart] .uplot canvas');
    await page.waitForSelector('[data-testid=gc-chart] .uplot canvas');
    await page.waitForFunction(() => {
      const cells = document.querySelectorAll('tr[data-topic="clicks"] td');
      return cells.length > 4 && cells[4].textContent !== '0.0' && cells[4].textContent !== '0';
    });
    await page.screenshot({ path: path.join(SHOTS, 'overview.png'), fullPage: true });
    // Everything came from the broker: no request left loopback or failed.
    expect(failed).toEqual([]);
  });

  it('shows a topic with live throughput, growing offsets and a live tail', async () => {
    // An old #/ link still leads to the page.
    await page.goto(`${base}/#/topics/clicks`);
    await page.waitForURL(`${base}/topics/clicks`);
    await page.waitForSelector('[data-testid=partitions-table] tr[data-partition="1"]');
    await page.waitForFunction(() => {
      const v = document.querySelector('[data-testid=rate-in]')?.textContent ?? '';
      return v !== '' && v !== '–' && Number(v.replace(/[^0-9.]/g, '')) > 0;
    });
    const before = await number('[data-testid=topic-messages-in]');
    await page.waitForFunction(
      (b) => Number((document.querySelector('[data-testid=topic-messages-in]')?.textContent ?? '').replace(/[^0-9]/g, '')) > b,
      before,
    );
    const after = await number('[data-testid=topic-messages-in]');
    expect(after).toBeGreaterThan(before);
    // The broker may have counted a send whose acknowledgement this process has not handled yet.
    expect(after).toBeLessThanOrEqual(produced + 20);
    // Live tail: start it, records arrive.
    await page.click('[data-testid=tail-toggle]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=tail-rows] tr[data-offset]').length >= 5);
    const firstValue = await page.locator('[data-testid=tail-rows] tr[data-offset] td').nth(4).innerText();
    expect(JSON.parse(firstValue)).toMatchObject({ page: '/home' });
    await page.screenshot({ path: path.join(SHOTS, 'topic.png'), fullPage: true });
    await page.click('[data-testid=tail-toggle]');
  });

  it('shows the lagging group with lag per partition that grows, and its rebalance history', async () => {
    await page.goto(`${base}/groups`);
    await page.waitForSelector('tr[data-group="laggy"]');
    await page.click('tr[data-group="laggy"] a');
    await page.waitForURL(`${base}/groups/laggy`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=lag-table] tr[data-lag-row]').length === 2);
    await page.waitForFunction(() => (document.querySelector('[data-testid=group-state]')?.textContent ?? '') === 'Stable');
    await page.waitForFunction(
      () => Number((document.querySelector('[data-testid=lag-total]')?.textContent ?? '').replace(/[^0-9]/g, '')) > 0,
    );
    const lag1 = await number('[data-testid=lag-total]');
    await page.waitForFunction(
      (l) => Number((document.querySelector('[data-testid=lag-total]')?.textContent ?? '').replace(/[^0-9]/g, '')) > l,
      lag1,
    );
    expect(await number('[data-testid=lag-total]')).toBeGreaterThan(lag1);
    // The page's numbers are the API's numbers.
    const api = (await (await fetch(`${base}/api/groups/laggy`)).json()) as {
      lag: { partition: number; lag: number }[];
      members: unknown[];
      history: { state: string }[];
    };
    expect(api.members).toHaveLength(1);
    expect(api.lag.every((r) => r.lag >= 0)).toBe(true);
    expect(await page.locator('[data-testid=members-table] tbody tr').count()).toBe(1);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=rebalance-history] tbody tr').length >= 1);
    expect(api.history.some((h) => h.state === 'Stable')).toBe(true);
    await page.waitForSelector('[data-testid=lag-chart] .uplot canvas');
    await page.screenshot({ path: path.join(SHOTS, 'group.png'), fullPage: true });
  });
});
