#include "http/HttpHeaders.h"

#include <QTest>

using namespace Veil::Http;

namespace {

Headers sample()
{
    Headers h;
    h.append(QByteArrayLiteral("Host"), QByteArrayLiteral("example.com"));
    h.append(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/html"));
    h.append(QByteArrayLiteral("Connection"), QByteArrayLiteral("keep-alive, Upgrade"));
    h.append(QByteArrayLiteral("accept"), QByteArrayLiteral("*/*"));
    h.append(QByteArrayLiteral("X-Empty"), QByteArray(""));
    return h;
}

} // namespace

class TestHttpHeaders : public QObject
{
    Q_OBJECT

private slots:
    void lookup_data();
    void lookup();
    void hasToken_data();
    void hasToken();
    void set_data();
    void set();
    void remove();
    void serialize();
    void equalsIgnoreCase_data();
    void equalsIgnoreCase();
    void splitList_data();
    void splitList();
};

void TestHttpHeaders::lookup_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QList<QByteArray>>("all");

    QTest::newRow("exact case") << QByteArrayLiteral("Host") << QByteArrayLiteral("example.com")
                                << QList<QByteArray>{QByteArrayLiteral("example.com")};
    QTest::newRow("other case") << QByteArrayLiteral("HOST") << QByteArrayLiteral("example.com")
                                << QList<QByteArray>{QByteArrayLiteral("example.com")};
    QTest::newRow("duplicates keep order")
        << QByteArrayLiteral("accept") << QByteArrayLiteral("text/html")
        << QList<QByteArray>{QByteArrayLiteral("text/html"), QByteArrayLiteral("*/*")};
    QTest::newRow("empty value") << QByteArrayLiteral("x-empty") << QByteArray("")
                                 << QList<QByteArray>{QByteArray("")};
    QTest::newRow("absent") << QByteArrayLiteral("Cookie") << QByteArray() << QList<QByteArray>{};
    QTest::newRow("prefix is not a match") << QByteArrayLiteral("Hos") << QByteArray() << QList<QByteArray>{};
}

void TestHttpHeaders::lookup()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, first);
    QFETCH(QList<QByteArray>, all);

    const Headers h = sample();
    QCOMPARE(h.value(name), first);
    QCOMPARE(h.value(name).isNull(), first.isNull());
    QCOMPARE(h.values(name), all);
    QCOMPARE(h.count(name), all.size());
    QCOMPARE(h.contains(name), !all.isEmpty());
}

void TestHttpHeaders::hasToken_data()
{
    QTest::addColumn<QList<QByteArray>>("values");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("expected");

    const auto list = [](std::initializer_list<const char *> items) {
        QList<QByteArray> out;
        for (const char *item : items)
            out.append(QByteArray(item));
        return out;
    };
    QTest::newRow("single") << list({"close"}) << QByteArrayLiteral("close") << true;
    QTest::newRow("case-insensitive") << list({"Keep-Alive"}) << QByteArrayLiteral("keep-alive") << true;
    QTest::newRow("in list") << list({"keep-alive, Upgrade"}) << QByteArrayLiteral("upgrade") << true;
    QTest::newRow("second field") << list({"keep-alive", "close"}) << QByteArrayLiteral("close") << true;
    QTest::newRow("OWS around") << list({" a ,\tclose\t, b"}) << QByteArrayLiteral("close") << true;
    QTest::newRow("substring is not a token") << list({"closed"}) << QByteArrayLiteral("close") << false;
    QTest::newRow("token inside quotes") << list({"\"a, close\""}) << QByteArrayLiteral("close") << false;
    QTest::newRow("absent") << list({}) << QByteArrayLiteral("close") << false;
}

void TestHttpHeaders::hasToken()
{
    QFETCH(QList<QByteArray>, values);
    QFETCH(QByteArray, token);
    QFETCH(bool, expected);

    Headers h;
    h.append(QByteArrayLiteral("Other"), token);
    for (const QByteArray &value : values)
        h.append(QByteArrayLiteral("Connection"), value);
    QCOMPARE(h.hasToken("connection", token), expected);
}

void TestHttpHeaders::set_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("replaces duplicates in place")
        << QByteArrayLiteral("Accept")
        << QByteArrayLiteral("Host: example.com\r\nAccept: new\r\nConnection: keep-alive, Upgrade\r\n"
                             "X-Empty: \r\n");
    QTest::newRow("appends when absent")
        << QByteArrayLiteral("Via")
        << QByteArrayLiteral("Host: example.com\r\nAccept: text/html\r\nConnection: keep-alive, Upgrade\r\n"
                             "accept: */*\r\nX-Empty: \r\nVia: new\r\n");
}

void TestHttpHeaders::set()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, expected);

    Headers h = sample();
    h.set(name, QByteArrayLiteral("new"));
    QByteArray out;
    h.serializeTo(out);
    QCOMPARE(out, expected);
    QCOMPARE(h.count(name), 1);
}

void TestHttpHeaders::remove()
{
    Headers h = sample();
    QCOMPARE(h.remove("ACCEPT"), 2);
    QCOMPARE(h.remove("accept"), 0);
    QCOMPARE(h.size(), 3);
    QVERIFY(!h.contains("Accept"));
    QCOMPARE(h.fields().front().name, QByteArrayLiteral("Host"));
    QCOMPARE(h.remove("Host"), 1);
    QCOMPARE(h.remove("Connection"), 1);
    QCOMPARE(h.remove("X-Empty"), 1);
    QVERIFY(h.isEmpty());
}

void TestHttpHeaders::serialize()
{
    QByteArray out = QByteArrayLiteral("GET / HTTP/1.1\r\n");
    sample().serializeTo(out);
    QCOMPARE(out, QByteArrayLiteral("GET / HTTP/1.1\r\nHost: example.com\r\nAccept: text/html\r\n"
                                    "Connection: keep-alive, Upgrade\r\naccept: */*\r\nX-Empty: \r\n"));
    QByteArray empty;
    Headers().serializeTo(empty);
    QVERIFY(empty.isEmpty());
}

void TestHttpHeaders::equalsIgnoreCase_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("expected");

    QTest::newRow("same") << QByteArrayLiteral("chunked") << QByteArrayLiteral("chunked") << true;
    QTest::newRow("mixed case") << QByteArrayLiteral("Content-Length") << QByteArrayLiteral("content-LENGTH")
                                << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray("") << true;
    QTest::newRow("length differs") << QByteArrayLiteral("chunked") << QByteArrayLiteral("chunked ") << false;
    QTest::newRow("one letter differs")
        << QByteArrayLiteral("chunked") << QByteArrayLiteral("chunkee") << false;
    // Latin-1 letters must not fold: only ASCII is case-insensitive in HTTP.
    QTest::newRow("latin-1 not folded") << QByteArray("\xe9") << QByteArray("\xc9") << false;
    QTest::newRow("'@' is not '`'") << QByteArrayLiteral("@") << QByteArrayLiteral("`") << false;
}

void TestHttpHeaders::equalsIgnoreCase()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, expected);
    QCOMPARE(Veil::Http::equalsIgnoreCase(a, b), expected);
    QCOMPARE(Veil::Http::equalsIgnoreCase(b, a), expected);
}

void TestHttpHeaders::splitList_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QList<QByteArray>>("expected");

    using L = QList<QByteArray>;
    QTest::newRow("empty") << QByteArray() << L{};
    QTest::newRow("one") << QByteArrayLiteral("gzip") << L{"gzip"};
    QTest::newRow("OWS trimmed") << QByteArrayLiteral(" gzip ,\tchunked\t") << L{"gzip", "chunked"};
    QTest::newRow("empty elements dropped") << QByteArrayLiteral(",a,, ,b,") << L{"a", "b"};
    QTest::newRow("comma in quotes") << QByteArrayLiteral("a=\"x, y\", b") << L{"a=\"x, y\"", "b"};
    QTest::newRow("escaped quote") << QByteArrayLiteral("a=\"x\\\", y\", b") << L{"a=\"x\\\", y\"", "b"};
    QTest::newRow("unterminated quote") << QByteArrayLiteral("a, \"b, c") << L{"a", "\"b, c"};
    QTest::newRow("trailing backslash") << QByteArrayLiteral("\"a\\") << L{"\"a\\"};
}

void TestHttpHeaders::splitList()
{
    QFETCH(QByteArray, value);
    QFETCH(QList<QByteArray>, expected);

    QList<QByteArray> actual;
    for (QByteArrayView element : Veil::Http::splitList(value))
        actual.append(element.toByteArray());
    QCOMPARE(actual, expected);
}

QTEST_APPLESS_MAIN(TestHttpHeaders)

#include "tst_httpheaders.moc"
