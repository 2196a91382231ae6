/**
 * The region of a visit from its client's IP address, with geoip-lite's
 * bundled database (loaded once, in memory, when this module is imported):
 * `<country>-<subdivision>` when the database knows the subdivision
 * (ISO 3166-1 alpha-2 and the ISO 3166-2 suffix: "CN-BJ", "GB-ENG",
 * "US-CA"), the country alone when it does not ("CN"), and "unknown" for
 * addresses that have no place: private, loopback, link-local, shared
 * (100.64.0.0/10) and unspecified IPv4 ranges, IPv6 loopback, unique-local
 * and link-local, and any address the database does not cover.
 */
import { isIPv4 } from 'node:net';
import geoip from 'geoip-lite';

/** The region of an address that has none. */
export const UNKNOWN_REGION = 'unknown';

/** Whether `ip` (IPv4 dotted quad or IPv6) is in a range that is not routed on the internet. */
export function isNonPublicAddress(ip: string): boolean {
  if (isIPv4(ip)) {
    const dot = ip.indexOf('.');
    const a = Number(ip.slice(0, dot));
    const b = Number(ip.slice(dot + 1, ip.indexOf('.', dot + 1)));
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168)
    );
  }
  const v6 = ip.toLowerCase();
  return v6 === '::1' || v6 === '::' || /^f[cd][0-9a-f]{0,2}:/.test(v6) || /^fe[89ab][0-9a-f]?:/.test(v6);
}

/** The region of `ip` (see the header). */
export function regionOf(ip: string): string {
  if (isNonPublicAddress(ip)) return UNKNOWN_REGION;
  const hit = geoip.lookup(ip);
  if (!hit || !hit.country) return UNKNOWN_REGION;
  return hit.region ? `${hit.country}-${hit.region}` : hit.country;
}
