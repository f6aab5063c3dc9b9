// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Browser end to end for the key policy: Debian's Chromium (playwright-core) with DevTools
// WebAuthn virtual authenticators activates keys on KeyDesk's activation page, served by a real
// `keydesk-cli serve`, under the deployment's policy (`keydesk-cli settings set`):
//   1. policy.device_bound_only: a synced passkey (BE and BS set) is refused with the page's
//      message and the key stays pending; a device-bound authenticator then activates the same link.
//   2. policy.authenticators block, naming that authenticator's AAGUID: refused; allow: activates.
//   3. policy.trusted_attestation_only: the page asks for direct attestation (the key's own
//      setting is none), Chromium sends a packed attestation with its batch certificate, and it
//      is refused as not chaining to the anchor; without the policy the same link activates.
//      (Chromium signs a new batch certificate for every registration, so no fixed root can be
//      set for it: the accepted case is TestRegistrationNegative's, with a chain of our own.)
// Exits non-zero with a message on the first thing that is not as expected.
//
//   KEYDESK_CLI=build/src/app/keydesk-cli node tests/browser/policy-e2e.mjs
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { cliOnNewDatabase, launchChromium, startServe } from './keydesk-fixture.mjs';

const { cli, work, db, run, json } = cliOnNewDatabase('keydesk-policy-');
const fail = (message) => {
  throw new Error(message);
};

let serve;
let context;
try {
  run('users', 'add', '--name', 'Carol Diaz', '--email', 'carol@example.com');
  run('users', 'add', '--name', 'Dan Okoye', '--email', 'dan@example.com');
  run('settings', 'set', 'policy.device_bound_only', 'true');

  const server = startServe(cli, db);
  serve = server.serve;
  const base = await server.base;
  context = await launchChromium(work);
  const page = await context.newPage();
  page.on('console', (message) => console.log(`page: ${message.text()}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const authenticator = async (synced) =>
    (await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true,
                 isUserVerified: true, automaticPresenceSimulation: true,
                 defaultBackupEligibility: synced, defaultBackupState: synced },
    })).authenticatorId;

  // Opens the link, taps Activate and answers the page's verdict: [ok, the words shown].
  const activate = async (link) => {
    await page.goto(link);
    await page.getByRole('button', { name: 'Activate' }).click();
    await page.waitForSelector('#status.ok, #status.bad', { timeout: 20000 });
    const status = page.locator('#status');
    return [(await status.getAttribute('class')) === 'ok', (await status.textContent()).trim()];
  };
  const statusOf = (email) => json('keys', 'list', '--user', email).map((k) => k.status).join(',');

  // 1. Device-bound keys only: the synced passkey is refused, the device-bound key activates.
  const synced = await authenticator(true);
  const carol = json('keys', 'assign', '--user', 'carol@example.com', '--activate', 'now');
  const [syncedOk, syncedSays] = await activate(carol.link);
  if (syncedOk) fail('a synced passkey was accepted under policy.device_bound_only');
  if (!syncedSays.includes('This security key is not allowed here: a synced passkey (backup eligible, BE) is refused'))
    fail(`the page says: ${syncedSays}`);
  if (statusOf('carol@example.com') !== 'pending') fail(`carol: ${statusOf('carol@example.com')}`);
  console.log(`synced: ${syncedSays}`);
  if (process.env.KEYDESK_SCREENSHOT_DIR)
    await page.screenshot({ path: join(process.env.KEYDESK_SCREENSHOT_DIR, 'policy-refused.png') });
  await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: synced });
  await authenticator(false);
  const [boundOk, boundSays] = await activate(carol.link);
  if (!boundOk) fail(`a device-bound key was refused: ${boundSays}`);
  const active = json('keys', 'list', '--user', 'carol@example.com')[0];
  if (active.status !== 'active') fail(`carol: ${JSON.stringify(active)}`);
  console.log(`device-bound: ${boundSays}`);

  // 2. That authenticator blocked: refused; then the only one allowed: activates.
  const aaguid = active.credential.aaguid;
  if (!/^[0-9a-f-]{36}$/.test(aaguid ?? '')) fail(`no AAGUID on the key: ${JSON.stringify(active)}`);
  run('settings', 'set', 'policy.authenticators', 'block');
  run('settings', 'set', 'policy.aaguids', aaguid);
  const dan = json('keys', 'assign', '--user', 'dan@example.com', '--activate', 'now');
  const [blockedOk, blockedSays] = await activate(dan.link);
  if (blockedOk || !blockedSays.includes(`authenticator ${aaguid} is blocked by this deployment`))
    fail(`a blocked authenticator: ${blockedSays}`);
  console.log(`blocked: ${blockedSays}`);
  run('settings', 'set', 'policy.authenticators', 'allow');
  const [allowedOk, allowedSays] = await activate(dan.link);
  if (!allowedOk) fail(`an allowed authenticator was refused: ${allowedSays}`);
  if (statusOf('dan@example.com') !== 'active') fail(`dan: ${statusOf('dan@example.com')}`);

  // 3. Trusted attestation only, set while the server runs: Chromium's attestation is refused.
  run('settings', 'set', 'policy.authenticators', 'any');
  run('server', 'make-cert', '--host', 'other-root.example', '--out', work);
  run('settings', 'set', 'attestation.trust_anchors', '--value-file', join(work, 'other-root.example.pem'));
  run('settings', 'set', 'policy.trusted_attestation_only', 'true');
  run('users', 'add', '--name', 'Erin Park', '--email', 'erin@example.com');
  const erin = json('keys', 'assign', '--user', 'erin@example.com', '--activate', 'now');
  const [untrustedOk, untrustedSays] = await activate(erin.link);
  // "does not chain" (not "sent no attestation"): the page asked for, and got, a certificate chain.
  if (untrustedOk || !untrustedSays.includes("the key's attestation does not chain to a trusted root"))
    fail(`an attestation chaining to no anchor: ${untrustedSays}`);
  if (statusOf('erin@example.com') !== 'pending') fail(`erin: ${statusOf('erin@example.com')}`);
  console.log(`untrusted attestation: ${untrustedSays}`);
  run('settings', 'set', 'policy.trusted_attestation_only', 'false');
  const [laterOk, laterSays] = await activate(erin.link);
  if (!laterOk) fail(`refused without the policy: ${laterSays}`);
  if (statusOf('erin@example.com') !== 'active') fail(`erin: ${statusOf('erin@example.com')}`);
  console.log('policy-e2e: synced passkey, blocked authenticator and untrusted attestation refused; ' +
              'device-bound and allowed ones activated');
} finally {
  await context?.close();
  serve?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
