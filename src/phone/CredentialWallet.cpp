// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CredentialWallet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(CredentialWallet)
};

} // namespace

namespace keydesk::phone {

using authenticator::SoftwareCredential;

Result<CredentialWallet> CredentialWallet::open(const QString& path)
{
    using R = Result<CredentialWallet>;
    CredentialWallet wallet;
    wallet.m_path = path;
    QFile file(path);
    if (!file.exists())
        return wallet;
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Text::tr("cannot read '%1': %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(Text::tr("'%1' is not a credential file: %2").arg(path, parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(u"version").toInt() != 1 || !root.value(u"credentials").isArray())
        return R::failure(Text::tr("'%1' is not a version 1 credential file").arg(path));
    int index = 0;
    for (const QJsonValue entry : root.value(u"credentials").toArray()) {
        QString error;
        auto credential = SoftwareCredential::fromJson(entry.toObject(), &error);
        if (!credential)
            return R::failure(Text::tr("'%1', credential %2: %3").arg(path).arg(index + 1).arg(error));
        wallet.m_credentials.append(*credential);
        ++index;
    }
    return wallet;
}

SoftwareCredential* CredentialWallet::find(const QByteArray& credentialId)
{
    for (SoftwareCredential& c : m_credentials)
        if (c.id == credentialId)
            return &c;
    return nullptr;
}

Status CredentialWallet::put(const SoftwareCredential& credential)
{
    if (SoftwareCredential* existing = find(credential.id))
        *existing = credential;
    else
        m_credentials.append(credential);
    return save();
}

Status CredentialWallet::remove(const QByteArray& credentialId)
{
    m_credentials.removeIf([&](const SoftwareCredential& c) { return c.id == credentialId; });
    return save();
}

Status CredentialWallet::save() const
{
    if (m_path.isEmpty())
        return {};
    QJsonArray entries;
    for (const SoftwareCredential& c : m_credentials)
        entries.append(c.toJson());
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("credentials"), entries}})
            .toJson(QJsonDocument::Indented);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    // Private keys: readable by the owner only.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(json) != json.size() || !file.commit())
        return Status::failure(Text::tr("cannot write '%1': %2").arg(m_path, file.errorString()));
    return {};
}

} // namespace keydesk::phone
