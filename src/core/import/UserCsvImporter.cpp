#include "UserCsvImporter.h"

#include "CsvReader.h"
#include "core/domain/Group.h"
#include "core/store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

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

Result<UserImportFile> failWith(QStringList problems)
{
    if (problems.size() > UserCsvImporter::kMaxListedProblems) {
        const qsizetype more = problems.size() - UserCsvImporter::kMaxListedProblems;
        problems = problems.mid(0, UserCsvImporter::kMaxListedProblems);
        problems << QStringLiteral("... and %1 more problems").arg(more);
    }
    return Result<UserImportFile>::failure(problems.join(u'\n'));
}

} // namespace

Result<UserImportFile> UserCsvImporter::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<UserImportFile>::failure(
            QStringLiteral("cannot read '%1': %2").arg(path, file.errorString()));
    if (file.size() > CsvReader::kMaxFileSize)
        return Result<UserImportFile>::failure(QStringLiteral("'%1' is larger than %2 MiB")
                                                   .arg(path)
                                                   .arg(CsvReader::kMaxFileSize / (1024 * 1024)));
    return read(file.readAll(), QFileInfo(path).fileName());
}

Result<UserImportFile> UserCsvImporter::read(const QByteArray& bytes, const QString& name)
{
    const CsvDocument doc = CsvReader::parse(bytes);
    if (!doc.errors.isEmpty())
        return failWith(doc.errors);
    if (doc.records.isEmpty())
        return failWith({QStringLiteral("the file is empty; expected a header line such as "
                                        "display_name,email,upn,department,groups")});

    // Header: known names in any order and case; unknown columns are ignored.
    const CsvRecord& header = doc.records.first();
    QHash<Column, qsizetype> index;
    QStringList problems;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString title = header.fields[i].trimmed().toLower();
        for (const auto& [known, column] : knownColumns()) {
            if (title != known)
                continue;
            if (index.contains(column))
                problems << QStringLiteral("line %1: column '%2' appears twice in the header")
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
            problems << QStringLiteral("line %1: required column '%2' is missing from the header")
                            .arg(header.line)
                            .arg(columnName);
    }
    if (!problems.isEmpty())
        return failWith(problems);
    if (doc.records.size() == 1)
        return failWith({QStringLiteral("the file has a header but no user rows")});

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
            problems << QStringLiteral("line %1: %2 fields, but the header has %3")
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
        if (const QString problem = validateUserFields(row.fields); !problem.isEmpty()) {
            problems << QStringLiteral("line %1: %2").arg(record.line).arg(problem);
            continue;
        }
        const QString emailKey = row.fields.email.toLower();
        if (const auto seen = lineOfEmail.constFind(emailKey); seen != lineOfEmail.constEnd()) {
            problems << QStringLiteral("line %1: email '%2' already appears on line %3")
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
            if (const QString problem = validateGroupName(group); !problem.isEmpty())
                problems << QStringLiteral("line %1: %2").arg(record.line).arg(problem);
            else if (!row.groups.contains(group, Qt::CaseInsensitive))
                row.groups << group;
        }
        file.rows.append(row);
    }
    if (!problems.isEmpty())
        return failWith(problems);
    return file;
}

Result<UserImportSummary> UserCsvImporter::apply(Store& store, const UserImportFile& file, bool dryRun,
                                                 const Progress& progress)
{
    using R = Result<UserImportSummary>;
    Database& db = store.database();
    Transaction tx(db);
    if (!tx.status())
        return R::failure(tx.status().error());

    UserImportSummary summary;
    summary.rows = file.rows.size();
    summary.dryRun = dryRun;
    const QJsonObject origin{{QStringLiteral("import"), file.name}};
    QHash<QString, Group> groupsByName; // lower-case name -> group
    const qint64 total = file.rows.size();
    const qint64 reportEvery = 1000;

    const auto membershipsOf = [&](const UserImportRow& row, const User& user) -> Status {
        for (const QString& groupName : row.groups) {
            const QString key = groupName.toLower();
            auto cached = groupsByName.find(key);
            if (cached == groupsByName.end()) {
                auto found = store.groups().findByName(groupName);
                if (!found)
                    return Status::failure(found.error());
                Group group;
                if (found.value()) {
                    group = *found.value();
                } else {
                    auto created = store.groups().create(groupName, {}, tx, origin);
                    if (!created)
                        return Status::failure(created.error());
                    group = created.value();
                    summary.groupsCreated << group.name;
                }
                cached = groupsByName.insert(key, group);
            }
            auto added = store.groups().addMember(cached.value(), user, tx, origin);
            if (!added)
                return Status::failure(added.error());
            if (added.value())
                ++summary.membershipsAdded;
        }
        return {};
    };

    // Rows go in chunks: new users of a chunk are inserted together (see createMany).
    const qsizetype chunk = UserRepository::kInsertBatch;
    for (qsizetype start = 0; start < file.rows.size(); start += chunk) {
        if (progress && start % reportEvery < chunk && !progress(start, total))
            return R::failure(QStringLiteral("import cancelled; nothing was changed"));
        const qsizetype end = std::min<qsizetype>(start + chunk, file.rows.size());
        QList<std::optional<User>> users(end - start);
        QList<UserFields> newFields;
        QList<qsizetype> newIndexes;
        for (qsizetype i = start; i < end; ++i) {
            const UserImportRow& row = file.rows[i];
            const auto fail = [&](const QString& error) {
                return R::failure(
                    QStringLiteral("line %1: %2; nothing was changed").arg(row.line).arg(error));
            };
            auto existing = store.users().findByEmail(row.fields.email);
            if (!existing)
                return fail(existing.error());
            if (!existing.value()) {
                newFields << row.fields;
                newIndexes << i;
                continue;
            }
            // Columns the file does not have keep their current values.
            const User& current = *existing.value();
            UserFields fields = row.fields;
            if (!file.hasUpn)
                fields.upn = current.upn;
            if (!file.hasDepartment)
                fields.department = current.department;
            auto updated = store.users().update(current, fields, tx, origin);
            if (!updated)
                return fail(updated.error());
            const User& user = updated.value();
            const bool changed = user.displayName != current.displayName || user.email != current.email ||
                                 user.upn != current.upn || user.department != current.department;
            ++(changed ? summary.updated : summary.unchanged);
            users[i - start] = user;
        }
        if (!newFields.isEmpty()) {
            auto created = store.users().createMany(newFields, UserSource::Csv, tx, origin);
            if (!created)
                return R::failure(QStringLiteral("lines %1-%2: %3; nothing was changed")
                                      .arg(file.rows[start].line)
                                      .arg(file.rows[end - 1].line)
                                      .arg(created.error()));
            for (qsizetype k = 0; k < newIndexes.size(); ++k)
                users[newIndexes[k] - start] = created.value()[k];
            summary.created += newFields.size();
        }
        for (qsizetype i = start; i < end; ++i) {
            if (Status s = membershipsOf(file.rows[i], *users[i - start]); !s)
                return R::failure(
                    QStringLiteral("line %1: %2; nothing was changed").arg(file.rows[i].line).arg(s.error()));
        }
    }
    if (progress && !progress(total, total))
        return R::failure(QStringLiteral("import cancelled; nothing was changed"));

    if (Status s =
            store.audit().append(QStringLiteral("users.import"), QStringLiteral("import"), 0, file.name,
                                 {{QStringLiteral("rows"), summary.rows},
                                  {QStringLiteral("created"), summary.created},
                                  {QStringLiteral("updated"), summary.updated},
                                  {QStringLiteral("unchanged"), summary.unchanged},
                                  {QStringLiteral("memberships_added"), summary.membershipsAdded},
                                  {QStringLiteral("groups_created"), summary.groupsCreated.size()}});
        !s)
        return R::failure(s.error());
    if (dryRun)
        return summary; // the Transaction's destructor rolls everything back
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return summary;
}

} // namespace keydesk
