// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "DatabaseLocation.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace keydesk {

// One schema step: version N turns a version N-1 database into version N.
struct Migration
{
    int version = 0;
    QString name;
    QByteArray sql;
};

// The ordered steps from an empty database to the current schema.
class MigrationSet
{
public:
    MigrationSet() = default;
    explicit MigrationSet(QList<Migration> steps) : m_steps(std::move(steps)) {}

    // The steps shipped with this build for an engine, read from the Qt resources. Both engines
    // share one numbered history: version N means the same tables and rules on either.
    static const MigrationSet& builtin(SqlEngine engine);

    const QList<Migration>& steps() const { return m_steps; }
    int latestVersion() const { return m_steps.isEmpty() ? 0 : m_steps.last().version; }

private:
    QList<Migration> m_steps;
};

} // namespace keydesk
