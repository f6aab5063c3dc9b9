// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DemoSession.h"

#include "core/Core.h"
#include "core/demo/DemoDataGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace keydesk::gui {

namespace {

// Refusals, said in the reader's language when they are read.
struct Refusal
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(DemoSession)
};

} // namespace

DemoSession::DemoSession(QObject* parent) : QObject(parent)
{
    m_phone.setProcessChannelMode(QProcess::ForwardedChannels);
}

DemoSession::~DemoSession()
{
    // The phone belongs to this demo: it goes when the console does.
    if (m_phone.state() != QProcess::NotRunning) {
        m_phone.terminate();
        if (!m_phone.waitForFinished(3000))
            m_phone.kill();
    }
}

Status DemoSession::prepareDatabase(const QString& path)
{
    if (QFileInfo::exists(path))
        return {};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(Refusal::tr("Cannot create the folder for the demo database %1.").arg(path));
    auto core = Core::open(path, {});
    if (!core)
        return Status::failure(core.cause());
    auto made = DemoDataGenerator::generate(core.value()->store(), DemoDataGenerator::kDefaultUsers);
    return made ? Status() : Status::failure(made.cause());
}

QString DemoSession::phoneCredentialsFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".phone.json");
}

bool DemoSession::startPhone(const QString& serverUrl, const QString& credentialsPath, const QRect& geometry,
                             QString* error)
{
    const QString program =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("keydesk-phone"));
    if (!QFileInfo(program).isExecutable()) {
        *error = tr("The virtual phone (%1) is not installed.").arg(program);
        return false;
    }
    QStringList arguments{QStringLiteral("--credentials"), credentialsPath, QStringLiteral("--server"),
                          serverUrl};
    // Qt's X11 -geometry option places the phone's window beside the console's.
    if (geometry.isValid())
        arguments << QStringLiteral("-geometry")
                  << QStringLiteral("%1x%2+%3+%4")
                         .arg(geometry.width())
                         .arg(geometry.height())
                         .arg(geometry.x())
                         .arg(geometry.y());
    m_phone.start(program, arguments);
    if (!m_phone.waitForStarted(5000)) {
        *error = tr("The virtual phone did not start: %1").arg(m_phone.errorString());
        return false;
    }
    return true;
}

} // namespace keydesk::gui
