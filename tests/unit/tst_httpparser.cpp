#include "HttpTestHelpers.h"

#include "http/HttpParser.h"

#include <QTest>

#include <set>

using namespace Veil::Http;

namespace {

QByteArray manyHeaders(int count)
{
    QByteArray head = QByteArrayLiteral("GET / HTTP/1.1\r\nHost: example.com\r\n");
    for (int i = 1; i < count; ++i)
        head += "X-Field-" + QByteArray::number(i) + ": v\r\n";
    return head + "\r\n";
}

const QByteArray kHost = QByteArrayLiteral("Host: example.com\r\n");

} // namespace

class TestHttpParser : public QObject
{
    Q_OBJECT

private slots:
    void scanner_data();
    void scanner();
    void scannerLimit_data();
    void scannerLimit();
    void scannerReset();

    void requestValid_data();
    void requestValid();
    void requestRejected_data();
    void requestRejected();
    void requestLimits_data();
    void requestLimits();
    void requestConnection_data();
    void requestConnection();
    void requestHeadersKept();
};

// --- HeadScanner --------------------------------------------------------------------------------

void TestHttpParser::scanner_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("expected");
    QTest::addColumn<ParseError>("parseError"); ///< parseRequestHead on the delimited head

    const QByteArray get = QByteArrayLiteral("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    QTest::newRow("complete") << get << get.size() << ParseError::None;
    QTest::newRow("body follows") << get + "BODY\r\n\r\n" << get.size() << ParseError::None;
    QTest::newRow("pipelined") << get + get << get.size() << ParseError::None;
    QTest::newRow("incomplete") << get.chopped(2) << qsizetype(0) << ParseError::None;
    QTest::newRow("empty") << QByteArray() << qsizetype(0) << ParseError::None;
    QTest::newRow("leading CRLF counted") << "\r\n\r\n" + get << get.size() + 4 << ParseError::None;
    QTest::newRow("leading LF counted") << "\n" + get << get.size() + 1 << ParseError::None;
    QTest::newRow("only empty lines waits")
        << QByteArrayLiteral("\r\n\r\n\n\r\n") << qsizetype(0) << ParseError::None;
    QTest::newRow("empty lines bounded")
        << QByteArray("\r\n").repeated(17) << qsizetype(34) << ParseError::BadRequestLine;
    QTest::newRow("LF LF ends head") << QByteArrayLiteral("GET / HTTP/1.1\n\nX") << qsizetype(16)
                                     << ParseError::BareLineFeed;
    QTest::newRow("CRLF LF ends head")
        << QByteArrayLiteral("GET / HTTP/1.1\r\n\nX") << qsizetype(17) << ParseError::BareLineFeed;
    QTest::newRow("LF CRLF ends head")
        << QByteArrayLiteral("GET / HTTP/1.1\nHost: a\n\r\nX") << qsizetype(25) << ParseError::BareLineFeed;
    QTest::newRow("bare CR does not end head")
        << QByteArrayLiteral("GET / HTTP/1.1\r\r\r\r") << qsizetype(0) << ParseError::None;
    QTest::newRow("HTTP/2 preface") << QByteArrayLiteral("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << qsizetype(18)
                                    << ParseError::UnsupportedVersion;
}

void TestHttpParser::scanner()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, expected);
    QFETCH(ParseError, parseError);

    HeadScanner whole;
    QCOMPARE(whole.scan(input), expected);
    QCOMPARE(scanByteByByte(input, 64 * 1024), expected);

    // Uneven growth: 3 bytes, then 7, then the rest.
    HeadScanner uneven;
    qsizetype result = 0;
    for (qsizetype n : {qsizetype(3), qsizetype(10), input.size()}) {
        result = uneven.scan(QByteArrayView(input).first(qMin(n, input.size())));
        if (result != 0)
            break;
    }
    QCOMPARE(result, expected);

    if (expected > 0) {
        RequestHead head;
        QCOMPARE(parseRequestHead(QByteArrayView(input).first(expected), head), parseError);
    }
}

void TestHttpParser::scannerLimit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("max");
    QTest::addColumn<qsizetype>("expected");

    const QByteArray head = QByteArrayLiteral("GET / HTTP/1.1\r\nHost: a\r\n\r\n"); // 27 bytes
    QTest::newRow("exactly at limit") << head << qsizetype(27) << qsizetype(27);
    QTest::newRow("one over limit") << head << qsizetype(26) << qsizetype(-1);
    QTest::newRow("no end within limit") << QByteArray(100, 'a') << qsizetype(64) << qsizetype(-1);
    QTest::newRow("short of limit waits") << QByteArray(63, 'a') << qsizetype(64) << qsizetype(0);
    QTest::newRow("leading lines count") << "\r\n\r\n" + head << qsizetype(30) << qsizetype(-1);
    QTest::newRow("endless header line")
        << "GET / HTTP/1.1\r\nX: " + QByteArray(70000, 'x') << qsizetype(64 * 1024) << qsizetype(-1);
}

void TestHttpParser::scannerLimit()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, max);
    QFETCH(qsizetype, expected);

    HeadScanner scanner(max);
    QCOMPARE(scanner.scan(input), expected);
    QCOMPARE(scanner.scan(input), expected); // stays refused on repeated calls
    if (input.size() < 1000)
        QCOMPARE(scanByteByByte(input, max), expected);
}

void TestHttpParser::scannerReset()
{
    const QByteArray first = QByteArrayLiteral("GET /a HTTP/1.1\r\nHost: a\r\n\r\n");
    const QByteArray second = QByteArrayLiteral("\r\nGET /bb HTTP/1.1\r\nHost: a\r\n\r\n");
    HeadScanner scanner;
    QCOMPARE(scanner.scan(first), first.size());
    scanner.reset();
    QCOMPARE(scanner.scan(QByteArrayView(second).first(10)), qsizetype(0));
    QCOMPARE(scanner.scan(second), second.size());
    // A buffer that shrank breaks the contract; the scanner starts over instead of misreading.
    QCOMPARE(scanner.scan(first), first.size());
}

// --- requests -----------------------------------------------------------------------------------

void TestHttpParser::requestValid_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("versionMinor");
    QTest::addColumn<TargetForm>("form");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArray>("pathAndQuery");
    QTest::addColumn<Framing>("framing");
    QTest::addColumn<qint64>("contentLength");

    const auto row = [](const char *name, const QByteArray &input, const char *method, const char *target,
                        int minor, TargetForm form, const char *host, int port, const char *path,
                        Framing framing = Framing::None, qint64 length = 0) {
        QTest::newRow(name) << input << QByteArray(method) << QByteArray(target) << minor << form
                            << QByteArray(host) << port << QByteArray(path) << framing << length;
    };
    using F = TargetForm;

    row("origin-form", "GET /index.html?q=1 HTTP/1.1\r\n" + kHost + "\r\n", "GET", "/index.html?q=1", 1,
        F::Origin, "", 0, "/index.html?q=1");
    row("absolute-form", "GET http://Example.COM/a?b HTTP/1.1\r\n" + kHost + "\r\n", "GET",
        "http://Example.COM/a?b", 1, F::Absolute, "example.com", 80, "/a?b");
    row("scheme case-insensitive", "GET HTTP://example.com:8080 HTTP/1.1\r\n" + kHost + "\r\n", "GET",
        "HTTP://example.com:8080", 1, F::Absolute, "example.com", 8080, "/");
    row("absolute query without path", "GET http://example.com?x=1 HTTP/1.1\r\n" + kHost + "\r\n", "GET",
        "http://example.com?x=1", 1, F::Absolute, "example.com", 80, "/?x=1");
    row("absolute empty port", "GET http://example.com:/p HTTP/1.1\r\n" + kHost + "\r\n", "GET",
        "http://example.com:/p", 1, F::Absolute, "example.com", 80, "/p");
    row("absolute IPv6", "GET http://[2001:DB8::1]:8080/ HTTP/1.1\r\nHost: [2001:db8::1]:8080\r\n\r\n", "GET",
        "http://[2001:DB8::1]:8080/", 1, F::Absolute, "2001:db8::1", 8080, "/");
    row("absolute IPv4", "GET http://192.0.2.1/x HTTP/1.1\r\nHost: 192.0.2.1\r\n\r\n", "GET",
        "http://192.0.2.1/x", 1, F::Absolute, "192.0.2.1", 80, "/x");
    row("URI authority wins over Host", "GET http://example.com/ HTTP/1.1\r\nHost: other.example\r\n\r\n",
        "GET", "http://example.com/", 1, F::Absolute, "example.com", 80, "/");
    row("reg-name characters", "GET http://a-b_c~d.example./ HTTP/1.1\r\n" + kHost + "\r\n", "GET",
        "http://a-b_c~d.example./", 1, F::Absolute, "a-b_c~d.example.", 80, "/");
    row("CONNECT", "CONNECT Example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n", "CONNECT",
        "Example.com:443", 1, F::Authority, "example.com", 443, "");
    row("CONNECT IPv6", "CONNECT [::1]:8443 HTTP/1.1\r\nHost: [::1]:8443\r\n\r\n", "CONNECT", "[::1]:8443", 1,
        F::Authority, "::1", 8443, "");
    row("CONNECT port 65535", "CONNECT example.com:65535 HTTP/1.1\r\n" + kHost + "\r\n", "CONNECT",
        "example.com:65535", 1, F::Authority, "example.com", 65535, "");
    row("OPTIONS *", "OPTIONS * HTTP/1.1\r\n" + kHost + "\r\n", "OPTIONS", "*", 1, F::Asterisk, "", 0, "");
    row("HTTP/1.0 without Host", QByteArrayLiteral("GET / HTTP/1.0\r\n\r\n"), "GET", "/", 0, F::Origin, "", 0,
        "/");
    row("leading empty lines", "\r\n\n\r\nGET / HTTP/1.1\r\n" + kHost + "\r\n", "GET", "/", 1, F::Origin, "",
        0, "/");
    row("extension method", "M-SEARCH /upnp HTTP/1.1\r\n" + kHost + "\r\n", "M-SEARCH", "/upnp", 1, F::Origin,
        "", 0, "/upnp");
    row("lower-case method kept", "get / HTTP/1.1\r\n" + kHost + "\r\n", "get", "/", 1, F::Origin, "", 0,
        "/");
    row("Host with port", QByteArrayLiteral("GET / HTTP/1.1\r\nHost: example.com:8080\r\n\r\n"), "GET", "/",
        1, F::Origin, "", 0, "/");
    row("Host IPv6", QByteArrayLiteral("GET / HTTP/1.1\r\nHost: [fe80::1:2]\r\n\r\n"), "GET", "/", 1,
        F::Origin, "", 0, "/");
    row("Content-Length", "POST /up HTTP/1.1\r\n" + kHost + "Content-Length: 5\r\n\r\n", "POST", "/up", 1,
        F::Origin, "", 0, "/up", Framing::ContentLength, 5);
    row("Content-Length zero", "POST / HTTP/1.1\r\n" + kHost + "Content-Length: 0\r\n\r\n", "POST", "/", 1,
        F::Origin, "", 0, "/", Framing::ContentLength, 0);
    row("Content-Length leading zeros", "POST / HTTP/1.1\r\n" + kHost + "Content-Length: 007\r\n\r\n", "POST",
        "/", 1, F::Origin, "", 0, "/", Framing::ContentLength, 7);
    row("Content-Length int64 max",
        "POST / HTTP/1.1\r\n" + kHost + "Content-Length: 9223372036854775807\r\n\r\n", "POST", "/", 1,
        F::Origin, "", 0, "/", Framing::ContentLength, std::numeric_limits<qint64>::max());
    row("Content-Length identical fields",
        "POST / HTTP/1.1\r\n" + kHost + "Content-Length: 5\r\ncontent-length: 05\r\n\r\n", "POST", "/", 1,
        F::Origin, "", 0, "/", Framing::ContentLength, 5);
    row("Content-Length identical list", "POST / HTTP/1.1\r\n" + kHost + "Content-Length: 5, 5,5\r\n\r\n",
        "POST", "/", 1, F::Origin, "", 0, "/", Framing::ContentLength, 5);
    row("chunked", "POST / HTTP/1.1\r\n" + kHost + "Transfer-Encoding: chunked\r\n\r\n", "POST", "/", 1,
        F::Origin, "", 0, "/", Framing::Chunked);
    row("chunked any case", "POST / HTTP/1.1\r\n" + kHost + "transfer-encoding: ChUnKeD\r\n\r\n", "POST", "/",
        1, F::Origin, "", 0, "/", Framing::Chunked);
    // OWS around a field value is not part of it (RFC 9112 §5.1) and the value is forwarded
    // trimmed, so the next hop cannot read "chunked " differently.
    row("chunked with OWS", "POST / HTTP/1.1\r\n" + kHost + "Transfer-Encoding: \tchunked \r\n\r\n", "POST",
        "/", 1, F::Origin, "", 0, "/", Framing::Chunked);
    row("obs-text and HTAB in value",
        "GET / HTTP/1.1\r\n" + kHost + "X-Latin: caf\xe9\tau lait\r\nX-Empty:\r\n\r\n", "GET", "/", 1,
        F::Origin, "", 0, "/");
}

void TestHttpParser::requestValid()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(int, versionMinor);
    QFETCH(TargetForm, form);
    QFETCH(QByteArray, host);
    QFETCH(int, port);
    QFETCH(QByteArray, pathAndQuery);
    QFETCH(Framing, framing);
    QFETCH(qint64, contentLength);

    QCOMPARE(scanByteByByte(input, 64 * 1024), input.size());
    RequestHead head;
    QCOMPARE(parseRequestHead(input, head), ParseError::None);
    QCOMPARE(head.method, method);
    QCOMPARE(head.target, target);
    QCOMPARE(head.versionMinor, versionMinor);
    QCOMPARE(head.form, form);
    QCOMPARE(head.host, host);
    QCOMPARE(int(head.port), port);
    QCOMPARE(head.pathAndQuery, pathAndQuery);
    QCOMPARE(head.scheme, form == TargetForm::Absolute ? QByteArrayLiteral("http") : QByteArray());
    QCOMPARE(head.framing, framing);
    QCOMPARE(head.contentLength, contentLength);
}

void TestHttpParser::requestRejected_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ParseError>("error");

    const auto row = [](const char *name, const QByteArray &input, ParseError error) {
        QTest::newRow(name) << input << error;
    };
    const auto get = [](const char *fields) -> QByteArray {
        return "GET / HTTP/1.1\r\n" + kHost + fields + "\r\n";
    };
    const auto post = [](const char *fields) -> QByteArray {
        return "POST / HTTP/1.1\r\n" + kHost + fields + "\r\n";
    };
    const auto line = [](const QByteArray &requestLine) -> QByteArray {
        return requestLine + "\r\n" + kHost + "\r\n";
    };
    using E = ParseError;

    // Request line.
    row("double space", line("GET  / HTTP/1.1"), E::BadRequestLine);
    row("trailing space", line("GET / HTTP/1.1 "), E::BadRequestLine);
    row("leading space", line(" GET / HTTP/1.1"), E::BadRequestLine);
    row("tab separator", line("GET\t/ HTTP/1.1"), E::BadRequestLine);
    row("lower-case version", line("GET / http/1.1"), E::BadRequestLine);
    row("version junk", line("GET / HTTP/1.1x"), E::BadRequestLine);
    row("version without dot", line("GET / HTTP/11"), E::BadRequestLine);
    row("version major only", line("GET / HTTP/2"), E::BadRequestLine);
    row("method not a token", line("G@T / HTTP/1.1"), E::BadRequestLine);
    row("method missing", line("/ HTTP/1.1"), E::BadRequestLine);
    row("CTL in target", line(QByteArrayLiteral("GET /a\x01 HTTP/1.1")), E::BadRequestLine);
    row("DEL in target", line(QByteArrayLiteral("GET /a\x7f HTTP/1.1")), E::BadRequestLine);
    row("NUL in target", line(QByteArrayLiteral("GET /\0 HTTP/1.1")), E::BadRequestLine);
    row("non-ASCII target", line(QByteArrayLiteral("GET /caf\xc3\xa9 HTTP/1.1")), E::BadRequestLine);
    row("target missing", line("GET HTTP/1.1"), E::BadRequestLine);
    row("garbage", line("\x16\x03\x01\x02\x00"), E::BadRequestLine);
    row("too many empty lines", QByteArray("\r\n").repeated(17), E::BadRequestLine);
    row("no empty line at end", "GET / HTTP/1.1\r\n" + kHost, E::BadRequestLine);
    row("bytes after head", get("") + "X", E::BadRequestLine);
    row("empty input", QByteArray(), E::BadRequestLine);

    // Versions.
    row("HTTP/2 preface", QByteArrayLiteral("PRI * HTTP/2.0\r\n\r\n"), E::UnsupportedVersion);
    row("HTTP/2.0", line("GET / HTTP/2.0"), E::UnsupportedVersion);
    row("HTTP/1.2", line("GET / HTTP/1.2"), E::UnsupportedVersion);
    row("HTTP/0.9 version", line("GET / HTTP/0.9"), E::UnsupportedVersion);
    row("HTTP/0.9 simple request", QByteArrayLiteral("GET /index.html\r\n\r\n"), E::UnsupportedVersion);
    row("HTTP/3.0", line("GET / HTTP/3.0"), E::UnsupportedVersion);

    // Field names and values.
    row("space before colon", get("Content-Length : 5\r\n"), E::BadHeaderName);
    row("tab before colon", get("X-A\t: 5\r\n"), E::BadHeaderName);
    row("no colon", get("X-A 5\r\n"), E::BadHeaderName);
    row("empty name", get(": 5\r\n"), E::BadHeaderName);
    row("name with parenthesis", get("X(A): 5\r\n"), E::BadHeaderName);
    row("name with slash", get("X/A: 5\r\n"), E::BadHeaderName);
    row("name with space", get("X A: 5\r\n"), E::BadHeaderName);
    row("name with non-ASCII", get("X-\xc3\xa9: 5\r\n"), E::BadHeaderName);
    row("NUL in value", "GET / HTTP/1.1\r\n" + kHost + QByteArrayLiteral("X-A: a\0b\r\n\r\n"),
        E::BadHeaderValue);
    row("CTL in value",
        get("X-A: a\x01"
            "b\r\n"),
        E::BadHeaderValue);
    row("ESC in value", get("X-A: \x1b[0m\r\n"), E::BadHeaderValue);
    row("DEL in value", get("X-A: a\x7f\r\n"), E::BadHeaderValue);

    // Line structure.
    row("obs-fold SP", get("X-A: a\r\n b\r\n"), E::ObsoleteLineFolding);
    row("obs-fold HTAB", get("X-A: a\r\n\tb\r\n"), E::ObsoleteLineFolding);
    row("obs-fold hides Transfer-Encoding", post("X-A: a\r\n Transfer-Encoding: chunked\r\n"),
        E::ObsoleteLineFolding);
    row("whitespace line before fields", "GET / HTTP/1.1\r\n " + kHost + "\r\n", E::ObsoleteLineFolding);
    row("bare CR in value", get("X-A: a\rb\r\n"), E::BareCarriageReturn);
    row("bare CR before CRLF", get("X-A: a\r\r\n"), E::BareCarriageReturn);
    row("bare CR in request line", line("GET /\r HTTP/1.1"), E::BareCarriageReturn);
    row("bare CR in name", get("X\r-A: a\r\n"), E::BareCarriageReturn);
    row("bare LF after request line", "GET / HTTP/1.1\n" + kHost + "\r\n", E::BareLineFeed);
    row("bare LF after field", QByteArrayLiteral("GET / HTTP/1.1\r\nHost: a\nX: 1\r\n\r\n"), E::BareLineFeed);
    row("bare LF empty line", QByteArrayLiteral("GET / HTTP/1.1\r\nHost: a\r\n\n"), E::BareLineFeed);
    row("bare LF everywhere", QByteArrayLiteral("GET / HTTP/1.1\nHost: a\n\n"), E::BareLineFeed);

    // Framing: the request smuggling classics.
    row("CL and TE", post("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n"), E::ConflictingFraming);
    row("TE and CL", post("Transfer-Encoding: chunked\r\nContent-Length: 5\r\n"), E::ConflictingFraming);
    row("TE and CL zero", post("Transfer-Encoding: chunked\r\nContent-Length: 0\r\n"), E::ConflictingFraming);
    row("CL and bad TE", post("Content-Length: 5\r\nTransfer-Encoding: gzip\r\n"), E::ConflictingFraming);
    row("CL plus sign", post("Content-Length: +5\r\n"), E::BadContentLength);
    row("CL minus sign", post("Content-Length: -5\r\n"), E::BadContentLength);
    row("CL space inside", post("Content-Length: 5 5\r\n"), E::BadContentLength);
    row("CL hex", post("Content-Length: 0x10\r\n"), E::BadContentLength);
    row("CL exponent", post("Content-Length: 1e3\r\n"), E::BadContentLength);
    row("CL trailing letter", post("Content-Length: 5a\r\n"), E::BadContentLength);
    row("CL decimal point", post("Content-Length: 5.0\r\n"), E::BadContentLength);
    row("CL empty", post("Content-Length:\r\n"), E::BadContentLength);
    row("CL only spaces", post("Content-Length:   \r\n"), E::BadContentLength);
    row("CL fullwidth digit", post("Content-Length: \xef\xbc\x95\r\n"), E::BadContentLength);
    row("CL int64 overflow", post("Content-Length: 9223372036854775808\r\n"), E::BadContentLength);
    row("CL huge", post("Content-Length: 99999999999999999999999\r\n"), E::BadContentLength);
    row("CL differing fields", post("Content-Length: 5\r\nContent-Length: 6\r\n"), E::BadContentLength);
    row("CL differing list", post("Content-Length: 5, 6\r\n"), E::BadContentLength);
    row("CL list with empty element", post("Content-Length: 5,\r\n"), E::BadContentLength);
    row("CL list same then bad", post("Content-Length: 5, 5\r\nContent-Length: x\r\n"), E::BadContentLength);
    row("TE xchunked", post("Transfer-Encoding: xchunked\r\n"), E::UnsupportedTransferCoding);
    row("TE chunked, identity", post("Transfer-Encoding: chunked, identity\r\n"),
        E::UnsupportedTransferCoding);
    row("TE chunked, chunked", post("Transfer-Encoding: chunked, chunked\r\n"), E::UnsupportedTransferCoding);
    row("TE gzip, chunked", post("Transfer-Encoding: gzip, chunked\r\n"), E::UnsupportedTransferCoding);
    row("TE identity", post("Transfer-Encoding: identity\r\n"), E::UnsupportedTransferCoding);
    row("TE with parameter", post("Transfer-Encoding: chunked;x=1\r\n"), E::UnsupportedTransferCoding);
    row("TE trailing comma", post("Transfer-Encoding: chunked,\r\n"), E::UnsupportedTransferCoding);
    row("TE quoted", post("Transfer-Encoding: \"chunked\"\r\n"), E::UnsupportedTransferCoding);
    row("TE empty", post("Transfer-Encoding:\r\n"), E::UnsupportedTransferCoding);
    row("TE twice", post("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n"),
        E::UnsupportedTransferCoding);
    row("TE in HTTP/1.0", QByteArrayLiteral("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n"),
        E::UnsupportedTransferCoding);

    // Host.
    row("missing Host", QByteArrayLiteral("GET / HTTP/1.1\r\n\r\n"), E::MissingHost);
    row("missing Host absolute-form", QByteArrayLiteral("GET http://example.com/ HTTP/1.1\r\n\r\n"),
        E::MissingHost);
    row("missing Host CONNECT", QByteArrayLiteral("CONNECT example.com:443 HTTP/1.1\r\n\r\n"),
        E::MissingHost);
    row("double Host", get("Host: example.com\r\n"), E::DuplicateHost);
    row("double Host differing", get("host: evil.example\r\n"), E::DuplicateHost);
    row("double Host HTTP/1.0", QByteArrayLiteral("GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n"),
        E::DuplicateHost);
    const auto host = [](const QByteArray &value) -> QByteArray {
        return "GET / HTTP/1.1\r\nHost: " + value + "\r\n\r\n";
    };
    row("Host empty", host(""), E::BadHost);
    row("Host list", host("a.example, b.example"), E::BadHost);
    row("Host with space", host("exa mple.com"), E::BadHost);
    row("Host port zero", host("example.com:0"), E::BadHost);
    row("Host port too big", host("example.com:65536"), E::BadHost);
    row("Host port letters", host("example.com:8o"), E::BadHost);
    row("Host port only", host(":80"), E::BadHost);
    row("Host two ports", host("example.com:80:81"), E::BadHost);
    row("Host userinfo", host("user@example.com"), E::BadHost);
    row("Host percent", host("exa%6dple.com"), E::BadHost);
    row("Host unclosed IPv6", host("[::1"), E::BadHost);
    row("Host bad IPv6", host("[zz::1]"), E::BadHost);
    row("Host IPv6 zone", host("[fe80::1%25eth0]"), E::BadHost);
    row("Host IPv4 in brackets", host("[192.0.2.1]"), E::BadHost);
    row("Host junk after IPv6", host("[::1]x"), E::BadHost);
    row("Host too long", host(QByteArray(255, 'a')), E::BadHost);
    row("absolute empty host", line("GET http:///path HTTP/1.1"), E::BadHost);
    row("absolute empty host with port", line("GET http://:80/ HTTP/1.1"), E::BadHost);
    row("absolute bad port", line("GET http://example.com:99999/ HTTP/1.1"), E::BadHost);
    row("absolute port letters", line("GET http://example.com:http/ HTTP/1.1"), E::BadHost);
    row("absolute bad host char", line("GET http://exa!mple.com/ HTTP/1.1"), E::BadHost);

    // Targets.
    row("absolute userinfo", line("GET http://user:pass@example.com/ HTTP/1.1"), E::BadTarget);
    row("absolute empty userinfo", line("GET http://@example.com/ HTTP/1.1"), E::BadTarget);
    row("absolute fragment", line("GET http://example.com/#top HTTP/1.1"), E::BadTarget);
    row("origin fragment", line("GET /page#top HTTP/1.1"), E::BadTarget);
    row("CONNECT without port", line("CONNECT example.com HTTP/1.1"), E::BadTarget);
    row("CONNECT empty port", line("CONNECT example.com: HTTP/1.1"), E::BadTarget);
    row("CONNECT port zero", line("CONNECT example.com:0 HTTP/1.1"), E::BadTarget);
    row("CONNECT port too big", line("CONNECT example.com:65536 HTTP/1.1"), E::BadTarget);
    row("CONNECT IPv6 without port", line("CONNECT [::1] HTTP/1.1"), E::BadTarget);
    row("CONNECT origin-form", line("CONNECT / HTTP/1.1"), E::BadTarget);
    row("CONNECT absolute-form", line("CONNECT http://example.com:443 HTTP/1.1"), E::BadTarget);
    row("CONNECT userinfo", line("CONNECT user@example.com:443 HTTP/1.1"), E::BadTarget);
    row("asterisk with GET", line("GET * HTTP/1.1"), E::BadTarget);
    row("asterisk with M-SEARCH", line("M-SEARCH * HTTP/1.1"), E::BadTarget);
    row("authority-form with GET", line("GET example.com:80 HTTP/1.1"), E::BadTarget);
    row("relative path", line("GET index.html HTTP/1.1"), E::BadTarget);
    row("scheme without slashes", line("GET http:example.com HTTP/1.1"), E::BadTarget);
    row("scheme one slash", line("GET http:/example.com HTTP/1.1"), E::BadTarget);
    row("bad scheme characters", line("GET ht_tp://example.com/ HTTP/1.1"), E::BadTarget);
    row("empty scheme", line("GET ://example.com/ HTTP/1.1"), E::BadTarget);
    row("https", line("GET https://example.com/ HTTP/1.1"), E::UnsupportedScheme);
    row("HTTPS upper-case", line("GET HTTPS://example.com/ HTTP/1.1"), E::UnsupportedScheme);
    row("ftp", line("GET ftp://example.com/ HTTP/1.1"), E::UnsupportedScheme);
    row("ws", line("GET ws://example.com/ HTTP/1.1"), E::UnsupportedScheme);
    row("httpx", line("GET httpx://example.com/ HTTP/1.1"), E::UnsupportedScheme);
}

void TestHttpParser::requestRejected()
{
    QFETCH(QByteArray, input);
    QFETCH(ParseError, error);

    RequestHead head;
    QCOMPARE(parseRequestHead(input, head), error);
}

void TestHttpParser::requestLimits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxHeaderCount");
    QTest::addColumn<qsizetype>("maxHeadBytes");
    QTest::addColumn<ParseError>("error");

    QTest::newRow("100 fields") << manyHeaders(100) << 100 << qsizetype(64 * 1024) << ParseError::None;
    QTest::newRow("101 fields") << manyHeaders(101) << 100 << qsizetype(64 * 1024)
                                << ParseError::TooManyHeaders;
    QTest::newRow("custom count") << manyHeaders(4) << 3 << qsizetype(64 * 1024)
                                  << ParseError::TooManyHeaders;
    const QByteArray big = "GET / HTTP/1.1\r\n" + kHost + "X: " + QByteArray(64 * 1024, 'x') + "\r\n\r\n";
    QTest::newRow("oversized head") << big << 100 << qsizetype(64 * 1024) << ParseError::HeadTooLarge;
    QTest::newRow("at size limit") << manyHeaders(2) << 100 << manyHeaders(2).size() << ParseError::None;
    QTest::newRow("one over size limit")
        << manyHeaders(2) << 100 << manyHeaders(2).size() - 1 << ParseError::HeadTooLarge;
}

void TestHttpParser::requestLimits()
{
    QFETCH(QByteArray, input);
    QFETCH(int, maxHeaderCount);
    QFETCH(qsizetype, maxHeadBytes);
    QFETCH(ParseError, error);

    Limits limits;
    limits.maxHeaderCount = maxHeaderCount;
    limits.maxHeadBytes = maxHeadBytes;
    RequestHead head;
    QCOMPARE(parseRequestHead(input, head, limits), error);
    // The scanner agrees on the size limit, so an oversized head never reaches the parser.
    HeadScanner scanner(maxHeadBytes);
    QCOMPARE(scanner.scan(input) < 0, error == ParseError::HeadTooLarge);
}

void TestHttpParser::requestConnection_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<bool>("expectsContinue");
    QTest::addColumn<bool>("isUpgrade");

    const auto row = [](const char *name, const char *version, const char *fields, bool keep, bool expect,
                        bool upgrade) {
        QTest::newRow(name) << "GET / HTTP/" + QByteArray(version) + "\r\n" + kHost + fields + "\r\n"
                            << keep << expect << upgrade;
    };
    row("1.1 default", "1.1", "", true, false, false);
    row("1.1 close", "1.1", "Connection: close\r\n", false, false, false);
    row("1.1 close in list", "1.1", "Connection: keep-alive, CLOSE\r\n", false, false, false);
    row("1.1 close in second field", "1.1", "Connection: foo\r\nConnection: close\r\n", false, false, false);
    row("1.1 closed is not close", "1.1", "Connection: closed\r\n", true, false, false);
    row("1.0 default", "1.0", "", false, false, false);
    row("1.0 keep-alive", "1.0", "Connection: Keep-Alive\r\n", true, false, false);
    row("1.0 keep-alive and close", "1.0", "Connection: keep-alive, close\r\n", false, false, false);
    row("expect 100-continue", "1.1", "Expect: 100-Continue\r\n", true, true, false);
    row("expect other", "1.1", "Expect: 200-ok\r\n", true, false, false);
    row("expect with suffix", "1.1", "Expect: 100-continue; x\r\n", true, false, false);
    row("upgrade", "1.1", "Connection: Upgrade\r\nUpgrade: websocket\r\n", true, false, true);
    row("upgrade in list", "1.1", "Connection: keep-alive, upgrade\r\nUpgrade: h2c\r\n", true, false, true);
    row("upgrade header only", "1.1", "Upgrade: websocket\r\n", true, false, false);
    row("upgrade token only", "1.1", "Connection: upgrade\r\n", true, false, false);
}

void TestHttpParser::requestConnection()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, keepAlive);
    QFETCH(bool, expectsContinue);
    QFETCH(bool, isUpgrade);

    RequestHead head;
    QCOMPARE(parseRequestHead(input, head), ParseError::None);
    QCOMPARE(head.keepAlive(), keepAlive);
    QCOMPARE(head.expectsContinue(), expectsContinue);
    QCOMPARE(head.isUpgrade(), isUpgrade);
}

void TestHttpParser::requestHeadersKept()
{
    const QByteArray input = QByteArrayLiteral("GET / HTTP/1.1\r\nHost:example.com\r\nX-A:  one  \r\n"
                                               "x-a: two\r\nX-Empty:\r\n\r\n");
    RequestHead head;
    QCOMPARE(parseRequestHead(input, head), ParseError::None);
    QCOMPARE(head.headers.size(), 4);
    QCOMPARE(head.headers.fields().at(1).name, QByteArrayLiteral("X-A"));
    QCOMPARE(head.headers.values("X-A"), (QList<QByteArray>{"one", "two"}));
    QCOMPARE(head.headers.value("Host"), QByteArrayLiteral("example.com"));
    QVERIFY(!head.headers.value("X-Empty").isNull());
    QVERIFY(head.headers.value("X-Empty").isEmpty());
}

// --- responses ----------------------------------------------------------------------------------

QTEST_APPLESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
