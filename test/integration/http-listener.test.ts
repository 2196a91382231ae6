/**
 * A second broker on the same machine starts with only the keys a Kafka user
 * changes (broker.id, listeners, log.dirs): with `http.listener` unset and
 * the default port taken by the first broker, it takes the next free port
 * and logs it; with `http.listener` set explicitly to a taken port, it fails
 * naming `http.listener`. The default port is moved by the test-only
 * TRIBUTARY_TEST_HTTP_BASE_PORT to a free port of the test's, so that
 * parallel runs never fight over 9644.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BrokerProcess, freePort } from './harness.js';
import { waitFor } from './groups-helpers.js';

const brokers: BrokerProcess[] = [];

afterAll(async () => {
  for (const b of brokers) await b.destroy();
});

/** The URL the broker logged for its HTTP API, once it has. */
function loggedUrl(b: BrokerProcess): Promise<string> {
  return waitFor(
    () => /HTTP API, \/metrics and web console on (http:\/\/\S+\/)/.exec(b.output)?.[1] ?? null,
    60_000,
    `the HTTP URL in:\n${b.output}`,
  );
}

describe('http.listener', () => {
  it('a second broker with the default http.listener takes the next free port; an explicit taken port fails naming http.listener', async () => {
    const base = await freePort();
    const env = { TRIBUTARY_TEST_HTTP_BASE_PORT: String(base) };
    // Only broker.id, listeners and log.dirs differ (the harness writes those); http.listener is not set.
    const first = new BrokerProcess({ config: { 'http.listener': null }, env });
    brokers.push(first);
    await first.start();
    expect(await loggedUrl(first)).toBe(`http://127.0.0.1:${base}/`);

    const second = new BrokerProcess({ config: { 'http.listener': null, 'broker.id': '1' }, env });
    brokers.push(second);
    await second.start();
    const url = await loggedUrl(second);
    const port = Number(new URL(url).port);
    expect(port).toBeGreaterThan(base);
    // The warning goes to stderr, the URL to stdout: the two pipes may reach the test in either order.
    await waitFor(
      () => second.output.includes(`the default HTTP port ${base} is in use`) || null,
      60_000,
      `the warning in:\n${second.output}`,
    );
    expect(second.output.match(/web console on http/g)).toHaveLength(1);

    for (const u of [`http://127.0.0.1:${base}/`, url]) {
      const page = await fetch(u);
      expect(page.status).toBe(200);
      const metrics = await fetch(`${u}metrics`);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toMatch(/^# TYPE tributary_/m);
    }

    // Set explicitly to the first broker's port: the start fails, and the message names http.listener.
    const third = new BrokerProcess({ config: { 'http.listener': `http://127.0.0.1:${base}`, 'broker.id': '2' }, env });
    brokers.push(third);
    const child = await third.spawn();
    const code = await new Promise<number | null>((resolve) => child.once('close', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(third.output).toContain(`http.listener=http://127.0.0.1:${base}/: port ${base} is already in use`);
    expect(third.output).not.toMatch(/set listeners=/);
  });
});
