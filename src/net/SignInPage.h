// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/access/SignInService.h"

#include <QByteArray>

namespace keydesk::net {

// The sign-in page (resources/enroll/sign-in.html) an operator's phone opens from the desk's QR:
// the desk's name and address and the match number, then the assertion (resources/enroll/verify.js).
QByteArray renderSignInPage(const SignInPageStatus& status, const QString& token);

} // namespace keydesk::net
