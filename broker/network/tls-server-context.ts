/**
 * The TLS side of an SSL or SASL_SSL listener: the server options Node's
 * `tls.createServer` takes, built from the listener's `ssl.*` settings
 * (config/security/ssl-settings.ts reads the stores), the client-certificate
 * policy of `ssl.client.auth`, the principal of a client certificate
 * (broker/security/ssl-principal.ts), and reloading: the key and trust store
 * files are watched, and when one changes the listener's secure context is
 * replaced (new connections use the new certificates; a store that no longer
 * loads is logged and the old context kept).
 */
import fs from 'node:fs';
import tls from 'node:tls';
import { loadTlsMaterial, type TlsMaterial } from '../../config/security/ssl-settings.js';
import type { ListenerSecurity } from '../../config/listener-security.js';
import type { Principal } from '../apis/types.js';
import { ANONYMOUS } from '../apis/types.js';
import { userPrincipal } from '../security/kafka-principal.js';
import { distinguishedName, mapPrincipalName, parsePrincipalMappingRules, type PrincipalMappingRule } from '../security/ssl-principal.js';
import type { Logger } from '../logger.js';

/** How often watched store files are polled for changes, ms. */
const RELOAD_POLL_MS = 2000;

/** Node's secure context options of the loaded stores. */
function contextOptions(m: TlsMaterial): tls.SecureContextOptions {
  return {
    key: m.key,
    cert: m.cert,
    pfx: m.pfx,
    ca: m.ca,
    minVersion: m.minVersion,
    maxVersion: m.maxVersion,
    ciphers: m.ciphers,
  };
}

/** The result of checking a client's certificate on a new connection. */
export type PeerCheck = { ok: true; principal: Principal } | { ok: false; why: string };

/** TLS settings of one listener, with reloading. */
export class TlsServerContext {
  private readonly rules: PrincipalMappingRule[];
  private material: TlsMaterial;
  private server: tls.Server | null = null;
  private readonly watched: [string, (cur: fs.Stats, prev: fs.Stats) => void][] = [];

  /** Loads the stores (throws a SecurityConfigError naming the key when one cannot be read). */
  constructor(
    private readonly security: ListenerSecurity,
    private readonly logger: Logger,
  ) {
    this.rules = parsePrincipalMappingRules(security.principalMappingRules);
    this.material = loadTlsMaterial(security.ssl!, true);
    // The context is built once here so that a bad key or password fails the start, not the first client.
    tls.createSecureContext(contextOptions(this.material));
  }

  /** Options of tls.createServer. */
  serverOptions(): tls.TlsOptions {
    const auth = this.security.clientAuth;
    return {
      ...contextOptions(this.material),
      requestCert: auth !== 'none',
      // 'requested': a client without a certificate is let in (as User:ANONYMOUS); an invalid one is refused in checkPeer.
      rejectUnauthorized: auth === 'required',
    };
  }

  /** Starts watching the store files; changes replace the server's secure context. */
  watch(server: tls.Server): void {
    this.server = server;
    for (const f of this.material.files) {
      const onChange = (cur: fs.Stats, prev: fs.Stats): void => {
        if (cur.mtimeMs !== prev.mtimeMs || cur.size !== prev.size) this.reload(f);
      };
      fs.watchFile(f, { interval: RELOAD_POLL_MS, persistent: false }, onChange);
      this.watched.push([f, onChange]);
    }
  }

  private reload(changed: string): void {
    try {
      const material = loadTlsMaterial(this.security.ssl!, true);
      const options = contextOptions(material);
      tls.createSecureContext(options);
      this.material = material;
      this.server?.setSecureContext({ ...options });
      this.logger.info(`listener ${this.security.listenerName}: TLS certificates reloaded (${changed} changed)`);
    } catch (err) {
      this.logger.warn(
        `listener ${this.security.listenerName}: keeping the old TLS certificates, ${changed} changed but does not load: ${(err as Error).message}`,
      );
    }
  }

  /** The principal of a new TLS connection (its certificate's mapped name), or why it is refused. */
  checkPeer(socket: tls.TLSSocket): PeerCheck {
    const cert = socket.getPeerX509Certificate();
    if (cert === undefined) return { ok: true, principal: ANONYMOUS };
    if (!socket.authorized) return { ok: false, why: `client certificate not trusted (${String(socket.authorizationError)})` };
    const dn = distinguishedName(cert);
    const name = mapPrincipalName(this.rules, dn);
    if (name === null) return { ok: false, why: `no ssl.principal.mapping.rules rule applies to '${dn}'` };
    return { ok: true, principal: userPrincipal(name) };
  }

  /** Stops watching files. */
  close(): void {
    for (const [f, onChange] of this.watched) fs.unwatchFile(f, onChange);
    this.watched.length = 0;
  }
}
