// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AuditPage.h"
#include "ui_AuditPage.h"

#include "AuditTableModel.h"
#include "ChangeGate.h"
#include "ChangeNotifier.h"
#include "ExportFileDialog.h"
#include "MessageBox.h"

#include "core/Core.h"
#include "core/PrivateFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

namespace keydesk::gui {

AuditPage::AuditPage(Core& core, ChangeNotifier& changes, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AuditPage>()), m_core(core)
{
    m_ui->setupUi(this);
    m_model = new AuditTableModel(core, this);
    m_model->showIn(m_ui->auditTableView);
    m_ui->auditSplitter->setStretchFactor(0, 3);
    m_ui->auditSplitter->setStretchFactor(1, 1);
    m_ui->detailTextBrowser->setMinimumWidth(220);
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addDays(-7));
    m_ui->untilDateEdit->setDate(today);
    m_ui->fromDateEdit->setEnabled(false);
    m_ui->untilDateEdit->setEnabled(false);
    reloadChoices();

    connect(m_ui->actorComboBox, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilters);
    connect(m_ui->actionComboBox, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilters);
    connect(m_ui->fromCheckBox, &QCheckBox::toggled, m_ui->fromDateEdit, &QWidget::setEnabled);
    connect(m_ui->untilCheckBox, &QCheckBox::toggled, m_ui->untilDateEdit, &QWidget::setEnabled);
    for (QCheckBox* box : {m_ui->fromCheckBox, m_ui->untilCheckBox})
        connect(box, &QCheckBox::toggled, this, &AuditPage::applyFilters);
    for (QDateEdit* edit : {m_ui->fromDateEdit, m_ui->untilDateEdit})
        connect(edit, &QDateEdit::dateChanged, this, &AuditPage::applyFilters);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &AuditPage::applyFilters);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, &AuditPage::applyFilters);
    // A user is looked up when the operator says so (Enter, or leaving the field), not per letter.
    connect(m_ui->userLineEdit, &QLineEdit::editingFinished, this, &AuditPage::applyFilters);
    connect(m_ui->userLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            applyFilters();
    });
    connect(m_ui->auditTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::showSelected);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AuditPage::chooseExport);
    connect(&changes, &ChangeNotifier::changed, this, [this] {
        reloadChoices();
        applyFilters();
    });
    applyFilters();
}

AuditPage::~AuditPage() = default;

void AuditPage::reloadChoices()
{
    const auto fill = [](QComboBox* box, const QString& any, const Result<QStringList>& values) {
        const QString current = box->currentIndex() > 0 ? box->currentText() : QString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(any);
        if (values)
            box->addItems(values.value());
        box->setCurrentIndex(std::max(0, current.isEmpty() ? 0 : box->findText(current)));
    };
    fill(m_ui->actorComboBox, tr("Any operator"), m_core.auditTrail().actors());
    fill(m_ui->actionComboBox, tr("Any action"), m_core.auditTrail().actions());
}

void AuditPage::revealEvent(qint64 eventId)
{
    {
        const QSignalBlocker blockActor(m_ui->actorComboBox);
        const QSignalBlocker blockAction(m_ui->actionComboBox);
        const QSignalBlocker blockFrom(m_ui->fromCheckBox);
        const QSignalBlocker blockUntil(m_ui->untilCheckBox);
        m_ui->actorComboBox->setCurrentIndex(0);
        m_ui->actionComboBox->setCurrentIndex(0);
        m_ui->fromCheckBox->setChecked(false);
        m_ui->untilCheckBox->setChecked(false);
        const QSignalBlocker blockSearch(m_ui->searchLineEdit);
        const QSignalBlocker blockUser(m_ui->userLineEdit);
        m_ui->searchLineEdit->clear();
        m_ui->userLineEdit->clear();
    }
    applyFilters();
    for (int row = 0; row < std::min(m_model->rowCount(), kRevealWithin); ++row) {
        const AuditEvent* event = m_model->event(row);
        if (event && event->id == eventId) {
            m_ui->auditTableView->selectRow(row);
            m_ui->auditTableView->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void AuditPage::applyFilters()
{
    AuditQuery query;
    if (m_ui->actorComboBox->currentIndex() > 0)
        query.actor = m_ui->actorComboBox->currentText();
    if (m_ui->actionComboBox->currentIndex() > 0)
        query.action = m_ui->actionComboBox->currentText();
    if (m_ui->fromCheckBox->isChecked())
        query.fromMs = m_ui->fromDateEdit->date().startOfDay().toMSecsSinceEpoch();
    if (m_ui->untilCheckBox->isChecked())
        query.untilMs = m_ui->untilDateEdit->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    m_searchDelay.stop();
    query.text = m_ui->searchLineEdit->text().trimmed();
    m_userError.clear();
    if (const QString user = m_ui->userLineEdit->text().trimmed(); !user.isEmpty()) {
        auto found = m_core.users().resolve(user);
        if (found) {
            query.targetType = QStringLiteral("user");
            query.targetId = found->id;
        } else {
            m_userError = found.error();
            query.targetType = QStringLiteral("user");
            query.targetId = 0; // nobody: no events
        }
    }
    m_model->setQuery(query);
    const int count = m_model->rowCount();
    m_ui->countLabel->setText(!m_userError.isEmpty() ? m_userError
                              : count == 1           ? tr("1 event")
                                                     : tr("%1 events").arg(QLocale().toString(count)));
    gateChange(m_ui->exportButton, count > 0, m_core.refusal(Permission::ExportAudit));
}

void AuditPage::showSelected()
{
    const QModelIndexList rows = m_ui->auditTableView->selectionModel()->selectedRows();
    const AuditEvent* event = rows.isEmpty() ? nullptr : m_model->event(rows.first().row());
    if (!event) {
        m_ui->detailTextBrowser->setHtml(
            QStringLiteral("<p>%1</p>").arg(tr("Select an event to see every field.").toHtmlEscaped()));
        return;
    }
    m_ui->detailTextBrowser->setHtml(detailHtml(*event));
}

QString AuditPage::detailHtml(const AuditEvent& event)
{
    const auto local = [](qint64 ms) -> QString {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
        return AuditTableModel::localTime(ms) + u' ' + at.timeZoneAbbreviation();
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    const auto row = [&html](const QString& field, const QString& value) {
        html += QStringLiteral("<tr><td valign=\"top\" nowrap><b>%1</b></td><td>%2</td></tr>")
                    .arg(field.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Event"), QString::number(event.id));
    row(tr("Time"), local(event.atMs));
    row(tr("Operator"), event.actor);
    if (event.actorUserId > 0)
        row(tr("Operator's user id"), QString::number(event.actorUserId));
    if (!event.actorCredential.isEmpty())
        row(tr("Signed in with"), event.actorCredential);
    row(tr("Action"), event.action);
    row(tr("Target"), event.targetId > 0 ? QStringLiteral("%1 %2").arg(event.targetType).arg(event.targetId)
                                         : event.targetType);
    if (!event.targetLabel.isEmpty())
        row(tr("Target's name"), event.targetLabel);
    const QJsonObject details = auditDetailsWithTimes(event.details, local);
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isObject())
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else if (v.isArray())
            text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else
            text = v.toVariant().toString();
        row(it.key(), text);
    }
    return html + QStringLiteral("</table>");
}

Status AuditPage::exportEvents(const QString& path, AuditExportFormat format)
{
    const Result<QByteArray> file =
        m_core.inTeam() ? m_core.teamChanges().exportAudit(m_model->query(), format)
                        : m_core.auditTrail().exportLog(m_core.actor(), m_model->query(), format);
    if (!file)
        return Status::failure(file.cause());
    // An audit log names people: the file is its owner's alone.
    return writePrivateFile(path, file.value());
}

void AuditPage::chooseExport()
{
    const auto file = askCsvOrJsonFile(this, tr("Export Audit Log"));
    if (!file)
        return;
    if (Status s = exportEvents(file->path, file->json ? AuditExportFormat::Json : AuditExportFormat::Csv);
        !s) {
        MessageBox::warning(this, tr("Export Audit Log"), s.error());
        return;
    }
    m_ui->countLabel->setText(tr("%1 — exported to %2").arg(m_ui->countLabel->text(), file->path));
}

} // namespace keydesk::gui
