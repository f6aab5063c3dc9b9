// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QString>

namespace keydesk {

// The operator on whose behalf changes are made; recorded in every audit event. Services take
// it explicitly with each call (today the desk's operator; an authenticated one in team mode).
class Actor
{
public:
    explicit Actor(QString name) : m_name(std::move(name)) {}
    const QString& name() const { return m_name; }

    // "OS user@host" of the running process.
    static QString defaultName();

private:
    QString m_name;
};

} // namespace keydesk
