// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// QR codes decode, with a real decoder (zbarimg from Debian's zbar-tools), to exactly the text
// they were made from: the core renderer's PNG and SVG, and the PNG that `keydesk-cli keys
// assign --qr` writes for its printed link.
#include "core/qr/QrCode.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace keydesk;

namespace {

QString run(const QString& program, const QStringList& args, int* exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60'000))
        qFatal("%s did not finish", qPrintable(program));
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString decode(const QString& imagePath)
{
    return run(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), imagePath});
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestQrCodes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void rendererDecodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("localhost link")
            << "http://localhost:8765/a/bIaauoptpzJN9cl_XJeQlrNQy0aDR0Ze-3OQQ-FPZfw";
        QTest::newRow("https with path")
            << "https://keys.example.com/enroll/a/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        QTest::newRow("unicode") << QStringLiteral("https://ключи.example/a/Zoë");
    }

    void rendererDecodes()
    {
        QFETCH(QString, text);
        auto qr = QrCode::encode(text);
        QVERIFY(qr);
        QVERIFY(qr->size() >= 21 && (qr->size() - 17) % 4 == 0); // a valid QR version's size
        const QString png = m_dir.filePath(QStringLiteral("code.png"));
        QVERIFY(write(png, qr->toPng(4)));
        QCOMPARE(decode(png), text);
        // The SVG, rasterised by librsvg, decodes the same.
        const QString svg = m_dir.filePath(QStringLiteral("code.svg"));
        const QString rendered = m_dir.filePath(QStringLiteral("code-from-svg.png"));
        QVERIFY(write(svg, qr->toSvg(4)));
        int rc = -1;
        run(QStringLiteral("rsvg-convert"), {QStringLiteral("--output"), rendered, svg}, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(decode(rendered), text);
    }

    void terminalTextDecodes()
    {
        // `keydesk-cli login` prints its QR code as text; shown as a terminal shows it (drawn cells
        // light on a dark background, each cell one module wide and two high) it decodes.
        const QString text =
            QStringLiteral("https://keys.example.com/s/bIaauoptpzJN9cl_XJeQlrNQy0aDR0Ze-3OQQ-FPZfw");
        auto qr = QrCode::encode(text);
        QVERIFY(qr);
        const QStringList lines = qr->toTerminalText().split(u'\n', Qt::SkipEmptyParts);
        const int side = qr->size() + 2 * QrCode::kQuietZoneModules;
        QCOMPARE(lines.size(), (side + 1) / 2);
        constexpr int scale = 4;
        QByteArray pixels;
        for (int y = 0; y < side; ++y) {
            QByteArray row;
            for (const QChar cell : lines.at(y / 2)) {
                const bool top = cell == QChar(0x2588) || cell == QChar(0x2580);
                const bool bottom = cell == QChar(0x2588) || cell == QChar(0x2584);
                row += QByteArray(scale, (y % 2 == 0 ? top : bottom) ? char(255) : char(0));
            }
            QCOMPARE(row.size(), side * scale);
            for (int i = 0; i < scale; ++i)
                pixels += row;
        }
        const QString pgm = m_dir.filePath(QStringLiteral("terminal.pgm"));
        QVERIFY(write(pgm, "P5\n" + QByteArray::number(side * scale) + ' ' +
                               QByteArray::number(side * scale) + "\n255\n" + pixels));
        QCOMPARE(decode(pgm), text);
    }

    void pngHasTheQuietZone()
    {
        auto qr = QrCode::encode(QStringLiteral("x"));
        QVERIFY(qr);
        const QByteArray png = qr->toPng(3);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        // IHDR width = (modules + 2 × 4 quiet modules) × scale.
        const quint32 width =
            (quint8(png[16]) << 24) | (quint8(png[17]) << 16) | (quint8(png[18]) << 8) | quint8(png[19]);
        QCOMPARE(int(width), (qr->size() + 2 * QrCode::kQuietZoneModules) * 3);
    }

    void cliWritesTheLinkAsQr()
    {
        const QString cli = qEnvironmentVariable("KEYDESK_CLI");
        const QString db = m_dir.filePath(QStringLiteral("keys.sqlite"));
        int rc = -1;
        run(cli,
            {QStringLiteral("--database"), db, QStringLiteral("users"), QStringLiteral("add"),
             QStringLiteral("--name"), QStringLiteral("Ada"), QStringLiteral("--email"),
             QStringLiteral("ada@example.com")},
            &rc);
        QCOMPARE(rc, 0);
        const QString png = m_dir.filePath(QStringLiteral("ada.png"));
        const QString out =
            run(cli,
                {QStringLiteral("--database"), db, QStringLiteral("--json"), QStringLiteral("keys"),
                 QStringLiteral("assign"), QStringLiteral("--user"), QStringLiteral("ada@example.com"),
                 QStringLiteral("--activate"), QStringLiteral("now"), QStringLiteral("--qr"), png},
                &rc);
        QCOMPARE(rc, 0);
        const QString link =
            QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("link")).toString();
        QVERIFY2(link.startsWith(QStringLiteral("http://localhost:8765/a/")), qPrintable(out));
        QCOMPARE(decode(png), link);

        // --qr with the email method is refused before anything is assigned (the email has its own).
        run(cli,
            {QStringLiteral("--database"), db, QStringLiteral("keys"), QStringLiteral("assign"),
             QStringLiteral("--user"), QStringLiteral("ada@example.com"), QStringLiteral("--activate"),
             QStringLiteral("email"), QStringLiteral("--qr"), png},
            &rc);
        QCOMPARE(rc, 2);
    }
};

QTEST_GUILESS_MAIN(TestQrCodes)
#include "TestQrCodes.moc"
