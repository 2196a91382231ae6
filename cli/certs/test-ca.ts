/**
 * A test certificate authority for local TLS (`tributary certs`): with the
 * `openssl` command, makes in one directory
 *
 * | file | what |
 * |---|---|
 * | `ca.key`, `ca.pem` | the CA's private key and certificate (the trust store: `ssl.truststore.location=ca.pem`) |
 * | `ca.p12` | the CA certificate as a PKCS12 trust store (password `--password`) |
 * | `broker.pem` | the broker's key store, PEM: private key then certificate chain (`ssl.keystore.location`) |
 * | `broker.key`, `broker.crt` | the same key and certificate apart (for kcat / librdkafka) |
 * | `broker.p12` | the broker's key store as PKCS12 (password `--password`) |
 * | `<client>.pem`, `<client>.key`, `<client>.crt`, `<client>.p12` | the same for each client (client authentication) |
 *
 * The broker certificate names every `--host` (DNS names and IP addresses as
 * subject alternative names; default localhost and 127.0.0.1), so clients
 * that check host names accept it; a client certificate's subject is
 * `CN=<client>,OU=test,O=Tributary` (its principal is that name, mapped by
 * ssl.principal.mapping.rules). Keys are EC P-256; certificates last
 * `--days`. For tests and local use only: the CA key sits unencrypted next to
 * the certificates.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** What to make. */
export interface TestCaOptions {
  /** Directory to write into (created). */
  dir: string;
  /** Host names and IP addresses of the broker certificate; default localhost, 127.0.0.1. */
  hosts?: readonly string[];
  /** Client certificate names (their CN); default none. */
  clients?: readonly string[];
  /** Password of the PKCS12 files; default "changeit". */
  password?: string;
  /** Validity in days; default 365. */
  days?: number;
  /** Subject CN of the broker certificate; default the first host. */
  brokerName?: string;
}

/** The files written. */
export interface TestCaFiles {
  caPem: string;
  caKey: string;
  caP12: string;
  brokerPem: string;
  brokerKey: string;
  brokerCrt: string;
  brokerP12: string;
  /** By client name. */
  clients: Record<string, { pem: string; key: string; crt: string; p12: string }>;
}

function openssl(args: string[], env: Record<string, string> = {}): void {
  try {
    execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString().trim() ?? '';
    throw new Error(`openssl ${args[0]} failed: ${stderr || (err as Error).message}`);
  }
}

function isIp(h: string): boolean {
  return /^[0-9.]+$/.test(h) || h.includes(':');
}

/** Makes a key and a certificate signed by the CA; returns [key, crt]. */
function issue(dir: string, name: string, subject: string, days: number, extensions: string): [string, string] {
  const key = path.join(dir, `${name}.key`);
  const csr = path.join(dir, `${name}.csr`);
  const crt = path.join(dir, `${name}.crt`);
  const ext = path.join(dir, `${name}.ext`);
  fs.writeFileSync(ext, extensions);
  openssl(['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', csr, '-subj', subject]);
  openssl([
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    path.join(dir, 'ca.pem'),
    '-CAkey',
    path.join(dir, 'ca.key'),
    '-CAcreateserial',
    '-out',
    crt,
    '-days',
    String(days),
    '-sha256',
    '-extfile',
    ext,
  ]);
  fs.rmSync(csr);
  fs.rmSync(ext);
  return [key, crt];
}

function bundle(dir: string, name: string, key: string, crt: string, password: string): { pem: string; p12: string } {
  const pem = path.join(dir, `${name}.pem`);
  fs.writeFileSync(pem, fs.readFileSync(key, 'utf8') + fs.readFileSync(crt, 'utf8') + fs.readFileSync(path.join(dir, 'ca.pem'), 'utf8'));
  const p12 = path.join(dir, `${name}.p12`);
  openssl(
    [
      'pkcs12',
      '-export',
      '-inkey',
      key,
      '-in',
      crt,
      '-certfile',
      path.join(dir, 'ca.pem'),
      '-name',
      name,
      '-out',
      p12,
      '-passout',
      'env:P12_PASSWORD',
    ],
    {
      P12_PASSWORD: password,
    },
  );
  return { pem, p12 };
}

/** Makes the CA, the broker certificate and the client certificates. */
export function makeTestCertificates(o: TestCaOptions): TestCaFiles {
  const dir = path.resolve(o.dir);
  fs.mkdirSync(dir, { recursive: true });
  const hosts = o.hosts && o.hosts.length > 0 ? o.hosts : ['localhost', '127.0.0.1'];
  const days = o.days ?? 365;
  const password = o.password ?? 'changeit';
  const caKey = path.join(dir, 'ca.key');
  const caPem = path.join(dir, 'ca.pem');
  openssl([
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    caKey,
    '-out',
    caPem,
    '-days',
    String(days),
    '-subj',
    '/O=Tributary/CN=Tributary test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  const caP12 = path.join(dir, 'ca.p12');
  openssl(['pkcs12', '-export', '-nokeys', '-in', caPem, '-out', caP12, '-passout', 'env:P12_PASSWORD'], { P12_PASSWORD: password });
  const san = hosts.map((h) => (isIp(h) ? `IP:${h}` : `DNS:${h}`)).join(',');
  const [brokerKey, brokerCrt] = issue(
    dir,
    'broker',
    `/O=Tributary/OU=test/CN=${o.brokerName ?? hosts[0]}`,
    days,
    `subjectAltName=${san}\nextendedKeyUsage=serverAuth,clientAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n`,
  );
  const broker = bundle(dir, 'broker', brokerKey, brokerCrt, password);
  const clients: TestCaFiles['clients'] = {};
  for (const c of o.clients ?? []) {
    if (!/^[A-Za-z0-9_.-]+$/.test(c)) throw new Error(`client name '${c}' may use letters, digits, '_', '.' and '-' only`);
    const [key, crt] = issue(
      dir,
      c,
      `/O=Tributary/OU=test/CN=${c}`,
      days,
      'extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature\n',
    );
    clients[c] = { key, crt, ...bundle(dir, c, key, crt, password) };
  }
  fs.rmSync(path.join(dir, 'ca.srl'), { force: true });
  return { caPem, caKey, caP12, brokerPem: broker.pem, brokerKey, brokerCrt, brokerP12: broker.p12, clients };
}
