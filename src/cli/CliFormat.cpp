// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliFormat.h"

#include "CliContext.h"

#include "core/PrivateFile.h"
#include "core/domain/OperatorJson.h"
#include "core/qr/QrCode.h"

#include <QDateTime>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>

namespace keydesk::cli {

QString formatTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString isoTime(qint64 ms)
{
    return jsonTime(ms);
}

QString countText(qint64 n, const char* singular, const char* plural)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? singular : plural));
}

QString durationText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    if (seconds >= 86400)
        return QStringLiteral("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
    if (seconds >= 3600)
        return QStringLiteral("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    if (seconds >= 60)
        return QStringLiteral("%1 min").arg(seconds / 60);
    return QStringLiteral("%1 s").arg(seconds);
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

Status writeQr(const QString& path, const QString& link)
{
    auto qr = QrCode::encode(link);
    if (!qr)
        return Status::failure(qr.cause());
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        bytes = qr->toPng(10);
    else if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        bytes = qr->toSvg(10);
    else
        return Status::failure(
            Error::text(QStringLiteral("--qr needs a file ending in .png or .svg, not '%1'").arg(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(
            Error::text(QStringLiteral("cannot write '%1': %2").arg(path, file.errorString())));
    return {};
}

const QCommandLineOption& outputOption()
{
    static const QCommandLineOption option(
        QStringLiteral("output"),
        QStringLiteral("Write to this file (readable by you only) instead of stdout."),
        QStringLiteral("file"));
    return option;
}

int writeOutput(CliContext& context, const QCommandLineParser& parser, const QByteArray& file)
{
    if (!parser.isSet(outputOption())) {
        context.out().flush();
        std::fwrite(file.constData(), 1, size_t(file.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    const QString path = parser.value(outputOption());
    if (Status s = writePrivateFile(path, file); !s)
        return context.fail(s.error());
    context.err() << "wrote " << path << '\n';
    return ExitOk;
}

} // namespace keydesk::cli
