// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Error.h"
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace keydesk::webauthn {

// RegistrationResponseJSON / AuthenticationResponseJSON (WebAuthn L3 §5.1), decoded. Every byte
// field is strict base64url (one spelling per value, so toBase64Url(id) is the text sent) and
// capped in size before anything looks inside it.
struct RegistrationResponse
{
    QByteArray id;
    QByteArray rawId;
    QByteArray clientDataJson;
    QByteArray attestationObject;
    QStringList transports;
};

struct AuthenticationResponse
{
    QByteArray id;
    QByteArray rawId;
    QByteArray clientDataJson;
    QByteArray authenticatorData;
    QByteArray signature;
    std::optional<QByteArray> userHandle;
};

constexpr qsizetype kMaxResponseJsonBytes = 256 * 1024;

std::optional<RegistrationResponse> parseRegistrationResponse(const QByteArray& json, Error* error);
std::optional<AuthenticationResponse> parseAuthenticationResponse(const QByteArray& json, Error* error);

} // namespace keydesk::webauthn
