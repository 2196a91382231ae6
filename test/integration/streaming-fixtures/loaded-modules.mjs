// Prints (JSON, on stdout) every module file this process loaded while it
// imported `tributary/streaming` and then ran the optional action named by
// argv[2]: ESM files as the loader resolved them (a resolve hook on the
// loader thread reports each URL) plus the CommonJS require cache (native
// addons and CommonJS packages such as fastify or snappy).
import { createRequire, register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const { port1, port2 } = new MessageChannel();
const resolved = new Set();
port1.on('message', (url) => resolved.add(url));
port1.unref();
const hook = `
let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  port.postMessage(r.url);
  return r;
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`, import.meta.url, { data: { port: port2 }, transferList: [port2] });

const streaming = await import('tributary/streaming');
const action = process.argv[2];
if (action === 'ui') {
  const ssc = new streaming.StreamingContext(1000);
  const ui = await streaming.StreamingUi.start(ssc, { port: 0 });
  await ui.stop();
} else if (action === 'records') {
  // A DataFrame of records answers in JavaScript: no SQL engine.
  await streaming.RDD.parallelize(['a', 'b']).toDF('word').showString();
} else if (action === 'sql') {
  await streaming.SparkSession.builder.getOrCreate().sql('select 1').collect();
} else if (action === 'snappy') {
  const { compress } = await import('../../../dist/protocol/compression.js');
  compress(2, Buffer.from('hello'));
}
// Let the loader thread's last messages arrive.
await new Promise((r) => setTimeout(r, 200));
const cjs = Object.keys(createRequire(import.meta.url)('node:module')._cache);
process.stdout.write(JSON.stringify([...resolved, ...cjs]));
