// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Browser end to end: Debian's Chromium (playwright-core) with the DevTools WebAuthn virtual
// authenticator activates keys through KeyDesk's own activation page, served by a real
// `keydesk-cli serve`, for links made by a real `keydesk-cli keys assign`:
//   1. the activation link (Activate Now);
//   2. the manual path: the /activate page, email + code, then Activate;
//   3. "Verify now": the key of step 1 signs in on the verification page (/v/<id>) of a
//      `keydesk-cli keys verify`, and the test-mode relying party stamps it verified.
//   4. Operator sign-in: Ada, made an admin, signs a desk in with her key of step 1 on the sign-in
//      page (/s/<token>) of the admin API's sign-in; the desk collects a working session.
// Exits non-zero with a message on the first thing that is not as expected.
//
//   KEYDESK_CLI=build/src/app/keydesk-cli node tests/browser/activate-e2e.mjs
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { cliOnNewDatabase, launchChromium, startServe } from './keydesk-fixture.mjs';

const { cli, work, db, run, json } = cliOnNewDatabase('keydesk-e2e-');
const fail = (message) => {
  throw new Error(message);
};

let serve;
let context;
try {
  run('users', 'add', '--name', 'Ada Lovelace', '--email', 'ada@example.com');
  run('users', 'add', '--name', 'Bob Page', '--email', 'bob@example.com');

  const server = startServe(cli, db);
  serve = server.serve;
  const base = await server.base;
  context = await launchChromium(work);
  const page = await context.newPage();
  page.on('console', (message) => console.log(`page: ${message.text()}`));
  const foreign = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(base)) foreign.push(request.url());
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true,
               isUserVerified: true, automaticPresenceSimulation: true },
  });

  const expectActive = (email) => {
    const keys = json('keys', 'list', '--user', email);
    if (keys.length !== 1 || keys[0].status !== 'active')
      fail(`${email}: expected one active key, got ${JSON.stringify(keys)}`);
    return keys[0];
  };
  const waitForResult = async () => {
    await page.waitForSelector('#status.ok, #status.bad', { timeout: 20000 }).catch(async () => {
      fail(`no result; the page says: ${await page.locator('#status').textContent()}`);
    });
    const status = await page.locator('#status');
    if ((await status.getAttribute('class')) !== 'ok') fail(`activation failed: ${await status.textContent()}`);
    return status.textContent();
  };

  // 1. The activation link.
  const assigned = json('keys', 'assign', '--user', 'ada@example.com', '--activate', 'now');
  if (!assigned.link.startsWith(`${base}/a/`)) fail(`the link ${assigned.link} does not point at ${base}`);
  await page.goto(assigned.link);
  await page.getByRole('button', { name: 'Activate' }).click();
  const done = await waitForResult();
  const ada = expectActive('ada@example.com');
  const creds = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  const adaCredential = creds.credentials[0].credentialId;
  const created = Buffer.from(adaCredential, 'base64').toString('base64url');
  if (ada.credential.id !== created) fail(`stored credential ${ada.credential.id} is not the browser's ${created}`);
  console.log(`link: ${done.trim()} [credential ${created.slice(0, 12)}…]`);

  // Opening it again shows that it was used, and changes nothing.
  await page.goto(assigned.link);
  const again = await page.locator('#status').textContent();
  if (!again.includes('already used')) fail(`a used link says: ${again}`);

  // 2. The manual path: email + code on the /activate page.
  const manual = json('keys', 'assign', '--user', 'bob@example.com', '--activate', 'manual');
  await page.goto(`${base}/activate`);
  await page.getByLabel('Email').fill('bob@example.com');
  await page.getByLabel('Activation code').fill(manual.code.toLowerCase());
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Activate' }).click();
  console.log(`code: ${(await waitForResult()).trim()}`);
  expectActive('bob@example.com');

  // 3. Verify the key made in step 1 with a fresh authentication ceremony.
  const started = json('keys', 'verify', String(ada.id));
  if (!started.link.startsWith(`${base}/v/`)) fail(`the verification link ${started.link} does not point at ${base}`);
  await page.goto(started.link);
  await page.getByRole('button', { name: 'Verify' }).click();
  console.log(`verify: ${(await waitForResult()).trim()}`);
  const verification = json('verifications', 'show', String(started.verification_id));
  if (verification.state !== 'verified') fail(`verification: ${JSON.stringify(verification)}`);
  const failed = verification.verdict.checks.filter((c) => !c.passed);
  if (failed.length > 0) fail(`failed checks: ${JSON.stringify(failed)}`);
  for (const name of ['challenge', 'origin', 'rpIdHash', 'userPresent', 'userVerified', 'signature', 'signCount'])
    if (!verification.verdict.checks.some((c) => c.name === name && c.passed)) fail(`check ${name} did not pass`);
  const verified = json('keys', 'show', String(ada.id));
  if (!verified.last_verified_at) fail(`the key was not stamped verified: ${JSON.stringify(verified)}`);
  await page.goto(started.link);
  const finished = await page.locator('#status').textContent();
  if (!finished.includes('finished')) fail(`a finished verification says: ${finished}`);

  // 4. Ada signs a desk in with her key: the page shows the desk's number, the desk gets a session.
  // The request names no credential (they are discoverable): a real browser asks which passkey;
  // the virtual authenticator picks one itself, so Bob's (step 2) leaves it first.
  run('operators', 'add', 'ada@example.com', '--role', 'admin');
  for (const c of (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials)
    if (c.credentialId !== adaCredential)
      await cdp.send('WebAuthn.removeCredential', { authenticatorId, credentialId: c.credentialId });
  const post = async (path, body, headers = {}) => {
    const r = await fetch(`${base}${path}`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body),
    });
    return { status: r.status, json: await r.json() };
  };
  const signIn = await post('/api/v1/admin/sign-in', { desk: 'browser desk' });
  if (signIn.status !== 201 || !signIn.json.link.startsWith(`${base}/s/`)) fail(`sign-in start: ${JSON.stringify(signIn)}`);
  if ((await post('/api/v1/admin/sign-in/collect', { pollSecret: signIn.json.pollSecret })).status !== 202)
    fail('a sign-in nobody answered is not pending');
  await page.goto(signIn.json.link);
  const shown = (await page.locator('#match').textContent()).trim();
  if (shown !== String(signIn.json.matchNumber)) fail(`the page shows ${shown}, the desk ${signIn.json.matchNumber}`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  console.log(`sign-in: ${(await waitForResult()).trim()}`);
  const collected = await post('/api/v1/admin/sign-in/collect', { pollSecret: signIn.json.pollSecret });
  if (collected.status !== 200 || !collected.json.session.startsWith('kds_')) fail(`collect: ${JSON.stringify(collected)}`);
  const me = await (await fetch(`${base}/api/v1/admin/me`, { headers: { Authorization: `Bearer ${collected.json.session}` } })).json();
  if (me.email !== 'ada@example.com' || me.role !== 'admin') fail(`me: ${JSON.stringify(me)}`);

  if (foreign.length > 0) fail(`the page loaded external resources: ${foreign.join(', ')}`);
  console.log('activate-e2e: both paths activated, the key verified and an operator signed in, in Chromium');
} finally {
  await context?.close();
  serve?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
