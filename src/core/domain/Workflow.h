// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "SecurityKey.h"
#include "base/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace keydesk {

// The status reason of a workflow's key whose last re-issued link expired too: the workflow
// leaves that user alone from then on (an operator can still re-issue by hand).
inline constexpr char kGaveUpReason[] = "activation expired after the last re-issue";

// A Security Key Device Assignment's key settings: the key's own, plus how the workflow follows
// up on activations nobody completes. The defaults are the recommended ones.
struct WorkflowSettings
{
    static constexpr int kMaxReminderDays = 60;
    static constexpr int kMaxReissues = 10;

    KeySettings key;
    int reminderDays = 3; // 0: no reminders
    int maxReissues = 2;  // expired links re-issued at most this often, then the key gives up

    QJsonObject toJson() const;
    static std::optional<WorkflowSettings> fromJson(const QJsonObject& json, Error* error);
};

struct Workflow
{
    qint64 id = 0;
    QString name;
    QList<qint64> groupIds; // empty: all users
    QStringList groupNames;
    KeyType keyType = KeyType::Smartphone;
    WorkflowSettings settings;
    bool enabled = true;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

enum class RunTrigger
{
    Submit,
    ScopeChange,
    Timer,
    Manual,
};
QString runTriggerName(RunTrigger trigger);

// What a run did to one user, as the drill-down shows it.
enum class RunOutcome
{
    Assigned,        // a pending key and an activation email
    SkippedActive,   // has an active key of the type
    SkippedPending,  // has a pending key of the type
    SkippedDisabled, // the user is disabled
    SkippedNoEmail,  // no usable email address
    SkippedGaveUp,   // this workflow's key expired after its last re-issue
    Reminded,        // a reminder with a fresh link for the same deadline
    Reissued,        // an expired link re-issued
    Expired,         // the last re-issue ran out: the key gave up
};
QString runOutcomeName(RunOutcome outcome);
std::optional<RunOutcome> runOutcomeFromName(const QString& name);
QString runOutcomeDisplayName(RunOutcome outcome);

// What a run did, in numbers; a batch adds its own to the run's.
struct WorkflowRunCounts
{
    qint64 usersInScope = 0;
    qint64 keysAssigned = 0;
    qint64 emailsQueued = 0;
    qint64 usersSkipped = 0;
    qint64 remindersSent = 0;
    qint64 linksReissued = 0;
    qint64 keysExpired = 0;
};

struct WorkflowRun : WorkflowRunCounts
{
    qint64 id = 0;
    qint64 workflowId = 0;
    QString trigger;
    QString status; // running, completed, failed, cancelled
    qint64 startedAtMs = 0;
    std::optional<qint64> finishedAtMs;
    Error error; // stored as code and arguments, read in the reader's language
};

// A workflow as the list shows it.
struct WorkflowListRow
{
    Workflow workflow;
    std::optional<WorkflowRun> lastRun;
    // The enabled users in scope by their key of the workflow's type, made by this workflow or
    // not: active (or suspended) + pending + without one = in scope.
    qint64 active = 0;
    qint64 pending = 0;
    qint64 withoutKey = 0; // none yet, or only expired or revoked ones
    qint64 inScope() const { return active + pending + withoutKey; }
};

struct RunOutcomeRow
{
    qint64 userId = 0;
    QString displayName;
    QString email;
    RunOutcome outcome = RunOutcome::Assigned;
};

// Users in scope right now (enabled, in the groups or all), and how many of them a run would
// email (no active or pending key of the type, not given up).
struct WorkflowPreview
{
    qint64 inScope = 0;
    qint64 wouldEmail = 0;
};

} // namespace keydesk
