// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliFormat.h"
#include "Command.h"

#include "webauthn/AuthenticationVerifier.h"
#include "webauthn/Base64Url.h"
#include "webauthn/Certificates.h"
#include "webauthn/RegistrationVerifier.h"
#include "webauthn/VerdictJson.h"

#include <QFile>

#include <cstdio>

namespace keydesk::cli {

using namespace keydesk::webauthn;

namespace {

const QCommandLineOption kFile(QStringLiteral("file"),
                               QStringLiteral("Read the response JSON from this file (default: stdin)."),
                               QStringLiteral("path"));
const QCommandLineOption kRpId(QStringLiteral("rp-id"),
                               QStringLiteral("Relying party ID, e.g. keydesk.example."),
                               QStringLiteral("id"));
const QCommandLineOption kOrigin(QStringLiteral("origin"), QStringLiteral("Allowed origin (repeatable)."),
                                 QStringLiteral("origin"));
const QCommandLineOption kAllowCrossOrigin(QStringLiteral("allow-cross-origin"),
                                           QStringLiteral("Accept ceremonies from cross-origin iframes."));
const QCommandLineOption
    kTopOrigin(QStringLiteral("top-origin"),
               QStringLiteral("Allowed top-level origin of a cross-origin ceremony (repeatable)."),
               QStringLiteral("origin"));
const QCommandLineOption kChallenge(QStringLiteral("challenge"),
                                    QStringLiteral("The challenge issued, base64url."),
                                    QStringLiteral("base64url"));
const QCommandLineOption kRequireUv(QStringLiteral("require-uv"),
                                    QStringLiteral("Require user verification (UV)."));
const QCommandLineOption
    kAlg(QStringLiteral("alg"),
         QStringLiteral("Offered algorithm: ES256, ES384, ES512, RS256, PS256, EdDSA or a COSE "
                        "number (repeatable; default all)."),
         QStringLiteral("alg"));
const QCommandLineOption
    kTrustAnchor(QStringLiteral("trust-anchor"),
                 QStringLiteral("Root certificate file (PEM or DER) for attestation (repeatable)."),
                 QStringLiteral("file"));
const QCommandLineOption
    kRequireTrusted(QStringLiteral("require-trusted-attestation"),
                    QStringLiteral("Fail unless the attestation chains to a trust anchor."));
const QCommandLineOption
    kLenientAndroid(QStringLiteral("lenient-android-key"),
                    QStringLiteral("Skip android-key's origin and purpose checks (§8.4)."));
const QCommandLineOption
    kAt(QStringLiteral("at"),
        QStringLiteral("Judge certificate validity at this RFC 3339 time (default: now)."),
        QStringLiteral("time"));
const QCommandLineOption kPublicKey(QStringLiteral("public-key"),
                                    QStringLiteral("The stored credential public key (COSE, base64url)."),
                                    QStringLiteral("base64url"));
const QCommandLineOption kCredentialId(QStringLiteral("credential-id"),
                                       QStringLiteral("The allowed credential id, base64url."),
                                       QStringLiteral("base64url"));
const QCommandLineOption kSignCount(QStringLiteral("sign-count"),
                                    QStringLiteral("The stored sign count (default 0)."), QStringLiteral("n"),
                                    QStringLiteral("0"));
const QCommandLineOption
    kBackupEligible(QStringLiteral("backup-eligible"),
                    QStringLiteral("The credential was backup eligible (BE) at registration."));
const QCommandLineOption kUserHandle(QStringLiteral("user-handle"),
                                     QStringLiteral("The credential owner's user handle, base64url."),
                                     QStringLiteral("base64url"));

void addCeremonyOptions(QCommandLineParser& p)
{
    p.addOptions({kFile, kRpId, kOrigin, kAllowCrossOrigin, kTopOrigin, kChallenge, kRequireUv});
}

// Reads the response (file or stdin) and the options both ceremonies share. False after
// printing a usage error.
bool readCeremony(CliContext& ctx, const QCommandLineParser& p, QByteArray& json, CeremonyExpectations& e,
                  int& code)
{
    const auto usage = [&](const QString& message) {
        code = usageError(ctx, message);
        return false;
    };
    if (!p.isSet(kRpId))
        return usage(QStringLiteral("--rp-id is required"));
    if (p.values(kOrigin).isEmpty())
        return usage(QStringLiteral("at least one --origin is required"));
    if (!p.isSet(kChallenge))
        return usage(QStringLiteral("--challenge is required"));
    const auto challenge = fromBase64Url(p.value(kChallenge));
    if (!challenge || challenge->isEmpty())
        return usage(QStringLiteral("--challenge must be base64url"));
    e.challenge = *challenge;
    e.rpId = p.value(kRpId);
    e.origins = p.values(kOrigin);
    e.allowCrossOrigin = p.isSet(kAllowCrossOrigin);
    e.topOrigins = p.values(kTopOrigin);
    e.requireUserVerification = p.isSet(kRequireUv);

    QFile file;
    if (p.isSet(kFile)) {
        file.setFileName(p.value(kFile));
        if (!file.open(QIODevice::ReadOnly))
            return usage(QStringLiteral("cannot read '%1': %2").arg(file.fileName(), file.errorString()));
    } else if (!file.open(stdin, QIODevice::ReadOnly)) {
        return usage(QStringLiteral("cannot read stdin"));
    }
    // One byte more than the verifier accepts, so an oversized response is reported as such.
    json = file.read(kMaxResponseJsonBytes + 1);
    return true;
}

int printVerdict(CliContext& ctx, const Verdict& verdict)
{
    if (ctx.json) {
        ctx.printJson(verdictToJson(verdict));
        return verdict.verified() ? ExitOk : ExitFailed;
    }
    QTextStream& out = ctx.out();
    for (const CheckResult& c : verdict.checks)
        out << (c.passed ? "  ok    " : "  FAIL  ") << checkName(c.check).leftJustified(22)
            << c.detail.message() << '\n';
    out << '\n';
    if (!verdict.verified()) {
        out << "NOT VERIFIED: " << verdict.errorCode() << ": " << verdict.failureDetail() << '\n';
        return ExitFailed;
    }
    const CredentialData& c = verdict.credential;
    out << "VERIFIED\n\nCredential\n";
    out << "  id            " << toBase64Url(c.id) << '\n';
    out << "  public key    " << toBase64Url(c.publicKeyCose) << '\n';
    out << "  algorithm     " << algorithmName(c.algorithm) << " (" << c.algorithm << ")\n";
    if (!c.aaguid.isEmpty())
        out << "  AAGUID        " << QString::fromLatin1(c.aaguid.toHex()) << '\n';
    out << "  sign count    " << c.signCount << '\n';
    out << "  flags         " << c.flags.describe() << '\n';
    if (!c.userHandle.isEmpty())
        out << "  user handle   " << toBase64Url(c.userHandle) << '\n';
    if (!c.attestationFormat.isEmpty())
        out << "  attestation   " << c.attestationFormat << ", type "
            << (c.attestationType ? attestationTypeName(*c.attestationType) : QStringLiteral("?"))
            << ", trust " << attestationTrustName(c.attestationTrust) << '\n';
    for (const QString& subject : c.attestationChain)
        out << "                " << subject << '\n';
    return ExitOk;
}

int runVerifyRegistration(CliContext& ctx, const QCommandLineParser& p)
{
    RegistrationExpectations e;
    QByteArray json;
    int code = ExitOk;
    if (!readCeremony(ctx, p, json, e.ceremony, code))
        return code;
    for (const QString& name : p.values(kAlg)) {
        const auto alg = algorithmFromName(name);
        if (!alg)
            return usageError(
                ctx, QStringLiteral("unknown algorithm '%1'; use ES256, ES384, ES512, RS256, PS256 or EdDSA")
                         .arg(name));
        e.algorithms << *alg;
    }
    for (const QString& path : p.values(kTrustAnchor)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return usageError(ctx, QStringLiteral("cannot read '%1': %2").arg(path, file.errorString()));
        e.trustAnchors << file.read(1024 * 1024);
    }
    Error anchorError;
    if (!parseTrustAnchors(e.trustAnchors, &anchorError))
        return usageError(ctx, anchorError.message());
    e.requireTrustedAttestation = p.isSet(kRequireTrusted);
    e.strictAndroidKeyAuthorizations = !p.isSet(kLenientAndroid);
    if (p.isSet(kAt)) {
        e.verificationTime = QDateTime::fromString(p.value(kAt), Qt::ISODate);
        if (!e.verificationTime.isValid())
            return usageError(ctx,
                              QStringLiteral("--at must be an RFC 3339 time such as 2026-11-29T10:00:00Z"));
    }
    return printVerdict(ctx, verifyRegistration(json, e));
}

int runVerifyAuthentication(CliContext& ctx, const QCommandLineParser& p)
{
    AuthenticationExpectations e;
    QByteArray json;
    int code = ExitOk;
    if (!readCeremony(ctx, p, json, e.ceremony, code))
        return code;
    const auto key = fromBase64Url(p.value(kPublicKey));
    if (!p.isSet(kPublicKey) || !key || key->isEmpty())
        return usageError(ctx, QStringLiteral("--public-key (COSE, base64url) is required"));
    const auto id = fromBase64Url(p.value(kCredentialId));
    if (!p.isSet(kCredentialId) || !id || id->isEmpty())
        return usageError(ctx, QStringLiteral("--credential-id (base64url) is required"));
    const qint64 count = parseCount(p.value(kSignCount));
    if (count < 0 || count > 0xffffffffLL)
        return usageError(ctx, QStringLiteral("--sign-count must be a number from 0 to 4294967295"));
    e.credential.publicKeyCose = *key;
    e.credential.id = *id;
    e.credential.signCount = quint32(count);
    e.credential.backupEligible = p.isSet(kBackupEligible);
    if (p.isSet(kUserHandle)) {
        const auto handle = fromBase64Url(p.value(kUserHandle));
        if (!handle)
            return usageError(ctx, QStringLiteral("--user-handle must be base64url"));
        e.credential.userHandle = *handle;
    }
    return printVerdict(ctx, verifyAuthentication(json, e));
}

} // namespace

QList<Command> webauthnCommands()
{
    const QString w = QStringLiteral("webauthn");
    // Checks of captured JSON on this machine: no data, so --server changes nothing.
    return overAdminApi({
        {w,
         QStringLiteral("verify-registration"),
         QStringLiteral("Verify a RegistrationResponseJSON and print every check"),
         {},
         0,
         [](QCommandLineParser& p) {
             addCeremonyOptions(p);
             p.addOptions({kAlg, kTrustAnchor, kRequireTrusted, kLenientAndroid, kAt});
         },
         runVerifyRegistration},
        {w,
         QStringLiteral("verify-authentication"),
         QStringLiteral("Verify an AuthenticationResponseJSON against a stored credential"),
         {},
         0,
         [](QCommandLineParser& p) {
             addCeremonyOptions(p);
             p.addOptions({kPublicKey, kCredentialId, kSignCount, kBackupEligible, kUserHandle});
         },
         runVerifyAuthentication},
    });
}

} // namespace keydesk::cli
