/**
 * How the browser test and the screenshot script start Debian's Chromium: headless, as root, and with the
 * background services off, which on this network-less machine would only fail, many connections at a time.
 */
import { chromium, type Browser } from 'playwright-core';

/** The Chromium executable: CORROBORATE_CHROMIUM, or Debian's package. */
export const CHROMIUM = process.env.CORROBORATE_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
