// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace keydesk {

// Files that hold users, keys, links or receipts are created readable by their owner only
// (0600), whatever the umask: the database (SQLite gives its -wal and -shm the database's mode),
// migration backups and exported receipts.

// Creates an empty file with mode 0600; fails if it exists.
Status createPrivateFile(const QString& path);
// Writes `bytes` to `path` atomically (a temporary file renamed into place), mode 0600.
Status writePrivateFile(const QString& path, const QByteArray& bytes);
// A sentence naming the files of `databasePath` (itself, -wal, -shm) that other users of this
// computer can read, with the command that fixes it; empty when there are none.
QString exposureWarning(const QString& databasePath);

} // namespace keydesk
