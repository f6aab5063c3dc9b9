// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/domain/AuditEvent.h"
#include "core/domain/DirectoryJson.h"
#include "core/domain/Group.h"
#include "core/domain/User.h"
#include "core/domain/WindowsLogon.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

namespace keydesk::cli {

// How the CLI spells KeyDesk objects, for people (tables) and for scripts (JSON).
QString formatTime(qint64 ms); // local "yyyy-MM-dd HH:mm:ss"
QString isoTime(qint64 ms);    // UTC ISO 8601 with milliseconds
QString keySummaryText(const KeySummary& keys);
// "1 key", "3 keys": a count with its noun in the right number (English output).
QString countText(qint64 n, const char* singular, const char* plural);
// A time left or taken, the way people say it: "6 d 23 h", "2 h 5 min", "14 min", "40 s".
QString durationText(qint64 ms);

// Parses a non-negative integer option; returns -1 when the text is not one.
qint64 parseCount(const QString& text);

// Writes the QR code of `link` as PNG or SVG, by the file's name.
Status writeQr(const QString& path, const QString& link);

// --output FILE of the commands that write files (reports, audit export).
const QCommandLineOption& outputOption();
// Writes `file` to --output, readable by its owner only (what these files hold names people),
// or to stdout when it is not set; returns the exit code.
int writeOutput(class CliContext& context, const QCommandLineParser& parser, const QByteArray& file);

// Prints "keydesk-cli: <message>" and returns ExitUsage.
int usageError(class CliContext& context, const QString& message);

} // namespace keydesk::cli
