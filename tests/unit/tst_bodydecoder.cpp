#include "HttpTestHelpers.h"

#include "http/HttpParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Veil::Http;

namespace {

struct Outcome
{
    qsizetype consumed = 0;
    bool done = false;
    ParseError error = ParseError::None;
    qint64 payload = 0;
    QByteArray decoded;       ///< what the payload sink collected
    bool contractKept = true; ///< every feed consumed all input unless done or failed
};

/** Feeds @p input in pieces of @p piece bytes (0: all at once; -1: random sizes). */
Outcome run(Framing framing, qint64 length, QByteArrayView input, qsizetype piece, const Limits &limits = {})
{
    BodyDecoder decoder(framing, length, limits);
    Outcome out;
    decoder.setPayloadSink(&out.decoded);
    QRandomGenerator random(quint32(input.size()));
    qsizetype pos = 0;
    while (true) {
        qsizetype n = input.size() - pos;
        if (piece > 0)
            n = qMin(n, piece);
        else if (piece < 0)
            n = qMin(n, qsizetype(random.bounded(1, 9)));
        const BodyDecoder::Step step = decoder.feed(input.sliced(pos, n));
        if (step.consumed < 0 || step.consumed > n)
            out.contractKept = false;
        out.consumed += step.consumed;
        pos += step.consumed;
        if (step.error != ParseError::None) {
            out.error = step.error;
            break;
        }
        if (step.done) {
            out.done = true;
            break;
        }
        if (step.consumed != n)
            out.contractKept = false;
        if (pos == input.size())
            break;
    }
    out.payload = decoder.payloadBytes();
    if (out.done != decoder.isDone())
        out.contractKept = false;
    return out;
}

} // namespace

class TestBodyDecoder : public QObject
{
    Q_OBJECT

private slots:
    void contentLength_data();
    void contentLength();
    void noBody_data();
    void noBody();
    void untilClose();
    void chunked_data();
    void chunked();
    void chunkedErrors_data();
    void chunkedErrors();
    void limits_data();
    void limits();
    void errorIsSticky();
    void payloadSink_data();
    void payloadSink();
    void finishAtEof_data();
    void finishAtEof();
};

void TestBodyDecoder::contentLength_data()
{
    QTest::addColumn<qint64>("length");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("consumed");
    QTest::addColumn<bool>("done");

    QTest::newRow("exact") << qint64(5) << QByteArrayLiteral("hello") << qsizetype(5) << true;
    QTest::newRow("next message follows")
        << qint64(5) << QByteArrayLiteral("helloGET / HTTP/1.1") << qsizetype(5) << true;
    QTest::newRow("short") << qint64(10) << QByteArrayLiteral("hello") << qsizetype(5) << false;
    QTest::newRow("empty input") << qint64(3) << QByteArray() << qsizetype(0) << false;
    QTest::newRow("zero length") << qint64(0) << QByteArrayLiteral("next") << qsizetype(0) << true;
    QTest::newRow("binary") << qint64(4) << QByteArrayLiteral("\0\r\n\xff") << qsizetype(4) << true;
    QTest::newRow("huge length") << std::numeric_limits<qint64>::max() << QByteArray(1000, 'x')
                                 << qsizetype(1000) << false;
}

void TestBodyDecoder::contentLength()
{
    QFETCH(qint64, length);
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, consumed);
    QFETCH(bool, done);

    for (qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(3), qsizetype(-1)}) {
        const Outcome out = run(Framing::ContentLength, length, input, piece);
        QVERIFY(out.contractKept);
        QCOMPARE(out.consumed, consumed);
        QCOMPARE(out.done, done);
        QCOMPARE(out.error, ParseError::None);
        QCOMPARE(out.payload, qint64(consumed));
    }
}

void TestBodyDecoder::noBody_data()
{
    QTest::addColumn<Framing>("framing");
    QTest::newRow("none") << Framing::None;
    QTest::newRow("tunnel") << Framing::Tunnel;
}

void TestBodyDecoder::noBody()
{
    QFETCH(Framing, framing);

    BodyDecoder decoder(framing, 100);
    QVERIFY(decoder.isDone());
    QCOMPARE(decoder.framing(), framing);
    const BodyDecoder::Step step = decoder.feed("data");
    QCOMPARE(step.consumed, qsizetype(0));
    QVERIFY(step.done);
    QCOMPARE(step.error, ParseError::None);
    QVERIFY(decoder.finishAtEof());

    BodyDecoder defaulted;
    QVERIFY(defaulted.isDone());
    QCOMPARE(defaulted.feed("x").consumed, qsizetype(0));
}

void TestBodyDecoder::untilClose()
{
    BodyDecoder decoder(Framing::UntilClose, 0);
    QVERIFY(!decoder.isDone());
    for (int i = 0; i < 3; ++i) {
        const BodyDecoder::Step step = decoder.feed("0\r\n\r\nanything");
        QCOMPARE(step.consumed, qsizetype(13));
        QVERIFY(!step.done);
    }
    QCOMPARE(decoder.payloadBytes(), qint64(39));
    QVERIFY(decoder.finishAtEof());
    QVERIFY(decoder.isDone());
    QCOMPARE(decoder.feed("late").consumed, qsizetype(0));
}

void TestBodyDecoder::chunked_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("consumed");
    QTest::addColumn<qint64>("payload");
    QTest::addColumn<bool>("done");

    const auto row = [](const char *name, const QByteArray &input, qsizetype consumed, qint64 payload,
                        bool done = true) {
        QTest::newRow(name) << input << consumed << payload << done;
    };
    const QByteArray simple = QByteArrayLiteral("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");

    row("two chunks", simple, simple.size(), 11);
    row("next message follows", simple + "GET / HTTP/1.1\r\n", simple.size(), 11);
    row("empty body", QByteArrayLiteral("0\r\n\r\n"), 5, 0);
    row("upper-case hex", QByteArrayLiteral("A\r\n0123456789\r\n0\r\n\r\n"), 20, 10);
    row("lower-case hex", QByteArrayLiteral("a\r\n0123456789\r\n0\r\n\r\n"), 20, 10);
    row("leading zeros", QByteArrayLiteral("0000000000000000003\r\nabc\r\n000\r\n\r\n"), 33, 3);
    row("15 hex digits", QByteArrayLiteral("fffffffffffffff\r\nab"), 19, 2, false);
    row("binary data with CRLF inside", QByteArrayLiteral("4\r\n\r\n\0\n\r\n0\r\n\r\n"), 14, 4);
    row("extension", QByteArrayLiteral("3;name\r\nabc\r\n0\r\n\r\n"), 18, 3);
    row("extension with token value", QByteArrayLiteral("3;name=value\r\nabc\r\n0\r\n\r\n"), 24, 3);
    row("extension with quoted value", QByteArrayLiteral("3;n=\"a \\\"q\\\" ;=\"\r\nabc\r\n0\r\n\r\n"), 28,
        3);
    row("several extensions", QByteArrayLiteral("3;a;b=1;c=\"\"\r\nabc\r\n0;last\r\n\r\n"), 29, 3);
    row("BWS around ; and =", QByteArrayLiteral("3 ; a = 1\t;\tb\r\nabc\r\n0\r\n\r\n"), 25, 3);
    row("extension obs-text in quotes", QByteArrayLiteral("1;x=\"\xe9\"\r\nz\r\n0\r\n\r\n"), 17, 1);
    row("trailer field", QByteArrayLiteral("1\r\nz\r\n0\r\nExpires: never\r\nX-Sum:  1 \r\n\r\n"), 39, 1);
    row("trailer empty value", QByteArrayLiteral("0\r\nX-Empty:\r\n\r\n"), 15, 0);
    row("incomplete size line", QByteArrayLiteral("5"), 1, 0, false);
    row("incomplete data", QByteArrayLiteral("5\r\nhel"), 6, 3, false);
    row("incomplete after data", QByteArrayLiteral("5\r\nhello\r"), 9, 5, false);
    row("incomplete trailers", QByteArrayLiteral("0\r\nX: 1\r\n"), 9, 0, false);
    row("many small chunks", QByteArray("1\r\nx\r\n").repeated(200) + "0\r\n\r\n", 1205, 200);
}

void TestBodyDecoder::chunked()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, consumed);
    QFETCH(qint64, payload);
    QFETCH(bool, done);

    for (qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(7), qsizetype(-1)}) {
        const Outcome out = run(Framing::Chunked, 0, input, piece);
        QVERIFY2(out.contractKept, qPrintable(QString::number(piece)));
        QCOMPARE(out.error, ParseError::None);
        QCOMPARE(out.consumed, consumed);
        QCOMPARE(out.payload, payload);
        QCOMPARE(out.done, done);
    }
}

void TestBodyDecoder::chunkedErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ParseError>("error");

    const auto row = [](const char *name, const QByteArray &input, ParseError error) {
        QTest::newRow(name) << input << error;
    };
    using E = ParseError;

    row("negative size", QByteArrayLiteral("-1\r\n"), E::BadChunkSize);
    row("0x prefix", QByteArrayLiteral("0x10\r\n"), E::BadChunkSize);
    row("plus sign", QByteArrayLiteral("+5\r\n"), E::BadChunkSize);
    row("empty size", QByteArrayLiteral("\r\n"), E::BadChunkSize);
    row("16 hex digits", QByteArrayLiteral("1000000000000000\r\n"), E::BadChunkSize);
    row("int64 overflow", QByteArrayLiteral("ffffffffffffffffffff\r\n"), E::BadChunkSize);
    row("leading space", QByteArrayLiteral(" 5\r\nhello\r\n"), E::BadChunkSize);
    row("trailing space", QByteArrayLiteral("5 \r\nhello\r\n"), E::BadChunkSize);
    row("trailing tab", QByteArrayLiteral("5\t\r\nhello\r\n"), E::BadChunkSize);
    row("not hex", QByteArrayLiteral("g\r\n"), E::BadChunkSize);
    row("decimal point", QByteArrayLiteral("5.0\r\n"), E::BadChunkSize);
    row("bare CR in size", QByteArrayLiteral("5\r\r\n"), E::BadChunkSize);
    row("NUL after size", QByteArrayLiteral("5\0\r\n"), E::BadChunkSize);
    row("second chunk bad", QByteArrayLiteral("1\r\na\r\nzz\r\n"), E::BadChunkSize);
    row("extension without name", QByteArrayLiteral("5;\r\n"), E::BadChunkExtension);
    row("extension name not token", QByteArrayLiteral("5;a@b\r\n"), E::BadChunkExtension);
    row("extension empty value", QByteArrayLiteral("5;a=\r\n"), E::BadChunkExtension);
    row("extension trailing BWS", QByteArrayLiteral("5;a \r\n"), E::BadChunkExtension);
    row("extension unterminated quote", QByteArrayLiteral("5;a=\"x\r\n"), E::BadChunkExtension);
    row("extension CTL in quote", QByteArrayLiteral("5;a=\"\x01\"\r\n"), E::BadChunkExtension);
    row("extension junk after value", QByteArrayLiteral("5;a=b c\r\n"), E::BadChunkExtension);
    row("extension junk after quote", QByteArrayLiteral("5;a=\"b\"c\r\n"), E::BadChunkExtension);
    row("extension bad escape", QByteArrayLiteral("5;a=\"\\\x01\"\r\n"), E::BadChunkExtension);
    row("size line too long", "5;a=\"" + QByteArray(5000, 'x') + "\"\r\n", E::BadChunkExtension);
    row("zeros too long", QByteArray(5000, '0') + "\r\n", E::BadChunkExtension);
    row("endless size line", QByteArray(5000, 'a'), E::BadChunkExtension);
    row("bare LF after size", QByteArrayLiteral("5\nhello\r\n"), E::BadChunkTerminator);
    row("bare LF empty size line", QByteArrayLiteral("\n"), E::BadChunkTerminator);
    row("missing CRLF after data", QByteArrayLiteral("5\r\nhelloX\r\n"), E::BadChunkTerminator);
    row("data longer than size", QByteArrayLiteral("3\r\nhello\r\n"), E::BadChunkTerminator);
    row("bare LF after data", QByteArrayLiteral("5\r\nhello\n0\r\n\r\n"), E::BadChunkTerminator);
    row("CR CR after data", QByteArrayLiteral("5\r\nhello\r\r\n"), E::BadChunkTerminator);
    row("bare LF final line", QByteArrayLiteral("0\r\n\n"), E::BadChunkTerminator);
    row("trailer without colon", QByteArrayLiteral("0\r\nX-A 1\r\n\r\n"), E::BadTrailer);
    row("trailer space before colon", QByteArrayLiteral("0\r\nX-A : 1\r\n\r\n"), E::BadTrailer);
    row("trailer obs-fold", QByteArrayLiteral("0\r\nX-A: 1\r\n 2\r\n\r\n"), E::BadTrailer);
    row("trailer NUL", QByteArrayLiteral("0\r\nX-A: a\0b\r\n\r\n"), E::BadTrailer);
    row("trailer bare CR", QByteArrayLiteral("0\r\nX-A: a\rb\r\n\r\n"), E::BadTrailer);
    row("trailer bare LF", QByteArrayLiteral("0\r\nX-A: 1\n\r\n"), E::BadTrailer);
    row("trailer name not token", QByteArrayLiteral("0\r\nX(A): 1\r\n\r\n"), E::BadTrailer);
    row("trailers too large", "0\r\nX: " + QByteArray(17 * 1024, 'x') + "\r\n\r\n", E::TrailersTooLarge);
    row("trailers too large in sum",
        "0\r\n" + QByteArray("X-Pad: " + QByteArray(1000, 'p') + "\r\n").repeated(17), E::TrailersTooLarge);
}

void TestBodyDecoder::chunkedErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(ParseError, error);

    // The verdict, and where it was reached, must not depend on how the bytes arrive.
    const Outcome whole = run(Framing::Chunked, 0, input, 0);
    QCOMPARE(whole.error, error);
    QVERIFY(!whole.done);
    QVERIFY(whole.consumed <= input.size());
    for (qsizetype piece : {qsizetype(1), qsizetype(3), qsizetype(-1)}) {
        const Outcome out = run(Framing::Chunked, 0, input, piece);
        QVERIFY2(out.contractKept, qPrintable(QString::number(piece)));
        QCOMPARE(out.error, error);
        QCOMPARE(out.consumed, whole.consumed);
        QCOMPARE(out.payload, whole.payload);
        QVERIFY(!out.done);
    }
}

void TestBodyDecoder::limits_data()
{
    QTest::addColumn<qsizetype>("maxChunkLine");
    QTest::addColumn<qsizetype>("maxTrailers");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ParseError>("error");

    // Line limits count the whole line with its CRLF; the trailer limit the whole section.
    QTest::newRow("size line at limit")
        << qsizetype(5) << qsizetype(100) << QByteArrayLiteral("1;a\r\nx\r\n0\r\n\r\n") << ParseError::None;
    QTest::newRow("size line over limit")
        << qsizetype(4) << qsizetype(100) << QByteArrayLiteral("1;a\r\nx\r\n0\r\n\r\n")
        << ParseError::BadChunkExtension;
    QTest::newRow("trailers at limit")
        << qsizetype(100) << qsizetype(8) << QByteArrayLiteral("0\r\nX: 1\r\n\r\n") << ParseError::None;
    QTest::newRow("trailers over limit")
        << qsizetype(100) << qsizetype(7) << QByteArrayLiteral("0\r\nX: 1\r\n\r\n")
        << ParseError::TrailersTooLarge;
}

void TestBodyDecoder::limits()
{
    QFETCH(qsizetype, maxChunkLine);
    QFETCH(qsizetype, maxTrailers);
    QFETCH(QByteArray, input);
    QFETCH(ParseError, error);

    Limits limits;
    limits.maxChunkLineBytes = maxChunkLine;
    limits.maxTrailerBytes = maxTrailers;
    for (qsizetype piece : {qsizetype(0), qsizetype(1)}) {
        const Outcome out = run(Framing::Chunked, 0, input, piece, limits);
        QCOMPARE(out.error, error);
        QCOMPARE(out.done, error == ParseError::None);
    }
}

void TestBodyDecoder::errorIsSticky()
{
    BodyDecoder decoder(Framing::Chunked, 0);
    QCOMPARE(decoder.feed("zz\r\n").error, ParseError::BadChunkSize);
    const BodyDecoder::Step again = decoder.feed("0\r\n\r\n");
    QCOMPARE(again.error, ParseError::BadChunkSize);
    QCOMPARE(again.consumed, qsizetype(0));
    QVERIFY(!again.done);
    QVERIFY(!decoder.isDone());
    QVERIFY(!decoder.finishAtEof());
}

void TestBodyDecoder::finishAtEof_data()
{
    QTest::addColumn<Framing>("framing");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("valid");

    QTest::newRow("content-length complete")
        << Framing::ContentLength << qint64(2) << QByteArrayLiteral("ab") << true;
    QTest::newRow("content-length short")
        << Framing::ContentLength << qint64(3) << QByteArrayLiteral("ab") << false;
    QTest::newRow("chunked complete")
        << Framing::Chunked << qint64(0) << QByteArrayLiteral("0\r\n\r\n") << true;
    QTest::newRow("chunked cut in data")
        << Framing::Chunked << qint64(0) << QByteArrayLiteral("5\r\nab") << false;
    QTest::newRow("chunked before trailers end")
        << Framing::Chunked << qint64(0) << QByteArrayLiteral("0\r\n") << false;
    QTest::newRow("until close") << Framing::UntilClose << qint64(0) << QByteArrayLiteral("abc") << true;
    QTest::newRow("until close empty") << Framing::UntilClose << qint64(0) << QByteArray() << true;
    QTest::newRow("none") << Framing::None << qint64(0) << QByteArray() << true;
}

void TestBodyDecoder::finishAtEof()
{
    QFETCH(Framing, framing);
    QFETCH(qint64, length);
    QFETCH(QByteArray, input);
    QFETCH(bool, valid);

    BodyDecoder decoder(framing, length);
    decoder.feed(input);
    QCOMPARE(decoder.finishAtEof(), valid);
    QCOMPARE(decoder.isDone(), valid);
}

void TestBodyDecoder::payloadSink_data()
{
    QTest::addColumn<Framing>("framing");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("payload");

    QTest::newRow("chunked") << Framing::Chunked << qint64(0)
                             << QByteArrayLiteral("5\r\nhello\r\n6;x=1\r\n world\r\n0\r\nX: y\r\n\r\nNEXT")
                             << QByteArrayLiteral("hello world");
    QTest::newRow("chunked CRLF in data")
        << Framing::Chunked << qint64(0) << QByteArrayLiteral("4\r\n\r\n\r\n\r\n0\r\n\r\n")
        << QByteArrayLiteral("\r\n\r\n");
    QTest::newRow("content-length") << Framing::ContentLength << qint64(5) << QByteArrayLiteral("helloNEXT")
                                    << QByteArrayLiteral("hello");
    QTest::newRow("until close") << Framing::UntilClose << qint64(0) << QByteArrayLiteral("all of it")
                                 << QByteArrayLiteral("all of it");
}

void TestBodyDecoder::payloadSink()
{
    QFETCH(Framing, framing);
    QFETCH(qint64, length);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, payload);

    for (qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(3), qsizetype(-1)}) {
        const Outcome out = run(framing, length, input, piece);
        QCOMPARE(out.error, ParseError::None);
        QCOMPARE(out.decoded, payload);
        QCOMPARE(out.payload, qint64(payload.size()));
    }
}

QTEST_APPLESS_MAIN(TestBodyDecoder)

#include "tst_bodydecoder.moc"
