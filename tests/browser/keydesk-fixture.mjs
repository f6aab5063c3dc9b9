// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// What the browser tests share: a database in a fresh temporary folder with keydesk-cli to work it,
// a real `keydesk-cli serve` on a free loopback port, and Debian's Chromium, headless, with no
// network of its own.
import { chromium } from 'playwright-core';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The keydesk-cli named by KEYDESK_CLI on a new database in a temporary folder (`prefix` names
// it): `run` gives a command's output, `json` its --json answer.
export function cliOnNewDatabase(prefix) {
  const cli = process.env.KEYDESK_CLI;
  if (!cli) throw new Error('set KEYDESK_CLI to the keydesk-cli executable');
  const work = mkdtempSync(join(tmpdir(), prefix));
  const db = join(work, 'keydesk.sqlite');
  const run = (...args) => execFileSync(cli, ['--database', db, ...args], { encoding: 'utf8' });
  const json = (...args) => JSON.parse(run('--json', ...args));
  return { cli, work, db, run, json };
}

// Starts `keydesk-cli serve` on `db`: the process at once (to stop it whatever happens next), and
// a promise of the URL it listens on.
export function startServe(cli, db) {
  const serve = spawn(cli, ['--database', db, 'serve', '--port', '0', '--no-mail'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 15000);
    serve.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/listening on (http:\/\/localhost:\d+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    serve.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  return { serve, base };
}

// Chromium with a throwaway profile under `work`.
export function launchChromium(work) {
  return chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
