/**
 * Metrics overhead: produce throughput of a broker process with the HTTP
 * server and metrics on (`http.listener=http://127.0.0.1:<port>`, /metrics
 * scraped every --scrape-ms while loaded) against the same broker with
 * `http.listener=none` (no metrics object at all). The goal is < 3 %.
 *
 *   npm run build && npx tsx bench/metrics-overhead.ts [--seconds 5] [--rounds 5]
 *       [--records 100] [--size 100] [--inflight 16] [--scrape-ms 1000]
 *
 * Load: raw Produce v9 requests (acks=1) of one pre-encoded batch of
 * --records records of --size bytes, rotating over 3 partitions, with
 * --inflight requests outstanding over 2 connections, for --seconds. Each
 * round starts two fresh brokers, one per mode, and loads both at once, so
 * that whatever else the machine does (a shared 2-core box) hits both alike;
 * the result is the median over rounds of the on/off ratios of records/s and
 * of broker CPU per record (from /proc). It also times the hot-path hooks
 * in-process (ns per call). Exit code 1 when throughput is 3 % lower or more.
 */
import { ApiKey } from '../protocol/generated/api-keys.js';
import { encodeRecordBatch } from '../protocol/record-codec.js';
import { BrokerMetrics } from '../broker/metrics/broker-metrics.js';
import { BenchBroker, freePort } from './broker-process.js';
import type { Connection } from '../client/index.js';
import { encodeCreateTopicsRequest } from '../protocol/generated/create-topics-request.js';
import { decodeCreateTopicsResponse } from '../protocol/generated/create-topics-response.js';
import { encodeProduceRequest } from '../protocol/generated/produce-request.js';
import { decodeProduceResponse } from '../protocol/generated/produce-response.js';
import { median, table, int, fixed } from './stats.js';

interface Options {
  seconds: number;
  rounds: number;
  records: number;
  size: number;
  inflight: number;
  scrapeMs: number;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { seconds: 5, rounds: 5, records: 100, size: 100, inflight: 16, scrapeMs: 1000 };
  const names: Record<string, keyof Options> = {
    '--seconds': 'seconds',
    '--rounds': 'rounds',
    '--records': 'records',
    '--size': 'size',
    '--inflight': 'inflight',
    '--scrape-ms': 'scrapeMs',
  };
  for (let i = 0; i < argv.length; i++) {
    const k = names[argv[i]];
    const v = Number(argv[i + 1]);
    if (!k || !Number.isFinite(v) || v <= 0)
      throw new Error(
        `usage: metrics-overhead [--seconds N] [--rounds N] [--records N] [--size N] [--inflight N] [--scrape-ms N] (bad '${argv[i]}')`,
      );
    o[k] = v;
    i++;
  }
  return o;
}

interface RunResult {
  recordsPerSec: number;
  cpuUsPer1000: number;
  scrapes: number;
}

const TOPIC = 'metrics-overhead';
const PARTITIONS = 3;

/** A broker under load: metrics on or off. */
class Subject {
  broker!: BenchBroker;
  conns: Connection[] = [];
  httpPort = 0;
  private partition = 0;
  private batch!: Buffer;

  constructor(
    readonly metricsOn: boolean,
    private readonly o: Options,
  ) {}

  async start(): Promise<void> {
    this.httpPort = this.metricsOn ? await freePort() : 0;
    this.broker = await new BenchBroker([], { 'http.listener': this.metricsOn ? `http://127.0.0.1:${this.httpPort}` : 'none' }).start();
    this.conns = [await this.broker.connect(), await this.broker.connect()];
    const created = await this.conns[0].send(
      ApiKey.CreateTopics,
      (w, v) =>
        encodeCreateTopicsRequest(w, v, {
          topics: [{ name: TOPIC, numPartitions: PARTITIONS, replicationFactor: 1, assignments: [], configs: [] }],
          timeoutMs: 10_000,
          validateOnly: false,
        }),
      decodeCreateTopicsResponse,
    );
    if (created.topics[0].errorCode !== 0) throw new Error(`CreateTopics failed: error ${created.topics[0].errorCode}`);
    const value = Buffer.alloc(this.o.size, 'x');
    this.batch = encodeRecordBatch({ records: Array.from({ length: this.o.records }, () => ({ value })) });
  }

  async produceOnce(c: Connection): Promise<void> {
    const p = this.partition++ % PARTITIONS;
    // Produce v9 as before the move to client/, so runs stay comparable.
    const r = await c.send(
      ApiKey.Produce,
      (w, v) =>
        encodeProduceRequest(w, v, {
          transactionalId: null,
          acks: 1,
          timeoutMs: 30_000,
          topicData: [{ name: TOPIC, partitionData: [{ index: p, records: this.batch }] }],
        }),
      decodeProduceResponse,
      { maxVersion: 9 },
    );
    const code = r.responses[0].partitionResponses[0].errorCode;
    if (code !== 0) throw new Error(`Produce failed: error ${code}`);
  }

  /** Loads the broker for `ms` (scraping /metrics when on); returns the run's numbers. */
  async run(ms: number): Promise<RunResult> {
    let scrapes = 0;
    let scraping = true;
    const scraper = this.metricsOn
      ? (async () => {
          while (scraping) {
            await new Promise((r) => setTimeout(r, this.o.scrapeMs));
            if (!scraping) break;
            const res = await fetch(`http://127.0.0.1:${this.httpPort}/metrics`);
            if (res.status !== 200) throw new Error(`/metrics answered ${res.status}`);
            await res.text();
            scrapes++;
          }
        })()
      : Promise.resolve();
    const cpu0 = this.broker.cpuMs();
    const t0 = performance.now();
    const requests = await load(this.conns, (c) => this.produceOnce(c), this.o.inflight, ms);
    const elapsed = performance.now() - t0;
    const cpu = this.broker.cpuMs() - cpu0;
    scraping = false;
    await scraper;
    const records = requests * this.o.records;
    return { recordsPerSec: records / (elapsed / 1000), cpuUsPer1000: (cpu * 1000) / (records / 1000), scrapes };
  }

  async stop(): Promise<void> {
    for (const c of this.conns) c.close();
    await this.broker?.stop();
  }
}

/** Keeps `inflight` produce requests outstanding for `ms`; resolves with the number completed. */
async function load(conns: Connection[], produceOnce: (c: Connection) => Promise<void>, inflight: number, ms: number): Promise<number> {
  const end = performance.now() + ms;
  let done = 0;
  const worker = async (i: number): Promise<void> => {
    const c = conns[i % conns.length];
    while (performance.now() < end) {
      await produceOnce(c);
      done++;
    }
  };
  await Promise.all(Array.from({ length: inflight }, (_, i) => worker(i)));
  return done;
}

/** Nanoseconds per call of the hot-path metric hooks, measured in this process. */
function hotPathNs(o: Options): { produceNs: number; requestNs: number } {
  const m = new BrokerMetrics();
  const value = Buffer.alloc(o.size, 'x');
  const batch = encodeRecordBatch({ records: Array.from({ length: o.records }, () => ({ value })) });
  const handler = { apiKey: 0, name: 'Produce' };
  const n = 2_000_000;
  for (let i = 0; i < 100_000; i++) m.recordProduce(TOPIC, batch);
  let t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) m.recordProduce(TOPIC, batch);
  const produceNs = Number(process.hrtime.bigint() - t0) / n;
  for (let i = 0; i < 100_000; i++) m.observeRequest(handler, null, 0.3);
  t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) m.observeRequest(handler, null, (i & 1023) / 100);
  const requestNs = Number(process.hrtime.bigint() - t0) / n;
  return { produceNs, requestNs };
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const on: RunResult[] = [];
  const off: RunResult[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  for (let r = 0; r < o.rounds; r++) {
    // Both brokers run at once under the same load, so that whatever else the
    // machine does hits both alike; fresh brokers every round.
    const a = new Subject(false, o);
    const b = new Subject(true, o);
    // Which one starts and is loaded first alternates by round (no order bias).
    const first = r % 2 === 0 ? [a, b] : [b, a];
    try {
      for (const s of first) await s.start();
      await Promise.all(first.map((s) => s.run(1000))); // warm-up
      const results = await Promise.all(first.map((s) => s.run(o.seconds * 1000)));
      const [x, y] = r % 2 === 0 ? results : [results[1], results[0]];
      off.push(x);
      on.push(y);
      ratios.push(y.recordsPerSec / x.recordsPerSec);
      cpuRatios.push(y.cpuUsPer1000 / x.cpuUsPer1000);
      console.error(`round ${r + 1}/${o.rounds}: off ${int(x.recordsPerSec)} rec/s, on ${int(y.recordsPerSec)} rec/s`);
    } finally {
      await a.stop();
      await b.stop();
    }
  }
  const tput = (xs: RunResult[]): number => median(xs.map((x) => x.recordsPerSec));
  const cpu = (xs: RunResult[]): number => median(xs.map((x) => x.cpuUsPer1000));
  const diff = (1 - median(ratios)) * 100;
  const cpuDiff = (median(cpuRatios) - 1) * 100;
  const hot = hotPathNs(o);
  console.log(
    `\n## Metrics overhead: produce, ${o.records} x ${o.size} B records per request, ${o.inflight} in flight, ${o.seconds} s x ${o.rounds} rounds (both brokers loaded at once)\n`,
  );
  console.log(
    table(
      ['metrics', 'records/s (median)', 'broker CPU µs / 1000 records (median)', '/metrics scrapes per run'],
      [
        ['off (http.listener=none)', int(tput(off)), fixed(cpu(off), 1), '–'],
        [`on (scraped every ${o.scrapeMs} ms)`, int(tput(on)), fixed(cpu(on), 1), String(median(on.map((x) => x.scrapes)))],
      ],
      [false, true, true, true],
    ),
  );
  console.log(`\nthroughput lower with metrics by ${fixed(diff, 2)} % (median of per-round ratios; goal < 3 %)`);
  console.log(`broker CPU per record higher with metrics by ${fixed(cpuDiff, 2)} % (median of per-round ratios)`);
  console.log(
    `hot path: ${fixed(hot.produceNs, 1)} ns per produced partition (recordProduce), ${fixed(hot.requestNs, 1)} ns per request (latency histogram)`,
  );
  if (diff >= 3) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
