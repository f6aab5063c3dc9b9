// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QObject>

namespace keydesk::gui {

// Pages announce that they changed the database; every page showing data re-reads it.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    void notify() { Q_EMIT changed(); }
    // A change that may bring users into a workflow's scope (new, enabled, joined a group).
    void notifyScope()
    {
        Q_EMIT changed();
        Q_EMIT scopeChanged();
    }

Q_SIGNALS:
    void changed();
    void scopeChanged();
};

} // namespace keydesk::gui
