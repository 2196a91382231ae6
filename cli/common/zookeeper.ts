/**
 * `--zookeeper host:port[/chroot]` from older Kafka tutorials: read the live
 * brokers' addresses from ZooKeeper in Kafka's layout (`/brokers/ids/<id>`,
 * JSON with "endpoints": ["PLAINTEXT://host:port"] and/or "host"/"port") and
 * use them as the bootstrap list. Everything else goes through the brokers.
 */
import { createRequire } from 'node:module';
import { ToolError } from './tool.js';

interface ZkClient {
  once(event: 'connected', cb: () => void): void;
  connect(): void;
  close(): void;
  getChildren(path: string, cb: (err: Error | null, children: string[]) => void): void;
  getData(path: string, cb: (err: Error | null, data: Buffer | undefined) => void): void;
}

interface ZkModule {
  createClient(connect: string, opts: { sessionTimeout: number; spinDelay: number; retries: number }): ZkClient;
}

const require = createRequire(import.meta.url);

function call<T>(f: (cb: (err: Error | null, v: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => f((err, v) => (err ? reject(err) : resolve(v))));
}

/** The "host:port" of every PLAINTEXT endpoint of a broker znode's JSON. */
export function brokerAddresses(json: string): string[] {
  const info = JSON.parse(json) as { endpoints?: string[]; host?: string | null; port?: number };
  const out: string[] = [];
  for (const ep of info.endpoints ?? []) {
    const m = /^([A-Za-z_]+):\/\/\[?([^\]]*)\]?:(\d+)$/.exec(ep);
    if (m && (m[1] === 'PLAINTEXT' || m[1] === 'plaintext')) out.push(`${m[2] || 'localhost'}:${m[3]}`);
  }
  if (out.length === 0 && info.host && info.port && info.port > 0) out.push(`${info.host}:${info.port}`);
  return out;
}

/** Reads the bootstrap list ("h:p,h:p") of the brokers registered in ZooKeeper at `connect`. */
export async function bootstrapFromZooKeeper(connect: string, timeoutMs = 5000): Promise<string> {
  const zk = require('node-zookeeper-client') as ZkModule;
  const client = zk.createClient(connect, { sessionTimeout: 10_000, spinDelay: 200, retries: 1 });
  let timer: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      timer = setTimeout(
        () => reject(new ToolError(`Error: could not connect to ZooKeeper at ${connect} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      client.once('connected', () => resolve());
      client.connect();
    });
    clearTimeout(timer);
    let ids: string[];
    try {
      ids = await call<string[]>((cb) => client.getChildren('/brokers/ids', cb));
    } catch {
      throw new ToolError(`Error: no brokers are registered in ZooKeeper at ${connect} (no /brokers/ids)`);
    }
    const addresses: string[] = [];
    for (const id of ids.sort((a, b) => Number(a) - Number(b))) {
      const data = await call<Buffer | undefined>((cb) => client.getData(`/brokers/ids/${id}`, cb)).catch(() => undefined);
      if (data) addresses.push(...brokerAddresses(data.toString('utf8')));
    }
    if (addresses.length === 0) throw new ToolError(`Error: no brokers are registered in ZooKeeper at ${connect}`);
    return addresses.join(',');
  } finally {
    clearTimeout(timer);
    client.close();
  }
}
