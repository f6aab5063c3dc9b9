// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class OutboxPage;
}

namespace keydesk::gui {

class KeyServices;
class OutboxTableModel;

// The outbox: every email KeyDesk queued, its state, attempts and the mail server's last
// words; retry now, cancel, send what is due, and the email settings.
class OutboxPage : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxPage(KeyServices& services, QWidget* parent = nullptr);
    ~OutboxPage() override;
    // Shows one status ("queued", "failed"…), "stuck" (OutboxService::listStuck) or, for an
    // empty filter, every message.
    void showFilter(const QString& filter);
    // The list shows the newest this many; the count above it says how many there are.
    static constexpr int kShownMessages = 1000;
    static constexpr char kStuck[] = "stuck";

    void reload();
    OutboxTableModel* model() const { return m_model; }

Q_SIGNALS:
    void settingsRequested();

private:
    qint64 selectedId() const;
    void updateButtons();

    std::unique_ptr<Ui::OutboxPage> m_ui;
    KeyServices& m_services;
    OutboxTableModel* m_model = nullptr;
    QTimer m_poll;
};

} // namespace keydesk::gui
