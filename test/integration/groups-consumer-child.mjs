// A kafkajs consumer in its own process for the consumer-group tests.
// Usage: node groups-consumer-child.mjs <bootstrap> <groupId> <topic> <name>
// Prints one JSON line per event on stdout: {"assigned":[...]} after every
// rebalance, {"id":"..."} per message (after processing; offsets are
// committed by kafkajs after each batch).
import kafkajs from 'kafkajs';

const { Kafka, logLevel } = kafkajs;
const [bootstrap, groupId, topic, name] = process.argv.slice(2);
const kafka = new Kafka({
  clientId: name,
  brokers: [bootstrap],
  logLevel: logLevel.NOTHING,
  retry: { retries: 20, initialRetryTime: 100, maxRetryTime: 1000 },
});
// kafkajs heartbeats from its fetch loop: the long-poll wait must stay well below the session timeout.
const consumer = kafka.consumer({
  groupId,
  sessionTimeout: 4000,
  rebalanceTimeout: 8000,
  heartbeatInterval: 300,
  maxWaitTimeInMs: 300,
  retry: { retries: 20 },
});
const out = (o) => process.stdout.write(JSON.stringify(o) + '\n');
consumer.on(consumer.events.GROUP_JOIN, (e) =>
  out({ assigned: e.payload.memberAssignment[topic] ?? [], generation: e.payload.generationId }),
);
await consumer.connect();
await consumer.subscribe({ topic, fromBeginning: true });
await consumer.run({
  eachMessage: async ({ message, partition }) => out({ id: message.value.toString(), partition }),
});
process.on('SIGTERM', async () => {
  await consumer.disconnect().catch(() => undefined);
  process.exit(0);
});
