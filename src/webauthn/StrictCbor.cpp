// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "StrictCbor.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <QVarLengthArray>

#include <algorithm>

namespace {

// What this file says about a ceremony: catalogue entries and arguments, translated when read
// (base/Error.h), so a stored verdict holds no sentences.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(StrictCbor)
};

} // namespace

namespace keydesk::webauthn {

namespace {

struct Head
{
    quint8 major = 0;
    quint64 value = 0;
};

class Scanner
{
public:
    explicit Scanner(QByteArrayView data) : m_data(data) {}

    bool item(int depth)
    {
        if (depth > kMaxCborDepth)
            return fail(Text::tr("CBOR nested deeper than %1 levels").arg(kMaxCborDepth));
        const qsizetype start = m_pos;
        Head head;
        if (!readHead(head))
            return false;
        switch (head.major) {
        case 0:
        case 1:
            return true;
        case 2:
        case 3:
            if (head.value > quint64(left()))
                return fail(Text::tr("CBOR string at byte %1 declares %2 bytes but only %3 remain")
                                .arg(start)
                                .arg(head.value)
                                .arg(left()));
            m_pos += qsizetype(head.value);
            return true;
        case 4:
            // Every element takes at least one byte: a count beyond the bytes left is a lie
            // that libcbor would allocate for.
            if (head.value > quint64(left()))
                return fail(Text::tr("CBOR array at byte %1 declares %2 items but only %3 bytes remain")
                                .arg(start)
                                .arg(head.value)
                                .arg(left()));
            for (quint64 i = 0; i < head.value; ++i) {
                if (!item(depth + 1))
                    return false;
            }
            return true;
        case 5:
            return map(start, head.value, depth);
        case 6:
            return fail(Text::tr("CBOR tag at byte %1 is not allowed here").arg(start));
        default:
            return true; // simple values and floats: readHead already vetted them
        }
    }

    qsizetype position() const { return m_pos; }
    void skipTo(qsizetype position) { m_pos = position; }
    const Error& error() const { return m_error; }

    // Reads one head: the major type and its argument (a length, count or value).
    bool readHead(Head& head)
    {
        if (left() < 1)
            return fail(Text::tr("CBOR data ends at byte %1 where an item should start").arg(m_pos));
        const quint8 initial = quint8(m_data[m_pos]);
        const qsizetype start = m_pos++;
        head.major = initial >> 5;
        const quint8 info = initial & 0x1f;
        if (head.major == 7) {
            // false, true, null; 16-, 32- and 64-bit floats carry their payload like an argument.
            if (info >= 20 && info <= 22)
                return true;
            if (info < 25 || info > 27)
                return fail(Text::tr("CBOR simple value 0x%1 at byte %2 is not allowed")
                                .arg(QStringLiteral("%1").arg(initial, 2, 16, QLatin1Char('0')))
                                .arg(start));
        }
        if (info < 24) {
            head.value = info;
            return true;
        }
        if (info == 31)
            return fail(Text::tr("CBOR indefinite length at byte %1 is not allowed").arg(start));
        if (info > 27)
            return fail(Text::tr("CBOR reserved header 0x%1 at byte %2")
                            .arg(QStringLiteral("%1").arg(initial, 2, 16, QLatin1Char('0')))
                            .arg(start));
        const int size = 1 << (info - 24);
        if (left() < size)
            return fail(Text::tr("CBOR header at byte %1 is cut short").arg(start));
        quint64 value = 0;
        for (int i = 0; i < size; ++i)
            value = (value << 8) | quint8(m_data[m_pos++]);
        head.value = value;
        return true;
    }

private:
    qsizetype left() const { return m_data.size() - m_pos; }

    bool fail(Error message)
    {
        m_error = std::move(message);
        return false;
    }

    bool map(qsizetype start, quint64 count, int depth)
    {
        if (count > quint64(left()) / 2)
            return fail(Text::tr("CBOR map at byte %1 declares %2 entries but only %3 bytes remain")
                            .arg(start)
                            .arg(count)
                            .arg(left()));
        QVarLengthArray<MapKey, 16> keys;
        for (quint64 i = 0; i < count; ++i) {
            const qsizetype keyStart = m_pos;
            if (!item(depth + 1))
                return false;
            keys.append(mapKey(keyStart));
            if (!item(depth + 1))
                return false;
        }
        // Sorting finds equal keys in O(n log n) without allocating per key.
        std::sort(keys.begin(), keys.end());
        for (qsizetype i = 1; i < keys.size(); ++i) {
            if (keys[i - 1] == keys[i])
                return fail(Text::tr("CBOR map at byte %1 has a duplicate key at byte %2")
                                .arg(start)
                                .arg(std::max(keys[i - 1].offset, keys[i].offset)));
        }
        return true;
    }

    // Integers may be encoded in more than one width; compare them by value so 0x01 and 0x1801
    // count as the same key. Strings compare by content, other keys by their encoded bytes.
    struct MapKey
    {
        quint8 major = 0;
        quint64 value = 0;
        QByteArrayView payload;
        qsizetype offset = 0;

        bool operator==(const MapKey& o) const
        {
            return major == o.major && (major <= 1 ? value == o.value : payload == o.payload);
        }
        bool operator<(const MapKey& o) const
        {
            if (major != o.major)
                return major < o.major;
            if (major <= 1)
                return value < o.value;
            return std::lexicographical_compare(payload.begin(), payload.end(), o.payload.begin(),
                                                o.payload.end());
        }
    };

    MapKey mapKey(qsizetype keyStart) const
    {
        const QByteArrayView raw = m_data.sliced(keyStart, m_pos - keyStart);
        MapKey key;
        key.offset = keyStart;
        key.major = quint8(raw[0]) >> 5;
        if (key.major > 3) {
            key.payload = raw;
            return key;
        }
        Scanner header(raw);
        Head head;
        header.readHead(head);
        key.value = head.value;
        key.payload = raw.sliced(header.position());
        return key;
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    Error m_error;
};

void setError(Error* error, Error message)
{
    if (error)
        *error = std::move(message);
}

} // namespace

std::optional<qsizetype> scanCborItem(QByteArrayView data, Error* error)
{
    Scanner scanner(data);
    if (!scanner.item(0)) {
        setError(error, scanner.error());
        return std::nullopt;
    }
    return scanner.position();
}

CborItem decodeCborPrefix(QByteArrayView data, qsizetype* length, Error* error)
{
    const std::optional<qsizetype> size = scanCborItem(data, error);
    if (!size)
        return {};
    cbor_load_result result{};
    CborItem item(cbor_load(reinterpret_cast<cbor_data>(data.data()), size_t(*size), &result));
    if (!item || result.error.code != CBOR_ERR_NONE || result.read != size_t(*size)) {
        setError(error, Text::tr("CBOR item could not be decoded (libcbor error %1 at byte %2)")
                            .arg(int(result.error.code))
                            .arg(result.error.position));
        return {};
    }
    if (length)
        *length = *size;
    return item;
}

CborItem decodeCborExactly(QByteArrayView data, Error* error)
{
    qsizetype length = 0;
    CborItem item = decodeCborPrefix(data, &length, error);
    if (item && length != data.size()) {
        setError(error, Text::tr("%1 trailing bytes after the CBOR item").arg(data.size() - length));
        return {};
    }
    return item;
}

namespace {

// Reads the value at the reader's position and steps past it (the scan accepted it already).
CborValue readValue(QByteArrayView encoded, Scanner& reader)
{
    const qsizetype start = reader.position();
    Head head;
    reader.readHead(head);
    CborValue value;
    value.major = head.major;
    if (head.major <= 1) {
        value.integerFits = head.value <= quint64(std::numeric_limits<qint64>::max());
        value.integer = head.major == 0 ? qint64(head.value) : -1 - qint64(head.value);
    } else if (head.major == 2 || head.major == 3) {
        value.bytes = encoded.sliced(reader.position(), qsizetype(head.value));
    }
    Scanner skip(encoded.sliced(start));
    skip.item(1);
    value.encoded = encoded.sliced(start, skip.position());
    reader.skipTo(start + skip.position());
    return value;
}

} // namespace

std::optional<qint64> CborValue::toInteger() const
{
    if (major > 1 || !integerFits)
        return std::nullopt;
    return integer;
}

std::optional<QByteArray> CborValue::toBytes() const
{
    if (major != 2)
        return std::nullopt;
    return bytes.toByteArray();
}

std::optional<QString> CborValue::toText() const
{
    if (major != 3)
        return std::nullopt;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<std::vector<CborMapEntry>> readCborMap(QByteArrayView encoded, QStringView what, Error* error)
{
    const std::optional<qsizetype> length = scanCborItem(encoded, error);
    if (!length)
        return std::nullopt;
    if (*length != encoded.size()) {
        setError(error, Text::tr("%1 trailing bytes after the CBOR item").arg(encoded.size() - *length));
        return std::nullopt;
    }
    Scanner reader(encoded);
    Head head;
    reader.readHead(head);
    if (head.major != 5) {
        setError(error, Text::tr("%1 is not a CBOR map").arg(what));
        return std::nullopt;
    }
    std::vector<CborMapEntry> entries;
    entries.reserve(size_t(head.value)); // the scan proved two bytes per entry
    for (quint64 i = 0; i < head.value; ++i) {
        const qsizetype keyStart = reader.position();
        Head key;
        reader.readHead(key);
        CborMapEntry entry;
        entry.keyMajor = key.major;
        if (key.major <= 1 && key.value <= quint64(std::numeric_limits<qint64>::max())) {
            entry.key = key.major == 0 ? qint64(key.value) : -1 - qint64(key.value);
        } else if (key.major == 3) {
            entry.keyText = encoded.sliced(reader.position(), qsizetype(key.value));
            reader.skipTo(reader.position() + qsizetype(key.value));
        } else {
            setError(error, Text::tr("CBOR map key at byte %1 is neither an integer nor text").arg(keyStart));
            return std::nullopt;
        }
        entry.value = readValue(encoded, reader);
        entries.push_back(entry);
    }
    return entries;
}

std::optional<std::vector<CborValue>> readCborArray(QByteArrayView encoded)
{
    if (!scanCborItem(encoded, nullptr))
        return std::nullopt;
    Scanner reader(encoded);
    Head head;
    reader.readHead(head);
    if (head.major != 4)
        return std::nullopt;
    std::vector<CborValue> items;
    items.reserve(size_t(head.value)); // the scan proved a byte per item
    for (quint64 i = 0; i < head.value; ++i)
        items.push_back(readValue(encoded, reader));
    return items;
}

const CborValue* findCborEntry(const std::vector<CborMapEntry>& map, qint64 key)
{
    for (const CborMapEntry& e : map) {
        if (e.keyMajor <= 1 && e.key == key)
            return &e.value;
    }
    return nullptr;
}

const CborValue* findCborEntry(const std::vector<CborMapEntry>& map, QByteArrayView textKey)
{
    for (const CborMapEntry& e : map) {
        if (e.keyMajor == 3 && e.keyText == textKey)
            return &e.value;
    }
    return nullptr;
}

} // namespace keydesk::webauthn
