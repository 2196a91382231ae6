/**
 * Kafka's request and response headers: the one place that knows which
 * header version goes with which API version.
 *
 * Request: `int16 apiKey | int16 apiVersion | int32 correlationId |
 * nullable string clientId`, then (header v2, when the request version is
 * flexible) tagged fields; header v1 otherwise. The client id is a classic
 * int16-length string even in v2.
 * Response: `int32 correlationId`, then (header v1, when the response version
 * is flexible) tagged fields; header v0 otherwise. ApiVersions answers always
 * use header v0 (KIP-511: the client may not know the broker's versions yet).
 *
 * Both the lean client's Connection and the raw protocol client of the
 * integration tests frame with these.
 */
import { APIS, ApiKey } from '../protocol/generated/api-keys.js';
import type { Reader } from '../protocol/reader.js';
import type { Writer } from '../protocol/writer.js';

const RANGES = new Map(APIS.map((a) => [a.apiKey, a]));

/** Writes a request header (v1, or v2 when `version` of `apiKey` is flexible). Unknown API keys get v1. */
export function writeRequestHeader(w: Writer, apiKey: number, version: number, correlationId: number, clientId: string | null): void {
  w.int16(apiKey);
  w.int16(version);
  w.int32(correlationId);
  w.nullableString(clientId, false);
  const info = RANGES.get(apiKey);
  if (info && info.requestFlexibleMin >= 0 && version >= info.requestFlexibleMin) w.uvarint(0);
}

/** Skips what follows the correlation id in a response header: its tagged fields when the header is v1. */
export function skipResponseHeaderTags(r: Reader, apiKey: number, version: number): void {
  if (apiKey === ApiKey.ApiVersions) return;
  const info = RANGES.get(apiKey);
  if (!info || info.responseFlexibleMin < 0 || version < info.responseFlexibleMin) return;
  let tags = r.uvarint();
  while (tags-- > 0) {
    r.uvarint();
    r.skip(r.uvarint());
  }
}
