// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <type_traits>
#include <utility>

namespace keydesk {

// What went wrong, as data: a code and its arguments. Code decides by the code; people read
// message(), made when it is asked for, in the reader's language; what is stored (audit details,
// verdicts) keeps the code's name and the arguments. docs/architecture.md, "Errors".
enum class ErrorCode : quint16
{
    // Words from elsewhere, shown as they are: a mail server's reply, a file's own error, a
    // record stored before codes. The single argument is the message.
    Message,

    // The store (arguments: what was being done — a "Database" source text —, SQLite's words)
    StorageFailed,
    DuplicateRow, // a UNIQUE or PRIMARY KEY constraint refused the row

    // Security keys (arguments in the order of the message)
    KeyNotFound,            // key id
    KeyWrongStatus,         // key id, status, allowed statuses ("pending or expired"), action
    KeyNotReissuable,       // key id, status
    KeyNotDeletable,        // key id, status
    RevokeNeedsReason,      //
    UserDisabledForAssign,  // email
    UserDisabledForReissue, // email
    PendingKeyExists,       // email, key type, key id
    OtherPendingKeyExists,  // email, key type, key id

    // Operators (arguments: the operator's email, their role, what they tried — an error whose
    // message is the action, Permission's permissionAction())
    NotPermitted,
    // A request's credential was refused (argument: why — an error)
    SignInRequired,
    // Too many attempts from one place (argument: what — an error); answered 429
    RateLimited,

    // A sentence of a translation catalogue kept untranslated (arguments: its context, its
    // source text, then the values of %1, %2, …): what KEYDESK_DEFERRED_TR_FUNCTIONS makes. The
    // relying party says every detail of its verdict this way.
    Catalogued,

    // Several errors, one per line (every argument is an error): a file's list of problems.
    Lines
};

class Error
{
public:
    Error() = default;
    Error(ErrorCode code, QStringList args = {}) : m_code(code), m_args(std::move(args)) {}
    // Words from elsewhere, kept as they are (ErrorCode::Message).
    static Error text(QString message) { return Error(ErrorCode::Message, {std::move(message)}); }
    // A catalogue sentence, translated when message() is asked for. Both must be string
    // literals, marked for lupdate where they are written.
    // `count` picks the plural form (QCoreApplication::translate's n), -1 when there is none.
    static Error catalogued(const char* context, const char* source, int count = -1)
    {
        return Error(ErrorCode::Catalogued,
                     {QString::fromUtf8(context), QString::fromUtf8(source), QString::number(count)});
    }

    // Several errors said one per line.
    static Error lines(const QList<Error>& errors);

    // The next argument (%1, then %2, …), as QString::arg would take it.
    Error arg(const QString& value) const;
    Error arg(QStringView value) const { return arg(value.toString()); }
    Error arg(const char16_t* value) const { return arg(QString::fromUtf16(value)); }
    Error arg(QLatin1StringView value) const { return arg(QString(value)); }
    template <typename Number>
    requires std::is_arithmetic_v<Number> Error arg(Number value)
    const { return arg(QString::number(value)); }
    // Another error as an argument: kept as data, and said in the reader's language with this one.
    Error arg(const Error& cause) const;
    // Several at once, in order.
    template <typename First, typename Second, typename... Rest>
    Error arg(First&& first, Second&& second, Rest&&... rest) const
    {
        return arg(std::forward<First>(first)).arg(std::forward<Second>(second), std::forward<Rest>(rest)...);
    }

    ErrorCode code() const { return m_code; }
    // A default Error says nothing: functions whose empty answer means "no problem" return one.
    bool isEmpty() const { return m_code == ErrorCode::Message && m_args.value(0).isEmpty(); }
    const QStringList& args() const { return m_args; }
    // In the reader's language, now.
    QString message() const;
    // Stable, for storage and JSON ("key-wrong-status").
    QString codeName() const;
    // For a stored record: code and arguments (JSON), or the message itself for an error
    // without a code; fromStored() reads both back (and any older plain text).
    QString toStored() const;
    static Error fromStored(const QString& stored);
    // {"code": codeName(), "args": [...], "nested": [indexes of arguments that are errors]};
    // fromJson() reads it back (a code this version does not know: the JSON as text).
    QJsonObject toJson() const;
    static Error fromJson(const QJsonObject& json);

    bool operator==(const Error&) const = default;

private:
    // The arguments given to message()'s sentence: nested errors said in the reader's language.
    QStringList shownArgs(qsizetype from) const;

    ErrorCode m_code = ErrorCode::Message;
    QStringList m_args;
    quint32 m_nested = 0; // bit i: m_args[i] is an Error (its toStored())
};

} // namespace keydesk

// Declares a file's tr() for sentences that are stored or handed on before anyone reads them:
// tr("…") returns an Error (ErrorCode::Catalogued), translated when shown, in the reader's
// language. lupdate reads it as Q_DECLARE_TR_FUNCTIONS (-tr-function-alias, given in
// src/i18n/CMakeLists.txt and by TestTranslations).
#define KEYDESK_DEFERRED_TR_FUNCTIONS(context)                                                               \
public:                                                                                                      \
    static ::keydesk::Error tr(const char* source, const char* = nullptr, int count = -1)                    \
    {                                                                                                        \
        return ::keydesk::Error::catalogued(#context, source, count);                                        \
    }                                                                                                        \
                                                                                                             \
private:
