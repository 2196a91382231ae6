/**
 * Durations in milliseconds, with Spark's helper names: `Seconds(5)`,
 * `Milliseconds(500)`, `Minutes(1)`, and `Durations.seconds(5)`.
 */

/** Milliseconds. */
export function Milliseconds(ms: number): number {
  return ms;
}

/** Seconds, in milliseconds. */
export function Seconds(s: number): number {
  return s * 1000;
}

/** Minutes, in milliseconds. */
export function Minutes(m: number): number {
  return m * 60_000;
}

/** Spark's Durations object. */
export const Durations = {
  milliseconds: Milliseconds,
  seconds: Seconds,
  minutes: Minutes,
};
