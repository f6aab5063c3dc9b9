// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "Database.h"
#include "core/domain/ImportUpload.h"

#include <optional>

namespace keydesk {

// Import files arriving in parts (migration 0011). ImportUploadService holds the rules: part
// sizes, who may touch which upload, how long one is kept. No audit events: an upload changes
// nothing until it is imported, and the import writes its own.
class ImportUploadRepository
{
public:
    explicit ImportUploadRepository(Database& db) : m_db(db) {}

    Status insert(const ImportUpload& upload);
    Result<std::optional<ImportUpload>> find(const QString& id);
    Result<int> countOwnedBy(const QString& owner);
    // Writes part `index`, replacing what an earlier try of the same part left.
    Status putPart(const QString& id, qint64 index, const QByteArray& bytes);
    // The part numbers received and their sizes, in order.
    Result<QList<std::pair<qint64, qint64>>> partSizes(const QString& id);
    // The parts joined, in order (`size`: what they should come to, reserved at once).
    Result<QByteArray> joined(const QString& id, qint64 size);
    Status remove(const QString& id);
    // Uploads begun before `createdBeforeMs`, with their parts; returns how many.
    Result<int> removeBefore(qint64 createdBeforeMs);

private:
    Database& m_db;
};

} // namespace keydesk
