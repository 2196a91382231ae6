/**
 * TLS and SASL throughput next to PLAINTEXT (issue 12): one broker process
 * with four listeners (PLAINTEXT, SSL, SASL_PLAINTEXT with SCRAM-SHA-256,
 * SASL_SSL with SCRAM-SHA-256; PEM stores from a test CA), and on each
 * listener kcat produces N x 100 B with acks=1 to a fresh topic, then reads
 * them back. The median of --repeats runs per row; the same kcat flags as the
 * single-broker kcat rows (bench/kcat.ts). SASL only costs the handshake, so
 * SASL_SSL ≈ SSL is expected; TLS costs encryption on both sides.
 *
 *   npm run build && node --import tsx bench/security.ts [--messages 300000] [--repeats 3]
 */
import fs from 'node:fs';
import { BenchBroker, freePort } from './broker-process.js';
import { inputFile, kcatConsume, kcatProduce } from './kcat.js';
import { int, mbPerSec, median, msgsPerSec, table, fixed, type Measurement } from './stats.js';
import { makeTestCertificates } from '../cli/certs/test-ca.js';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './broker-process.js';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

async function main(): Promise<void> {
  const messages = arg('messages', 300_000);
  const repeats = arg('repeats', 3);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-bench-certs-'));
  const certs = makeTestCertificates({ dir });
  const plain = await freePort();
  const ssl = await freePort();
  const saslPlain = await freePort();
  const saslSsl = await freePort();
  const broker = new BenchBroker(
    [],
    {
      listeners: `PLAINTEXT://127.0.0.1:${plain},SSL://127.0.0.1:${ssl},SASL_PLAINTEXT://127.0.0.1:${saslPlain},SASL_SSL://127.0.0.1:${saslSsl}`,
      'ssl.keystore.location': certs.brokerPem,
      'ssl.truststore.location': certs.caPem,
      'sasl.enabled.mechanisms': 'SCRAM-SHA-256',
    },
    undefined,
    plain,
  );
  await broker.start(120_000).catch((err: Error) => {
    throw new Error(`${err.message}\n${broker.output}`);
  });
  try {
    execFileSync(process.execPath, [
      path.join(ROOT, 'dist/cli/kafka-configs.js'),
      '--bootstrap-server',
      `127.0.0.1:${plain}`,
      '--alter',
      '--entity-type',
      'users',
      '--entity-name',
      'bench',
      '--add-config',
      'SCRAM-SHA-256=[password=bench-secret]',
    ]);
    const sasl = ['-X', 'sasl.mechanisms=SCRAM-SHA-256', '-X', 'sasl.username=bench', '-X', 'sasl.password=bench-secret'];
    const tls = ['-X', `ssl.ca.location=${certs.caPem}`];
    const rows: [string, number, string[]][] = [
      ['PLAINTEXT', plain, []],
      ['SSL', ssl, ['-X', 'security.protocol=SSL', ...tls]],
      ['SASL_PLAINTEXT (SCRAM-SHA-256)', saslPlain, ['-X', 'security.protocol=SASL_PLAINTEXT', ...sasl]],
      ['SASL_SSL (SCRAM-SHA-256)', saslSsl, ['-X', 'security.protocol=SASL_SSL', ...sasl, ...tls]],
    ];
    const file = inputFile(messages, 100);
    const out: string[][] = [];
    for (const [name, port, extra] of rows) {
      const produced: Measurement[] = [];
      const consumed: Measurement[] = [];
      for (let r = 0; r < repeats; r++) {
        const topic = `security-${port}-${r}`;
        produced.push(await kcatProduce(`127.0.0.1:${port}`, topic, file, messages, 100, 1, extra));
        consumed.push(await kcatConsume(`127.0.0.1:${port}`, topic, messages, 100, extra));
      }
      const p = produced.sort((a, b) => a.ms - b.ms)[Math.floor(produced.length / 2)];
      const c = consumed.sort((a, b) => a.ms - b.ms)[Math.floor(consumed.length / 2)];
      out.push([name, int(msgsPerSec(p)), fixed(mbPerSec(p), 1), fixed(median(p.latencies), 1), int(msgsPerSec(c)), fixed(mbPerSec(c), 1)]);
      process.stderr.write(`${name}: done\n`);
    }
    process.stdout.write(
      `kcat, ${int(messages)} x 100 B per run, acks=1, median of ${repeats}; load average ${os.loadavg()[0].toFixed(1)}\n\n` +
        table(['listener', 'produce msg/s', 'produce MB/s', 'produce RTT p50 ms', 'consume msg/s', 'consume MB/s'], out, [
          false,
          true,
          true,
          true,
          true,
          true,
        ]) +
        '\n',
    );
  } finally {
    await broker.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
