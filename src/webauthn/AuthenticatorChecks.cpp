// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AuthenticatorChecks.h"

#include "StrictCbor.h"

#include "Sha256.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <openssl/crypto.h>

namespace {

// What this file says about a ceremony: catalogue entries and arguments, translated when read
// (base/Error.h), so a stored verdict holds no sentences.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(AuthenticatorChecks)
};

} // namespace

namespace keydesk::webauthn {

bool verifyAuthenticatorFlags(const AuthenticatorData& data, const CeremonyExpectations& expected,
                              std::optional<bool> storedBackupEligible, CheckList& checks)
{
    const QByteArray rpIdHash = sha256(expected.rpId.toUtf8());
    const bool hashMatches = CRYPTO_memcmp(rpIdHash.constData(), data.rpIdHash.constData(), 32) == 0;
    if (!checks.expect(
            Check::RpIdHash, hashMatches,
            [&]() -> Error { return Text::tr("RP ID hash is SHA-256(\"%1\")").arg(expected.rpId); },
            [&]() -> Error { return Text::tr("RP ID hash is not SHA-256(\"%1\")").arg(expected.rpId); }))
        return false;

    const AuthenticatorFlags flags = data.flags;
    if (expected.requireUserPresence && !flags.userPresent())
        return checks.fail(Check::UserPresent,
                           Text::tr("user presence (UP) is not set; flags %1").arg(flags.describe()));
    checks.pass(Check::UserPresent, flags.userPresent() ? Text::tr("user was present (UP)")
                                                        : Text::tr("user presence not required"));

    if (expected.requireUserVerification && !flags.userVerified())
        return checks.fail(
            Check::UserVerified,
            Text::tr("user verification is required but UV is not set; flags %1").arg(flags.describe()));
    checks.pass(Check::UserVerified, flags.userVerified()
                                         ? Text::tr("user was verified (UV)")
                                         : Text::tr("user verification not required, UV not set"));

    if (flags.backedUp() && !flags.backupEligible())
        return checks.fail(Check::BackupState, Text::tr("backed up (BS) without being backup eligible (BE)"));
    if (storedBackupEligible && flags.backupEligible() != *storedBackupEligible)
        return checks.fail(
            Check::BackupState,
            Text::tr("backup eligibility changed from %1 to %2 since registration")
                .arg(*storedBackupEligible ? u"BE" : u"not BE", flags.backupEligible() ? u"BE" : u"not BE"));
    return checks.pass(Check::BackupState,
                       flags.backupEligible()
                           ? (flags.backedUp() ? Text::tr("backup eligible, backed up")
                                               : Text::tr("backup eligible, not backed up"))
                           : Text::tr("single-device credential (not backup eligible)"));
}

bool verifyExtensions(const AuthenticatorData& data, CheckList& checks)
{
    if (!data.flags.extensionData())
        return checks.pass(Check::Extensions, Text::tr("no authenticator extensions"));
    Error error;
    const CborItem map = decodeCborExactly(data.extensions, &error);
    if (!map || !cbor_isa_map(map.get()))
        return checks.fail(Check::Extensions, Text::tr("authenticator extensions are not a CBOR map"));
    // Extension outputs are open-ended CBOR, so libcbor decodes them (after the strict scan).
    QStringList names;
    const cbor_pair* pairs = cbor_map_handle(map.get());
    for (size_t i = 0; i < cbor_map_size(map.get()); ++i) {
        const cbor_item_t* key = pairs[i].key;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString name =
            cbor_isa_string(key) && cbor_string_is_definite(key)
                ? utf8(QByteArrayView(cbor_string_handle(key), qsizetype(cbor_string_length(key))))
                : QString();
        if (name.isEmpty() || utf8.hasError())
            return checks.fail(Check::Extensions,
                               Text::tr("an authenticator extension identifier is not text"));
        names << name;
    }
    return checks.pass(Check::Extensions,
                       Text::tr("authenticator extensions: %1").arg(names.join(QStringLiteral(", "))));
}

} // namespace keydesk::webauthn
