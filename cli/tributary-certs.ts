#!/usr/bin/env node
/**
 * tributary certs --dir DIR [--host NAME]... [--client NAME]... [--password PW] [--days N]
 *
 * Makes a test CA, a broker certificate and client certificates for local
 * TLS (cli/certs/test-ca.ts lists the files), and prints the
 * server.properties and client properties lines that use them.
 */
import path from 'node:path';
import { runTool } from './common/tool.js';
import { UsageError } from './common/args.js';
import { makeTestCertificates } from './certs/test-ca.js';

runTool({
  name: 'tributary certs',
  summary: 'Make a test CA, a broker certificate and client certificates for local TLS (PEM and PKCS12). For tests and local use only.',
  options: [
    { name: 'dir', arg: 'required', metavar: 'DIR', desc: 'Directory to write the files into (created).' },
    {
      name: 'host',
      arg: 'required',
      metavar: 'NAME',
      desc: 'Host name or IP address of the broker certificate (repeatable).',
      default: 'localhost, 127.0.0.1',
    },
    { name: 'client', arg: 'required', metavar: 'NAME', desc: 'Make a client certificate with this CN (repeatable).' },
    { name: 'password', arg: 'required', metavar: 'PASSWORD', desc: 'Password of the PKCS12 files.', default: 'changeit' },
    { name: 'days', arg: 'required', metavar: 'N', desc: 'Validity in days.', default: '365' },
  ],
  run: async (args) => {
    const dir = args.value('dir');
    if (dir === undefined) throw new UsageError('Missing required argument "[dir]"');
    const days = Number(args.value('days') ?? '365');
    if (!Number.isInteger(days) || days < 1) throw new UsageError(`--days must be a positive integer, got '${args.value('days')}'`);
    const files = makeTestCertificates({
      dir,
      hosts: args.values('host'),
      clients: args.values('client'),
      password: args.value('password'),
      days,
    });
    const rel = (f: string): string => path.resolve(f);
    const lines = [
      `Wrote the test CA and certificates to ${path.resolve(dir)}.`,
      '',
      '# server.properties',
      'listeners=PLAINTEXT://:9092,SSL://:9093',
      `ssl.keystore.location=${rel(files.brokerPem)}`,
      'ssl.keystore.type=PEM',
      `ssl.truststore.location=${rel(files.caPem)}`,
      'ssl.truststore.type=PEM',
      '',
      '# client properties (--command-config)',
      'security.protocol=SSL',
      `ssl.truststore.location=${rel(files.caPem)}`,
      'ssl.truststore.type=PEM',
    ];
    for (const [name, c] of Object.entries(files.clients)) {
      lines.push(`# client certificate of ${name}: ssl.keystore.location=${rel(c.pem)} ssl.keystore.type=PEM`);
    }
    process.stdout.write(lines.join('\n') + '\n');
  },
});
