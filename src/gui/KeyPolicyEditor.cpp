// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "KeyPolicyEditor.h"

#include "core/activation/AuthenticatorNames.h"
#include "core/activation/KeyPolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keydesk::gui {

namespace {
constexpr int kAaguidRole = Qt::UserRole + 1;
const QByteArray kZeroAaguid(16, '\0');
} // namespace

KeyPolicyEditor::KeyPolicyEditor(const AuthenticatorNames& names, QWidget* parent)
    : QWidget(parent), m_names(names)
{
    m_deviceBound =
        new QCheckBox(tr("&Device-bound keys only: refuse synced passkeys (backup eligible)"), this);
    m_deviceBound->setObjectName(QStringLiteral("deviceBoundCheckBox"));
    m_trustedAttestation =
        new QCheckBox(tr("T&rusted attestation only: refuse keys no vendor root vouches for"), this);
    m_trustedAttestation->setToolTip(tr("A key's attestation must chain to one of the attestation trust "
                                        "anchors under Settings > Security Keys."));
    m_trustedAttestation->setObjectName(QStringLiteral("trustedAttestationCheckBox"));
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("authenticatorListCombo"));
    m_list->addItem(tr("Any authenticator"), QStringLiteral("any"));
    m_list->addItem(tr("Only the authenticators checked below"), QStringLiteral("allow"));
    m_list->addItem(tr("Every authenticator but those checked below"), QStringLiteral("block"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("authenticatorFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name or AAGUID"));
    m_filter->setAccessibleName(tr("Filter authenticators"));
    m_filter->setClearButtonEnabled(true);
    m_authenticators = new QTreeWidget(this);
    m_authenticators->setObjectName(QStringLiteral("authenticatorsTree"));
    m_authenticators->setAccessibleName(tr("Authenticators"));
    m_authenticators->setHeaderLabels({tr("Authenticator"), tr("AAGUID")});
    m_authenticators->setRootIsDecorated(false);
    m_authenticators->setUniformRowHeights(true);
    m_authenticators->setSortingEnabled(false);
    addRow(kZeroAaguid); // what authenticators that name no model send
    for (const auto& [aaguid, name] : names.all())
        addRow(aaguid);
    m_authenticators->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_authenticators->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_aaguid = new QLineEdit(this);
    m_aaguid->setObjectName(QStringLiteral("aaguidEdit"));
    m_aaguid->setPlaceholderText(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    m_aaguid->setAccessibleName(tr("AAGUID to add"));
    auto* add = new QPushButton(tr("&Add AAGUID"), this);
    add->setObjectName(QStringLiteral("addAaguidButton"));
    m_add = add;
    auto* problem = new QLabel(this);
    problem->setObjectName(QStringLiteral("aaguidProblemLabel"));
    problem->setStyleSheet(QStringLiteral("color: #cf222e;"));
    problem->hide();
    const auto addTyped = [this, problem] {
        const Status s = addAaguid(m_aaguid->text());
        problem->setVisible(!s);
        problem->setText(s ? QString() : s.error());
        if (s)
            m_aaguid->clear();
    };
    connect(add, &QPushButton::clicked, this, addTyped);
    connect(this, &KeyPolicyEditor::aaguidEntered, this, addTyped);
    // Enter in the field adds the AAGUID; it must not also press the dialog's Save button.
    m_aaguid->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &KeyPolicyEditor::applyFilter);
    connect(m_list, &QComboBox::currentIndexChanged, this, &KeyPolicyEditor::updateEnabled);

    auto* form = new QFormLayout;
    form->addRow(m_deviceBound);
    form->addRow(m_trustedAttestation);
    form->addRow(tr("A&uthenticators:"), m_list);
    auto* addLine = new QHBoxLayout;
    addLine->addWidget(m_aaguid, 1);
    addLine->addWidget(add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_filter);
    layout->addWidget(m_authenticators, 1);
    layout->addLayout(addLine);
    layout->addWidget(problem);
    updateEnabled();
}

bool KeyPolicyEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_aaguid && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            Q_EMIT aaguidEntered();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QTreeWidgetItem* KeyPolicyEditor::addRow(const QByteArray& aaguid)
{
    auto* item = new QTreeWidgetItem(m_authenticators, {m_names.describe(aaguid), formatAaguid(aaguid)});
    item->setData(0, kAaguidRole, aaguid);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Unchecked);
    return item;
}

QTreeWidgetItem* KeyPolicyEditor::rowOf(const QByteArray& aaguid) const
{
    for (int i = 0; i < m_authenticators->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_authenticators->topLevelItem(i);
        if (item->data(0, kAaguidRole).toByteArray() == aaguid)
            return item;
    }
    return nullptr;
}

Status KeyPolicyEditor::addAaguid(const QString& text)
{
    const QString trimmed = text.trimmed();
    const std::optional<QByteArray> aaguid = aaguidFromText(trimmed);
    if (!aaguid)
        return Status::failure(
            Error::text(tr("\"%1\" is not an AAGUID (8-4-4-4-12 hexadecimal digits)").arg(trimmed)));
    QTreeWidgetItem* item = rowOf(*aaguid);
    if (!item)
        item = addRow(*aaguid);
    item->setCheckState(0, Qt::Checked);
    item->setHidden(false);
    m_authenticators->scrollToItem(item);
    return {};
}

void KeyPolicyEditor::setValues(const QString& deviceBound, const QString& trustedAttestation,
                                const QString& list, const QString& aaguids)
{
    m_deviceBound->setChecked(deviceBound.trimmed() == QLatin1String("true"));
    m_trustedAttestation->setChecked(trustedAttestation.trimmed() == QLatin1String("true"));
    m_list->setCurrentIndex(
        std::max(0, m_list->findData(list.trimmed().isEmpty() ? QStringLiteral("any") : list.trimmed())));
    for (int i = 0; i < m_authenticators->topLevelItemCount(); ++i)
        m_authenticators->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
    m_loadedAaguids = aaguids.trimmed();
    m_loadedSet.clear();
    for (const QString& text : aaguids.split(u' ', Qt::SkipEmptyParts)) {
        // A value the core would refuse stays as it is; Save says what is wrong with it.
        if (addAaguid(text))
            m_loadedSet.insert(*aaguidFromText(text));
    }
    m_authenticators->scrollToTop(); // as loaded, the list reads from its start
    updateEnabled();
}

void KeyPolicyEditor::setPolicy(const webauthn::AuthenticatorPolicy& policy)
{
    const QJsonObject o = QJsonDocument::fromJson(keyPolicyJson(policy).toUtf8()).object();
    QStringList aaguids;
    for (const QJsonValue& v : o.value(QStringLiteral("aaguids")).toArray())
        aaguids << v.toString();
    const auto text = [](bool on) {
        return on ? QStringLiteral("true") : QStringLiteral("false");
    };
    setValues(text(policy.deviceBoundOnly), text(policy.trustedAttestationOnly),
              o.value(QStringLiteral("authenticators")).toString(), aaguids.join(u' '));
}

Result<webauthn::AuthenticatorPolicy> KeyPolicyEditor::policy() const
{
    QJsonArray aaguids;
    for (const QByteArray& aaguid : checkedAaguids())
        aaguids.append(formatAaguid(aaguid));
    const QJsonObject o{{QStringLiteral("deviceBoundOnly"), m_deviceBound->isChecked()},
                        {QStringLiteral("trustedAttestationOnly"), m_trustedAttestation->isChecked()},
                        {QStringLiteral("authenticators"), listValue()},
                        {QStringLiteral("aaguids"), aaguids}};
    return keyPolicyFromJson(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QString KeyPolicyEditor::deviceBoundValue() const
{
    return m_deviceBound->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
}

QString KeyPolicyEditor::trustedAttestationValue() const
{
    return m_trustedAttestation->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
}

QString KeyPolicyEditor::listValue() const
{
    return m_list->currentData().toString();
}

QList<QByteArray> KeyPolicyEditor::checkedAaguids() const
{
    QList<QByteArray> checked;
    for (int i = 0; i < m_authenticators->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_authenticators->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            checked << item->data(0, kAaguidRole).toByteArray();
    }
    return checked;
}

QString KeyPolicyEditor::aaguidsValue() const
{
    const QList<QByteArray> checked = checkedAaguids();
    if (QSet<QByteArray>(checked.begin(), checked.end()) == m_loadedSet)
        return m_loadedAaguids;
    QStringList texts;
    for (const QByteArray& aaguid : checked)
        texts << formatAaguid(aaguid);
    return texts.join(u' ');
}

void KeyPolicyEditor::applyFilter()
{
    const QString filter = m_filter->text().trimmed();
    for (int i = 0; i < m_authenticators->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_authenticators->topLevelItem(i);
        item->setHidden(!filter.isEmpty() && !item->text(0).contains(filter, Qt::CaseInsensitive) &&
                        !item->text(1).contains(filter, Qt::CaseInsensitive));
    }
}

void KeyPolicyEditor::updateEnabled()
{
    // With any authenticator allowed the checks mean nothing, but they are kept for later.
    const bool listed = listValue() != QLatin1String("any");
    for (QWidget* w : {static_cast<QWidget*>(m_authenticators), static_cast<QWidget*>(m_filter),
                       static_cast<QWidget*>(m_aaguid), m_add})
        w->setEnabled(listed);
}

} // namespace keydesk::gui
