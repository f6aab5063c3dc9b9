// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SearchTerms.h"

#include <sqlite3.h>

#include <algorithm>

namespace keydesk {

namespace {

void appendWords(const QString& text, QStringList& words)
{
    QString word;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue; // accents: "müller" and "muller" are one word
        if (c == u'\'' || c == QChar(0x2019))
            continue; // apostrophes join: "O'Brien" is found by "obrien"
        if (c.isLetterOrNumber()) {
            word += c.toCaseFolded();
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
}

void searchTermsFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    QStringList fields;
    for (int i = 0; i < argc; ++i) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[i]));
        if (text)
            fields << QString::fromUtf8(text, sqlite3_value_bytes(argv[i]));
    }
    const QByteArray terms = SearchTerms::fromFields(fields).toUtf8();
    sqlite3_result_text(context, terms.constData(), int(terms.size()), SQLITE_TRANSIENT);
}

} // namespace

QString SearchTerms::fromFields(const QStringList& fields)
{
    QStringList words;
    for (const QString& field : fields)
        appendWords(field, words);
    return words.isEmpty() ? QString() : u' ' + words.join(u' ');
}

QStringList SearchTerms::queryWords(const QString& typed)
{
    QStringList words;
    appendWords(typed, words);
    words.removeDuplicates();
    return words;
}

QString SearchTerms::matchExpression(const QStringList& words)
{
    QStringList terms;
    for (const QString& word : words)
        terms << u'"' + word + QStringLiteral("\"*");
    return terms.join(u' ');
}

QStringList SearchTerms::globPatterns(const QStringList& words)
{
    QStringList patterns;
    for (const QString& word : words)
        patterns << QStringLiteral("* ") + word + u'*';
    return patterns;
}

QString SearchTerms::longestWord(const QStringList& words)
{
    const auto longest = std::max_element(
        words.begin(), words.end(), [](const QString& a, const QString& b) { return a.size() < b.size(); });
    return longest == words.end() ? QString() : *longest;
}

bool SearchTerms::registerFunction(sqlite3* handle)
{
    return sqlite3_create_function_v2(handle, "keydesk_search_terms", -1,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                      searchTermsFunction, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace keydesk
