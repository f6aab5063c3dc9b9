// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SecretStore.h"

#include "net/SmtpSettings.h"

#include <qt6keychain/keychain.h>

namespace keydesk::gui {

namespace {
const QString kService = QStringLiteral("KeyDesk");
}

QString SecretStore::keyFor(const QString& host, const QString& username)
{
    return QStringLiteral("smtp:%1@%2").arg(username, host.toLower());
}

QString SecretStore::keyForDatabase(const QString& url)
{
    return QStringLiteral("database:") + url;
}

void SecretStore::read(const QString& key,
                       std::function<void(bool ok, const QString& password, const QString& error)> done)
{
    if (key.startsWith(QLatin1String("smtp:")) && qEnvironmentVariableIsSet(net::kSmtpPasswordVariable)) {
        done(true, qEnvironmentVariable(net::kSmtpPasswordVariable), {});
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) {
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(j);
        if (read->error() == QKeychain::NoError)
            done(true, read->textData(), {});
        else if (read->error() == QKeychain::EntryNotFound)
            done(true, {}, {});
        else
            done(false, {}, read->errorString());
    });
    job->start();
}

void SecretStore::write(const QString& key, const QString& password,
                        std::function<void(bool ok, const QString& error)> done)
{
    QKeychain::Job* job = nullptr;
    if (password.isEmpty()) {
        auto* remove = new QKeychain::DeletePasswordJob(kService, this);
        remove->setKey(key);
        job = remove;
    } else {
        auto* store = new QKeychain::WritePasswordJob(kService, this);
        store->setKey(key);
        store->setTextData(password);
        job = store;
    }
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : j->errorString());
    });
    job->start();
}

} // namespace keydesk::gui
