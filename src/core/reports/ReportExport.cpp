// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ReportExport.h"

#include "core/CsvCell.h"
#include "core/activation/AuthenticatorNames.h"
#include "core/domain/OperatorJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keydesk {

namespace {

QJsonObject countsJson(const EnrollmentCounts& c)
{
    QJsonObject o{{QStringLiteral("enabledUsers"), c.total()}};
    for (Enrollment e : kEnrollments)
        o.insert(enrollmentName(e), c.of(e));
    return o;
}

QByteArray countsCsv(const QString& scope, const QString& group, const EnrollmentCounts& c)
{
    QByteArray line = csvCell(scope) + ',' + csvCell(group) + ',' + QByteArray::number(c.total());
    for (Enrollment e : kEnrollments)
        line += ',' + QByteArray::number(c.of(e));
    return line + "\r\n";
}

QJsonValue time(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(jsonTime(*ms)) : QJsonValue();
}

} // namespace

std::optional<ReportFormat> reportFormatFromName(const QString& name)
{
    if (name == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (name == QLatin1String("json"))
        return ReportFormat::Json;
    return std::nullopt;
}

Result<EnrollmentReport> readEnrollmentReport(OverviewService& overview, qint64 asOfMs,
                                              const QList<qint64>& onlyGroups)
{
    using R = Result<EnrollmentReport>;
    EnrollmentReport report;
    report.asOfMs = asOfMs;
    auto overall = overview.enrollment();
    if (!overall)
        return R::failure(overall.cause());
    auto disabled = overview.disabledUsers();
    if (!disabled)
        return R::failure(disabled.cause());
    auto groups = overview.groupEnrollment(onlyGroups);
    if (!groups)
        return R::failure(groups.cause());
    report.overall = overall.value();
    report.disabledUsers = disabled.value();
    report.groups = groups.value();
    return report;
}

QByteArray enrollmentReportFile(const EnrollmentReport& report, ReportFormat format)
{
    if (format == ReportFormat::Csv) {
        QByteArray out = "scope,group,enabled_users,active,pending,withdrawn,none\r\n";
        out += countsCsv(QStringLiteral("all"), QString(), report.overall);
        for (const GroupEnrollment& g : report.groups)
            out += countsCsv(QStringLiteral("group"), g.name, g.counts);
        return out;
    }
    QJsonArray groups;
    for (const GroupEnrollment& g : report.groups) {
        QJsonObject o = countsJson(g.counts);
        o.insert(QStringLiteral("group"), g.name);
        o.insert(QStringLiteral("groupId"), g.groupId);
        groups.append(o);
    }
    const QJsonObject doc{{QStringLiteral("report"), QStringLiteral("enrollment")},
                          {QStringLiteral("asOf"), jsonTime(report.asOfMs)},
                          {QStringLiteral("all"), countsJson(report.overall)},
                          {QStringLiteral("disabledUsers"), report.disabledUsers},
                          {QStringLiteral("groups"), groups}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QByteArray keyReportFile(const QString& kind, qint64 asOfMs, const QList<KeyListRow>& rows,
                         ReportFormat format)
{
    if (format == ReportFormat::Csv) {
        QByteArray out =
            "key_id,user,email,type,status,aaguid,created_at,activated_at,last_used_at,last_verified_at,"
            "activation_method,activation_expires_at\r\n";
        const auto cell = [](const std::optional<qint64>& ms) {
            return ms ? csvCell(jsonTime(*ms)) : QByteArray();
        };
        for (const KeyListRow& r : rows) {
            const SecurityKey& k = r.key;
            const std::optional<Activation>& a = r.latestActivation;
            out += QByteArray::number(k.id) + ',' + csvCell(r.userName) + ',' + csvCell(r.userEmail) + ',' +
                   csvCell(keyTypeName(k.type)) + ',' + csvCell(keyStatusName(k.status)) + ',' +
                   csvCell(k.aaguid.isEmpty() ? QString() : formatAaguid(k.aaguid)) + ',' +
                   cell(k.createdAtMs) + ',' + cell(k.activatedAtMs) + ',' + cell(k.lastUsedAtMs) + ',' +
                   cell(k.lastVerifiedAtMs) + ',' +
                   (a ? csvCell(activationMethodName(a->method)) : QByteArray()) + ',' +
                   (a ? cell(a->expiresAtMs) : QByteArray()) + "\r\n";
        }
        return out;
    }
    QJsonArray keys;
    for (const KeyListRow& r : rows) {
        const SecurityKey& k = r.key;
        QJsonObject o{{QStringLiteral("keyId"), k.id},
                      {QStringLiteral("user"), r.userName},
                      {QStringLiteral("email"), r.userEmail},
                      {QStringLiteral("type"), keyTypeName(k.type)},
                      {QStringLiteral("status"), keyStatusName(k.status)},
                      {QStringLiteral("aaguid"),
                       k.aaguid.isEmpty() ? QJsonValue() : QJsonValue(formatAaguid(k.aaguid))},
                      {QStringLiteral("createdAt"), jsonTime(k.createdAtMs)},
                      {QStringLiteral("activatedAt"), time(k.activatedAtMs)},
                      {QStringLiteral("lastUsedAt"), time(k.lastUsedAtMs)},
                      {QStringLiteral("lastVerifiedAt"), time(k.lastVerifiedAtMs)}};
        if (r.latestActivation)
            o.insert(QStringLiteral("activation"),
                     QJsonObject{{QStringLiteral("method"), activationMethodName(r.latestActivation->method)},
                                 {QStringLiteral("expiresAt"), jsonTime(r.latestActivation->expiresAtMs)}});
        keys.append(o);
    }
    const QJsonObject doc{{QStringLiteral("report"), kind},
                          {QStringLiteral("asOf"), jsonTime(asOfMs)},
                          {QStringLiteral("count"), rows.size()},
                          {QStringLiteral("keys"), keys}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

} // namespace keydesk
