// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

namespace keydesk::gui {

// Help > Keyboard Shortcuts: what each key does, read from the window's own actions so the list
// cannot drift from the keys that work.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Shortcut
    {
        QString what;
        QKeySequence keys;
    };

    explicit ShortcutsDialog(const QList<Shortcut>& shortcuts, QWidget* parent = nullptr);
};

} // namespace keydesk::gui
