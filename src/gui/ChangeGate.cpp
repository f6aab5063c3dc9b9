// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ChangeGate.h"

#include <QAction>
#include <QVariant>
#include <QWidget>

namespace keydesk::gui {

namespace {

constexpr char kOwnToolTip[] = "keydeskOwnToolTip";

template <typename Control> void gate(Control* control, bool allowed, const std::optional<Error>& refusal)
{
    if (!control->property(kOwnToolTip).isValid())
        control->setProperty(kOwnToolTip, control->toolTip());
    control->setEnabled(allowed && !refusal);
    control->setToolTip(refusal ? refusal->message() : control->property(kOwnToolTip).toString());
}

} // namespace

void gateChange(QWidget* control, bool allowed, const std::optional<Error>& refusal)
{
    gate(control, allowed, refusal);
}

void gateChange(QAction* control, bool allowed, const std::optional<Error>& refusal)
{
    gate(control, allowed, refusal);
}

std::optional<Error> firstRefusal(std::initializer_list<std::optional<Error>> refusals)
{
    for (const std::optional<Error>& refusal : refusals) {
        if (refusal)
            return refusal;
    }
    return std::nullopt;
}

} // namespace keydesk::gui
