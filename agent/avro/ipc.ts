/**
 * Avro IPC on top of the framing (Avro specification, "Protocol Wire
 * Format"): the handshake records and the encoding of calls and responses.
 *
 * A connection starts with a handshake carried in front of its first call:
 * the client sends HandshakeRequest {clientHash, clientProtocol?, serverHash,
 * meta?}; the server answers HandshakeResponse {match BOTH|CLIENT|NONE,
 * serverProtocol?, serverHash?, meta?}. NONE means the server did not know
 * the client's protocol: the call was not run, and the client repeats it
 * with its protocol text. Later calls on the connection carry no handshake.
 *
 *   call request   map<bytes> metadata | string message name | parameters
 *   call response  map<bytes> metadata | boolean error | response, or the error union (index 0: string)
 *
 * A message name "" is a ping: no parameters, an empty response.
 */
import avro from 'avsc';

const MD5 = { type: 'fixed', name: 'MD5', size: 16 } as const;
const META = ['null', { type: 'map', values: 'bytes' }] as avro.Schema;

/** org.apache.avro.ipc.HandshakeRequest. */
export const HANDSHAKE_REQUEST = avro.Type.forSchema({
  type: 'record',
  name: 'HandshakeRequest',
  namespace: 'org.apache.avro.ipc',
  fields: [
    { name: 'clientHash', type: MD5 },
    { name: 'clientProtocol', type: ['null', 'string'] },
    { name: 'serverHash', type: 'MD5' },
    { name: 'meta', type: META },
  ],
});

/** org.apache.avro.ipc.HandshakeResponse. */
export const HANDSHAKE_RESPONSE = avro.Type.forSchema({
  type: 'record',
  name: 'HandshakeResponse',
  namespace: 'org.apache.avro.ipc',
  fields: [
    { name: 'match', type: { type: 'enum', name: 'HandshakeMatch', symbols: ['BOTH', 'CLIENT', 'NONE'] } },
    { name: 'serverProtocol', type: ['null', 'string'] },
    { name: 'serverHash', type: ['null', MD5] },
    { name: 'meta', type: META },
  ],
});

/** A decoded HandshakeRequest. */
export interface HandshakeRequest {
  clientHash: Buffer;
  clientProtocol: string | null;
  serverHash: Buffer;
  meta: Record<string, Buffer> | null;
}

/** A decoded HandshakeResponse. */
export interface HandshakeResponse {
  match: 'BOTH' | 'CLIENT' | 'NONE';
  serverProtocol: string | null;
  serverHash: Buffer | null;
  meta: Record<string, Buffer> | null;
}

const METADATA = avro.Type.forSchema({ type: 'map', values: 'bytes' });
const STRING = avro.Type.forSchema('string');
const BOOLEAN = avro.Type.forSchema('boolean');
const EMPTY_META = METADATA.toBuffer({});
const FALSE = BOOLEAN.toBuffer(false);
const TRUE = BOOLEAN.toBuffer(true);

/** Decodes a value of `type` at `offset`; throws when the bytes are short or invalid. */
export function decodeAt<T>(type: avro.Type, buf: Buffer, offset: number, what: string): { value: T; offset: number } {
  const r = type.decode(buf, offset) as { value: T; offset: number };
  if (r.offset < 0) throw new Error(`truncated ${what}`);
  return r;
}

/** A call request without handshake: empty metadata, message name, encoded parameters. */
export function encodeCall(message: string, params: Buffer): Buffer {
  return Buffer.concat([EMPTY_META, STRING.toBuffer(message), params]);
}

/** Reads a call request's metadata and message name; returns the name and where the parameters start. */
export function decodeCallHead(buf: Buffer, offset: number): { message: string; offset: number } {
  const meta = decodeAt<Record<string, Buffer>>(METADATA, buf, offset, 'call metadata');
  const name = decodeAt<string>(STRING, buf, meta.offset, 'message name');
  return { message: name.value, offset: name.offset };
}

/** A successful response: empty metadata, error flag false, the encoded response. */
export function encodeResponse(response: Buffer): Buffer {
  return Buffer.concat([EMPTY_META, FALSE, response]);
}

/** An error response carrying a string (union branch 0). */
export function encodeErrorResponse(message: string): Buffer {
  return Buffer.concat([EMPTY_META, TRUE, Buffer.from([0]), STRING.toBuffer(message)]);
}

/** Reads a response's metadata and error flag; an error response throws its message. Returns where the response value starts. */
export function decodeResponseHead(buf: Buffer, offset: number): number {
  const meta = decodeAt<Record<string, Buffer>>(METADATA, buf, offset, 'response metadata');
  const err = decodeAt<boolean>(BOOLEAN, buf, meta.offset, 'error flag');
  if (!err.value) return err.offset;
  // The error union: branch 0 is a string (system error); Flume declares no other.
  const branch = decodeAt<number>(avro.Type.forSchema('long'), buf, err.offset, 'error union');
  if (branch.value === 0) throw new Error(`remote error: ${decodeAt<string>(STRING, buf, branch.offset, 'error').value}`);
  throw new Error(`remote error (union branch ${branch.value})`);
}
