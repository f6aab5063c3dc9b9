// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "WorkflowRepository.h"

#include "Rows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(WorkflowRepository)
};

} // namespace

namespace keydesk {

namespace {

QString workflowColumns(const Database& db)
{
    const QString groups = QStringLiteral("FROM workflow_groups wg JOIN groups g ON g.id = wg.group_id WHERE "
                                          "wg.workflow_id = w.id");
    return QStringLiteral(
               "w.id, w.name, w.key_type, w.key_settings, w.enabled, w.created_at, w.updated_at, ") +
           db.listAggregate(QStringLiteral("g.id"), groups, QStringLiteral("g.id"), ',') +
           QStringLiteral(" AS group_ids, ") +
           db.listAggregate(QStringLiteral("g.name"), groups, QStringLiteral("g.id"), 31) +
           QStringLiteral(" AS group_names");
}

const QString kRunColumns =
    QStringLiteral("id, workflow_id, trigger, status, started_at, finished_at, users_in_scope, "
                   "keys_assigned, emails_queued, "
                   "users_skipped, reminders_sent, links_reissued, keys_expired, error");

Workflow readWorkflow(const QSqlQuery& q)
{
    Workflow w;
    w.id = q.value(QStringLiteral("id")).toLongLong();
    w.name = q.value(QStringLiteral("name")).toString();
    w.keyType = keyTypeFromName(q.value(QStringLiteral("key_type")).toString()).value_or(KeyType::Smartphone);
    Error ignored;
    w.settings =
        WorkflowSettings::fromJson(
            QJsonDocument::fromJson(q.value(QStringLiteral("key_settings")).toString().toUtf8()).object(),
            &ignored)
            .value_or(WorkflowSettings{});
    w.enabled = q.value(QStringLiteral("enabled")).toBool();
    w.createdAtMs = q.value(QStringLiteral("created_at")).toLongLong();
    w.updatedAtMs = q.value(QStringLiteral("updated_at")).toLongLong();
    for (const QString& id : q.value(QStringLiteral("group_ids")).toString().split(u',', Qt::SkipEmptyParts))
        w.groupIds << id.toLongLong();
    w.groupNames = q.value(QStringLiteral("group_names")).toString().split(QChar(31), Qt::SkipEmptyParts);
    return w;
}

WorkflowRun readRun(const QSqlQuery& q)
{
    const auto value = [&q](const char* column) {
        return q.value(QLatin1String(column));
    };
    WorkflowRun r;
    r.id = value("id").toLongLong();
    r.workflowId = value("workflow_id").toLongLong();
    r.trigger = value("trigger").toString();
    r.status = value("status").toString();
    r.startedAtMs = value("started_at").toLongLong();
    if (const QVariant finished = value("finished_at"); !finished.isNull())
        r.finishedAtMs = finished.toLongLong();
    r.usersInScope = value("users_in_scope").toLongLong();
    r.keysAssigned = value("keys_assigned").toLongLong();
    r.emailsQueued = value("emails_queued").toLongLong();
    r.usersSkipped = value("users_skipped").toLongLong();
    r.remindersSent = value("reminders_sent").toLongLong();
    r.linksReissued = value("links_reissued").toLongLong();
    r.keysExpired = value("keys_expired").toLongLong();
    r.error = Error::fromStored(value("error").toString());
    return r;
}

QString settingsText(const WorkflowSettings& settings)
{
    return QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

QString workflowScopeSql(bool allUsers)
{
    return allUsers ? QStringLiteral("TRUE")
                    : QStringLiteral(
                          "EXISTS (SELECT 1 FROM group_members gm WHERE gm.user_id = u.id AND gm.group_id IN "
                          "(SELECT group_id FROM workflow_groups WHERE workflow_id = ?))");
}

Result<std::optional<qint64>> WorkflowRepository::firstMissingGroup(const QList<qint64>& groupIds)
{
    for (qint64 id : groupIds) {
        QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT 1 FROM groups WHERE id = ?"));
        q.addBindValue(id);
        if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "checking a group")); !s)
            return Result<std::optional<qint64>>::failure(s.cause());
        const bool found = q.next();
        q.finish();
        if (!found)
            return std::optional<qint64>(id);
    }
    return std::optional<qint64>();
}

Status WorkflowRepository::writeGroups(qint64 workflowId, const QList<qint64>& groupIds)
{
    QSqlQuery& clear = m_db.prepared(QStringLiteral("DELETE FROM workflow_groups WHERE workflow_id = ?"));
    clear.addBindValue(workflowId);
    if (Status s = m_db.exec(clear, QT_TRANSLATE_NOOP("Database", "clearing the workflow's groups")); !s)
        return s;
    for (qint64 groupId : groupIds) {
        QSqlQuery& q = m_db.prepared(QStringLiteral(
            "INSERT INTO workflow_groups (workflow_id, group_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        q.addBindValue(workflowId);
        q.addBindValue(groupId);
        if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "adding a group to the workflow")); !s)
            return s;
    }
    return {};
}

// The names are unique (a UNIQUE index): a write that breaks it says so in words.
Result<Workflow> WorkflowRepository::create(const QString& name, const QList<qint64>& groupIds, KeyType type,
                                            const WorkflowSettings& settings)
{
    using R = Result<Workflow>;
    Transaction tx(m_db);
    if (!tx.status())
        return R::failure(tx.status().cause());
    const qint64 now = m_clock.nowMs();
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("INSERT INTO workflows (name, key_type, key_settings, enabled, "
                                     "created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)"));
    q.addBindValue(name.trimmed());
    q.addBindValue(keyTypeName(type));
    q.addBindValue(settingsText(settings));
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "adding the workflow")); !s)
        return R::failure(s.cause());
    return finishChange(
        q.lastInsertId().toLongLong(), name.trimmed(), groupIds, QStringLiteral("workflow.create"),
        {{QStringLiteral("key_type"), keyTypeName(type)}, {QStringLiteral("settings"), settings.toJson()}},
        tx);
}

Result<Workflow> WorkflowRepository::update(qint64 id, const QString& name, const QList<qint64>& groupIds,
                                            const WorkflowSettings& settings)
{
    using R = Result<Workflow>;
    Transaction tx(m_db);
    if (!tx.status())
        return R::failure(tx.status().cause());
    auto current = findById(id);
    if (!current)
        return R::failure(current.cause());
    if (!current.value())
        return R::failure(Text::tr("no workflow %1").arg(id));
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE workflows SET name = ?, key_settings = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(name.trimmed());
    q.addBindValue(settingsText(settings));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "changing the workflow")); !s)
        return R::failure(s.cause());
    return finishChange(id, name.trimmed(), groupIds, QStringLiteral("workflow.update"),
                        {{QStringLiteral("settings"), settings.toJson()},
                         {QStringLiteral("previous_name"), current.value()->name}},
                        tx);
}

Result<Workflow> WorkflowRepository::finishChange(qint64 id, const QString& name,
                                                  const QList<qint64>& groupIds, const QString& action,
                                                  QJsonObject details, Transaction& tx)
{
    using R = Result<Workflow>;
    if (Status s = writeGroups(id, groupIds); !s)
        return R::failure(s.cause());
    QJsonArray groups;
    for (qint64 g : groupIds)
        groups.append(g);
    details.insert(QStringLiteral("groups"), groups);
    if (Status s = m_audit.append(action, QStringLiteral("workflow"), id, name, details); !s)
        return R::failure(s.cause());
    auto saved = findById(id);
    if (!saved || !saved.value())
        return R::failure(saved ? Text::tr("the workflow vanished") : saved.cause());
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return *saved.value();
}

Status WorkflowRepository::setEnabled(qint64 id, bool enabled)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto current = findById(id);
    if (!current)
        return Status::from(current);
    if (!current.value())
        return Status::failure(Text::tr("no workflow %1").arg(id));
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("UPDATE workflows SET enabled = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(enabled ? 1 : 0);
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "enabling the workflow")); !s)
        return s;
    if (Status s =
            m_audit.append(enabled ? QStringLiteral("workflow.enable") : QStringLiteral("workflow.disable"),
                           QStringLiteral("workflow"), id, current.value()->name);
        !s)
        return s;
    return tx.commit();
}

Status WorkflowRepository::deleteWorkflow(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM workflows WHERE id = ?"));
    q.addBindValue(id);
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "deleting the workflow"));
}

Result<QList<Workflow>> WorkflowRepository::query(const QString& where, const QVariantList& values)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + workflowColumns(m_db) +
                                 QStringLiteral(" FROM workflows w WHERE ") + where +
                                 QStringLiteral(" ORDER BY w.name"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    return m_db.readAll<Workflow>(q, QT_TRANSLATE_NOOP("Database", "reading workflows"),
                                  [&](const QSqlQuery& row) { return readWorkflow(row); });
}

Result<std::optional<Workflow>> WorkflowRepository::findById(qint64 id)
{
    auto found = query(QStringLiteral("w.id = ?"), {id});
    if (!found)
        return Result<std::optional<Workflow>>::failure(found.cause());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<Workflow> WorkflowRepository::resolve(const QString& idOrName)
{
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    auto found =
        isNumber ? query(QStringLiteral("w.id = ?"), {id}) : query(QStringLiteral("w.name = ?"), {idOrName});
    if (!found)
        return Result<Workflow>::failure(found.cause());
    if (found->isEmpty())
        return Result<Workflow>::failure(Text::tr("no workflow '%1'").arg(idOrName));
    return found->first();
}

Result<QList<Workflow>> WorkflowRepository::enabledWorkflows()
{
    return query(QStringLiteral("w.enabled = 1"), {});
}

Result<QList<WorkflowListRow>> WorkflowRepository::listWithLastRuns()
{
    using R = Result<QList<WorkflowListRow>>;
    auto workflows = query(QStringLiteral("TRUE"), {});
    if (!workflows)
        return R::failure(workflows.cause());
    QList<WorkflowListRow> rows;
    for (const Workflow& w : workflows.value()) {
        WorkflowListRow row;
        row.workflow = w;
        auto recent = runs(w.id, 1);
        if (!recent)
            return R::failure(recent.cause());
        if (!recent->isEmpty())
            row.lastRun = recent->first();
        rows << row;
    }
    return rows;
}

Result<QList<WorkflowListRow>> WorkflowRepository::list()
{
    using R = Result<QList<WorkflowListRow>>;
    auto listed = listWithLastRuns();
    if (!listed)
        return listed;
    QList<WorkflowListRow> rows = std::move(listed).value();
    for (WorkflowListRow& row : rows) {
        const Workflow& w = row.workflow;
        // The users in scope by where they stand, whoever gave them their key: the three add up.
        const bool all = w.groupIds.isEmpty();
        QSqlQuery& q = m_db.prepared(
            QStringLiteral(
                "SELECT count(*) FILTER (WHERE state = 2) AS active, count(*) FILTER (WHERE state = 1) AS "
                "pending, count(*) FILTER (WHERE state = 0) AS without_key FROM (SELECT (SELECT max(CASE "
                "WHEN k.status IN "
                "('active', 'suspended') THEN 2 WHEN k.status = 'pending' THEN 1 ELSE 0 END) FROM "
                "security_keys k WHERE k.user_id = u.id AND k.type = ?) AS state FROM users u WHERE "
                "u.enabled = 1 AND ") +
            workflowScopeSql(all) + QStringLiteral(") AS states"));
        q.addBindValue(keyTypeName(w.keyType));
        if (!all)
            q.addBindValue(w.id);
        if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "counting the workflow's users")); !s)
            return R::failure(s.cause());
        if (q.next()) {
            row.active = q.value(QStringLiteral("active")).toLongLong();
            row.pending = q.value(QStringLiteral("pending")).toLongLong();
            row.withoutKey = q.value(QStringLiteral("without_key")).toLongLong();
        }
        q.finish();
    }
    return rows;
}

Result<WorkflowRepository::Preview> WorkflowRepository::preview(const QList<qint64>& groupIds, KeyType type,
                                                                qint64 workflowId)
{
    using R = Result<Preview>;
    QString scope = QStringLiteral("TRUE");
    QVariantList values;
    if (!groupIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : groupIds) {
            marks << QStringLiteral("?");
            values << id;
        }
        scope = QStringLiteral(
                    "EXISTS (SELECT 1 FROM group_members gm WHERE gm.user_id = u.id AND gm.group_id IN (%1))")
                    .arg(marks.join(u','));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT count(*) AS in_scope, count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM "
                       "security_keys k WHERE k.user_id = "
                       "u.id AND k.type = ? AND (k.status IN ('active', 'suspended', 'pending') OR "
                       "(k.workflow_id = ? AND "
                       "k.status = 'expired')))) AS would_email FROM users u WHERE u.enabled = 1 AND ") +
        scope);
    q.addBindValue(keyTypeName(type));
    q.addBindValue(workflowId);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "counting the users in scope")); !s)
        return R::failure(s.cause());
    Preview p;
    if (q.next()) {
        p.inScope = q.value(QStringLiteral("in_scope")).toLongLong();
        p.wouldEmail = q.value(QStringLiteral("would_email")).toLongLong();
    }
    return p;
}

Result<QList<WorkflowRun>> WorkflowRepository::runs(qint64 workflowId, int limit)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT ") + kRunColumns +
                      QStringLiteral(" FROM workflow_runs WHERE workflow_id = ? ORDER BY id DESC LIMIT ?"));
    q.addBindValue(workflowId);
    q.addBindValue(qMax(1, limit));
    return m_db.readAll<WorkflowRun>(q, QT_TRANSLATE_NOOP("Database", "reading the workflow's runs"),
                                     [&](const QSqlQuery& row) { return readRun(row); });
}

Result<std::optional<WorkflowRun>> WorkflowRepository::findRun(qint64 runId)
{
    using R = Result<std::optional<WorkflowRun>>;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kRunColumns +
                                 QStringLiteral(" FROM workflow_runs WHERE id = ?"));
    q.addBindValue(runId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the run")); !s)
        return R::failure(s.cause());
    std::optional<WorkflowRun> run;
    if (q.next())
        run = readRun(q);
    q.finish();
    return run;
}

Result<QList<RunOutcomeRow>> WorkflowRepository::outcomes(qint64 runId, std::optional<RunOutcome> outcome,
                                                          int offset, int limit)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT o.user_id, u.display_name, u.email, o.outcome FROM "
                       "workflow_run_users o JOIN users u ON u.id = o.user_id "
                       "WHERE o.run_id = ? AND (CAST(? AS TEXT) IS NULL OR o.outcome = ?) ORDER "
                       "BY o.outcome, u.display_name, u.id LIMIT ? OFFSET ?"));
    const QVariant filter =
        outcome ? QVariant(runOutcomeName(*outcome)) : QVariant(QMetaType(QMetaType::QString));
    q.addBindValue(runId);
    q.addBindValue(filter);
    q.addBindValue(filter);
    q.addBindValue(qMax(1, limit));
    q.addBindValue(qMax(0, offset));
    return m_db.readAll<RunOutcomeRow>(
        q, QT_TRANSLATE_NOOP("Database", "reading the run's outcomes"), [&](const QSqlQuery& row) {
            return RunOutcomeRow{row.value(QStringLiteral("user_id")).toLongLong(),
                                 row.value(QStringLiteral("display_name")).toString(),
                                 row.value(QStringLiteral("email")).toString(),
                                 runOutcomeFromName(row.value(QStringLiteral("outcome")).toString())
                                     .value_or(RunOutcome::Assigned)};
        });
}

Result<qint64> WorkflowRepository::beginRun(qint64 workflowId, RunTrigger trigger)
{
    using R = Result<qint64>;
    const qint64 now = m_clock.nowMs();
    Transaction tx(m_db);
    if (!tx.status())
        return R::failure(tx.status().cause());
    QSqlQuery& stale = m_db.prepared(
        QStringLiteral("UPDATE workflow_runs SET status = 'failed', finished_at = ") +
        m_db.greatest(QStringLiteral("started_at"), QStringLiteral("?")) +
        QStringLiteral(", error = 'interrupted: the process running it stopped' WHERE workflow_id = ? AND "
                       "status = 'running' AND coalesce(heartbeat_at, started_at) < ?"));
    stale.addBindValue(now);
    stale.addBindValue(workflowId);
    stale.addBindValue(now - kHeartbeatTimeoutMs);
    if (Status s = m_db.exec(stale, QT_TRANSLATE_NOOP("Database", "closing interrupted runs")); !s)
        return R::failure(s.cause());
    QSqlQuery& q = m_db.prepared(QStringLiteral("INSERT INTO workflow_runs (workflow_id, trigger, status, "
                                                "started_at, heartbeat_at) VALUES (?, ?, 'running', ?, ?)"));
    q.addBindValue(workflowId);
    q.addBindValue(runTriggerName(trigger));
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "starting the run")); !s)
        return R::failure(s.cause());
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return id;
}

Status WorkflowRepository::addToRun(qint64 runId, const RunCounts& d)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE workflow_runs SET users_in_scope = users_in_scope + ?, keys_assigned = keys_assigned + ?, "
        "emails_queued = emails_queued + ?, users_skipped = users_skipped + ?, reminders_sent = "
        "reminders_sent + ?, "
        "links_reissued = links_reissued + ?, keys_expired = keys_expired + ?, heartbeat_at = ? WHERE id = "
        "?"));
    for (qint64 v : {d.usersInScope, d.keysAssigned, d.emailsQueued, d.usersSkipped, d.remindersSent,
                     d.linksReissued, d.keysExpired})
        q.addBindValue(v);
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(runId);
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "counting the run's progress"));
}

Status WorkflowRepository::finishRun(qint64 runId, const QString& status, const Error& error)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("UPDATE workflow_runs SET status = ?, finished_at = ") +
                                 m_db.greatest(QStringLiteral("started_at"), QStringLiteral("?")) +
                                 QStringLiteral(", error = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(sqlText(error.toStored()));
    q.addBindValue(runId);
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "finishing the run"));
}

Status WorkflowRepository::recordOutcomes(qint64 runId, const QList<std::pair<qint64, RunOutcome>>& outcomes)
{
    constexpr qsizetype kBatch = 300;
    for (qsizetype start = 0; start < outcomes.size(); start += kBatch) {
        const qsizetype n = std::min(kBatch, outcomes.size() - start);
        QSqlQuery& q = m_db.prepared(
            QStringLiteral("INSERT INTO workflow_run_users (run_id, outcome, user_id) VALUES ") +
            QStringList(n, QStringLiteral("(?, ?, ?)")).join(u',') +
            QStringLiteral(" ON CONFLICT DO NOTHING"));
        for (qsizetype i = start; i < start + n; ++i) {
            q.addBindValue(runId);
            q.addBindValue(runOutcomeName(outcomes[i].second));
            q.addBindValue(outcomes[i].first);
        }
        if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "recording the run's outcomes")); !s)
            return s;
    }
    return {};
}

Result<WorkflowRepository::ScopeBatch>
WorkflowRepository::classifyBatch(const Workflow& workflow, qint64 runId, qint64 afterUserId, int limit)
{
    using R = Result<ScopeBatch>;
    const bool all = workflow.groupIds.isEmpty();
    const QString scope = workflowScopeSql(all);
    const auto bindScope = [&](QSqlQuery& q) {
        if (!all)
            q.addBindValue(workflow.id);
    };
    ScopeBatch batch;

    // The batch's range of users: the next `limit` in scope.
    QSqlQuery& range = m_db.prepared(
        QStringLiteral(
            "SELECT max(id) AS last_id, count(*) FILTER (WHERE enabled = 1) AS in_scope FROM (SELECT u.id, "
            "u.enabled FROM users u "
            "WHERE u.id > ? AND ") +
        scope + QStringLiteral(" ORDER BY u.id LIMIT ?) AS batch"));
    range.addBindValue(afterUserId);
    bindScope(range);
    range.addBindValue(limit);
    if (Status s = m_db.exec(range, QT_TRANSLATE_NOOP("Database", "reading the users in scope")); !s)
        return R::failure(s.cause());
    if (range.next() && !range.value(QStringLiteral("last_id")).isNull()) {
        batch.lastUserId = range.value(QStringLiteral("last_id")).toLongLong();
        batch.inScope = range.value(QStringLiteral("in_scope")).toLongLong();
    }
    range.finish();
    if (batch.lastUserId == 0)
        return batch;

    // Why each user of the range is skipped, or NULL when a key is due: decided in SQL. Disabled
    // users are not in scope (as in the preview), so in scope = assigned + skipped.
    const QString outcome =
        QStringLiteral("CASE WHEN EXISTS (SELECT 1 FROM security_keys k WHERE k.user_id = "
                       "u.id AND k.status IN ('active', 'suspended') AND "
                       "k.type = :type) THEN 'skipped-active' "
                       "WHEN EXISTS (SELECT 1 FROM security_keys k WHERE k.user_id = "
                       "u.id AND k.status = 'pending' AND k.type = :type) "
                       "THEN 'skipped-pending' "
                       "WHEN EXISTS (SELECT 1 FROM security_keys k WHERE k.user_id = "
                       "u.id AND k.status = 'expired' AND k.workflow_id = "
                       ":workflow AND k.status_reason = :gaveup) THEN 'skipped-gave-up' "
                       "WHEN u.email NOT LIKE '%@%' THEN 'skipped-no-email' END");
    QString rangeScope = scope;
    rangeScope.replace(QStringLiteral("workflow_id = ?"), QStringLiteral("workflow_id = :workflow"));
    const QString rangeWhere =
        QStringLiteral("u.id > :after AND u.id <= :last AND u.enabled = 1 AND ") + rangeScope;
    const auto bindRange = [&](QSqlQuery& q) {
        q.bindValue(QStringLiteral(":type"), keyTypeName(workflow.keyType));
        q.bindValue(QStringLiteral(":workflow"), workflow.id);
        q.bindValue(QStringLiteral(":gaveup"), QString::fromLatin1(kGaveUpReason));
        q.bindValue(QStringLiteral(":after"), afterUserId);
        q.bindValue(QStringLiteral(":last"), batch.lastUserId);
    };
    QSqlQuery& skips =
        m_db.prepared(QStringLiteral("INSERT INTO workflow_run_users (run_id, "
                                     "outcome, user_id) SELECT :run, outcome, id FROM "
                                     "(SELECT u.id AS id, ") +
                      outcome + QStringLiteral(" AS outcome FROM users u WHERE ") + rangeWhere +
                      QStringLiteral(") AS ranged WHERE outcome IS NOT NULL ON CONFLICT DO NOTHING"));
    skips.bindValue(QStringLiteral(":run"), runId);
    bindRange(skips);
    if (Status s = m_db.exec(skips, QT_TRANSLATE_NOOP("Database", "recording the skipped users")); !s)
        return R::failure(s.cause());
    batch.skipped = skips.numRowsAffected();

    QSqlQuery& due = m_db.prepared(
        QStringLiteral("SELECT u.id, u.email, u.display_name FROM users u WHERE ") + rangeWhere +
        QStringLiteral(" AND (") + outcome + QStringLiteral(") IS NULL ORDER BY u.id"));
    bindRange(due);
    if (Status s = m_db.exec(due, QT_TRANSLATE_NOOP("Database", "reading the users due a key")); !s)
        return R::failure(s.cause());
    const Columns columns(due);
    const int idAt = columns("id"), emailAt = columns("email"), nameAt = columns("display_name");
    while (due.next()) {
        const qint64 id = due.value(idAt).toLongLong();
        batch.toAssign.append({id, due.value(emailAt).toString()});
        batch.names.insert(id, due.value(nameAt).toString());
    }
    due.finish();
    return batch;
}

Result<QList<WorkflowRepository::FollowUp>>
WorkflowRepository::followUps(qint64 workflowId, qint64 remindBeforeMs, qint64 afterActivationId, int limit)
{
    using R = Result<QList<FollowUp>>;
    const qint64 now = m_clock.nowMs();
    // Two index range scans (activations_live by expiry, activations_unreminded by age), joined
    // to this workflow's waiting keys.
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT k.id AS key_id, k.user_id AS user_id, u.email AS email, u.display_name AS display_name, "
        "a.id AS activation_id, a.created_at AS created_at, a.expires_at AS expires_at, a.reminder AS "
        "reminder, "
        "a.reissue_count AS reissue_count, a.expires_at > ? AS live "
        "FROM activations a JOIN security_keys k ON k.id = a.key_id JOIN users u ON u.id = k.user_id "
        "WHERE a.id IN (SELECT id FROM activations WHERE used_at IS NULL AND superseded_by IS NULL AND "
        "expires_at <= ? "
        "UNION SELECT id FROM activations WHERE used_at IS NULL AND superseded_by IS NULL AND reminder = 0 "
        "AND "
        "created_at <= ?) AND a.id > ? AND k.workflow_id = ? AND k.status IN ('pending', 'expired') AND "
        "k.status_reason <> ? AND u.enabled = 1 ORDER BY a.id LIMIT ?"));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(remindBeforeMs);
    q.addBindValue(afterActivationId);
    q.addBindValue(workflowId);
    q.addBindValue(QString::fromLatin1(kGaveUpReason));
    q.addBindValue(limit);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the workflow's pending keys")); !s)
        return R::failure(s.cause());
    QList<FollowUp> rows;
    const Columns c(q);
    while (q.next()) {
        FollowUp f;
        f.keyId = q.value(c("key_id")).toLongLong();
        f.userId = q.value(c("user_id")).toLongLong();
        f.email = q.value(c("email")).toString();
        f.displayName = q.value(c("display_name")).toString();
        f.activationId = q.value(c("activation_id")).toLongLong();
        f.activationCreatedAtMs = q.value(c("created_at")).toLongLong();
        f.expiresAtMs = q.value(c("expires_at")).toLongLong();
        f.reminder = q.value(c("reminder")).toBool();
        f.reissueCount = q.value(c("reissue_count")).toInt();
        f.live = q.value(c("live")).toBool();
        rows << f;
    }
    q.finish();
    return rows;
}

} // namespace keydesk
