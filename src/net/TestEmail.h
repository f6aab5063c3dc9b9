// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "SmtpSettings.h"
#include "core/mail/MimeMessage.h"

#include <QObject>

#include <functional>

namespace keydesk::net {

// The short message that shows the mail settings work, from the configured sender to `to`.
MimeMessage testEmail(const SmtpSettings& settings, const QString& to);

// Sends it straight to the server (not through the outbox), for the settings dialog's "Send
// test email". `done` gets the outcome and the server's words. (`keydesk-cli mail test` queues it
// in the outbox instead, so that a team server's runtime sends it.)
void sendTestEmail(const SmtpSettings& settings, const QString& to, QObject* context,
                   std::function<void(bool sent, const QString& text)> done);

} // namespace keydesk::net
