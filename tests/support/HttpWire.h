#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace Veil::Test {

/**
 * One HTTP/1.1 message as seen on the wire by a test client or test origin. Deliberately independent
 * of the engine's parser: the tests must not trust the code they test to read its own output.
 */
struct WireMessage
{
    QByteArray head;      ///< raw head including the final empty line
    QByteArray startLine; ///< request or status line without CRLF
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;     ///< payload (chunked framing removed)
    QByteArray rawBody;  ///< body bytes exactly as received (chunk sizes and trailers included)
    QByteArray trailers; ///< raw trailer fields of a chunked body ("Name: value\r\n"...)

    QByteArray method; ///< requests
    QByteArray target; ///< requests
    int status = 0;    ///< responses

    /** First value of @p name (case-insensitive), null when absent. */
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const { return !header(name).isNull(); }
    int headerCount(QByteArrayView name) const;
    bool isChunked() const;
};

enum class Parse
{
    Incomplete,
    Complete,
    Error
};

/** Parses one request from the front of @p buffer; on Complete its bytes are removed. */
Parse takeRequest(QByteArray &buffer, WireMessage *out);

/**
 * Parses one response from the front of @p buffer; on Complete its bytes are removed. A 1xx
 * response completes after its head. @p headRequest: the answer to HEAD (never a body).
 * @p eof: the connection closed, which ends a close-delimited body.
 */
Parse takeResponse(QByteArray &buffer, WireMessage *out, bool headRequest = false, bool eof = false);

/**
 * Decodes one chunked body at the front of @p data. Returns the bytes it spans (0: incomplete,
 * -1: malformed) and fills @p payload and @p trailers.
 */
qsizetype parseChunked(QByteArrayView data, QByteArray *payload, QByteArray *trailers);

/** "HTTP/1.1 <status> <reason>" + Content-Length + @p extraHeaders + body. */
QByteArray makeResponse(int status, const QByteArray &body = {}, const QByteArray &extraHeaders = {});

/** Chunked encoding of @p chunks followed by the last chunk and @p trailers ("Name: v\r\n"...). */
QByteArray chunked(const QList<QByteArray> &chunks, const QByteArray &trailers = {});

} // namespace Veil::Test
