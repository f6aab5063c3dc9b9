// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QJsonObject>
#include <QTableWidget>

namespace keydesk::gui {

// The relying party's verdict as people read it: one row per check in the order it ran, with a
// pass or fail mark, a plain name ("RP ID hash") and the detail. Takes keydesk_webauthn's verdict
// JSON, so stored verdicts and fresh ones (RP debugger) look the same.
class VerdictTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit VerdictTable(QWidget* parent = nullptr);

    void setVerdict(const QJsonObject& verdict);
    // The verdict's checks as shown: "✔ Challenge — detail", one per line; for tests and copying.
    QString summaryText() const;

    // "RP ID hash" for "rpIdHash"; the name itself for checks this console does not know.
    static QString checkTitle(const QString& name);
};

} // namespace keydesk::gui
