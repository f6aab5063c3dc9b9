// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "EnrollmentColors.h"

namespace keydesk::paint {

QColor enrollmentColor(Enrollment enrollment)
{
    switch (enrollment) {
    case Enrollment::Active:
        return QColor(0x2e, 0x7d, 0x32);
    case Enrollment::Pending:
        return QColor(0xf9, 0xa8, 0x25);
    case Enrollment::Withdrawn:
        return QColor(0xc6, 0x28, 0x28);
    case Enrollment::None:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

} // namespace keydesk::paint
