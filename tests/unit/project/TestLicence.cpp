// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// KeyDesk is GPL-3.0-or-later (it links Qt HTTP Server, GPL-3 or commercial): the licence text
// is at the top of the tree, every source file says so in an SPDX line, and the package metadata
// agrees.
#include <QDirIterator>
#include <QFile>
#include <QTest>

namespace {

const QString kSourceDir = QStringLiteral(KEYDESK_SOURCE_DIR);
const QByteArray kSpdx = "SPDX-License-Identifier: GPL-3.0-or-later";

bool isSourceFile(const QString& path)
{
    static const QStringList suffixes = {QStringLiteral(".cpp"),   QStringLiteral(".h"),
                                         QStringLiteral(".js"),    QStringLiteral(".mjs"),
                                         QStringLiteral(".css"),   QStringLiteral(".sh"),
                                         QStringLiteral(".cmake"), QStringLiteral("/CMakeLists.txt")};
    return std::any_of(suffixes.begin(), suffixes.end(), [&](const QString& s) { return path.endsWith(s); });
}

QByteArray head(const QString& path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray text;
    for (int i = 0; i < lines && !file.atEnd(); ++i)
        text += file.readLine();
    return text;
}

} // namespace

class TestLicence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void licenceTextIsGpl3()
    {
        const QByteArray text = head(kSourceDir + QStringLiteral("/LICENSE"), 3);
        QVERIFY2(text.contains("GNU GENERAL PUBLIC LICENSE") && text.contains("Version 3, 29 June 2007"),
                 text.constData());
    }

    void everySourceFileHasAnSpdxLine()
    {
        QStringList missing;
        int checked = 0;
        const QStringList roots = {QStringLiteral("src"),        QStringLiteral("tests"),
                                   QStringLiteral("benchmarks"), QStringLiteral("scripts"),
                                   QStringLiteral("cmake"),      QStringLiteral(".ci"),
                                   QStringLiteral("packaging")};
        for (const QString& root : roots) {
            QDirIterator it(kSourceDir + u'/' + root, QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = path.mid(kSourceDir.size() + 1);
                if (relative.contains(QStringLiteral("/node_modules/")) ||
                    relative.startsWith(QStringLiteral("tests/data/")) ||
                    relative.contains(QStringLiteral("/corpus/")))
                    continue;
                if (!isSourceFile(path) && !relative.startsWith(QStringLiteral(".ci/")))
                    continue;
                ++checked;
                if (!head(path, 4).contains(kSpdx))
                    missing << relative;
            }
        }
        if (!head(kSourceDir + QStringLiteral("/CMakeLists.txt"), 4).contains(kSpdx))
            missing << QStringLiteral("CMakeLists.txt");
        QVERIFY2(checked > 300, qPrintable(QString::number(checked)));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no SPDX line in:\n") + missing.join(u'\n')));
    }

    void packageMetadataNamesTheLicence()
    {
        QFile metainfo(kSourceDir + QStringLiteral("/packaging/linux/org.keydesk.KeyDesk.metainfo.xml"));
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        QVERIFY(metainfo.readAll().contains("<project_license>GPL-3.0-or-later</project_license>"));
        QFile copyright(kSourceDir + QStringLiteral("/packaging/linux/copyright"));
        QVERIFY(copyright.open(QIODevice::ReadOnly));
        const QByteArray text = copyright.readAll();
        QVERIFY(
            text.startsWith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"));
        QVERIFY(text.contains("\nFiles: *\nCopyright: 2026 KeyDesk developers\nLicense: GPL-3.0-or-later\n"));
        // The bundled AAGUID list is named with its source.
        QVERIFY(text.contains("Files: resources/aaguids/passkey-provider-aaguids.json"));
        QVERIFY(text.contains("47b6f84e4e3c9ab52f390e103fb4a1216e7952a5"));
    }
};

QTEST_GUILESS_MAIN(TestLicence)
#include "TestLicence.moc"
