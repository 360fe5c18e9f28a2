#include "CacheTestHelpers.h"

#include "cache/CachePolicy.h"

#include <QTest>

using namespace Veil;
using namespace Veil::Cache;
using namespace CacheTest;

class TestCacheFreshness : public QObject
{
    Q_OBJECT

private slots:
    void storability_data();
    void storability();
    void headersToStore_data();
    void headersToStore();
    void lifetime_data();
    void lifetime();
    void heuristicOptions();
    void age_data();
    void age();
    void ageValue_data();
    void ageValue();
    void decide_data();
    void decide();
    void staleOnError_data();
    void staleOnError();
    void bypass_data();
    void bypass();
};

// --- storing (RFC 9111 §3) ------------------------------------------------------------------------

void TestCacheFreshness::storability_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("requestHeaders");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("responseHeaders");
    QTest::addColumn<Reason>("expected");

    const auto row = [](const char *name, const char *method, const char *req, int status, const char *res,
                        Reason expected) {
        QTest::newRow(name) << QByteArray(method) << QByteArray(req) << status << QByteArray(res) << expected;
    };
    const Reason ok = Reason::Storable;

    row("GET 200 max-age", "GET", "", 200, "Cache-Control: max-age=60", ok);
    row("GET 200 bare (heuristic)", "GET", "", 200, "", ok);
    row("HEAD not stored", "HEAD", "", 200, "Cache-Control: max-age=60", Reason::MethodNotCacheable);
    row("POST not stored", "POST", "", 200, "Cache-Control: max-age=60", Reason::MethodNotCacheable);
    row("PUT not stored", "PUT", "", 200, "Cache-Control: max-age=60", Reason::MethodNotCacheable);
    row("OPTIONS not stored", "OPTIONS", "", 200, "Cache-Control: max-age=60", Reason::MethodNotCacheable);
    row("lower-case get is another method", "get", "", 200, "Cache-Control: max-age=60",
        Reason::MethodNotCacheable);
    row("100 never", "GET", "", 100, "Cache-Control: max-age=60", Reason::StatusNotFinal);
    row("103 never", "GET", "", 103, "Cache-Control: max-age=60", Reason::StatusNotFinal);
    row("199 never", "GET", "", 199, "Cache-Control: max-age=60", Reason::StatusNotFinal);
    row("600 invalid", "GET", "", 600, "Cache-Control: max-age=60", Reason::StatusNotFinal);
    row("0 invalid", "GET", "", 0, "Cache-Control: max-age=60", Reason::StatusNotFinal);
    row("206 not understood", "GET", "Range: bytes=0-1", 206, "Cache-Control: max-age=60",
        Reason::StatusNotUnderstood);
    row("304 not stored", "GET", "", 304, "Cache-Control: max-age=60", Reason::StatusNotUnderstood);
    // Heuristically cacheable statuses (RFC 9110 §15.1) need nothing else.
    for (int status : {200, 203, 204, 300, 301, 308, 404, 405, 410, 414, 501}) {
        const QByteArray name = "heuristic " + QByteArray::number(status);
        QTest::newRow(name.constData()) << QByteArray("GET") << QByteArray() << status << QByteArray() << ok;
    }
    // Others need explicit freshness or public.
    for (int status : {201, 202, 205, 302, 303, 307, 400, 403, 500, 502, 503, 504, 599}) {
        const QByteArray bare = "bare " + QByteArray::number(status);
        QTest::newRow(bare.constData())
            << QByteArray("GET") << QByteArray() << status << QByteArray() << Reason::NoFreshnessInfo;
        const QByteArray maxAge = "max-age " + QByteArray::number(status);
        QTest::newRow(maxAge.constData())
            << QByteArray("GET") << QByteArray() << status << QByteArray("Cache-Control: max-age=5") << ok;
    }
    row("302 Expires", "GET", "", 302, "Expires: @+60", ok);
    row("302 invalid Expires still explicit", "GET", "", 302, "Expires: 0", ok);
    row("302 s-maxage", "GET", "", 302, "Cache-Control: s-maxage=5", ok);
    row("302 public", "GET", "", 302, "Cache-Control: public", ok);
    row("302 must-revalidate alone", "GET", "", 302, "Cache-Control: must-revalidate",
        Reason::NoFreshnessInfo);
    row("302 Last-Modified alone", "GET", "", 302, "Last-Modified: @-1000", Reason::NoFreshnessInfo);
    row("response no-store", "GET", "", 200, "Cache-Control: max-age=60, no-store", Reason::ResponseNoStore);
    row("response NO-STORE", "GET", "", 200, "Cache-Control: NO-STORE", Reason::ResponseNoStore);
    row("no-store on second line", "GET", "", 200, "Cache-Control: public\nCache-Control: no-store",
        Reason::ResponseNoStore);
    row("request no-store", "GET", "Cache-Control: no-store", 200, "Cache-Control: max-age=60",
        Reason::RequestNoStore);
    row("request no-cache is fine", "GET", "Cache-Control: no-cache", 200, "Cache-Control: max-age=60", ok);
    row("must-understand overrides no-store", "GET", "", 200, "Cache-Control: must-understand, no-store", ok);
    row("must-understand unknown status", "GET", "", 299,
        "Cache-Control: must-understand, no-store, max-age=60", Reason::StatusNotUnderstood);
    row("must-understand 404", "GET", "", 404, "Cache-Control: must-understand, no-store", ok);
    row("private", "GET", "", 200, "Cache-Control: private, max-age=60", Reason::Private);
    row("private upper case", "GET", "", 200, "Cache-Control: PRIVATE", Reason::Private);
    row("private beats public", "GET", "", 200, "Cache-Control: public, private", Reason::Private);
    row("private with fields is storable", "GET", "", 200,
        "Cache-Control: private=\"Set-Cookie\", max-age=60", ok);
    row("private with broken list is private", "GET", "", 200, "Cache-Control: private=\"a b\", max-age=60",
        Reason::Private);
    row("no-cache is storable", "GET", "", 200, "Cache-Control: no-cache", ok);
    row("authorization", "GET", "Authorization: Basic eDp5", 200, "Cache-Control: max-age=60",
        Reason::Authorization);
    row("authorization bare", "GET", "Authorization: Basic eDp5", 200, "", Reason::Authorization);
    row("authorization public", "GET", "Authorization: Basic eDp5", 200, "Cache-Control: public", ok);
    row("authorization s-maxage", "GET", "Authorization: Basic eDp5", 200, "Cache-Control: s-maxage=60", ok);
    row("authorization must-revalidate", "GET", "Authorization: Basic eDp5", 200,
        "Cache-Control: must-revalidate, max-age=60", ok);
    row("authorization proxy-revalidate is not enough", "GET", "Authorization: Basic eDp5", 200,
        "Cache-Control: proxy-revalidate, max-age=60", Reason::Authorization);
    row("authorization public=x is not public", "GET", "Authorization: Basic eDp5", 200,
        "Cache-Control: public=x, max-age=60", Reason::Authorization);
    row("authorization private public", "GET", "Authorization: Basic eDp5", 200,
        "Cache-Control: public, private", Reason::Private);
    row("proxy-authorization is not authorization", "GET", "Proxy-Authorization: Basic eDp5", 200,
        "Cache-Control: max-age=60", ok);
    row("vary star storable", "GET", "", 200, "Vary: *\nCache-Control: max-age=60", ok);
    row("set-cookie storable", "GET", "", 200, "Set-Cookie: a=b\nCache-Control: max-age=60", ok);
}

void TestCacheFreshness::storability()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, requestHeaders);
    QFETCH(int, status);
    QFETCH(QByteArray, responseHeaders);
    QFETCH(Reason, expected);

    const Http::RequestHead req = request(method, QByteArrayLiteral("http://example.com/r"), requestHeaders);
    QCOMPARE(CachePolicy::storability(req, response(status, responseHeaders)), expected);
}

void TestCacheFreshness::headersToStore_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<qint64>("responseAt");
    QTest::addColumn<QByteArray>("expected");

    const auto row = [](const char *name, const char *in, qint64 at, const char *expected) {
        QTest::newRow(name) << QByteArray(in) << at << expandDates(expected);
    };
    row("plain", "Date: @0\nContent-Type: text/html\nETag: \"x\"", 0,
        "Date: @0\nContent-Type: text/html\nETag: \"x\"\n");
    row("hop-by-hop dropped",
        "Date: @0\nConnection: close, X-Hop\nX-Hop: 1\nKeep-Alive: timeout=5\nTE: trailers\n"
        "Transfer-Encoding: chunked\nUpgrade: h2c\nProxy-Connection: keep-alive\nX-End: 2",
        0, "Date: @0\nX-End: 2\n");
    row("proxy fields dropped", "Date: @0\nProxy-Authenticate: Basic\nProxy-Authentication-Info: a=b\nX: y",
        0, "Date: @0\nX: y\n");
    row("framing dropped", "Date: @0\nContent-Length: 5\nTrailer: X-Sum", 0, "Date: @0\n");
    row("end-to-end kept", "Date: @0\nAge: 5\nSet-Cookie: a=b\nCache-Status: up; hit\nVary: Accept", 0,
        "Date: @0\nAge: 5\nSet-Cookie: a=b\nCache-Status: up; hit\nVary: Accept\n");
    row("no-cache fields dropped",
        "Date: @0\nCache-Control: no-cache=\"Set-Cookie\"\nSet-Cookie: a=b\nSet-Cookie: c=d", 0,
        "Date: @0\nCache-Control: no-cache=\"Set-Cookie\"\n");
    row("private fields dropped",
        "Date: @0\nCache-Control: private=\"X-User, set-cookie\"\nX-User: me\nSET-COOKIE: s\nX: 1", 0,
        "Date: @0\nCache-Control: private=\"X-User, set-cookie\"\nX: 1\n");
    row("missing Date added", "ETag: \"x\"", 25, "ETag: \"x\"\nDate: @25\n");
    row("invalid Date replaced in place", "X: 1\nDate: yesterday\nY: 2", 7, "X: 1\nDate: @7\nY: 2\n");
    row("obsolete Date kept as sent", "Date: Sunday, 06-Nov-94 08:49:37 GMT", 0,
        "Date: Sunday, 06-Nov-94 08:49:37 GMT\n");
    row("Connection-listed Cache-Control", "Date: @0\nConnection: Cache-Control\nCache-Control: max-age=5", 0,
        "Date: @0\n");
}

void TestCacheFreshness::headersToStore()
{
    QFETCH(QByteArray, in);
    QFETCH(qint64, responseAt);
    QFETCH(QByteArray, expected);
    QCOMPARE(lines(CachePolicy::headersToStore(headers(in), kT0 + responseAt)), expected);
}

// --- freshness lifetime (RFC 9111 §4.2.1, §4.2.2) --------------------------------------------------

void TestCacheFreshness::lifetime_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("headerText");
    QTest::addColumn<qint64>("responseAt");
    QTest::addColumn<qint64>("expected");

    const auto row = [](const char *name, int status, const char *h, qint64 expected, qint64 at = 0) {
        QTest::newRow(name) << status << QByteArray(h) << at << expected;
    };
    row("max-age", 200, "Date: @0\nCache-Control: max-age=60", 60);
    row("max-age 0", 200, "Date: @0\nCache-Control: max-age=0", 0);
    row("s-maxage beats max-age", 200, "Date: @0\nCache-Control: max-age=60, s-maxage=30", 30);
    row("s-maxage beats max-age either order", 200, "Date: @0\nCache-Control: s-maxage=90, max-age=60", 90);
    row("s-maxage alone", 200, "Date: @0\nCache-Control: s-maxage=15", 15);
    row("invalid s-maxage is 0", 200, "Date: @0\nCache-Control: s-maxage=abc, max-age=60", 0);
    row("max-age beats Expires", 200, "Date: @0\nExpires: @+3600\nCache-Control: max-age=60", 60);
    row("invalid max-age is stale, Expires ignored", 200,
        "Date: @0\nExpires: @+3600\nCache-Control: max-age=x", 0);
    row("first max-age wins", 200, "Date: @0\nCache-Control: max-age=60, max-age=10", 60);
    row("first line wins", 200, "Date: @0\nCache-Control: max-age=10\nCache-Control: max-age=60", 10);
    row("huge max-age clamps", 200, "Date: @0\nCache-Control: max-age=99999999999", 2147483648);
    row("Expires minus Date", 200, "Date: @0\nExpires: @+3600", 3600);
    row("Expires minus Date, late arrival", 200, "Date: @0\nExpires: @+3600", 3600, 100);
    row("Expires without Date uses response time", 200, "Expires: @+3600", 3590, 10);
    row("Expires with invalid Date uses response time", 200, "Date: soon\nExpires: @+100", 100);
    row("Expires in the past", 200, "Date: @0\nExpires: @-100", 0);
    row("Expires equals Date", 200, "Date: @0\nExpires: @0", 0);
    row("Expires 0 is expired", 200, "Date: @0\nExpires: 0", 0);
    row("Expires garbage is expired", 200, "Date: @0\nExpires: never", 0);
    row("Expires empty is expired", 200, "Date: @0\nExpires:", 0);
    row("Expires invalid beats heuristic", 200, "Date: @0\nExpires: 0\nLast-Modified: @-100000", 0);
    row("Expires first line wins", 200, "Date: @0\nExpires: @+100\nExpires: @+200", 100);
    row("Expires asctime", 200, "Date: Sun, 06 Nov 1994 08:49:37 GMT\nExpires: Sun Nov  6 09:49:37 1994",
        3600);
    row("Expires rfc850", 200, "Date: Sun, 06 Nov 1994 08:49:37 GMT\nExpires: Sunday, 06-Nov-94 08:50:37 GMT",
        60);
    row("Expires year 9999", 200, "Date: @0\nExpires: Fri, 31 Dec 9999 23:59:59 GMT", 251702300799);
    row("Expires beats heuristic", 200, "Date: @0\nExpires: @+50\nLast-Modified: @-100000", 50);
    row("heuristic 10 percent", 200, "Date: @0\nLast-Modified: @-1000", 100);
    row("heuristic rounds down", 200, "Date: @0\nLast-Modified: @-999", 99);
    row("heuristic tiny", 200, "Date: @0\nLast-Modified: @-9", 0);
    row("heuristic capped at a day", 200, "Date: @0\nLast-Modified: @-8640000", 86400);
    row("heuristic just under the cap", 200, "Date: @0\nLast-Modified: @-863990", 86399);
    row("heuristic uses Date, not arrival", 200, "Date: @-500\nLast-Modified: @-1500", 100, 0);
    row("heuristic without Date uses arrival", 200, "Last-Modified: @-1000", 100);
    row("Last-Modified in the future", 200, "Date: @0\nLast-Modified: @+100", 0);
    row("Last-Modified equals Date", 200, "Date: @0\nLast-Modified: @0", 0);
    row("Last-Modified invalid", 200, "Date: @0\nLast-Modified: last week", 0);
    row("no information", 200, "Date: @0", 0);
    row("heuristic 203", 203, "Date: @0\nLast-Modified: @-1000", 100);
    row("heuristic 204", 204, "Date: @0\nLast-Modified: @-1000", 100);
    row("heuristic 300", 300, "Date: @0\nLast-Modified: @-1000", 100);
    row("heuristic 301", 301, "Date: @0\nLast-Modified: @-1000", 100);
    row("heuristic 308", 308, "Date: @0\nLast-Modified: @-1000", 100);
    row("heuristic 404", 404, "Date: @0\nLast-Modified: @-1000", 100);
    row("heuristic 405", 405, "Date: @0\nLast-Modified: @-1000", 100);
    row("heuristic 410", 410, "Date: @0\nLast-Modified: @-1000", 100);
    row("heuristic 414", 414, "Date: @0\nLast-Modified: @-1000", 100);
    row("heuristic 501", 501, "Date: @0\nLast-Modified: @-1000", 100);
    row("no heuristic 201", 201, "Date: @0\nLast-Modified: @-1000", 0);
    row("no heuristic 302", 302, "Date: @0\nLast-Modified: @-1000", 0);
    row("no heuristic 307", 307, "Date: @0\nLast-Modified: @-1000", 0);
    row("no heuristic 403", 403, "Date: @0\nLast-Modified: @-1000", 0);
    row("no heuristic 500", 500, "Date: @0\nLast-Modified: @-1000", 0);
    row("no heuristic 503", 503, "Date: @0\nLast-Modified: @-1000", 0);
    row("no heuristic for public 302", 302, "Date: @0\nCache-Control: public\nLast-Modified: @-1000", 0);
    row("explicit on 500", 500, "Date: @0\nCache-Control: max-age=7", 7);
}

void TestCacheFreshness::lifetime()
{
    QFETCH(int, status);
    QFETCH(QByteArray, headerText);
    QFETCH(qint64, responseAt);
    QFETCH(qint64, expected);

    FakeClock clock(kT0);
    const CachePolicy policy(clock);
    QCOMPARE(policy.freshnessLifetime(stored(status, headerText, responseAt, responseAt)), expected);
}

void TestCacheFreshness::heuristicOptions()
{
    FakeClock clock(kT0);
    const StoredResponse entry = stored(200, "Date: @0\nLast-Modified: @-100000");
    QCOMPARE(CachePolicy(clock, {20, 3600}).freshnessLifetime(entry), qint64(3600));
    QCOMPARE(CachePolicy(clock, {20, 100000}).freshnessLifetime(entry), qint64(20000));
    QCOMPARE(CachePolicy(clock, {0, 100000}).freshnessLifetime(entry), qint64(0));
    QCOMPARE(CachePolicy(clock, {250, 10000000}).freshnessLifetime(entry),
             qint64(100000)); // clamped to 100 %
    QCOMPARE(CachePolicy(clock, {10, -5}).freshnessLifetime(entry), qint64(0));
}

// --- age (RFC 9111 §4.2.3) -------------------------------------------------------------------------

void TestCacheFreshness::age_data()
{
    QTest::addColumn<QByteArray>("headerText");
    QTest::addColumn<qint64>("requestAt");
    QTest::addColumn<qint64>("responseAt");
    QTest::addColumn<qint64>("nowAt");
    QTest::addColumn<qint64>("expected");

    const auto row = [](const char *name, const char *h, qint64 req, qint64 res, qint64 now,
                        qint64 expected) {
        QTest::newRow(name) << QByteArray(h) << req << res << now << expected;
    };
    row("new", "Date: @0", 0, 0, 0, 0);
    row("resident time", "Date: @0", 0, 0, 100, 100);
    row("Age header", "Date: @0\nAge: 50", 0, 0, 0, 50);
    row("Age plus resident", "Date: @0\nAge: 50", 0, 0, 10, 60);
    row("response delay added to Age", "Date: @0\nAge: 50", -2, 0, 0, 52);
    row("response delay without Age", "Date: @0", -7, 0, 0, 7);
    row("apparent age", "Date: @-30", 0, 0, 0, 30);
    row("apparent age beats smaller Age", "Date: @-30\nAge: 10", 0, 0, 0, 30);
    row("Age beats smaller apparent age", "Date: @-30\nAge: 100", 0, 0, 0, 100);
    row("origin clock ahead", "Date: @+60", 0, 0, 0, 0);
    row("origin clock ahead, resident", "Date: @+60", 0, 0, 5, 5);
    row("origin clock far behind", "Date: @-100000", 0, 0, 0, 100000);
    row("Date missing", "", 0, 0, 3, 3);
    row("Date invalid", "Date: now", 0, 0, 3, 3);
    row("huge Age saturates", "Date: @0\nAge: 99999999999", 0, 0, 0, 2147483648);
    row("huge Age plus resident", "Date: @0\nAge: 99999999999", 0, 0, 10, 2147483658);
    row("negative Age ignored", "Date: @0\nAge: -5", 0, 0, 0, 0);
    row("fractional Age ignored", "Date: @0\nAge: 1.5", 0, 0, 0, 0);
    row("garbage Age ignored", "Date: @0\nAge: old", 0, 0, 0, 0);
    row("list Age uses first", "Date: @0\nAge: 10, 20", 0, 0, 0, 10);
    row("second Age line ignored", "Date: @0\nAge: 10\nAge: 20", 0, 0, 0, 10);
    row("clock went back", "Date: @0", 0, 0, -50, 0);
    row("request after response", "Date: @0", 5, 0, 0, 0);
    row("everything", "Date: @-20\nAge: 15", -10, 0, 100, 125);
}

void TestCacheFreshness::age()
{
    QFETCH(QByteArray, headerText);
    QFETCH(qint64, requestAt);
    QFETCH(qint64, responseAt);
    QFETCH(qint64, nowAt);
    QFETCH(qint64, expected);

    const StoredResponse entry = stored(200, headerText, requestAt, responseAt);
    QCOMPARE(CachePolicy::currentAge(entry, kT0 + nowAt), expected);
    FakeClock clock(kT0 + nowAt);
    QCOMPARE(CachePolicy(clock).currentAge(entry), expected);
}

void TestCacheFreshness::ageValue_data()
{
    QTest::addColumn<qint64>("age");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("zero") << qint64(0) << QByteArray("0");
    QTest::newRow("negative") << qint64(-5) << QByteArray("0");
    QTest::newRow("seconds") << qint64(59) << QByteArray("59");
    QTest::newRow("2^31-1") << qint64(2147483647) << QByteArray("2147483647");
    QTest::newRow("2^31") << qint64(2147483648) << QByteArray("2147483648");
    QTest::newRow("past 2^31") << qint64(2147483649) << QByteArray("2147483648");
    QTest::newRow("int64 max") << std::numeric_limits<qint64>::max() << QByteArray("2147483648");
}

void TestCacheFreshness::ageValue()
{
    QFETCH(qint64, age);
    QFETCH(QByteArray, expected);
    QCOMPARE(CachePolicy::ageValue(age), expected);
    Http::Headers h = headers("Age: 3\nX: 1\nAge: 4");
    CachePolicy::setAge(h, age);
    QCOMPARE(lines(h), "Age: " + expected + "\nX: 1\n");
}

// --- lookup decision (RFC 9111 §4, §5.2, RFC 5861) -------------------------------------------------

void TestCacheFreshness::decide_data()
{
    QTest::addColumn<QByteArray>("requestHeaders");
    QTest::addColumn<QByteArray>("responseHeaders");
    QTest::addColumn<qint64>("requestAt");
    QTest::addColumn<qint64>("nowAt");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<qint64>("age");
    QTest::addColumn<qint64>("lifetime");

    // The response arrives at kT0 with Date @0 unless the row's headers say otherwise.
    const auto row = [](const char *name, const char *req, const char *res, qint64 now, Verdict v, Reason r,
                        qint64 age, qint64 lifetime, qint64 requestAt = 0) {
        QTest::newRow(name) << QByteArray(req) << QByteArray(res) << requestAt << now << v << r << age
                            << lifetime;
    };
    const char *m100 = "Date: @0\nCache-Control: max-age=100";

    row("fresh", "", m100, 50, Verdict::Fresh, Reason::Fresh, 50, 100);
    row("fresh at 99", "", m100, 99, Verdict::Fresh, Reason::Fresh, 99, 100);
    row("stale at 100", "", m100, 100, Verdict::Revalidate, Reason::Stale, 100, 100);
    row("stale at 150", "", m100, 150, Verdict::Revalidate, Reason::Stale, 150, 100);
    row("no freshness information", "", "Date: @0", 0, Verdict::Revalidate, Reason::Stale, 0, 0);
    row("invalid Expires", "", "Date: @0\nExpires: 0", 0, Verdict::Revalidate, Reason::Stale, 0, 0);
    row("Age counts", "", "Date: @0\nAge: 90\nCache-Control: max-age=100", 20, Verdict::Revalidate,
        Reason::Stale, 110, 100);
    row("response delay counts", "", "Date: @0\nAge: 1\nCache-Control: max-age=100", 40, Verdict::Revalidate,
        Reason::Stale, 101, 100, -60);
    row("origin clock ahead", "", "Date: @+1000\nCache-Control: max-age=100", 50, Verdict::Fresh,
        Reason::Fresh, 50, 100);
    row("origin clock behind", "", "Date: @-1000\nCache-Control: max-age=100", 0, Verdict::Revalidate,
        Reason::Stale, 1000, 100);
    row("huge max-age and Age", "", "Date: @0\nAge: 99999999999\nCache-Control: max-age=99999999999", 0,
        Verdict::Revalidate, Reason::Stale, 2147483648, 2147483648);
    row("huge max-age, Age just under", "", "Date: @0\nAge: 2147483647\nCache-Control: max-age=99999999999",
        0, Verdict::Fresh, Reason::Fresh, 2147483647, 2147483648);
    row("Expires fresh", "", "Date: @0\nExpires: @+60", 59, Verdict::Fresh, Reason::Fresh, 59, 60);
    row("heuristic fresh", "", "Date: @0\nLast-Modified: @-10000", 999, Verdict::Fresh, Reason::Fresh, 999,
        1000);
    row("heuristic stale", "", "Date: @0\nLast-Modified: @-10000", 1000, Verdict::Revalidate, Reason::Stale,
        1000, 1000);

    // Response directives.
    row("must-revalidate fresh", "", "Date: @0\nCache-Control: max-age=100, must-revalidate", 50,
        Verdict::Fresh, Reason::Fresh, 50, 100);
    row("must-revalidate stale", "", "Date: @0\nCache-Control: max-age=100, must-revalidate", 150,
        Verdict::Revalidate, Reason::MustRevalidate, 150, 100);
    row("must-revalidate beats max-stale", "Cache-Control: max-stale",
        "Date: @0\nCache-Control: max-age=100, must-revalidate", 150, Verdict::Revalidate,
        Reason::MustRevalidate, 150, 100);
    row("proxy-revalidate beats max-stale", "Cache-Control: max-stale",
        "Date: @0\nCache-Control: max-age=100, proxy-revalidate", 150, Verdict::Revalidate,
        Reason::MustRevalidate, 150, 100);
    row("s-maxage implies proxy-revalidate", "Cache-Control: max-stale",
        "Date: @0\nCache-Control: s-maxage=100", 150, Verdict::Revalidate, Reason::MustRevalidate, 150, 100);
    row("must-revalidate beats swr", "",
        "Date: @0\nCache-Control: max-age=100, must-revalidate, stale-while-revalidate=60", 120,
        Verdict::Revalidate, Reason::MustRevalidate, 120, 100);
    row("response no-cache fresh", "", "Date: @0\nCache-Control: max-age=100, no-cache", 0,
        Verdict::Revalidate, Reason::ResponseNoCache, 0, 100);
    row("response no-cache beats max-stale", "Cache-Control: max-stale", "Date: @0\nCache-Control: no-cache",
        10, Verdict::Revalidate, Reason::ResponseNoCache, 10, 0);
    row("response no-cache with fields is usable", "",
        "Date: @0\nCache-Control: max-age=100, no-cache=\"Set-Cookie\"", 10, Verdict::Fresh, Reason::Fresh,
        10, 100);
    row("swr within", "", "Date: @0\nCache-Control: max-age=100, stale-while-revalidate=60", 150,
        Verdict::ServeStaleRevalidate, Reason::StaleWhileRevalidate, 150, 100);
    row("swr edge", "", "Date: @0\nCache-Control: max-age=100, stale-while-revalidate=60", 160,
        Verdict::ServeStaleRevalidate, Reason::StaleWhileRevalidate, 160, 100);
    row("swr past", "", "Date: @0\nCache-Control: max-age=100, stale-while-revalidate=60", 161,
        Verdict::Revalidate, Reason::Stale, 161, 100);
    row("swr invalid", "", "Date: @0\nCache-Control: max-age=100, stale-while-revalidate=x", 101,
        Verdict::Revalidate, Reason::Stale, 101, 100);
    row("swr while fresh is plain fresh", "",
        "Date: @0\nCache-Control: max-age=100, stale-while-revalidate=60", 10, Verdict::Fresh, Reason::Fresh,
        10, 100);
    row("stale-if-error alone does not serve", "", "Date: @0\nCache-Control: max-age=100, stale-if-error=600",
        150, Verdict::Revalidate, Reason::Stale, 150, 100);
    row("immutable is still stale", "", "Date: @0\nCache-Control: max-age=100, immutable", 100,
        Verdict::Revalidate, Reason::Stale, 100, 100);

    // Request directives.
    row("request no-cache", "Cache-Control: no-cache", m100, 10, Verdict::RequestForbids,
        Reason::RequestNoCache, 10, 100);
    row("request Pragma no-cache", "Pragma: no-cache", m100, 10, Verdict::RequestForbids,
        Reason::RequestNoCache, 10, 100);
    row("Pragma ignored with Cache-Control", "Pragma: no-cache\nCache-Control: max-stale=0", m100, 10,
        Verdict::Fresh, Reason::Fresh, 10, 100);
    row("request no-cache on stale", "Cache-Control: no-cache", m100, 200, Verdict::RequestForbids,
        Reason::RequestNoCache, 200, 100);
    row("request max-age=0 at age 0", "Cache-Control: max-age=0", m100, 0, Verdict::Fresh, Reason::Fresh, 0,
        100);
    row("request max-age=0 at age 1", "Cache-Control: max-age=0", m100, 1, Verdict::RequestForbids,
        Reason::RequestMaxAge, 1, 100);
    row("request max-age older", "Cache-Control: max-age=30", m100, 50, Verdict::RequestForbids,
        Reason::RequestMaxAge, 50, 100);
    row("request max-age equal", "Cache-Control: max-age=50", m100, 50, Verdict::Fresh, Reason::Fresh, 50,
        100);
    row("request max-age invalid", "Cache-Control: max-age=soon", m100, 1, Verdict::RequestForbids,
        Reason::RequestMaxAge, 1, 100);
    row("request max-age on stale", "Cache-Control: max-age=10", m100, 150, Verdict::Revalidate,
        Reason::Stale, 150, 100);
    row("request min-fresh unmet", "Cache-Control: min-fresh=60", m100, 50, Verdict::RequestForbids,
        Reason::RequestMinFresh, 50, 100);
    row("request min-fresh one short", "Cache-Control: min-fresh=51", m100, 50, Verdict::RequestForbids,
        Reason::RequestMinFresh, 50, 100);
    row("request min-fresh met", "Cache-Control: min-fresh=50", m100, 50, Verdict::Fresh, Reason::Fresh, 50,
        100);
    row("request min-fresh invalid", "Cache-Control: min-fresh=x", m100, 0, Verdict::RequestForbids,
        Reason::RequestMinFresh, 0, 100);
    row("request max-stale any", "Cache-Control: max-stale", m100, 100000, Verdict::ServeStale,
        Reason::MaxStale, 100000, 100);
    row("request max-stale within", "Cache-Control: max-stale=100", m100, 200, Verdict::ServeStale,
        Reason::MaxStale, 200, 100);
    row("request max-stale past", "Cache-Control: max-stale=99", m100, 200, Verdict::Revalidate,
        Reason::Stale, 200, 100);
    row("request max-stale invalid", "Cache-Control: max-stale=abc", m100, 101, Verdict::Revalidate,
        Reason::Stale, 101, 100);
    row("request max-stale huge", "Cache-Control: max-stale=99999999999",
        "Date: @0\nAge: 99999999999\nCache-Control: max-age=0", 0, Verdict::ServeStale, Reason::MaxStale,
        2147483648, 0);
    row("request max-stale with max-age", "Cache-Control: max-stale, max-age=3600", m100, 200,
        Verdict::ServeStale, Reason::MaxStale, 200, 100);
    row("request max-stale with max-age=0", "Cache-Control: max-stale, max-age=0", m100, 200,
        Verdict::Revalidate, Reason::Stale, 200, 100);
    row("request max-stale with min-fresh", "Cache-Control: max-stale, min-fresh=10", m100, 200,
        Verdict::Revalidate, Reason::Stale, 200, 100);
    row("request max-stale beats swr", "Cache-Control: max-stale",
        "Date: @0\nCache-Control: max-age=100, stale-while-revalidate=60", 120, Verdict::ServeStale,
        Reason::MaxStale, 120, 100);
    row("only-if-cached fresh", "Cache-Control: only-if-cached", m100, 10, Verdict::Fresh, Reason::Fresh, 10,
        100);
    row("only-if-cached stale", "Cache-Control: only-if-cached", m100, 100, Verdict::GatewayTimeout,
        Reason::Stale, 100, 100);
    row("only-if-cached max-stale", "Cache-Control: only-if-cached, max-stale", m100, 500,
        Verdict::ServeStale, Reason::MaxStale, 500, 100);
    row("only-if-cached must-revalidate", "Cache-Control: only-if-cached",
        "Date: @0\nCache-Control: max-age=100, must-revalidate", 101, Verdict::GatewayTimeout,
        Reason::MustRevalidate, 101, 100);
    row("only-if-cached response no-cache", "Cache-Control: only-if-cached",
        "Date: @0\nCache-Control: no-cache", 0, Verdict::GatewayTimeout, Reason::ResponseNoCache, 0, 0);
    row("only-if-cached request no-cache", "Cache-Control: only-if-cached, no-cache", m100, 0,
        Verdict::GatewayTimeout, Reason::RequestNoCache, 0, 100);
    row("only-if-cached swr", "Cache-Control: only-if-cached",
        "Date: @0\nCache-Control: max-age=100, stale-while-revalidate=60", 120, Verdict::ServeStaleRevalidate,
        Reason::StaleWhileRevalidate, 120, 100);
}

void TestCacheFreshness::decide()
{
    QFETCH(QByteArray, requestHeaders);
    QFETCH(QByteArray, responseHeaders);
    QFETCH(qint64, requestAt);
    QFETCH(qint64, nowAt);
    QFETCH(Verdict, verdict);
    QFETCH(Reason, reason);
    QFETCH(qint64, age);
    QFETCH(qint64, lifetime);

    FakeClock clock(kT0 + nowAt);
    const CachePolicy policy(clock);
    const Decision d = policy.decide(get(requestHeaders), stored(200, responseHeaders, requestAt, 0));
    QCOMPARE(d.verdict, verdict);
    QCOMPARE(d.reason, reason);
    QCOMPARE(d.age, age);
    QCOMPARE(d.lifetime, lifetime);
    QCOMPARE(d.ttl(), lifetime - age);
    const bool serves = verdict == Verdict::Fresh || verdict == Verdict::ServeStale ||
                        verdict == Verdict::ServeStaleRevalidate;
    QCOMPARE(d.serves(), serves);
}

void TestCacheFreshness::staleOnError_data()
{
    QTest::addColumn<QByteArray>("requestHeaders");
    QTest::addColumn<QByteArray>("responseHeaders");
    QTest::addColumn<qint64>("nowAt");
    QTest::addColumn<int>("originStatus");
    QTest::addColumn<bool>("expected");

    const auto row = [](const char *name, const char *req, const char *res, qint64 now, int status, bool ok) {
        QTest::newRow(name) << QByteArray(req) << QByteArray(res) << now << status << ok;
    };
    const char *sie = "Date: @0\nCache-Control: max-age=100, stale-if-error=60";
    row("500 within", "", sie, 150, 500, true);
    row("500 at edge", "", sie, 160, 500, true);
    row("500 past", "", sie, 161, 500, false);
    row("connection error", "", sie, 150, 0, true);
    row("502", "", sie, 150, 502, true);
    row("503", "", sie, 150, 503, true);
    row("504", "", sie, 150, 504, true);
    row("599", "", sie, 150, 599, true);
    row("404 is not an error here", "", sie, 150, 404, false);
    row("200 is not an error", "", sie, 150, 200, false);
    row("600 is not a 5xx", "", sie, 150, 600, false);
    row("fresh entry", "", sie, 50, 500, true);
    row("no stale-if-error", "", "Date: @0\nCache-Control: max-age=100", 101, 500, false);
    row("invalid stale-if-error", "", "Date: @0\nCache-Control: max-age=100, stale-if-error=x", 101, 500,
        false);
    row("request stale-if-error", "Cache-Control: stale-if-error=60", "Date: @0\nCache-Control: max-age=100",
        150, 500, true);
    row("request stale-if-error past", "Cache-Control: stale-if-error=10",
        "Date: @0\nCache-Control: max-age=100", 150, 500, false);
    row("larger allowance wins", "Cache-Control: stale-if-error=10",
        "Date: @0\nCache-Control: max-age=100, stale-if-error=100", 150, 500, true);
    row("must-revalidate forbids", "",
        "Date: @0\nCache-Control: max-age=100, stale-if-error=60, must-revalidate", 150, 500, false);
    row("proxy-revalidate forbids", "",
        "Date: @0\nCache-Control: max-age=100, stale-if-error=60, proxy-revalidate", 150, 500, false);
    row("s-maxage forbids", "", "Date: @0\nCache-Control: s-maxage=100, stale-if-error=60", 150, 500, false);
    row("no-cache forbids", "", "Date: @0\nCache-Control: no-cache, stale-if-error=60", 10, 500, false);
}

void TestCacheFreshness::staleOnError()
{
    QFETCH(QByteArray, requestHeaders);
    QFETCH(QByteArray, responseHeaders);
    QFETCH(qint64, nowAt);
    QFETCH(int, originStatus);
    QFETCH(bool, expected);

    FakeClock clock(kT0 + nowAt);
    const CachePolicy policy(clock);
    QCOMPARE(policy.mayServeStaleOnError(get(requestHeaders), stored(200, responseHeaders), originStatus),
             expected);
}

void TestCacheFreshness::bypass_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("headerText");
    QTest::addColumn<Reason>("expected");

    const auto row = [](const char *name, const char *method, const char *target, const char *h, Reason r) {
        QTest::newRow(name) << QByteArray(method) << QByteArray(target) << QByteArray(h) << r;
    };
    row("GET", "GET", "http://example.com/", "", Reason::None);
    row("HEAD", "HEAD", "http://example.com/", "", Reason::None);
    row("GET with conditionals", "GET", "http://example.com/", "If-None-Match: \"a\"\nIf-Modified-Since: @0",
        Reason::None);
    row("POST", "POST", "http://example.com/", "", Reason::MethodNotCacheable);
    row("DELETE", "DELETE", "http://example.com/", "", Reason::MethodNotCacheable);
    row("OPTIONS", "OPTIONS", "http://example.com/", "", Reason::MethodNotCacheable);
    row("unknown method", "PURGE", "http://example.com/", "", Reason::MethodNotCacheable);
    row("origin form", "GET", "/index.html", "", Reason::NoAbsoluteUri);
    row("Range", "GET", "http://example.com/", "Range: bytes=0-99", Reason::RangeRequest);
    row("If-Match", "GET", "http://example.com/", "If-Match: \"a\"", Reason::OriginPrecondition);
    row("If-Unmodified-Since", "GET", "http://example.com/", "If-Unmodified-Since: @0",
        Reason::OriginPrecondition);
    row("If-Range", "GET", "http://example.com/", "If-Range: \"a\"", Reason::OriginPrecondition);
}

void TestCacheFreshness::bypass()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, headerText);
    QFETCH(Reason, expected);
    QCOMPARE(CachePolicy::bypass(request(method, target, headerText)), expected);
}

QTEST_APPLESS_MAIN(TestCacheFreshness)

#include "tst_cachefreshness.moc"
