// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace keydesk {

namespace {

struct Entry
{
    ErrorCode code;
    const char* name;
    const char* text; // in the "Error" translation context
};

// Every coded error's stable name and message, once. The store's two carry their action as the
// first argument, a source text of the "Database" context.
constexpr std::array kCatalogue{
    Entry{ErrorCode::Message, "message", "%1"},
    Entry{ErrorCode::StorageFailed, "storage-failed", QT_TRANSLATE_NOOP("Error", "%1: %2")},
    Entry{ErrorCode::DuplicateRow, "duplicate-row", QT_TRANSLATE_NOOP("Error", "%1: %2")},
    Entry{ErrorCode::KeyNotFound, "key-not-found", QT_TRANSLATE_NOOP("Error", "no security key %1")},
    Entry{ErrorCode::KeyWrongStatus, "key-wrong-status",
          QT_TRANSLATE_NOOP("Error", "key %1 is %2; it must be %3 to be %4")},
    Entry{ErrorCode::KeyNotReissuable, "key-not-reissuable",
          QT_TRANSLATE_NOOP("Error", "key %1 is %2; only a pending or expired key gets a new activation")},
    Entry{
        ErrorCode::KeyNotDeletable, "key-not-deletable",
        QT_TRANSLATE_NOOP(
            "Error", "key %1 is %2; only a key that was never activated can be deleted (revoke it instead)")},
    Entry{ErrorCode::RevokeNeedsReason, "revoke-needs-reason",
          QT_TRANSLATE_NOOP("Error", "a reason is required to revoke a key")},
    Entry{ErrorCode::UserDisabledForAssign, "user-disabled-for-assign",
          QT_TRANSLATE_NOOP("Error", "%1 is disabled; enable the user before assigning a key")},
    Entry{ErrorCode::UserDisabledForReissue, "user-disabled-for-reissue",
          QT_TRANSLATE_NOOP("Error", "%1 is disabled; enable the user before re-issuing")},
    Entry{ErrorCode::PendingKeyExists, "pending-key-exists",
          QT_TRANSLATE_NOOP("Error",
                            "%1 already has a pending %2 key (key %3); re-issue its activation instead")},
    Entry{ErrorCode::OtherPendingKeyExists, "other-pending-key-exists",
          QT_TRANSLATE_NOOP("Error", "%1 has another pending %2 key (key %3); re-issue that one instead")},
    Entry{ErrorCode::NotPermitted, "not-permitted", QT_TRANSLATE_NOOP("Error", "%1 is %2 and may not %3")},
    Entry{ErrorCode::SignInRequired, "sign-in-required", QT_TRANSLATE_NOOP("Error", "%1; sign in again")},
    Entry{ErrorCode::RateLimited, "rate-limited",
          QT_TRANSLATE_NOOP("Error", "%1; wait a few minutes and try again")},
    Entry{ErrorCode::Catalogued, "catalogued", "%1"},
    Entry{ErrorCode::Lines, "lines", "%1"},
};

const Entry& entryOf(ErrorCode code)
{
    for (const Entry& e : kCatalogue) {
        if (e.code == code)
            return e;
    }
    return kCatalogue.front();
}

// %1…%9 replaced in one pass, so an argument that contains "%2" stays as it is.
QString substitute(const QString& text, const QStringList& args)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'%' && i + 1 < text.size() && text.at(i + 1) >= u'1' && text.at(i + 1) <= u'9') {
            const int index = text.at(i + 1).unicode() - u'1';
            out += index < args.size() ? args.at(index) : text.mid(i, 2);
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

Error Error::lines(const QList<Error>& errors)
{
    Error all(ErrorCode::Lines);
    for (const Error& e : errors)
        all.m_args << e.toStored();
    return all;
}

Error Error::arg(const QString& value) const
{
    Error next = *this;
    next.m_args << value;
    return next;
}

Error Error::arg(const Error& cause) const
{
    Error next = arg(QString::fromUtf8(QJsonDocument(cause.toJson()).toJson(QJsonDocument::Compact)));
    if (next.m_args.size() <= 32)
        next.m_nested |= 1u << (next.m_args.size() - 1);
    return next;
}

QStringList Error::shownArgs(qsizetype from) const
{
    QStringList shown;
    for (qsizetype i = from; i < m_args.size(); ++i)
        shown << (i < 32 && (m_nested & (1u << i))
                      ? fromJson(QJsonDocument::fromJson(m_args.at(i).toUtf8()).object()).message()
                      : m_args.at(i));
    return shown;
}

QString Error::message() const
{
    if (m_code == ErrorCode::Message)
        return m_args.value(0);
    if (m_code == ErrorCode::Lines) {
        QStringList said;
        for (const QString& stored : m_args)
            said << fromStored(stored).message();
        return said.join(u'\n');
    }
    if (m_code == ErrorCode::Catalogued) {
        // translate() picks the plural form and fills %n.
        const QString text = QCoreApplication::translate(m_args.value(0).toUtf8().constData(),
                                                         m_args.value(1).toUtf8().constData(), nullptr,
                                                         m_args.value(2).toInt());
        return substitute(text, shownArgs(3));
    }
    QStringList args = shownArgs(0);
    if ((m_code == ErrorCode::StorageFailed || m_code == ErrorCode::DuplicateRow) && !args.isEmpty())
        args[0] = QCoreApplication::translate("Database", args[0].toUtf8().constData());
    return substitute(QCoreApplication::translate("Error", entryOf(m_code).text), args);
}

QString Error::codeName() const
{
    return QString::fromLatin1(entryOf(m_code).name);
}

QJsonObject Error::toJson() const
{
    QJsonObject json{{QStringLiteral("code"), codeName()},
                     {QStringLiteral("args"), QJsonArray::fromStringList(m_args)}};
    if (m_nested) {
        QJsonArray nested;
        for (int i = 0; i < 32; ++i)
            if (m_nested & (1u << i))
                nested.append(i);
        json.insert(QStringLiteral("nested"), nested);
    }
    return json;
}

Error Error::fromJson(const QJsonObject& json)
{
    const QString name = json.value(QStringLiteral("code")).toString();
    for (const Entry& e : kCatalogue) {
        if (name != QLatin1String(e.name))
            continue;
        Error error(e.code);
        for (const QJsonValue v : json.value(QStringLiteral("args")).toArray())
            error.m_args << v.toString();
        for (const QJsonValue v : json.value(QStringLiteral("nested")).toArray())
            if (const int i = v.toInt(-1); i >= 0 && i < 32 && i < error.m_args.size())
                error.m_nested |= 1u << i;
        return error;
    }
    // Not a code this version knows: shown as it was stored.
    return text(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

QString Error::toStored() const
{
    if (m_code == ErrorCode::Message)
        return m_args.value(0);
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

Error Error::fromStored(const QString& stored)
{
    if (stored.startsWith(u'{')) {
        const QJsonObject object = QJsonDocument::fromJson(stored.toUtf8()).object();
        if (object.contains(QStringLiteral("code")))
            return fromJson(object);
    }
    return text(stored);
}

} // namespace keydesk
