"""confluent-kafka (Debian's python3-confluent-kafka 1.7.0) changing a
broker's dynamic configs through the AdminClient.

Usage: /usr/bin/python3 confluent_kafka_broker_configs.py BOOTSTRAP BROKER_ID

AlterConfigs on the broker resource (the whole per-broker set:
log.cleaner.threads=2, log.retention.ms=3600000), then DescribeConfigs of
that broker: the values, sources, read-only flags and synonyms of a few
keys; then an AlterConfigs of a read-only key (refused), and a second
AlterConfigs with an empty set (which removes the per-broker values).
Prints one JSON object.
"""
import json
import sys

from confluent_kafka.admin import AdminClient, ConfigResource, ConfigSource

bootstrap, broker = sys.argv[1], sys.argv[2]
admin = AdminClient({'bootstrap.servers': bootstrap})
out = {}
KEYS = ('log.cleaner.threads', 'log.retention.ms', 'log.dirs', 'broker.id')


def alter(configs):
    res = ConfigResource('broker', broker, set_config=configs)
    try:
        for _, f in admin.alter_configs([res], request_timeout=15).items():
            f.result()
        return None
    except Exception as e:  # the KafkaException of the resource
        err = e.args[0] if e.args else e
        return [err.name(), err.str()] if hasattr(err, 'name') else str(e)


def source_name(source):
    # 1.7.0 gives an entry's source as a ConfigSource, a synonym's as its int.
    return source.name if hasattr(source, 'name') else ConfigSource(source).name


def describe():
    got = {}
    for _, f in admin.describe_configs([ConfigResource('broker', broker)], request_timeout=15).items():
        for name, entry in f.result().items():
            if name in KEYS:
                syn = entry.synonyms.values() if isinstance(entry.synonyms, dict) else entry.synonyms
                got[name] = {'value': entry.value, 'source': source_name(entry.source), 'readOnly': entry.is_read_only,
                             'synonyms': [[s.name, s.value, source_name(s.source)] for s in syn]}
    return got


out['alter'] = alter({'log.cleaner.threads': '2', 'log.retention.ms': '3600000'})
out['after'] = describe()
out['readOnly'] = alter({'log.dirs': '/elsewhere'})
out['clear'] = alter({})
out['cleared'] = describe()
print(json.dumps(out))
