// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ReceiptExport.h"

#include "core/PrivateFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTextDocument>

namespace keydesk::gui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptExport)
};

} // namespace

Status exportReceipt(const QString& html, const QString& path)
{
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return writePrivateFile(path, html.toUtf8());
    // QPrinter writes its file as it goes: print to a scratch file, then move the result in place.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Status::failure(Text::tr("Cannot create a temporary folder: %1").arg(scratch.errorString()));
    const QString pdfPath = scratch.filePath(QStringLiteral("receipt.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdfPath);
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                          QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        printer.setDocName(Text::tr("KeyDesk verification receipt"));
        QTextDocument document;
        // Qt's rich text ignores <style> sizes on <body>: the base size is set here, so that the
        // facts and every check fit on one page.
        QFont font = document.defaultFont();
        font.setPointSizeF(8.5);
        document.setDefaultFont(font);
        document.setHtml(html);
        document.print(&printer);
    }
    QFile pdf(pdfPath);
    if (!pdf.open(QIODevice::ReadOnly))
        return Status::failure(Text::tr("The PDF could not be made: %1").arg(pdf.errorString()));
    return writePrivateFile(path, pdf.readAll());
}

} // namespace keydesk::gui
