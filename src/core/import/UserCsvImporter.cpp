// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "UserCsvImporter.h"

#include "CsvReader.h"
#include "core/domain/Group.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(UserCsvImporter)
};

} // namespace

namespace keydesk {

namespace {

enum class Column
{
    DisplayName,
    Email,
    Upn,
    Department,
    Groups
};

const QList<std::pair<QString, Column>>& knownColumns()
{
    static const QList<std::pair<QString, Column>> columns = {
        {QStringLiteral("display_name"), Column::DisplayName},
        {QStringLiteral("email"), Column::Email},
        {QStringLiteral("upn"), Column::Upn},
        {QStringLiteral("department"), Column::Department},
        {QStringLiteral("groups"), Column::Groups},
    };
    return columns;
}

Result<UserImportFile> failWith(QList<Error> problems)
{
    if (problems.size() > UserCsvImporter::kMaxListedProblems) {
        const qsizetype more = problems.size() - UserCsvImporter::kMaxListedProblems;
        problems = problems.mid(0, UserCsvImporter::kMaxListedProblems);
        problems << Text::tr("... and %1 more problems").arg(more);
    }
    return Result<UserImportFile>::failure(Error::lines(problems));
}

} // namespace

Result<QByteArray> UserCsvImporter::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(Text::tr("cannot read '%1': %2").arg(path, file.errorString()));
    if (file.size() > CsvReader::kMaxFileSize)
        return Result<QByteArray>::failure(
            Text::tr("'%1' is larger than %2 MiB").arg(path).arg(CsvReader::kMaxFileSize / (1024 * 1024)));
    return file.readAll();
}

Result<UserImportFile> UserCsvImporter::readFile(const QString& path)
{
    auto bytes = loadFile(path);
    if (!bytes)
        return Result<UserImportFile>::failure(bytes.cause());
    return read(bytes.value(), QFileInfo(path).fileName());
}

Result<UserImportFile> UserCsvImporter::read(const QByteArray& bytes, const QString& name)
{
    const CsvDocument doc = CsvReader::parse(bytes);
    if (!doc.errors.isEmpty())
        return failWith(doc.errors);
    if (doc.records.isEmpty())
        return failWith({Text::tr("the file is empty; expected a header line such as "
                                  "display_name,email,upn,department,groups")});

    // Header: known names in any order and case; unknown columns are ignored.
    const CsvRecord& header = doc.records.first();
    QHash<Column, qsizetype> index;
    QList<Error> problems;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString title = header.fields[i].trimmed().toLower();
        for (const auto& [known, column] : knownColumns()) {
            if (title != known)
                continue;
            if (index.contains(column))
                problems << Text::tr("line %1: column '%2' appears twice in the header")
                                .arg(header.line)
                                .arg(known);
            index.insert(column, i);
        }
    }
    for (const char* required : {"display_name", "email"}) {
        const QString columnName = QLatin1String(required);
        const auto it = std::find_if(knownColumns().begin(), knownColumns().end(),
                                     [&](const auto& entry) { return entry.first == columnName; });
        if (!index.contains(it->second))
            problems << Text::tr("line %1: required column '%2' is missing from the header")
                            .arg(header.line)
                            .arg(columnName);
    }
    if (!problems.isEmpty())
        return failWith(problems);
    if (doc.records.size() == 1)
        return failWith({Text::tr("the file has a header but no user rows")});

    UserImportFile file;
    file.name = name;
    file.hasUpn = index.contains(Column::Upn);
    file.hasDepartment = index.contains(Column::Department);
    file.hasGroups = index.contains(Column::Groups);
    file.rows.reserve(doc.records.size() - 1);
    QHash<QString, int> lineOfEmail;
    const qsizetype width = header.fields.size();
    for (qsizetype r = 1; r < doc.records.size(); ++r) {
        const CsvRecord& record = doc.records[r];
        if (record.fields.size() != width) {
            problems << Text::tr("line %1: %2 fields, but the header has %3")
                            .arg(record.line)
                            .arg(record.fields.size())
                            .arg(width);
            continue;
        }
        const auto field = [&](Column c) {
            return index.contains(c) ? record.fields[index[c]].trimmed() : QString();
        };
        UserImportRow row;
        row.line = record.line;
        row.fields = UserFields{field(Column::DisplayName), field(Column::Email), field(Column::Upn),
                                field(Column::Department)};
        if (const Error problem = validateUserFields(row.fields); !problem.isEmpty()) {
            problems << Text::tr("line %1: %2").arg(record.line).arg(problem);
            continue;
        }
        const QString emailKey = row.fields.email.toLower();
        if (const auto seen = lineOfEmail.constFind(emailKey); seen != lineOfEmail.constEnd()) {
            problems << Text::tr("line %1: email '%2' already appears on line %3")
                            .arg(record.line)
                            .arg(row.fields.email)
                            .arg(seen.value());
            continue;
        }
        lineOfEmail.insert(emailKey, record.line);
        const QStringList groups = field(Column::Groups).split(u';', Qt::SkipEmptyParts);
        for (const QString& raw : groups) {
            const QString group = raw.trimmed();
            if (group.isEmpty())
                continue;
            if (const Error problem = validateGroupName(group); !problem.isEmpty())
                problems << Text::tr("line %1: %2").arg(record.line).arg(problem);
            else if (!row.groups.contains(group, Qt::CaseInsensitive))
                row.groups << group;
        }
        file.rows.append(row);
    }
    if (!problems.isEmpty())
        return failWith(problems);
    return file;
}

Result<UserImportSummary> UserCsvImporter::apply(Store& store, const Actor& by, const UserImportFile& file,
                                                 bool dryRun, const Progress& progress)
{
    using R = Result<UserImportSummary>;
    for (Permission needed : {Permission::EditUsers, Permission::EditGroups}) {
        if (Status allowed = by.check(needed); !allowed)
            return R::failure(allowed.cause());
    }
    Database& db = store.database();
    Transaction tx(db);
    if (!tx.status())
        return R::failure(tx.status().cause());
    AuditLog::ActingAs acting(store.audit(), by);

    UserImportSummary summary;
    summary.rows = file.rows.size();
    summary.dryRun = dryRun;
    const QJsonObject origin{{QStringLiteral("import"), file.name}};
    QHash<QString, Group> groupsByName; // lower-case name -> group
    const qint64 total = file.rows.size();
    const qint64 reportEvery = 1000;

    const auto groupNamed = [&](const QString& name) -> Result<Group> {
        const QString key = name.toLower();
        if (const auto cached = groupsByName.constFind(key); cached != groupsByName.constEnd())
            return cached.value();
        auto found = store.groups().findByName(name);
        if (!found)
            return Result<Group>::failure(found.cause());
        Group group;
        if (found.value()) {
            group = *found.value();
        } else {
            auto created = store.groups().create(name, {}, tx, origin);
            if (!created)
                return created;
            group = created.value();
            summary.groupsCreated << group.name;
        }
        groupsByName.insert(key, group);
        return group;
    };

    // Rows go in chunks: the chunk's users are looked up together, its new users inserted
    // together with their memberships (their user.create event names their groups), and only
    // existing users get one group.add-member event per new membership.
    const qsizetype chunk = UserRepository::kInsertBatch;
    for (qsizetype start = 0; start < file.rows.size(); start += chunk) {
        if (progress && start % reportEvery < chunk && !progress(start, total))
            return R::failure(Text::tr("import cancelled; nothing was changed"));
        const qsizetype end = std::min<qsizetype>(start + chunk, file.rows.size());
        QStringList emails;
        for (qsizetype i = start; i < end; ++i)
            emails << file.rows[i].fields.email;
        auto existing = store.users().findByEmails(emails);
        if (!existing)
            return R::failure(existing.cause());

        QList<UserFields> newFields;
        QList<QJsonObject> newDetails;
        QList<QList<qint64>> newGroupIds;
        for (qsizetype i = start; i < end; ++i) {
            const UserImportRow& row = file.rows[i];
            const auto fail = [&](const Error& error) {
                return R::failure(Text::tr("line %1: %2; nothing was changed").arg(row.line).arg(error));
            };
            QList<Group> groups;
            for (const QString& name : row.groups) {
                auto group = groupNamed(name);
                if (!group)
                    return fail(group.cause());
                if (group->sourceId != 0) {
                    auto source = store.directory().sourceName(group->sourceId);
                    return fail(source
                                    ? Text::tr("the members of group '%1' come from the directory source %2")
                                          .arg(group->name, source.value())
                                    : source.cause());
                }
                groups << group.value();
            }
            const auto current = existing->constFind(row.fields.email.toLower());
            if (current != existing->constEnd() && current->sourceId != 0) {
                auto source = store.directory().sourceName(current->sourceId);
                return fail(source ? Text::tr("%1 comes from the directory source %2")
                                         .arg(current->email, source.value())
                                   : source.cause());
            }
            if (current == existing->constEnd()) {
                QStringList names;
                QList<qint64> ids;
                for (const Group& g : groups) {
                    names << g.name;
                    ids << g.id;
                }
                summary.changes.append({row.line, row.fields.email, QStringLiteral("create"),
                                        names.isEmpty() ? QStringList()
                                                        : QStringList{QStringLiteral("groups: ") +
                                                                      names.join(QStringLiteral(", "))}});
                newFields << row.fields;
                newDetails << (names.isEmpty() ? QJsonObject()
                                               : QJsonObject{{QStringLiteral("groups"),
                                                              QJsonArray::fromStringList(names)}});
                newGroupIds << ids;
                continue;
            }
            // Columns the file does not have keep their current values.
            UserFields fields = row.fields;
            if (!file.hasUpn)
                fields.upn = current->upn;
            if (!file.hasDepartment)
                fields.department = current->department;
            auto updated = store.users().update(*current, fields, tx, origin);
            if (!updated)
                return fail(updated.cause());
            const User& user = updated.value();
            UserImportChange change{row.line, user.email, {}, {}};
            const auto compare = [&](const char* name, const QString& from, const QString& to) {
                if (from != to)
                    change.details << QStringLiteral("%1: %2 → %3").arg(QLatin1String(name), from, to);
            };
            compare("display_name", current->displayName, user.displayName);
            compare("email", current->email, user.email);
            compare("upn", current->upn, user.upn);
            compare("department", current->department, user.department);
            const bool changed = !change.details.isEmpty();
            ++(changed ? summary.updated : summary.unchanged);
            QStringList joined;
            for (const Group& group : groups) {
                auto added = store.groups().addMember(group, user, tx, origin);
                if (!added)
                    return fail(added.cause());
                if (added.value()) {
                    ++summary.membershipsAdded;
                    joined << group.name;
                }
            }
            if (!joined.isEmpty())
                change.details << QStringLiteral("joins: ") + joined.join(QStringLiteral(", "));
            if (!change.details.isEmpty()) {
                change.action = changed ? QStringLiteral("update") : QStringLiteral("join");
                summary.changes.append(change);
            }
        }
        if (newFields.isEmpty())
            continue;
        const auto failChunk = [&](const Error& error) {
            return R::failure(Text::tr("lines %1-%2: %3; nothing was changed")
                                  .arg(file.rows[start].line)
                                  .arg(file.rows[end - 1].line)
                                  .arg(error));
        };
        auto created = store.users().createMany(newFields, UserSource::Csv, tx, origin, newDetails);
        if (!created) {
            // Rows were checked on reading; the unique email is what another writer can break.
            return failChunk(created.cause().code() == ErrorCode::DuplicateRow
                                 ? Text::tr("an email is already in use")
                                 : created.cause());
        }
        QList<UserRepository::Membership> memberships;
        for (qsizetype k = 0; k < created->size(); ++k) {
            for (qint64 groupId : newGroupIds[k])
                memberships.append({groupId, created->at(k).id});
        }
        if (Status s = store.users().addMembershipsBulk(memberships, store.clock().nowMs(), tx); !s)
            return failChunk(s.cause());
        summary.created += newFields.size();
        summary.membershipsAdded += memberships.size();
    }
    if (progress && !progress(total, total))
        return R::failure(Text::tr("import cancelled; nothing was changed"));

    if (Status s =
            store.audit().append(QStringLiteral("users.import"), QStringLiteral("import"), 0, file.name,
                                 {{QStringLiteral("rows"), summary.rows},
                                  {QStringLiteral("created"), summary.created},
                                  {QStringLiteral("updated"), summary.updated},
                                  {QStringLiteral("unchanged"), summary.unchanged},
                                  {QStringLiteral("memberships_added"), summary.membershipsAdded},
                                  {QStringLiteral("groups_created"), summary.groupsCreated.size()}});
        !s)
        return R::failure(s.cause());
    if (dryRun)
        return summary; // the Transaction's destructor rolls everything back
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return summary;
}

} // namespace keydesk
