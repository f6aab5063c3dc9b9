// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The one table of a key's statuses, checked whole: every action from every status, and which
// links still work.
#include "core/keys/KeyStateMachine.h"

#include <QTest>

using namespace keydesk;

class TestKeyStateMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyActionFromEveryStatus()
    {
        using enum KeyStatus;
        const QList<KeyStatus> all{Pending, Active, Suspended, Revoked, Expired};
        const QList<std::pair<KeyAction, QList<KeyStatus>>> expected{
            {KeyAction::Reissue, {Pending, Expired}},
            {KeyAction::Activate, {Pending}},
            {KeyAction::Suspend, {Active}},
            {KeyAction::Resume, {Suspended}},
            {KeyAction::Revoke, {Pending, Active, Suspended, Expired}},
            {KeyAction::Delete, {Pending, Expired}},
            {KeyAction::Expire, {Pending, Expired}},
        };
        for (const auto& [action, from] : expected) {
            for (KeyStatus status : all)
                QCOMPARE(allows(action, status), from.contains(status));
        }
        // Nothing leaves "revoked".
        for (const auto& [action, from] : expected)
            QVERIFY(!allows(action, Revoked));
        QCOMPARE(transitionOf(KeyAction::Resume).to, std::optional(Active));
        QCOMPARE(transitionOf(KeyAction::Delete).to, std::nullopt);
        QCOMPARE(allowedStatusesText(KeyAction::Revoke),
                 QStringLiteral("pending or active or suspended or expired"));
    }

    void whichLinksStillWork()
    {
        SecurityKey key;
        key.status = KeyStatus::Pending;
        Activation a;
        a.expiresAtMs = 1000;
        QCOMPARE(activationState(a, key, 999), ActivationState::Live);
        QCOMPARE(activationState(a, key, 1000), ActivationState::Expired);
        key.status = KeyStatus::Expired; // re-issuable: its old link is expired, not withdrawn
        QCOMPARE(activationState(a, key, 999), ActivationState::Live);
        for (KeyStatus withdrawn : {KeyStatus::Active, KeyStatus::Suspended, KeyStatus::Revoked}) {
            key.status = withdrawn;
            QCOMPARE(activationState(a, key, 0), ActivationState::KeyWithdrawn);
        }
        key.status = KeyStatus::Pending;
        a.supersededBy = 2;
        QCOMPARE(activationState(a, key, 0), ActivationState::Superseded);
        a.usedAtMs = 5; // used wins over superseded
        QCOMPARE(activationState(a, key, 0), ActivationState::Used);
    }
};

QTEST_GUILESS_MAIN(TestKeyStateMachine)
#include "TestKeyStateMachine.moc"
