// Exit list import: comments, line ends, duplicates, passwords and junk are handled line by line.

#include "exits/ExitImport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Veil;

class tst_ExitImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mixedFile();
    void skippedLine_data();
    void skippedLine();
    void ignoredLine_data();
    void ignoredLine();
    void defaultRegion();
    void invalidDefaultRegion();
    void sameProxyDifferentUsersGetUniqueIds();
    void bigFileIsFast();
    void hostileInputNeverCrashes();
};

void tst_ExitImport::mixedFile()
{
    const QByteArray text = "\xEF\xBB\xBF"
                            "; my exits\r\n"
                            "http://a.example:8080#DE\r\n"
                            "\r\n"
                            "// socks\r\n"
                            "socks5://bob@b.example:1080#nl\r\n"
                            "   \r\n"
                            "http://alice:s3cr3tPW@c.example:80#DE\r\n"
                            "HTTP://A.example:8080#FR\r\n"
                            "https://[2001:db8::1]:443\n"
                            "not a url\n"
                            "\x01\x02\xff\xfe\n"
                            "socks5://d.example:1080#SE"; // no final newline
    const ImportReport report = importExitList(text);

    QCOMPARE(report.exits.size(), 4);
    QCOMPARE(report.exits.at(0).id, QStringLiteral("de-a-example-8080"));
    QCOMPARE(report.exits.at(1).user, QStringLiteral("bob"));
    QCOMPARE(report.exits.at(1).region, QStringLiteral("NL"));
    QCOMPARE(report.exits.at(2).host, QStringLiteral("2001:db8::1"));
    QVERIFY(report.exits.at(2).region.isEmpty());
    QCOMPARE(report.exits.at(3).id, QStringLiteral("se-d-example-1080"));

    QCOMPARE(report.skipped.size(), 4);
    QCOMPARE(report.skipped.at(0).line, 7);
    QVERIFY(report.skipped.at(0).reason.contains(QLatin1String("password")));
    QCOMPARE(report.skipped.at(0).text, QStringLiteral("http://alice:***@c.example:80#DE"));
    QCOMPARE(report.skipped.at(1).line, 8);
    QCOMPARE(report.skipped.at(1).reason, QStringLiteral("duplicate of line 2"));
    QCOMPARE(report.skipped.at(2).line, 10);
    QVERIFY(report.skipped.at(2).reason.contains(QLatin1String("spaces")));
    QCOMPARE(report.skipped.at(3).line, 11);
    QVERIFY(report.skipped.at(3).reason.contains(QLatin1String("binary")));
    for (const ImportReport::Skipped &s : report.skipped) {
        QVERIFY(!s.text.contains(QLatin1String("s3cr3tPW")));
        QVERIFY(!s.reason.contains(QLatin1String("s3cr3tPW")));
        QVERIFY(!s.text.contains(QLatin1Char('\r')));
    }
}

void tst_ExitImport::skippedLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("reason");

    QTest::newRow("missing port") << QByteArray("http://a.example") << QStringLiteral("port");
    QTest::newRow("bad region") << QByteArray("http://a.example:80#DEU") << QStringLiteral("region");
    QTest::newRow("comment after url") << QByteArray("http://a.example:80 ; x") << QStringLiteral("spaces");
    QTest::newRow("hash comment") << QByteArray("#exits") << QStringLiteral("scheme");
    QTest::newRow("too long") << (QByteArray("http://a.example:80#") + QByteArray(3000, 'x'))
                              << QStringLiteral("2048");
    QTest::newRow("nul byte") << QByteArray("http://a.example:80\0", 20) << QStringLiteral("binary");
    QTest::newRow("bad utf8") << QByteArray("http://a\xc3.example:80") << QStringLiteral("UTF-8");
    QTest::newRow("lone cr") << QByteArray("http://a.example:80\rhttp://b.example:80")
                             << QStringLiteral("binary");
    QTest::newRow("password at") << QByteArray("socks5://u:p@ssw0rd!@h.example:1080")
                                 << QStringLiteral("password");
}

void tst_ExitImport::skippedLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, reason);

    const ImportReport report =
        importExitList(QByteArray(QByteArray("http://first.example:1\n") + line + "\n"));
    QCOMPARE(report.exits.size(), 1);
    QCOMPARE(report.skipped.size(), 1);
    QCOMPARE(report.skipped.first().line, 2);
    QVERIFY2(report.skipped.first().reason.contains(reason, Qt::CaseInsensitive),
             qPrintable(report.skipped.first().reason));
    QVERIFY(report.skipped.first().text.size() <= 201);
    QVERIFY(!report.skipped.first().text.contains(QLatin1String("ssw0rd")));
}

void tst_ExitImport::ignoredLine_data()
{
    QTest::addColumn<QByteArray>("line");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces") << QByteArray("   \t ");
    QTest::newRow("semicolon") << QByteArray("; http://x.example:1");
    QTest::newRow("indented semicolon") << QByteArray("  ;comment");
    QTest::newRow("slashes") << QByteArray("// comment with u:pw@x");
    QTest::newRow("cr only") << QByteArray("\r");
}

void tst_ExitImport::ignoredLine()
{
    QFETCH(QByteArray, line);
    const ImportReport report = importExitList(QByteArray(line + "\nhttp://a.example:1\n"));
    QCOMPARE(report.exits.size(), 1);
    QVERIFY(report.skipped.isEmpty());
}

void tst_ExitImport::defaultRegion()
{
    const ImportReport report =
        importExitList("http://a.example:1\nhttp://b.example:1#NL\n", QStringLiteral("de"));
    QCOMPARE(report.exits.size(), 2);
    QCOMPARE(report.exits.at(0).region, QStringLiteral("DE"));
    QCOMPARE(report.exits.at(0).id, QStringLiteral("de-a-example-1"));
    QCOMPARE(report.exits.at(1).region, QStringLiteral("NL"));
}

void tst_ExitImport::invalidDefaultRegion()
{
    const ImportReport report =
        importExitList("http://a.example:1\nhttp://b.example:1#NL\n", QStringLiteral("Germany"));
    QCOMPARE(report.exits.size(), 1);
    QCOMPARE(report.exits.first().region, QStringLiteral("NL"));
    QCOMPARE(report.skipped.size(), 1);
    QVERIFY(report.skipped.first().reason.contains(QLatin1String("default region")));
}

void tst_ExitImport::sameProxyDifferentUsersGetUniqueIds()
{
    const ImportReport report = importExitList("http://u1@p.example:1#DE\n"
                                               "http://u2@p.example:1#DE\n"
                                               "http://u1@p.example:1#FR\n"); // same proxy and user
    QCOMPARE(report.exits.size(), 2);
    QCOMPARE(report.exits.at(0).id, QStringLiteral("de-p-example-1"));
    QCOMPARE(report.exits.at(1).id, QStringLiteral("de-p-example-1-2"));
    QCOMPARE(report.skipped.size(), 1);
    QCOMPARE(report.skipped.first().reason, QStringLiteral("duplicate of line 1"));
}

void tst_ExitImport::bigFileIsFast()
{
    constexpr int kLines = 100000;
    QByteArray text;
    text.reserve(kLines * 40);
    for (int i = 0; i < kLines; ++i) {
        if (i % 10 == 9) {
            text += "; comment " + QByteArray::number(i) + "\r\n";
        } else if (i % 10 == 8) {
            text += "SOCKS5H://H" + QByteArray::number(i - 2) + ".example:1080#NL\r\n"; // duplicate
        } else if (i % 10 == 7) {
            text += "ftp://h" + QByteArray::number(i) + ".example:21\r\n";
        } else {
            text += "socks5://h" + QByteArray::number(i) + ".example:1080#DE\r\n";
        }
    }
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = importExitList(text);
    const qint64 elapsed = timer.elapsed();
    qInfo("100k lines in %lld ms", elapsed);
    // Per ten lines: seven exits, one unsupported scheme, one duplicate, one comment.
    QCOMPARE(report.exits.size(), qsizetype(kLines / 10 * 7));
    QCOMPARE(report.skipped.size(), qsizetype(kLines / 10 * 2));
    QCOMPARE(report.skipped.at(1).reason, QStringLiteral("duplicate of line 7"));
    // Under half a second of CPU on an idle machine; the generous bound catches accidental quadratic work
    // without failing on a loaded CI runner.
    QVERIFY2(elapsed < 10000, "importing 100k lines took too long");
}

void tst_ExitImport::hostileInputNeverCrashes()
{
    QRandomGenerator rng(42);
    const QByteArray alphabet = QByteArrayLiteral("http:socks5//[]@#:%.-_ab9\r\n\t\x00\xff\xc3\xa9 ;/?");
    for (int round = 0; round < 200; ++round) {
        QByteArray text(int(rng.bounded(4000)), Qt::Uninitialized);
        for (char &c : text) {
            c = rng.bounded(4) == 0 ? char(rng.bounded(256)) : alphabet.at(rng.bounded(alphabet.size()));
        }
        const ImportReport report = importExitList(text, QStringLiteral("DE"));
        for (const Exit &e : report.exits) {
            QVERIFY(e.port > 0);
            QVERIFY(!e.host.isEmpty());
            QVERIFY(isValidExitId(e.id));
        }
        for (const ImportReport::Skipped &s : report.skipped) {
            QVERIFY(s.line >= 1);
            QVERIFY(!s.reason.isEmpty());
        }
    }
    // Pathological shapes.
    QVERIFY(importExitList(QByteArray()).exits.isEmpty());
    QVERIFY(importExitList(QByteArray("\xEF\xBB\xBF")).skipped.isEmpty());
    QCOMPARE(importExitList(QByteArray(100000, '\n')).skipped.size(), 0);
    QCOMPARE(importExitList(QByteArray(1 << 20, '@')).skipped.size(), 1);
    QCOMPARE(
        importExitList(QByteArray(QByteArray("http://[") + QByteArray(1000, ':') + "]:1")).skipped.size(), 1);
}

QTEST_APPLESS_MAIN(tst_ExitImport)
#include "tst_exitimport.moc"
