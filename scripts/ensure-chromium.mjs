#!/usr/bin/env node
// Browser tests need a real Chromium. Playwright cannot download one here, so we use Debian's:
// CHROMIUM_PATH when set, else /usr/bin/chromium, installed with apt when missing and running as root.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function ensureChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist`);
    return configured;
  }
  const path = '/usr/bin/chromium';
  if (existsSync(path)) return path;
  if (process.getuid?.() !== 0) {
    throw new Error('Chromium is missing: install Debian\'s chromium (sudo apt-get install chromium) or set CHROMIUM_PATH');
  }
  console.log('installing Debian\'s chromium for the browser tests…');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!existsSync(path)) throw new Error('apt-get installed chromium but /usr/bin/chromium is missing');
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
