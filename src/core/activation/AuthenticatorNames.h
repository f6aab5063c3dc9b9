// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace keydesk {

// Names of authenticators by AAGUID: the community list of passkey providers shipped as a
// resource, KeyDesk's own virtual phone, and optionally a site file in the same format
// ({"<uuid>": "<name>"}) whose entries add to or replace the shipped ones.
class AuthenticatorNames
{
public:
    // The shipped lists only.
    static const AuthenticatorNames& builtin();
    // The shipped lists extended by `path`; a bad file is an error naming what is wrong.
    static Result<AuthenticatorNames> withExtension(const QString& path);
    // The shipped lists, extended by `aaguids.json` in the database's folder when there is one:
    // a site adds its own authenticators by dropping that file beside the database.
    static Result<AuthenticatorNames> forDatabase(const QString& databasePath);

    // The name for a 16-byte AAGUID; empty when unknown or all zero.
    QString nameFor(const QByteArray& aaguid) const;
    // "Google Password Manager", or "Unknown authenticator (ea9b8d66-…)" / "No AAGUID (zero)".
    QString describe(const QByteArray& aaguid) const;
    qsizetype count() const { return m_names.size(); }
    // Every named authenticator, by name (then AAGUID): what a key policy's list offers.
    QList<std::pair<QByteArray, QString>> all() const;

    // Reads one {"<uuid>": "<name>"} document into `names`.
    static Status merge(const QByteArray& json, const QString& origin, QHash<QByteArray, QString>& names);

private:
    QHash<QByteArray, QString> m_names; // raw 16-byte AAGUID -> name
};

QString formatAaguid(const QByteArray& aaguid); // 8-4-4-4-12 lower-case hex
// The 16 bytes of an AAGUID written 8-4-4-4-12 in hexadecimal digits (the all-zero one too);
// nullopt for anything else.
std::optional<QByteArray> aaguidFromText(const QString& text);

} // namespace keydesk
