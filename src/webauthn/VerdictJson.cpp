// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "VerdictJson.h"

#include "Base64Url.h"

#include <QJsonArray>

namespace keydesk::webauthn {

QJsonObject verdictToJson(const Verdict& verdict)
{
    QJsonArray checks;
    for (const CheckResult& c : verdict.checks)
        checks.append(QJsonObject{{QStringLiteral("name"), checkName(c.check)},
                                  {QStringLiteral("passed"), c.passed},
                                  {QStringLiteral("detail"), c.detail.message()},
                                  {QStringLiteral("detailCode"), c.detail.toJson()}});
    const CredentialData& cred = verdict.credential;
    QJsonObject credential{
        {QStringLiteral("id"), toBase64Url(cred.id)},
        {QStringLiteral("publicKey"), toBase64Url(cred.publicKeyCose)},
        {QStringLiteral("signCount"), qint64(cred.signCount)},
        {QStringLiteral("flags"), QJsonObject{{QStringLiteral("value"), int(cred.flags.raw)},
                                              {QStringLiteral("UP"), cred.flags.userPresent()},
                                              {QStringLiteral("UV"), cred.flags.userVerified()},
                                              {QStringLiteral("BE"), cred.flags.backupEligible()},
                                              {QStringLiteral("BS"), cred.flags.backedUp()},
                                              {QStringLiteral("AT"), cred.flags.attestedCredentialData()},
                                              {QStringLiteral("ED"), cred.flags.extensionData()}}},
    };
    if (cred.algorithm != 0) {
        credential.insert(QStringLiteral("alg"), cred.algorithm);
        credential.insert(QStringLiteral("algName"), algorithmName(cred.algorithm));
    }
    if (!cred.aaguid.isEmpty()) {
        const QByteArray hex = cred.aaguid.toHex();
        credential.insert(QStringLiteral("aaguid"),
                          QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' +
                                              hex.mid(16, 4) + '-' + hex.mid(20)));
    }
    if (!cred.userHandle.isEmpty())
        credential.insert(QStringLiteral("userHandle"), toBase64Url(cred.userHandle));
    if (!cred.attestationFormat.isEmpty()) {
        QJsonObject attestation{{QStringLiteral("format"), cred.attestationFormat},
                                {QStringLiteral("trust"), attestationTrustName(cred.attestationTrust)},
                                {QStringLiteral("chain"), QJsonArray::fromStringList(cred.attestationChain)}};
        if (cred.attestationType)
            attestation.insert(QStringLiteral("type"), attestationTypeName(*cred.attestationType));
        credential.insert(QStringLiteral("attestation"), attestation);
    }
    QJsonObject json{{QStringLiteral("verified"), verdict.verified()},
                     {QStringLiteral("error"), verdict.errorCode()},
                     {QStringLiteral("detail"), verdict.failureDetail()},
                     {QStringLiteral("checks"), checks},
                     {QStringLiteral("credential"), credential}};
    if (verdict.failedCheck())
        json.insert(QStringLiteral("detailCode"), verdict.checks.constLast().detail.toJson());
    return json;
}

QJsonObject verdictForStorage(QJsonObject verdictJson)
{
    verdictJson.remove(QStringLiteral("detail"));
    QJsonArray checks = verdictJson.value(QStringLiteral("checks")).toArray();
    for (qsizetype i = 0; i < checks.size(); ++i) {
        QJsonObject check = checks.at(i).toObject();
        check.remove(QStringLiteral("detail"));
        checks[i] = check;
    }
    verdictJson.insert(QStringLiteral("checks"), checks);
    return verdictJson;
}

QString detailOf(const QJsonObject& checkOrVerdict)
{
    const QJsonValue code = checkOrVerdict.value(QStringLiteral("detailCode"));
    if (code.isObject())
        return Error::fromJson(code.toObject()).message();
    return checkOrVerdict.value(QStringLiteral("detail")).toString(); // stored before codes
}

} // namespace keydesk::webauthn
