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
    return format == AuditExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl");
}

std::optional<AuditExportFormat> auditExportFormatFromName(const QString& name)
{
    if (name == QLatin1String("csv"))
        return AuditExportFormat::Csv;
    if (name == QLatin1String("jsonl"))
        return AuditExportFormat::JsonLines;
    return std::nullopt;
}

QByteArray auditExportContentType(AuditExportFormat format)
{
    return format == AuditExportFormat::Csv ? QByteArrayLiteral("text/csv; charset=utf-8")
                                            : QByteArrayLiteral("application/x-ndjson");
}

QByteArray auditExportHead(AuditExportFormat format)
{
    return format == AuditExportFormat::Csv
               ? QByteArrayLiteral("id,at,actor,actor_user_id,actor_credential,action,target_type,target_id,"
                                   "target,details\r\n")
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

} // namespace keydesk
