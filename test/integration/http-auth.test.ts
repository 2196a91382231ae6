/**
 * Who may use the broker's HTTP API and console:
 * - by default it listens on loopback only;
 * - a broker process whose http.listener binds beyond loopback without
 *   http.auth.token / http.auth.basic.users refuses to start, naming the keys;
 * - with credentials set, every route (API, /metrics, console files, the
 *   live tail) answers 401 with WWW-Authenticate: Basic to a caller without
 *   them, and serves a caller with the bearer token, a listed basic-auth
 *   user, or the token as a basic-auth password;
 * - on a broker that checks ACLs and has no HTTP credentials, the live tail
 *   (record contents) answers 403 and shows no record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { loadBrokerConfig } from '../../config/broker-config.js';
import { startBroker, type RunningBroker } from '../../broker/index.js';
import { BrokerProcess } from './harness.js';

const TOKEN = 'tok-3f9c';

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

async function produce(brokers: string, topic: string, values: string[]): Promise<void> {
  const kafka = new Kafka({ brokers: [brokers], logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic, messages: values.map((value) => ({ value })) });
  await producer.disconnect();
}

/** Reads a server-sent-events response for a while and returns what came. */
async function readSome(res: Response, ms: number): Promise<string> {
  const reader = res.body!.getReader();
  let text = '';
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && !text.includes('secret-record')) {
    const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), 200))]);
    if (chunk === null) continue;
    if (chunk.done) break;
    text += Buffer.from(chunk.value).toString('utf8');
  }
  await reader.cancel();
  return text;
}

describe('HTTP API access', () => {
  it('listens on loopback by default', () => {
    expect(loadBrokerConfig(null).httpListener).toEqual({ host: '127.0.0.1', port: 9644 });
  });

  it('a broker process refuses a listener beyond loopback without credentials, naming the keys', async () => {
    const p = new BrokerProcess({ config: { 'http.listener': 'http://0.0.0.0:0' } });
    try {
      await expect(p.start()).rejects.toThrow(/exited early/);
      expect(p.output).toMatch(/invalid value 'http:\/\/0\.0\.0\.0:0' for config 'http\.listener': it binds beyond loopback/);
      expect(p.output).toContain('set http.auth.token or http.auth.basic.users');
    } finally {
      await p.destroy();
    }
  });

  describe('with http.auth.token and http.auth.basic.users on every interface', () => {
    let b: RunningBroker;
    let base: string;

    beforeAll(async () => {
      b = await startBroker({
        config: {
          'http.listener': 'http://0.0.0.0:0',
          'http.auth.token': TOKEN,
          'http.auth.basic.users': 'ops:pa55,viewer:v1ew',
        },
      });
      base = `http://127.0.0.1:${b.broker.httpAddress!.port}`;
      await produce(b.brokers, 'private', ['secret-record']);
    });
    afterAll(async () => {
      await b?.stop();
    });

    it('answers 401 with a Basic challenge to a caller without credentials, on every route', async () => {
      for (const url of ['/api/health', '/api/topics', '/metrics', '/', '/app.css', '/api/topics/private/tail?from=beginning', '/nope']) {
        const res = await fetch(base + url);
        expect(res.status, url).toBe(401);
        expect(res.headers.get('www-authenticate'), url).toBe('Basic realm="Tributary", charset="UTF-8"');
        const body = await res.text();
        expect(body, url).toContain('TRB_ERR_UNAUTHORIZED');
        expect(body, url).not.toContain('secret-record');
      }
      for (const wrong of [`Bearer nope`, basic('ops', 'wrong'), basic('nobody', 'pa55'), 'Basic %%%', 'Digest x']) {
        expect((await fetch(`${base}/api/topics`, { headers: { authorization: wrong } })).status, wrong).toBe(401);
      }
    });

    it('serves the bearer token, a listed user, and the token as a basic-auth password', async () => {
      for (const authorization of [`Bearer ${TOKEN}`, basic('ops', 'pa55'), basic('viewer', 'v1ew'), basic('anyone', TOKEN)]) {
        const res = await fetch(`${base}/api/topics`, { headers: { authorization } });
        expect(res.status, authorization).toBe(200);
        expect(JSON.stringify(await res.json())).toContain('private');
      }
      const m = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(m.status).toBe(200);
      const tail = await fetch(`${base}/api/topics/private/tail?from=beginning`, { headers: { authorization: basic('ops', 'pa55') } });
      expect(tail.status).toBe(200);
      expect(await readSome(tail, 10_000)).toContain('secret-record');
    });
  });

  describe('on a broker with an authorizer and no HTTP credentials', () => {
    let b: RunningBroker;

    beforeAll(async () => {
      b = await startBroker({
        config: {
          'http.listener': 'http://127.0.0.1:0',
          'authorizer.class.name': 'kafka.security.authorizer.AclAuthorizer',
          // Everyone may use the Kafka port here (no ACLs): only the console's rule is tested.
          'allow.everyone.if.no.acl.found': 'true',
        },
      });
      await produce(b.brokers, 'private', ['secret-record']);
    });
    afterAll(async () => {
      await b?.stop();
    });

    it('shows topics but no record contents', async () => {
      const base = `http://127.0.0.1:${b.broker.httpAddress!.port}`;
      expect((await fetch(`${base}/api/topics/private`)).status).toBe(200);
      const tail = await fetch(`${base}/api/topics/private/tail?from=beginning`);
      expect(tail.status).toBe(403);
      const body = await tail.text();
      expect(body).toContain('TRB_ERR_RECORDS_NEED_AUTH');
      expect(body).toContain('set http.auth.token or http.auth.basic.users');
      expect(body).not.toContain('secret-record');
    });
  });
});
