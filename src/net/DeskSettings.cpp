// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DeskSettings.h"

#include "AdminClient.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

namespace keydesk::net {

namespace {

// lupdate files these strings under the context the macro names, as translate() looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeskSettings)
};

// Refusals, said in the reader's language when they are read.
struct Refusal
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(DeskSettings)
};

constexpr char kVersionKey[] = "settings/version";
constexpr char kLanguageKey[] = "console/language";
constexpr char kDatabaseKey[] = "console/database";
constexpr char kBindKey[] = "server/bind";
constexpr char kPortKey[] = "server/port";
constexpr char kCertificateKey[] = "server/certificate";
constexpr char kKeyFileKey[] = "server/key";
constexpr char kFirstRunKey[] = "console/first_run_done";
constexpr char kRecentKey[] = "console/recent_databases";
constexpr char kRecentServersKey[] = "console/recent_servers";
constexpr char kStartServerKey[] = "console/start_server";
constexpr char kServerOperatorsKey[] = "console/server_operators";
constexpr char kAppearanceKey[] = "console/appearance";
const QStringList kAppearances{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

std::optional<quint16> portFrom(const QVariant& value)
{
    bool ok = false;
    const uint port = value.toString().toUInt(&ok);
    return ok && port <= 65535 ? std::optional<quint16>(quint16(port)) : std::nullopt;
}

Status checkReadable(const QString& path, const QString& what)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return Status::failure(Refusal::tr("The %1 file %2 cannot be read.").arg(what, path));
    return {};
}

} // namespace

DeskSettings::DeskSettings() : DeskSettings(std::make_unique<QSettings>()) {}

DeskSettings::DeskSettings(std::unique_ptr<QSettings> backend) : m_settings(std::move(backend))
{
    migrate();
}

DeskSettings::~DeskSettings() = default;

std::unique_ptr<DeskSettings> DeskSettings::temporary(const QList<std::pair<QString, QVariant>>& seed)
{
    auto dir = std::make_unique<QTemporaryDir>();
    const QString file = dir->filePath(QStringLiteral("KeyDesk.conf"));
    {
        QSettings old(file, QSettings::IniFormat);
        for (const auto& [k, v] : seed)
            old.setValue(k, v);
    }
    auto settings = std::make_unique<DeskSettings>(std::make_unique<QSettings>(file, QSettings::IniFormat));
    settings->m_temporaryDir = std::move(dir);
    return settings;
}

void DeskSettings::migrate()
{
    const int version = m_settings->value(key(kVersionKey), 0).toInt();
    if (version >= kVersion)
        return;
    // Version 0 (KeyDesk 0.1 before the settings dialog) kept the server under "enrollment/".
    const QList<std::pair<QString, QString>> moved{{QStringLiteral("enrollment/port"), key(kPortKey)},
                                                   {QStringLiteral("enrollment/bind"), key(kBindKey)}};
    for (const auto& [from, to] : moved) {
        if (!m_settings->contains(from))
            continue;
        const QVariant value = m_settings->value(from);
        const bool valid = from.endsWith(QLatin1String("port")) ? portFrom(value).has_value()
                                                                : !QHostAddress(value.toString()).isNull();
        if (valid)
            m_settings->setValue(to, value);
        else
            m_migrationNotes << Text::tr("The old setting %1 = “%2” was not valid and was dropped.")
                                    .arg(from, value.toString());
        m_settings->remove(from);
    }
    m_settings->remove(QStringLiteral("enrollment"));
    m_settings->setValue(key(kVersionKey), kVersion);
    m_settings->sync();
}

void DeskSettings::write(const QString& name, const QVariant& value)
{
    if (m_settings->value(name) == value)
        return;
    if (value.isNull())
        m_settings->remove(name);
    else
        m_settings->setValue(name, value);
    m_settings->sync();
}

QStringList DeskSettings::supportedLanguages()
{
    return consoleLanguages();
}

QString DeskSettings::language() const
{
    const QString code = m_settings->value(key(kLanguageKey)).toString();
    return supportedLanguages().contains(code) ? code : QString();
}

Status DeskSettings::setLanguage(const QString& code)
{
    if (!code.isEmpty() && !supportedLanguages().contains(code))
        return Status::failure(
            Refusal::tr("“%1” is not a language KeyDesk speaks (%2, or empty for the system's).")
                .arg(code, supportedLanguages().join(QStringLiteral(", "))));
    if (language() != code) {
        write(key(kLanguageKey), code.isEmpty() ? QVariant() : QVariant(code));
        Q_EMIT changed(key(kLanguageKey));
    }
    return {};
}

QString DeskSettings::appearance() const
{
    const QString mode = m_settings->value(key(kAppearanceKey)).toString();
    return kAppearances.contains(mode) ? mode : QStringLiteral("system");
}

Status DeskSettings::setAppearance(const QString& mode)
{
    if (!kAppearances.contains(mode))
        return Status::failure(Refusal::tr("“%1” is not an appearance (system, light or dark).").arg(mode));
    if (appearance() != mode) {
        write(key(kAppearanceKey), mode);
        Q_EMIT changed(key(kAppearanceKey));
    }
    return {};
}

QString DeskSettings::databasePath() const
{
    return m_settings->value(key(kDatabaseKey)).toString();
}

Status DeskSettings::checkDatabasePath(const QString& path)
{
    if (!path.isEmpty() && !QFileInfo(path).isAbsolute())
        return Status::failure(Refusal::tr("The database path must be absolute, not “%1”.").arg(path));
    return {};
}

Status DeskSettings::setDatabasePath(const QString& path)
{
    if (Status s = checkDatabasePath(path); !s)
        return s;
    if (databasePath() != path) {
        write(key(kDatabaseKey), path.isEmpty() ? QVariant() : QVariant(path));
        Q_EMIT changed(key(kDatabaseKey));
    }
    return {};
}

QStringList DeskSettings::recentDatabases() const
{
    QStringList out;
    for (const QString& path : m_settings->value(key(kRecentKey)).toStringList()) {
        // A hand-edited file may hold anything: keep absolute paths, once each, the first few.
        if (QFileInfo(path).isAbsolute() && !out.contains(path) && out.size() < kRecentDatabases)
            out << path;
    }
    return out;
}

void DeskSettings::noteDatabaseOpened(const QString& path)
{
    noteRecent(kRecentKey, recentDatabases(), QFileInfo(path).absoluteFilePath());
    write(key(kStartServerKey), {});
}

void DeskSettings::forgetRecentDatabase(const QString& path)
{
    forgetRecent(kRecentKey, recentDatabases(), QFileInfo(path).absoluteFilePath());
}

QStringList DeskSettings::recentServers() const
{
    QStringList out;
    for (const QString& server : m_settings->value(key(kRecentServersKey)).toStringList()) {
        if (isTeamServerUrl(QUrl(server)) && !out.contains(server) && out.size() < kRecentDatabases)
            out << server;
    }
    return out;
}

void DeskSettings::noteServerConnected(const QUrl& server, const ServerOperator& who)
{
    if (!isTeamServerUrl(server))
        return;
    noteRecent(kRecentServersKey, recentServers(), server.toString());
    write(key(kStartServerKey), server.toString());
    QVariantMap operators = m_settings->value(key(kServerOperatorsKey)).toMap();
    operators.insert(server.toString(), QStringList{QString::number(who.userId), who.email, who.role});
    write(key(kServerOperatorsKey), operators);
}

std::optional<DeskSettings::ServerOperator> DeskSettings::lastOperatorOf(const QUrl& server) const
{
    const QStringList fields =
        m_settings->value(key(kServerOperatorsKey)).toMap().value(server.toString()).toStringList();
    bool numeric = false;
    const qint64 userId = fields.value(0).toLongLong(&numeric);
    if (fields.size() != 3 || !numeric || userId <= 0 || fields.at(1).isEmpty())
        return std::nullopt;
    return ServerOperator{userId, fields.at(1), fields.at(2)};
}

QUrl DeskSettings::serverAtStart() const
{
    if (!databasePath().isEmpty())
        return {};
    const QUrl server(m_settings->value(key(kStartServerKey)).toString());
    return isTeamServerUrl(server) ? server : QUrl();
}

void DeskSettings::noteSignedOut()
{
    write(key(kStartServerKey), {});
}

void DeskSettings::forgetRecentServer(const QString& server)
{
    forgetRecent(kRecentServersKey, recentServers(), server);
    if (m_settings->value(key(kStartServerKey)).toString() == server)
        write(key(kStartServerKey), {});
}

void DeskSettings::noteRecent(const char* listKey, const QStringList& current, const QString& entry)
{
    QStringList recent = current;
    recent.removeAll(entry);
    recent.prepend(entry);
    recent = recent.mid(0, kRecentDatabases);
    if (recent != m_settings->value(key(listKey)).toStringList()) {
        write(key(listKey), recent);
        Q_EMIT changed(key(listKey));
    }
}

void DeskSettings::forgetRecent(const char* listKey, QStringList current, const QString& entry)
{
    if (current.removeAll(entry) > 0) {
        write(key(listKey), current.isEmpty() ? QVariant() : QVariant(current));
        Q_EMIT changed(key(listKey));
    }
}

QString DeskSettings::databaseAtStart(const QString& fallback) const
{
    if (!databasePath().isEmpty())
        return databasePath();
    for (const QString& path : recentDatabases()) {
        if (QFileInfo::exists(path))
            return path;
    }
    return fallback;
}

QHostAddress DeskSettings::bindAddress() const
{
    const QHostAddress address(m_settings->value(key(kBindKey)).toString());
    return address.isNull() ? QHostAddress(QHostAddress::LocalHost) : address;
}

quint16 DeskSettings::port() const
{
    return portFrom(m_settings->value(key(kPortKey), kDefaultPort)).value_or(kDefaultPort);
}

QString DeskSettings::certificatePath() const
{
    return m_settings->value(key(kCertificateKey)).toString();
}

QString DeskSettings::keyPath() const
{
    return m_settings->value(key(kKeyFileKey)).toString();
}

Status DeskSettings::checkServer(const QString& bindAddress, int port, const QString& certificatePath,
                                 const QString& keyPath)
{
    if (QHostAddress(bindAddress.trimmed()).isNull())
        return Status::failure(
            Refusal::tr("“%1” is not an IP address to listen on (e.g. 127.0.0.1 or 0.0.0.0).")
                .arg(bindAddress));
    if (port < 0 || port > 65535)
        return Status::failure(
            Refusal::tr("The port must be from 0 to 65535 (0 picks a free one), not %1.").arg(port));
    if (certificatePath.isEmpty() != keyPath.isEmpty())
        return Status::failure(
            Refusal::tr("HTTPS needs both the certificate and its private key, or neither."));
    if (!certificatePath.isEmpty()) {
        if (Status s = checkReadable(certificatePath, Text::tr("certificate")); !s)
            return s;
        if (Status s = checkReadable(keyPath, Text::tr("private key")); !s)
            return s;
    }
    return {};
}

Status DeskSettings::setServer(const QString& bindAddress, int port, const QString& certificatePath,
                               const QString& keyPath)
{
    if (Status s = checkServer(bindAddress, port, certificatePath, keyPath); !s)
        return s;
    const QHostAddress address(bindAddress.trimmed());
    const bool same = address == this->bindAddress() && port == this->port() &&
                      certificatePath == this->certificatePath() && keyPath == this->keyPath();
    if (same)
        return {};
    write(key(kBindKey), address.toString());
    write(key(kPortKey), port);
    write(key(kCertificateKey), certificatePath.isEmpty() ? QVariant() : QVariant(certificatePath));
    write(key(kKeyFileKey), keyPath.isEmpty() ? QVariant() : QVariant(keyPath));
    Q_EMIT changed(QStringLiteral("server"));
    return {};
}

bool DeskSettings::firstRunDone() const
{
    return m_settings->value(key(kFirstRunKey), false).toBool();
}

void DeskSettings::setFirstRunDone()
{
    write(key(kFirstRunKey), true);
}

QByteArray DeskSettings::windowGeometry(const QString& window) const
{
    return m_settings->value(QStringLiteral("window/") + window).toByteArray();
}

void DeskSettings::setWindowGeometry(const QString& window, const QByteArray& geometry)
{
    write(QStringLiteral("window/") + window, geometry);
}

QString DeskSettings::fileName() const
{
    return m_settings->fileName();
}

} // namespace keydesk::net
