// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QString>

#include <functional>

namespace keydesk {

class Store;

struct DemoDataSummary
{
    qint64 users = 0;
    qint64 disabledUsers = 0;
    qint64 groups = 0;
};

// Fills an empty database with a deterministic, realistic organisation: the same users, emails,
// departments, groups and ids on every run, so demos and benchmarks are repeatable.
class DemoDataGenerator
{
public:
    static constexpr qint64 kDefaultUsers = 200;
    static constexpr qint64 kMaxUsers = 5'000'000;
    static const QString kEmailDomain;

    using Progress = std::function<void(qint64 done, qint64 total)>;

    static Result<DemoDataSummary> generate(Store& store, qint64 userCount, const Progress& progress = {});
};

} // namespace keydesk
