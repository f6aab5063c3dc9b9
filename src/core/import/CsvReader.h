// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace keydesk {

struct CsvRecord
{
    int line = 0; // where the record starts, 1-based
    QStringList fields;
};

struct CsvDocument
{
    QList<CsvRecord> records;
    QList<Error> errors; // "line N: ..." sentences; empty when the file parsed
};

// RFC 4180 CSV from bytes: UTF-8 with or without a BOM, quoted fields holding commas, quotes
// ("") and line breaks, CRLF/LF/CR line ends. Blank lines are skipped. Anything it cannot read
// exactly becomes an error naming the line; it never guesses.
class CsvReader
{
public:
    static constexpr qint64 kMaxFileSize = 512LL * 1024 * 1024;

    static CsvDocument parse(const QByteArray& bytes);

private:
    static QString decode(const QByteArray& bytes, QList<Error>& errors);
};

} // namespace keydesk
