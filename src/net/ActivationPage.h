// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/activation/EnrollmentService.h"

#include <QByteArray>

namespace keydesk::net {

// The activation page (resources/enroll/activate.html) for one link's status, or for manual
// code entry, with every text translated on the server and handed to the script as data.
QByteArray renderActivationPage(const LinkStatus& status, const QString& token);
QByteArray renderCodeEntryPage();

} // namespace keydesk::net
