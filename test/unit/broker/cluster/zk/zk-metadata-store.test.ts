import { describe, expect, it } from 'vitest';
import {
  ZkPaths,
  addingOf,
  base64ToUuid,
  decodeBrokerRegistration,
  decodeTopicAssignment,
  encodeBrokerRegistration,
  encodePartitionState,
  encodeTopicAssignment,
  removingOf,
  uuidToBase64,
} from '../../../../../broker/cluster/zk/zk-metadata-store.js';

describe('ZooKeeper znode codecs (Kafka layout)', () => {
  it('writes a broker registration Kafka tools can read, and reads Kafka-written ones', () => {
    const json = JSON.parse(encodeBrokerRegistration({ nodeId: 2, host: 'h2', port: 9094, rack: 'r1' }).toString());
    expect(json).toMatchObject({ version: 5, host: 'h2', port: 9094, endpoints: ['PLAINTEXT://h2:9094'], rack: 'r1', jmx_port: -1 });
    expect(JSON.parse(encodeBrokerRegistration({ nodeId: 1, host: 'h', port: 1, rack: null }).toString())).not.toHaveProperty('rack');
    const kafkaWritten = Buffer.from(
      '{"listener_security_protocol_map":{"PLAINTEXT":"PLAINTEXT"},"endpoints":["PLAINTEXT://kafka-1:29092"],"jmx_port":-1,"host":"kafka-1","timestamp":"1","port":29092,"version":4}',
    );
    expect(decodeBrokerRegistration(1, kafkaWritten)).toMatchObject({ nodeId: 1, host: 'kafka-1', port: 29092, rack: null });
  });

  it('registers every listener with its protocol, and reads back the inter-broker one as host:port', () => {
    const endpoints = [
      { listenerName: 'CLIENT', securityProtocol: 'SASL_SSL', host: 'b1.example', port: 9094 },
      { listenerName: 'INTERNAL', securityProtocol: 'SSL', host: 'b1.internal', port: 9093 },
    ];
    const data = encodeBrokerRegistration({ nodeId: 1, host: 'b1.internal', port: 9093, rack: null, endpoints });
    const json = JSON.parse(data.toString());
    expect(json.endpoints).toEqual(['CLIENT://b1.example:9094', 'INTERNAL://b1.internal:9093']);
    expect(json.listener_security_protocol_map).toEqual({ CLIENT: 'SASL_SSL', INTERNAL: 'SSL' });
    // Kafka writes host/port of a PLAINTEXT endpoint only.
    expect(json.host).toBeNull();
    expect(json.port).toBe(-1);
    const back = decodeBrokerRegistration(1, data, 'INTERNAL');
    expect(back).toMatchObject({ host: 'b1.internal', port: 9093, endpoints });
    expect(decodeBrokerRegistration(1, data, 'CLIENT')).toMatchObject({ host: 'b1.example', port: 9094 });
  });

  it("round-trips topic assignments with the topic id in Kafka's base64 form", () => {
    const topicId = '0b3c9a4e-1f2d-4c5b-8a7e-6d5c4b3a2f10';
    const data = encodeTopicAssignment({
      topicId,
      replicas: [
        [0, 1],
        [1, 2],
        [2, 0],
      ],
    });
    const json = JSON.parse(data.toString());
    expect(json.version).toBe(3);
    expect(json.partitions).toEqual({ 0: [0, 1], 1: [1, 2], 2: [2, 0] });
    expect(json.topic_id).toBe(uuidToBase64(topicId));
    expect(json.topic_id).toHaveLength(22);
    expect(decodeTopicAssignment('t', data)).toEqual({
      topicId,
      replicas: [
        [0, 1],
        [1, 2],
        [2, 0],
      ],
    });
    expect(base64ToUuid(uuidToBase64(topicId))).toBe(topicId);
  });

  it("keeps a reassignment's adding and removing replicas (KIP-455), and reads Kafka-written ones", () => {
    const topicId = '0b3c9a4e-1f2d-4c5b-8a7e-6d5c4b3a2f10';
    const a = {
      topicId,
      replicas: [
        [1, 2, 0],
        [1, 2],
      ],
      adding: { 0: [2] },
      removing: { 0: [0] },
    };
    const json = JSON.parse(encodeTopicAssignment(a).toString());
    expect(json).toMatchObject({ adding_replicas: { 0: [2] }, removing_replicas: { 0: [0] } });
    expect(decodeTopicAssignment('t', encodeTopicAssignment(a))).toEqual(a);
    expect([addingOf(a, 0), removingOf(a, 0), addingOf(a, 1), removingOf(a, 1)]).toEqual([[2], [0], [], []]);
    const kafkaWritten = Buffer.from(
      `{"version":2,"partitions":{"0":[3,1,2]},"adding_replicas":{"0":[3],"1":[]},"removing_replicas":{"0":[2]}}`,
    );
    expect(decodeTopicAssignment('t', kafkaWritten)).toMatchObject({ replicas: [[3, 1, 2]], adding: { 0: [3] }, removing: { 0: [2] } });
    const plain = decodeTopicAssignment('t', encodeTopicAssignment({ topicId, replicas: [[0]] }));
    expect(plain).toEqual({ topicId, replicas: [[0]] });
  });

  it("writes partition state with Kafka's field names", () => {
    expect(JSON.parse(encodePartitionState({ leader: 1, leaderEpoch: 7, isr: [1, 2] }, 3).toString())).toEqual({
      controller_epoch: 3,
      leader: 1,
      version: 1,
      leader_epoch: 7,
      isr: [1, 2],
    });
  });

  it("uses Kafka's znode paths", () => {
    expect(ZkPaths.partitionState('orders', 4)).toBe('/brokers/topics/orders/partitions/4/state');
    expect(ZkPaths.broker(3)).toBe('/brokers/ids/3');
    expect(ZkPaths.topicConfig('orders')).toBe('/config/topics/orders');
    expect(ZkPaths.deleteTopic('orders')).toBe('/admin/delete_topics/orders');
  });
});
