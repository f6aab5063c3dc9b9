// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "EnrollmentReportPdf.h"

#include "EnrollmentColors.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace keydesk::paint {

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(EnrollmentReportPdf)
};

// What the report shows, in the application's language now.
struct Shown
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentReportPdf)
};

// Device units are points: 72 per inch, so font sizes and lengths below read as printed sizes.
constexpr int kResolution = 72;
constexpr qreal kRowHeight = 20;
constexpr qreal kHeaderHeight = 40; // three lines of a table's column titles
constexpr qreal kFooterHeight = 24;
constexpr qreal kRing = 150; // the ring chart's diameter
constexpr qreal kBarWidth = 80;
constexpr qreal kNumberWidth = 54;

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString percent(qint64 part, qint64 whole)
{
    return whole == 0
               ? QStringLiteral("–")
               : QLocale().toString(100.0 * double(part) / double(whole), 'f', 0) + QLocale().percent();
}

// Draws in reading order: x runs from the start of a line, which is the right edge in Persian.
class Page
{
public:
    Page(QPainter& painter, qreal width, bool rightToLeft)
        : m_painter(painter), m_width(width), m_rtl(rightToLeft)
    {}

    QRectF place(const QRectF& r) const
    {
        return m_rtl ? QRectF(m_width - r.right(), r.top(), r.width(), r.height()) : r;
    }

    // `toEnd`: aligned to the end of the line (numbers), else to its start.
    void text(const QRectF& r, const QString& s, bool toEnd = false, int flags = 0) const
    {
        const bool right = toEnd != m_rtl;
        m_painter.drawText(
            place(r),
            int(Qt::AlignAbsolute | Qt::AlignVCenter) | flags | (right ? Qt::AlignRight : Qt::AlignLeft), s);
    }

    void elided(const QRectF& r, const QString& s) const
    {
        text(r, QFontMetricsF(m_painter.font()).elidedText(s, Qt::ElideRight, r.width()));
    }

    void fill(const QRectF& r, const QColor& color) const { m_painter.fillRect(place(r), color); }

    // One bar of 100 %: the counts' shares in the enrollment order, from the start of the line.
    void bar(const QRectF& r, const EnrollmentCounts& counts) const
    {
        const qint64 total = counts.total();
        if (total == 0) {
            fill(r, QColor(0xee, 0xee, 0xee));
            return;
        }
        qreal x = r.left();
        for (Enrollment e : kEnrollments) {
            const qreal w = r.width() * qreal(counts.of(e)) / qreal(total);
            fill(QRectF(x, r.top(), w, r.height()), enrollmentColor(e));
            x += w;
        }
    }

    qreal width() const { return m_width; }
    QPainter& painter() const { return m_painter; }

private:
    QPainter& m_painter;
    qreal m_width;
    bool m_rtl;
};

void ring(QPainter& painter, const QRectF& bounds, const EnrollmentCounts& counts)
{
    const qint64 total = counts.total();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    if (total == 0) {
        painter.setBrush(QColor(0xee, 0xee, 0xee));
        painter.drawEllipse(bounds);
    } else {
        // Clockwise from twelve o'clock, as the Overview's ring; angles are in 1/16 degree.
        int start = 90 * 16;
        int drawn = 0;
        for (Enrollment e : kEnrollments) {
            const int span = e == Enrollment::None
                                 ? 360 * 16 - drawn
                                 : int(std::lround(360.0 * 16 * double(counts.of(e)) / double(total)));
            painter.setBrush(enrollmentColor(e));
            painter.drawPie(bounds, start, -span);
            start -= span;
            drawn += span;
        }
    }
    painter.setBrush(Qt::white);
    const qreal hole = bounds.width() * 0.28;
    painter.drawEllipse(bounds.adjusted(hole, hole, -hole, -hole));
    painter.restore();
    QFont big = painter.font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    painter.save();
    painter.setFont(big);
    painter.drawText(bounds, Qt::AlignCenter, percent(counts.active, total));
    painter.restore();
}

// The groups table's columns, from the start of the line: name, then the numbers and the bar.
struct Columns
{
    qreal name = 0;
    QList<qreal> starts; // enabled users, each enrollment, active %, the bar
};

Columns groupColumns(qreal width)
{
    Columns c;
    const int numbers = 1 + int(std::size(kEnrollments)) + 1;
    c.name = width - numbers * kNumberWidth - kBarWidth - 8;
    qreal x = c.name;
    for (int i = 0; i < numbers; ++i, x += kNumberWidth)
        c.starts << x;
    c.starts << x + 8;
    return c;
}

void groupHeader(const Page& page, qreal y, const Columns& c)
{
    QPainter& p = page.painter();
    page.fill(QRectF(0, y, page.width(), kHeaderHeight), QColor(0xec, 0xef, 0xf1));
    QFont bold = p.font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 0.9); // "Suspended" fits a number's column
    p.save();
    p.setFont(bold);
    QStringList titles{Shown::tr("Enabled users")};
    for (Enrollment e : kEnrollments)
        titles << enrollmentDisplayName(e);
    titles << Shown::tr("Active %");
    page.text(QRectF(4, y, c.name - 8, kHeaderHeight), Shown::tr("Group"));
    for (int i = 0; i < titles.size(); ++i)
        page.text(QRectF(c.starts.at(i), y, kNumberWidth - 4, kHeaderHeight), titles.at(i), true,
                  Qt::TextWordWrap);
    page.text(QRectF(c.starts.last(), y, kBarWidth, kHeaderHeight), Shown::tr("Share"));
    p.restore();
}

void groupRow(const Page& page, qreal y, const Columns& c, const GroupEnrollment& g, bool shaded)
{
    if (shaded)
        page.fill(QRectF(0, y, page.width(), kRowHeight), QColor(0xf7, 0xf8, 0xf9));
    page.elided(QRectF(4, y, c.name - 8, kRowHeight), g.name);
    QStringList cells{number(g.counts.total())};
    for (Enrollment e : kEnrollments)
        cells << number(g.counts.of(e));
    cells << percent(g.counts.active, g.counts.total());
    for (int i = 0; i < cells.size(); ++i)
        page.text(QRectF(c.starts.at(i), y, kNumberWidth - 4, kRowHeight), cells.at(i), true);
    page.bar(QRectF(c.starts.last(), y + 5, kBarWidth, kRowHeight - 10), g.counts);
}

} // namespace

Result<QByteArray> enrollmentReportPdf(const EnrollmentReport& report)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Result<QByteArray>::failure(
            Text::tr("a PDF report needs fonts, which this program has not loaded (no QGuiApplication)"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QString title = Shown::tr("Enrollment report");
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("KeyDesk"));
        QPainter painter(&writer);
        const qreal width = writer.width();
        const qreal height = writer.height();
        const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
        painter.setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        QFont base = QGuiApplication::font();
        base.setPointSizeF(9);
        // No ligatures in a left-to-right report: "office" drawn with an ffi ligature would not be
        // found by a PDF reader's search. A right-to-left one needs its shaping (joined letters,
        // mirrored brackets), so it keeps it.
        if (!rtl)
            base.setStyleStrategy(QFont::PreferNoShaping);
        painter.setFont(base);
        const Page page(painter, width, rtl);
        const Columns columns = groupColumns(width);
        const qreal bottom = height - kFooterHeight;
        const QString asOf = QLocale().toString(QDateTime::fromMSecsSinceEpoch(report.asOfMs).toLocalTime(),
                                                QLocale::LongFormat);

        // Pages: the first holds the summary and the rows that fit below it, the others rows only.
        const qreal summaryHeight = 60 + kRing + 40;
        const int firstRows = std::max(0, int((bottom - summaryHeight - 24 - kHeaderHeight) / kRowHeight));
        const int laterRows = int((bottom - 24 - kHeaderHeight) / kRowHeight);
        const qsizetype rest = std::max<qsizetype>(0, report.groups.size() - firstRows);
        const int pages = 1 + int((rest + laterRows - 1) / laterRows);
        int pageNumber = 1;
        const auto footer = [&] {
            painter.save();
            painter.setPen(QColor(0x60, 0x60, 0x60));
            page.text(QRectF(0, bottom + 6, width, kFooterHeight - 6),
                      Shown::tr("KeyDesk · %1 · %2").arg(title, asOf));
            page.text(QRectF(0, bottom + 6, width, kFooterHeight - 6),
                      Shown::tr("Page %1 of %2").arg(number(pageNumber), number(pages)), true);
            painter.restore();
        };

        QFont heading = base;
        heading.setPointSizeF(18);
        heading.setBold(true);
        painter.setFont(heading);
        page.text(QRectF(0, 0, width, 30), title);
        painter.setFont(base);
        page.text(QRectF(0, 30, width, 18),
                  Shown::tr("As of %1. %2 enabled users; %3 disabled users are not counted.")
                      .arg(asOf, number(report.overall.total()), number(report.disabledUsers)));

        // The chart, and its numbers as a table beside it.
        const qreal top = 60;
        ring(painter, page.place(QRectF(0, top, kRing, kRing)), report.overall);
        const qreal legend = kRing + 30;
        qreal y = top + (kRing - 5 * kRowHeight) / 2;
        for (Enrollment e : kEnrollments) {
            page.fill(QRectF(legend, y + 5, 10, 10), enrollmentColor(e));
            page.text(QRectF(legend + 16, y, 150, kRowHeight), enrollmentDisplayName(e));
            page.text(QRectF(legend + 166, y, 70, kRowHeight), number(report.overall.of(e)), true);
            page.text(QRectF(legend + 236, y, 60, kRowHeight),
                      percent(report.overall.of(e), report.overall.total()), true);
            y += kRowHeight;
        }
        QFont bold = base;
        bold.setBold(true);
        painter.setFont(bold);
        page.text(QRectF(legend + 16, y, 150, kRowHeight), Shown::tr("Enabled users"));
        page.text(QRectF(legend + 166, y, 70, kRowHeight), number(report.overall.total()), true);

        y = summaryHeight;
        heading.setPointSizeF(12);
        painter.setFont(heading);
        page.text(QRectF(0, y, width, 24), Shown::tr("By group"));
        painter.setFont(base);
        y += 24;
        if (report.groups.isEmpty()) {
            page.text(QRectF(0, y, width, kRowHeight), Shown::tr("No groups."));
        } else {
            groupHeader(page, y, columns);
            y += kHeaderHeight;
        }
        for (qsizetype i = 0; i < report.groups.size(); ++i) {
            if (y + kRowHeight > bottom) {
                footer();
                writer.newPage();
                ++pageNumber;
                painter.setFont(heading);
                page.text(QRectF(0, 0, width, 24), Shown::tr("By group, continued"));
                painter.setFont(base);
                y = 24;
                groupHeader(page, y, columns);
                y += kHeaderHeight;
            }
            groupRow(page, y, columns, report.groups.at(i), i % 2 == 1);
            y += kRowHeight;
        }
        footer();
        painter.end();
    }
    return bytes;
}

} // namespace keydesk::paint
