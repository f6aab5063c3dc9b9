// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// KeyDesk's authentication pages — a key's verification, an operator's sign-in: ask the server
// for request options (data.api names the ceremony: the verification's allow list is the one
// credential under test, a sign-in's is empty), let the authenticator sign, send the assertion.
'use strict';

(function () {
  const { fromB64url, toB64url, post, pageData, statusLine, supported } = window.KeyDesk;
  const data = pageData();
  const t = data.messages;
  const show = statusLine();
  const verifyStep = document.getElementById('verify-step');
  const verifyButton = document.getElementById('verify');

  function requestOptions(json) {
    const options = Object.assign({}, json);
    options.challenge = fromB64url(json.challenge);
    options.allowCredentials = (json.allowCredentials || []).map(
      (c) => Object.assign({}, c, { id: fromB64url(c.id) }));
    return options;
  }

  function assertionJson(credential) {
    const r = credential.response;
    return {
      id: credential.id,
      rawId: toB64url(credential.rawId),
      type: credential.type,
      authenticatorAttachment: credential.authenticatorAttachment || undefined,
      response: {
        clientDataJSON: toB64url(r.clientDataJSON),
        authenticatorData: toB64url(r.authenticatorData),
        signature: toB64url(r.signature),
        userHandle: r.userHandle ? toB64url(r.userHandle) : undefined,
      },
      clientExtensionResults: credential.getClientExtensionResults(),
    };
  }

  async function verify() {
    verifyButton.disabled = true;
    show(t.working);
    try {
      const base = data.api + encodeURIComponent(data.id);
      const options = await post(base + '/options', {});
      if (!options.ok) {
        show(options.json.message || t.failed, 'bad');
        return;
      }
      let credential;
      try {
        credential = await navigator.credentials.get({ publicKey: requestOptions(options.json) });
      } catch (e) {
        show(e && e.name === 'NotAllowedError' ? t.cancelled : t.failed + ' (' + (e && e.name) + ')', 'bad');
        verifyButton.disabled = false;
        return;
      }
      const done = await post(base + '/complete', assertionJson(credential));
      verifyStep.hidden = true;
      show(done.ok ? t.done : (done.json.message || t.failed), done.ok ? 'ok' : 'bad');
    } catch (e) {
      show(t.network, 'bad');
      verifyButton.disabled = false;
    }
  }

  if (!supported()) {
    show(t.unsupported, 'bad');
    return;
  }
  verifyButton.addEventListener('click', verify);
  if (data.state === 'live') verifyStep.hidden = false;
  else show(data.stateMessage, 'bad');
})();
