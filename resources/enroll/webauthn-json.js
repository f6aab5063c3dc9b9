// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Helpers shared by KeyDesk's enrollment pages: base64url for the WebAuthn JSON forms, and JSON
// requests to the enrollment API of this same origin.
'use strict';

window.KeyDesk = (function () {
  function fromB64url(text) {
    const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0)).buffer;
  }

  function toB64url(buffer) {
    let bin = '';
    for (const b of new Uint8Array(buffer)) bin += String.fromCharCode(b);
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  async function post(path, body) {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
    let json = {};
    try { json = await response.json(); } catch (e) { json = {}; }
    return { ok: response.ok, status: response.status, json };
  }

  function pageData() {
    return JSON.parse(document.getElementById('page-data').textContent);
  }

  function statusLine() {
    const status = document.getElementById('status');
    return function show(text, kind) {
      status.textContent = text;
      status.className = kind || '';
    };
  }

  function supported() {
    return Boolean(window.PublicKeyCredential && navigator.credentials);
  }

  return { fromB64url, toB64url, post, pageData, statusLine, supported };
})();
