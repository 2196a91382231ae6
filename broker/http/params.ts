/**
 * Query and path parameter parsing for the HTTP API. Every failure is a
 * TRB_ERR_BAD_PARAMETER naming the parameter, so a client learns which one
 * to fix ("parameter 'partition' must be an integer in 0..2, got 'x'").
 */
import { badParameter } from './errors.js';

type Query = Record<string, string | string[] | undefined> | undefined;

function single(q: Query, name: string): string | undefined {
  const v = q?.[name];
  if (Array.isArray(v)) throw badParameter(name, 'may be given once');
  return v === '' ? undefined : v;
}

/** An integer parameter in [min, max], or `fallback` when absent. */
export function intParam(q: Query, name: string, min: number, max: number, fallback: number): number;
/** An integer parameter in [min, max], or undefined when absent. */
export function intParam(q: Query, name: string, min: number, max: number): number | undefined;
export function intParam(q: Query, name: string, min: number, max: number, fallback?: number): number | undefined {
  const raw = single(q, name);
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw badParameter(name, `must be an integer in ${min}..${max}, got '${raw}'`);
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min || n > max) throw badParameter(name, `must be an integer in ${min}..${max}, got '${raw}'`);
  return n;
}

/** One of `choices`, or `fallback` when absent. */
export function enumParam<T extends string>(q: Query, name: string, choices: readonly T[], fallback: T): T {
  const raw = single(q, name);
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

/**
 * A tail start position: `beginning`, `end`, an absolute offset, or `-N`
 * (the last N records of each partition).
 */
export type StartPosition = { kind: 'beginning' } | { kind: 'end' } | { kind: 'offset'; offset: number } | { kind: 'last'; count: number };

/** Parses a start position parameter (default `fallback`). */
export function positionParam(q: Query, name: string, fallback: StartPosition): StartPosition {
  const raw = single(q, name);
  if (raw === undefined) return fallback;
  if (raw === 'beginning' || raw === 'earliest') return { kind: 'beginning' };
  if (raw === 'end' || raw === 'latest') return { kind: 'end' };
  if (/^\d+$/.test(raw) && Number.isSafeInteger(Number(raw))) return { kind: 'offset', offset: Number(raw) };
  if (/^-\d+$/.test(raw) && Number.isSafeInteger(-Number(raw))) return { kind: 'last', count: -Number(raw) };
  throw badParameter(name, `must be beginning, end, an offset ≥ 0 or -N (last N records), got '${raw}'`);
}
