// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DatabasePasswords.h"

#include <QHash>
#include <QMutex>

namespace keydesk {

namespace {

struct Passwords
{
    QMutex mutex;
    QHash<QString, QString> byUrl;
};

Passwords& passwords()
{
    static Passwords instance;
    return instance;
}

} // namespace

void DatabasePasswords::set(const QString& url, const QString& password)
{
    QMutexLocker lock(&passwords().mutex);
    passwords().byUrl.insert(url, password);
}

QString DatabasePasswords::get(const QString& url)
{
    QMutexLocker lock(&passwords().mutex);
    return passwords().byUrl.value(url);
}

void DatabasePasswords::forget(const QString& url)
{
    QMutexLocker lock(&passwords().mutex);
    passwords().byUrl.remove(url);
}

} // namespace keydesk
