/**
 * Helpers of the security tests: a test CA (cli/certs/test-ca.ts) in a
 * temporary directory, the server.properties keys of a broker with the four
 * kinds of listeners, and tools run as processes (kafka-configs, kcat).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeTestCertificates, type TestCaFiles } from '../../cli/certs/test-ca.js';
import { freePort, ROOT } from './harness.js';

/** The PLAIN users of the test brokers. */
export const PLAIN_JAAS =
  'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-secret" user_admin="admin-secret" user_alice="alice-secret";';

/** A test CA with a client certificate for alice, in a temporary directory. */
export function testCertificates(): { dir: string; files: TestCaFiles } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-certs-'));
  return { dir, files: makeTestCertificates({ dir, clients: ['alice'] }) };
}

/** Free ports for the SSL, SASL_PLAINTEXT and SASL_SSL listeners. */
export async function securePorts(): Promise<{ ssl: number; saslPlaintext: number; saslSsl: number }> {
  return { ssl: await freePort(), saslPlaintext: await freePort(), saslSsl: await freePort() };
}

/** server.properties keys of a broker with PLAINTEXT (the harness's port), SSL, SASL_PLAINTEXT and SASL_SSL listeners. */
export function secureBrokerConfig(
  plaintextPort: number,
  ports: { ssl: number; saslPlaintext: number; saslSsl: number },
  files: TestCaFiles,
): Record<string, string> {
  return {
    listeners: [
      `PLAINTEXT://127.0.0.1:${plaintextPort}`,
      `SSL://127.0.0.1:${ports.ssl}`,
      `SASL_PLAINTEXT://127.0.0.1:${ports.saslPlaintext}`,
      `SASL_SSL://127.0.0.1:${ports.saslSsl}`,
    ].join(','),
    'ssl.keystore.type': 'PEM',
    'ssl.keystore.location': files.brokerPem,
    'ssl.truststore.type': 'PEM',
    'ssl.truststore.location': files.caPem,
    'ssl.client.auth': 'requested',
    'sasl.enabled.mechanisms': 'PLAIN,SCRAM-SHA-256,SCRAM-SHA-512',
    'listener.name.sasl_plaintext.plain.sasl.jaas.config': PLAIN_JAAS,
    'listener.name.sasl_ssl.plain.sasl.jaas.config': PLAIN_JAAS,
  };
}

/** What a process printed and how it ended. */
export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to completion (never rejects for a non-zero exit). */
export function run(file: string, args: string[], input = '', timeoutMs = 60_000): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = execFile(file, args, { timeout: timeoutMs, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const code = err ? ((err as { code?: number }).code ?? 1) : 0;
      resolve({ code: typeof code === 'number' ? code : 1, stdout, stderr });
    });
    child.stdin?.end(input);
  });
}

/** Runs one of this checkout's tools (dist/cli/<name>.js). */
export function runTool(name: string, args: string[], input = ''): Promise<ProcessResult> {
  return run(process.execPath, [path.join(ROOT, 'dist', 'cli', `${name}.js`), ...args], input);
}

/** Writes a client properties file (for --command-config) and returns its path. */
export function propertiesFile(dir: string, name: string, props: Record<string, string>): string {
  const file = path.join(dir, name);
  fs.writeFileSync(
    file,
    Object.entries(props)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n') + '\n',
  );
  return file;
}
