// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QString>
#include <QStringList>

namespace keydesk {

// What went wrong, as data: a code and its arguments. Code decides by the code; people read
// message(), made when it is asked for, in the reader's language; what is stored (audit details,
// verdicts) keeps the code's name and the arguments. docs/architecture.md, "Errors".
enum class ErrorCode : quint16
{
    Message, // not yet given a code: the single argument is the message, shown as it is

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
    OtherPendingKeyExists   // email, key type, key id
};

class Error
{
public:
    Error() = default;
    Error(ErrorCode code, QStringList args = {}) : m_code(code), m_args(std::move(args)) {}
    // A message without a code yet (kept as it is).
    static Error text(QString message) { return Error(ErrorCode::Message, {std::move(message)}); }

    ErrorCode code() const { return m_code; }
    const QStringList& args() const { return m_args; }
    // In the reader's language, now.
    QString message() const;
    // Stable, for storage and JSON ("key-wrong-status").
    QString codeName() const;
    // For a stored record: code and arguments (JSON), or the message itself for an error
    // without a code; fromStored() reads both back (and any older plain text).
    QString toStored() const;
    static Error fromStored(const QString& stored);

    bool operator==(const Error&) const = default;

private:
    ErrorCode m_code = ErrorCode::Message;
    QStringList m_args;
};

} // namespace keydesk
