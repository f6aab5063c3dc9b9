// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Core.h"

#include "core/LocalChanges.h"
#include "core/store/DatabasePasswords.h"
#include "core/store/Store.h"

namespace keydesk {

Result<std::unique_ptr<Core>> Core::open(const QString& path, const Options& options)
{
    StoreOptions storeOptions;
    storeOptions.actor = options.actor;
    storeOptions.clock = options.clock;
    storeOptions.database.createIfMissing = options.createIfMissing;
    auto store = Store::open(path, storeOptions);
    if (!store)
        return Result<std::unique_ptr<Core>>::failure(store.cause());
    return std::unique_ptr<Core>(new Core(std::move(store).value()));
}

Core::Core(std::unique_ptr<Store> store) : m_store(std::move(store))
{
    m_changes.users = localUserChanges(*m_store);
    m_changes.groups = localGroupChanges(*m_store);
    m_changes.keys = localKeyChanges(*m_store);
    m_changes.outbox = localOutboxChanges(*m_store);
    m_changes.windowsLogons = localWindowsLogonChanges(*m_store);
    m_changes.workflows = localWorkflowChanges(*m_store);
}

void Core::joinTeam(SignedInOperator signedIn, RemoteChanges changes)
{
    m_teamOperator = std::move(signedIn);
    m_changes = std::move(changes);
}

std::optional<Error> Core::refusal(Permission permission) const
{
    if (!m_teamOperator)
        return std::nullopt;
    if (Status allowed = actor().check(permission); !allowed)
        return allowed.cause();
    if (m_changes.unreachable)
        return m_changes.unreachable();
    return std::nullopt;
}

Core::~Core() = default;

bool Core::isServerDatabase(const QString& pathOrUrl)
{
    return DatabaseLocation::looksLikeUrl(pathOrUrl);
}

QString Core::serverDatabaseName(const QString& url)
{
    const auto location = DatabaseLocation::parse(url);
    if (!location || location->engine != SqlEngine::PostgreSQL)
        return {};
    return location->display();
}

void Core::giveDatabasePassword(const QString& url, const QString& password)
{
    if (const QString name = serverDatabaseName(url); !name.isEmpty())
        DatabasePasswords::set(name, password);
}

void Core::forgetDatabasePassword(const QString& url)
{
    if (const QString name = serverDatabaseName(url); !name.isEmpty())
        DatabasePasswords::forget(name);
}

bool Core::serverWantsPassword(const QString& url)
{
    return Database::serverWantsPassword(url);
}

QString Core::databasePath() const
{
    return m_store->database().path();
}

const Clock& Core::clock() const
{
    return m_store->clock();
}

Actor Core::actor() const
{
    return m_teamOperator ? Actor::signedIn(*m_teamOperator) : Actor(m_store->actor());
}

Result<QString> Core::setting(const QString& key, const QString& fallback)
{
    return m_store->setting(key, fallback);
}

} // namespace keydesk
