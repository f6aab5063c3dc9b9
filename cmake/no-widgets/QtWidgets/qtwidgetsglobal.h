// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Found before Qt's own header only by targets below the GUI layer (keydesk_forbid_widgets).
#error "Qt Widgets may only be used in keydesk_gui: this library must stay UI-free"
