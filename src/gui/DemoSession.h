// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QObject>
#include <QProcess>
#include <QRect>

namespace keydesk::gui {

// The offline demo (`keydesk --demo`): the demo database, made on first use, and the virtual
// phone (keydesk-phone) in its own window beside the console, talking to the console's
// enrollment server over loopback. Nothing leaves the machine.
class DemoSession : public QObject
{
    Q_OBJECT

public:
    explicit DemoSession(QObject* parent = nullptr);
    ~DemoSession() override;

    // Creates the deterministic demo organisation at `path` unless the file exists.
    static Status prepareDatabase(const QString& path);
    // The phone's passkeys live beside the demo database: "<database>.phone.json".
    static QString phoneCredentialsFor(const QString& databasePath);

    // Starts keydesk-phone (next to this executable) at `geometry`; false with the reason when it
    // cannot be started, which the console shows without stopping the demo.
    bool startPhone(const QString& serverUrl, const QString& credentialsPath, const QRect& geometry,
                    QString* error);

private:
    QProcess m_phone;
};

} // namespace keydesk::gui
