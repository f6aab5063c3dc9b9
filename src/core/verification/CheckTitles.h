// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QString>

namespace keydesk {

// What people call a relying-party check: "RP ID hash" for "rpIdHash" (keydesk_webauthn's stable
// check names); the name itself for a check this version does not know. Translated.
QString checkTitle(const QString& name);

} // namespace keydesk
