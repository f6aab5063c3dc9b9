// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SettingsDialog.h"

#include "Appearance.h"
#include "KeyPolicyEditor.h"
#include "KeyServices.h"
#include "core/Core.h"
#include "core/activation/DeploymentSettings.h"
#include "core/activation/EnrollmentConfig.h"
#include "i18n/Translations.h"
#include "net/DeskSettings.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace keydesk::gui {

namespace {

constexpr char kNowMinutesKey[] = "activation.now_minutes";
constexpr char kEmailDaysKey[] = "activation.email_days";

QString settingText(Core& core, const QString& key)
{
    auto value = core.setting(key);
    return value ? value.value() : QString();
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    return label;
}

// A line edit with a "Browse…" button that picks a file.
QWidget* fileField(QLineEdit* edit, const QString& caption, const QString& filter, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QPushButton(QCoreApplication::translate("SettingsDialog", "Browse…"), box);
    row->addWidget(edit, 1);
    row->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, caption, filter] {
        const QString path = QFileDialog::getOpenFileName(edit, caption, edit->text(), filter);
        if (!path.isEmpty())
            edit->setText(path);
    });
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(KeyServices& services, net::DeskSettings& desk, QWidget* parent)
    : QDialog(parent), m_services(services), m_desk(desk)
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs = new QTabWidget(this);
    m_generalPage = generalPage();
    m_tabs->addTab(m_generalPage, tr("&General"));
    m_serverPage = serverPage();
    m_tabs->addTab(m_serverPage, tr("Enrollment &Server"));
    m_tabs->addTab(emailPage(), tr("E&mail"));
    m_keysPage = keysPage();
    m_tabs->addTab(m_keysPage, tr("Security &Keys"));
    m_policyPage = policyPage();
    m_tabs->addTab(m_policyPage, tr("Key Pol&icy"));
    m_workflowsPage = workflowsPage();
    m_tabs->addTab(m_workflowsPage, tr("&Workflows"));
    // A team desk's console has this desk's own settings only; the server keeps the rest.
    if (const std::optional<Error> refusal = m_services.soloOnly()) {
        for (int tab = 1; tab < m_tabs->count(); ++tab) {
            m_tabs->setTabEnabled(tab, false);
            m_tabs->setTabToolTip(tab, refusal->message());
        }
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #cf222e; font-weight: 600;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(640);
    load();
}

QWidget* SettingsDialog::generalPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("The system's language"), QString());
    for (const QString& language : net::DeskSettings::supportedLanguages())
        m_language->addItem(nativeLanguageName(language), language);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note(tr("A new language applies the next time KeyDesk starts."), page));
    m_appearance = new QComboBox(page);
    m_appearance->setObjectName(QStringLiteral("appearanceCombo"));
    m_appearance->addItem(tr("The desktop's"), QStringLiteral("system"));
    m_appearance->addItem(tr("Light"), QStringLiteral("light"));
    m_appearance->addItem(tr("Dark"), QStringLiteral("dark"));
    form->addRow(tr("A&ppearance:"), m_appearance);
    m_database = new QLineEdit(page);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setAccessibleName(tr("Database at start"));
    m_database->setPlaceholderText(tr("empty: the last database opened"));
    form->addRow(tr("&Database at start:"),
                 fileField(m_database, tr("Database"), tr("KeyDesk databases (*.sqlite *.db)"), page));
    form->addRow(
        QString(),
        note(
            tr("Open now: %1. File > Open Database… switches at once.").arg(m_services.core().databasePath()),
            page));
    return page;
}

void SettingsDialog::showServerPage()
{
    m_tabs->setCurrentWidget(m_serverPage);
    m_port->setFocus();
}

QWidget* SettingsDialog::serverPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* deskBox = new QFormLayout;
    m_bind = new QLineEdit(page);
    m_bind->setObjectName(QStringLiteral("bindEdit"));
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_certificate = new QLineEdit(page);
    m_certificate->setObjectName(QStringLiteral("certificateEdit"));
    m_certificate->setAccessibleName(tr("TLS certificate"));
    m_key = new QLineEdit(page);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setAccessibleName(tr("TLS private key"));
    layout->addWidget(
        new QLabel(tr("<b>This desk</b> — where its server listens (restarted on Save)"), page));
    deskBox->addRow(tr("&Address:"), m_bind);
    deskBox->addRow(tr("&Port:"), m_port);
    deskBox->addRow(tr("TLS &certificate (PEM):"),
                    fileField(m_certificate, tr("TLS Certificate"), tr("PEM files (*.pem *.crt)"), page));
    deskBox->addRow(tr("TLS private &key (PEM):"),
                    fileField(m_key, tr("TLS Private Key"), tr("PEM files (*.pem *.key)"), page));
    layout->addLayout(deskBox);
    // What runs now, which may differ from the saved values (--port, --bind) or have failed.
    const net::ServerOptions& running = m_services.serverOptions();
    QString now = m_services.serverRunning() ? tr("Running now at %1.").arg(m_services.listeningUrl())
                                             : tr("Not running: %1").arg(m_services.serverError());
    if (running.port != m_desk.port() || running.bindAddress != m_desk.bindAddress())
        now += u' ' + tr("This run uses the address and port given on the command line; the values above "
                         "apply when KeyDesk starts without them, or now if you change them.");
    auto* nowLabel = note(now, page);
    nowLabel->setObjectName(QStringLiteral("serverNowLabel"));
    layout->addWidget(nowLabel);
    layout->addWidget(
        note(tr("127.0.0.1 serves this computer only. Phones need an address they can reach and "
                "HTTPS with a certificate they trust (keydesk-cli server make-cert for demos)."),
             page));
    layout->addWidget(new QLabel(tr("<b>The deployment</b> — shared by every desk on this database"), page));
    auto* deployment = new QFormLayout;
    const QList<std::pair<const char*, QString>> fields{
        {EnrollmentConfig::kBaseUrlKey, tr("&Base URL:")},
        {EnrollmentConfig::kRpIdKey, tr("&Relying party ID:")},
        {EnrollmentConfig::kRpNameKey, tr("Relying party &name:")},
        {EnrollmentConfig::kOriginsKey, tr("Further allowed &origins:")},
    };
    for (const auto& [key, label] : fields) {
        auto* edit = new QLineEdit(page);
        edit->setObjectName(QString::fromLatin1(key));
        for (const DeploymentSetting& s : deploymentSettings()) {
            if (s.key == QLatin1String(key)) {
                edit->setPlaceholderText(s.defaultText); // what an empty field means
                edit->setToolTip(s.description);
            }
        }
        addSettingRow(deployment, QString::fromLatin1(key), label, edit);
        m_deploymentEdits.insert(QString::fromLatin1(key), edit);
    }
    layout->addLayout(deployment);
    layout->addStretch(1);
    return page;
}

QWidget* SettingsDialog::emailPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_emailSummary = new QLabel(page);
    m_emailSummary->setWordWrap(true);
    auto* open = new QPushButton(tr("Email &Settings…"), page);
    layout->addWidget(m_emailSummary);
    layout->addWidget(
        note(tr("The SMTP server, the sender and the password (kept in the system keychain, never in "
                "the database)."),
             page));
    layout->addWidget(open, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(open, &QPushButton::clicked, this, &SettingsDialog::emailSettingsRequested);
    return page;
}

QWidget* SettingsDialog::keysPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_nowMinutes = new QSpinBox(page);
    m_nowMinutes->setObjectName(QStringLiteral("nowMinutesSpin"));
    m_nowMinutes->setRange(1, 1440);
    m_nowMinutes->setSuffix(tr(" minutes"));
    m_emailDays = new QSpinBox(page);
    m_emailDays->setObjectName(QStringLiteral("emailDaysSpin"));
    m_emailDays->setRange(1, 90);
    m_emailDays->setSuffix(tr(" days"));
    m_userVerification = new QComboBox(page);
    m_userVerification->setObjectName(QStringLiteral("userVerificationCombo"));
    m_userVerification->addItem(tr("Required (recommended)"), QStringLiteral("required"));
    m_userVerification->addItem(tr("Preferred"), QStringLiteral("preferred"));
    m_attestation = new QComboBox(page);
    m_attestation->setObjectName(QStringLiteral("attestationCombo"));
    m_attestation->addItem(tr("None — any phone (recommended)"), QStringLiteral("none"));
    m_attestation->addItem(tr("Record what the phone proves"), QStringLiteral("record"));
    m_attestation->addItem(tr("Require a trusted vendor"), QStringLiteral("require"));
    m_trustAnchors = new QPlainTextEdit(page);
    m_trustAnchors->setObjectName(QStringLiteral("trustAnchorsEdit"));
    m_trustAnchors->setPlaceholderText(
        QStringLiteral("-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----"));
    m_trustAnchors->setAccessibleName(tr("Attestation trust anchors"));
    m_trustAnchors->setTabChangesFocus(true);
    auto* load = new QPushButton(tr("Add &PEM File…"), page);
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Trust Anchor"), {}, tr("PEM files (*.pem *.crt)"));
        QFile file(path);
        if (!path.isEmpty() && file.open(QIODevice::ReadOnly))
            m_trustAnchors->appendPlainText(QString::fromLatin1(file.read(256 * 1024)));
    });
    addSettingRow(form, QString::fromLatin1(kNowMinutesKey), tr("Activate &Now link lives:"), m_nowMinutes);
    addSettingRow(form, QString::fromLatin1(kEmailDaysKey), tr("&Emailed link lives:"), m_emailDays);
    addSettingRow(form, QString::fromLatin1(kDefaultUserVerificationKey), tr("New keys: &user verification:"),
                  m_userVerification);
    addSettingRow(form, QString::fromLatin1(kDefaultAttestationKey), tr("New keys: &attestation:"),
                  m_attestation);
    addSettingRow(form, QString::fromLatin1(EnrollmentConfig::kTrustAnchorsKey),
                  tr("Attestation &trust anchors:"), m_trustAnchors);
    form->addRow(QString(), load);
    form->addRow(QString(),
                 note(tr("Root certificates of the authenticator vendors you trust; needed only when "
                         "keys require attestation or the key policy takes trusted attestation only."),
                      page));
    m_algorithms = new QLineEdit(page);
    m_algorithms->setObjectName(QString::fromLatin1(EnrollmentConfig::kAlgorithmsKey));
    for (const DeploymentSetting& setting : deploymentSettings()) {
        if (setting.key == QLatin1String(EnrollmentConfig::kAlgorithmsKey)) {
            m_algorithms->setPlaceholderText(setting.defaultText); // what an empty field means
            m_algorithms->setToolTip(setting.description);
        }
    }
    addSettingRow(form, QString::fromLatin1(EnrollmentConfig::kAlgorithmsKey), tr("Key a&lgorithms:"),
                  m_algorithms);
    form->addRow(QString(), note(tr("Offered to phones, preferred first, and the only ones the relying party "
                                    "accepts. Empty: the recommended list shown."),
                                 page));
    return page;
}

QWidget* SettingsDialog::policyPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("Which keys the relying party accepts at activation. A phone refused by the "
                              "policy is told why; keys active before a change stay active, and the "
                              "Overview lists those the policy would refuse."),
                           page));
    m_policy = new KeyPolicyEditor(m_services.names(), page);
    layout->addWidget(m_policy, 1);
    // Refusals name the settings; the form's words for them.
    m_settingNames.insert(QString::fromLatin1(kPolicyDeviceBoundKey), tr("Device-bound keys only"));
    m_settingNames.insert(QString::fromLatin1(kPolicyTrustedAttestationKey), tr("Trusted attestation only"));
    m_settingNames.insert(QString::fromLatin1(kPolicyAuthenticatorsKey), tr("Authenticators"));
    m_settingNames.insert(QString::fromLatin1(kPolicyAaguidsKey), tr("Checked authenticators"));
    return page;
}

QWidget* SettingsDialog::workflowsPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_workflowMinutes = new QSpinBox(page);
    m_workflowMinutes->setObjectName(QStringLiteral("workflowMinutesSpin"));
    m_workflowMinutes->setRange(1, 1440);
    m_workflowMinutes->setSuffix(tr(" minutes"));
    addSettingRow(form, QString::fromLatin1(kWorkflowIntervalKey), tr("Run enabled workflows &every:"),
                  m_workflowMinutes);
    form->addRow(QString(), note(tr("While this console or keydesk-cli serve runs; also when users join a "
                                    "workflow's groups."),
                                 page));
    return page;
}

void SettingsDialog::load()
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_desk.language())));
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(m_desk.appearance())));
    m_database->setText(m_desk.databasePath());
    m_bind->setText(m_desk.bindAddress().toString());
    m_port->setValue(m_desk.port());
    m_certificate->setText(m_desk.certificatePath());
    m_key->setText(m_desk.keyPath());
    Core& core = m_services.core();
    for (auto it = m_deploymentEdits.begin(); it != m_deploymentEdits.end(); ++it)
        it.value()->setText(settingText(core, it.key()));
    const auto lifetimes = loadActivationLifetimes(core.store());
    const ActivationLifetimes l = lifetimes ? lifetimes.value() : ActivationLifetimes{};
    m_nowMinutes->setValue(int(l.nowMs / 60'000));
    m_emailDays->setValue(int(l.emailMs / 86'400'000));
    const auto defaults = defaultKeySettings(core.store());
    const KeySettings k = defaults ? defaults.value() : KeySettings{};
    m_userVerification->setCurrentIndex(k.requireUserVerification ? 0 : 1);
    m_attestation->setCurrentIndex(m_attestation->findData(attestationPolicyName(k.attestation)));
    m_trustAnchors->setPlainText(settingText(core, QString::fromLatin1(EnrollmentConfig::kTrustAnchorsKey)));
    m_algorithms->setText(settingText(core, QString::fromLatin1(EnrollmentConfig::kAlgorithmsKey)));
    m_policy->setValues(settingText(core, QString::fromLatin1(kPolicyDeviceBoundKey)),
                        settingText(core, QString::fromLatin1(kPolicyTrustedAttestationKey)),
                        settingText(core, QString::fromLatin1(kPolicyAuthenticatorsKey)),
                        settingText(core, QString::fromLatin1(kPolicyAaguidsKey)));
    const auto interval = workflowIntervalMinutes(core.store());
    m_workflowMinutes->setValue(interval ? interval.value() : 15);
    m_emailSummary->setText(m_services.mailStatus());
    for (const auto& [key, value, page] : databaseValues())
        m_loaded.insert(key, value);
}

QList<std::tuple<QString, QString, QWidget*>> SettingsDialog::databaseValues() const
{
    QWidget* server = m_serverPage;
    QWidget* keys = m_keysPage;
    QWidget* workflows = m_workflowsPage;
    QList<std::tuple<QString, QString, QWidget*>> values;
    for (auto it = m_deploymentEdits.begin(); it != m_deploymentEdits.end(); ++it)
        values.append({it.key(), it.value()->text().trimmed(), server});
    values.append({QString::fromLatin1(kNowMinutesKey), QString::number(m_nowMinutes->value()), keys});
    values.append({QString::fromLatin1(kEmailDaysKey), QString::number(m_emailDays->value()), keys});
    values.append({QString::fromLatin1(kDefaultUserVerificationKey),
                   m_userVerification->currentData().toString(), keys});
    values.append(
        {QString::fromLatin1(kDefaultAttestationKey), m_attestation->currentData().toString(), keys});
    values.append({QString::fromLatin1(EnrollmentConfig::kTrustAnchorsKey),
                   m_trustAnchors->toPlainText().trimmed(), keys});
    values.append(
        {QString::fromLatin1(EnrollmentConfig::kAlgorithmsKey), m_algorithms->text().simplified(), keys});
    values.append({QString::fromLatin1(kPolicyDeviceBoundKey), m_policy->deviceBoundValue(), m_policyPage});
    values.append({QString::fromLatin1(kPolicyTrustedAttestationKey), m_policy->trustedAttestationValue(),
                   m_policyPage});
    values.append({QString::fromLatin1(kPolicyAuthenticatorsKey), m_policy->listValue(), m_policyPage});
    values.append({QString::fromLatin1(kPolicyAaguidsKey), m_policy->aaguidsValue(), m_policyPage});
    values.append(
        {QString::fromLatin1(kWorkflowIntervalKey), QString::number(m_workflowMinutes->value()), workflows});
    return values;
}

void SettingsDialog::addSettingRow(QFormLayout* form, const QString& key, const QString& label,
                                   QWidget* field)
{
    form->addRow(label, field);
    // "&Base URL:" → "Base URL", for messages about the field.
    QString name = label;
    name.remove(QRegularExpression(QStringLiteral("\\s*\\(&.\\)"))).remove(u'&');
    while (name.endsWith(u':') || name.endsWith(u' '))
        name.chop(1);
    m_settingNames.insert(key, name);
}

QString SettingsDialog::describeRefusal(const QString& key, const QString& error) const
{
    // The core names settings by key ("setting enrollment.base_url: …"); the operator knows the
    // field by its label.
    QString reason = error;
    for (const QString& prefix :
         QStringList{QStringLiteral("setting %1: ").arg(key), key + QStringLiteral(": ")}) {
        if (reason.startsWith(prefix)) {
            reason = reason.mid(prefix.size());
            break;
        }
    }
    // Settings it names beside its own too (a key policy's list and its AAGUIDs).
    for (auto it = m_settingNames.begin(); it != m_settingNames.end(); ++it)
        reason.replace(it.key(), it.value());
    return tr("%1: %2").arg(m_settingNames.value(key, key), reason);
}

void SettingsDialog::showError(QWidget* page, const QString& text)
{
    m_error->setText(text);
    if (page)
        m_tabs->setCurrentWidget(page);
    adjustSize(); // room for the reason
}

bool SettingsDialog::apply()
{
    m_error->clear();
    m_serverChanged = false;
    QWidget* general = m_generalPage;
    QWidget* server = m_serverPage;

    // This desk's values are checked first, then the database's are saved all or none: either
    // everything holds or nothing changes.
    if (Status s = net::DeskSettings::checkServer(m_bind->text(), m_port->value(), m_certificate->text(),
                                                  m_key->text());
        !s) {
        showError(server, s.error());
        return false;
    }
    if (Status s = net::DeskSettings::checkDatabasePath(m_database->text().trimmed()); !s) {
        showError(general, s.error());
        return false;
    }
    QList<std::pair<QString, QString>> changes;
    QHash<QString, QWidget*> pageOf;
    for (const auto& [key, value, page] : databaseValues()) {
        if (m_loaded.value(key) == value)
            continue; // as shown when the dialog opened: no write, no audit event
        changes.append({key, value});
        pageOf.insert(key, page);
    }
    QString refusedKey;
    if (!changes.isEmpty() && m_services.core().inTeam()) {
        showError(pageOf.value(changes.first().first), KeyServices::teamRefusal().message());
        return false;
    }
    if (Status s =
            setDeploymentSettings(m_services.core().store(), m_services.core().actor(), changes, &refusedKey);
        !s) {
        showError(pageOf.value(refusedKey),
                  refusedKey.isEmpty() ? s.error() : describeRefusal(refusedKey, s.error()));
        return false;
    }
    const bool serverBefore =
        m_desk.bindAddress() == QHostAddress(m_bind->text().trimmed()) && m_desk.port() == m_port->value() &&
        m_desk.certificatePath() == m_certificate->text() && m_desk.keyPath() == m_key->text();
    if (Status s = m_desk.setServer(m_bind->text(), m_port->value(), m_certificate->text(), m_key->text());
        !s) {
        showError(server, s.error());
        return false;
    }
    m_serverChanged = !serverBefore;
    if (Status s = m_desk.setLanguage(m_language->currentData().toString()); !s) {
        showError(general, s.error());
        return false;
    }
    const QString appearance = m_appearance->currentData().toString();
    if (appearance != m_desk.appearance()) {
        if (Status s = m_desk.setAppearance(appearance); !s) {
            showError(general, s.error());
            return false;
        }
        applyAppearance(appearance); // at once; "the desktop's" fully returns at the next start
    }
    if (Status s = m_desk.setDatabasePath(m_database->text().trimmed()); !s) {
        showError(general, s.error());
        return false;
    }
    return true;
}

QString SettingsDialog::errorText() const
{
    return m_error->text();
}

} // namespace keydesk::gui
