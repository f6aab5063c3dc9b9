// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AuditEvent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace keydesk {

bool isAuditTimeDetail(const QString& key, const QJsonValue& value)
{
    return value.isDouble() && (key.endsWith(QLatin1String("_at")) || key.endsWith(QLatin1String("At")));
}

QJsonObject auditDetailsWithTimes(const QJsonObject& details,
                                  const std::function<QString(qint64)>& formatTime)
{
    QJsonObject out = details;
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (isAuditTimeDetail(it.key(), it.value()))
            it.value() = formatTime(it.value().toInteger());
    }
    return out;
}

static QString describeValue(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        // Whole numbers (counts, ids) print in full, never as 1.5e+06.
        const double number = value.toVariant().value<double>();
        const qint64 whole = qint64(number);
        return double(whole) == number ? QString::number(whole) : QString::number(number);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

QString describeAuditDetails(const QJsonObject& details, const std::function<QString(qint64)>& formatTime)
{
    QStringList parts;
    const QJsonObject changes = details.value(QStringLiteral("changes")).toObject();
    if (!changes.isEmpty()) {
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const QJsonObject change = it.value().toObject();
            parts << QStringLiteral("%1: %2 → %3")
                         .arg(it.key(), describeValue(change.value(QStringLiteral("from"))),
                              describeValue(change.value(QStringLiteral("to"))));
        }
        return parts.join(QStringLiteral("; "));
    }
    const QJsonObject readable = auditDetailsWithTimes(details, formatTime);
    for (auto it = readable.begin(); it != readable.end(); ++it)
        parts << it.key() + QStringLiteral(": ") + describeValue(it.value());
    return parts.join(QStringLiteral("; "));
}

} // namespace keydesk
