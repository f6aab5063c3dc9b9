// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

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

// The ordered steps from an empty file to the current schema.
class MigrationSet
{
public:
    MigrationSet() = default;
    explicit MigrationSet(QList<Migration> steps) : m_steps(std::move(steps)) {}

    // The steps shipped with this build, read from the Qt resources.
    static const MigrationSet& builtin();

    const QList<Migration>& steps() const { return m_steps; }
    int latestVersion() const { return m_steps.isEmpty() ? 0 : m_steps.last().version; }

private:
    QList<Migration> m_steps;
};

} // namespace keydesk
