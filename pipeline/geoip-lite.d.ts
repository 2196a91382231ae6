/**
 * Types of geoip-lite 1.4 (the package ships none): the lookup this
 * project uses.
 */
declare module 'geoip-lite' {
  /** What the bundled database knows about an address. */
  export interface Lookup {
    /** [first, last] of the database range holding the address (inclusive). */
    range: [number, number];
    /** ISO 3166-1 alpha-2 country code, e.g. "CN". */
    country: string;
    /** ISO 3166-2 subdivision code without the country, e.g. "BJ"; "" when unknown. */
    region: string;
    eu: '0' | '1';
    timezone: string;
    city: string;
    ll: [number, number];
    metro: number;
    area: number;
  }
  /** The record of an IPv4 or IPv6 address, or null. */
  export function lookup(ip: string): Lookup | null;
  const geoip: { lookup: typeof lookup };
  export default geoip;
}
