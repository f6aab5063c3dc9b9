// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The translations are complete and current: every .ts file has no unfinished and no obsolete
// entry, lupdate over today's sources adds nothing and drops nothing, and no sentence in the
// console's widget code escapes tr(). Then German and Persian load, and Persian mirrors the layout.
#include "i18n/Translations.h"
#include "webauthn/ClientData.h"
#include "webauthn/VerdictJson.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QString kSourceDir = QStringLiteral(KEYDESK_SOURCE_DIR);

struct TsSummary
{
    QSet<QString> messages; // "context\u0001source"
    QStringList unfinished;
    QStringList obsolete;
};

TsSummary readTs(const QString& path)
{
    TsSummary out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString key = context + u'\u0001' + source;
            out.messages.insert(key);
            if (type == u"unfinished")
                out.unfinished << context + QStringLiteral(": ") + source;
            else if (type == u"obsolete" || type == u"vanished")
                out.obsolete << context + QStringLiteral(": ") + source;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    // A real relying-party check that fails: the client data names an origin that is not allowed.
    static keydesk::webauthn::Verdict originRefused()
    {
        keydesk::webauthn::ClientData data;
        data.type = QStringLiteral("webauthn.get");
        data.challenge = QStringLiteral("AAAA");
        data.origin = QStringLiteral("https://evil.example");
        keydesk::webauthn::CeremonyExpectations expected;
        expected.challenge = QByteArray(3, '\0');
        expected.rpId = QStringLiteral("keys.example.com");
        expected.origins = {QStringLiteral("https://keys.example.com")};
        keydesk::webauthn::Verdict verdict;
        keydesk::webauthn::CheckList checks(verdict);
        keydesk::webauthn::verifyClientData(data, u"webauthn.get", expected, checks);
        return verdict;
    }

private Q_SLOTS:
    void tsFilesAreCompleteAndCurrent_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Persian") << QStringLiteral("fa");
    }

    void tsFilesAreCompleteAndCurrent()
    {
        QFETCH(QString, language);
        const QString committed = kSourceDir + QStringLiteral("/translations/keydesk_%1.ts").arg(language);
        const TsSummary before = readTs(committed);
        QVERIFY2(before.unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished:\n").arg(before.unfinished.size()) +
                            before.unfinished.join(u'\n')));
        QVERIFY2(before.obsolete.isEmpty(),
                 qPrintable(QStringLiteral("%1 obsolete:\n").arg(before.obsolete.size()) +
                            before.obsolete.join(u'\n')));

        // lupdate over the sources as they are now, on a copy: what it adds was never translated,
        // what it drops is obsolete.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.ts"));
        QVERIFY(QFile::copy(committed, copy));
        QProcess lupdate;
        lupdate.setWorkingDirectory(kSourceDir);
        lupdate.start(qEnvironmentVariable("KEYDESK_LUPDATE"),
                      {QStringLiteral("-recursive"), QStringLiteral("src"), QStringLiteral("ui"),
                       QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-tr-function-alias"),
                       QStringLiteral("Q_DECLARE_TR_FUNCTIONS+=KEYDESK_DEFERRED_TR_FUNCTIONS"),
                       QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120'000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QString report =
            QString::fromUtf8(lupdate.readAllStandardOutput() + lupdate.readAllStandardError());
        QVERIFY2(!report.contains(QStringLiteral("lacks Q_OBJECT")), qPrintable(report));
        const TsSummary after = readTs(copy);
        const QSet<QString> added = after.messages - before.messages;
        const QSet<QString> dropped = before.messages - after.messages;
        QStringList names;
        for (const QString& m : added)
            names << QStringLiteral("new, untranslated: ") +
                         QString(m).replace(u'\u0001', QStringLiteral(": "));
        for (const QString& m : dropped)
            names << QStringLiteral("obsolete: ") + QString(m).replace(u'\u0001', QStringLiteral(": "));
        QVERIFY2(names.isEmpty(), qPrintable(QStringLiteral("lupdate reports %1 new and %2 obsolete:\n")
                                                 .arg(added.size())
                                                 .arg(dropped.size()) +
                                             names.join(u'\n')));
    }

    // In right-to-left text a path, an email or a URL put in by %1 would be reordered ("tmp/a.db/"):
    // each Persian placeholder sits in a first-strong isolate (U+2068 … U+2069) outside markup.
    void persianPlaceholdersAreIsolated()
    {
        QFile file(kSourceDir + QStringLiteral("/translations/keydesk_fa.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        const QRegularExpression markup(QStringLiteral("<[^>]*>"));
        const QRegularExpression bare(QStringLiteral("(?<!\\x{2068})%\\d|%\\d(?!\\x{2069})"));
        QString source;
        QStringList bareOnes;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (bare.match(text.remove(markup)).hasMatch())
                    bareOnes << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(
            bareOnes.isEmpty(),
            qPrintable(
                QStringLiteral("%1 Persian translation(s) with a bare placeholder:\n").arg(bareOnes.size()) +
                bareOnes.join(u'\n')));
    }

    // A sentence that bypasses tr() would stay English in every language: in the widgets, and in
    // the core, server, relying-party and phone messages that reach the screen or a phone.
    void noSentenceEscapesTr()
    {
        // Plain string literals: moc cannot read raw ones here.
        const QRegularExpression literal(
            QStringLiteral("(?:QStringLiteral|QLatin1String)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));
        const QRegularExpression sentence(QStringLiteral("[A-Za-z][a-z]+ [a-z]+"));
        const QRegularExpression technical(QStringLiteral(
            "setStyleSheet|setObjectName|qC(Warning|Info|Debug)|qFatal|fromTheme|QStyleFactory"));
        const QRegularExpression styleText(QStringLiteral("px;|: #|font-|padding|background"));
        // SQL is not text anyone reads. keydesk-cli (src/cli) is left out on purpose: its output is a
        // scripting interface and stays English (translations/README.md).
        const QRegularExpression sql(
            QStringLiteral("\\b(SELECT|UPDATE|INSERT|DELETE|FROM|WHERE|JOIN|ON|NULL|CREATE TABLE)\\b|= \\?"));
        // Markup around translated text (the receipt's HTML) is not text either.
        const auto isMarkup = [](const QString& value) {
            return value.startsWith(u'<');
        };
        const QStringList folders{QStringLiteral("src/gui"),          QStringLiteral("src/phoneapp"),
                                  QStringLiteral("src/core"),         QStringLiteral("src/net"),
                                  QStringLiteral("src/webauthn"),     QStringLiteral("src/phone"),
                                  QStringLiteral("src/authenticator")};
        QStringList escaped;
        for (const QString& folder : folders) {
            QDirIterator it(kSourceDir + u'/' + folder, {QStringLiteral("*.cpp")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                // The headless phone speaks JSON and stderr to scripts, in English like keydesk-cli.
                if (path.endsWith(QLatin1String("HeadlessPhone.cpp")))
                    continue;
                // The admin API's route summaries are its OpenAPI description, for developers.
                if (path.contains(QLatin1String("/src/net/admin/")))
                    continue;
                // So are the SCIM discovery documents (RFC 7643 schemas, ServiceProviderConfig).
                if (path.endsWith(QLatin1String("/src/net/scim/ScimSchemas.cpp")))
                    continue;
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                int line = 0;
                for (const QByteArray& raw : file.readAll().split('\n')) {
                    ++line;
                    const QString text = QString::fromUtf8(raw);
                    if (technical.match(text).hasMatch())
                        continue;
                    auto matches = literal.globalMatch(text);
                    while (matches.hasNext()) {
                        const QString value = matches.next().captured(1);
                        if (sentence.match(value).hasMatch() && !styleText.match(value).hasMatch() &&
                            !sql.match(value).hasMatch() && !isMarkup(value))
                            escaped << QStringLiteral("%1:%2: %3")
                                           .arg(QDir(kSourceDir).relativeFilePath(path))
                                           .arg(line)
                                           .arg(value);
                    }
                }
            }
        }
        QVERIFY2(escaped.isEmpty(),
                 qPrintable(QStringLiteral("%1 literal(s) escape tr():\n").arg(escaped.size()) +
                            escaped.join(u'\n')));
    }

    void germanAndPersianLoad()
    {
        auto* app = QCoreApplication::instance();
        QCOMPARE(keydesk::installTranslations(*app, QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("UsersPage", "All Users"), QStringLiteral("Alle Benutzer"));
        QCOMPARE(QCoreApplication::translate("ActivationPage", "Activate your security key"),
                 QStringLiteral("Aktivieren Sie Ihren Sicherheitsschlüssel"));
        // What the enrollment API tells a phone comes in the server's language too.
        QCOMPARE(QCoreApplication::translate("EnrollmentService",
                                             "Too many wrong codes. Try again in %n minute(s).", nullptr, 15),
                 QStringLiteral("Zu viele falsche Codes. Versuchen Sie es in 15 Minuten erneut."));
        // Core and relying-party messages come in the desk's language too.
        QCOMPARE(QCoreApplication::translate("ClientData", "origin %1 is not allowed"),
                 QStringLiteral("Origin %1 ist nicht erlaubt"));
        QCOMPARE(QCoreApplication::translate("CsvReader", "the file is UTF-16 encoded; save it as UTF-8"),
                 QStringLiteral("die Datei ist in UTF-16 kodiert; speichern Sie sie als UTF-8"));
        // And a real relying-party check writes its detail in German.
        const keydesk::webauthn::Verdict verdict = originRefused();
        QVERIFY(!verdict.verified());
        QCOMPARE(verdict.checks.last().detail.message(),
                 QStringLiteral("Origin https://evil.example ist nicht erlaubt"));
        QCOMPARE(verdict.checks.first().detail.message(), QStringLiteral("Typ ist webauthn.get"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        for (QTranslator* t : app->findChildren<QTranslator*>())
            QCoreApplication::removeTranslator(t);
        QCOMPARE(keydesk::installTranslations(*app, QStringLiteral("fa")), QStringLiteral("fa"));
        QCOMPARE(QCoreApplication::translate("UsersPage", "All Users"), QStringLiteral("همهٔ کاربران"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QCoreApplication::translate("ClientData", "origin %1 is not allowed")
                     .arg(u"https://evil.example"),
                 QStringLiteral("مبدأ ") + QChar(0x2068) + QStringLiteral("https://evil.example") +
                     QChar(0x2069) + QStringLiteral(" مجاز نیست"));
        QLabel label;
        QCOMPARE(label.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(keydesk::installTranslations(*app, QStringLiteral("sw")), QStringLiteral("en"));
    }

    void aStoredVerdictIsReadInTheReadersLanguage()
    {
        auto* app = QCoreApplication::instance();
        const auto clearTranslators = [app] {
            for (QTranslator* t : app->findChildren<QTranslator*>())
                QCoreApplication::removeTranslator(t);
        };
        clearTranslators();
        // Verified on an English desk, then stored: codes and arguments, no sentence.
        const keydesk::webauthn::Verdict verdict = originRefused();
        QVERIFY(!verdict.verified());
        const QJsonObject json = keydesk::webauthn::verdictToJson(verdict);
        QCOMPARE(json.value(QStringLiteral("detail")).toString(),
                 QStringLiteral("origin https://evil.example is not allowed"));
        const QJsonObject stored = keydesk::webauthn::verdictForStorage(json);
        const QByteArray storedText = QJsonDocument(stored).toJson(QJsonDocument::Compact);
        QVERIFY2(!storedText.contains("evil.example is not allowed") && !storedText.contains("\"detail\""),
                 storedText.constData());
        const QJsonObject failed = stored.value(QStringLiteral("checks")).toArray().last().toObject();
        QCOMPARE(
            failed.value(QStringLiteral("detailCode")).toObject(),
            (QJsonObject{{QStringLiteral("code"), QStringLiteral("catalogued")},
                         {QStringLiteral("args"),
                          QJsonArray{QStringLiteral("ClientData"), QStringLiteral("origin %1 is not allowed"),
                                     QStringLiteral("-1"), QStringLiteral("https://evil.example")}}}));

        // Each reader reads it in their own language, when they read it.
        QCOMPARE(keydesk::installTranslations(*app, QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(keydesk::webauthn::detailOf(failed),
                 QStringLiteral("Origin https://evil.example ist nicht erlaubt"));
        QCOMPARE(keydesk::webauthn::detailOf(stored),
                 QStringLiteral("Origin https://evil.example ist nicht erlaubt"));
        clearTranslators();
        QCOMPARE(keydesk::installTranslations(*app, QStringLiteral("fa")), QStringLiteral("fa"));
        QCOMPARE(keydesk::webauthn::detailOf(failed), QStringLiteral("مبدأ ") + QChar(0x2068) +
                                                          QStringLiteral("https://evil.example") +
                                                          QChar(0x2069) + QStringLiteral(" مجاز نیست"));
        clearTranslators();
        QCOMPARE(keydesk::webauthn::detailOf(failed),
                 QStringLiteral("origin https://evil.example is not allowed"));
        // A verdict stored before codes keeps its text.
        QCOMPARE(
            keydesk::webauthn::detailOf(QJsonObject{{QStringLiteral("detail"), QStringLiteral("old words")}}),
            QStringLiteral("old words"));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
