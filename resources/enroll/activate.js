// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// KeyDesk activation page: asks the enrollment server for creation options, lets the browser or
// passkey provider create the credential, and sends the result back. No external resources.
'use strict';

(function () {
  const { fromB64url, toB64url, post, pageData, statusLine, supported } = window.KeyDesk;
  const data = pageData();
  const t = data.messages;
  const show = statusLine();
  const codeForm = document.getElementById('code-form');
  const activateStep = document.getElementById('activate-step');
  const activateButton = document.getElementById('activate');
  let token = data.token;

  function creationOptions(json) {
    const options = Object.assign({}, json);
    options.challenge = fromB64url(json.challenge);
    options.user = Object.assign({}, json.user, { id: fromB64url(json.user.id) });
    options.excludeCredentials = (json.excludeCredentials || []).map(
      (c) => Object.assign({}, c, { id: fromB64url(c.id) }));
    return options;
  }

  function registrationJson(credential) {
    const r = credential.response;
    return {
      id: credential.id,
      rawId: toB64url(credential.rawId),
      type: credential.type,
      authenticatorAttachment: credential.authenticatorAttachment || undefined,
      response: {
        clientDataJSON: toB64url(r.clientDataJSON),
        attestationObject: toB64url(r.attestationObject),
        transports: typeof r.getTransports === 'function' ? r.getTransports() : [],
      },
      clientExtensionResults: credential.getClientExtensionResults(),
    };
  }

  async function activate() {
    activateButton.disabled = true;
    show(t.working);
    try {
      const base = '/api/v1/activations/' + encodeURIComponent(token);
      const options = await post(base + '/options', {});
      if (!options.ok) {
        show(options.json.message || t.failed, 'bad');
        return;
      }
      let credential;
      try {
        credential = await navigator.credentials.create({ publicKey: creationOptions(options.json) });
      } catch (e) {
        show(e && e.name === 'NotAllowedError' ? t.cancelled : t.failed + ' (' + (e && e.name) + ')', 'bad');
        activateButton.disabled = false;
        return;
      }
      const done = await post(base + '/complete', registrationJson(credential));
      if (done.ok) {
        show(t.done.replace('%1', done.json.authenticator || ''), 'ok');
        activateStep.hidden = true;
      } else {
        show(done.json.message || t.failed, 'bad');
        activateButton.disabled = done.status >= 500;
      }
    } catch (e) {
      show(t.network, 'bad');
      activateButton.disabled = false;
    }
  }

  async function lookup(event) {
    event.preventDefault();
    const button = document.getElementById('lookup');
    button.disabled = true;
    show(t.checking);
    try {
      const reply = await post('/api/v1/activations/lookup', {
        email: document.getElementById('email').value,
        code: document.getElementById('code').value,
      });
      if (!reply.ok) {
        show(reply.json.message || t.failed, 'bad');
        return;
      }
      token = reply.json.token;
      codeForm.hidden = true;
      activateStep.hidden = false;
      show(t.ready);
      activateButton.focus();
    } catch (e) {
      show(t.network, 'bad');
    } finally {
      button.disabled = false;
    }
  }

  if (!supported()) {
    show(t.unsupported, 'bad');
    return;
  }
  activateButton.addEventListener('click', activate);
  if (data.state === 'code') {
    codeForm.hidden = false;
    codeForm.addEventListener('submit', lookup);
  } else if (data.state === 'live') {
    activateStep.hidden = false;
  } else {
    show(data.stateMessage, 'bad');
  }
})();
