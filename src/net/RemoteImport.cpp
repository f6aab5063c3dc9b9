// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "RemoteImport.h"

#include "AsyncAdminClient.h"
#include "core/import/ImportJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

namespace keydesk::net {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RemoteImport)
};

// One import, step by step; each answer holds it alive until the next request does.
class ImportRun : public std::enable_shared_from_this<ImportRun>
{
public:
    ImportRun(AsyncAdminClient& client, QByteArray file, ImportReport report)
        : m_client(client), m_file(std::move(file)), m_report(std::move(report))
    {}

    void begin(const QString& name)
    {
        m_client.call(
            "POST", QStringLiteral("/imports"), {},
            {{QStringLiteral("name"), name},
             {QStringLiteral("size"), m_file.size()},
             {QStringLiteral("sha256"),
              QString::fromLatin1(QCryptographicHash::hash(m_file, QCryptographicHash::Sha256).toHex())}},
            [self = shared_from_this()](const ApiAnswer& answer) { self->begun(answer); });
    }

    bool cancel()
    {
        if (m_importing || m_finished)
            return false;
        m_cancelled = true;
        return true;
    }

private:
    void begun(const ApiAnswer& answer)
    {
        if (!answer.ok()) {
            finish(Error::text(answer.message()));
            return;
        }
        m_path =
            QStringLiteral("/imports/") + pathSegment(answer.body.value(QStringLiteral("id")).toString());
        m_partBytes = answer.body.value(QStringLiteral("part_bytes")).toInteger();
        m_parts = answer.body.value(QStringLiteral("parts")).toInteger();
        sendPart(0);
    }

    void sendPart(qint64 part)
    {
        if (m_cancelled) {
            discard();
            finish(Error::text(Text::tr("Cancelled; the server discarded what was sent.")));
            return;
        }
        if (part >= m_parts) {
            importNow();
            return;
        }
        m_client.send({"PUT",
                       m_path + QStringLiteral("/parts/%1").arg(part),
                       {},
                       "application/octet-stream",
                       m_file.mid(part * m_partBytes, m_partBytes),
                       {}},
                      [self = shared_from_this(), part](const ApiAnswer& answer) {
                          if (!answer.ok()) {
                              self->discard();
                              self->finish(Error::text(answer.message()));
                              return;
                          }
                          if (self->m_report.sent)
                              self->m_report.sent(
                                  std::min((part + 1) * self->m_partBytes, qint64(self->m_file.size())),
                                  self->m_file.size());
                          self->sendPart(part + 1);
                      });
    }

    void importNow()
    {
        m_importing = true;
        if (m_report.importing)
            m_report.importing();
        m_client.call("POST", m_path + QStringLiteral("/users"), {}, {{QStringLiteral("dry_run"), false}},
                      [self = shared_from_this()](const ApiAnswer& answer) {
                          if (!answer.ok())
                              self->finish(Error::text(answer.message()));
                          else
                              self->finish(importSummaryFromJson(answer.body));
                      });
    }

    // What was sent goes: a refused or cancelled file is not kept for a day.
    void discard()
    {
        if (!m_path.isEmpty())
            m_client.call("DELETE", m_path, {}, {}, [](const ApiAnswer&) {});
    }

    void finish(const Result<UserImportSummary>& outcome)
    {
        m_finished = true;
        if (m_report.done)
            m_report.done(outcome);
    }
    void finish(const Error& error) { finish(Result<UserImportSummary>::failure(error)); }

    AsyncAdminClient& m_client;
    const QByteArray m_file;
    ImportReport m_report;
    QString m_path;
    qint64 m_partBytes = 0;
    qint64 m_parts = 0;
    bool m_cancelled = false;
    bool m_importing = false;
    bool m_finished = false;
};

} // namespace

std::function<bool()> startRemoteImport(AsyncAdminClient& client, const QString& csvPath, ImportReport report)
{
    auto file = UserCsvImporter::loadFile(csvPath);
    if (!file) {
        if (report.done)
            report.done(Result<UserImportSummary>::failure(file.cause()));
        return [] {
            return false;
        };
    }
    auto run = std::make_shared<ImportRun>(client, std::move(file).value(), std::move(report));
    run->begin(QFileInfo(csvPath).fileName());
    return [weak = std::weak_ptr<ImportRun>(run)] {
        const auto alive = weak.lock();
        return alive && alive->cancel();
    };
}

} // namespace keydesk::net
