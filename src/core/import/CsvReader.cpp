// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(CsvReader)
};

} // namespace

namespace keydesk {

namespace {

int lineOfOffset(const QByteArray& bytes, qsizetype offset)
{
    return 1 + int(bytes.left(offset).count('\n'));
}

} // namespace

QString CsvReader::decode(const QByteArray& bytes, QList<Error>& errors)
{
    const auto startsWith = [&](std::initializer_list<unsigned char> bom) {
        if (bytes.size() < qsizetype(bom.size()))
            return false;
        qsizetype i = 0;
        for (unsigned char b : bom) {
            if (static_cast<unsigned char>(bytes[i++]) != b)
                return false;
        }
        return true;
    };
    if (startsWith({0xFF, 0xFE, 0x00, 0x00}) || startsWith({0x00, 0x00, 0xFE, 0xFF})) {
        errors << Text::tr("the file is UTF-32 encoded; save it as UTF-8");
        return {};
    }
    if (startsWith({0xFF, 0xFE}) || startsWith({0xFE, 0xFF})) {
        errors << Text::tr("the file is UTF-16 encoded; save it as UTF-8");
        return {};
    }
    QByteArrayView body(bytes);
    qsizetype bodyStart = 0;
    if (startsWith({0xEF, 0xBB, 0xBF})) {
        body = body.sliced(3);
        bodyStart = 3;
    }
    if (const qsizetype nul = body.indexOf('\0'); nul >= 0) {
        errors << Text::tr("line %1: contains a NUL byte; the file is not UTF-8 text (UTF-16 without a BOM?)")
                      .arg(lineOfOffset(bytes, bodyStart + nul));
        return {};
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(body);
    if (decoder.hasError()) {
        // Find the first bad byte to name its line: decode growing prefixes line by line.
        qsizetype lineStart = 0;
        int line = 1;
        while (lineStart < body.size()) {
            qsizetype end = body.indexOf('\n', lineStart);
            if (end < 0)
                end = body.size();
            QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            (void)QString(probe(body.sliced(lineStart, end - lineStart)));
            if (probe.hasError())
                break;
            lineStart = end + 1;
            ++line;
        }
        errors << Text::tr("line %1: not valid UTF-8; save the file as UTF-8 (it may be Windows-1252 or "
                           "Latin-1)")
                      .arg(line);
        return {};
    }
    return text;
}

CsvDocument CsvReader::parse(const QByteArray& bytes)
{
    CsvDocument doc;
    if (bytes.size() > kMaxFileSize) {
        doc.errors << Text::tr("the file is larger than %1 MiB").arg(kMaxFileSize / (1024 * 1024));
        return doc;
    }
    const QString text = decode(bytes, doc.errors);
    if (!doc.errors.isEmpty())
        return doc;

    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted // a quote seen inside a quoted field: "" or the field's end
    };
    State state = State::FieldStart;
    int line = 1;
    CsvRecord record;
    record.line = 1;
    QString field;
    bool recordHasContent = false;
    const qsizetype n = text.size();

    const auto endField = [&] {
        record.fields << field;
        field.clear();
    };
    const auto endRecord = [&](int nextLine) {
        endField();
        // A blank line is a record of one empty field: skip it.
        if (recordHasContent || record.fields.size() > 1)
            doc.records << record;
        record = CsvRecord{nextLine, {}};
        recordHasContent = false;
        state = State::FieldStart;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        const bool lineBreak = c == u'\n' || c == u'\r';
        if (lineBreak && c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
            ++i; // CRLF is one line break
        switch (state) {
        case State::FieldStart:
            if (c == u'"') {
                state = State::Quoted;
                recordHasContent = true;
            } else if (c == u',') {
                recordHasContent = true;
                endField();
            } else if (lineBreak) {
                ++line;
                endRecord(line);
            } else {
                field += c;
                recordHasContent = true;
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == u',') {
                endField();
                state = State::FieldStart;
            } else if (lineBreak) {
                ++line;
                endRecord(line);
            } else if (c == u'"') {
                doc.errors << Text::tr("line %1: a quote inside an unquoted field; quote the whole field and "
                                       "double the quote (\"\")")
                                  .arg(line);
                return doc;
            } else {
                field += c;
            }
            break;
        case State::Quoted:
            if (c == u'"') {
                state = State::QuoteInQuoted;
            } else {
                if (lineBreak) {
                    ++line;
                    field += u'\n';
                } else {
                    field += c;
                }
            }
            break;
        case State::QuoteInQuoted:
            if (c == u'"') {
                field += u'"';
                state = State::Quoted;
            } else if (c == u',') {
                endField();
                state = State::FieldStart;
            } else if (lineBreak) {
                ++line;
                endRecord(line);
            } else {
                doc.errors << Text::tr("line %1: text after the closing quote of a field").arg(line);
                return doc;
            }
            break;
        }
    }
    if (state == State::Quoted) {
        doc.errors
            << Text::tr("line %1: a quoted field is not closed before the end of the file").arg(record.line);
        return doc;
    }
    if (recordHasContent || !record.fields.isEmpty())
        endRecord(line);
    return doc;
}

} // namespace keydesk
