"""confluent-kafka (Debian's python3-confluent-kafka 1.7.0 on Debian's
librdkafka) reading a partition with client.rack set (KIP-392).

Usage: /usr/bin/python3 confluent_kafka_rack.py BOOTSTRAP TOPIC N RACK

A consumer with client.rack RACK assigned TOPIC partition 0 from the
earliest offset reads N records; librdkafka's statistics (every 200 ms) say
which broker leads the partition and which one it fetches from. Prints one
JSON object: {"count": records read, "values": [first 3], "leader": id,
"fetched_from": id of the broker it fetched from (the last statistics seen
after the records)}.
"""
import json
import sys
import time

from confluent_kafka import Consumer, TopicPartition

bootstrap, topic, n, rack = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
stats = {}


def on_stats(text):
    part = json.loads(text).get('topics', {}).get(topic, {}).get('partitions', {}).get('0')
    if part is not None:
        stats['leader'] = part.get('leader')
        stats['broker'] = part.get('broker')


consumer = Consumer({
    'bootstrap.servers': bootstrap,
    'group.id': topic + '-rack-' + rack,
    'client.rack': rack,
    'enable.auto.commit': False,
    'statistics.interval.ms': 200,
    'stats_cb': on_stats,
})
consumer.assign([TopicPartition(topic, 0, 0)])
values = []
deadline = time.time() + 30
while len(values) < n and time.time() < deadline:
    msg = consumer.poll(0.5)
    if msg is not None and msg.error() is None:
        values.append(msg.value().decode())
# A statistics callback after the records: where the fetches went.
stats.clear()
until = time.time() + 5
while 'broker' not in stats and time.time() < until:
    consumer.poll(0.2)
consumer.close()
print(json.dumps({'count': len(values), 'values': values[:3], 'leader': stats.get('leader'), 'fetched_from': stats.get('broker')}))
