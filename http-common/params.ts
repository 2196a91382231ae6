/**
 * Query and path parameter parsing for Tributary's HTTP APIs. Every failure
 * is a TRB_ERR_BAD_PARAMETER naming the parameter, so a client learns which
 * one to fix ("parameter 'partition' must be an integer in 0..2, got 'x'").
 */
import { badParameter } from './errors.js';

/** A parsed query string (fastify's shape: a repeated key gives an array). */
export type Query = Record<string, string | string[] | undefined> | undefined;

/** The single value of `name` (undefined when absent or empty); a repeated parameter is an error. */
export function singleParam(q: Query, name: string): string | undefined {
  const v = q?.[name];
  if (Array.isArray(v)) throw badParameter(name, 'may be given once');
  return v === '' ? undefined : v;
}

/** An integer parameter in [min, max] (both inclusive), or `fallback` when absent. */
export function intParam(q: Query, name: string, min: number, max: number, fallback: number): number;
/** An integer parameter in [min, max] (both inclusive), or undefined when absent. */
export function intParam(q: Query, name: string, min: number, max: number): number | undefined;
export function intParam(q: Query, name: string, min: number, max: number, fallback?: number): number | undefined {
  const raw = singleParam(q, name);
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw badParameter(name, `must be an integer in ${min}..${max}, got '${raw}'`);
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min || n > max) throw badParameter(name, `must be an integer in ${min}..${max}, got '${raw}'`);
  return n;
}

/** One of `choices`, or `fallback` when absent. */
export function enumParam<T extends string>(q: Query, name: string, choices: readonly T[], fallback: T): T {
  const raw = singleParam(q, name);
  if (raw === undefined) return fallback;
  if (!(choices as readonly string[]).includes(raw)) throw badParameter(name, `must be one of ${choices.join(', ')}, got '${raw}'`);
  return raw as T;
}

/** A path segment that must be a non-empty name of at most 249 characters (Kafka's topic limit). */
export function nameParam(value: string | undefined, name: string): string {
  if (value === undefined || value === '') throw badParameter(name, 'is required');
  if (value.length > 249) throw badParameter(name, 'is longer than 249 characters');
  return value;
}
