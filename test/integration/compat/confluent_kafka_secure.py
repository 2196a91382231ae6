"""confluent-kafka (Debian's python3-confluent-kafka on Debian's librdkafka)
over a secured listener.

Usage: /usr/bin/python3 confluent_kafka_secure.py BOOTSTRAP TOPIC N KEY=VALUE...

The KEY=VALUE pairs are librdkafka client properties (security.protocol,
sasl.mechanisms, sasl.username, sasl.password, ssl.ca.location, ...).
Produces N messages (each acknowledged through its delivery callback) and
reads them back with a group consumer. Prints one JSON object: delivered,
errors, the values read, and the error of a first failure if any.
"""
import json
import sys
import time

from confluent_kafka import Consumer, KafkaException, Producer

bootstrap, topic, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
conf = dict(kv.split('=', 1) for kv in sys.argv[4:])
conf['bootstrap.servers'] = bootstrap
out = {'delivered': 0, 'errors': [], 'values': []}

errors = []
producer = Producer(dict(conf, **{'error_cb': lambda e: errors.append(e.str()), 'message.timeout.ms': 15000}))


def on_delivery(err, msg):
    if err is None:
        out['delivered'] += 1
    else:
        out['errors'].append(err.str())


for i in range(n):
    producer.produce(topic, value=('v%d' % i).encode(), callback=on_delivery)
producer.flush(30)
out['producerErrors'] = errors[:3]
if out['delivered'] == n:
    consumer = Consumer(dict(conf, **{'group.id': topic + '-g', 'auto.offset.reset': 'earliest', 'enable.auto.commit': False}))
    consumer.subscribe([topic])
    deadline = time.time() + 30
    while len(out['values']) < n and time.time() < deadline:
        m = consumer.poll(0.5)
        if m is None or m.error():
            continue
        out['values'].append(m.value().decode())
    consumer.close()
print(json.dumps(out))
