// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ImportUploadService.h"

#include "CsvReader.h"
#include "core/ServiceCall.h"
#include "core/activation/ActivationSecrets.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(ImportUploadService)
};

} // namespace

namespace keydesk {

namespace {

constexpr int kMaxNameLength = 255;
constexpr int kMissingPartsNamed = 10;

// Whose an upload is: the signed-in operator's user, or the direct actor's name.
QString ownerOf(const Actor& by)
{
    if (const auto& who = by.signedInOperator())
        return QStringLiteral("operator %1").arg(who->userId);
    return QStringLiteral("direct ") + by.name();
}

// An import needs both: it may make groups.
Status mayImport(const Actor& by)
{
    if (Status s = by.check(Permission::EditUsers); !s)
        return s;
    return by.check(Permission::EditGroups);
}

bool goodName(const QString& name)
{
    if (name.trimmed().isEmpty() || name.size() > kMaxNameLength)
        return false;
    return std::none_of(name.begin(), name.end(),
                        [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

Result<ImportUpload> ImportUploadService::begin(const Actor& by, const QString& name, qint64 size,
                                                const QByteArray& sha256)
{
    using R = Result<ImportUpload>;
    if (Status s = mayImport(by); !s)
        return R::failure(s.cause());
    if (!goodName(name))
        return R::failure(Text::tr("the file's name must be 1 to %1 characters, none of them a control "
                                   "character")
                              .arg(kMaxNameLength));
    if (size < 0 || size > CsvReader::kMaxFileSize)
        return R::failure(Text::tr("an import file is 0 to %1 MiB, not %2 bytes")
                              .arg(CsvReader::kMaxFileSize / (1024 * 1024))
                              .arg(size));
    if (sha256.size() != 32)
        return R::failure(Text::tr("the file's SHA-256 is 32 bytes, not %1").arg(sha256.size()));
    return serviceCall(m_store, by, Permission::EditUsers, [&]() -> R {
        ImportUploadRepository& uploads = m_store.importUploads();
        const qint64 now = m_store.clock().nowMs();
        if (auto swept = uploads.removeBefore(now - kKeptMs); !swept)
            return R::failure(swept.cause());
        ImportUpload upload;
        upload.owner = ownerOf(by);
        auto waiting = uploads.countOwnedBy(upload.owner);
        if (!waiting)
            return R::failure(waiting.cause());
        if (waiting.value() >= kMaxWaitingPerSender)
            return R::failure(Text::tr("%1 has %2 import files waiting already; import or discard one first")
                                  .arg(by.name())
                                  .arg(waiting.value()));
        upload.id = QString::fromLatin1(secureRandomBytes(16).toHex());
        upload.name = name.trimmed();
        upload.size = size;
        upload.sha256 = sha256;
        upload.createdAtMs = now;
        if (Status s = uploads.insert(upload); !s)
            return R::failure(s.cause());
        return upload;
    });
}

Result<ImportUpload> ImportUploadService::find(const Actor& by, const QString& id)
{
    using R = Result<ImportUpload>;
    auto found = m_store.importUploads().find(id.trimmed().toLower());
    if (!found)
        return R::failure(found.cause());
    // Another sender's upload does not exist for `by`; neither does one past its day.
    const std::optional<ImportUpload>& upload = found.value();
    if (!upload || upload->owner != ownerOf(by) || upload->createdAtMs < m_store.clock().nowMs() - kKeptMs)
        return R::failure(Text::tr("no import file %1").arg(id.trimmed()));
    return *upload;
}

template <typename Work> Status ImportUploadService::onUpload(const Actor& by, const QString& id, Work&& work)
{
    if (Status s = mayImport(by); !s)
        return s;
    return serviceCall(m_store, by, Permission::EditUsers, [&]() -> Status {
        auto upload = find(by, id);
        if (!upload)
            return Status::failure(upload.cause());
        return work(upload.value());
    });
}

Status ImportUploadService::putPart(const Actor& by, const QString& id, qint64 index, const QByteArray& bytes)
{
    return onUpload(by, id, [&](const ImportUpload& upload) -> Status {
        const qint64 parts = partCount(upload.size);
        if (index < 0 || index >= parts)
            return Status::failure(Text::tr("import file %1 has parts 0 to %2, not %3")
                                       .arg(upload.id)
                                       .arg(parts - 1)
                                       .arg(index));
        const qint64 expected = index + 1 < parts ? kPartBytes : upload.size - index * kPartBytes;
        if (bytes.size() != expected)
            return Status::failure(Text::tr("part %1 of import file %2 is %3 bytes long, not %4")
                                       .arg(index)
                                       .arg(upload.id)
                                       .arg(expected)
                                       .arg(bytes.size()));
        return m_store.importUploads().putPart(upload.id, index, bytes);
    });
}

Result<QByteArray> ImportUploadService::wholeFile(const ImportUpload& upload)
{
    using R = Result<QByteArray>;
    auto sizes = m_store.importUploads().partSizes(upload.id);
    if (!sizes)
        return R::failure(sizes.cause());
    QStringList missing;
    qint64 next = 0;
    const qint64 parts = partCount(upload.size);
    for (const auto& [index, size] : sizes.value()) {
        for (; next < index; ++next)
            missing << QString::number(next);
        next = index + 1;
    }
    for (; next < parts; ++next)
        missing << QString::number(next);
    if (!missing.isEmpty()) {
        if (missing.size() > kMissingPartsNamed)
            missing = missing.mid(0, kMissingPartsNamed) << QStringLiteral("…");
        return R::failure(Text::tr("import file %1 is not whole; parts still to send: %2")
                              .arg(upload.id, missing.join(QStringLiteral(", "))));
    }
    auto whole = m_store.importUploads().joined(upload.id, upload.size);
    if (!whole)
        return whole;
    if (QCryptographicHash::hash(whole.value(), QCryptographicHash::Sha256) != upload.sha256)
        return R::failure(Text::tr("import file %1 is not the file that was announced (its SHA-256 "
                                   "differs); send it again")
                              .arg(upload.id));
    return whole;
}

Result<UserImportSummary> ImportUploadService::importUsers(const Actor& by, const QString& id, bool dryRun,
                                                           const UserCsvImporter::Progress& progress)
{
    using R = Result<UserImportSummary>;
    if (Status s = mayImport(by); !s)
        return R::failure(s.cause());
    Transaction tx(m_store.database());
    if (!tx.status())
        return R::failure(tx.status().cause());
    auto upload = find(by, id);
    if (!upload)
        return R::failure(upload.cause());
    auto bytes = wholeFile(upload.value());
    if (!bytes)
        return R::failure(bytes.cause());
    Result<UserImportSummary> summary = [&]() -> R {
        auto file = UserCsvImporter::read(bytes.value(), upload->name);
        if (!file)
            return R::failure(file.cause());
        bytes = QByteArray(); // the rows hold what is needed now
        return UserCsvImporter::apply(m_store, by, file.value(), dryRun, progress);
    }();
    if (dryRun)
        return summary;
    // Imported or refused, the file has been used: a changed one comes as a new upload.
    if (Status s = m_store.importUploads().remove(upload->id); !s)
        return R::failure(s.cause());
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.cause());
    return summary;
}

Status ImportUploadService::discard(const Actor& by, const QString& id)
{
    return onUpload(by, id,
                    [&](const ImportUpload& upload) { return m_store.importUploads().remove(upload.id); });
}

} // namespace keydesk
