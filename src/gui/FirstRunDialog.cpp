// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "FirstRunDialog.h"

#include <QCommandLinkButton>
#include <QFileDialog>
#include <QLabel>
#include <QVBoxLayout>

namespace keydesk::gui {

FirstRunDialog::FirstRunDialog(QString defaultPath, QString demoPath, QWidget* parent)
    : QDialog(parent), m_defaultPath(std::move(defaultPath)), m_demoPath(std::move(demoPath))
{
    setObjectName(QStringLiteral("FirstRunDialog"));
    setWindowTitle(tr("Welcome to KeyDesk"));
    auto* title = new QLabel(tr("Welcome to KeyDesk"), this);
    title->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 600;"));
    auto* intro = new QLabel(tr("KeyDesk keeps users, groups and security keys in a database file. Which one "
                                "should it use?"),
                             this);
    intro->setWordWrap(true);
    auto* open = new QCommandLinkButton(
        tr("Open a Database"), tr("A KeyDesk database your team already uses (a .sqlite file)."), this);
    open->setObjectName(QStringLiteral("openButton"));
    auto* empty = new QCommandLinkButton(
        tr("Create an Empty Database"),
        tr("Start from scratch at %1; add or import users next.").arg(m_defaultPath), this);
    empty->setObjectName(QStringLiteral("emptyButton"));
    auto* demo = new QCommandLinkButton(
        tr("Try the Demo"),
        tr("200 example users and the virtual phone beside the console; no network or phone needed."), this);
    demo->setObjectName(QStringLiteral("demoButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(open);
    layout->addWidget(empty);
    layout->addWidget(demo);
    connect(open, &QCommandLinkButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Database"), {}, tr("KeyDesk databases (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty())
            chooseExisting(path);
    });
    connect(empty, &QCommandLinkButton::clicked, this, &FirstRunDialog::chooseEmpty);
    connect(demo, &QCommandLinkButton::clicked, this, &FirstRunDialog::chooseDemo);
    setMinimumWidth(560);
}

void FirstRunDialog::chooseExisting(const QString& path)
{
    m_path = path;
    m_demo = false;
    accept();
}

void FirstRunDialog::chooseEmpty()
{
    m_path = m_defaultPath;
    m_demo = false;
    accept();
}

void FirstRunDialog::chooseDemo()
{
    m_path = m_demoPath;
    m_demo = true;
    accept();
}

} // namespace keydesk::gui
