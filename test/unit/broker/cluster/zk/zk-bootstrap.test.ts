import { describe, expect, it } from 'vitest';
import { bootstrapFromZooKeeper, plaintextAddresses } from '../../../../../broker/cluster/zk/zk-bootstrap.js';

describe('bootstrap from ZooKeeper (--zookeeper)', () => {
  it('reads PLAINTEXT endpoints from a broker znode, else host and port', () => {
    expect(plaintextAddresses('{"endpoints":["SSL://h:9093","PLAINTEXT://h:9092"],"host":"h","port":9092}')).toEqual(['h:9092']);
    expect(plaintextAddresses('{"endpoints":["plaintext://[::1]:9092"]}')).toEqual(['::1:9092']);
    expect(plaintextAddresses('{"endpoints":[],"host":"old","port":9092}')).toEqual(['old:9092']);
    expect(plaintextAddresses('{"endpoints":["SSL://h:9093"]}')).toEqual([]);
  });

  it('names the address when no ZooKeeper answers', async () => {
    // Port 1 on loopback: nothing listens there.
    await expect(bootstrapFromZooKeeper('127.0.0.1:1', 300)).rejects.toThrow('could not connect to ZooKeeper at 127.0.0.1:1 within 300 ms');
  });
});
