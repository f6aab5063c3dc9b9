// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/Actor.h"

#include "base/Result.h"
#include "core/domain/User.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace keydesk {

class Store;

// One user row of an import file, validated.
struct UserImportRow
{
    int line = 0;
    UserFields fields;
    QStringList groups;
};

// What a file holds once read and checked, before anything touches the database.
struct UserImportFile
{
    QString name; // shown in audit events
    bool hasUpn = false;
    bool hasDepartment = false;
    bool hasGroups = false;
    QList<UserImportRow> rows;
};

// One user the import creates or changes, for review (dry run).
struct UserImportChange
{
    int line = 0;
    QString email;
    QString action;      // "create", "update" or "join" (only new group memberships)
    QStringList details; // "department: Sales → Research", "groups: Sales, Remote Workers"
};

struct UserImportSummary
{
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 membershipsAdded = 0;
    QStringList groupsCreated;
    QList<UserImportChange> changes; // in file order; unchanged users are not listed
    bool dryRun = false;
};

// Imports users from CSV (display_name,email,upn,department,groups; groups separated by ';').
// Upserts by email and creates missing groups, all in one transaction: any invalid row aborts
// the import with every problem listed by line, and the database is left as it was.
class UserCsvImporter
{
public:
    static constexpr int kMaxListedProblems = 50;

    // Called with rows done and total; return false to cancel (nothing is then changed).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Reads and validates; the error lists every problem found, one per line.
    static Result<UserImportFile> read(const QByteArray& bytes, const QString& name);
    static Result<UserImportFile> readFile(const QString& path);
    // A file's bytes, refused when it cannot be read or is larger than an import may be.
    static Result<QByteArray> loadFile(const QString& path);

    // Applies in one transaction; with dryRun the transaction is rolled back after counting.
    // As `by`, who needs edit-users and edit-groups (an import may make groups); its audit
    // events name `by`.
    static Result<UserImportSummary> apply(Store& store, const Actor& by, const UserImportFile& file,
                                           bool dryRun, const Progress& progress = {});
};

} // namespace keydesk
