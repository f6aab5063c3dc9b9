// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Compiled with keydesk_core's settings by the CoreRejectsWidgets test, which passes only when
// this fails to compile: the UI-free layers cannot reach Qt Widgets.
#include <QtWidgets/QWidget>

int probe()
{
    return sizeof(QWidget);
}
