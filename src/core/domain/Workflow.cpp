// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Workflow.h"

#include <QCoreApplication>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(Workflow)
};

} // namespace

namespace keydesk {

namespace {

struct OutcomeName
{
    RunOutcome outcome;
    const char* name;
    const char* display;
};

constexpr OutcomeName kOutcomes[] = {
    {RunOutcome::Assigned, "assigned", QT_TRANSLATE_NOOP("RunOutcome", "Key assigned, email queued")},
    {RunOutcome::SkippedActive, "skipped-active",
     QT_TRANSLATE_NOOP("RunOutcome", "Skipped: already has an active key")},
    {RunOutcome::SkippedPending, "skipped-pending",
     QT_TRANSLATE_NOOP("RunOutcome", "Skipped: activation already pending")},
    {RunOutcome::SkippedDisabled, "skipped-disabled",
     QT_TRANSLATE_NOOP("RunOutcome", "Skipped: user disabled")},
    {RunOutcome::SkippedNoEmail, "skipped-no-email",
     QT_TRANSLATE_NOOP("RunOutcome", "Skipped: no email address")},
    {RunOutcome::SkippedGaveUp, "skipped-gave-up",
     QT_TRANSLATE_NOOP("RunOutcome", "Skipped: activation expired after the last re-issue")},
    {RunOutcome::Reminded, "reminded", QT_TRANSLATE_NOOP("RunOutcome", "Reminder sent")},
    {RunOutcome::Reissued, "reissued", QT_TRANSLATE_NOOP("RunOutcome", "Expired link re-issued")},
    {RunOutcome::Expired, "expired",
     QT_TRANSLATE_NOOP("RunOutcome", "Activation expired — no re-issues left")},
};

} // namespace

QString runTriggerName(RunTrigger trigger)
{
    switch (trigger) {
    case RunTrigger::Submit:
        return QStringLiteral("submit");
    case RunTrigger::ScopeChange:
        return QStringLiteral("scope-change");
    case RunTrigger::Timer:
        return QStringLiteral("timer");
    case RunTrigger::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

QString runOutcomeName(RunOutcome outcome)
{
    for (const OutcomeName& o : kOutcomes) {
        if (o.outcome == outcome)
            return QString::fromLatin1(o.name);
    }
    return {};
}

std::optional<RunOutcome> runOutcomeFromName(const QString& name)
{
    for (const OutcomeName& o : kOutcomes) {
        if (name == QLatin1String(o.name))
            return o.outcome;
    }
    return std::nullopt;
}

QString runOutcomeDisplayName(RunOutcome outcome)
{
    for (const OutcomeName& o : kOutcomes) {
        if (o.outcome == outcome)
            return QCoreApplication::translate("RunOutcome", o.display);
    }
    return {};
}

QJsonObject WorkflowSettings::toJson() const
{
    QJsonObject json = key.toJson();
    json.insert(QStringLiteral("reminderDays"), reminderDays);
    json.insert(QStringLiteral("maxReissues"), maxReissues);
    return json;
}

std::optional<WorkflowSettings> WorkflowSettings::fromJson(const QJsonObject& json, Error* error)
{
    WorkflowSettings settings;
    QJsonObject keyPart = json;
    for (const auto& [member, target, max] :
         {std::tuple{QStringLiteral("reminderDays"), &settings.reminderDays, kMaxReminderDays},
          std::tuple{QStringLiteral("maxReissues"), &settings.maxReissues, kMaxReissues}}) {
        if (!json.contains(member))
            continue;
        const double value = json.value(member).toDouble(-1);
        if (!json.value(member).isDouble() || value != double(int(value)) || value < 0 || value > max) {
            *error = Text::tr("%1 must be a whole number from 0 to %2").arg(member).arg(max);
            return std::nullopt;
        }
        *target = int(value);
        keyPart.remove(member);
    }
    const auto key = KeySettings::fromJson(keyPart, error);
    if (!key)
        return std::nullopt;
    settings.key = *key;
    return settings;
}

} // namespace keydesk
