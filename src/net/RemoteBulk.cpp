// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "RemoteBulk.h"

#include "AsyncAdminClient.h"

#include <QJsonArray>

namespace keydesk::net {

namespace {

// One bulk change, part by part; each answer holds it alive until the next request does.
class BulkRun : public std::enable_shared_from_this<BulkRun>
{
public:
    BulkRun(AsyncAdminClient& client, BulkKeyRequest request, BulkReportTo report)
        : m_client(client), m_request(std::move(request)), m_report(std::move(report))
    {}

    void sendFrom(qint64 from)
    {
        const qint64 total = m_request.ids.size();
        if (from >= total || m_cancelled) {
            m_outcome.cancelled = from < total;
            finish(m_outcome);
            return;
        }
        QJsonArray ids;
        for (qint64 i = from; i < std::min(total, from + BulkKeyChange::kBatch); ++i)
            ids.append(m_request.ids.at(i));
        QJsonObject body{{QStringLiteral("action"), bulkKeyActionName(m_request.action)},
                         {QStringLiteral("ids"), ids}};
        if (!m_request.reason.isEmpty())
            body.insert(QStringLiteral("reason"), m_request.reason);
        m_client.call("POST", QStringLiteral("/keys/bulk"), {}, body,
                      [self = shared_from_this(), from, sent = qint64(ids.size())](const ApiAnswer& answer) {
                          self->answered(answer, from + sent);
                      });
    }

    void cancel() { m_cancelled = true; }

private:
    void answered(const ApiAnswer& answer, qint64 done)
    {
        if (!answer.ok()) {
            // The parts before this one stand; the report says how far it got.
            finish(Result<BulkKeyReport>::failure(Error::text(answer.message())));
            return;
        }
        m_outcome.changed += answer.body.value(QStringLiteral("changed")).toInteger();
        for (const QJsonValue& skipped : answer.body.value(QStringLiteral("skipped")).toArray()) {
            const QJsonObject item = skipped.toObject();
            m_outcome.skipped.append({item.value(QStringLiteral("id")).toInteger(),
                                      Error::text(item.value(QStringLiteral("error")).toString())});
        }
        if (m_report.progress)
            m_report.progress(done, m_request.ids.size());
        sendFrom(done);
    }

    void finish(const Result<BulkKeyReport>& outcome)
    {
        if (m_report.done)
            m_report.done(outcome);
    }

    AsyncAdminClient& m_client;
    const BulkKeyRequest m_request;
    BulkReportTo m_report;
    BulkKeyReport m_outcome;
    bool m_cancelled = false;
};

} // namespace

std::function<void()> startRemoteBulkChange(AsyncAdminClient& client, BulkKeyRequest request,
                                            BulkReportTo report)
{
    auto run = std::make_shared<BulkRun>(client, std::move(request), std::move(report));
    run->sendFrom(0);
    return [weak = std::weak_ptr<BulkRun>(run)] {
        if (const auto alive = weak.lock())
            alive->cancel();
    };
}

} // namespace keydesk::net
