// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The relying party's own readers of untrusted text: strict base64url and strict JSON.
#include "webauthn/Base64Url.h"
#include "webauthn/StrictJson.h"

#include <QRandomGenerator>
#include <QTest>

using namespace keydesk;
using namespace keydesk::webauthn;

class TestEncodings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void base64Url_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << "" << true << QByteArray();
        QTest::newRow("one byte") << "AA" << true << QByteArray(1, '\0');
        QTest::newRow("two bytes") << "__8" << true << QByteArray::fromHex("ffff");
        QTest::newRow("url alphabet") << "-_-_" << true << QByteArray::fromHex("fbffbf");
        QTest::newRow("stray low bits") << "AB" << false << QByteArray();
        QTest::newRow("stray low bits of three") << "AAB" << false << QByteArray();
        QTest::newRow("one character") << "A" << false << QByteArray();
        QTest::newRow("padding") << "AA==" << false << QByteArray();
        QTest::newRow("standard alphabet") << "a+b/" << false << QByteArray();
        QTest::newRow("whitespace") << "AA AA" << false << QByteArray();
        QTest::newRow("non-ASCII") << QStringLiteral("AAé") << false << QByteArray();
    }

    void base64Url()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QByteArray, bytes);
        const auto fromText = fromBase64Url(QStringView(text));
        const QByteArray latin1 = text.toUtf8();
        const auto fromBytes = fromBase64Url(QByteArrayView(latin1));
        QCOMPARE(fromText.has_value(), valid);
        QCOMPARE(fromBytes.has_value(), valid);
        if (valid) {
            QCOMPARE(*fromText, bytes);
            QCOMPARE(*fromBytes, bytes);
        }
    }

    void base64UrlRoundTrip()
    {
        for (int length = 0; length < 70; ++length) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (char& c : bytes)
                c = char(QRandomGenerator::global()->bounded(256));
            QCOMPARE(fromBase64Url(QStringView(toBase64Url(bytes))), bytes);
        }
    }

    void jsonValid()
    {
        const QByteArray text = " {\"s\":\"a\\\"b\\\\c\\/"
                                "d\\u00e9\\ud83d\\ude00\",\"n\":-0.5e+3,\"t\":true,\"f\":false,\"z\":null,\n "
                                "                                     \"a\":[1,[2,{}]],\"o\":{\"x\":\"y\"}} ";
        Error error;
        const auto root = parseStrictJson(text, &error);
        QVERIFY2(root, qPrintable(error.message()));
        QVERIFY(root->isObject());
        QCOMPARE(root->member("s")->text(), QStringLiteral("a\"b\\c/dé😀"));
        QVERIFY(root->member("t")->boolean());
        QVERIFY(!root->member("f")->boolean());
        QCOMPARE(root->member("z")->type(), JsonValue::Type::Null);
        QCOMPARE(root->member("n")->type(), JsonValue::Type::Number);
        QCOMPARE(root->member("a")->items().size(), size_t(2));
        QCOMPARE(root->member("o")->member("x")->text(), QStringLiteral("y"));
        QVERIFY(!root->member("missing"));
        QVERIFY(!root->member("s")->unescapedView());
    }

    void jsonInvalid_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("duplicate") << QByteArray("{\"a\":1,\"a\":2}") << "duplicate member \"a\" at byte 7";
        QTest::newRow("duplicate by escape")
            << QByteArray("{\"origin\":1,\"\\u006frigin\":2}") << "duplicate member \"origin\" at byte 12";
        QTest::newRow("overlong UTF-8") << QByteArray("[\"\xc0\xaf\"]") << "invalid UTF-8 at byte 2";
        QTest::newRow("encoded surrogate") << QByteArray("[\"\xed\xa0\x80\"]") << "invalid UTF-8 at byte 2";
        QTest::newRow("lone high surrogate") << QByteArray("[\"\\ud800\"]") << "unpaired surrogate at byte 8";
        QTest::newRow("lone low surrogate") << QByteArray("[\"\\udc00\"]") << "unpaired surrogate at byte 8";
        QTest::newRow("control character")
            << QByteArray("[\"a\nb\"]") << "control character in a string at byte 3";
        QTest::newRow("bad escape") << QByteArray("[\"\\x\"]") << "invalid escape at byte 3";
        QTest::newRow("leading zero") << QByteArray("[01]") << "expected ',' or ']' at byte 2";
        QTest::newRow("bare fraction") << QByteArray("[1.]") << "invalid number at byte 3";
        QTest::newRow("trailing data")
            << QByteArray("{} {}") << "unexpected data after the JSON value at byte 3";
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << "expected a member name at byte 7";
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << "expected a member name at byte 1";
        QTest::newRow("unterminated") << QByteArray("{\"a\":\"b") << "unterminated string at byte 7";
        QTest::newRow("too deep") << QByteArray(18, '[') + QByteArray(18, ']')
                                  << "JSON nested deeper than 16 levels at byte 17";
        QByteArray wide = "{";
        for (int i = 0; i < 65; ++i)
            wide += "\"k" + QByteArray::number(i) + "\":0,";
        wide.chop(1);
        QTest::newRow("65 members") << wide + "}"
                                    << "more than 64 members in an object at byte 508";
        QTest::newRow("empty") << QByteArray() << "unexpected end at byte 0";
    }

    void jsonInvalid()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        Error actual;
        QVERIFY(!parseStrictJson(text, &actual));
        QCOMPARE(actual.message(), error);
    }
};

QTEST_GUILESS_MAIN(TestEncodings)
#include "TestEncodings.moc"
