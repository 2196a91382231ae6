import { describe, expect, it } from 'vitest';
import { isNonPublicAddress, regionOf, UNKNOWN_REGION } from '../../../pipeline/region.js';

describe('regionOf', () => {
  it("gives country and subdivision where geoip-lite's database has them, else the country", () => {
    expect(regionOf('36.110.1.1')).toBe('CN-BJ');
    expect(regionOf('81.2.69.160')).toBe('GB-ENG');
    expect(regionOf('8.8.8.8')).toBe('US');
    expect(regionOf('114.114.114.114')).toBe('CN');
  });

  it('puts addresses with no place under unknown', () => {
    for (const ip of [
      '10.1.2.3',
      '127.0.0.1',
      '172.16.0.1',
      '172.31.255.254',
      '192.168.1.1',
      '169.254.0.1',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fd12:3456::1',
      'fe80::1',
    ])
      expect(regionOf(ip), ip).toBe(UNKNOWN_REGION);
  });

  it('knows the ranges that are not routed on the internet', () => {
    expect(isNonPublicAddress('172.15.0.1')).toBe(false);
    expect(isNonPublicAddress('172.32.0.1')).toBe(false);
    expect(isNonPublicAddress('100.63.0.1')).toBe(false);
    expect(isNonPublicAddress('100.128.0.1')).toBe(false);
    expect(isNonPublicAddress('11.0.0.1')).toBe(false);
    expect(isNonPublicAddress('2001:db8::1')).toBe(false);
    expect(isNonPublicAddress('fc00::1')).toBe(true);
    expect(isNonPublicAddress('febf::1')).toBe(true);
  });
});
