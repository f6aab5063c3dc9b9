// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ReceiptExport.h"

#include "KeyServices.h"
#include "MessageBox.h"
#include "core/Core.h"
#include "core/PrivateFile.h"
#include "core/verification/VerificationReceipt.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>

namespace keydesk::gui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptExport)
};

// Refusals, said in the reader's language when they are read.
struct Refusal
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(ReceiptExport)
};

// The largest scale, at most 1, at which the document laid out across the page fits its height.
// A smaller scale widens the text, which shortens it: a few rounds settle it.
double scaleToFit(QTextDocument& document, const QSizeF& page)
{
    double scale = 1.0;
    for (int round = 0; round < 20; ++round) {
        document.setTextWidth(page.width() / scale);
        const double height = document.size().height() * scale;
        if (height <= page.height())
            return scale;
        scale *= std::max(0.5, std::min(0.98, page.height() / height));
    }
    document.setTextWidth(page.width() / scale);
    return scale;
}

} // namespace

Result<QString> verificationReceiptFor(KeyServices& services, const User& user, const SecurityKey& key,
                                       const Verification& verification)
{
    if (services.core().inTeam()) {
        auto html = services.core().teamChanges().verificationReceipt(verification.id);
        if (!html)
            return Result<QString>::failure(html.cause());
        return QString::fromUtf8(html.value());
    }
    ReceiptFacts facts;
    facts.user = user;
    facts.key = key;
    if (auto row = services.core().keys().findById(key.id); row && row.value())
        facts.key = row.value()->key;
    facts.verification = verification;
    facts.authenticator = services.names().describe(facts.key.aaguid);
    if (auto service = services.verification())
        facts.relyingPartyId = service.value().config().rpId;
    facts.issuedAt = services.core().clock().now();
    return verificationReceiptHtml(facts);
}

void saveReceipt(QWidget* parent, const Result<QString>& html, qint64 id)
{
    if (!html)
        MessageBox::warning(parent, Text::tr("Export Receipt"), html.error());
    else
        saveReceiptAs(parent, html.value(), id);
}

Status exportReceipt(const QString& html, const QString& path)
{
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return writePrivateFile(path, html.toUtf8());
    // QPrinter writes its file as it goes: print to a scratch file, then move the result in place.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Status::failure(
            Refusal::tr("Cannot create a temporary folder: %1").arg(scratch.errorString()));
    const QString pdfPath = scratch.filePath(QStringLiteral("receipt.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdfPath);
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                          QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        printer.setDocName(Text::tr("KeyDesk verification receipt"));
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&printer);
        // Qt's rich text ignores <style> sizes on <body>: the base size is set here.
        QFont font = document.defaultFont();
        font.setPointSizeF(8.5);
        document.setDefaultFont(font);
        document.setHtml(html);
        // A receipt is one page: one that would run over (a long verdict, a wordy language) is drawn
        // smaller instead of leaving its last lines alone on a second page.
        const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
        const double scale = scaleToFit(document, page.size());
        QPainter painter;
        if (!painter.begin(&printer))
            return Status::failure(Refusal::tr("The PDF could not be made: cannot write %1").arg(pdfPath));
        painter.scale(scale, scale);
        document.drawContents(&painter, QRectF(QPointF(0, 0), page.size() / scale));
        painter.end();
    }
    QFile pdf(pdfPath);
    if (!pdf.open(QIODevice::ReadOnly))
        return Status::failure(Refusal::tr("The PDF could not be made: %1").arg(pdf.errorString()));
    return writePrivateFile(path, pdf.readAll());
}

void saveReceiptAs(QWidget* parent, const QString& html, qint64 id)
{
    const QString path = QFileDialog::getSaveFileName(parent, Text::tr("Export Receipt"),
                                                      QStringLiteral("keydesk-verification-%1.pdf").arg(id),
                                                      Text::tr("PDF document (*.pdf);;HTML page (*.html)"));
    if (path.isEmpty())
        return;
    if (Status s = exportReceipt(html, path); !s)
        MessageBox::warning(parent, Text::tr("Export Receipt"), s.error());
}

} // namespace keydesk::gui
