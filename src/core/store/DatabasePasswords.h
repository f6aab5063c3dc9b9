// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QString>

namespace keydesk {

// Passwords this process was given for PostgreSQL databases — typed into the console, or read
// from the OS keychain —, for every connection it opens to them: the enrollment server, workflow
// and import threads open their own. In memory only, never written or logged. Without one,
// libpq's PGPASSWORD and ~/.pgpass apply. Keyed by the URL as DatabaseLocation::display() says it.
class DatabasePasswords
{
public:
    static void set(const QString& url, const QString& password);
    static QString get(const QString& url);
    static void forget(const QString& url);
};

} // namespace keydesk
