// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/Actor.h"
#include "core/mail/ActivationEmail.h"

#include <QString>

namespace keydesk {
class Store;
}

namespace keydesk::net {

enum class SmtpSecurity
{
    None,        // plain SMTP: only for a relay on the same machine or a test server
    StartTls,    // port 587: plain greeting, then STARTTLS (required when chosen)
    ImplicitTls, // port 465: TLS from the first byte
};
QString smtpSecurityName(SmtpSecurity security);
std::optional<SmtpSecurity> smtpSecurityFromName(const QString& name);

// How to reach the mail server. The password is never stored with these settings: the console
// takes it from the OS keychain and the CLI from KEYDESK_SMTP_PASSWORD.
struct SmtpSettings
{
    QString host;
    quint16 port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString username; // empty: no AUTH
    QString password;
    QString caCertificatesPath; // extra PEM roots to trust, e.g. a test server's self-signed one
    MailIdentity identity;
    int timeoutMs = 30'000;

    bool isConfigured() const { return !host.isEmpty() && !identity.from.address.isEmpty(); }
    // Empty when usable, else what is wrong (for the settings dialog and the CLI).
    Error validate() const;
};

// SMTP settings belong to the deployment, so they live in the database's settings table
// ("smtp.*"), where the console and `keydesk-cli serve` both find them. The password is never
// among them: the caller passes it in from the keychain or the environment.
Result<SmtpSettings> loadSmtpSettings(Store& store, const QString& password);
// Checks and saves everything but the password, audited as `by`'s (who needs manage-settings),
// in one transaction.
Status saveSmtpSettings(Store& store, const Actor& by, const SmtpSettings& settings);

// The environment variable the CLI reads the SMTP password from.
inline constexpr char kSmtpPasswordVariable[] = "KEYDESK_SMTP_PASSWORD";

} // namespace keydesk::net
