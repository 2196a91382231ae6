"""One kafka-python group member, driven by the vitest test.

Usage: /usr/bin/python3 kafka_python_member.py BOOTSTRAP TOPIC GROUP

Subscribes TOPIC in GROUP (earliest) and prints one JSON line per event:
{"assigned": [partitions]} after every rebalance, {"value": v} per record.
Commits after every poll that returned records. Leaves the group and exits
when a line arrives on stdin (or stdin closes).
"""
import json
import select
import sys

from kafka import ConsumerRebalanceListener, KafkaConsumer

bootstrap, topic, group = sys.argv[1], sys.argv[2], sys.argv[3]


def emit(obj):
    sys.stdout.write(json.dumps(obj) + '\n')
    sys.stdout.flush()


class Listener(ConsumerRebalanceListener):
    def on_partitions_revoked(self, revoked):
        pass

    def on_partitions_assigned(self, assigned):
        emit({'assigned': sorted(tp.partition for tp in assigned)})


consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=group, auto_offset_reset='earliest',
                         enable_auto_commit=False, session_timeout_ms=10000, heartbeat_interval_ms=500)
consumer.subscribe([topic], listener=Listener())
while not select.select([sys.stdin], [], [], 0)[0]:
    batches = consumer.poll(timeout_ms=200)
    for records in batches.values():
        for r in records:
            emit({'value': r.value.decode()})
    if batches:
        consumer.commit()
consumer.close()
