// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QString>

#include <optional>

namespace QKeychain {
class Job;
}

namespace keydesk::net {

// The OS keychain (QtKeychain: Secret Service, KWallet, macOS Keychain, Windows Credential Store)
// as processes without a window use it: a job waited for, up to a few seconds (a desktop without a
// secret service, a server over SSH, answers nothing).

// The service every KeyDesk entry is kept under.
QString keychainService();
// Runs `job` to its end or the time limit; true when it finished in time without error.
bool runKeychainJob(QKeychain::Job& job);
// The entry's secret, or nullopt when the keychain has none or does not answer.
std::optional<QString> readKeychain(const QString& key);

} // namespace keydesk::net
