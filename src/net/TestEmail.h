// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "SmtpSettings.h"

#include <QObject>

#include <functional>

namespace keydesk::net {

// Sends one short test message straight to the server (not through the outbox), for the
// settings dialog's "Send test email" and `keydesk-cli mail test`. `done` gets the outcome and
// the server's words.
void sendTestEmail(const SmtpSettings& settings, const QString& to, QObject* context,
                   std::function<void(bool sent, const QString& text)> done);

} // namespace keydesk::net
