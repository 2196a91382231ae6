"""confluent-kafka (Debian's python3-confluent-kafka 1.7.0 on Debian's
librdkafka) against a Tributary broker.

Usage: /usr/bin/python3 confluent_kafka_basic.py BOOTSTRAP TOPIC N

AdminClient: create TOPIC (3 partitions, retention.ms set), describe the
topic's and the broker's configs, delete TOPIC at the end. Producer
(acks=all): N keyed messages per compression codec, each acknowledged
through its delivery callback. Consumer in a group (earliest, no
auto-commit) reads everything and commits synchronously; one marker per
partition is produced after it closed; a second consumer in the same group
must read exactly the markers. Prints one JSON object.
"""
import json
import sys
import time

from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, ConfigResource, NewTopic

bootstrap, topic, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
group = topic + '-group'
out = {}


def error_name(err):
    return None if err is None else err.name()


def wait(futures):
    """Runs an admin call's futures; returns {name: error name or None}."""
    result = {}
    for key, f in futures.items():
        try:
            f.result()
            result[str(key)] = None
        except Exception as e:  # KafkaException carries the KafkaError
            result[str(key)] = error_name(e.args[0]) if e.args else repr(e)
    return result


def poll_until(consumer, want, seconds=30):
    values, errors = [], []
    deadline = time.time() + seconds
    while len(values) < want and time.time() < deadline:
        m = consumer.poll(0.5)
        if m is None:
            continue
        if m.error():
            errors.append(error_name(m.error()))
        else:
            values.append(m.value().decode())
    return values, errors


admin = AdminClient({'bootstrap.servers': bootstrap})
out['create'] = wait(admin.create_topics([NewTopic(topic, 3, 1, config={'retention.ms': '86400000'})],
                                         operation_timeout=10))
md = admin.list_topics(timeout=10)
out['partitions'] = len(md.topics[topic].partitions) if topic in md.topics else 0
for resource in (ConfigResource('topic', topic), ConfigResource('broker', '0')):
    for key, f in admin.describe_configs([resource]).items():
        configs = f.result()
        out['configs-' + resource.restype.name.lower()] = {
            name: [entry.value, entry.source] for name, entry in configs.items()
            if name in ('retention.ms', 'cleanup.policy', 'num.partitions', 'log.retention.hours')}

ids, delivered, failed = [], [], []


def on_delivery(err, msg):
    if err is not None:
        failed.append(error_name(err))
    else:
        delivered.append(msg.value().decode())


for codec in ('none', 'gzip', 'snappy', 'lz4', 'zstd'):
    producer = Producer({'bootstrap.servers': bootstrap, 'acks': 'all', 'compression.type': codec,
                         'linger.ms': 5})
    for i in range(n):
        value = '%s-%d' % (codec, i)
        ids.append(value)
        producer.produce(topic, key=('k%d' % i).encode(), value=value.encode(), on_delivery=on_delivery)
    out.setdefault('unflushed', []).append(producer.flush(15))
out['ids'] = ids
out['delivered'] = delivered
out['deliveryErrors'] = failed

config = {'bootstrap.servers': bootstrap, 'group.id': group, 'auto.offset.reset': 'earliest',
          'enable.auto.commit': False}
first = Consumer(config)
first.subscribe([topic])
out['groupRead'], out['groupErrors'] = poll_until(first, len(ids))
out['commit'] = [[tp.partition, tp.offset, error_name(tp.error)] for tp in first.commit(asynchronous=False)]
tps = [TopicPartition(topic, p) for p in range(3)]
out['committed'] = [tp.offset for tp in first.committed(tps, timeout=10)]
out['highWatermarks'] = [first.get_watermark_offsets(tp, timeout=10)[1] for tp in tps]
first.close()

producer = Producer({'bootstrap.servers': bootstrap, 'acks': 'all'})
for p in range(3):
    producer.produce(topic, value=('marker-%d' % p).encode(), partition=p)
producer.flush(15)
second = Consumer(config)
second.subscribe([topic])
out['secondRead'], _ = poll_until(second, 3)
second.close()

out['delete'] = wait(admin.delete_topics([topic], operation_timeout=10))
print(json.dumps(out))
