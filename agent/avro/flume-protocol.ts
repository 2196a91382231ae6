/**
 * Flume's Avro RPC protocol, AvroSourceProtocol (namespace
 * org.apache.flume.source.avro): enum Status {OK, FAILED, UNKNOWN}, record
 * AvroFlumeEvent {map<string> headers; bytes body}, and two messages,
 * `Status append(AvroFlumeEvent event)` and
 * `Status appendBatch(array<AvroFlumeEvent> events)`. A source answers FAILED
 * when its channels refuse the events; the sending sink rolls back and
 * retries. The protocol's hash is the MD5 of its JSON text, as Avro computes it.
 */
import { createHash } from 'node:crypto';
import avro from 'avsc';

/** The protocol as JSON. */
export const FLUME_PROTOCOL = {
  protocol: 'AvroSourceProtocol',
  namespace: 'org.apache.flume.source.avro',
  types: [
    { type: 'enum', name: 'Status', symbols: ['OK', 'FAILED', 'UNKNOWN'] },
    {
      type: 'record',
      name: 'AvroFlumeEvent',
      fields: [
        { name: 'headers', type: { type: 'map', values: 'string' } },
        { name: 'body', type: 'bytes' },
      ],
    },
  ],
  messages: {
    append: { request: [{ name: 'event', type: 'AvroFlumeEvent' }], response: 'Status' },
    appendBatch: { request: [{ name: 'events', type: { type: 'array', items: 'AvroFlumeEvent' } }], response: 'Status' },
  },
};

/** The protocol's JSON text. */
export const PROTOCOL_TEXT = JSON.stringify(FLUME_PROTOCOL);
/** MD5 of the protocol text (the handshake's hash). */
export const PROTOCOL_HASH = createHash('md5').update(PROTOCOL_TEXT).digest();

const service = avro.Service.forProtocol(FLUME_PROTOCOL);
/** The parameters of append: one AvroFlumeEvent. */
export const EVENT_TYPE: avro.Type = service.type('org.apache.flume.source.avro.AvroFlumeEvent')!;
/** The parameters of appendBatch: an array of AvroFlumeEvent. */
export const EVENT_ARRAY_TYPE = avro.Type.forSchema({ type: 'array', items: EVENT_TYPE });
/** The response of both messages. */
export const STATUS_TYPE: avro.Type = service.type('org.apache.flume.source.avro.Status')!;

/** A Status value. */
export type Status = 'OK' | 'FAILED' | 'UNKNOWN';

/** True when a protocol text (from a client's handshake) has the messages we serve, with parameters encoded as ours. */
export function compatibleProtocol(text: string): boolean {
  try {
    const other = avro.Service.forProtocol(JSON.parse(text) as object);
    for (const name of ['append', 'appendBatch']) {
      const m = other.message(name) as { requestType: avro.Type; responseType: avro.Type } | undefined;
      const ours = service.message(name) as { requestType: avro.Type; responseType: avro.Type };
      if (!m) return false;
      ours.requestType.createResolver(m.requestType);
      m.responseType.createResolver(ours.responseType);
    }
    return true;
  } catch {
    return false;
  }
}
