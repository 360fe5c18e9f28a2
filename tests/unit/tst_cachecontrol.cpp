#include "cache/CacheControl.h"

#include <QTest>

using namespace Veil;
using namespace Veil::Cache;

namespace {

/** Header fields from "Name: value" lines separated by '\n'. */
Http::Headers fields(const QByteArray &text)
{
    Http::Headers out;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            out.append(line.first(colon), line.sliced(colon + 1).trimmed());
    }
    return out;
}

/** Every directive that is set, in a fixed order, e.g. "max-age=60 no-cache=[set-cookie]". */
QByteArray describe(const CacheControl &cc)
{
    QList<QByteArray> parts;
    const auto delta = [&](const char *name, const std::optional<qint64> &v) {
        if (v)
            parts +=
                QByteArray(name) + '=' + (*v == CacheControl::kUnlimited ? "any" : QByteArray::number(*v));
    };
    const auto flag = [&](const char *name, bool on) {
        if (on)
            parts += QByteArray(name);
    };
    const auto list = [&](const char *name, bool on, const QList<QByteArray> &names) {
        if (on)
            parts += names.isEmpty() ? QByteArray(name) : QByteArray(name) + "=[" + names.join(',') + ']';
    };
    delta("max-age", cc.maxAge);
    delta("s-maxage", cc.sMaxAge);
    list("no-cache", cc.noCache, cc.noCacheFields);
    flag("no-store", cc.noStore);
    flag("no-transform", cc.noTransform);
    delta("stale-if-error", cc.staleIfError);
    delta("max-stale", cc.maxStale);
    delta("min-fresh", cc.minFresh);
    flag("only-if-cached", cc.onlyIfCached);
    flag("must-revalidate", cc.mustRevalidate);
    flag("proxy-revalidate", cc.proxyRevalidate);
    flag("must-understand", cc.mustUnderstand);
    flag("public", cc.isPublic);
    list("private", cc.isPrivate, cc.privateFields);
    delta("stale-while-revalidate", cc.staleWhileRevalidate);
    flag("immutable", cc.immutable);
    return parts.join(' ');
}

} // namespace

class TestCacheControl : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void multipleLines_data();
    void multipleLines();
    void pragma_data();
    void pragma();
    void deltaSeconds_data();
    void deltaSeconds();
};

void TestCacheControl::parse_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");

    const auto row = [](const char *name, const char *value, const char *expected) {
        QTest::newRow(name) << QByteArray(value) << QByteArray(expected);
    };

    row("empty", "", "");
    row("max-age", "max-age=60", "max-age=60");
    row("max-age zero", "max-age=0", "max-age=0");
    row("max-age leading zeros", "max-age=007", "max-age=7");
    row("max-age quoted", "max-age=\"60\"", "max-age=60");
    row("max-age quoted with space", "max-age=\" 60\"", "max-age=0");
    row("max-age empty", "max-age=", "max-age=0");
    row("max-age no value", "max-age", "max-age=0");
    row("max-age negative", "max-age=-1", "max-age=0");
    row("max-age plus sign", "max-age=+5", "max-age=0");
    row("max-age fraction", "max-age=1.5", "max-age=0");
    row("max-age unit", "max-age=60s", "max-age=0");
    row("max-age hex", "max-age=0x10", "max-age=0");
    row("max-age 2^31-1", "max-age=2147483647", "max-age=2147483647");
    row("max-age 2^31", "max-age=2147483648", "max-age=2147483648");
    row("max-age 2^31+1 saturates", "max-age=2147483649", "max-age=2147483648");
    row("max-age 2^63 saturates", "max-age=9223372036854775808", "max-age=2147483648");
    row("max-age 40 digits saturates", "max-age=1234567890123456789012345678901234567890",
        "max-age=2147483648");
    row("max-age upper case name", "MAX-AGE=60", "max-age=60");
    row("max-age mixed case name", "Max-Age=60", "max-age=60");
    row("space around equals", "max-age = 60", "max-age=60");
    row("duplicate max-age first wins", "max-age=60, max-age=10", "max-age=60");
    row("duplicate invalid first wins", "max-age=abc, max-age=10", "max-age=0");
    row("duplicate case-insensitive", "max-age=5, MAX-AGE=10", "max-age=5");
    row("s-maxage", "s-maxage=30", "s-maxage=30");
    row("s-maxage invalid", "s-maxage=x", "s-maxage=0");
    row("s-maxage huge", "s-maxage=99999999999", "s-maxage=2147483648");
    row("no-cache", "no-cache", "no-cache");
    row("no-cache field", "no-cache=Set-Cookie", "no-cache=[set-cookie]");
    row("no-cache quoted fields", "no-cache=\"Set-Cookie, X-Foo\"", "no-cache=[set-cookie,x-foo]");
    row("no-cache quoted one field", "no-cache=\"set-cookie\"", "no-cache=[set-cookie]");
    row("no-cache empty quoted", "no-cache=\"\"", "no-cache");
    row("no-cache unterminated quote", "no-cache=\"Set-Cookie", "no-cache");
    row("no-cache bad field name", "no-cache=\"Set Cookie\"", "no-cache");
    row("no-cache garbage after quote", "no-cache=\"a\"b", "no-cache");
    row("no-cache then max-age", "no-cache=\"a, b\", max-age=5", "max-age=5 no-cache=[a,b]");
    row("no-store", "no-store", "no-store");
    row("no-store upper case", "NO-STORE", "no-store");
    row("no-store with argument still counts", "no-store=1", "no-store");
    row("no-transform", "no-transform", "no-transform");
    row("must-revalidate", "must-revalidate", "must-revalidate");
    row("proxy-revalidate", "proxy-revalidate", "proxy-revalidate");
    row("must-understand", "must-understand, no-store", "no-store must-understand");
    row("public", "public", "public");
    row("public with argument ignored", "public=yes", "");
    row("private", "private", "private");
    row("private fields", "private=\"Set-Cookie, Authorization-Info\"",
        "private=[set-cookie,authorization-info]");
    row("private token field", "private=X-User", "private=[x-user]");
    row("private bad list", "private=\"a b\"", "private");
    row("public and private", "public, private", "public private");
    row("max-stale", "max-stale", "max-stale=any");
    row("max-stale value", "max-stale=120", "max-stale=120");
    row("max-stale quoted", "max-stale=\"120\"", "max-stale=120");
    row("max-stale invalid dropped", "max-stale=abc", "");
    row("max-stale empty dropped", "max-stale=", "");
    row("max-stale huge", "max-stale=99999999999", "max-stale=2147483648");
    row("min-fresh", "min-fresh=30", "min-fresh=30");
    row("min-fresh invalid is maximal", "min-fresh=x", "min-fresh=2147483648");
    row("min-fresh no value is maximal", "min-fresh", "min-fresh=2147483648");
    row("only-if-cached", "only-if-cached", "only-if-cached");
    row("stale-while-revalidate", "max-age=1, stale-while-revalidate=59",
        "max-age=1 stale-while-revalidate=59");
    row("stale-while-revalidate invalid", "stale-while-revalidate=soon", "");
    row("stale-while-revalidate no value", "stale-while-revalidate", "");
    row("stale-if-error", "stale-if-error=86400", "stale-if-error=86400");
    row("stale-if-error invalid", "stale-if-error=-1", "");
    row("immutable", "max-age=31536000, immutable", "max-age=31536000 immutable");
    row("immutable with argument ignored", "immutable=1", "");
    row("unknown directives ignored", "foo, bar=baz, max-age=5, community=\"UCI\"", "max-age=5");
    row("non-token name ignored", "max age=5, max-age=6", "max-age=6");
    row("empty elements", ",, max-age=5 ,,", "max-age=5");
    row("whitespace", "  max-age=5\t,\tno-store  ", "max-age=5 no-store");
    row("quoted comma does not split", "community=\"a, max-age=5\", no-store", "no-store");
    row("escaped quote in string", "x=\"a\\\", max-age=5\", s-maxage=3", "s-maxage=3");
    row("everything", "public, max-age=60, s-maxage=30, must-revalidate, proxy-revalidate, no-transform",
        "max-age=60 s-maxage=30 no-transform must-revalidate proxy-revalidate public");
    row("request set", "no-cache, no-store, max-age=0, max-stale=5, min-fresh=1, only-if-cached",
        "max-age=0 no-cache no-store max-stale=5 min-fresh=1 only-if-cached");
    row("garbage", "\"\"\", ===, ;;;", "");
    row("semicolons are not separators", "max-age=5; no-store", "max-age=0");
}

void TestCacheControl::parse()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(describe(CacheControl::parse(value)), expected);
    // The same value in a response field parses the same way.
    Http::Headers h;
    h.append(QByteArrayLiteral("Cache-Control"), value);
    QCOMPARE(describe(CacheControl::parseResponse(h)), expected);
}

void TestCacheControl::multipleLines_data()
{
    QTest::addColumn<QByteArray>("headerText");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("lines combine") << QByteArray("Cache-Control: max-age=5\nCache-Control: no-store")
                                   << QByteArray("max-age=5 no-store");
    QTest::newRow("first line wins") << QByteArray("Cache-Control: max-age=5\nCache-Control: max-age=50")
                                     << QByteArray("max-age=5");
    QTest::newRow("name case") << QByteArray("cache-control: max-age=5\nCACHE-CONTROL: s-maxage=1")
                               << QByteArray("max-age=5 s-maxage=1");
    QTest::newRow("other fields ignored")
        << QByteArray("X-Cache-Control: no-store\nCache-Controls: no-store") << QByteArray("");
    QTest::newRow("empty line") << QByteArray("Cache-Control:\nCache-Control: public")
                                << QByteArray("public");
    QTest::newRow("no-cache first qualified")
        << QByteArray("Cache-Control: no-cache=a\nCache-Control: no-cache") << QByteArray("no-cache=[a]");
}

void TestCacheControl::multipleLines()
{
    QFETCH(QByteArray, headerText);
    QFETCH(QByteArray, expected);
    QCOMPARE(describe(CacheControl::parseResponse(fields(headerText))), expected);
}

void TestCacheControl::pragma_data()
{
    QTest::addColumn<QByteArray>("headerText");
    QTest::addColumn<bool>("requestNoCache");
    QTest::addColumn<bool>("responseNoCache");

    QTest::newRow("pragma alone") << QByteArray("Pragma: no-cache") << true << false;
    QTest::newRow("pragma case") << QByteArray("pragma: NO-CACHE") << true << false;
    QTest::newRow("pragma in list") << QByteArray("Pragma: x, no-cache") << true << false;
    QTest::newRow("pragma with cache-control")
        << QByteArray("Pragma: no-cache\nCache-Control: max-age=5") << false << false;
    QTest::newRow("pragma other") << QByteArray("Pragma: x-foo") << false << false;
    QTest::newRow("cache-control no-cache") << QByteArray("Cache-Control: no-cache") << true << true;
    QTest::newRow("empty cache-control disables pragma")
        << QByteArray("Cache-Control:\nPragma: no-cache") << false << false;
}

void TestCacheControl::pragma()
{
    QFETCH(QByteArray, headerText);
    QFETCH(bool, requestNoCache);
    QFETCH(bool, responseNoCache);
    const Http::Headers h = fields(headerText);
    QCOMPARE(CacheControl::parseRequest(h).noCache, requestNoCache);
    QCOMPARE(CacheControl::parseResponse(h).noCache, responseNoCache);
}

void TestCacheControl::deltaSeconds_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected"); ///< -1: invalid

    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("one") << QByteArray("1") << qint64(1);
    QTest::newRow("leading zeros") << QByteArray("000120") << qint64(120);
    QTest::newRow("2^31-1") << QByteArray("2147483647") << qint64(2147483647);
    QTest::newRow("2^31") << QByteArray("2147483648") << qint64(2147483648);
    QTest::newRow("2^32 saturates") << QByteArray("4294967296") << qint64(2147483648);
    QTest::newRow("2^64 saturates") << QByteArray("18446744073709551616") << qint64(2147483648);
    QTest::newRow("empty") << QByteArray("") << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("space") << QByteArray(" 5") << qint64(-1);
    QTest::newRow("trailing garbage") << QByteArray("5x") << qint64(-1);
    QTest::newRow("unicode digit") << QByteArray("\xd9\xa3") << qint64(-1);
}

void TestCacheControl::deltaSeconds()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expected);
    QCOMPARE(parseDeltaSeconds(text).value_or(-1), expected);
}

QTEST_APPLESS_MAIN(TestCacheControl)

#include "tst_cachecontrol.moc"
