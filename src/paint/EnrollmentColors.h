// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/Enrollment.h"

#include <QColor>

namespace keydesk::paint {

// The colour each enrollment has on every chart, legend and report.
QColor enrollmentColor(Enrollment enrollment);

} // namespace keydesk::paint
