// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QDialog>
#include <QHash>
#include <QList>

#include <tuple>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace keydesk::net {
class DeskSettings;
}

namespace keydesk::gui {

class KeyPolicyEditor;
class KeyServices;

// Settings, in pages: General (language, appearance, the database opened at start), Enrollment server (this
// desk's address, port and TLS files; the deployment's base URL, RP ID, name and origins),
// Email (SMTP), Security Keys (lifetimes, defaults for new keys, attestation trust anchors), Key
// Policy (which authenticators activation accepts) and Workflows (timer). Save checks everything first and
// keeps nothing when one value is refused: the reason is shown and the page with it comes forward.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(KeyServices& services, net::DeskSettings& desk, QWidget* parent = nullptr);

    // Applies the form; false with errorText() when a value was refused (nothing changed then).
    bool apply();
    QString errorText() const;
    // Whether the last apply() changed this desk's server settings (the console restarts it).
    bool serverChanged() const { return m_serverChanged; }
    // Opens on the Enrollment Server tab (a dialog whose link nobody answers offers this fix).
    void showServerPage();

Q_SIGNALS:
    void emailSettingsRequested();

private:
    QWidget* generalPage();
    QWidget* serverPage();
    QWidget* emailPage();
    QWidget* keysPage();
    QWidget* policyPage();
    QWidget* workflowsPage();
    void load();
    void showError(QWidget* page, const QString& text);
    // A row of the form for the database setting `key`; its label names the setting in messages.
    void addSettingRow(QFormLayout* form, const QString& key, const QString& label, QWidget* field);
    QString describeRefusal(const QString& key, const QString& error) const;
    // The database settings as the form shows them: key, value, the page they are on.
    QList<std::tuple<QString, QString, QWidget*>> databaseValues() const;

    KeyServices& m_services;
    net::DeskSettings& m_desk;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_generalPage = nullptr;
    QWidget* m_serverPage = nullptr;
    QWidget* m_keysPage = nullptr;
    QWidget* m_policyPage = nullptr;
    QWidget* m_workflowsPage = nullptr;
    QLabel* m_error = nullptr;
    bool m_serverChanged = false;

    KeyPolicyEditor* m_policy = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_appearance = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_bind = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_certificate = nullptr;
    QLineEdit* m_key = nullptr;
    QLabel* m_emailSummary = nullptr;
    QSpinBox* m_workflowMinutes = nullptr;
    QSpinBox* m_nowMinutes = nullptr;
    QSpinBox* m_emailDays = nullptr;
    QComboBox* m_userVerification = nullptr;
    QComboBox* m_attestation = nullptr;
    QPlainTextEdit* m_trustAnchors = nullptr;
    // Deployment settings in the database, by key, with the page they are on.
    QHash<QString, QLineEdit*> m_deploymentEdits;
    QLineEdit* m_algorithms = nullptr;
    QHash<QString, QString> m_settingNames; // key → the field's label, without "&" and ":"
    QHash<QString, QString> m_loaded;       // databaseValues() when the dialog opened
};

} // namespace keydesk::gui
