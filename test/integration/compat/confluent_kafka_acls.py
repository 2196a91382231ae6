"""confluent-kafka (Debian's python3-confluent-kafka on librdkafka) against
a Tributary broker that checks ACLs.

Usage: /usr/bin/python3 confluent_kafka_acls.py BOOTSTRAP produce TOPIC VALUE
       /usr/bin/python3 confluent_kafka_acls.py BOOTSTRAP consume TOPIC GROUP
       /usr/bin/python3 confluent_kafka_acls.py BOOTSTRAP topics

produce: one message, acks=all; prints {"error": <librdkafka error name or null>}.
consume: subscribes in GROUP from the earliest offset, polls until a message
or an error (20 s at most); prints {"error": ..., "values": [...]}.
topics: prints {"topics": [names the metadata answer lists]}.
"""
import json
import sys
import time

from confluent_kafka import Consumer, KafkaError, Producer

bootstrap, mode = sys.argv[1], sys.argv[2]


def name(err):
    return None if err is None else err.name()


if mode == 'produce':
    topic, value = sys.argv[3], sys.argv[4]
    result = {}
    p = Producer({'bootstrap.servers': bootstrap, 'acks': 'all', 'message.timeout.ms': 15000})
    p.produce(topic, value.encode(), callback=lambda err, msg: result.setdefault('error', name(err)))
    p.flush(20)
    print(json.dumps({'error': result.get('error', 'NO_DELIVERY_REPORT')}))
elif mode == 'consume':
    topic, group = sys.argv[3], sys.argv[4]
    c = Consumer({'bootstrap.servers': bootstrap, 'group.id': group, 'auto.offset.reset': 'earliest', 'enable.auto.commit': False})
    c.subscribe([topic])
    error, values = None, []
    deadline = time.time() + 20
    while time.time() < deadline and error is None and not values:
        m = c.poll(0.5)
        if m is None:
            continue
        if m.error():
            if m.error().code() == KafkaError._PARTITION_EOF:
                continue
            error = name(m.error())
        else:
            values.append(m.value().decode())
    c.close()
    print(json.dumps({'error': error, 'values': values}))
elif mode == 'topics':
    p = Producer({'bootstrap.servers': bootstrap})
    md = p.list_topics(timeout=15)
    print(json.dumps({'topics': sorted(md.topics.keys())}))
else:
    raise SystemExit('unknown mode ' + mode)
