// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace keydesk {

// What user search matches on. A user's name, email, UPN and department become one string of
// words: case-folded, accents removed, split at everything that is not a letter or digit
// (" zoe muller zoe mueller example com finance"); apostrophes join ("obrien"). Typed text
// becomes words the same way, and a
// user matches when every typed word starts one of its words.
//
// On SQLite the store answers that question two ways that must agree: through the FTS5 index
// (fast to count) and by testing each row with GLOB (fast when walking users in name order). Both
// use this one normalisation, registered in SQLite as keydesk_search_terms(...). On PostgreSQL
// the repository writes the words itself, and triggers key users by their words' prefixes of up
// to kIndexedPrefixLetters letters (migration 0002).
class SearchTerms
{
public:
    // " word word ..." with a leading space, so " <word>" starts every word.
    static QString fromFields(const QStringList& fields);
    static QStringList queryWords(const QString& typed);

    // FTS5 MATCH expression: "w1"* "w2"* (words are letters and digits only).
    static QString matchExpression(const QStringList& words);
    // GLOB patterns, one per word, for the row test: "* w1*".
    static QStringList globPatterns(const QStringList& words);
    // The longest typed word, whose indexed prefix selects the fewest users (the first of
    // equally long ones).
    static QString longestWord(const QStringList& words);
    static constexpr int kIndexedPrefixLetters = 3;

    // Registers keydesk_search_terms(text, ...) on the connection; false if SQLite refused.
    static bool registerFunction(sqlite3* handle);
};

} // namespace keydesk
