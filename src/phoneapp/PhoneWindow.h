// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "phone/VirtualPhone.h"

#include <QMainWindow>
#include <QUrl>

class QActionGroup;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace keydesk::phoneapp {

// The virtual phone's window: phone-sized, with what a phone app offers — scan a QR code (from
// the screen, as a camera would, or from an image file), "Work or School" (email + code), the
// passkeys it holds — plus the Tamper menu that makes it misbehave on purpose.
class PhoneWindow : public QMainWindow
{
    Q_OBJECT

public:
    PhoneWindow(phone::VirtualPhone& phone, QUrl server, QWidget* parent = nullptr);

    // What the buttons do, also for tests and scripted demos.
    void scanScreen();
    void scanImage(const QImage& image);
    void openLink(const QUrl& link);
    void setTamper(authenticator::Tamper tamper);

    bool busy() const { return m_busy; }
    QString resultText() const;

Q_SIGNALS:
    void finished(const keydesk::phone::PhoneOutcome& outcome);

private:
    void begin(const QString& what);
    void showOutcome(const phone::PhoneOutcome& outcome);
    void scanFile();
    void askForLink();
    void workOrSchool();
    void removePasskey();
    void reloadPasskeys();
    void log(const QString& line);

    phone::VirtualPhone& m_phone;
    QUrl m_server; // the enrollment server for "Work or School"; follows the last link opened
    bool m_busy = false;
    QActionGroup* m_tamperGroup = nullptr;
    QLabel* m_result = nullptr;
    QLabel* m_tamperBanner = nullptr;
    QListWidget* m_passkeys = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QPushButton* m_scan = nullptr;
    QPushButton* m_code = nullptr;
};

} // namespace keydesk::phoneapp
