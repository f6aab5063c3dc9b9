// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QDialog>

namespace keydesk::gui {

// The first start without a database: open an existing one, create an empty one, or create the
// demo (which also starts the virtual phone). The choice is the path and whether it is the demo.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    // `defaultPath` is where an empty database goes; `demoPath` the demo's.
    FirstRunDialog(QString defaultPath, QString demoPath, QWidget* parent = nullptr);

    QString databasePath() const { return m_path; }
    bool demo() const { return m_demo; }

    // What the three buttons do (the first asks for a file).
    void chooseExisting(const QString& path);
    void chooseEmpty();
    void chooseDemo();

private:
    QString m_defaultPath;
    QString m_demoPath;
    QString m_path;
    bool m_demo = false;
};

} // namespace keydesk::gui
