// Reading an exit's public address from an IP check answer (ExitIpChecker::parseAddress) and the
// one-line summary of a result: plain text, JSON, garbage and hostile sizes.

#include "exits/ExitIpChecker.h"

#include <QTest>

using namespace Veil;

class TestIpCheckAnswer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void hugeAnswersAreRefusedBriefly_data();
    void hugeAnswersAreRefusedBriefly();
    void summary_data();
    void summary();
};

void TestIpCheckAnswer::accepted_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("address");

    QTest::newRow("plain IPv4") << QByteArray("203.0.113.7") << QStringLiteral("203.0.113.7");
    QTest::newRow("plain with newline") << QByteArray("203.0.113.7\n") << QStringLiteral("203.0.113.7");
    QTest::newRow("plain with CRLF and blanks")
        << QByteArray(" \t203.0.113.7\r\n") << QStringLiteral("203.0.113.7");
    QTest::newRow("plain IPv6") << QByteArray("2001:db8::1\n") << QStringLiteral("2001:db8::1");
    QTest::newRow("plain IPv6 upper case") << QByteArray("2001:DB8::A") << QStringLiteral("2001:db8::a");
    QTest::newRow("plain IPv4-mapped IPv6")
        << QByteArray("::ffff:203.0.113.7") << QStringLiteral("::ffff:203.0.113.7");
    QTest::newRow("ipify JSON") << QByteArray("{\"ip\":\"203.0.113.7\"}") << QStringLiteral("203.0.113.7");
    QTest::newRow("JSON address") << QByteArray("{\"address\": \"198.51.100.1\"}")
                                  << QStringLiteral("198.51.100.1");
    QTest::newRow("httpbin origin") << QByteArray("{\n  \"origin\": \"198.51.100.2\"\n}\n")
                                    << QStringLiteral("198.51.100.2");
    QTest::newRow("ip-api query")
        << QByteArray("{\"status\":\"success\",\"countryCode\":\"DE\",\"query\":\"192.0.2.9\"}")
        << QStringLiteral("192.0.2.9");
    QTest::newRow("JSON IPv6") << QByteArray("{\"ip\":\"2001:db8::42\"}") << QStringLiteral("2001:db8::42");
    QTest::newRow("ip wins over query")
        << QByteArray("{\"query\":\"192.0.2.2\",\"ip\":\"192.0.2.1\"}") << QStringLiteral("192.0.2.1");
    QTest::newRow("blanks inside the JSON value")
        << QByteArray("{\"ip\":\" 192.0.2.1 \"}") << QStringLiteral("192.0.2.1");
}

void TestIpCheckAnswer::accepted()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, address);

    QString error;
    const std::optional<QHostAddress> parsed = ExitIpChecker::parseAddress(body, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(*parsed, QHostAddress(address));
    QCOMPARE(parsed->toString(), address);
}

void TestIpCheckAnswer::refused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    const QString notIp = QStringLiteral("not an IP address");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("the answer is empty");
    QTest::newRow("only white space") << QByteArray(" \r\n\t") << QStringLiteral("the answer is empty");
    QTest::newRow("HTML") << QByteArray("<html><body>203.0.113.7</body></html>") << notIp;
    QTest::newRow("host name") << QByteArray("example.com") << notIp;
    QTest::newRow("one number (inet_aton form)") << QByteArray("1") << notIp;
    QTest::newRow("short dotted form") << QByteArray("127.1") << notIp;
    QTest::newRow("octet over 255") << QByteArray("256.1.1.1") << notIp;
    QTest::newRow("five parts") << QByteArray("1.2.3.4.5") << notIp;
    QTest::newRow("hex octet") << QByteArray("0x7f.0.0.1") << notIp;
    QTest::newRow("two addresses") << QByteArray("192.0.2.1 192.0.2.2") << notIp;
    QTest::newRow("IPv6 with zone") << QByteArray("fe80::1%eth0") << notIp;
    QTest::newRow("bad IPv6") << QByteArray("2001:db8:::1") << notIp;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4) << notIp;
    QTest::newRow("JSON array") << QByteArray("[\"192.0.2.1\"]") << notIp;
    QTest::newRow("broken JSON") << QByteArray("{\"ip\": \"192.0.2.1\"") << QStringLiteral("not valid JSON");
    QTest::newRow("JSON without a known member")
        << QByteArray("{\"yourIp\":\"192.0.2.1\"}") << QStringLiteral("none of the members");
    QTest::newRow("JSON number") << QByteArray("{\"ip\":3221225985}")
                                 << QStringLiteral("\"ip\" in the JSON answer");
    QTest::newRow("JSON list of addresses (proxy chain)")
        << QByteArray("{\"origin\":\"192.0.2.1, 198.51.100.7\"}")
        << QStringLiteral("\"origin\" in the JSON answer");
    QTest::newRow("JSON empty ip") << QByteArray("{\"ip\":\"\"}")
                                   << QStringLiteral("\"ip\" in the JSON answer");
}

void TestIpCheckAnswer::refused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);

    QString error;
    const std::optional<QHostAddress> parsed = ExitIpChecker::parseAddress(body, &error);
    QVERIFY2(!parsed.has_value(), qPrintable(parsed ? parsed->toString() : QString()));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestIpCheckAnswer::hugeAnswersAreRefusedBriefly_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("1 MiB of text") << QByteArray(1024 * 1024, 'a');
    QTest::newRow("address padded past 4 KiB") << QByteArray("192.0.2.1") + QByteArray(5000, ' ');
    QTest::newRow("JSON padded past 4 KiB")
        << QByteArray("{\"ip\":\"192.0.2.1\",\"pad\":\"") + QByteArray(5000, 'x') + QByteArray("\"}");
    QTest::newRow("4 KiB of garbage, just inside the limit") << QByteArray(4096, '\x01');
}

void TestIpCheckAnswer::hugeAnswersAreRefusedBriefly()
{
    QFETCH(QByteArray, body);

    QString error;
    QVERIFY(!ExitIpChecker::parseAddress(body, &error).has_value());
    QVERIFY(!error.isEmpty());
    // The message quotes at most a short excerpt, never the answer itself.
    QVERIFY2(error.size() < 120, qPrintable(error));
    QVERIFY2(!error.contains(QChar(0x01)), qPrintable(error));
}

void TestIpCheckAnswer::summary_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("country");
    QTest::addColumn<bool>("mismatch");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("text");

    QTest::newRow("address only") << QStringLiteral("192.0.2.1") << QString() << false << QString()
                                  << QStringLiteral("address 192.0.2.1");
    QTest::newRow("with country") << QStringLiteral("192.0.2.1") << QStringLiteral("US") << false << QString()
                                  << QStringLiteral("address 192.0.2.1, country US");
    QTest::newRow("mismatch")
        << QStringLiteral("192.0.2.1") << QStringLiteral("US") << true << QString()
        << QStringLiteral("address 192.0.2.1, country US, REGION MISMATCH: configured DE, database says US");
    QTest::newRow("GeoIP problem") << QStringLiteral("192.0.2.1") << QString() << false
                                   << QStringLiteral("cannot read GeoIP database /x: bad")
                                   << QStringLiteral("address 192.0.2.1, cannot read GeoIP database /x: bad");
    QTest::newRow("failed") << QString() << QString() << false << QStringLiteral("the answer is empty")
                            << QStringLiteral("IP check failed: the answer is empty");
}

void TestIpCheckAnswer::summary()
{
    QFETCH(QString, address);
    QFETCH(QString, country);
    QFETCH(bool, mismatch);
    QFETCH(QString, error);
    QFETCH(QString, text);

    ExitIpResult r;
    r.exitId = QStringLiteral("de-1");
    r.region = QStringLiteral("DE");
    r.address = QHostAddress(address);
    r.country = country;
    r.regionMismatch = mismatch;
    r.error = error;
    QCOMPARE(r.hasAddress(), !address.isEmpty());
    QCOMPARE(r.summary(), text);
}

QTEST_APPLESS_MAIN(TestIpCheckAnswer)

#include "tst_ipcheckanswer.moc"
