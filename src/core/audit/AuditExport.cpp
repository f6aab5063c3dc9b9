// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AuditExport.h"

#include "core/CsvCell.h"
#include "core/domain/DirectoryJson.h"
#include "core/domain/OperatorJson.h"

#include <QJsonDocument>

namespace keydesk {

QString auditExportFormatName(AuditExportFormat format)
{
    switch (format) {
    case AuditExportFormat::Csv:
        return QStringLiteral("csv");
    case AuditExportFormat::JsonLines:
        return QStringLiteral("jsonl");
    case AuditExportFormat::Json:
        break;
    }
    return QStringLiteral("json");
}

std::optional<AuditExportFormat> auditExportFormatFromName(const QString& name)
{
    if (name == QLatin1String("csv"))
        return AuditExportFormat::Csv;
    if (name == QLatin1String("jsonl"))
        return AuditExportFormat::JsonLines;
    if (name == QLatin1String("json"))
        return AuditExportFormat::Json;
    return std::nullopt;
}

QByteArray auditExportContentType(AuditExportFormat format)
{
    switch (format) {
    case AuditExportFormat::Csv:
        return QByteArrayLiteral("text/csv; charset=utf-8");
    case AuditExportFormat::JsonLines:
        return QByteArrayLiteral("application/x-ndjson");
    case AuditExportFormat::Json:
        break;
    }
    return QByteArrayLiteral("application/json");
}

QByteArray auditExportHead(AuditExportFormat format)
{
    return format == AuditExportFormat::Csv
               ? QByteArrayLiteral("id,at,actor,actor_user_id,actor_credential,action,target_type,target_id,"
                                   "target,details\r\n")
           : format == AuditExportFormat::Json ? QByteArrayLiteral("[\n")
                                               : QByteArray();
}

QByteArray auditExportRows(AuditExportFormat format, const QList<AuditEvent>& events)
{
    QByteArray out;
    for (const AuditEvent& e : events) {
        if (format == AuditExportFormat::JsonLines) {
            out += QJsonDocument(auditJson(e)).toJson(QJsonDocument::Compact) + '\n';
            continue;
        }
        if (format == AuditExportFormat::Json) {
            out += QJsonDocument(auditJson(e)).toJson(QJsonDocument::Compact) + ",\n";
            continue;
        }
        const QByteArray details =
            QJsonDocument(auditDetailsWithTimes(e.details, &jsonTime)).toJson(QJsonDocument::Compact);
        out += QByteArray::number(e.id) + ',' + csvCell(jsonTime(e.atMs)) + ',' + csvCell(e.actor) + ',' +
               (e.actorUserId > 0 ? QByteArray::number(e.actorUserId) : QByteArray()) + ',' +
               csvCell(e.actorCredential) + ',' + csvCell(e.action) + ',' + csvCell(e.targetType) + ',' +
               QByteArray::number(e.targetId) + ',' + csvCell(e.targetLabel) + ',' +
               csvCell(QString::fromUtf8(details)) + "\r\n";
    }
    return out;
}

void auditExportEnd(AuditExportFormat format, QByteArray& file)
{
    if (format != AuditExportFormat::Json)
        return;
    if (file.endsWith(",\n"))
        file.chop(2);
    file += "\n]\n";
}

} // namespace keydesk
