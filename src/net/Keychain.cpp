// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Keychain.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace keydesk::net {

namespace {

// A keychain that does not answer within this is taken as none.
constexpr int kKeychainWaitMs = 5'000;

} // namespace

QString keychainService()
{
    return QStringLiteral("KeyDesk");
}

bool runKeychainJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    limit.start(kKeychainWaitMs);
    job.start();
    loop.exec();
    return limit.isActive() && job.error() == QKeychain::NoError;
}

std::optional<QString> readKeychain(const QString& key)
{
    QKeychain::ReadPasswordJob read(keychainService());
    read.setKey(key);
    if (!runKeychainJob(read))
        return std::nullopt;
    return read.textData();
}

} // namespace keydesk::net
