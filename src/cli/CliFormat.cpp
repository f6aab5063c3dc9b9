#include "CliFormat.h"

#include "CliContext.h"

#include <QDateTime>

namespace keydesk::cli {

QString formatTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString keySummaryText(const KeySummary& keys)
{
    QStringList parts;
    if (keys.active > 0)
        parts << QStringLiteral("%1 active").arg(keys.active);
    if (keys.pending > 0)
        parts << QStringLiteral("%1 pending").arg(keys.pending);
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

QJsonObject userJson(const User& user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("upn"), user.upn},
            {QStringLiteral("department"), user.department},
            {QStringLiteral("enabled"), user.enabled},
            {QStringLiteral("source"), userSourceName(user.source)},
            {QStringLiteral("created_at"), isoTime(user.createdAtMs)},
            {QStringLiteral("updated_at"), isoTime(user.updatedAtMs)}};
}

QJsonObject groupJson(const Group& group)
{
    return {{QStringLiteral("id"), group.id},
            {QStringLiteral("name"), group.name},
            {QStringLiteral("description"), group.description},
            {QStringLiteral("members"), group.memberCount},
            {QStringLiteral("created_at"), isoTime(group.createdAtMs)}};
}

QJsonObject auditJson(const AuditEvent& event)
{
    return {{QStringLiteral("id"), event.id},
            {QStringLiteral("at"), isoTime(event.atMs)},
            {QStringLiteral("actor"), event.actor},
            {QStringLiteral("action"), event.action},
            {QStringLiteral("target_type"), event.targetType},
            {QStringLiteral("target_id"), event.targetId},
            {QStringLiteral("target"), event.targetLabel},
            {QStringLiteral("details"), event.details}};
}

qint64 parseCount(const QString& text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

int usageError(CliContext& context, const QString& message)
{
    context.err() << "keydesk-cli: " << message << '\n';
    return ExitUsage;
}

} // namespace keydesk::cli
