// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "authenticator/SoftwareCredential.h"
#include "base/Result.h"

#include <QList>
#include <QString>

namespace keydesk::phone {

// The passkeys the virtual phone holds, in its own JSON file (never in KeyDesk's database):
// {"version": 1, "credentials": [SoftwareCredential...]}. Written atomically after every change,
// so a counter that went up is never lost. Without a path it lives in memory only (tests).
class CredentialWallet
{
public:
    CredentialWallet() = default;
    // Reads `path`; a missing file is an empty wallet, a malformed one an error naming the file.
    static Result<CredentialWallet> open(const QString& path);

    const QString& path() const { return m_path; }
    const QList<authenticator::SoftwareCredential>& credentials() const { return m_credentials; }
    authenticator::SoftwareCredential* find(const QByteArray& credentialId);

    // Adds or replaces (by id) a credential and saves.
    Status put(const authenticator::SoftwareCredential& credential);
    Status remove(const QByteArray& credentialId);
    Status save() const;

private:
    QString m_path;
    QList<authenticator::SoftwareCredential> m_credentials;
};

} // namespace keydesk::phone
