/**
 * Kafka's `ssl.*` settings (the same keys on brokers and clients) turned
 * into what Node's `tls` takes: the key store (this side's private key and
 * certificate chain) and the trust store (the CA certificates that sign the
 * other side), as files or inline PEM text, plus the TLS versions and cipher
 * suites.
 *
 * Store types: PEM (a file holding the private key and the certificate chain,
 * or `ssl.keystore.key` + `ssl.keystore.certificate.chain` inline; a trust
 * store file or `ssl.truststore.certificates` holding CA certificates) and
 * PKCS12 (`.p12`, as keytool and openssl write it). A JKS store — Kafka's
 * default type — cannot be read by Node: it gets an error naming the
 * supported types and the keytool command that converts it. When the type is
 * not set it is taken from the file: PEM text, JKS's magic number, else PKCS12.
 *
 * A PKCS12 trust store (certificates without a key) is read through the
 * `openssl` command, since Node's `pfx` option expects a key.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** A setting that cannot be used; the message names the key. */
export class SecurityConfigError extends Error {
  /** Builds the error. */
  constructor(message: string) {
    super(message);
    this.name = 'SecurityConfigError';
  }
}

/** The `ssl.*` values of one side (broker listener or client), as written; undefined = unset. */
export interface SslSettings {
  readonly keystoreType?: string;
  readonly keystoreLocation?: string;
  readonly keystorePassword?: string;
  readonly keyPassword?: string;
  readonly keystoreKey?: string;
  readonly keystoreCertificateChain?: string;
  readonly truststoreType?: string;
  readonly truststoreLocation?: string;
  readonly truststorePassword?: string;
  readonly truststoreCertificates?: string;
  /** TLS versions (TLSv1.2, TLSv1.3); default both. */
  readonly enabledProtocols?: readonly string[];
  /** OpenSSL or IANA cipher suite names; empty = Node's defaults. */
  readonly cipherSuites?: readonly string[];
}

/** Reads the SslSettings of Kafka keys through a lookup (`get('ssl.keystore.location')`). */
export function sslSettingsFrom(get: (key: string) => string | undefined): SslSettings {
  const list = (key: string): string[] | undefined => {
    const v = get(key);
    return v === undefined
      ? undefined
      : v
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
  };
  const opt = (key: string): string | undefined => {
    const v = get(key);
    return v === undefined || v.trim() === '' ? undefined : v;
  };
  return {
    keystoreType: opt('ssl.keystore.type')?.trim().toUpperCase(),
    keystoreLocation: opt('ssl.keystore.location')?.trim(),
    keystorePassword: opt('ssl.keystore.password'),
    keyPassword: opt('ssl.key.password'),
    keystoreKey: opt('ssl.keystore.key'),
    keystoreCertificateChain: opt('ssl.keystore.certificate.chain'),
    truststoreType: opt('ssl.truststore.type')?.trim().toUpperCase(),
    truststoreLocation: opt('ssl.truststore.location')?.trim(),
    truststorePassword: opt('ssl.truststore.password'),
    truststoreCertificates: opt('ssl.truststore.certificates'),
    enabledProtocols: list('ssl.enabled.protocols'),
    cipherSuites: list('ssl.cipher.suites'),
  };
}

/** The key material and TLS parameters Node's tls.createSecureContext takes. */
export interface TlsMaterial {
  key?: { pem: string; passphrase?: string }[];
  cert?: string;
  pfx?: { buf: Buffer; passphrase?: string }[];
  /** Trusted CA certificates (PEM); undefined = Node's bundled roots. */
  ca?: string[];
  minVersion: 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';
  maxVersion: 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';
  ciphers?: string;
  /** The files read (watched by a broker to reload certificates). */
  files: string[];
}

const JKS_MAGIC = 0xfeedfeed;
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
const VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;

function readStore(key: string, file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw new SecurityConfigError(`${key}: cannot read ${file}: ${(err as Error).message}`);
  }
}

function jksError(kind: 'keystore' | 'truststore', file: string | undefined): SecurityConfigError {
  const where = file ? ` (${file})` : '';
  return new SecurityConfigError(
    `ssl.${kind}.type JKS is not supported${where}: use PEM or PKCS12 ` +
      `(convert with: keytool -importkeystore -srckeystore ${file ?? 'store.jks'} -destkeystore store.p12 -deststoretype PKCS12)`,
  );
}

/** The store type: as set, else from the file's contents. */
function storeType(
  kind: 'keystore' | 'truststore',
  set: string | undefined,
  bytes: Buffer | null,
  file: string | undefined,
): 'PEM' | 'PKCS12' {
  if (set === 'PEM' || set === 'PKCS12') return set;
  if (set !== undefined && set !== 'JKS') throw new SecurityConfigError(`ssl.${kind}.type ${set} is not supported: use PEM or PKCS12`);
  if (set === 'JKS' || (bytes !== null && bytes.length >= 4 && bytes.readUInt32BE(0) === JKS_MAGIC)) throw jksError(kind, file);
  if (bytes === null || bytes.includes('-----BEGIN')) return 'PEM';
  return 'PKCS12';
}

/** The PEM blocks of a text, by kind. */
function pemBlocks(text: string): { keys: string[]; certs: string[] } {
  const keys: string[] = [];
  const certs: string[] = [];
  for (const m of text.matchAll(PEM_BLOCK)) {
    if (m[1] === 'CERTIFICATE') certs.push(m[0]);
    else if (m[1].endsWith('PRIVATE KEY')) keys.push(m[0]);
  }
  return { keys, certs };
}

function pkcs12Certificates(file: string, password: string | undefined): string[] {
  try {
    const out = execFileSync('openssl', ['pkcs12', '-in', file, '-nokeys', '-passin', 'env:TRIBUTARY_P12_PASSWORD'], {
      env: { ...process.env, TRIBUTARY_P12_PASSWORD: password ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    }).toString('utf8');
    return pemBlocks(out).certs;
  } catch (err) {
    const why = ((err as { stderr?: Buffer }).stderr?.toString() ?? (err as Error).message).trim().split('\n')[0];
    throw new SecurityConfigError(
      `ssl.truststore.location: cannot read PKCS12 trust store ${file} (wrong ssl.truststore.password?): ${why}`,
    );
  }
}

/**
 * Reads the stores of `s` (synchronously: at start and on a reload).
 * `needKey`: a key store is required (a TLS listener); a client has one only
 * for client authentication.
 */
export function loadTlsMaterial(s: SslSettings, needKey: boolean): TlsMaterial {
  const files: string[] = [];
  const out: TlsMaterial = { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3', files };
  // Key store.
  if (s.keystoreKey !== undefined || s.keystoreCertificateChain !== undefined) {
    if (s.keystoreType !== undefined && s.keystoreType !== 'PEM') {
      throw new SecurityConfigError('ssl.keystore.key and ssl.keystore.certificate.chain need ssl.keystore.type=PEM');
    }
    if (s.keystoreKey === undefined || s.keystoreCertificateChain === undefined) {
      throw new SecurityConfigError('ssl.keystore.key and ssl.keystore.certificate.chain must be set together');
    }
    if (s.keystoreLocation !== undefined) throw new SecurityConfigError('ssl.keystore.location cannot be set with ssl.keystore.key');
    const { keys } = pemBlocks(s.keystoreKey);
    const { certs } = pemBlocks(s.keystoreCertificateChain);
    if (keys.length !== 1) throw new SecurityConfigError(`ssl.keystore.key must hold one PEM private key, found ${keys.length}`);
    if (certs.length === 0) throw new SecurityConfigError('ssl.keystore.certificate.chain holds no PEM certificate');
    out.key = [{ pem: keys[0], passphrase: s.keyPassword }];
    out.cert = certs.join('\n');
  } else if (s.keystoreLocation !== undefined) {
    if (s.keystoreType === 'JKS') throw jksError('keystore', s.keystoreLocation);
    const bytes = readStore('ssl.keystore.location', s.keystoreLocation);
    files.push(s.keystoreLocation);
    if (storeType('keystore', s.keystoreType, bytes, s.keystoreLocation) === 'PEM') {
      const { keys, certs } = pemBlocks(bytes.toString('utf8'));
      if (keys.length !== 1)
        throw new SecurityConfigError(`ssl.keystore.location ${s.keystoreLocation}: expected one PEM private key, found ${keys.length}`);
      if (certs.length === 0) throw new SecurityConfigError(`ssl.keystore.location ${s.keystoreLocation}: no PEM certificate`);
      out.key = [{ pem: keys[0], passphrase: s.keyPassword ?? s.keystorePassword }];
      out.cert = certs.join('\n');
    } else {
      out.pfx = [{ buf: bytes, passphrase: s.keystorePassword ?? '' }];
    }
  } else if (needKey) {
    throw new SecurityConfigError(
      'a TLS listener needs a key store: set ssl.keystore.location, or ssl.keystore.key and ssl.keystore.certificate.chain',
    );
  } else if (s.keystoreType === 'JKS') {
    throw jksError('keystore', undefined);
  }
  // Trust store.
  if (s.truststoreCertificates !== undefined) {
    if (s.truststoreLocation !== undefined)
      throw new SecurityConfigError('ssl.truststore.location cannot be set with ssl.truststore.certificates');
    const { certs } = pemBlocks(s.truststoreCertificates);
    if (certs.length === 0) throw new SecurityConfigError('ssl.truststore.certificates holds no PEM certificate');
    out.ca = certs;
  } else if (s.truststoreLocation !== undefined) {
    if (s.truststoreType === 'JKS') throw jksError('truststore', s.truststoreLocation);
    const bytes = readStore('ssl.truststore.location', s.truststoreLocation);
    files.push(s.truststoreLocation);
    if (storeType('truststore', s.truststoreType, bytes, s.truststoreLocation) === 'PEM') {
      out.ca = pemBlocks(bytes.toString('utf8')).certs;
      if (out.ca.length === 0) throw new SecurityConfigError(`ssl.truststore.location ${s.truststoreLocation}: no PEM certificate`);
    } else {
      out.ca = pkcs12Certificates(s.truststoreLocation, s.truststorePassword);
    }
  } else if (s.truststoreType === 'JKS') {
    throw jksError('truststore', undefined);
  }
  // Versions and ciphers.
  const enabled = s.enabledProtocols ?? ['TLSv1.2', 'TLSv1.3'];
  const idx = enabled.map((p) => {
    const i = VERSIONS.indexOf(p as (typeof VERSIONS)[number]);
    if (i < 0) throw new SecurityConfigError(`ssl.enabled.protocols: unknown protocol '${p}' (known: ${VERSIONS.join(', ')})`);
    return i;
  });
  if (idx.length === 0) throw new SecurityConfigError('ssl.enabled.protocols is empty');
  out.minVersion = VERSIONS[Math.min(...idx)];
  out.maxVersion = VERSIONS[Math.max(...idx)];
  if (s.cipherSuites !== undefined && s.cipherSuites.length > 0) out.ciphers = s.cipherSuites.join(':');
  return out;
}
