// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QByteArray>
#include <QString>

namespace keydesk {

// An import file sent to a team server in parts (ImportUploadService): what its sender said it is.
struct ImportUpload
{
    QString id;    // 128 random bits as hex: the handle its parts and the import name
    QString owner; // who sends it ("operator 12", "direct <name>"); nobody else sees it
    QString name;  // the file's name, for the audit log
    qint64 size = 0;
    QByteArray sha256; // of the whole file
    qint64 createdAtMs = 0;
};

} // namespace keydesk
