// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AuthenticatorNames.h"

#include "core/store/DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(AuthenticatorNames)
};

} // namespace

static void initAaguidResources()
{
    Q_INIT_RESOURCE(aaguids);
}

namespace keydesk {

namespace {

QByteArray readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing built-in resource %s", qPrintable(path));
    return file.readAll();
}

} // namespace

const AuthenticatorNames& AuthenticatorNames::builtin()
{
    static const AuthenticatorNames names = [] {
        initAaguidResources();
        AuthenticatorNames n;
        for (const QString& path : {QStringLiteral(":/keydesk/aaguids/passkey-provider-aaguids.json"),
                                    QStringLiteral(":/keydesk/aaguids/keydesk-aaguids.json")}) {
            if (Status s = merge(readResource(path), path, n.m_names); !s)
                qFatal("%s", qPrintable(s.error()));
        }
        return n;
    }();
    return names;
}

Result<AuthenticatorNames> AuthenticatorNames::withExtension(const QString& path)
{
    using R = Result<AuthenticatorNames>;
    AuthenticatorNames names = builtin();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Text::tr("cannot read '%1': %2").arg(path, file.errorString()));
    if (file.size() > 4 * 1024 * 1024)
        return R::failure(Text::tr("'%1' is larger than 4 MiB").arg(path));
    if (Status s = merge(file.readAll(), path, names.m_names); !s)
        return R::failure(s.cause());
    return names;
}

Result<AuthenticatorNames> AuthenticatorNames::forDatabase(const QString& databasePath)
{
    // A PostgreSQL database has no folder of its own: its servers know the built-in names.
    if (DatabaseLocation::looksLikeUrl(databasePath))
        return builtin();
    const QString site = QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("aaguids.json"));
    return QFileInfo::exists(site) ? withExtension(site) : Result<AuthenticatorNames>(builtin());
}

Status AuthenticatorNames::merge(const QByteArray& json, const QString& origin,
                                 QHash<QByteArray, QString>& names)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Status::failure(
            Text::tr("'%1' is not JSON: %2 at offset %3").arg(origin, error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return Status::failure(
            Text::tr("'%1' must be a JSON object of \"<aaguid>\": \"<name>\"").arg(origin));
    QHash<QByteArray, QString> read;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QUuid uuid = QUuid::fromString(it.key());
        if (uuid.isNull() || it.key().size() != 36)
            return Status::failure(
                Text::tr("'%1': \"%2\" is not an AAGUID (8-4-4-4-12 hex)").arg(origin, it.key()));
        const QString name = it.value().toString().trimmed();
        if (!it.value().isString() || name.isEmpty() || name.size() > 200)
            return Status::failure(
                Text::tr("'%1': the name for %2 must be a non-empty string of at most 200 characters")
                    .arg(origin, it.key()));
        read.insert(uuid.toRfc4122(), name);
    }
    // All or nothing: a bad entry leaves the names as they were.
    names.insert(read);
    return {};
}

QString AuthenticatorNames::nameFor(const QByteArray& aaguid) const
{
    return m_names.value(aaguid);
}

QList<std::pair<QByteArray, QString>> AuthenticatorNames::all() const
{
    QList<std::pair<QByteArray, QString>> entries;
    for (auto it = m_names.begin(); it != m_names.end(); ++it)
        entries.append({it.key(), it.value()});
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        const int byName = a.second.compare(b.second, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.first < b.first;
    });
    return entries;
}

QString AuthenticatorNames::describe(const QByteArray& aaguid) const
{
    if (aaguid.size() != 16)
        return QCoreApplication::translate("AuthenticatorNames", "Not activated yet");
    if (aaguid == QByteArray(16, '\0'))
        return QCoreApplication::translate("AuthenticatorNames", "Unnamed authenticator (zero AAGUID)");
    const QString name = nameFor(aaguid);
    return name.isEmpty() ? QCoreApplication::translate("AuthenticatorNames", "Unknown authenticator (%1)")
                                .arg(formatAaguid(aaguid))
                          : name;
}

std::optional<QByteArray> aaguidFromText(const QString& text)
{
    // QUuid also reads braces and answers null for what it cannot read: the zero AAGUID is a
    // null QUuid, so it is told apart by its text.
    const QUuid uuid = QUuid::fromString(text);
    if (text.size() != 36 || (uuid.isNull() && text != QLatin1String("00000000-0000-0000-0000-000000000000")))
        return std::nullopt;
    return uuid.toRfc4122();
}

QString formatAaguid(const QByteArray& aaguid)
{
    return aaguid.size() == 16 ? QUuid::fromRfc4122(aaguid).toString(QUuid::WithoutBraces) : QString();
}

} // namespace keydesk
