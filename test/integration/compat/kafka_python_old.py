"""kafka-python (Debian's python3-kafka 2.0.2) pinned to an old protocol.

Usage: /usr/bin/python3 kafka_python_old.py BOOTSTRAP TOPIC N API_VERSION

API_VERSION is dotted ("0.10", "0.9", "0.8.2"); kafka-python then sends
only that release's request versions: 0.10 Produce v2 / Fetch v2 (message
format v1), 0.9 Produce v1 / Fetch v1 (format v0), 0.8.2 Produce v0 /
Fetch v0; ListOffsets v0, Metadata v0, OffsetCommit v2 (0.9+) or v1
(0.8.2), OffsetFetch v1; JoinGroup/SyncGroup/Heartbeat v0 from 0.9 on.

The topic (3 partitions) exists before. Producer (acks=1): N keyed messages
per codec kafka-python can write here (none, gzip, and snappy and lz4 when
their modules are installed); get() on every future. Then a consumer
reads everything and commits: in a group (subscribe) from 0.9 on, by
assign() for 0.8.2 (which has no group membership). seek_to_end() asks
ListOffsets v0 for the end of every partition. A second consumer of the
same group reads only what was produced after the commit. Prints one JSON
object; the vitest test asserts on it.
"""
import json
import sys
import time

from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.codec import has_lz4, has_snappy

bootstrap, topic, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
api = tuple(int(x) for x in sys.argv[4].split('.'))
group = '%s-group' % topic
grouped = api >= (0, 9)
tps = [TopicPartition(topic, p) for p in range(3)]
out = {'api': list(api)}


def poll_until(consumer, want, seconds=40):
    """(value, offset, timestamp) of the records polled until `want` arrived (or the deadline)."""
    seen = []
    deadline = time.time() + seconds
    while len(seen) < want and time.time() < deadline:
        for records in consumer.poll(timeout_ms=500).values():
            seen.extend((r.value.decode(), r.offset, r.timestamp, r.key.decode() if r.key else None) for r in records)
    return seen


def consumer():
    c = KafkaConsumer(bootstrap_servers=bootstrap, api_version=api, group_id=group,
                      auto_offset_reset='earliest', enable_auto_commit=False)
    if grouped:
        c.subscribe([topic])
    else:
        c.assign(tps)
    return c


# lz4 only from 0.10 (message format v1): for format v0 kafka-python 2.0.2's own
# producer thread fails (an AssertionError in its old-Kafka lz4 framing) before
# anything is sent.
codecs = [None, 'gzip'] + [name for name, has in (('snappy', has_snappy), ('lz4', has_lz4)) if has() and (name != 'lz4' or api >= (0, 10))]
out['codecs'] = [c or 'none' for c in codecs]
ids, acked, failed = [], [], []
for codec in codecs:
    producer = KafkaProducer(bootstrap_servers=bootstrap, api_version=api, acks=1, compression_type=codec, linger_ms=5)
    futures = []
    for i in range(n):
        value = '%s-%d' % (codec or 'none', i)
        futures.append((value, producer.send(topic, key=('k%d' % i).encode(), value=value.encode())))
    for value, f in futures:
        try:
            md = f.get(timeout=20)
            ids.append(value)
            acked.append([md.partition, md.offset])
        except Exception as e:  # reported, asserted on by the test
            failed.append([value, repr(e)])
    producer.close()
out['ids'] = ids
out['acked'] = acked
out['failed'] = failed[:5]

first = consumer()
read = poll_until(first, len(ids))
out['groupRead'] = [r[0] for r in read]
out['keysOk'] = all(r[3] == 'k' + r[0].rsplit('-', 1)[1] for r in read)
out['timestamps'] = sorted({'none' if r[2] in (None, -1) else 'set' for r in read})
first.commit()
out['committed'] = [first.committed(tp) for tp in tps]
first.close()

end = KafkaConsumer(bootstrap_servers=bootstrap, api_version=api)
end.assign(tps)
end.seek_to_end()
out['ends'] = [end.position(tp) for tp in tps]
end.seek_to_beginning()
out['starts'] = [end.position(tp) for tp in tps]
end.close()

producer = KafkaProducer(bootstrap_servers=bootstrap, api_version=api, acks=1)
for p in range(3):
    producer.send(topic, key=b'm', value=('marker-%d' % p).encode(), partition=p).get(timeout=20)
producer.close()
second = consumer()
out['secondRead'] = [r[0] for r in poll_until(second, 3)]
second.close()
print(json.dumps(out))
