/**
 * The broker API's own parameter: where a live tail starts. The common
 * parsers (integers, enums, names) are in http-common/params.ts; failures
 * are TRB_ERR_BAD_PARAMETER naming the parameter, as there.
 */
import { badParameter } from '../../http-common/errors.js';
import { singleParam, type Query } from '../../http-common/params.js';

/**
 * A tail start position: `beginning`, `end`, an absolute offset, or `-N`
 * (the last N records of each partition).
 */
export type StartPosition = { kind: 'beginning' } | { kind: 'end' } | { kind: 'offset'; offset: number } | { kind: 'last'; count: number };

/** Parses a start position parameter (default `fallback`). */
export function positionParam(q: Query, name: string, fallback: StartPosition): StartPosition {
  const raw = singleParam(q, name);
  if (raw === undefined) return fallback;
  if (raw === 'beginning' || raw === 'earliest') return { kind: 'beginning' };
  if (raw === 'end' || raw === 'latest') return { kind: 'end' };
  if (/^\d+$/.test(raw) && Number.isSafeInteger(Number(raw))) return { kind: 'offset', offset: Number(raw) };
  if (/^-\d+$/.test(raw) && Number.isSafeInteger(-Number(raw))) return { kind: 'last', count: -Number(raw) };
  throw badParameter(name, `must be beginning, end, an offset ≥ 0 or -N (last N records), got '${raw}'`);
}
