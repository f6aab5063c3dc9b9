// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/verification/VerificationService.h"

#include <QByteArray>

namespace keydesk::net {

// The verification page (resources/enroll/verify.html) for one link's status: the phone or the
// desk's browser answers the test-mode authentication from it.
QByteArray renderVerificationPage(const VerificationPageStatus& status, const QString& linkId);

} // namespace keydesk::net
