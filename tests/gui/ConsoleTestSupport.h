// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "gui/MainWindow.h"

#include <QString>

#include <memory>

class QWidget;

namespace keydesk::gui {
class SecurityKeysTab;
}

namespace keydesk::test {

struct ConsoleUnderTest
{
    std::unique_ptr<gui::MainWindow> window;
    qint64 userId = 0;
};

// A new database at `path` with one user, Grace Hopper (id 1), open in a shown main window whose
// enrollment server listens on a free loopback port.
ConsoleUnderTest openConsoleWithGrace(const QString& path);

// With KEYDESK_SCREENSHOT_DIR set, keeps a picture of the widget (and, under a real X server, of
// the whole screen) for people to look at.
void keepScreenshot(QWidget* widget, const QString& name);
// Every label's text in `widget`, joined by '|': what a failed wait says it showed.
QString labelTexts(QWidget* widget);

// Runs the wizard that "+ New Security Key" opens, choosing a smartphone and Activate Now with the
// recommended settings; returns what the activation page said about email: "enabled: <note>" or
// "disabled: <note>".
QString assignWithActivateNow(gui::SecurityKeysTab* tab);

} // namespace keydesk::test
