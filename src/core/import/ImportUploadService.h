// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "UserCsvImporter.h"
#include "core/Actor.h"
#include "core/domain/ImportUpload.h"

namespace keydesk {

class Store;

// A user import file sent in parts, then imported all or nothing (docs/operators.md). The team
// server takes request bodies of at most 64 KiB, so a file of up to 512 MiB arrives as parts of
// kPartBytes, kept in the database until it is whole. Its sender names its size and SHA-256 first;
// the import checks both, so a lost, doubled or altered part cannot slip in. Only the sender sees
// an upload; it needs what the import needs (edit-users and edit-groups).
class ImportUploadService
{
public:
    static constexpr qint64 kPartBytes = 48 * 1024;
    // Uploads one sender may have waiting at once; and how long one waits at most.
    static constexpr int kMaxWaitingPerSender = 4;
    static constexpr qint64 kKeptMs = 24LL * 3600 * 1000;

    explicit ImportUploadService(Store& store) : m_store(store) {}

    static qint64 partCount(qint64 size) { return (size + kPartBytes - 1) / kPartBytes; }

    // Deletes uploads older than kKeptMs, then keeps a new one.
    Result<ImportUpload> begin(const Actor& by, const QString& name, qint64 size, const QByteArray& sha256);
    // Part `index` (from 0), exactly kPartBytes long but for the last; sending one again replaces it.
    Status putPart(const Actor& by, const QString& id, qint64 index, const QByteArray& bytes);
    // Imports the whole file as UserCsvImporter does, once every part is in and the whole has the
    // announced SHA-256 (until then the upload waits for the missing or corrected parts). A dry
    // run keeps the upload (to import it after a review); an import uses it up, in the import's
    // transaction, whether its rows were imported or refused.
    Result<UserImportSummary> importUsers(const Actor& by, const QString& id, bool dryRun,
                                          const UserCsvImporter::Progress& progress = {});
    Status discard(const Actor& by, const QString& id);
    // The upload, when it exists and is `by`'s; "no import file …" otherwise.
    Result<ImportUpload> find(const Actor& by, const QString& id);

private:
    // `work` on `by`'s upload `id`, in one service call that needs what an import needs.
    template <typename Work> Status onUpload(const Actor& by, const QString& id, Work&& work);
    Result<QByteArray> wholeFile(const ImportUpload& upload);

    Store& m_store;
};

} // namespace keydesk
