/**
 * The clients of the tools, set up for command-line use.
 *
 * - kafkajs: silent logging, and timeouts and retries short enough that a
 *   dead address fails within a few seconds with a message naming it
 *   (kafkajs's defaults retry for about half a minute). Client properties
 *   from `--command-config`, `--producer-property`, ... map to kafkajs
 *   options where kafkajs has one.
 * - the project's lean client (client/), for what kafkajs does not
 *   offer publicly: group-less partition reading, topic ids in Metadata,
 *   admin requests at the broker's own versions, OffsetDelete.
 */
import kafkajs from 'kafkajs';
import type { Admin, Kafka, KafkaConfig } from 'kafkajs';
import { KafkaClient as LeanClient, clientSecurityFromProperties, type ClientSecurity } from '../../client/index.js';
import { readPropertiesFile } from '../../config/properties.js';
import { ToolError, errorMessage } from './tool.js';
import { UsageError, type ParsedArgs } from './args.js';

// kafkajs is CommonJS; Node's ESM loader only exposes its default export reliably.
const { Kafka: KafkaClient, logLevel } = kafkajs;

/** host:port of one broker. */
export interface HostPort {
  host: string;
  port: number;
}

/** Default request timeout of the tools, ms (Kafka's default.api.timeout is longer; a tool should fail fast). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
/** Default TCP connect timeout, ms. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 3_000;

/** Parses "host:port,host:port" (a UsageError names a malformed entry). */
export function parseBootstrap(list: string): HostPort[] {
  const out: HostPort[] = [];
  for (const raw of list.split(',')) {
    const s = raw.trim().replace(/^[A-Z_]+:\/\//, '');
    if (s === '') continue;
    const m = /^\[?([^\]]*)\]?:(\d+)$/.exec(s);
    if (!m) throw new UsageError(`Invalid url in bootstrap.servers: ${raw.trim()}`);
    out.push({ host: m[1], port: Number(m[2]) });
  }
  if (out.length === 0) throw new UsageError('No resolvable bootstrap urls given in bootstrap.servers');
  return out;
}

/** "h1:p1,h2:p2" */
export function formatBootstrap(brokers: readonly HostPort[]): string {
  return brokers.map((b) => `${b.host}:${b.port}`).join(',');
}

/** Loads a Java properties file given to --command-config / --producer.config / --consumer.config. */
export function loadClientProperties(file: string | undefined): Map<string, string> {
  if (file === undefined) return new Map();
  try {
    return readPropertiesFile(file);
  } catch (err) {
    throw new ToolError(`Error: cannot read ${file}: ${errorMessage(err)}`);
  }
}

/** Options of makeKafka. */
export interface ClientOptions {
  bootstrap: string;
  clientId: string;
  /** Client properties (Kafka names); request.timeout.ms, client.id and bootstrap.servers are used. */
  props?: Map<string, string>;
}

/** The security of client properties; a ToolError names the bad key. */
export function toolSecurity(props: Map<string, string> | undefined): ClientSecurity | undefined {
  if (props === undefined || props.size === 0) return undefined;
  try {
    return clientSecurityFromProperties(props);
  } catch (err) {
    throw new ToolError(`Error: invalid client security properties: ${errorMessage(err)}`);
  }
}

/** kafkajs's `ssl` and `sasl` options of client properties (security.protocol, ssl.*, sasl.mechanism, sasl.jaas.config). */
export function kafkajsSecurity(props: Map<string, string>): Pick<KafkaConfig, 'ssl' | 'sasl'> {
  const sec = toolSecurity(props);
  if (!sec) return {};
  const out: Pick<KafkaConfig, 'ssl' | 'sasl'> = {};
  if (sec.tls) out.ssl = sec.tls;
  if (sec.sasl) {
    const { username, password } = sec.sasl;
    out.sasl =
      sec.sasl.mechanism === 'PLAIN'
        ? { mechanism: 'plain', username, password }
        : sec.sasl.mechanism === 'SCRAM-SHA-256'
          ? { mechanism: 'scram-sha-256', username, password }
          : { mechanism: 'scram-sha-512', username, password };
  }
  return out;
}

/** A kafkajs client for a tool. */
export function makeKafka(opts: ClientOptions): Kafka {
  const props = opts.props ?? new Map<string, string>();
  const bootstrap = props.get('bootstrap.servers') ?? opts.bootstrap;
  const requestTimeout = Number(props.get('request.timeout.ms') ?? DEFAULT_REQUEST_TIMEOUT_MS);
  const config: KafkaConfig = {
    clientId: props.get('client.id') ?? opts.clientId,
    brokers: parseBootstrap(bootstrap).map((b) => `${b.host}:${b.port}`),
    logLevel: logLevel.NOTHING,
    connectionTimeout: DEFAULT_CONNECT_TIMEOUT_MS,
    requestTimeout,
    retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1000 },
    ...kafkajsSecurity(props),
  };
  return new KafkaClient(config);
}

/** Options of clusterClient. */
export interface ClusterOptions {
  clientId: string;
  /** Default DEFAULT_REQUEST_TIMEOUT_MS. */
  requestTimeoutMs?: number;
  /** Client properties (--command-config): security.protocol, ssl.*, sasl.* reach the connections. */
  props?: Map<string, string>;
}

/**
 * A lean client (client/) of the cluster at `bootstrap`, not connected
 * yet. Few retries and a short connect timeout: a tool fails fast.
 */
export function clusterClient(bootstrap: string, opts: ClusterOptions): LeanClient {
  return new LeanClient({
    brokers: formatBootstrap(parseBootstrap(bootstrap)),
    clientId: opts.clientId,
    requestTimeoutMs: opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    connectTimeoutMs: DEFAULT_CONNECT_TIMEOUT_MS,
    retries: 2,
    security: toolSecurity(opts.props),
  });
}

/** clusterClient() connected (metadata loaded); a ToolError names the addresses when no broker answers. */
export async function openCluster(bootstrap: string, opts: ClusterOptions): Promise<LeanClient> {
  const client = clusterClient(bootstrap, opts);
  try {
    await client.connect();
  } catch (err) {
    client.close();
    throw new ToolError(`Error: could not connect to the broker at ${formatBootstrap(parseBootstrap(bootstrap))}: ${errorMessage(err)}`);
  }
  return client;
}

/**
 * The connected admin client of an admin tool, as Kafka's tools build theirs:
 * `props` from its --command-config (or --admin.config) file, `bootstrap`
 * from the command line, which wins over the file's `bootstrap.servers`; the
 * file's `client.id` and `request.timeout.ms` over the tool's defaults, its
 * security settings on every connection. A ToolError names the addresses
 * when no broker answers.
 */
export function openAdminCluster(bootstrap: string, props: Map<string, string>, clientId: string): Promise<LeanClient> {
  const timeout = props.get('request.timeout.ms');
  return openCluster(bootstrap, {
    clientId: props.get('client.id') ?? clientId,
    requestTimeoutMs: timeout !== undefined ? Number(timeout) : undefined,
    props,
  });
}

/** Rewrites a kafkajs connection failure into a one-line ToolError naming the address. */
export function connectionError(err: unknown, bootstrap: string): ToolError {
  const e = err as { message?: string; name?: string; originalError?: unknown; retryCount?: number };
  let cause = errorMessage(err);
  const inner = e.originalError as { message?: string } | undefined;
  if (inner?.message) cause = inner.message;
  return new ToolError(`Error: could not connect to the broker at ${bootstrap}: ${cause}`);
}

/** Runs `f` and turns a failure to reach the cluster into connectionError(). */
export async function withConnection<T>(bootstrap: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (err) {
    const name = (err as Error)?.name ?? '';
    if (
      /KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded|KafkaJSBrokerNotFound|KafkaJSNonRetriableError|KafkaJSRequestTimeoutError/.test(
        name,
      ) &&
      /connect|Connection|timeout|Timeout|ECONN|ENOTFOUND|EAI_AGAIN|broker/i.test(
        errorMessage(err) + String((err as { originalError?: Error }).originalError?.message ?? ''),
      )
    ) {
      throw connectionError(err, bootstrap);
    }
    throw err;
  }
}

/** Connects a kafkajs admin client, failing fast with a clear message. */
export async function connectAdmin(kafka: Kafka, bootstrap: string): Promise<Admin> {
  const admin = kafka.admin({ retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1000 } });
  await withConnection(bootstrap, () => admin.connect());
  return admin;
}

/** Resolves `p`, or rejects with a ToolError after `ms` (for calls that kafkajs would retry for long). */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ToolError(`Error: ${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/**
 * The bootstrap list from `--bootstrap-server` (or `--broker-list`, its old
 * name in the console producer) or, for tools that accept it, the brokers
 * registered in ZooKeeper at `--zookeeper`. A UsageError when none is given.
 */
export async function resolveBootstrap(args: ParsedArgs, required = '--bootstrap-server'): Promise<string> {
  const direct = args.value('bootstrap-server') ?? args.value('broker-list');
  if (direct !== undefined) {
    parseBootstrap(direct);
    return direct;
  }
  const zk = args.value('zookeeper');
  if (zk !== undefined) {
    // Loaded only for --zookeeper: the ZooKeeper client is slow to import.
    const { bootstrapFromZooKeeper } = await import('../../broker/cluster/zk/zk-bootstrap.js');
    return bootstrapFromZooKeeper(zk).catch((err: Error) => {
      throw new ToolError(`Error: ${err.message}`);
    });
  }
  throw new UsageError(`Missing required argument "[${required.replace(/^--/, '')}]"`);
}
