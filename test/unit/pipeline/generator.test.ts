import { describe, expect, it } from 'vitest';
import { cleanLine } from '../../../pipeline/access-log.js';
import { AccessLogGenerator } from '../../../pipeline/generator.js';
import { isNonPublicAddress, regionOf } from '../../../pipeline/region.js';
import { searchEngineOf } from '../../../pipeline/search-engine.js';

const T0 = new Date(2024, 4, 1, 23, 59, 0).getTime();
const lines = (seed: number, n: number, malformedRatio?: number): string[] => {
  const g = new AccessLogGenerator(seed, { malformedRatio });
  return Array.from({ length: n }, (_, i) => g.next(new Date(T0 + i * 1000)));
};

describe('AccessLogGenerator', () => {
  it('writes the same lines for the same seed and times, other lines for another seed', () => {
    expect(lines(42, 500)).toEqual(lines(42, 500));
    expect(lines(43, 500)).not.toEqual(lines(42, 500));
  });

  it('writes tab-separated lines of six fields stamped with the given time', () => {
    const out = lines(1, 200, 0);
    for (let i = 0; i < out.length; i++) {
      const f = out[i].split('\t');
      expect(f).toHaveLength(6);
      expect(f[1]).toBe(new Date(T0 + i * 1000).toLocaleString('sv-SE').replace('T', ' '));
      expect(f[2]).toMatch(/^"GET \/\S* HTTP\/1\.1"$/);
    }
    // The run crosses midnight: two days.
    const days = new Set(out.map((l) => (cleanLine(l) as { visit?: { day: string } }).visit?.day).filter(Boolean));
    expect(days).toEqual(new Set(['20240501', '20240502']));
  });

  it('mixes course visits, other pages and about 1% malformed lines', () => {
    const kinds = { visit: 0, 'other-url': 0, malformed: 0 };
    for (const l of lines(7, 20_000)) kinds[cleanLine(l).kind]++;
    expect(kinds.visit / 20_000).toBeGreaterThan(0.7);
    expect(kinds.visit / 20_000).toBeLessThan(0.9);
    expect(kinds['other-url']).toBeGreaterThan(2000);
    expect(kinds.malformed).toBeGreaterThan(100);
    expect(kinds.malformed).toBeLessThan(400);
    expect(lines(7, 2000, 0).every((l) => cleanLine(l).kind !== 'malformed')).toBe(true);
  });

  it('uses public addresses that geolocate (and a few private ones), search-engine referers and several courses', () => {
    const visits = lines(9, 5000, 0)
      .map((l) => cleanLine(l))
      .flatMap((c) => (c.kind === 'visit' ? [c.visit] : []));
    const privateShare = visits.filter((v) => isNonPublicAddress(v.ip)).length / visits.length;
    expect(privateShare).toBeGreaterThan(0.01);
    expect(privateShare).toBeLessThan(0.06);
    const located = visits.filter((v) => regionOf(v.ip) !== 'unknown').length / visits.length;
    expect(located).toBeGreaterThan(0.9);
    const regions = new Set(visits.map((v) => regionOf(v.ip)));
    expect(regions.has('CN')).toBe(true);
    expect(regions.size).toBeGreaterThan(30);
    const engines = new Set(visits.map((v) => searchEngineOf(v.referer)));
    expect(engines).toEqual(new Set([null, 'baidu', 'sogou', 'bing', 'yahoo', 'google', 'other']));
    expect(new Set(visits.map((v) => v.courseId)).size).toBe(8);
    expect(new Set(visits.map((v) => v.status))).toEqual(new Set([200, 304, 404, 500]));
  });

  it('refuses a seed that is not an integer and a ratio outside 0..1', () => {
    expect(() => new AccessLogGenerator(1.5)).toThrow('the seed must be an integer, got 1.5');
    expect(() => new AccessLogGenerator(1, { malformedRatio: 2 })).toThrow('malformedRatio must be between 0 and 1, got 2');
  });
});
