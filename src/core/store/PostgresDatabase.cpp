// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The PostgreSQL side of Database: connecting through Qt's QPSQL driver and bringing the schema
// up to date under the write lock, so that several server instances starting at once migrate once.
#include "Database.h"

#include "DatabasePasswords.h"
#include "SqlDriverAccess.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <vector>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(Database)
};

} // namespace

namespace keydesk {

namespace {

// The table that marks a PostgreSQL database (schema) as KeyDesk's and says its schema version,
// as PRAGMA application_id and user_version do in an SQLite file.
constexpr auto kSchemaTable = "keydesk_schema";

} // namespace

Result<std::unique_ptr<Database>> Database::openPostgres(DatabaseLocation location,
                                                         const DatabaseOptions& options)
{
    using R = Result<std::unique_ptr<Database>>;
    std::unique_ptr<Database> self(new Database);
    self->m_location = std::move(location);
    const DatabaseLocation& where = self->m_location;
    self->m_path = where.display();
    self->m_connectionName = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), self->m_connectionName);
    if (!db.isValid())
        return R::failure(Text::tr("the Qt PostgreSQL driver (QPSQL) is not available; install "
                                   "libqt6sql6-psql"));
    db.setHostName(where.host);
    db.setPort(where.port);
    db.setDatabaseName(where.databaseName);
    db.setUserName(where.user);
    const QString password =
        options.password.isEmpty() ? DatabasePasswords::get(self->m_path) : options.password;
    if (!password.isEmpty())
        db.setPassword(password);
    QStringList connectOptions = where.connectOptions;
    if (!where.connectOptions.join(u';').contains(QLatin1String("application_name=")))
        connectOptions << QStringLiteral("application_name=keydesk");
    db.setConnectOptions(connectOptions.join(u';'));
    if (!db.open())
        return R::failure(Text::tr("cannot open '%1': %2").arg(self->m_path, sqlError(db.lastError())));

    // Times are stored as numbers, never as timestamps; the session's zone and date style cannot
    // change what is read. Text is UTF-8 whatever the server's default.
    if (Status s = self->execRaw(QStringLiteral("SET client_encoding = 'UTF8'")); !s)
        return R::failure(s.cause());
    // Search keys users by their words' first letters (migration 0002): a database that stores
    // bytes (SQL_ASCII) or another character set would cut letters apart.
    {
        QSqlQuery q(self->connection());
        if (!q.exec(QStringLiteral("SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = "
                                   "current_database()")) ||
            !q.next())
            return R::failure(Text::tr("cannot open '%1': %2").arg(self->m_path, sqlError(q.lastError())));
        const QString encoding = q.value(0).toString();
        if (encoding != QLatin1String("UTF8"))
            return R::failure(Text::tr("'%1' stores text as %2; KeyDesk needs a database created with "
                                       "ENCODING 'UTF8'. It was not changed.")
                                  .arg(self->m_path, encoding));
    }
    const MigrationSet& migrations =
        options.migrations ? *options.migrations : MigrationSet::builtin(SqlEngine::PostgreSQL);
    if (Status s = self->migratePostgres(migrations); !s)
        return R::failure(s.cause());
    return R(std::move(self));
}

bool Database::serverWantsPassword(const QString& url)
{
    auto location = DatabaseLocation::parse(url);
    if (!location || location->engine != SqlEngine::PostgreSQL)
        return false;
    // libpq's own parameters, as QPSQL passes them.
    QList<QByteArray> keys{"host", "port", "dbname", "user"};
    QList<QByteArray> values{location->host.toUtf8(), QByteArray::number(location->port),
                             location->databaseName.toUtf8(), location->user.toUtf8()};
    for (const QString& option : location->connectOptions) {
        keys << option.section(u'=', 0, 0).toUtf8();
        values << option.section(u'=', 1).toUtf8();
    }
    if (const QString password = DatabasePasswords::get(location->display()); !password.isEmpty()) {
        keys << "password";
        values << password.toUtf8();
    }
    std::vector<const char*> keywords, settings;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (values[i].isEmpty())
            continue;
        keywords.push_back(keys[i].constData());
        settings.push_back(values[i].constData());
    }
    keywords.push_back(nullptr);
    settings.push_back(nullptr);
    PGconn* connection = PQconnectdbParams(keywords.data(), settings.data(), 0);
    const bool wants =
        connection && PQstatus(connection) == CONNECTION_BAD && PQconnectionNeedsPassword(connection) == 1;
    PQfinish(connection);
    return wants;
}

Status Database::migratePostgres(const MigrationSet& migrations)
{
    // One transaction under the write lock: a second instance starting at the same moment waits,
    // then finds the schema current. PostgreSQL's DDL is transactional, so a failed step leaves
    // the database as it was.
    if (Status s = begin(); !s)
        return s;
    const auto fail = [this](Status s) {
        rollback();
        return s;
    };
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral(
                    "SELECT to_regclass('%1') IS NOT NULL, (SELECT count(*) FROM pg_catalog.pg_class c "
                    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = "
                    "current_schema() AND c.relkind IN ('r', 'v', 'm', 'p'))")
                    .arg(QLatin1String(kSchemaTable))) ||
        !q.next())
        return fail(Status::failure(
            Text::tr("'%1' is not a KeyDesk database: %2").arg(m_path, sqlError(q.lastError()))));
    const bool ours = q.value(0).toBool();
    const qint64 objectCount = q.value(1).toLongLong();
    q.finish();
    if (!ours && objectCount > 0)
        return fail(Status::failure(Text::tr("'%1' holds tables of another application; KeyDesk did "
                                             "not change it")
                                        .arg(m_path)));
    int version = 0;
    if (ours) {
        if (!q.exec(QStringLiteral("SELECT version FROM %1").arg(QLatin1String(kSchemaTable))) || !q.next())
            return fail(Status::failure(
                Text::tr("'%1' is not a KeyDesk database: %2").arg(m_path, sqlError(q.lastError()))));
        version = q.value(0).toInt();
        q.finish();
    }
    const int latest = migrations.latestVersion();
    if (version > latest)
        return fail(Status::failure(Text::tr("'%1' was written by a newer KeyDesk (schema version %2; this "
                                             "version supports up to %3). Upgrade KeyDesk to open it; the "
                                             "database was not changed.")
                                        .arg(m_path)
                                        .arg(version)
                                        .arg(latest)));
    m_schemaVersion = version;
    m_openedAtVersion = version;
    if (version == latest) {
        rollback();
        return {};
    }
    if (!ours) {
        const QString create = QStringLiteral("CREATE TABLE %1 (application text PRIMARY KEY CHECK "
                                              "(application = 'KeyDesk'), version integer NOT NULL CHECK "
                                              "(version >= 0)); INSERT INTO %1 VALUES ('KeyDesk', 0);")
                                   .arg(QLatin1String(kSchemaTable));
        if (Status s = runScript(create.toUtf8()); !s)
            return fail(s);
    }
    for (const Migration& step : migrations.steps()) {
        if (step.version <= version)
            continue;
        if (Status s = runScript(step.sql); !s)
            return fail(Status::failure(Text::tr("migration %1 failed: %2; the database was left unchanged")
                                            .arg(step.name, s.error())));
    }
    const QString finish =
        QStringLiteral("UPDATE %1 SET version = %2").arg(QLatin1String(kSchemaTable)).arg(latest);
    if (Status s = runScript(finish.toUtf8()); !s)
        return fail(s);
    if (Status s = commit(); !s)
        return s;
    m_schemaVersion = latest;
    return {};
}

} // namespace keydesk
