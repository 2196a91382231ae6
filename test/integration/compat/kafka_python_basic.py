"""kafka-python (Debian's python3-kafka 2.0.2) against a Tributary broker.

Usage: /usr/bin/python3 kafka_python_basic.py BOOTSTRAP TOPIC N

Admin: create TOPIC (3 partitions), list, delete at the end. Producer
(acks='all'): N keyed messages per compression codec kafka-python can use
here (none, gzip, and snappy, lz4, zstd when their modules are installed),
get() on every future. Consumer in a group (earliest, manual commit) reads
everything and commits; one marker per partition is produced after it
closed; a second consumer in the same group must read exactly the markers.
A consumer without a group (assign + seek_to_beginning) reads everything.
Prints one JSON object; the vitest test asserts on it.
"""
import json
import sys
import time

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic
from kafka.codec import has_gzip, has_lz4, has_snappy, has_zstd

bootstrap, topic, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
group = topic + '-group'
out = {}


def poll_until(consumer, want, seconds=30):
    """Values of the records polled until `want` arrived (or the deadline)."""
    values = []
    deadline = time.time() + seconds
    while len(values) < want and time.time() < deadline:
        for records in consumer.poll(timeout_ms=500).values():
            values.extend(r.value.decode() for r in records)
    return values


admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id='compat-admin')
created = admin.create_topics([NewTopic(topic, 3, 1)], timeout_ms=10000)
out['create'] = [[t, code] for t, code, _msg in created.topic_errors]
out['listed'] = topic in admin.list_topics()

codecs = [None] + [name for name, has in
                   (('gzip', has_gzip), ('snappy', has_snappy), ('lz4', has_lz4), ('zstd', has_zstd)) if has()]
out['codecs'] = [c or 'none' for c in codecs]
ids, acked = [], []
for codec in codecs:
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks='all', compression_type=codec)
    futures = []
    for i in range(n):
        value = '%s-%d' % (codec or 'none', i)
        ids.append(value)
        futures.append(producer.send(topic, key=('k%d' % i).encode(), value=value.encode()))
    for f in futures:
        md = f.get(timeout=15)
        acked.append([md.partition, md.offset])
    producer.close()
out['ids'] = ids
out['acked'] = acked

first = KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=group,
                      auto_offset_reset='earliest', enable_auto_commit=False)
out['groupRead'] = poll_until(first, len(ids))
first.commit()
tps = [TopicPartition(topic, p) for p in range(3)]
out['committed'] = [first.committed(tp) for tp in tps]
first.close()

producer = KafkaProducer(bootstrap_servers=bootstrap, acks='all')
for p in range(3):
    producer.send(topic, value=('marker-%d' % p).encode(), partition=p).get(timeout=15)
producer.close()
second = KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=group,
                       auto_offset_reset='earliest', enable_auto_commit=False)
out['secondRead'] = poll_until(second, 3)
second.close()

solo = KafkaConsumer(bootstrap_servers=bootstrap)
solo.assign(tps)
solo.seek_to_beginning()
out['soloRead'] = poll_until(solo, len(ids) + 3)
solo.close()

deleted = admin.delete_topics([topic], timeout_ms=10000)
out['delete'] = [[t, code] for t, code in deleted.topic_error_codes]
out['listedAfterDelete'] = topic in admin.list_topics()
admin.close()
print(json.dumps(out))
