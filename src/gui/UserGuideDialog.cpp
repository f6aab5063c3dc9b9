// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "UserGuideDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

// The guide lives in this static library: the program must pull its resources in explicitly.
static void initGuideResources()
{
    Q_INIT_RESOURCE(user_guide);
}

namespace keydesk::gui {

QString UserGuideDialog::guideUrl()
{
    return QStringLiteral("qrc:/guide/user-guide.md");
}

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent)
{
    initGuideResources();
    setWindowTitle(tr("KeyDesk User Guide"));
    resize(820, 640);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    // Links inside the guide stay in the guide; a web link goes to the desktop's browser.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("qrc") || url.isRelative())
            m_browser->setSource(m_browser->source().resolved(url), QTextDocument::MarkdownResource);
        else
            QDesktopServices::openUrl(url);
    });
    m_browser->setSource(QUrl(guideUrl()), QTextDocument::MarkdownResource);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
}

} // namespace keydesk::gui
