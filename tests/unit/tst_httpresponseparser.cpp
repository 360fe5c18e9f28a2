// Response heads: valid forms, rejections and obs-fold handling, plus the parser error texts.

#include "HttpTestHelpers.h"

#include "http/HttpParser.h"

#include <QTest>

#include <set>

using namespace Veil::Http;

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void responseValid_data();
    void responseValid();
    void responseRejected_data();
    void responseRejected();
    void responseObsFoldUnfolded();

    void errorTexts();
};

void TestHttpResponseParser::responseValid_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("versionMinor");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<Framing>("framing");
    QTest::addColumn<qint64>("contentLength");
    QTest::addColumn<bool>("keepAlive");

    const auto row = [](const char *name, const QByteArray &input, const char *method, int minor, int status,
                        const char *reason, Framing framing, qint64 length, bool keep) {
        QTest::newRow(name) << input << QByteArray(method) << minor << status << QByteArray(reason) << framing
                            << length << keep;
    };
    using F = Framing;

    row("content-length", QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n"), "GET", 1, 200,
        "OK", F::ContentLength, 5, true);
    row("no reason no space", QByteArrayLiteral("HTTP/1.1 204\r\n\r\n"), "GET", 1, 204, "", F::None, 0, true);
    row("empty reason", QByteArrayLiteral("HTTP/1.1 200 \r\nContent-Length: 0\r\n\r\n"), "GET", 1, 200, "",
        F::ContentLength, 0, true);
    row("reason with spaces", QByteArrayLiteral("HTTP/1.1 404 Not  Found\t\xe9\r\nContent-Length: 1\r\n\r\n"),
        "GET", 1, 404, "Not  Found\t\xe9", F::ContentLength, 1, true);
    row("chunked", QByteArrayLiteral("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"), "GET", 1, 200,
        "OK", F::Chunked, 0, true);
    row("gzip, chunked", QByteArrayLiteral("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, Chunked\r\n\r\n"),
        "GET", 1, 200, "OK", F::Chunked, 0, true);
    row("TE split over fields",
        QByteArrayLiteral("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n"),
        "GET", 1, 200, "OK", F::Chunked, 0, true);
    row("chunked not last", QByteArrayLiteral("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\n"),
        "GET", 1, 200, "OK", F::UntilClose, 0, false);
    row("TE gzip only", QByteArrayLiteral("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n"), "GET", 1,
        200, "OK", F::UntilClose, 0, false);
    row("TE in HTTP/1.0", QByteArrayLiteral("HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"), "GET",
        0, 200, "OK", F::UntilClose, 0, false);
    row("until close", QByteArrayLiteral("HTTP/1.1 200 OK\r\n\r\n"), "GET", 1, 200, "OK", F::UntilClose, 0,
        false);
    row("HEAD ignores length", QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n"), "HEAD", 1,
        200, "OK", F::None, 0, true);
    row("HEAD ignores chunked", QByteArrayLiteral("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"),
        "HEAD", 1, 200, "OK", F::None, 0, true);
    row("304", QByteArrayLiteral("HTTP/1.1 304 Not Modified\r\nContent-Length: 100\r\n\r\n"), "GET", 1, 304,
        "Not Modified", F::None, 0, true);
    row("204", QByteArrayLiteral("HTTP/1.1 204 No Content\r\n\r\n"), "POST", 1, 204, "No Content", F::None, 0,
        true);
    row("100 continue", QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"), "POST", 1, 100, "Continue",
        F::None, 0, true);
    row("103 early hints", QByteArrayLiteral("HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"), "GET", 1, 103,
        "Early Hints", F::None, 0, true);
    row("101 tunnel",
        QByteArrayLiteral("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                          "Connection: Upgrade\r\nContent-Length: 5\r\n\r\n"),
        "GET", 1, 101, "Switching Protocols", F::Tunnel, 0, false);
    row("CONNECT 200", QByteArrayLiteral("HTTP/1.1 200 Connection established\r\n\r\n"), "CONNECT", 1, 200,
        "Connection established", F::Tunnel, 0, false);
    row("CONNECT 200 ignores framing",
        QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n"),
        "CONNECT", 1, 200, "OK", F::Tunnel, 0, false);
    row("CONNECT 407", QByteArrayLiteral("HTTP/1.1 407 Proxy Auth\r\nContent-Length: 3\r\n\r\n"), "CONNECT",
        1, 407, "Proxy Auth", F::ContentLength, 3, true);
    row("bare LF accepted", QByteArrayLiteral("HTTP/1.1 200 OK\nContent-Length: 3\n\n"), "GET", 1, 200, "OK",
        F::ContentLength, 3, true);
    row("leading empty line", QByteArrayLiteral("\r\nHTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n"), "GET", 1,
        200, "OK", F::ContentLength, 3, true);
    row("status 999", QByteArrayLiteral("HTTP/1.1 999 Odd\r\nContent-Length: 0\r\n\r\n"), "GET", 1, 999,
        "Odd", F::ContentLength, 0, true);
    row("identical CL list", QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 7, 7\r\n\r\n"), "GET", 1,
        200, "OK", F::ContentLength, 7, true);
    row("1.0 keep-alive",
        QByteArrayLiteral("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\n"
                          "Content-Length: 1\r\n\r\n"),
        "GET", 0, 200, "OK", F::ContentLength, 1, true);
    row("1.0 default close", QByteArrayLiteral("HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\n"), "GET", 0, 200,
        "OK", F::ContentLength, 1, false);
    row("1.1 close", QByteArrayLiteral("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\n"),
        "GET", 1, 200, "OK", F::ContentLength, 1, false);
}

void TestHttpResponseParser::responseValid()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, method);
    QFETCH(int, versionMinor);
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(Framing, framing);
    QFETCH(qint64, contentLength);
    QFETCH(bool, keepAlive);

    QCOMPARE(scanByteByByte(input, 64 * 1024), input.size());
    ResponseHead head;
    QCOMPARE(parseResponseHead(input, method, head), ParseError::None);
    QCOMPARE(head.versionMinor, versionMinor);
    QCOMPARE(head.status, status);
    QCOMPARE(head.reason, reason);
    QCOMPARE(head.framing, framing);
    QCOMPARE(head.contentLength, contentLength);
    QCOMPARE(head.keepAlive(), keepAlive);
    QCOMPARE(head.isInformational(), status < 200);
}

void TestHttpResponseParser::responseRejected_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<ParseError>("error");

    const auto row = [](const char *name, const QByteArray &input, ParseError error,
                        const char *method = "GET") {
        QTest::newRow(name) << input << QByteArray(method) << error;
    };
    const auto status = [](const QByteArray &line) -> QByteArray {
        return line + "\r\nContent-Length: 0\r\n\r\n";
    };
    const auto fields = [](const char *f) -> QByteArray {
        return "HTTP/1.1 200 OK\r\n" + QByteArray(f) + "\r\n";
    };
    using E = ParseError;

    row("two-digit status", status("HTTP/1.1 20 OK"), E::BadStatusLine);
    row("four-digit status", status("HTTP/1.1 2000 OK"), E::BadStatusLine);
    row("status below 100", status("HTTP/1.1 099 Low"), E::BadStatusLine);
    row("no space after status", status("HTTP/1.1 200OK"), E::BadStatusLine);
    row("double space", status("HTTP/1.1  200 OK"), E::BadStatusLine);
    row("letters as status", status("HTTP/1.1 abc OK"), E::BadStatusLine);
    row("lower-case protocol", status("http/1.1 200 OK"), E::BadStatusLine);
    row("ICY", status("ICY 200 OK"), E::BadStatusLine);
    row("version only", status("HTTP/1.1"), E::BadStatusLine);
    row("CTL in reason", status("HTTP/1.1 200 O\x01K"), E::BadStatusLine);
    row("NUL in reason", status(QByteArrayLiteral("HTTP/1.1 200 O\0K")), E::BadStatusLine);
    row("incomplete", QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n"), E::BadStatusLine);
    row("HTTP/2.0", status("HTTP/2.0 200 OK"), E::UnsupportedVersion);
    row("HTTP/1.2", status("HTTP/1.2 200 OK"), E::UnsupportedVersion);
    row("HTTP/0.9", status("HTTP/0.9 200 OK"), E::UnsupportedVersion);
    row("bare CR in field", fields("X: a\rb\r\n"), E::BareCarriageReturn);
    row("bare CR in status line", status("HTTP/1.1 200 O\rK"), E::BareCarriageReturn);
    row("space before colon", fields("Content-Length : 5\r\n"), E::BadHeaderName);
    row("name not a token", fields("X Y: 5\r\n"), E::BadHeaderName);
    row("NUL in value", QByteArrayLiteral("HTTP/1.1 200 OK\r\nX: a\0b\r\n\r\n"), E::BadHeaderValue);
    row("NUL in folded value", QByteArrayLiteral("HTTP/1.1 200 OK\r\nX: a\r\n \0b\r\n\r\n"),
        E::BadHeaderValue);
    row("fold before first field", fields(" X: a\r\n"), E::ObsoleteLineFolding);
    row("CL and TE", fields("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n"), E::ConflictingFraming);
    row("CL and TE gzip", fields("Transfer-Encoding: gzip\r\nContent-Length: 5\r\n"), E::ConflictingFraming);
    row("CL and TE on 204",
        QByteArrayLiteral("HTTP/1.1 204 No\r\nContent-Length: 0\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n"),
        E::ConflictingFraming);
    row("CL and TE on HEAD", fields("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n"),
        E::ConflictingFraming, "HEAD");
    row("CL differing list", fields("Content-Length: 5, 6\r\n"), E::BadContentLength);
    row("CL differing fields", fields("Content-Length: 5\r\nContent-Length: 6\r\n"), E::BadContentLength);
    row("CL negative", fields("Content-Length: -1\r\n"), E::BadContentLength);
    row("CL plus", fields("Content-Length: +1\r\n"), E::BadContentLength);
    row("CL overflow", fields("Content-Length: 9223372036854775808\r\n"), E::BadContentLength);
    row("CL on 304 still checked", QByteArrayLiteral("HTTP/1.1 304 NM\r\nContent-Length: x\r\n\r\n"),
        E::BadContentLength);

    Limits limits;
    QByteArray many = QByteArrayLiteral("HTTP/1.1 200 OK\r\n");
    for (int i = 0; i <= limits.maxHeaderCount; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    row("too many fields", many + "\r\n", E::TooManyHeaders);
    row("oversized head", "HTTP/1.1 200 OK\r\nX: " + QByteArray(64 * 1024, 'x') + "\r\n\r\n",
        E::HeadTooLarge);
}

void TestHttpResponseParser::responseRejected()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, method);
    QFETCH(ParseError, error);

    ResponseHead head;
    QCOMPARE(parseResponseHead(input, method, head), error);
}

void TestHttpResponseParser::responseObsFoldUnfolded()
{
    const QByteArray input = QByteArrayLiteral("HTTP/1.1 200 OK\r\nX-Fold: a\r\n  b \r\n\tc\r\n   \r\n"
                                               "X-Empty:\r\n d\r\nContent-Length: 0\r\n\r\n");
    ResponseHead head;
    QCOMPARE(parseResponseHead(input, "GET", head), ParseError::None);
    QCOMPARE(head.headers.size(), 3);
    QCOMPARE(head.headers.value("X-Fold"), QByteArrayLiteral("a b c"));
    QCOMPARE(head.headers.value("X-Empty"), QByteArrayLiteral("d"));
    QCOMPARE(head.framing, Framing::ContentLength);
}

void TestHttpResponseParser::errorTexts()
{
    std::set<std::string> seen;
    for (int i = int(ParseError::None); i <= int(ParseError::BadTrailer); ++i) {
        const char *text = parseErrorText(ParseError(i));
        QVERIFY(text && *text);
        QVERIFY2(seen.insert(text).second, text);
    }
    QCOMPARE(int(seen.size()), int(ParseError::BadTrailer) + 1);
}

QTEST_APPLESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
