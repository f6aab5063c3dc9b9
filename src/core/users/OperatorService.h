// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/Actor.h"
#include "core/domain/Operator.h"

#include <QList>

namespace keydesk {

class Store;

// Who works KeyDesk, and with which role (docs/operators.md). An operator is an enabled user;
// the last admin can neither lose the role nor go, so that a team cannot lock itself out. Each
// change is one transaction whose audit event names `by`. Users are named by id or email.
class OperatorService
{
public:
    explicit OperatorService(Store& store) : m_store(store) {}

    Result<QList<Operator>> list();
    Result<Operator> add(const Actor& by, const QString& user, const QString& role);
    Result<Operator> setRole(const Actor& by, const QString& user, const QString& role);
    // The operator as they were.
    Result<Operator> remove(const Actor& by, const QString& user);

private:
    Result<Operator> existing(const QString& user);
    // Fails when `current` is the last admin and would stop being one.
    Status keepAnAdmin(const Operator& current);

    Store& m_store;
};

} // namespace keydesk
