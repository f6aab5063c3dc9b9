// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QString>

namespace keydesk {

// Activation tokens and verification ids are secrets that travel in URLs (/a/<token>,
// /v/<id>, /api/v1/activations/<token>/…). Whatever prints a URL — QHttpServer's own debug
// output of each request included — goes through this before it reaches a log.
QString redactSecrets(const QString& text);

// Installs a Qt message handler that redacts every message (any category, any level) and then
// hands it to the handler that was installed before. Called first thing by every program.
void installLogRedaction();

} // namespace keydesk
