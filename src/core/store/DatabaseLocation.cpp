// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DatabaseLocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(DatabaseLocation)
};

// The libpq settings a URL may carry. Anything else is refused rather than ignored: a misspelt
// "sslmode" must not quietly connect without TLS.
const QStringList kAllowedOptions = {QStringLiteral("sslmode"),
                                     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"),
                                     QStringLiteral("sslcrl"),
                                     QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name"),
                                     QStringLiteral("target_session_attrs"),
                                     QStringLiteral("host")};

const QStringList kSslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                               QStringLiteral("prefer"),    QStringLiteral("require"),
                               QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

} // namespace

namespace keydesk {

bool DatabaseLocation::looksLikeUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString& pathOrUrl)
{
    using R = Result<DatabaseLocation>;
    DatabaseLocation location;
    if (pathOrUrl.isEmpty())
        return R::failure(Text::tr("no database path given"));
    if (!looksLikeUrl(pathOrUrl)) {
        if (pathOrUrl.contains(QLatin1String("://")))
            return R::failure(Text::tr("'%1' is neither a file path nor a postgresql:// URL").arg(pathOrUrl));
        location.path = QFileInfo(pathOrUrl).absoluteFilePath();
        return location;
    }
    const QUrl url(pathOrUrl, QUrl::StrictMode);
    // The URL is not repeated in these errors: it may hold a password.
    if (!url.isValid())
        return R::failure(Text::tr("the database URL is not valid: %1").arg(url.errorString()));
    // "user:@host" has an empty password, which QUrl drops: look at the user part itself.
    const QString authority = pathOrUrl.section(u'/', 2, 2).section(u'?', 0, 0);
    if (!url.password().isEmpty() ||
        (authority.contains(u'@') && authority.section(u'@', 0, -2).contains(u':')))
        return R::failure(Text::tr("the database URL holds a password; give it in PGPASSWORD or "
                                   "~/.pgpass instead, so that it does not show in process lists and logs"));
    location.engine = SqlEngine::PostgreSQL;
    location.host = url.host();
    location.user = url.userName();
    location.port = url.port(5432);
    location.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (location.databaseName.isEmpty() || location.databaseName.contains(u'/'))
        return R::failure(
            Text::tr("the database URL names no database (postgresql://user@host:port/DATABASE)"));
    const QUrlQuery query(url);
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name == QLatin1String("password"))
            return R::failure(Text::tr("the database URL holds a password; give it in PGPASSWORD or "
                                       "~/.pgpass instead, so that it does not show in process lists and "
                                       "logs"));
        if (!kAllowedOptions.contains(name))
            return R::failure(Text::tr("the database URL has an unknown setting '%1' (known: %2)")
                                  .arg(name, kAllowedOptions.join(QStringLiteral(", "))));
        if (value.isEmpty() || value.contains(u';'))
            return R::failure(Text::tr("the database URL's setting '%1' has no usable value").arg(name));
        if (name == QLatin1String("sslmode") && !kSslModes.contains(value))
            return R::failure(
                Text::tr("sslmode '%1' is not one of %2").arg(value, kSslModes.join(QStringLiteral(", "))));
        if (name == QLatin1String("host")) {
            // A Unix socket folder, as libpq takes it.
            if (!location.host.isEmpty())
                return R::failure(Text::tr("the database URL names its host twice"));
            location.host = value;
            continue;
        }
        location.connectOptions << name + u'=' + value;
    }
    return location;
}

QString DatabaseLocation::display() const
{
    if (engine == SqlEngine::SQLite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    if (!host.startsWith(u'/'))
        url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + databaseName);
    QUrlQuery query;
    if (host.startsWith(u'/'))
        query.addQueryItem(QStringLiteral("host"), host);
    for (const QString& option : connectOptions)
        query.addQueryItem(option.section(u'=', 0, 0), option.section(u'=', 1));
    url.setQuery(query);
    return url.toString();
}

QString DatabaseLocation::fileStem() const
{
    if (engine == SqlEngine::SQLite)
        return QFileInfo(path).fileName();
    QString stem = QStringLiteral("postgresql-%1-%2-%3").arg(host).arg(port).arg(databaseName);
    for (QChar& c : stem) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'.' && c != u'_')
            c = u'_';
    }
    return stem;
}

} // namespace keydesk
