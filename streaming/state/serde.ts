/**
 * JSON with Buffers: state, window buffers and offsets are stored as JSON
 * text; a Buffer (which JSON turns into {type: "Buffer", data: [...]}) is
 * turned back into a Buffer when read.
 */

/** Serializes a value to JSON text. */
export function serialize(v: unknown): string {
  return JSON.stringify(v);
}

/** Parses JSON text written by serialize(), reviving Buffers. */
export function deserialize<T = unknown>(text: string): T {
  return JSON.parse(text, (_k, v) => {
    if (v !== null && typeof v === 'object' && v.type === 'Buffer' && Array.isArray(v.data) && Object.keys(v).length === 2)
      return Buffer.from(v.data);
    return v;
  }) as T;
}
