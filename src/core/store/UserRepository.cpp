// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "UserRepository.h"

#include "GroupRepository.h"
#include "Rows.h"
#include "SearchTerms.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSearchPlan, "keydesk.store.search", QtWarningMsg)

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(UserRepository)
};

} // namespace

namespace keydesk {

namespace {

struct Filter
{
    QString from = QStringLiteral(" FROM users u");
    QString where;
    QVariantList values;
    // Rows come from user_search_prefixes sp in name order (PostgreSQL).
    bool byPrefix = false;
    // Only sp is read: no test needs the users table.
    bool prefixesOnly = false;
};

using SearchPlan = UserSearchPlan;

// PostgreSQL (migration 0002): the users whose words begin with the longest typed word's first
// letters, one range of user_search_prefixes in name order. Every other typed word, and the rest
// of a longer one, is tested against the user's words: the ones the 3-letter rows carry in the
// index, else users.search_terms.
void addPrefixSearch(const QStringList& words, bool nameOrder, QStringList& terms, Filter& f)
{
    const QString longest = SearchTerms::longestWord(words);
    const QString key = longest.left(SearchTerms::kIndexedPrefixLetters);
    const bool rowsCarryWords = key.size() == SearchTerms::kIndexedPrefixLetters;
    QStringList prefixTerms{QStringLiteral("sp.prefix = ?")};
    QVariantList prefixValues{key};
    QStringList wordTerms;
    QVariantList wordValues;
    for (const QString& word : words) {
        if (word == key)
            continue; // the range is the test
        if (rowsCarryWords) {
            prefixTerms << QStringLiteral("strpos(sp.words, ?) > 0");
            prefixValues << QString(u' ' + word);
        } else {
            wordTerms << QStringLiteral("strpos(u.search_terms, ?) > 0");
            wordValues << QString(u' ' + word);
        }
    }
    if (nameOrder) {
        f.from = QStringLiteral(" FROM user_search_prefixes sp JOIN users u ON u.id = sp.user_id");
        f.byPrefix = true;
        terms << prefixTerms;
        f.values << prefixValues;
    } else {
        terms << QStringLiteral("u.id IN (SELECT sp.user_id FROM user_search_prefixes sp WHERE ") +
                     prefixTerms.join(QStringLiteral(" AND ")) + u')';
        f.values << prefixValues;
    }
    terms << wordTerms;
    f.values << wordValues;
    f.prefixesOnly = nameOrder && wordTerms.isEmpty();
}

Filter buildFilter(SqlEngine engine, const UserQuery& query, SearchPlan plan = SearchPlan::IndexSubquery)
{
    QStringList terms;
    Filter f;
    const QStringList words = SearchTerms::queryWords(query.search);
    if (!words.isEmpty() && engine == SqlEngine::PostgreSQL) {
        addPrefixSearch(words, query.sortColumn == UserSortColumn::DisplayName, terms, f);
    } else if (!words.isEmpty() && plan == SearchPlan::IndexSubquery) {
        terms << QStringLiteral("u.id IN (SELECT rowid FROM users_fts WHERE users_fts MATCH ?)");
        f.values << SearchTerms::matchExpression(words);
    } else if (!words.isEmpty() && plan == SearchPlan::IndexJoin) {
        terms << QStringLiteral("users_fts MATCH ?");
        f.values << SearchTerms::matchExpression(words);
    } else if (!words.isEmpty()) {
        for (const QString& pattern : SearchTerms::globPatterns(words)) {
            terms << QStringLiteral("u.search_terms GLOB ?");
            f.values << pattern;
        }
    }
    const qsizetype searchTerms = terms.size();
    if (query.groupId) {
        // An IN list lets SQLite start from the group's members instead of testing every user.
        terms << QStringLiteral("u.id IN (SELECT gm.user_id FROM group_members gm WHERE gm.group_id = ?)");
        f.values << *query.groupId;
    }
    const QString keyExists =
        QStringLiteral("EXISTS (SELECT 1 FROM security_keys k WHERE k.user_id = u.id%1)");
    switch (query.status) {
    case UserStatusFilter::Any:
        break;
    case UserStatusFilter::Enabled:
        terms << QStringLiteral("u.enabled = 1");
        break;
    case UserStatusFilter::Disabled:
        terms << QStringLiteral("u.enabled = 0");
        break;
    case UserStatusFilter::WithoutKey:
        terms << QStringLiteral("NOT ") +
                     keyExists.arg(QStringLiteral(" AND k.status IN ('active', 'pending')"));
        break;
    case UserStatusFilter::KeyPending:
        terms << keyExists.arg(QStringLiteral(" AND k.status = 'pending'"));
        break;
    case UserStatusFilter::KeyActive:
        terms << keyExists.arg(QStringLiteral(" AND k.status = 'active'"));
        break;
    }
    if (query.enrollment) {
        terms << QStringLiteral("u.enrollment = ?");
        f.values << enrollmentName(*query.enrollment);
    }
    switch (query.windowsLogon) {
    case WindowsLogonFilter::Any:
        break;
    case WindowsLogonFilter::DedicatedPc:
        terms << QStringLiteral(
            "u.id IN (SELECT w.user_id FROM windows_logons w WHERE w.mode = 'dedicated')");
        break;
    case WindowsLogonFilter::SharedPc:
        terms << QStringLiteral("u.id IN (SELECT w.user_id FROM windows_logons w WHERE w.mode = 'shared')");
        break;
    case WindowsLogonFilter::NotSetUp:
        terms << QStringLiteral("NOT EXISTS (SELECT 1 FROM windows_logons w WHERE w.user_id = u.id)");
        break;
    }
    if (terms.size() > searchTerms)
        f.prefixesOnly = false;
    if (!terms.isEmpty())
        f.where = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return f;
}

// Where a filter's rows come from: users, or the prefix rows alone when no test needs users.
QString rowSource(const Filter& f)
{
    return f.prefixesOnly ? QStringLiteral(" FROM user_search_prefixes sp") : f.from;
}

QString orderBy(const UserQuery& query, const Filter& f = {})
{
    const QString dir = query.descending ? QStringLiteral(" DESC") : QString();
    if (f.byPrefix)
        return QStringLiteral(" ORDER BY sp.display_name") + dir + QStringLiteral(", sp.user_id") + dir;
    switch (query.sortColumn) {
    case UserSortColumn::DisplayName:
        break;
    case UserSortColumn::Email:
        return QStringLiteral(" ORDER BY u.email") + dir + QStringLiteral(", u.id") + dir;
    case UserSortColumn::Department:
        return QStringLiteral(" ORDER BY u.department") + dir + QStringLiteral(", u.display_name") + dir +
               QStringLiteral(", u.id") + dir;
    case UserSortColumn::Enabled:
        return QStringLiteral(" ORDER BY u.enabled") + dir + QStringLiteral(", u.display_name") + dir +
               QStringLiteral(", u.id") + dir;
    }
    return QStringLiteral(" ORDER BY u.display_name") + dir + QStringLiteral(", u.id") + dir;
}

QJsonObject fieldChanges(const User& before, const UserFields& after)
{
    QJsonObject changes;
    const auto note = [&](const char* name, const QString& from, const QString& to) {
        if (from != to)
            changes.insert(QLatin1String(name),
                           QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
    };
    note("display_name", before.displayName, after.displayName);
    note("email", before.email, after.email);
    note("upn", before.upn, after.upn);
    note("department", before.department, after.department);
    return changes;
}

// A user's search words, written with every change of the fields they come from (on SQLite the
// search triggers make the same words again; on PostgreSQL this is the only writer).
QString searchTerms(const UserFields& fields)
{
    return SearchTerms::fromFields(
        {fields.displayName.trimmed(), fields.email, fields.upn, fields.department});
}

} // namespace

Result<std::optional<User>> UserRepository::findOne(const QString& where, const QVariant& value)
{
    using R = Result<std::optional<User>>;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kUserFullSelect +
                                 QStringLiteral(" FROM users u WHERE ") + where);
    q.addBindValue(value);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading a user")); !s)
        return R::failure(s.cause());
    std::optional<User> user;
    if (q.next())
        user = UserReader(Columns(q)).read(q);
    q.finish();
    return user;
}

Result<std::optional<User>> UserRepository::findById(qint64 id)
{
    return findOne(QStringLiteral("u.id = ?"), id);
}

Result<QByteArray> UserRepository::webAuthnHandle(qint64 userId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT user_handle FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the user handle")); !s)
        return Result<QByteArray>::failure(s.cause());
    const QByteArray handle = q.next() ? q.value(0).toByteArray() : QByteArray();
    q.finish();
    return handle;
}

Result<std::optional<User>> UserRepository::findByEmail(const QString& email)
{
    return findOne(QStringLiteral("u.email = ?"), email);
}

Result<User> UserRepository::resolve(const QString& idOrEmail)
{
    bool isNumber = false;
    const qint64 id = idOrEmail.toLongLong(&isNumber);
    auto found = isNumber ? findById(id) : findByEmail(idOrEmail);
    if (!found)
        return Result<User>::failure(found.cause());
    if (!found.value())
        return Result<User>::failure(Text::tr("no user '%1'").arg(idOrEmail));
    return *found.value();
}

Result<qint64> UserRepository::scalar(const QString& sql, const QVariantList& values)
{
    QSqlQuery& q = m_db.prepared(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "counting users")); !s)
        return Result<qint64>::failure(s.cause());
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

Result<qint64> UserRepository::searchMatchCount(const QString& matchExpression, bool fresh)
{
    if (const auto cached = m_matchCounts.constFind(matchExpression);
        !fresh && cached != m_matchCounts.constEnd())
        return cached.value();
    auto n =
        scalar(QStringLiteral("SELECT count(*) FROM users_fts WHERE users_fts MATCH ?"), {matchExpression});
    if (n) {
        if (m_matchCounts.size() > 256)
            m_matchCounts.clear();
        m_matchCounts.insert(matchExpression, n.value());
    }
    return n;
}

SqlCondition UserRepository::searchCondition(SqlEngine engine, const QString& search)
{
    UserQuery query;
    query.search = search;
    // Any order but the name's: that one reads from the prefix rows instead of testing `u`.
    query.sortColumn = UserSortColumn::Email;
    Filter f = buildFilter(engine, query);
    if (f.where.isEmpty())
        return {};
    return {f.where.mid(QStringLiteral(" WHERE ").size()), std::move(f.values)};
}

Result<qint64> UserRepository::count(const UserQuery& query)
{
    const QStringList words = SearchTerms::queryWords(query.search);
    const bool onlySearch = query.status == UserStatusFilter::Any && !query.groupId &&
                            query.windowsLogon == WindowsLogonFilter::Any && !query.enrollment;
    if (words.isEmpty() && onlySearch)
        return scalar(QStringLiteral("SELECT n FROM user_count"), {});
    // The common cases answer from an index alone.
    if (!words.isEmpty() && onlySearch && m_db.engine() == SqlEngine::SQLite)
        return searchMatchCount(SearchTerms::matchExpression(words), true);
    if (m_db.engine() == SqlEngine::PostgreSQL && words.size() == 1 && onlySearch &&
        words.first().size() <= SearchTerms::kIndexedPrefixLetters)
        return scalar(
            QStringLiteral("SELECT coalesce(sum(n), 0) FROM user_search_prefix_counts WHERE prefix = ?"),
            {words.first()});
    if (words.isEmpty() && query.groupId && query.status == UserStatusFilter::Any &&
        query.windowsLogon == WindowsLogonFilter::Any && !query.enrollment)
        return scalar(QStringLiteral("SELECT ") +
                          GroupRepository::memberCount(m_db.engine(), QStringLiteral("?")),
                      {*query.groupId});
    // Counting needs no order; the name order's plan reads the fewest rows.
    UserQuery counted = query;
    counted.sortColumn = UserSortColumn::DisplayName;
    const Filter f = buildFilter(m_db.engine(), counted);
    return scalar(QStringLiteral("SELECT count(*)") + rowSource(f) + f.where, f.values);
}

Result<QList<UserListRow>> UserRepository::page(const UserQuery& query, qint64 offset, int limit)
{
    using R = Result<QList<UserListRow>>;
    const QStringList words = SearchTerms::queryWords(query.search);
    if (words.isEmpty() || m_db.engine() == SqlEngine::PostgreSQL) {
        auto all = pageWith(query, SearchPlan::IndexSubquery, offset, limit, {});
        return all ? R(*std::move(all).value()) : R::failure(all.cause());
    }
    // Many matches: walk users in sort order testing each row; it stops after the page. Few:
    // fetch the matches from the index and sort them. The walk's estimate assumes matches spread
    // evenly in sort order; when they bunch (all "Ja..." first names sort together) the walk is
    // cut off at a few times its estimate and the sort runs instead.
    auto matches = searchMatchCount(SearchTerms::matchExpression(words), false);
    auto highestId = scalar(QStringLiteral("SELECT max(id) FROM users"), {});
    if (!matches || !highestId)
        return R::failure(matches ? highestId.cause() : matches.cause());
    const double n = double(std::max<qint64>(matches.value(), 1));
    const double share = std::min(1.0, n / double(std::max<qint64>(highestId.value(), 1)));
    const double walkNs = double(offset + limit) / share * kRowTestNs;
    if (2 * walkNs < n * kSortNsPerMatch) {
        // A few times the walk's estimate, plus reading the page's rows and their groups; and at
        // least a quarter of what the sort would cost, which a walk that finds its page sooner
        // saves (short prefixes bunch: "j" is mostly the J… first names, far down the list).
        const qint64 budgetNs = std::max(qint64(4 * walkNs) + qint64(limit) * kPageRowNs + 3'000'000,
                                         qint64(n * kSortNsPerMatch / 4));
        auto walked = pageWith(query, SearchPlan::RowTest, offset, limit, budgetNs);
        if (!walked || walked->has_value())
            return walked ? R(*std::move(walked).value()) : R::failure(walked.cause());
        qCDebug(lcSearchPlan) << "walk for" << words << "ran out of" << budgetNs / 1000 << "us; sorting" << n
                              << "matches";
    } else {
        qCDebug(lcSearchPlan) << "sorting" << n << "matches for" << words;
    }
    auto sorted = pageWith(query, SearchPlan::IndexJoin, offset, limit, {});
    if (!sorted)
        return R::failure(sorted.cause());
    return *std::move(sorted).value();
}

Result<std::optional<QList<UserListRow>>> UserRepository::pageWith(const UserQuery& query,
                                                                   UserSearchPlan plan, qint64 offset,
                                                                   int limit, std::optional<qint64> budgetNs)
{
    using R = Result<std::optional<QList<UserListRow>>>;
    const Filter f = buildFilter(m_db.engine(), query, plan);
    QString from = rowSource(f);
    if (plan == SearchPlan::IndexJoin) {
        // Sorting matches by name reads (id, name) from a narrow index instead of whole rows.
        const bool nameOnly = query.sortColumn == UserSortColumn::DisplayName && f.values.size() == 1;
        from = QStringLiteral(" FROM users_fts CROSS JOIN users u") +
               (nameOnly ? QStringLiteral(" INDEXED BY users_name_by_id") : QString()) +
               QStringLiteral(" ON u.id = users_fts.rowid");
    }
    // The page's ids first, then their details: subqueries run for the page's rows only.
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT ") + kUserFullSelect + QStringLiteral(", ") +
        m_db.listAggregate(QStringLiteral("g.name"),
                           QStringLiteral("FROM group_members gm JOIN groups g ON g.id = gm.group_id WHERE "
                                          "gm.user_id = u.id"),
                           QStringLiteral("g.name"), 31) +
        QStringLiteral(
            " AS group_names, "
            " (SELECT count(*) FROM security_keys k WHERE k.user_id = u.id AND k.status = 'active') AS "
            "active_keys, "
            " (SELECT count(*) FROM security_keys k WHERE k.user_id = u.id AND k.status = 'pending') AS "
            "pending_keys, "
            " (SELECT count(*) FROM security_keys k WHERE k.user_id = u.id AND k.status NOT IN ('active', "
            "'pending')) AS other_keys FROM (SELECT ") +
        (f.byPrefix ? QStringLiteral("sp.user_id AS id") : QStringLiteral("u.id")) + from + f.where +
        orderBy(query, f) + QStringLiteral(" LIMIT ? OFFSET ?) AS page ") + m_db.joinInThisOrder() +
        QStringLiteral(" users u ON u.id = page.id") + orderBy(query));
    for (const QVariant& v : f.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    std::optional<Database::Deadline> deadline;
    if (budgetNs)
        deadline.emplace(m_db, *budgetNs);
    QList<UserListRow> rows;
    rows.reserve(limit);
    bool ok = q.exec();
    if (ok) {
        const Columns columns(q);
        const UserReader users(columns);
        const int groupNames = columns("group_names"), active = columns("active_keys"),
                  pending = columns("pending_keys"), other = columns("other_keys");
        while (q.next()) {
            UserListRow row;
            row.user = users.read(q);
            const QString groups = q.value(groupNames).toString();
            if (!groups.isEmpty())
                row.groups = groups.split(QChar(31));
            row.keys.active = q.value(active).toInt();
            row.keys.pending = q.value(pending).toInt();
            row.keys.other = q.value(other).toInt();
            rows.append(row);
        }
    }
    const bool gaveUp = deadline && deadline->expired();
    const QString error = q.lastError().isValid() ? q.lastError().databaseText() : QString();
    q.finish();
    if (gaveUp)
        return std::optional<QList<UserListRow>>();
    if (!ok || !error.isEmpty())
        return R::failure(Text::tr("listing users: %1").arg(error));
    return std::optional<QList<UserListRow>>(rows);
}

Result<QList<Group>> UserRepository::groupsOf(qint64 userId)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT g.id, g.name, g.description, g.created_at, g.key_policy, g.source_id "
                       "FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                       "WHERE gm.user_id = ? ORDER BY g.name"));
    q.addBindValue(userId);
    return m_db.readAll<Group>(q, QT_TRANSLATE_NOOP("Database", "reading a user's groups"),
                               [&](const QSqlQuery& row) {
                                   return Group{row.value(QStringLiteral("id")).toLongLong(),
                                                row.value(QStringLiteral("name")).toString(),
                                                row.value(QStringLiteral("description")).toString(),
                                                row.value(QStringLiteral("created_at")).toLongLong(),
                                                0,
                                                row.value(QStringLiteral("key_policy")).toString(),
                                                row.value(QStringLiteral("source_id")).toLongLong()};
                               });
}

Result<User> UserRepository::create(const UserFields& fields, UserSource source)
{
    Transaction tx(m_db);
    if (!tx.status())
        return Result<User>::failure(tx.status().cause());
    auto user = create(fields, source, tx);
    if (!user)
        return user;
    if (Status s = tx.commit(); !s)
        return Result<User>::failure(s.cause());
    return user;
}

Result<User> UserRepository::create(const UserFields& fields, UserSource source, Transaction& tx,
                                    const QJsonObject& auditDetails)
{
    using R = Result<User>;
    auto created = createMany({fields}, source, tx, auditDetails);
    if (!created)
        return R::failure(created.cause());
    return created->first();
}

Result<User> UserRepository::update(const User& current, const UserFields& fields, Transaction&,
                                    const QJsonObject& auditDetails)
{
    using R = Result<User>;
    UserFields trimmed = fields;
    trimmed.displayName = fields.displayName.trimmed();
    const QJsonObject changes = fieldChanges(current, trimmed);
    if (changes.isEmpty())
        return current;
    const qint64 now = m_clock.nowMs();
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("UPDATE users SET display_name = ?, email = ?, upn = ?, "
                                     "department = ?, updated_at = ?, search_terms = ? WHERE id = ?"));
    q.addBindValue(trimmed.displayName);
    q.addBindValue(trimmed.email);
    q.addBindValue(sqlText(trimmed.upn));
    q.addBindValue(sqlText(trimmed.department));
    q.addBindValue(now);
    q.addBindValue(sqlText(searchTerms(trimmed)));
    q.addBindValue(current.id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "updating the user")); !s)
        return R::failure(s.cause());
    User user = current;
    user.displayName = trimmed.displayName;
    user.email = trimmed.email;
    user.upn = trimmed.upn;
    user.department = trimmed.department;
    user.updatedAtMs = now;
    QJsonObject details = auditDetails;
    details.insert(QStringLiteral("changes"), changes);
    if (Status s = m_audit.append(QStringLiteral("user.update"), QStringLiteral("user"), user.id,
                                  user.displayName, details);
        !s)
        return R::failure(s.cause());
    return user;
}

Status UserRepository::setEnabled(qint64 id, bool enabled, const QJsonObject& auditDetails)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto current = findById(id);
    if (!current)
        return Status::failure(current.cause());
    if (!current.value())
        return Status::failure(Text::tr("no user with id %1").arg(id));
    const User& user = *current.value();
    QSqlQuery& q = m_db.prepared(QStringLiteral("UPDATE users SET enabled = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(enabled ? 1 : 0);
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "changing the user's state")); !s)
        return s;
    QJsonObject details = auditDetails;
    details.insert(QStringLiteral("email"), user.email);
    if (Status s = m_audit.append(enabled ? QStringLiteral("user.enable") : QStringLiteral("user.disable"),
                                  QStringLiteral("user"), id, user.displayName, details);
        !s)
        return s;
    return tx.commit();
}

Result<QList<qint64>> UserRepository::insertRows(const QList<BulkRow>& rows, UserSource source)
{
    using R = Result<QList<qint64>>;
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (qsizetype start = 0; start < rows.size(); start += kInsertBatch) {
        const qsizetype n = std::min<qsizetype>(kInsertBatch, rows.size() - start);
        QStringList tuples(n, QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery& q = m_db.prepared(
            QStringLiteral(
                "INSERT INTO users (display_name, email, upn, department, enabled, source, created_at, "
                "updated_at, search_terms) VALUES ") +
            tuples.join(QStringLiteral(", ")) + QStringLiteral(" RETURNING id"));
        const QString sourceName = userSourceName(source);
        for (qsizetype i = start; i < start + n; ++i) {
            const BulkRow& row = rows[i];
            q.addBindValue(row.fields.displayName.trimmed());
            q.addBindValue(row.fields.email);
            q.addBindValue(sqlText(row.fields.upn));
            q.addBindValue(sqlText(row.fields.department));
            q.addBindValue(row.enabled ? 1 : 0);
            q.addBindValue(sourceName);
            q.addBindValue(row.createdAtMs);
            q.addBindValue(row.createdAtMs);
            q.addBindValue(sqlText(searchTerms(row.fields)));
        }
        if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "adding users")); !s)
            return R::failure(s.cause());
        while (q.next())
            ids << q.value(0).toLongLong();
        q.finish();
    }
    if (ids.size() != rows.size())
        return R::failure(
            Text::tr("adding users: %1 ids returned for %2 rows").arg(ids.size()).arg(rows.size()));
    return ids;
}

Result<QList<qint64>> UserRepository::insertBulk(const QList<BulkRow>& rows, UserSource source, Transaction&)
{
    return insertRows(rows, source);
}

Result<QList<User>> UserRepository::createMany(const QList<UserFields>& fields, UserSource source,
                                               Transaction&, const QJsonObject& auditDetails,
                                               const QList<QJsonObject>& extraDetails)
{
    using R = Result<QList<User>>;
    const qint64 now = m_clock.nowMs();
    QList<BulkRow> rows;
    rows.reserve(fields.size());
    for (const UserFields& f : fields)
        rows.append(BulkRow{f, true, now});
    auto ids = insertRows(rows, source);
    if (!ids)
        return R::failure(ids.cause());
    QList<User> users;
    users.reserve(rows.size());
    QList<AuditLog::Entry> events;
    events.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        User user;
        user.id = ids.value()[i];
        user.displayName = rows[i].fields.displayName.trimmed();
        user.email = rows[i].fields.email;
        user.upn = rows[i].fields.upn;
        user.department = rows[i].fields.department;
        user.source = source;
        user.createdAtMs = user.updatedAtMs = now;
        QJsonObject details = auditDetails;
        details.insert(QStringLiteral("email"), user.email);
        details.insert(QStringLiteral("source"), userSourceName(source));
        if (i < extraDetails.size()) {
            for (auto it = extraDetails[i].begin(); it != extraDetails[i].end(); ++it)
                details.insert(it.key(), it.value());
        }
        events.append(
            {QStringLiteral("user.create"), QStringLiteral("user"), user.id, user.displayName, details});
        users.append(user);
    }
    if (Status s = m_audit.appendMany(events); !s)
        return R::failure(s.cause());
    return users;
}

Status UserRepository::addMembershipsBulk(const QList<Membership>& memberships, qint64 addedAtMs,
                                          Transaction&)
{
    constexpr qsizetype kBatch = 300;
    for (qsizetype start = 0; start < memberships.size(); start += kBatch) {
        const qsizetype n = std::min(kBatch, memberships.size() - start);
        QSqlQuery& q =
            m_db.prepared(QStringLiteral("INSERT INTO group_members (group_id, user_id, added_at) VALUES ") +
                          QStringList(n, QStringLiteral("(?, ?, ?)")).join(QStringLiteral(", ")));
        for (qsizetype i = start; i < start + n; ++i) {
            q.addBindValue(memberships[i].groupId);
            q.addBindValue(memberships[i].userId);
            q.addBindValue(addedAtMs);
        }
        if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "adding memberships")); !s)
            return s;
    }
    return {};
}

Result<QHash<QString, User>> UserRepository::findByEmails(const QStringList& emails)
{
    using R = Result<QHash<QString, User>>;
    QHash<QString, User> found;
    constexpr qsizetype kBatch = 500;
    for (qsizetype start = 0; start < emails.size(); start += kBatch) {
        const qsizetype n = std::min(kBatch, emails.size() - start);
        QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kUserFullSelect +
                                     QStringLiteral(" FROM users u WHERE u.email IN (") +
                                     QStringList(n, QStringLiteral("?")).join(QStringLiteral(", ")) + u')');
        for (qsizetype i = start; i < start + n; ++i)
            q.addBindValue(emails[i]);
        if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading users")); !s)
            return R::failure(s.cause());
        const UserReader users{Columns(q)};
        while (q.next()) {
            const User user = users.read(q);
            found.insert(user.email.toLower(), user);
        }
        q.finish();
    }
    return found;
}

} // namespace keydesk
