// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QHash>
#include <QList>

#include <functional>
#include <list>

namespace keydesk::gui {

// Rows of a long SQL-backed list, fetched a page at a time and kept for the most recently used
// pages only, so a million-row table costs a few hundred rows of memory.
template <typename Row> class PageCache
{
public:
    using Fetch = std::function<QList<Row>(qint64 offset, int limit)>;

    static constexpr int kPageSize = 128;
    static constexpr int kMaxPages = 32;

    void setFetch(Fetch fetch)
    {
        m_fetch = std::move(fetch);
        clear();
    }
    void clear()
    {
        m_pages.clear();
        m_order.clear();
    }

    // The row, fetching its page if needed; null past the end of what the fetch returns.
    const Row* row(qint64 index)
    {
        const qint64 page = index / kPageSize;
        auto it = m_pages.find(page);
        if (it == m_pages.end()) {
            if (!m_fetch)
                return nullptr;
            it = m_pages.insert(page, m_fetch(page * kPageSize, kPageSize));
            m_order.push_front(page);
            if (m_order.size() > size_t(kMaxPages)) {
                m_pages.remove(m_order.back());
                m_order.pop_back();
            }
        } else if (m_order.front() != page) {
            m_order.remove(page);
            m_order.push_front(page);
        }
        const qsizetype offset = index % kPageSize;
        return offset < it->size() ? &it->at(offset) : nullptr;
    }

private:
    Fetch m_fetch;
    QHash<qint64, QList<Row>> m_pages;
    std::list<qint64> m_order; // most recently used first
};

} // namespace keydesk::gui
