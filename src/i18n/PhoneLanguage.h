// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <initializer_list>

class QCoreApplication;

namespace keydesk {

// The phone's pages and the enrollment API's messages speak the phone's language (its
// Accept-Language), while the console, the verdicts it stores and the audit log stay in the desk's.

// Declares translation contexts (string literals) whose text reaches phones: the library that
// serves phones names its own and those of the services it answers with. Until declared, a
// context speaks the desk's language.
void addPhoneFacingContexts(std::initializer_list<const char*> contexts);
QStringList phoneFacingContexts();

// Languages KeyDesk is translated into: "en" first, then one per compiled translation.
QStringList translatedLanguages();

// The language of `acceptLanguage` (an HTTP Accept-Language value) KeyDesk should answer in: the
// most preferred one it has, by quality; empty when the header names none of them.
QString negotiateLanguage(QByteArrayView acceptLanguage);

// What a PhoneLanguageScope translates: the text phones read (pages, enrollment API), or all of
// it (the admin API's answers to desks and scripts, which speak their caller's language too).
enum class LanguageReach
{
    PhoneFacingText,
    AllText
};

// While alive, phone-facing text (or, with AllText, every text) is translated into `language`
// (empty: the desk's language). Scopes nest; they belong to the thread that made them.
class PhoneLanguageScope
{
public:
    explicit PhoneLanguageScope(const QString& language,
                                LanguageReach reach = LanguageReach::PhoneFacingText);
    ~PhoneLanguageScope();
    PhoneLanguageScope(const PhoneLanguageScope&) = delete;
    PhoneLanguageScope& operator=(const PhoneLanguageScope&) = delete;

private:
    QString m_previous;
    LanguageReach m_previousReach;
};

// The language phone-facing text is in right now: the scope's, else the desk's.
QString phoneLanguage();

// Installs (again, so it is asked first) the translator that gives phone-facing text in the
// scope's language. installTranslations() calls it; a server without a desk language calls it too.
void installPhoneLanguageRouting(QCoreApplication& app);
bool phoneLanguageRoutingInstalled();

// The desk's language, as installTranslations() set it ("en" until then).
QString deskLanguage();
void setDeskLanguage(const QString& language);

} // namespace keydesk
