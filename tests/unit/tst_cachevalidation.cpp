#include "CacheTestHelpers.h"

#include "cache/CacheKey.h"
#include "cache/CachePolicy.h"
#include "cache/CacheStatus.h"

#include <QSet>
#include <QTest>

using namespace Veil;
using namespace Veil::Cache;
using namespace CacheTest;

Q_DECLARE_METATYPE(Veil::Cache::Forward)

class TestCacheValidation : public QObject
{
    Q_OBJECT

private slots:
    void primaryKey_data();
    void primaryKey();
    void vary_data();
    void vary();
    void varyKeyFormat_data();
    void varyKeyFormat();
    void conditional_data();
    void conditional();
    void selects_data();
    void selects();
    void freshen_data();
    void freshen();
    void clientConditional_data();
    void clientConditional();
    void notModifiedResponse_data();
    void notModifiedResponse();
    void invalidation_data();
    void invalidation();
    void cacheStatus_data();
    void cacheStatus();
    void cacheStatusFromDecision_data();
    void cacheStatusFromDecision();
    void cacheStatusAppends();
    void reasons();
};

// --- keys (RFC 9111 §2, §4.1) ---------------------------------------------------------------------

void TestCacheValidation::primaryKey_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("expected"); ///< empty: no key

    const auto row = [](const char *name, const char *method, const char *target, const char *expected) {
        QTest::newRow(name) << QByteArray(method) << QByteArray(target) << QByteArray(expected);
    };
    row("plain", "GET", "http://example.com/a?b=c", "http://example.com/a?b=c");
    row("host lower-cased", "GET", "http://Example.COM/A", "http://example.com/A");
    row("scheme lower-cased", "GET", "HTTP://example.com/", "http://example.com/");
    row("default port elided", "GET", "http://example.com:80/x", "http://example.com/x");
    row("other port kept", "GET", "http://example.com:8080/x", "http://example.com:8080/x");
    row("empty path", "GET", "http://example.com", "http://example.com/");
    row("query without path", "GET", "http://example.com?x=1", "http://example.com/?x=1");
    row("path as received", "GET", "http://example.com/a%2Fb/../c?%41", "http://example.com/a%2Fb/../c?%41");
    row("ipv6", "GET", "http://[::1]:8080/x", "http://[::1]:8080/x");
    row("ipv6 default port", "GET", "http://[2001:db8::1]/", "http://[2001:db8::1]/");
    row("ipv4", "GET", "http://127.0.0.1:81/", "http://127.0.0.1:81/");
    row("HEAD shares GET's key", "HEAD", "http://example.com/a", "http://example.com/a");
    row("POST has a key too", "POST", "http://example.com/a", "http://example.com/a");
    row("origin form", "GET", "/a", "");
    row("CONNECT", "CONNECT", "example.com:443", "");
}

void TestCacheValidation::primaryKey()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, expected);
    const std::optional<QByteArray> key = Cache::primaryKey(request(method, target));
    QCOMPARE(key.value_or(QByteArray()), expected);
    QCOMPARE(key.has_value(), !expected.isEmpty());
}

void TestCacheValidation::vary_data()
{
    QTest::addColumn<QByteArray>("responseHeaders");
    QTest::addColumn<QByteArray>("storedRequest");
    QTest::addColumn<QByteArray>("newRequest");
    QTest::addColumn<bool>("matches");

    const auto row = [](const char *name, const char *res, const char *a, const char *b, bool m) {
        QTest::newRow(name) << QByteArray(res) << QByteArray(a) << QByteArray(b) << m;
    };
    const char *ae = "Vary: Accept-Encoding";
    row("no Vary", "", "Accept-Encoding: gzip", "Accept-Encoding: br", true);
    row("same value", ae, "Accept-Encoding: gzip", "Accept-Encoding: gzip", true);
    row("different value", ae, "Accept-Encoding: gzip", "Accept-Encoding: br", false);
    row("whitespace in list", ae, "Accept-Encoding: gzip, br", "Accept-Encoding: gzip,br", true);
    row("whitespace around", ae, "Accept-Encoding: gzip ,  br", "Accept-Encoding: gzip, br", true);
    row("empty list elements", ae, "Accept-Encoding: gzip,,br", "Accept-Encoding: gzip, br", true);
    row("order matters", ae, "Accept-Encoding: gzip, br", "Accept-Encoding: br, gzip", false);
    row("value case matters", ae, "Accept-Encoding: GZIP", "Accept-Encoding: gzip", false);
    row("field name case", ae, "accept-encoding: gzip", "ACCEPT-ENCODING: gzip", true);
    row("Vary name case", "Vary: ACCEPT-encoding", "Accept-Encoding: gzip", "accept-encoding: gzip", true);
    row("lines combine", ae, "Accept-Encoding: gzip\nAccept-Encoding: br", "Accept-Encoding: gzip, br", true);
    row("both absent", ae, "", "", true);
    row("absent vs empty", ae, "", "Accept-Encoding:", false);
    row("empty vs absent", ae, "Accept-Encoding:", "", false);
    row("both empty", ae, "Accept-Encoding:", "Accept-Encoding:", true);
    row("absent vs value", ae, "", "Accept-Encoding: gzip", false);
    row("other fields ignored", ae, "Accept-Encoding: gzip\nUser-Agent: a",
        "Accept-Encoding: gzip\nUser-Agent: b", true);
    row("two fields match", "Vary: Accept-Encoding, Accept-Language",
        "Accept-Encoding: gzip\nAccept-Language: de", "Accept-Language: de\nAccept-Encoding: gzip", true);
    row("second field differs", "Vary: Accept-Encoding, Accept-Language",
        "Accept-Encoding: gzip\nAccept-Language: de", "Accept-Encoding: gzip\nAccept-Language: fr", false);
    row("Vary on two lines", "Vary: Accept-Encoding\nVary: Accept-Language",
        "Accept-Encoding: gzip\nAccept-Language: de", "Accept-Encoding: gzip\nAccept-Language: fr", false);
    row("star never matches", "Vary: *", "", "", false);
    row("star in list never matches", "Vary: Accept, *", "Accept: a", "Accept: a", false);
    row("invalid name never matches", "Vary: Accept Encoding", "", "", false);
    row("empty Vary", "Vary:", "Accept: a", "Accept: b", true);
    row("quoted comma kept", "Vary: X-List", "X-List: \"a, b\"", "X-List: \"a,b\"", false);
    row("user-agent", "Vary: User-Agent", "User-Agent: Mozilla/5.0 (X11; Linux)",
        "User-Agent: Mozilla/5.0 (X11; Linux)", true);
}

void TestCacheValidation::vary()
{
    QFETCH(QByteArray, responseHeaders);
    QFETCH(QByteArray, storedRequest);
    QFETCH(QByteArray, newRequest);
    QFETCH(bool, matches);

    const Http::Headers res = headers(responseHeaders);
    const std::optional<QByteArray> key = varyKey(res, headers(storedRequest));
    QCOMPARE(varyMatches(res, key.value_or(QByteArray()), headers(newRequest)), matches);
    // Matching is symmetric.
    const std::optional<QByteArray> other = varyKey(res, headers(newRequest));
    QCOMPARE(varyMatches(res, other.value_or(QByteArray()), headers(storedRequest)), matches);
}

void TestCacheValidation::varyKeyFormat_data()
{
    QTest::addColumn<QByteArray>("vary");
    QTest::addColumn<QByteArray>("requestHeaders");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("valid");

    QTest::newRow("none") << QByteArray("") << QByteArray("Accept: a") << QByteArray("") << true;
    QTest::newRow("present") << QByteArray("Vary: Accept") << QByteArray("Accept: a, b")
                             << QByteArray("accept:a,b\n") << true;
    QTest::newRow("absent") << QByteArray("Vary: Accept") << QByteArray("") << QByteArray("accept\n") << true;
    QTest::newRow("empty") << QByteArray("Vary: Accept") << QByteArray("Accept:") << QByteArray("accept:\n")
                           << true;
    QTest::newRow("two") << QByteArray("Vary: Accept, Cookie") << QByteArray("Cookie: c=1")
                         << QByteArray("accept\ncookie:c=1\n") << true;
    QTest::newRow("star") << QByteArray("Vary: *") << QByteArray("") << QByteArray("") << false;
}

void TestCacheValidation::varyKeyFormat()
{
    QFETCH(QByteArray, vary);
    QFETCH(QByteArray, requestHeaders);
    QFETCH(QByteArray, expected);
    QFETCH(bool, valid);
    const std::optional<QByteArray> key = varyKey(headers(vary), headers(requestHeaders));
    QCOMPARE(key.has_value(), valid);
    QCOMPARE(key.value_or(QByteArray()), expected);
}

// --- validation (RFC 9111 §4.3) -------------------------------------------------------------------

void TestCacheValidation::conditional_data()
{
    QTest::addColumn<QByteArray>("entryHeaders");
    QTest::addColumn<QByteArray>("clientHeaders");
    QTest::addColumn<QByteArray>("expected"); ///< the conditional request's fields

    const auto row = [](const char *name, const char *entry, const char *client, const char *expected) {
        QTest::newRow(name) << QByteArray(entry) << QByteArray(client) << expandDates(expected);
    };
    row("ETag", "Date: @0\nETag: \"v1\"", "", "Host: example.com\nIf-None-Match: \"v1\"\n");
    row("weak ETag", "Date: @0\nETag: W/\"v1\"", "", "Host: example.com\nIf-None-Match: W/\"v1\"\n");
    row("ETag beats Last-Modified", "Date: @0\nETag: \"v1\"\nLast-Modified: @-100", "",
        "Host: example.com\nIf-None-Match: \"v1\"\n");
    row("Last-Modified", "Date: @0\nLast-Modified: @-100", "",
        "Host: example.com\nIf-Modified-Since: @-100\n");
    row("Last-Modified copied verbatim", "Date: @0\nLast-Modified: Sunday, 06-Nov-94 08:49:37 GMT", "",
        "Host: example.com\nIf-Modified-Since: Sunday, 06-Nov-94 08:49:37 GMT\n");
    row("malformed ETag falls back", "Date: @0\nETag: v1\nLast-Modified: @-100", "",
        "Host: example.com\nIf-Modified-Since: @-100\n");
    row("invalid Last-Modified", "Date: @0\nLast-Modified: yesterday", "", "Host: example.com\n");
    row("no validators", "Date: @0", "", "Host: example.com\n");
    row("client validators replaced", "Date: @0\nETag: \"v2\"",
        "If-None-Match: \"mine\"\nIf-Modified-Since: @-5\nAccept: text/html",
        "Host: example.com\nAccept: text/html\nIf-None-Match: \"v2\"\n");
    row("client validators dropped", "Date: @0", "If-None-Match: \"mine\"\nCache-Control: no-cache",
        "Host: example.com\nCache-Control: no-cache\n");
}

void TestCacheValidation::conditional()
{
    QFETCH(QByteArray, entryHeaders);
    QFETCH(QByteArray, clientHeaders);
    QFETCH(QByteArray, expected);
    const Http::RequestHead client = get(clientHeaders);
    const Http::RequestHead out = CachePolicy::conditionalRequest(client, stored(200, entryHeaders));
    QCOMPARE(lines(out.headers), expected);
    QCOMPARE(out.method, client.method);
    QCOMPARE(out.target, client.target);
}

void TestCacheValidation::selects_data()
{
    QTest::addColumn<QByteArray>("entryHeaders");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("responseHeaders");
    QTest::addColumn<qint64>("bodySize");
    QTest::addColumn<bool>("expected");

    const auto row = [](const char *name, const char *entry, int status, const char *res, bool expected,
                        qint64 bodySize = -1) {
        QTest::newRow(name) << QByteArray(entry) << status << QByteArray(res) << bodySize << expected;
    };
    row("same strong", "ETag: \"a\"", 304, "ETag: \"a\"", true);
    row("different strong", "ETag: \"a\"", 304, "ETag: \"b\"", false);
    row("strong vs stored weak", "ETag: W/\"a\"", 304, "ETag: \"a\"", false);
    row("weak vs stored strong", "ETag: \"a\"", 304, "ETag: W/\"a\"", true);
    row("weak vs weak", "ETag: W/\"a\"", 304, "ETag: W/\"a\"", true);
    row("weak different", "ETag: W/\"a\"", 304, "ETag: W/\"b\"", false);
    row("tag case matters", "ETag: \"a\"", 304, "ETag: \"A\"", false);
    row("stored without ETag", "Last-Modified: @-10", 304, "ETag: \"a\"", false);
    row("malformed received", "ETag: \"a\"", 304, "ETag: a", false);
    row("Last-Modified equal", "Last-Modified: @-10", 304, "Last-Modified: @-10", true);
    row("Last-Modified other format equal", "Last-Modified: Sun, 06 Nov 1994 08:49:37 GMT", 304,
        "Last-Modified: Sunday, 06-Nov-94 08:49:37 GMT", true);
    row("Last-Modified differs", "Last-Modified: @-10", 304, "Last-Modified: @-9", false);
    row("Last-Modified stored none", "ETag: \"a\"", 304, "Last-Modified: @-10", false);
    row("no validators", "ETag: \"a\"", 304, "Cache-Control: max-age=5", true);
    row("HEAD same length", "ETag: \"a\"", 200, "ETag: \"a\"\nContent-Length: 10", true, 10);
    row("HEAD other length", "ETag: \"a\"", 200, "ETag: \"a\"\nContent-Length: 11", false, 10);
    row("HEAD no length", "ETag: \"a\"", 200, "ETag: \"a\"", true, 10);
    row("HEAD other ETag", "ETag: \"a\"", 200, "ETag: \"b\"\nContent-Length: 10", false, 10);
    row("HEAD big length", "ETag: \"a\"", 200, "ETag: \"a\"\nContent-Length: 5000000000", true, 5000000000);
}

void TestCacheValidation::selects()
{
    QFETCH(QByteArray, entryHeaders);
    QFETCH(int, status);
    QFETCH(QByteArray, responseHeaders);
    QFETCH(qint64, bodySize);
    QFETCH(bool, expected);
    QCOMPARE(CachePolicy::notModifiedSelects(stored(200, entryHeaders), response(status, responseHeaders),
                                             bodySize),
             expected);
}

void TestCacheValidation::freshen_data()
{
    QTest::addColumn<QByteArray>("entryHeaders");
    QTest::addColumn<QByteArray>("notModified");
    QTest::addColumn<QByteArray>("expected");

    const auto row = [](const char *name, const char *entry, const char *res, const char *expected) {
        QTest::newRow(name) << QByteArray(entry) << QByteArray(res) << expandDates(expected);
    };
    row("replace in place", "Date: @0\nCache-Control: max-age=10\nETag: \"a\"\nContent-Type: text/html",
        "Date: @100\nCache-Control: max-age=60\nETag: \"a\"",
        "Date: @100\nCache-Control: max-age=60\nETag: \"a\"\nContent-Type: text/html\n");
    row("new field appended", "Date: @0\nETag: \"a\"", "Date: @100\nExpires: @+200",
        "Date: @100\nETag: \"a\"\nExpires: @+200\n");
    row("Content-Length never taken", "Date: @0\nETag: \"a\"", "Date: @100\nContent-Length: 0",
        "Date: @100\nETag: \"a\"\n");
    row("hop-by-hop not taken", "Date: @0\nX-Hop: old",
        "Date: @100\nConnection: X-Hop\nX-Hop: new\nKeep-Alive: 5\nTransfer-Encoding: chunked",
        "Date: @100\nX-Hop: old\n");
    row("repeated field replaces all", "Date: @0\nSet-Cookie: a=1\nX: 1\nSet-Cookie: b=2",
        "Date: @100\nSet-Cookie: c=3\nSet-Cookie: d=4",
        "Date: @100\nSet-Cookie: c=3\nSet-Cookie: d=4\nX: 1\n");
    row("name case", "Date: @0\ncache-control: max-age=1", "Date: @100\nCache-Control: max-age=2",
        "Date: @100\nCache-Control: max-age=2\n");
    row("missing Date becomes arrival", "Date: @0\nETag: \"a\"", "ETag: \"a\"", "Date: @100\nETag: \"a\"\n");
    row("new no-cache field list applied", "Date: @0\nX-Secret: s\nX: 1",
        "Date: @100\nCache-Control: no-cache=\"X-Secret\"",
        "Date: @100\nX: 1\nCache-Control: no-cache=\"X-Secret\"\n");
    row("304 fields named by its private", "Date: @0\nX: 1",
        "Date: @100\nCache-Control: private=\"X-User\"\nX-User: u",
        "Date: @100\nX: 1\nCache-Control: private=\"X-User\"\n");
    row("Age replaced", "Date: @0\nAge: 50", "Date: @100\nAge: 3", "Date: @100\nAge: 3\n");
}

void TestCacheValidation::freshen()
{
    QFETCH(QByteArray, entryHeaders);
    QFETCH(QByteArray, notModified);
    QFETCH(QByteArray, expected);

    StoredResponse entry = stored(200, entryHeaders);
    entry.reason = QByteArrayLiteral("OK");
    const StoredResponse out = CachePolicy::freshen(entry, response(304, notModified), kT0 + 99, kT0 + 100);
    QCOMPARE(lines(out.headers), expected);
    QCOMPARE(out.status, 200);
    QCOMPARE(out.reason, QByteArray("OK"));
    QCOMPARE(out.requestTime, kT0 + 99);
    QCOMPARE(out.responseTime, kT0 + 100);
}

void TestCacheValidation::clientConditional_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("clientHeaders");
    QTest::addColumn<QByteArray>("entryHeaders");
    QTest::addColumn<bool>("notModified");

    const auto row = [](const char *name, const char *method, const char *client, const char *entry,
                        bool nm) {
        QTest::newRow(name) << QByteArray(method) << QByteArray(client) << QByteArray(entry) << nm;
    };
    const char *tagged = "Date: @0\nETag: \"a\"\nLast-Modified: @-100";
    row("INM match", "GET", "If-None-Match: \"a\"", tagged, true);
    row("INM no match", "GET", "If-None-Match: \"b\"", tagged, false);
    row("INM weak vs strong", "GET", "If-None-Match: W/\"a\"", tagged, true);
    row("INM strong vs weak", "GET", "If-None-Match: \"a\"", "Date: @0\nETag: W/\"a\"", true);
    row("INM weak vs weak", "GET", "If-None-Match: W/\"a\"", "Date: @0\nETag: W/\"a\"", true);
    row("INM list", "GET", "If-None-Match: \"x\", \"a\"", tagged, true);
    row("INM lines", "GET", "If-None-Match: \"x\"\nIf-None-Match: \"a\"", tagged, true);
    row("INM star", "GET", "If-None-Match: *", tagged, true);
    row("INM star without ETag", "GET", "If-None-Match: *", "Date: @0", true);
    row("INM entry without ETag", "GET", "If-None-Match: \"a\"", "Date: @0\nLast-Modified: @-100", false);
    row("INM malformed", "GET", "If-None-Match: a", tagged, false);
    row("INM malformed in list", "GET", "If-None-Match: \"a\", b", tagged, false);
    row("INM comma inside tag", "GET", "If-None-Match: \"a,b\"", "Date: @0\nETag: \"a,b\"", true);
    row("INM decides over IMS", "GET", "If-None-Match: \"b\"\nIf-Modified-Since: @+1000", tagged, false);
    row("INM match despite old IMS", "GET", "If-None-Match: \"a\"\nIf-Modified-Since: @-5000", tagged, true);
    row("IMS after modification", "GET", "If-Modified-Since: @0", tagged, true);
    row("IMS at modification", "GET", "If-Modified-Since: @-100", tagged, true);
    row("IMS before modification", "GET", "If-Modified-Since: @-101", tagged, false);
    row("IMS uses Date without Last-Modified", "GET", "If-Modified-Since: @0", "Date: @0", true);
    row("IMS before Date", "GET", "If-Modified-Since: @-1", "Date: @0", false);
    row("IMS obsolete format", "GET", "If-Modified-Since: Sunday, 06-Nov-94 08:49:37 GMT",
        "Date: @0\nLast-Modified: Sun, 06 Nov 1994 08:49:37 GMT", true);
    row("IMS invalid", "GET", "If-Modified-Since: yesterday", tagged, false);
    row("IMS twice", "GET", "If-Modified-Since: @0\nIf-Modified-Since: @0", tagged, false);
    row("HEAD", "HEAD", "If-None-Match: \"a\"", tagged, true);
    row("HEAD IMS", "HEAD", "If-Modified-Since: @0", tagged, true);
    row("POST never", "POST", "If-None-Match: \"a\"", tagged, false);
    row("no conditionals", "GET", "", tagged, false);
}

void TestCacheValidation::clientConditional()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, clientHeaders);
    QFETCH(QByteArray, entryHeaders);
    QFETCH(bool, notModified);
    const Http::RequestHead client =
        request(method, QByteArrayLiteral("http://example.com/r"), clientHeaders);
    QCOMPARE(CachePolicy::clientNotModified(client, stored(200, entryHeaders)), notModified);
}

void TestCacheValidation::notModifiedResponse_data()
{
    QTest::addColumn<QByteArray>("entryHeaders");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("with ETag")
        << QByteArray("Date: @0\nContent-Type: text/html\nETag: \"a\"\nLast-Modified: @-100\n"
                      "Cache-Control: max-age=60\nExpires: @+60\nVary: Accept\nContent-Location: /r.html\n"
                      "Set-Cookie: s\nContent-Encoding: gzip\nAge: 3")
        << expandDates("Date: @0\nETag: \"a\"\nCache-Control: max-age=60\nExpires: @+60\nVary: Accept\n"
                       "Content-Location: /r.html\n");
    QTest::newRow("without ETag") << QByteArray("Date: @0\nLast-Modified: @-100\nContent-Type: text/plain")
                                  << expandDates("Date: @0\nLast-Modified: @-100\n");
    QTest::newRow("repeated fields kept") << QByteArray("Date: @0\nVary: Accept\nVary: Cookie")
                                          << expandDates("Date: @0\nVary: Accept\nVary: Cookie\n");
}

void TestCacheValidation::notModifiedResponse()
{
    QFETCH(QByteArray, entryHeaders);
    QFETCH(QByteArray, expected);
    const Http::ResponseHead out = CachePolicy::notModifiedResponse(stored(200, entryHeaders));
    QCOMPARE(out.status, 304);
    QCOMPARE(out.reason, QByteArray("Not Modified"));
    QCOMPARE(lines(out.headers), expected);
}

// --- invalidation (RFC 9111 §4.4) -----------------------------------------------------------------

void TestCacheValidation::invalidation_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("responseHeaders");
    QTest::addColumn<QByteArray>("expected"); ///< keys separated by spaces

    const auto row = [](const char *name, const char *method, const char *target, int status, const char *res,
                        const char *expected) {
        QTest::newRow(name) << QByteArray(method) << QByteArray(target) << status << QByteArray(res)
                            << QByteArray(expected);
    };
    const char *a = "http://example.com/a";
    row("POST 200", "POST", a, 200, "", "http://example.com/a");
    row("POST 204", "POST", a, 204, "", "http://example.com/a");
    row("PUT 201", "PUT", a, 201, "", "http://example.com/a");
    row("DELETE 200", "DELETE", a, 200, "", "http://example.com/a");
    row("PATCH 200", "PATCH", a, 200, "", "http://example.com/a");
    row("unknown method", "FROB", a, 200, "", "http://example.com/a");
    row("POST 302", "POST", a, 302, "", "http://example.com/a");
    row("POST 399", "POST", a, 399, "", "http://example.com/a");
    row("POST 404", "POST", a, 404, "", "");
    row("POST 500", "POST", a, 500, "", "");
    row("POST 100", "POST", a, 100, "", "");
    row("GET", "GET", a, 200, "Location: /b", "");
    row("HEAD", "HEAD", a, 200, "", "");
    row("OPTIONS", "OPTIONS", a, 200, "", "");
    row("TRACE", "TRACE", a, 200, "", "");
    row("Location relative", "POST", a, 303, "Location: /b", "http://example.com/a http://example.com/b");
    row("Location relative path", "POST", "http://example.com/dir/a", 303, "Location: b?x=1",
        "http://example.com/dir/a http://example.com/dir/b?x=1");
    row("Location absolute same origin", "POST", a, 201, "Location: http://EXAMPLE.com:80/c",
        "http://example.com/a http://example.com/c");
    row("Location other host", "POST", a, 201, "Location: http://other.example/c", "http://example.com/a");
    row("Location network-path other host", "POST", a, 201, "Location: //other.example/c",
        "http://example.com/a");
    row("Location other scheme", "POST", a, 201, "Location: https://example.com/c", "http://example.com/a");
    row("Location other port", "POST", a, 201, "Location: http://example.com:8080/c", "http://example.com/a");
    row("Location same as target", "POST", a, 303, "Location: /a", "http://example.com/a");
    row("Location invalid", "POST", a, 303, "Location: http://[bad/c", "http://example.com/a");
    row("Content-Location", "PUT", a, 200, "Content-Location: /a.json",
        "http://example.com/a http://example.com/a.json");
    row("both", "POST", a, 201, "Location: /b\nContent-Location: /c",
        "http://example.com/a http://example.com/b http://example.com/c");
    row("non-default port target", "POST", "http://example.com:8080/a", 200, "Location: /b",
        "http://example.com:8080/a http://example.com:8080/b");
    row("non-default port, Location on 80", "POST", "http://example.com:8080/a", 200,
        "Location: http://example.com/b", "http://example.com:8080/a");
    row("origin form has no key", "POST", "/a", 200, "Location: /b", "");
}

void TestCacheValidation::invalidation()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QByteArray, responseHeaders);
    QFETCH(QByteArray, expected);
    const QList<QByteArray> keys =
        CachePolicy::invalidatedKeys(request(method, target), response(status, responseHeaders));
    QCOMPARE(keys.join(' '), expected);
}

// --- Cache-Status (RFC 9211) ----------------------------------------------------------------------

void TestCacheValidation::cacheStatus_data()
{
    QTest::addColumn<bool>("hit");
    QTest::addColumn<Forward>("forward");
    QTest::addColumn<int>("forwardStatus");
    QTest::addColumn<bool>("stored");
    QTest::addColumn<qint64>("ttl"); ///< kNoTtl: not set
    QTest::addColumn<QByteArray>("detail");
    QTest::addColumn<QByteArray>("expected");

    const qint64 none = std::numeric_limits<qint64>::min();
    const auto row = [&](const char *name, bool hit, Forward fwd, int fwdStatus, bool st, qint64 ttl,
                         const char *detail, const char *expected) {
        QTest::newRow(name) << hit << fwd << fwdStatus << st << ttl << QByteArray(detail)
                            << QByteArray(expected);
    };
    row("hit", true, Forward::None, 0, false, none, "", "Veil; hit");
    row("hit ttl", true, Forward::None, 0, false, 376, "", "Veil; hit; ttl=376");
    row("miss", false, Forward::Miss, 0, false, none, "", "Veil; fwd=miss");
    row("uri-miss stored", false, Forward::UriMiss, 200, true, 60, "",
        "Veil; fwd=uri-miss; fwd-status=200; stored; ttl=60");
    row("vary-miss", false, Forward::VaryMiss, 0, false, none, "", "Veil; fwd=vary-miss");
    row("stale 304", false, Forward::Stale, 304, true, none, "", "Veil; fwd=stale; fwd-status=304; stored");
    row("request", false, Forward::Request, 200, false, none, "", "Veil; fwd=request; fwd-status=200");
    row("bypass", false, Forward::Bypass, 0, false, none, "range", "Veil; fwd=bypass; detail=range");
    row("method", false, Forward::Method, 0, false, none, "", "Veil; fwd=method");
    row("partial", false, Forward::Partial, 0, false, none, "", "Veil; fwd=partial");
    row("stored alone", false, Forward::None, 0, true, none, "", "Veil; stored");
    row("fwd-status needs fwd", false, Forward::None, 304, false, none, "", "Veil");
    row("negative ttl", false, Forward::Stale, 0, false, -10, "", "Veil; fwd=stale; ttl=-10");
    row("huge ttl clamps", true, Forward::None, 0, false, std::numeric_limits<qint64>::max(), "",
        "Veil; hit; ttl=999999999999999");
    row("huge negative ttl clamps", true, Forward::None, 0, false, -std::numeric_limits<qint64>::max(), "",
        "Veil; hit; ttl=-999999999999999");
    row("detail token", true, Forward::None, 0, false, none, "max-stale", "Veil; hit; detail=max-stale");
    row("detail token with slash", true, Forward::None, 0, false, none, "a/b:c", "Veil; hit; detail=a/b:c");
    row("detail needs string", false, Forward::Bypass, 0, false, none, "two words",
        "Veil; fwd=bypass; detail=\"two words\"");
    row("detail starting with a digit", false, Forward::Bypass, 0, false, none, "5xx",
        "Veil; fwd=bypass; detail=\"5xx\"");
    row("detail escaped", false, Forward::Bypass, 0, false, none, "say \"hi\" \\o/",
        "Veil; fwd=bypass; detail=\"say \\\"hi\\\" \\\\o/\"");
    row("detail non-ASCII dropped", false, Forward::Bypass, 0, false, none, "caf\xc3\xa9\tx",
        "Veil; fwd=bypass; detail=\"cafx\"");
    row("detail DEL dropped", false, Forward::Bypass, 0, false, none, "a\x7f b",
        "Veil; fwd=bypass; detail=\"a b\"");
}

void TestCacheValidation::cacheStatus()
{
    QFETCH(bool, hit);
    QFETCH(Forward, forward);
    QFETCH(int, forwardStatus);
    QFETCH(bool, stored);
    QFETCH(qint64, ttl);
    QFETCH(QByteArray, detail);
    QFETCH(QByteArray, expected);

    CacheStatus status;
    status.setHit(hit).setForward(forward).setForwardStatus(forwardStatus).setStored(stored);
    if (ttl != std::numeric_limits<qint64>::min())
        status.setTtl(ttl);
    if (!detail.isEmpty())
        status.setDetail(detail);
    QCOMPARE(status.value(), expected);
}

void TestCacheValidation::cacheStatusFromDecision_data()
{
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("fresh") << Verdict::Fresh << Reason::Fresh << QByteArray("Veil; hit; ttl=90");
    QTest::newRow("max-stale") << Verdict::ServeStale << Reason::MaxStale
                               << QByteArray("Veil; hit; ttl=90; detail=max-stale");
    QTest::newRow("swr") << Verdict::ServeStaleRevalidate << Reason::StaleWhileRevalidate
                         << QByteArray("Veil; hit; ttl=90; detail=stale-while-revalidate");
    QTest::newRow("stale") << Verdict::Revalidate << Reason::Stale
                           << QByteArray("Veil; fwd=stale; ttl=90; detail=stale");
    QTest::newRow("no-cache") << Verdict::Revalidate << Reason::ResponseNoCache
                              << QByteArray("Veil; fwd=stale; ttl=90; detail=no-cache");
    QTest::newRow("request") << Verdict::RequestForbids << Reason::RequestNoCache
                             << QByteArray("Veil; fwd=request; ttl=90; detail=request-no-cache");
    QTest::newRow("504") << Verdict::GatewayTimeout << Reason::MustRevalidate
                         << QByteArray("Veil; ttl=90; detail=must-revalidate");
}

void TestCacheValidation::cacheStatusFromDecision()
{
    QFETCH(Verdict, verdict);
    QFETCH(Reason, reason);
    QFETCH(QByteArray, expected);
    Decision d;
    d.verdict = verdict;
    d.reason = reason;
    d.age = 10;
    d.lifetime = 100;
    QCOMPARE(CacheStatus::fromDecision(d).value(), expected);
}

void TestCacheValidation::cacheStatusAppends()
{
    Http::Headers h = headers("Cache-Status: OriginCache; hit\nX: 1");
    CacheStatus(QByteArrayLiteral("My Cache")).setHit().appendTo(h);
    QCOMPARE(lines(h), QByteArray("Cache-Status: OriginCache; hit\nX: 1\nCache-Status: \"My Cache\"; hit\n"));
}

void TestCacheValidation::reasons()
{
    QSet<QByteArray> tokens;
    for (int i = int(Reason::Storable); i <= int(Reason::OnlyIfCached); ++i) {
        const Reason r = Reason(i);
        const QByteArray token = reasonToken(r);
        QVERIFY2(!token.isEmpty(), QByteArray::number(i).constData());
        QVERIFY2(!tokens.contains(token), token.constData());
        tokens.insert(token);
        QVERIFY2(!reasonText(r).isEmpty(), token.constData());
    }
    QCOMPARE(reasonToken(Reason::None), QByteArray());
    QCOMPARE(reasonToken(Reason::MaxStale), QByteArray("max-stale"));
    QCOMPARE(reasonText(Reason::ResponseNoStore), QStringLiteral("the response says no-store"));
}

QTEST_APPLESS_MAIN(TestCacheValidation)

#include "tst_cachevalidation.moc"
