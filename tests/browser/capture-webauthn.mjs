// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Records real WebAuthn ceremonies made by Debian's Chromium with the DevTools virtual
// authenticator, for tests/data/webauthn/chromium/. Each file holds one registration and two
// assertions, with the challenges, RP ID and origin the relying party must expect.
//
//   cd tests/browser && npm ci && node capture-webauthn.mjs [output-dir]
//
// Only loopback: a throwaway HTTP server on 127.0.0.1 serves an empty page at
// http://localhost:<port>/ (RP ID "localhost", a secure context).
import { chromium } from 'playwright-core';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const outDir = resolve(process.argv[2] ?? new URL('../data/webauthn/chromium', import.meta.url).pathname);

const scenarios = [
  { name: 'ctap2-none-es256', protocol: 'ctap2', attestation: 'none', algs: [-7], uv: true, residentKey: true },
  { name: 'ctap2-direct-packed-es256', protocol: 'ctap2', attestation: 'direct', algs: [-7], uv: true, residentKey: true },
  { name: 'ctap2-none-no-uv', protocol: 'ctap2', attestation: 'none', algs: [-7], uv: false, residentKey: false },
  { name: 'u2f-direct-fido-u2f', protocol: 'u2f', attestation: 'direct', algs: [-7], uv: false, residentKey: false },
];

const b64url = (buffer) => Buffer.from(buffer).toString('base64url');

const server = createServer((request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end('<!doctype html><title>KeyDesk capture</title><p>capture page</p>');
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://localhost:${server.address().port}`;

const profile = mkdtempSync(join(tmpdir(), 'keydesk-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  mkdirSync(outDir, { recursive: true });
  const version = context.browser()?.version() ?? (await context.newPage()).context().browser()?.version();
  for (const scenario of scenarios) {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable', { enableUI: false });
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: scenario.protocol,
        transport: scenario.protocol === 'u2f' ? 'usb' : 'internal',
        hasResidentKey: scenario.residentKey,
        hasUserVerification: scenario.uv,
        isUserVerified: scenario.uv,
        automaticPresenceSimulation: true,
      },
    });

    const userHandle = randomBytes(16);
    const registrationChallenge = randomBytes(32);
    const registration = await page.evaluate(async ({ challenge, user, algs, attestation, residentKey, uv }) => {
      const decode = (s) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
      const credential = await navigator.credentials.create({
        publicKey: {
          rp: { id: 'localhost', name: 'KeyDesk capture' },
          user: { id: decode(user), name: 'capture@keydesk.example', displayName: 'Capture' },
          challenge: decode(challenge),
          pubKeyCredParams: algs.map((alg) => ({ type: 'public-key', alg })),
          attestation,
          authenticatorSelection: { residentKey: residentKey ? 'required' : 'discouraged',
                                    userVerification: uv ? 'required' : 'discouraged' },
          timeout: 10000,
        },
      });
      return credential.toJSON();
    }, { challenge: b64url(registrationChallenge), user: b64url(userHandle), algs: scenario.algs,
         attestation: scenario.attestation, residentKey: scenario.residentKey, uv: scenario.uv });

    const authentications = [];
    for (let i = 0; i < 2; ++i) {
      const challenge = randomBytes(32);
      const response = await page.evaluate(async ({ challenge, id, uv }) => {
        const decode = (s) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
        const credential = await navigator.credentials.get({
          publicKey: {
            rpId: 'localhost',
            challenge: decode(challenge),
            allowCredentials: [{ type: 'public-key', id: decode(id) }],
            userVerification: uv ? 'required' : 'discouraged',
            timeout: 10000,
          },
        });
        return credential.toJSON();
      }, { challenge: b64url(challenge), id: registration.rawId, uv: scenario.uv });
      authentications.push({ challenge: b64url(challenge), response });
    }

    const capture = {
      scenario: scenario.name,
      capturedWith: `Chromium ${version}, DevTools WebAuthn virtual authenticator`,
      authenticator: { protocol: scenario.protocol, hasUserVerification: scenario.uv, hasResidentKey: scenario.residentKey },
      rpId: 'localhost',
      origin,
      userHandle: b64url(userHandle),
      registration: { challenge: b64url(registrationChallenge), attestation: scenario.attestation, algs: scenario.algs,
                       response: registration },
      authentications,
    };
    writeFileSync(join(outDir, `${scenario.name}.json`), JSON.stringify(capture, null, 2) + '\n');
    console.log(`captured ${scenario.name}: fmt from ${scenario.attestation}, ${authentications.length} assertions`);
    await page.close();
  }
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
