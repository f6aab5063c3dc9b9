// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace keydesk {

// Installs KeyDesk's translation for `language` ("de", "fa"; empty: the system's) and Qt's own,
// and sets right-to-left layout for a right-to-left language in a GUI application. Returns the
// language now in use ("en" when KeyDesk has no translation for the one asked).
QString installTranslations(QCoreApplication& app, const QString& language);

// The languages the console speaks: "en" and every translation built in (translations/*.ts), so
// adding a .ts file is all a new language needs.
QStringList consoleLanguages();
// A language by its own name ("Deutsch", "فارسی"), as its reader looks for it.
QString nativeLanguageName(const QString& language);

} // namespace keydesk
