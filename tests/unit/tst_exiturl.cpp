// Exit URL parsing: every accepted form, every rejection, and no password ever echoed back.

#include "exits/Exit.h"

#include <QTest>

using namespace Veil;

Q_DECLARE_METATYPE(Veil::ExitScheme)

class tst_ExitUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void passwordIsRejectedWithoutEcho_data();
    void passwordIsRejectedWithoutEcho();
    void urlStringRoundTrips_data();
    void urlStringRoundTrips();
    void regionCode_data();
    void regionCode();
    void defaultId_data();
    void defaultId();
    void uniqueId();
    void redact_data();
    void redact();
    void pin_data();
    void pin();
};

void tst_ExitUrl::valid_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<ExitScheme>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("id");

    QTest::newRow("http") << QStringLiteral("http://proxy.example:8080") << ExitScheme::Http
                          << QStringLiteral("proxy.example") << 8080 << QString() << QString()
                          << QStringLiteral("proxy-example-8080");
    QTest::newRow("https region") << QStringLiteral("https://proxy.example:443#de") << ExitScheme::Https
                                  << QStringLiteral("proxy.example") << 443 << QString()
                                  << QStringLiteral("DE") << QStringLiteral("de-proxy-example-443");
    QTest::newRow("socks5 user") << QStringLiteral("socks5://alice@10.0.0.1:1080#NL") << ExitScheme::Socks5
                                 << QStringLiteral("10.0.0.1") << 1080 << QStringLiteral("alice")
                                 << QStringLiteral("NL") << QStringLiteral("nl-10-0-0-1-1080");
    QTest::newRow("socks5h") << QStringLiteral("socks5h://h.example:1") << ExitScheme::Socks5
                             << QStringLiteral("h.example") << 1 << QString() << QString()
                             << QStringLiteral("h-example-1");
    QTest::newRow("scheme case") << QStringLiteral("HTTPS://Proxy.Example:65535") << ExitScheme::Https
                                 << QStringLiteral("proxy.example") << 65535 << QString() << QString()
                                 << QStringLiteral("proxy-example-65535");
    QTest::newRow("ipv6") << QStringLiteral("socks5://[2001:DB8::1]:1080#us") << ExitScheme::Socks5
                          << QStringLiteral("2001:db8::1") << 1080 << QString() << QStringLiteral("US")
                          << QStringLiteral("us-2001-db8-1-1080");
    QTest::newRow("ipv6 loopback") << QStringLiteral("http://[::1]:3128") << ExitScheme::Http
                                   << QStringLiteral("::1") << 3128 << QString() << QString()
                                   << QStringLiteral("1-3128");
    QTest::newRow("trailing slash") << QStringLiteral("http://h.example:80/") << ExitScheme::Http
                                    << QStringLiteral("h.example") << 80 << QString() << QString()
                                    << QStringLiteral("h-example-80");
    QTest::newRow("surrounding space")
        << QStringLiteral("  http://h.example:80  ") << ExitScheme::Http << QStringLiteral("h.example") << 80
        << QString() << QString() << QStringLiteral("h-example-80");
    QTest::newRow("encoded user") << QStringLiteral("http://a%40b.c@h.example:80") << ExitScheme::Http
                                  << QStringLiteral("h.example") << 80 << QStringLiteral("a@b.c") << QString()
                                  << QStringLiteral("h-example-80");
    QTest::newRow("idn") << QStringLiteral("http://b\u00fccher.example:80") << ExitScheme::Http
                         << QStringLiteral("xn--bcher-kva.example") << 80 << QString() << QString()
                         << QStringLiteral("xn-bcher-kva-example-80");
    QTest::newRow("trailing dot") << QStringLiteral("http://h.example.:80") << ExitScheme::Http
                                  << QStringLiteral("h.example") << 80 << QString() << QString()
                                  << QStringLiteral("h-example-80");
    QTest::newRow("single label") << QStringLiteral("http://localhost:8080") << ExitScheme::Http
                                  << QStringLiteral("localhost") << 8080 << QString() << QString()
                                  << QStringLiteral("localhost-8080");
}

void tst_ExitUrl::valid()
{
    QFETCH(QString, url);
    QFETCH(ExitScheme, scheme);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, region);
    QFETCH(QString, id);

    const ExitParseResult result = parseExitUrl(url);
    QVERIFY2(result.exit.has_value(), qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    const Exit &e = *result.exit;
    QCOMPARE(e.scheme, scheme);
    QCOMPARE(e.host, host);
    QCOMPARE(int(e.port), port);
    QCOMPARE(e.user, user);
    QCOMPARE(e.region, region);
    QCOMPARE(e.id, id);
    QVERIFY(isValidExitId(e.id));
    QVERIFY(e.enabled);
}

void tst_ExitUrl::invalid_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("errorPart"); // a word the message must contain

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("no scheme") << QStringLiteral("proxy.example:8080") << QStringLiteral("scheme");
    QTest::newRow("bad scheme") << QStringLiteral("ftp://proxy.example:21") << QStringLiteral("scheme");
    QTest::newRow("socks4") << QStringLiteral("socks4://proxy.example:1080") << QStringLiteral("scheme");
    QTest::newRow("missing port") << QStringLiteral("http://proxy.example") << QStringLiteral("port");
    QTest::newRow("empty port") << QStringLiteral("http://proxy.example:") << QStringLiteral("port");
    QTest::newRow("port zero") << QStringLiteral("http://proxy.example:0") << QStringLiteral("port");
    QTest::newRow("port big") << QStringLiteral("http://proxy.example:65536") << QStringLiteral("port");
    QTest::newRow("port huge") << QStringLiteral("http://proxy.example:99999999999")
                               << QStringLiteral("port");
    QTest::newRow("port sign") << QStringLiteral("http://proxy.example:+80") << QStringLiteral("port");
    QTest::newRow("port text") << QStringLiteral("http://proxy.example:http") << QStringLiteral("port");
    QTest::newRow("ipv6 missing port") << QStringLiteral("http://[::1]") << QStringLiteral("port");
    QTest::newRow("ipv6 no brackets")
        << QStringLiteral("http://2001:db8::1:80") << QStringLiteral("brackets");
    QTest::newRow("ipv6 unclosed") << QStringLiteral("http://[::1:80") << QStringLiteral("]");
    QTest::newRow("ipv6 bad") << QStringLiteral("http://[xyz::g]:80") << QStringLiteral("IPv6");
    QTest::newRow("ipv6 v4 in brackets") << QStringLiteral("http://[1.2.3.4]:80") << QStringLiteral("IPv6");
    QTest::newRow("ipv6 zone") << QStringLiteral("http://[fe80::1%eth0]:80") << QStringLiteral("zone");
    QTest::newRow("ipv6 junk after") << QStringLiteral("http://[::1]x:80") << QStringLiteral("]");
    QTest::newRow("ipv4 short") << QStringLiteral("http://127.1:80") << QStringLiteral("IPv4");
    QTest::newRow("ipv4 octet") << QStringLiteral("http://1.2.3.256:80") << QStringLiteral("IPv4");
    QTest::newRow("ipv4 octal") << QStringLiteral("http://010.0.0.1:80") << QStringLiteral("IPv4");
    QTest::newRow("numeric tld") << QStringLiteral("http://a.123:80") << QStringLiteral("host");
    QTest::newRow("bad host char") << QStringLiteral("http://a!b.example:80") << QStringLiteral("host");
    QTest::newRow("empty label") << QStringLiteral("http://a..b:80") << QStringLiteral("host");
    QTest::newRow("dash label") << QStringLiteral("http://-a.example:80") << QStringLiteral("host");
    QTest::newRow("long label") << (QStringLiteral("http://") + QString(64, QLatin1Char('a')) +
                                    QStringLiteral(":80"))
                                << QStringLiteral("host");
    QTest::newRow("percent host") << QStringLiteral("http://a%2eb:80") << QStringLiteral("host");
    QTest::newRow("no host") << QStringLiteral("http://:80") << QStringLiteral("host");
    QTest::newRow("path") << QStringLiteral("http://h.example:80/proxy") << QStringLiteral("path");
    QTest::newRow("query") << QStringLiteral("http://h.example:80?x=1") << QStringLiteral("query");
    QTest::newRow("slash query") << QStringLiteral("http://h.example:80/?") << QStringLiteral("path");
    QTest::newRow("space inside") << QStringLiteral("http://h example:80") << QStringLiteral("spaces");
    QTest::newRow("control char") << QStringLiteral("http://h.example:80\u0001") << QStringLiteral("control");
    QTest::newRow("region long") << QStringLiteral("http://h.example:80#DEU") << QStringLiteral("region");
    QTest::newRow("region digits") << QStringLiteral("http://h.example:80#D1") << QStringLiteral("region");
    QTest::newRow("region empty") << QStringLiteral("http://h.example:80#") << QStringLiteral("region");
    QTest::newRow("region non-ascii")
        << QStringLiteral("http://h.example:80#D\u00c9") << QStringLiteral("region");
    QTest::newRow("empty user") << QStringLiteral("http://@h.example:80") << QStringLiteral("user");
    QTest::newRow("user slash") << QStringLiteral("http://a/b@h.example:80") << QStringLiteral("user");
    QTest::newRow("user bad escape") << QStringLiteral("http://a%zz@h.example:80")
                                     << QStringLiteral("percent");
    QTest::newRow("user encoded colon")
        << QStringLiteral("http://a%3Ab@h.example:80") << QStringLiteral("user");
    QTest::newRow("user invalid utf8")
        << QStringLiteral("http://a%FF@h.example:80") << QStringLiteral("UTF-8");
}

void tst_ExitUrl::invalid()
{
    QFETCH(QString, url);
    QFETCH(QString, errorPart);

    const ExitParseResult result = parseExitUrl(url);
    QVERIFY2(!result.exit.has_value(), qPrintable(result.exit ? result.exit->urlString() : QString()));
    QVERIFY2(result.error.contains(errorPart, Qt::CaseInsensitive), qPrintable(result.error));
}

void tst_ExitUrl::passwordIsRejectedWithoutEcho_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("secret");

    QTest::newRow("plain") << QStringLiteral("http://alice:Sup3rSecret@h.example:80")
                           << QStringLiteral("Sup3rSecret");
    QTest::newRow("with region") << QStringLiteral("socks5://bob:hunter2pw@h.example:1080#DE")
                                 << QStringLiteral("hunter2pw");
    QTest::newRow("at in password") << QStringLiteral("http://u:pa@ss@h.example:80")
                                    << QStringLiteral("pa@ss");
    QTest::newRow("hash in password")
        << QStringLiteral("http://u:se#cretXY@h.example:80") << QStringLiteral("cretXY");
    QTest::newRow("slash in password")
        << QStringLiteral("http://u:se/cretXY@h.example:80") << QStringLiteral("cretXY");
    QTest::newRow("empty user") << QStringLiteral("https://:TopSecret9@h.example:443")
                                << QStringLiteral("TopSecret9");
    QTest::newRow("bad scheme too") << QStringLiteral("ftp://u:TopSecret9@h.example:21")
                                    << QStringLiteral("TopSecret9");
    QTest::newRow("no scheme") << QStringLiteral("u:TopSecret9@h.example:21") << QStringLiteral("TopSecret9");
    QTest::newRow("ipv6") << QStringLiteral("http://u:TopSecret9@[::1]:80") << QStringLiteral("TopSecret9");
}

void tst_ExitUrl::passwordIsRejectedWithoutEcho()
{
    QFETCH(QString, url);
    QFETCH(QString, secret);

    const ExitParseResult result = parseExitUrl(url);
    QVERIFY(!result.exit.has_value());
    QVERIFY2(result.error.contains(QLatin1String("password")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("keychain")), qPrintable(result.error));
    QVERIFY2(!result.error.contains(secret), qPrintable(result.error));
    QVERIFY(!redactExitUrl(url).contains(secret));
}

void tst_ExitUrl::urlStringRoundTrips_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    QTest::newRow("http") << QStringLiteral("http://h.example:80#DE")
                          << QStringLiteral("http://h.example:80");
    QTest::newRow("socks5h") << QStringLiteral("SOCKS5H://H.example:1080")
                             << QStringLiteral("socks5://h.example:1080");
    QTest::newRow("ipv6") << QStringLiteral("https://u@[2001:db8::1]:443")
                          << QStringLiteral("https://u@[2001:db8::1]:443");
    QTest::newRow("encoded user") << QStringLiteral("http://a%40b@h.example:80")
                                  << QStringLiteral("http://a%40b@h.example:80");
}

void tst_ExitUrl::urlStringRoundTrips()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);

    const ExitParseResult first = parseExitUrl(url);
    QVERIFY2(first.exit, qPrintable(first.error));
    QCOMPARE(first.exit->urlString(), expected);
    const ExitParseResult second = parseExitUrl(first.exit->urlString());
    QVERIFY2(second.exit, qPrintable(second.error));
    Exit withoutRegion = *first.exit;
    withoutRegion.region.clear();
    withoutRegion.id = second.exit->id;
    QCOMPARE(*second.exit, withoutRegion);
}

void tst_ExitUrl::regionCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");

    QTest::newRow("DE") << QStringLiteral("DE") << true;
    QTest::newRow("lower") << QStringLiteral("nl") << true;
    QTest::newRow("mixed") << QStringLiteral("uS") << true;
    QTest::newRow("unassigned pair") << QStringLiteral("QZ") << true; // no country list is kept
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("one") << QStringLiteral("D") << false;
    QTest::newRow("three") << QStringLiteral("DEU") << false;
    QTest::newRow("digit") << QStringLiteral("D1") << false;
    QTest::newRow("space") << QStringLiteral("D ") << false;
    QTest::newRow("non-ascii") << QStringLiteral("\u00c9S") << false;
    QTest::newRow("dotless i") << QStringLiteral("\u0131T") << false;
}

void tst_ExitUrl::regionCode()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(isValidRegionCode(code), valid);
}

void tst_ExitUrl::defaultId_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("id");

    QTest::newRow("plain") << QStringLiteral("DE") << QStringLiteral("proxy.example") << 8080
                           << QStringLiteral("de-proxy-example-8080");
    QTest::newRow("no region") << QString() << QStringLiteral("h") << 1 << QStringLiteral("h-1");
    QTest::newRow("ipv6") << QStringLiteral("US") << QStringLiteral("::1") << 80 << QStringLiteral("us-1-80");
    QTest::newRow("underscore") << QStringLiteral("FR") << QStringLiteral("a_b--c") << 2
                                << QStringLiteral("fr-a-b-c-2");
}

void tst_ExitUrl::defaultId()
{
    QFETCH(QString, region);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, id);
    QCOMPARE(defaultExitId(region, host, quint16(port)), id);
}

void tst_ExitUrl::uniqueId()
{
    const QSet<QString> taken{QStringLiteral("a"), QStringLiteral("a-2"), QStringLiteral("b-2")};
    QCOMPARE(uniqueExitId(QStringLiteral("c"), taken), QStringLiteral("c"));
    QCOMPARE(uniqueExitId(QStringLiteral("a"), taken), QStringLiteral("a-3"));
    QCOMPARE(uniqueExitId(QStringLiteral("b"), taken), QStringLiteral("b"));
    QCOMPARE(uniqueExitId(QStringLiteral("a"), {}), QStringLiteral("a"));
}

void tst_ExitUrl::redact_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("password") << QStringLiteral("http://u:pw@h:1#DE")
                              << QStringLiteral("http://u:***@h:1#DE");
    QTest::newRow("none") << QStringLiteral("http://u@h:1") << QStringLiteral("http://u@h:1");
    QTest::newRow("no user") << QStringLiteral("http://h:1") << QStringLiteral("http://h:1");
    QTest::newRow("no scheme") << QStringLiteral("u:pw@h:1") << QStringLiteral("u:***@h:1");
    QTest::newRow("at in password") << QStringLiteral("socks5://u:p@w@h:1")
                                    << QStringLiteral("socks5://u:***@h:1");
}

void tst_ExitUrl::redact()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(redactExitUrl(text), expected);
}

void tst_ExitUrl::pin_data()
{
    QTest::addColumn<QByteArray>("pin");
    QTest::addColumn<bool>("valid");

    const QByteArray digest =
        QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    QTest::newRow("hex") << digest.toHex() << true;
    QTest::newRow("hex upper colons") << digest.toHex(':').toUpper() << true;
    QTest::newRow("base64") << digest.toBase64() << true;
    QTest::newRow("short hex") << digest.left(31).toHex() << false;
    QTest::newRow("short base64") << digest.left(20).toBase64() << false;
    QTest::newRow("junk") << QByteArray("not a pin") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void tst_ExitUrl::pin()
{
    QFETCH(QByteArray, pin);
    QFETCH(bool, valid);
    const QByteArray raw = decodeSha256Pin(pin);
    QCOMPARE(raw.size(), valid ? 32 : 0);
    if (valid) {
        QCOMPARE(raw.toHex(), QByteArray("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));
    }
}

QTEST_APPLESS_MAIN(tst_ExitUrl)
#include "tst_exiturl.moc"
