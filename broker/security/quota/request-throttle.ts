/**
 * The throttle time of one handled request, as Kafka's KafkaApis decides it
 * (sendResponseMaybeThrottle, handleProduceRequest), for the network layer
 * to put in the response's throttle_time_ms and to mute the connection for
 * (KIP-219: the response goes out at once, then nothing more is read from
 * the connection until the throttle time has passed).
 *
 * - Produce: the request's size in bytes counts against producer_byte_rate
 *   (acks=0 included: the connection is muted though no response is sent).
 * - Every API but the exempt ones: the time the handler ran counts against
 *   request_percentage, as a percentage of one thread per second (1 ms of
 *   handling is 0.1 %·s). Produce with acks=0 is not counted (Kafka).
 * - Fetch does both of its quotas itself (a throttled fetch is answered
 *   empty, apis/fetch.ts); its answer carries its own throttle time.
 *
 * Departure: Kafka counts the CPU time of its request handler and network
 * threads. A Node broker has one thread and asynchronous handlers, so the
 * time counted is the handler's synchronous run plus the encoding of its
 * response (waits for the disk, the ISR or a long poll are not counted, as
 * they are not in Kafka).
 */
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import type { RequestContext } from '../../apis/types.js';
import type { ClientQuotas } from './client-quotas.js';

/** APIs never throttled by request quotas (Kafka: version negotiation, authentication, inter-broker requests), or throttled by their handler. */
const EXEMPT: ReadonlySet<number> = new Set([
  ApiKey.ApiVersions,
  ApiKey.SaslHandshake,
  ApiKey.SaslAuthenticate,
  ApiKey.WriteTxnMarkers,
  ApiKey.Fetch,
]);

/** Request-time percentage·seconds of `ms` of handling (Kafka's nanosToPercentage). */
export function percentageOf(ms: number): number {
  return ms / 10;
}

/**
 * Records a handled request against its quotas and returns the throttle
 * time in ms (the larger of the byte and request quotas'; 0: none). With no
 * quota configured this is two property reads.
 */
export function requestThrottleMs(
  quotas: ClientQuotas,
  ctx: RequestContext,
  requestBytes: number,
  handlerMs: number,
  responded: boolean,
): number {
  const produce = quotas.produce;
  const request = quotas.request;
  if (!produce.enabled && !request.enabled) return 0;
  const user = ctx.principal.name;
  let bandwidth = 0;
  if (ctx.apiKey === ApiKey.Produce && produce.enabled) bandwidth = produce.record(user, ctx.clientId, requestBytes);
  let time = 0;
  if (responded && request.enabled && !EXEMPT.has(ctx.apiKey)) time = request.record(user, ctx.clientId, percentageOf(handlerMs));
  if (bandwidth === 0 && time === 0) return 0;
  if (bandwidth > time) {
    produce.recordThrottle(user, ctx.clientId, bandwidth);
    return bandwidth;
  }
  request.recordThrottle(user, ctx.clientId, time);
  return time;
}

/** Counts the time spent encoding a response against the request quota, without throttling (Kafka's network thread time). */
export function recordResponseTime(quotas: ClientQuotas, ctx: RequestContext, ms: number): void {
  if (quotas.request.enabled && !EXEMPT.has(ctx.apiKey)) quotas.request.record(ctx.principal.name, ctx.clientId, percentageOf(ms));
}
