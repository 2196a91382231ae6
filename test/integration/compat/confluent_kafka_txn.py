"""Transactions with confluent-kafka (Debian's python3-confluent-kafka 1.7.0
on Debian's librdkafka) against a Tributary broker.

Usage: /usr/bin/python3 confluent_kafka_txn.py BOOTSTRAP PREFIX N

Topics PREFIX-out and PREFIX-in must exist (2 partitions each).
1. A transactional producer (init_transactions) writes N records to
   PREFIX-out and aborts, then N more and commits.
2. Consume-transform-produce: N records are written to PREFIX-in; a
   read_committed consumer of group PREFIX-group reads them and a
   transactional producer writes "out-<value>" for each to PREFIX-out,
   sending the consumer's positions with send_offsets_to_transaction and
   committing, batch by batch.
3. read_committed and read_uncommitted consumers read PREFIX-out; the
   group's committed offsets and PREFIX-in's high watermarks are reported.
4. Fencing: producer A begins a transaction and writes; producer B with the
   same transactional.id runs init_transactions; A's commit fails.
Prints one JSON object.
"""
import json
import sys
import time

from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition

bootstrap, prefix, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
topic_out, topic_in, group = prefix + '-out', prefix + '-in', prefix + '-group'
out = {}


def txn_producer(tid):
    return Producer({'bootstrap.servers': bootstrap, 'transactional.id': tid, 'transaction.timeout.ms': 60000})


def read_all(isolation, want, seconds=40):
    c = Consumer({
        'bootstrap.servers': bootstrap,
        'group.id': 'reader-%s-%f' % (isolation, time.time()),
        'auto.offset.reset': 'earliest',
        'enable.auto.commit': False,
        'isolation.level': isolation,
    })
    c.subscribe([topic_out])
    values = []
    deadline = time.time() + seconds
    while len(values) < want and time.time() < deadline:
        m = c.poll(0.5)
        if m is None or m.error():
            continue
        values.append(m.value().decode())
    # A little longer: nothing more may arrive.
    end = time.time() + 1.5
    while time.time() < end:
        m = c.poll(0.3)
        if m is not None and not m.error():
            values.append(m.value().decode())
    c.close()
    return values


# 1. abort, then commit
p = txn_producer(prefix + '-basic')
p.init_transactions(30)
p.begin_transaction()
for i in range(n):
    p.produce(topic_out, key=str(i), value='aborted-%d' % i)
# Delivered before the abort (librdkafka purges what is still queued).
p.flush(30)
p.abort_transaction(30)
p.begin_transaction()
for i in range(n):
    p.produce(topic_out, key=str(i), value='committed-%d' % i)
p.commit_transaction(30)

# 2. consume-transform-produce
plain = Producer({'bootstrap.servers': bootstrap})
for i in range(n):
    plain.produce(topic_in, key=str(i % 5), value=str(i))
plain.flush(30)

consumer = Consumer({
    'bootstrap.servers': bootstrap,
    'group.id': group,
    'auto.offset.reset': 'earliest',
    'enable.auto.commit': False,
    'isolation.level': 'read_committed',
})
consumer.subscribe([topic_in])
ctp = txn_producer(prefix + '-ctp')
ctp.init_transactions(30)
processed = 0
transactions = 0
deadline = time.time() + 60
while processed < n and time.time() < deadline:
    msgs = consumer.consume(num_messages=7, timeout=1.0)
    msgs = [m for m in msgs if not m.error()]
    if not msgs:
        continue
    ctp.begin_transaction()
    for m in msgs:
        ctp.produce(topic_out, key=m.key(), value='out-' + m.value().decode())
    ctp.send_offsets_to_transaction(consumer.position(consumer.assignment()), consumer.consumer_group_metadata(), 30)
    ctp.commit_transaction(30)
    processed += len(msgs)
    transactions += 1
consumer.close()
out['processed'] = processed
out['ctp_transactions'] = transactions

# 3. what readers see
out['read_committed'] = read_all('read_committed', 2 * n)
out['read_uncommitted'] = read_all('read_uncommitted', 3 * n)
check = Consumer({'bootstrap.servers': bootstrap, 'group.id': group, 'enable.auto.commit': False})
parts = [TopicPartition(topic_in, 0), TopicPartition(topic_in, 1)]
out['committed'] = sorted([[tp.partition, tp.offset] for tp in check.committed(parts, timeout=10)])
out['high'] = sorted([[tp.partition, check.get_watermark_offsets(tp, timeout=10)[1]] for tp in parts])
check.close()

# 4. fencing
a = txn_producer(prefix + '-fence')
a.init_transactions(30)
a.begin_transaction()
a.produce(topic_out, value='from-a')
a.flush(10)
b = txn_producer(prefix + '-fence')
b.init_transactions(60)
try:
    a.commit_transaction(20)
    out['fenced_error'] = None
except KafkaException as e:
    err = e.args[0]
    out['fenced_error'] = err.name()
    out['fenced_fatal'] = err.fatal()
b.begin_transaction()
b.produce(topic_out, value='from-b')
b.commit_transaction(30)
out['after_fence'] = [v for v in read_all('read_committed', 2 * n + 1) if v.startswith('from-')]

print(json.dumps(out))
