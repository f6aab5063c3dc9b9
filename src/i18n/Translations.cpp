// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Translations.h"

#include "PhoneLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QVariant>

static void initTranslationResources()
{
    Q_INIT_RESOURCE(keydesk_i18n_translations);
}

namespace keydesk {

QStringList consoleLanguages()
{
    initTranslationResources();
    QStringList languages{QStringLiteral("en")};
    const QStringList compiled =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("keydesk_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : compiled)
        languages << file.section(u'_', 1).section(u'.', 0, 0);
    return languages;
}

QString nativeLanguageName(const QString& language)
{
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? language : name;
}

QString installTranslations(QCoreApplication& app, const QString& language)
{
    initTranslationResources();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* keydesk = new QTranslator(&app);
    // The compiled translations are resources of this library (translations/*.ts).
    if (!keydesk->load(locale, QStringLiteral("keydesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete keydesk;
        setDeskLanguage(QStringLiteral("en"));
        installPhoneLanguageRouting(app);
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(keydesk);
    // Qt's own strings (standard buttons, dialogs), from Debian's qt6-translations-l10n.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    // QGuiApplication's property, so this library needs Qt Core only (keydesk-cli serve uses it).
    if (app.inherits("QGuiApplication"))
        app.setProperty("layoutDirection", QVariant::fromValue(locale.textDirection()));
    const QString inUse = locale.name().section(u'_', 0, 0);
    setDeskLanguage(inUse);
    installPhoneLanguageRouting(app);
    return inUse;
}

} // namespace keydesk
