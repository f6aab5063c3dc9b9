// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "OperatorService.h"

#include "core/ServiceCall.h"

#include <QCoreApplication>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(OperatorService)
};

} // namespace

namespace keydesk {

namespace {

Result<OperatorRole> parseRole(const QString& name)
{
    if (const auto role = operatorRoleFromName(name))
        return *role;
    return Result<OperatorRole>::failure(
        Text::tr("unknown role '%1' (roles: %2)").arg(name, operatorRoleNames().join(QStringLiteral(", "))));
}

} // namespace

Result<QList<Operator>> OperatorService::list()
{
    return m_store.operators().list();
}

Result<Operator> OperatorService::existing(const QString& user)
{
    using R = Result<Operator>;
    auto found = m_store.users().resolve(user);
    if (!found)
        return R::failure(found.cause());
    auto op = m_store.operators().find(found->id);
    if (!op)
        return R::failure(op.cause());
    if (!op.value())
        return R::failure(Text::tr("'%1' is not an operator").arg(found->email));
    return *op.value();
}

Status OperatorService::keepAnAdmin(const Operator& current)
{
    if (current.role != OperatorRole::Admin)
        return {};
    auto admins = m_store.operators().countWithRole(OperatorRole::Admin);
    if (!admins)
        return Status::failure(admins.cause());
    if (admins.value() <= 1)
        return Status::failure(
            Text::tr("'%1' is the last admin; make another operator admin first").arg(current.email));
    return {};
}

Result<Operator> OperatorService::add(const Actor& by, const QString& user, const QString& role)
{
    using R = Result<Operator>;
    return serviceCall(m_store, by, Permission::ManageOperators, [&]() -> R {
        auto parsed = parseRole(role);
        if (!parsed)
            return R::failure(parsed.cause());
        auto found = m_store.users().resolve(user);
        if (!found)
            return R::failure(found.cause());
        if (!found->enabled)
            return R::failure(Text::tr("user '%1' is disabled; enable them before making them an operator")
                                  .arg(found->email));
        auto current = m_store.operators().find(found->id);
        if (!current)
            return R::failure(current.cause());
        if (current.value())
            return R::failure(Text::tr("'%1' is already an operator (%2)")
                                  .arg(found->email, operatorRoleName(current.value()->role)));
        return m_store.operators().add(found.value(), parsed.value());
    });
}

Result<Operator> OperatorService::setRole(const Actor& by, const QString& user, const QString& role)
{
    using R = Result<Operator>;
    return serviceCall(m_store, by, Permission::ManageOperators, [&]() -> R {
        auto parsed = parseRole(role);
        if (!parsed)
            return R::failure(parsed.cause());
        auto current = existing(user);
        if (!current)
            return current;
        if (current->role == parsed.value())
            return R::failure(
                Text::tr("'%1' is already %2").arg(current->email, operatorRoleName(parsed.value())));
        if (Status s = keepAnAdmin(current.value()); !s)
            return R::failure(s.cause());
        if (Status s = m_store.operators().setRole(current.value(), parsed.value()); !s)
            return R::failure(s.cause());
        // A session carries the role it signed in with: it ends, and the operator signs in again.
        if (auto ended = m_store.access().endSessionsOf(current->userId, QStringLiteral("role-changed"));
            !ended)
            return R::failure(ended.cause());
        Operator changed = current.value();
        changed.role = parsed.value();
        return changed;
    });
}

Result<Operator> OperatorService::remove(const Actor& by, const QString& user)
{
    using R = Result<Operator>;
    return serviceCall(m_store, by, Permission::ManageOperators, [&]() -> R {
        auto current = existing(user);
        if (!current)
            return current;
        if (Status s = keepAnAdmin(current.value()); !s)
            return R::failure(s.cause());
        // Their sessions and tokens would go by cascade; ended one by one, each leaves its event.
        if (auto ended = m_store.access().endSessionsOf(current->userId, QStringLiteral("operator-removed"));
            !ended)
            return R::failure(ended.cause());
        auto tokens = m_store.access().tokens(current->userId);
        if (!tokens)
            return R::failure(tokens.cause());
        for (const ApiToken& token : tokens.value()) {
            if (Status s = m_store.access().deleteToken(token); !s)
                return R::failure(s.cause());
        }
        if (Status s = m_store.operators().remove(current.value()); !s)
            return R::failure(s.cause());
        return current;
    });
}

} // namespace keydesk
