// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "LogRedaction.h"

#include <QRegularExpression>

namespace keydesk {

namespace {

QtMessageHandler g_previous = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (g_previous)
        g_previous(type, context, redactSecrets(message));
}

} // namespace

QString redactSecrets(const QString& text)
{
    // A secret is 16 or more base64url characters after one of the secret-bearing path prefixes
    // ("lookup" and the like stay readable).
    static const QRegularExpression secretPath(
        QStringLiteral("(/(?:a|v)/|/api/v1/(?:activations|verifications)/)[A-Za-z0-9_-]{16,}"));
    if (!text.contains(u'/'))
        return text;
    QString redacted = text;
    redacted.replace(secretPath, QStringLiteral("\\1[redacted]"));
    return redacted;
}

void installLogRedaction()
{
    QtMessageHandler previous = qInstallMessageHandler(redactingHandler);
    if (previous != redactingHandler)
        g_previous = previous;
}

} // namespace keydesk
