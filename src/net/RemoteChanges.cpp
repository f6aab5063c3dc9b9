// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "RemoteChanges.h"

#include "core/activation/KeyPolicy.h"

#include "AsyncAdminClient.h"
#include "DeskSync.h"
#include "RemoteBulk.h"
#include "RemoteImport.h"
#include "core/activation/KeyIssuer.h"
#include "core/domain/DirectoryJson.h"
#include "core/domain/DirectorySourceJson.h"
#include "core/domain/OperatorJson.h"
#include "core/keys/KeyJson.h"
#include "core/workflow/WorkflowJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace keydesk::net {

namespace {

// Tells `tell` busy while it lives (the console's wait cursor).
class Busy
{
public:
    explicit Busy(const std::function<void(bool)>& tell) : m_tell(tell)
    {
        if (m_tell)
            m_tell(true);
    }
    ~Busy()
    {
        if (m_tell)
            m_tell(false);
    }
    Busy(const Busy&) = delete;
    Busy& operator=(const Busy&) = delete;

private:
    const std::function<void(bool)>& m_tell;
};

// The console's requests, shared by every interface: a change waits for its answer (one at a
// time, from the console's thread); a long one (a workflow run, an import) answers later.
class RemoteLink
{
public:
    RemoteLink(const RemoteServer& server, DeskSync& sync, std::function<void(bool)> busy)
        : m_client(makeRemoteAdminClient(server)), m_later(longRequests(server)), m_sync(&sync),
          m_busy(std::move(busy))
    {}

    // The server's answer to a change, or its refusal as an error in the desk's language.
    Result<QJsonObject> change(const QByteArray& method, const QString& path, const QJsonObject& body = {},
                               const QUrlQuery& query = {})
    {
        const Busy waiting(m_busy);
        const ApiAnswer answer = m_client->call(method, path, query, body);
        if (!answer.ok())
            return Result<QJsonObject>::failure(Error::text(answer.message()));
        // The change stands; a cache that does not catch up now shows it with the next sync.
        if (m_sync)
            (void)m_sync->syncAndWait(DeskSyncOptions::kRequestTimeoutMs);
        return answer.body;
    }

    // A change that can take minutes (a workflow run): the answer comes to `done` later, after
    // which the desk syncs.
    void changeLater(const QByteArray& method, const QString& path, const QJsonObject& body,
                     std::function<void(const Result<QJsonObject>&)> done)
    {
        m_later.call(method, path, {}, body, [this, done = std::move(done)](const ApiAnswer& answer) {
            if (m_sync)
                m_sync->syncNow();
            if (!answer.ok())
                done(Result<QJsonObject>::failure(Error::text(answer.message())));
            else
                done(answer.body);
        });
    }

    // A user CSV import (RemoteImport.h); the desk syncs once it ends.
    std::function<bool()> importLater(const QString& csvPath, ImportReport report)
    {
        report.done = [this, done = std::move(report.done)](const Result<UserImportSummary>& outcome) {
            if (m_sync)
                m_sync->syncNow();
            if (done)
                done(outcome);
        };
        return startRemoteImport(m_later, csvPath, std::move(report));
    }

    // A bulk key change (RemoteBulk.h); the desk syncs once it ends.
    std::function<void()> bulkLater(BulkKeyRequest request, BulkReportTo report)
    {
        report.done = [this, done = std::move(report.done)](const Result<BulkKeyReport>& outcome) {
            if (m_sync)
                m_sync->syncNow();
            if (done)
                done(outcome);
        };
        return startRemoteBulkChange(m_later, std::move(request), std::move(report));
    }

    // A GET for the operator (not a change: nothing to wait for).
    ApiAnswer read(const QString& path, const QUrlQuery& query = {})
    {
        const Busy waiting(m_busy);
        return m_client->call("GET", path, query, {});
    }

    Status changeOnly(const QByteArray& method, const QString& path, const QJsonObject& body = {},
                      const QUrlQuery& query = {})
    {
        auto answered = change(method, path, body, query);
        return answered ? Status() : Status::failure(answered.cause());
    }

private:
    // A workflow run waits for the server as long as keydesk-cli does (RemoteServer's default).
    static RemoteServer longRequests(RemoteServer server)
    {
        server.timeoutMs = RemoteServer{}.timeoutMs;
        return server;
    }

    std::unique_ptr<AdminClient> m_client;
    AsyncAdminClient m_later;
    QPointer<DeskSync> m_sync;
    std::function<void(bool)> m_busy;
};

QString number(qint64 id)
{
    return QString::number(id);
}

QJsonObject fieldsJson(const UserFields& fields)
{
    return {{QStringLiteral("display_name"), fields.displayName},
            {QStringLiteral("email"), fields.email},
            {QStringLiteral("upn"), fields.upn},
            {QStringLiteral("department"), fields.department}};
}

// The server runs the workflows a change brings a user into: the desk's own never do.
Result<UserChange> userChangeOf(const Result<QJsonObject>& answer, const QString& member = {})
{
    if (!answer)
        return Result<UserChange>::failure(answer.cause());
    const QJsonObject json = member.isEmpty() ? answer.value() : answer->value(member).toObject();
    return UserChange{userFromJson(json), false};
}

class RemoteUserChanges : public UserChanges
{
public:
    explicit RemoteUserChanges(std::shared_ptr<RemoteLink> link) : m_link(std::move(link)) {}

    Result<UserChange> create(const Actor&, const UserFields& fields, const QList<Group>& groups) override
    {
        QJsonObject body = fieldsJson(fields);
        QJsonArray ids;
        for (const Group& group : groups)
            ids.append(number(group.id));
        body.insert(QStringLiteral("groups"), ids);
        return userChangeOf(m_link->change("POST", QStringLiteral("/users"), body));
    }
    Result<UserChange> edit(const Actor&, qint64 userId, const UserFields& fields,
                            std::optional<bool> enabled) override
    {
        QJsonObject body = fieldsJson(fields);
        if (enabled)
            body.insert(QStringLiteral("enabled"), *enabled);
        return userChangeOf(m_link->change("PUT", QStringLiteral("/users/") + number(userId), body));
    }
    Result<UserChange> setEnabled(const Actor&, qint64 userId, bool enabled) override
    {
        return userChangeOf(m_link->change("PUT", QStringLiteral("/users/") + number(userId),
                                           {{QStringLiteral("enabled"), enabled}}));
    }
    Result<UserChange> joinGroup(const Actor&, qint64 groupId, qint64 userId) override
    {
        return userChangeOf(m_link->change("PUT", membership(groupId, userId)), QStringLiteral("user"));
    }
    Result<UserChange> leaveGroup(const Actor&, qint64 groupId, qint64 userId) override
    {
        return userChangeOf(m_link->change("DELETE", membership(groupId, userId)), QStringLiteral("user"));
    }

private:
    static QString membership(qint64 groupId, qint64 userId)
    {
        return QStringLiteral("/groups/%1/members/%2").arg(groupId).arg(userId);
    }
    std::shared_ptr<RemoteLink> m_link;
};

class RemoteGroupChanges : public GroupChanges
{
public:
    explicit RemoteGroupChanges(std::shared_ptr<RemoteLink> link) : m_link(std::move(link)) {}

    Result<Group> create(const Actor&, const QString& name, const QString& description) override
    {
        auto answer =
            m_link->change("POST", QStringLiteral("/groups"),
                           {{QStringLiteral("name"), name}, {QStringLiteral("description"), description}});
        if (!answer)
            return Result<Group>::failure(answer.cause());
        return groupFromJson(answer.value());
    }
    Status rename(const Actor&, qint64 groupId, const QString& newName) override
    {
        return m_link->changeOnly("PUT", QStringLiteral("/groups/") + number(groupId),
                                  {{QStringLiteral("name"), newName}});
    }
    Status remove(const Actor&, qint64 groupId) override
    {
        return m_link->changeOnly("DELETE", QStringLiteral("/groups/") + number(groupId));
    }
    Status setKeyPolicy(const Actor&, qint64 groupId,
                        const std::optional<webauthn::AuthenticatorPolicy>& policy) override
    {
        const QJsonValue body =
            policy ? QJsonValue(QJsonDocument::fromJson(keyPolicyJson(*policy).toUtf8()).object())
                   : QJsonValue(QJsonValue::Null);
        return m_link->changeOnly(
            "PUT", QStringLiteral("/groups/") + number(groupId) + QStringLiteral("/key-policy"),
            {{QStringLiteral("policy"), body}});
    }

private:
    std::shared_ptr<RemoteLink> m_link;
};

class RemoteKeyChanges : public KeyChanges
{
public:
    explicit RemoteKeyChanges(std::shared_ptr<RemoteLink> link) : m_link(std::move(link)) {}

    Status suspend(const Actor&, qint64 keyId, const QString& reason) override
    {
        return act(keyId, QStringLiteral("suspend"), reason);
    }
    Status resume(const Actor&, qint64 keyId) override { return act(keyId, QStringLiteral("resume"), {}); }
    Status revoke(const Actor&, qint64 keyId, const QString& reason) override
    {
        return act(keyId, QStringLiteral("revoke"), reason);
    }
    Status remove(const Actor&, qint64 keyId) override
    {
        return m_link->changeOnly("DELETE", QStringLiteral("/keys/") + number(keyId));
    }

private:
    Status act(qint64 keyId, const QString& action, const QString& reason)
    {
        QJsonObject body;
        if (!reason.isEmpty())
            body.insert(QStringLiteral("reason"), reason);
        return m_link->changeOnly("POST", QStringLiteral("/keys/%1/%2").arg(keyId).arg(action), body);
    }
    std::shared_ptr<RemoteLink> m_link;
};

class RemoteOutboxChanges : public OutboxChanges
{
public:
    explicit RemoteOutboxChanges(std::shared_ptr<RemoteLink> link) : m_link(std::move(link)) {}

    Status retryNow(const Actor&, qint64 messageId) override
    {
        return m_link->changeOnly("POST", QStringLiteral("/outbox/%1/retry").arg(messageId));
    }
    Status cancel(const Actor&, qint64 messageId) override
    {
        return m_link->changeOnly("POST", QStringLiteral("/outbox/%1/cancel").arg(messageId));
    }

private:
    std::shared_ptr<RemoteLink> m_link;
};

class RemoteWindowsLogonChanges : public WindowsLogonChanges
{
public:
    explicit RemoteWindowsLogonChanges(std::shared_ptr<RemoteLink> link) : m_link(std::move(link)) {}

    Result<WindowsLogon> set(const Actor&, const User& user, WindowsLogon logon) override
    {
        auto answer = m_link->change("PUT", path(user), windowsLogonJson(logon));
        if (!answer)
            return Result<WindowsLogon>::failure(answer.cause());
        return windowsLogonFromJson(answer->value(QStringLiteral("windows_logon")).toObject());
    }
    Status clear(const Actor&, const User& user) override { return m_link->changeOnly("DELETE", path(user)); }

private:
    static QString path(const User& user) { return QStringLiteral("/users/%1/windows-logon").arg(user.id); }
    std::shared_ptr<RemoteLink> m_link;
};

class RemoteWorkflowChanges : public WorkflowChanges
{
public:
    explicit RemoteWorkflowChanges(std::shared_ptr<RemoteLink> link) : m_link(std::move(link)) {}

    Result<Workflow> create(const Actor&, const QString& name, const QList<qint64>& groupIds, KeyType type,
                            const WorkflowSettings& settings) override
    {
        QJsonObject body = scopeJson(name, groupIds, settings);
        body.insert(QStringLiteral("key_type"), keyTypeName(type));
        body.insert(QStringLiteral("run"), false);
        return workflowOf(m_link->change("POST", QStringLiteral("/workflows"), body));
    }
    Result<Workflow> update(const Actor&, qint64 workflowId, const QString& name,
                            const QList<qint64>& groupIds, const WorkflowSettings& settings) override
    {
        return workflowOf(m_link->change("PUT", QStringLiteral("/workflows/") + number(workflowId),
                                         scopeJson(name, groupIds, settings)));
    }
    Status setEnabled(const Actor&, qint64 workflowId, bool enabled) override
    {
        return m_link->changeOnly("PUT", QStringLiteral("/workflows/") + number(workflowId),
                                  {{QStringLiteral("enabled"), enabled}});
    }
    Status remove(const Actor&, qint64 workflowId, bool revokeWaitingKeys) override
    {
        QUrlQuery pending;
        pending.addQueryItem(QStringLiteral("pending"),
                             revokeWaitingKeys ? QStringLiteral("revoke") : QStringLiteral("keep"));
        return m_link->changeOnly("DELETE", QStringLiteral("/workflows/") + number(workflowId), {}, pending);
    }

private:
    static QJsonObject scopeJson(const QString& name, const QList<qint64>& groupIds,
                                 const WorkflowSettings& settings)
    {
        QJsonArray groups;
        for (qint64 id : groupIds)
            groups.append(id);
        return {{QStringLiteral("name"), name},
                {QStringLiteral("groups"), groups},
                {QStringLiteral("settings"), settings.toJson()}};
    }
    static Result<Workflow> workflowOf(const Result<QJsonObject>& answer)
    {
        if (!answer)
            return Result<Workflow>::failure(answer.cause());
        return workflowFromJson(answer.value());
    }
    std::shared_ptr<RemoteLink> m_link;
};

// The server issues the link (pointing at itself) and sends the email; the desk shows the link
// and code it answers with.
class RemoteKeyIssuer : public KeyIssuer
{
public:
    explicit RemoteKeyIssuer(std::shared_ptr<RemoteLink> link) : m_link(std::move(link)) {}

    QString emailWaitsNote() const override { return {}; }
    Result<IssuedLink> assign(const User& user, const EnrollmentRequest& request) override
    {
        QJsonObject body{{QStringLiteral("user"), number(user.id)},
                         {QStringLiteral("type"), keyTypeName(request.type)},
                         {QStringLiteral("activate"), activationMethodName(request.method)},
                         {QStringLiteral("settings"), request.settings.toJson()}};
        if (!request.label.isEmpty())
            body.insert(QStringLiteral("label"), request.label);
        return issued(m_link->change("POST", QStringLiteral("/keys"), body));
    }
    Result<IssuedLink> reissue(qint64 keyId, ActivationMethod method) override
    {
        return issued(m_link->change("POST", QStringLiteral("/keys/%1/reissue").arg(keyId),
                                     {{QStringLiteral("activate"), activationMethodName(method)}}));
    }

    Result<LostPhoneCase> lostPhone(const User& user, const LostPhoneRequest& request) override
    {
        const QString replacement =
            request.replacement ? activationMethodName(*request.replacement) : QStringLiteral("none");
        auto answer =
            m_link->change("POST", QStringLiteral("/keys/lost-phone"),
                           {{QStringLiteral("user"), number(user.id)},
                            {QStringLiteral("withdrawal"), lostPhoneWithdrawalName(request.withdrawal)},
                            {QStringLiteral("reason"), request.reason},
                            {QStringLiteral("replacement"), replacement}});
        if (!answer)
            return Result<LostPhoneCase>::failure(answer.cause());
        LostPhoneCase opened;
        opened.caseId = answer->value(QStringLiteral("case_id")).toString();
        opened.withdrawal = request.withdrawal;
        opened.reason = request.reason;
        opened.withdrawnKeys = idsFromJson(answer->value(QStringLiteral("key_ids")));
        opened.cancelledKeys = idsFromJson(answer->value(QStringLiteral("cancelled_key_ids")));
        if (const QJsonValue r = answer->value(QStringLiteral("replacement")); r.isObject()) {
            auto link = issued(r.toObject());
            if (!link)
                return Result<LostPhoneCase>::failure(link.cause());
            opened.replacement = link.value();
            opened.replacementKeyId = link->key.id;
        }
        return opened;
    }
    Result<PhoneFoundOutcome> phoneFound(const User& user, const QString& caseId) override
    {
        auto answer =
            m_link->change("POST", QStringLiteral("/keys/phone-found"),
                           {{QStringLiteral("user"), number(user.id)}, {QStringLiteral("case_id"), caseId}});
        if (!answer)
            return Result<PhoneFoundOutcome>::failure(answer.cause());
        PhoneFoundOutcome outcome;
        outcome.resumedKeys = idsFromJson(answer->value(QStringLiteral("resumed_key_ids")));
        outcome.replacementKept = answer->value(QStringLiteral("replacement_kept")).toBool();
        if (const QJsonValue r = answer->value(QStringLiteral("revoked_replacement_key_id")); r.isDouble())
            outcome.revokedReplacement = r.toInteger();
        return outcome;
    }

private:
    static Result<IssuedLink> issued(const Result<QJsonObject>& answer)
    {
        if (!answer)
            return Result<IssuedLink>::failure(answer.cause());
        const QJsonObject& json = answer.value();
        const SecurityKeyRow row = keyRowFromJson(json.value(QStringLiteral("key")).toObject());
        IssuedLink link;
        link.key = row.key;
        link.activation = row.latestActivation.value_or(Activation{});
        // The answer's own word on the activation it issued.
        link.activation.id = json.value(QStringLiteral("activation_id")).toInteger();
        link.activation.keyId = row.key.id;
        link.activation.expiresAtMs = jsonTimeMs(json.value(QStringLiteral("expires_at")));
        // The countdown runs on the desk's clock, as the sign-in's does: the server's lifetime from
        // now, whatever the two clocks say.
        if (row.latestActivation && row.latestActivation->id == link.activation.id &&
            row.latestActivation->createdAtMs > 0) {
            const qint64 lifetime = link.activation.expiresAtMs - row.latestActivation->createdAtMs;
            link.activation.createdAtMs = QDateTime::currentMSecsSinceEpoch();
            link.activation.expiresAtMs = link.activation.createdAtMs + lifetime;
        }
        if (const auto method = activationMethodFromName(json.value(QStringLiteral("method")).toString()))
            link.activation.method = *method;
        link.link = json.value(QStringLiteral("link")).toString();
        link.manualCode = json.value(QStringLiteral("code")).toString();
        if (const QJsonValue outbox = json.value(QStringLiteral("outbox_id")); outbox.isDouble())
            link.outboxId = outbox.toInteger();
        return link;
    }
    std::shared_ptr<RemoteLink> m_link;
};

} // namespace

RemoteChanges makeRemoteChanges(RemoteServer server, DeskSync& sync,
                                std::function<std::optional<Error>()> unreachable,
                                std::function<void(bool)> busy)
{
    server.timeoutMs = DeskSyncOptions::kRequestTimeoutMs;
    auto link = std::make_shared<RemoteLink>(server, sync, std::move(busy));
    RemoteChanges changes;
    changes.users = std::make_unique<RemoteUserChanges>(link);
    changes.groups = std::make_unique<RemoteGroupChanges>(link);
    changes.keys = std::make_unique<RemoteKeyChanges>(link);
    changes.outbox = std::make_unique<RemoteOutboxChanges>(link);
    changes.windowsLogons = std::make_unique<RemoteWindowsLogonChanges>(link);
    changes.workflows = std::make_unique<RemoteWorkflowChanges>(link);
    changes.keyIssuer = std::make_shared<RemoteKeyIssuer>(link);
    changes.startVerification = [link](qint64 keyId) -> Result<VerificationLink> {
        auto answer = link->change("POST", QStringLiteral("/keys/%1/verify").arg(keyId));
        if (!answer)
            return Result<VerificationLink>::failure(answer.cause());
        VerificationLink started;
        started.verification.id = answer->value(QStringLiteral("verification_id")).toInteger();
        started.verification.keyId = answer->value(QStringLiteral("key_id")).toInteger();
        started.verification.expiresAtMs = jsonTimeMs(answer->value(QStringLiteral("expires_at")));
        started.link = answer->value(QStringLiteral("link")).toString();
        started.linkId = started.link.section(u'/', -1);
        return started;
    };
    changes.verificationReceipt = [link](qint64 verificationId) -> Result<QByteArray> {
        const ApiAnswer answer = link->read(QStringLiteral("/verifications/%1/receipt").arg(verificationId));
        if (!answer.ok())
            return Result<QByteArray>::failure(Error::text(answer.message()));
        return answer.raw;
    };
    changes.exportAudit = [link](const AuditQuery& filter, AuditExportFormat format) -> Result<QByteArray> {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("format"), auditExportFormatName(format));
        if (!filter.actor.isEmpty())
            query.addQueryItem(QStringLiteral("actor"), filter.actor);
        if (!filter.action.isEmpty())
            query.addQueryItem(QStringLiteral("action"), filter.action);
        if (filter.fromMs)
            query.addQueryItem(QStringLiteral("since"), jsonTime(*filter.fromMs));
        if (filter.untilMs)
            query.addQueryItem(QStringLiteral("until"), jsonTime(*filter.untilMs));
        if (filter.targetType == QLatin1String("user") && filter.targetId)
            query.addQueryItem(QStringLiteral("user"), number(*filter.targetId));
        if (!filter.text.isEmpty())
            query.addQueryItem(QStringLiteral("text"), filter.text);
        const ApiAnswer answer = link->read(QStringLiteral("/audit/export"), query);
        if (!answer.ok())
            return Result<QByteArray>::failure(Error::text(answer.message()));
        return answer.raw;
    };
    changes.runWorkflows = [link](std::optional<qint64> workflowId, RunTrigger trigger,
                                  std::function<void(const Result<QList<WorkflowRun>>&)> done) {
        const auto answered = [done = std::move(done)](const Result<QJsonObject>& answer) {
            if (!answer) {
                done(Result<QList<WorkflowRun>>::failure(answer.cause()));
                return;
            }
            // /workflow-runs answers {items: [runs]}, /workflows/{id}/run the one run.
            QList<WorkflowRun> runs;
            if (answer->contains(QStringLiteral("items"))) {
                for (const QJsonValue& run : answer->value(QStringLiteral("items")).toArray())
                    runs.append(workflowRunFromJson(run.toObject()));
            } else {
                runs.append(workflowRunFromJson(answer.value()));
            }
            done(runs);
        };
        if (workflowId)
            link->changeLater("POST", QStringLiteral("/workflows/%1/run").arg(*workflowId),
                              {{QStringLiteral("trigger"), runTriggerName(trigger)}}, answered);
        else
            link->changeLater("POST", QStringLiteral("/workflow-runs"), {}, answered);
    };
    changes.syncDirectory = [link](qint64 sourceId, SyncMode mode, bool dryRun,
                                   std::function<void(const Result<DirectorySyncReport>&)> done) {
        const auto answered = [done = std::move(done)](const Result<QJsonObject>& answer) {
            if (!answer) {
                done(Result<DirectorySyncReport>::failure(answer.cause()));
                return;
            }
            DirectorySyncReport report;
            report.run = directoryRunFromJson(answer->value(QStringLiteral("run")).toObject());
            for (const QJsonValue& e : answer->value(QStringLiteral("errors")).toArray())
                report.errors.append({e.toObject().value(QStringLiteral("entry")).toString(),
                                      e.toObject().value(QStringLiteral("message")).toString()});
            for (const QJsonValue& c : answer->value(QStringLiteral("changes")).toArray())
                report.changes.append({c.toObject().value(QStringLiteral("entry")).toString(),
                                       c.toObject().value(QStringLiteral("action")).toString(),
                                       c.toObject().value(QStringLiteral("details")).toString()});
            done(report);
        };
        link->changeLater("POST", QStringLiteral("/directory-sources/%1/sync").arg(sourceId),
                          {{QStringLiteral("mode"), syncModeName(mode)}, {QStringLiteral("dry_run"), dryRun}},
                          answered);
    };
    changes.importUsers = [link](const QString& csvPath, ImportReport report) {
        return link->importLater(csvPath, std::move(report));
    };
    changes.changeKeysInBulk = [link](BulkKeyRequest request, BulkReportTo report) {
        return link->bulkLater(std::move(request), std::move(report));
    };
    changes.unreachable = std::move(unreachable);
    return changes;
}

} // namespace keydesk::net
