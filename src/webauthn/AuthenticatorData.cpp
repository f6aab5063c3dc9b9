// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AuthenticatorData.h"

#include "StrictCbor.h"

#include <QCoreApplication>
#include <QtEndian>

namespace {

// What this file says about a ceremony: catalogue entries and arguments, translated when read
// (base/Error.h), so a stored verdict holds no sentences.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(AuthenticatorData)
};

} // namespace

namespace keydesk::webauthn {

std::optional<AuthenticatorData> parseAuthenticatorData(QByteArrayView raw, Error* error)
{
    const auto failed = [error](Error message) -> std::optional<AuthenticatorData> {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    };
    if (raw.size() > kMaxAuthenticatorDataBytes)
        return failed(Text::tr("authenticator data is %1 bytes; at most %2 are accepted")
                          .arg(raw.size())
                          .arg(kMaxAuthenticatorDataBytes));
    if (raw.size() < 37)
        return failed(Text::tr("authenticator data is %1 bytes; at least 37 are required").arg(raw.size()));
    AuthenticatorData data;
    data.rpIdHash = raw.first(32).toByteArray();
    data.flags.raw = quint8(raw[32]);
    data.signCount = qFromBigEndian<quint32>(raw.data() + 33);
    qsizetype pos = 37;
    // The CBOR item at `pos` as bytes, `pos` moved past it; nullopt (and `label` with the
    // scanner's reason as the error) when there is none.
    const auto takeCborItem = [&](const Error& label) -> std::optional<QByteArray> {
        Error cborError;
        const std::optional<qsizetype> length = scanCborItem(raw.sliced(pos), &cborError);
        if (!length) {
            failed(label.arg(cborError));
            return std::nullopt;
        }
        QByteArray item = raw.sliced(pos, *length).toByteArray();
        pos += *length;
        return item;
    };

    if (data.flags.attestedCredentialData()) {
        if (raw.size() - pos < 18)
            return failed(Text::tr("attested credential data is cut short at byte %1").arg(raw.size()));
        data.hasAttestedCredential = true;
        data.aaguid = raw.sliced(pos, 16).toByteArray();
        const quint16 idLength = qFromBigEndian<quint16>(raw.data() + pos + 16);
        pos += 18;
        if (idLength > raw.size() - pos)
            return failed(Text::tr("credential id length %1 exceeds the %2 bytes left")
                              .arg(idLength)
                              .arg(raw.size() - pos));
        data.credentialId = raw.sliced(pos, idLength).toByteArray();
        pos += idLength;
        // The strict scanner measures the key without decoding it; parseCoseKey decodes it once.
        auto key = takeCborItem(Text::tr("credential public key: %1"));
        if (!key)
            return std::nullopt;
        data.credentialPublicKey = std::move(*key);
    }

    if (data.flags.extensionData()) {
        if (pos == raw.size())
            return failed(Text::tr("the ED flag is set but there are no extensions"));
        auto extensions = takeCborItem(Text::tr("extensions: %1"));
        if (!extensions)
            return std::nullopt;
        data.extensions = std::move(*extensions);
    }

    if (pos != raw.size())
        return failed(Text::tr("%1 trailing bytes after the authenticator data").arg(raw.size() - pos));
    return data;
}

Error authenticatorDataSummary(qsizetype size, const AuthenticatorData& data)
{
    return Text::tr("%n bytes, flags %1, sign count %2", nullptr, int(size))
        .arg(data.flags.describe())
        .arg(data.signCount);
}

} // namespace keydesk::webauthn
