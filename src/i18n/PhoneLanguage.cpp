// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "PhoneLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QTranslator>

#include <algorithm>
#include <array>
#include <atomic>
#include <memory>

static void initPhoneTranslationResources()
{
    Q_INIT_RESOURCE(keydesk_i18n_translations);
}

namespace keydesk {

namespace {

// Contexts whose text reaches a phone, as the libraries that serve phones declared them
// (addPhoneFacingContexts). Read on every tr() of every thread, so without a lock: slots are
// filled once, in order, and never change.
constexpr int kMaxPhoneContexts = 32;
std::array<std::atomic<const char*>, kMaxPhoneContexts> g_phoneContexts{};

bool isPhoneFacing(const char* context)
{
    if (!context)
        return false;
    for (const auto& slot : g_phoneContexts) {
        const char* known = slot.load(std::memory_order_acquire);
        if (!known)
            return false;
        if (qstrcmp(known, context) == 0)
            return true;
    }
    return false;
}

thread_local QString t_phoneLanguage;
thread_local LanguageReach t_reach = LanguageReach::PhoneFacingText;
QString g_deskLanguage = QStringLiteral("en");

// One loaded translation per language, kept for the life of the process.
const QTranslator* translationFor(const QString& language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    auto it = loaded.find(language);
    if (it == loaded.end()) {
        auto translator = std::make_shared<QTranslator>();
        initPhoneTranslationResources();
        if (!translator->load(QStringLiteral(":/i18n/keydesk_%1.qm").arg(language)))
            translator.reset();
        it = loaded.insert(language, translator);
    }
    return it->get();
}

// Routes phone-facing text to the scope's language; everything else falls through to the
// desk's translators (an empty answer tells Qt to ask the next one).
class PhoneLanguageRouter : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        // Asked for every tr() in the process: no copy, and out at once outside a request.
        const QString& language = t_phoneLanguage;
        if (language.isEmpty() || (t_reach != LanguageReach::AllText && !isPhoneFacing(context)))
            return {};
        if (language != QLatin1String("en")) {
            if (const QTranslator* t = translationFor(language)) {
                const QString text = t->translate(context, sourceText, disambiguation, n);
                if (!text.isEmpty())
                    return text;
            }
        }
        // English, or a string the language lacks: the source, not the desk's language.
        return QString::fromUtf8(sourceText);
    }

    bool isEmpty() const override { return false; }
};

QPointer<PhoneLanguageRouter> g_router;

} // namespace

void addPhoneFacingContexts(std::initializer_list<const char*> contexts)
{
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    for (const char* context : contexts) {
        if (isPhoneFacing(context))
            continue;
        auto free = std::find_if(g_phoneContexts.begin(), g_phoneContexts.end(),
                                 [](const auto& slot) { return slot.load() == nullptr; });
        Q_ASSERT(free != g_phoneContexts.end());
        if (free != g_phoneContexts.end())
            free->store(context, std::memory_order_release);
    }
}

QStringList phoneFacingContexts()
{
    QStringList names;
    for (const auto& slot : g_phoneContexts) {
        if (const char* known = slot.load(std::memory_order_acquire))
            names << QString::fromLatin1(known);
    }
    return names;
}

QStringList translatedLanguages()
{
    initPhoneTranslationResources();
    QStringList languages{QStringLiteral("en")};
    for (const QString& name :
         QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("keydesk_*.qm")}, QDir::Files, QDir::Name))
        languages << name.mid(8, name.size() - 11);
    return languages;
}

QString negotiateLanguage(QByteArrayView acceptLanguage)
{
    struct Choice
    {
        QString language;
        double quality;
    };
    // RFC 9110 §12.5.4: "de-CH, de;q=0.9, en;q=0.5". Only so much of a header is read.
    const QList<QByteArray> ranges =
        acceptLanguage.first(std::min<qsizetype>(acceptLanguage.size(), 1024)).toByteArray().split(',');
    QList<Choice> choices;
    for (const QByteArray& range : ranges.mid(0, 32)) {
        const QList<QByteArray> parts = range.split(';');
        const QString tag = QString::fromLatin1(parts.first().trimmed()).toLower();
        double quality = 1.0;
        bool valid = !tag.isEmpty();
        for (const QByteArray& parameter : parts.mid(1)) {
            const QByteArray p = parameter.trimmed();
            if (p.startsWith("q=")) {
                quality = p.mid(2).toDouble(&valid);
                valid = valid && quality >= 0.0 && quality <= 1.0;
            }
        }
        if (valid && quality > 0.0 && tag != QLatin1String("*"))
            choices.append({tag.section(u'-', 0, 0), quality});
    }
    std::stable_sort(choices.begin(), choices.end(),
                     [](const Choice& a, const Choice& b) { return a.quality > b.quality; });
    const QStringList available = translatedLanguages();
    for (const Choice& c : choices) {
        if (available.contains(c.language))
            return c.language;
    }
    return {};
}

PhoneLanguageScope::PhoneLanguageScope(const QString& language, LanguageReach reach)
    : m_previous(t_phoneLanguage), m_previousReach(t_reach)
{
    t_phoneLanguage = language;
    t_reach = reach;
}

PhoneLanguageScope::~PhoneLanguageScope()
{
    t_phoneLanguage = m_previous;
    t_reach = m_previousReach;
}

QString phoneLanguage()
{
    return t_phoneLanguage.isEmpty() ? g_deskLanguage : t_phoneLanguage;
}

void installPhoneLanguageRouting(QCoreApplication& app)
{
    if (g_router)
        QCoreApplication::removeTranslator(g_router);
    else
        g_router = new PhoneLanguageRouter(&app);
    QCoreApplication::installTranslator(g_router);
}

bool phoneLanguageRoutingInstalled()
{
    return !g_router.isNull();
}

QString deskLanguage()
{
    return g_deskLanguage;
}

void setDeskLanguage(const QString& language)
{
    g_deskLanguage = language.isEmpty() ? QStringLiteral("en") : language;
}

} // namespace keydesk
