// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QtGlobal>

#include <QByteArray>
#include <QList>

namespace keydesk {
class Store;
}

namespace keydesk::test {

// A seeded random rollout over every user already in the database, as months of enrollment
// leave it: active keys (some unused for long, some with an older revoked key), pending ones
// whose links expire from yesterday to next week (their emails queued, sent, failed or stuck),
// suspended, revoked and expired keys, and users with none. Written with plain SQL in one
// transaction, without audit events: test and benchmark data, whose expected figures the tests
// count with SQL of their own. The same seed gives the same rows.
void seedKeyHistory(Store& store, quint32 seed, qint64 nowMs);
// Bound keys (active, and the revoked ones once active) have these AAGUIDs in turn, the first
// three with BE clear, the next three with BE set, and so on.
QList<QByteArray> seededAaguids();

} // namespace keydesk::test
