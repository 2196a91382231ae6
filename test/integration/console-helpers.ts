/**
 * Helpers of the web console tests: Debian's Chromium driven headless by
 * playwright-core (no browser download), and where screenshots go
 * (test-output/console/).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from './harness.js';

/** The browser binary (Debian's chromium package unless CHROMIUM_PATH says otherwise). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where the console tests leave their screenshots. */
export const SHOTS = path.join(ROOT, 'test-output', 'console');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts headless Chromium (and makes the screenshot directory); fails clearly when the package is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (scripts/test.sh does it as root)`);
  fs.mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}
