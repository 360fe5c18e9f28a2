#pragma once

#include "http/HttpHeaders.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

namespace Veil::Http {

/** Why a message was rejected. Each maps to a short English reason for logs and error pages. */
enum class ParseError : std::uint8_t
{
    None,
    HeadTooLarge,       ///< head exceeds Limits::maxHeadBytes (431 for requests)
    TooManyHeaders,     ///< more than Limits::maxHeaderCount fields (431)
    BadRequestLine,     ///< method / target / version malformed, extra spaces, …
    BadStatusLine,      ///< response status line malformed
    UnsupportedVersion, ///< not HTTP/1.0 or HTTP/1.1 (505)
    BadHeaderName,      ///< empty name, non-token char, whitespace before colon
    BadHeaderValue,     ///< CTL or NUL in a value
    ObsoleteLineFolding,
    BareCarriageReturn,
    BareLineFeed,
    ConflictingFraming,        ///< both Content-Length and Transfer-Encoding
    BadContentLength,          ///< not digits, overflow, or differing duplicates
    UnsupportedTransferCoding, ///< request TE other than exactly "chunked" (501)
    MissingHost,               ///< HTTP/1.1 request without Host
    DuplicateHost,
    BadHost,           ///< Host / authority not a valid host[:port]
    BadTarget,         ///< target form not valid for the method, bad URI, userinfo present
    UnsupportedScheme, ///< absolute-form with a scheme other than http
    BadChunkSize,
    BadChunkExtension,
    BadChunkTerminator, ///< missing CRLF after chunk data
    TrailersTooLarge,
    BadTrailer,
};

/** Short human-readable reason ("conflicting Content-Length and Transfer-Encoding"). */
const char *parseErrorText(ParseError error);

/** Parser limits; defaults follow DESIGN.md. */
struct Limits
{
    qsizetype maxHeadBytes = 64 * 1024;
    int maxHeaderCount = 100;
    qsizetype maxTrailerBytes = 16 * 1024;
    qsizetype maxChunkLineBytes = 4 * 1024; ///< size line incl. extensions
};

enum class TargetForm : std::uint8_t
{
    Origin,
    Absolute,
    Authority,
    Asterisk
};

/** How a message body is delimited (RFC 9112 §6.3). */
enum class Framing : std::uint8_t
{
    None,          ///< no body
    ContentLength, ///< exactly contentLength bytes
    Chunked,       ///< chunked transfer coding (possibly with trailers)
    UntilClose,    ///< response body ends when the origin closes (responses only)
    Tunnel,        ///< after the head the connection becomes a byte tunnel (2xx CONNECT, 101)
};

struct RequestHead
{
    QByteArray method;    ///< as received (case-sensitive token)
    QByteArray target;    ///< request-target as received
    int versionMinor = 1; ///< HTTP/1.<versionMinor>
    Headers headers;

    TargetForm form = TargetForm::Origin;
    /** From the absolute-form URI or authority-form target; lower-case host, no brackets for IPv6. */
    QByteArray scheme;
    QByteArray host;
    quint16 port = 0;
    /** Path and query for absolute- and origin-form ("/" when the absolute URI had no path). */
    QByteArray pathAndQuery;

    Framing framing = Framing::None;
    qint64 contentLength = 0;

    /** Whether the client wants the connection kept open after this exchange. */
    bool keepAlive() const;
    bool expectsContinue() const; ///< "Expect: 100-continue"
    bool isUpgrade() const;       ///< Connection: upgrade + Upgrade header present
};

struct ResponseHead
{
    int versionMinor = 1;
    int status = 0;
    QByteArray reason;
    Headers headers;

    Framing framing = Framing::None;
    qint64 contentLength = 0;

    bool keepAlive() const;
    bool isInformational() const { return status >= 100 && status < 200; }
};

/**
 * Finds the end of a message head in a growing buffer without rescanning old bytes.
 * Leading empty lines before a request line are skipped (RFC 9112 §2.2) and counted in the
 * returned length.
 */
class HeadScanner
{
public:
    explicit HeadScanner(qsizetype maxHeadBytes = 64 * 1024)
        : m_max(maxHeadBytes)
    {}

    /**
     * Scans @p buffer (which starts at the message head and only grows between calls).
     * Returns the length of the head including its terminating empty line, 0 when more data
     * is needed, or -1 when the head exceeds the limit (HeadTooLarge).
     */
    qsizetype scan(QByteArrayView buffer);
    /** Forgets the scanned prefix; call before scanning the next message. */
    void reset()
    {
        m_pos = 0;
        m_lineStart = 0;
        m_headLength = 0;
        m_emptyLinesSkipped = 0;
        m_inPrefix = true;
    }

private:
    qsizetype m_max;
    qsizetype m_pos = 0;        ///< next byte to scan
    qsizetype m_lineStart = 0;  ///< first byte of the line being scanned
    qsizetype m_headLength = 0; ///< once found, repeated scans return it
    int m_emptyLinesSkipped = 0;
    bool m_inPrefix = true; ///< still skipping empty lines before the start line
};

/**
 * Parses a complete request head (as delimited by HeadScanner). Applies every strictness rule in
 * DESIGN.md and derives form, host, port, pathAndQuery and body framing.
 * On failure returns the error; @p out is then unspecified.
 */
ParseError parseRequestHead(QByteArrayView head, RequestHead &out, const Limits &limits = Limits());

/**
 * Parses a complete response head. @p requestMethod decides framing (HEAD, CONNECT).
 * Responses are parsed a little more leniently than requests where RFC 9112 allows (obs-fold is
 * replaced by SP), but framing conflicts are always errors.
 */
ParseError parseResponseHead(QByteArrayView head, QByteArrayView requestMethod, ResponseHead &out,
                             const Limits &limits = Limits());

/**
 * Incremental body delimiter. It validates framing and reports how many input bytes belong to the
 * body so the caller can forward those bytes verbatim; for chunked bodies it also exposes the
 * decoded payload through an optional sink (used later by the cache).
 */
class BodyDecoder
{
public:
    BodyDecoder() = default;
    BodyDecoder(Framing framing, qint64 contentLength, const Limits &limits = Limits());

    struct Step
    {
        qsizetype consumed = 0; ///< bytes of the input that belong to this body
        bool done = false;      ///< body complete; bytes after `consumed` belong to the next message
        ParseError error = ParseError::None;
    };

    /**
     * Feeds @p data. The decoder never consumes past the end of the body. For UntilClose it
     * consumes everything and is done only after finishAtEof().
     */
    Step feed(QByteArrayView data);

    /** Call when the peer closed. Returns true when that is a valid end of this body. */
    bool finishAtEof();

    /**
     * Appends every payload byte (chunk data without sizes, extensions and trailers) to @p sink
     * as it is fed; null (the default) stops. The caller keeps @p sink alive and bounds it.
     */
    void setPayloadSink(QByteArray *sink) { m_sink = sink; }

    bool isDone() const { return m_state == State::Done; }
    Framing framing() const { return m_framing; }
    /** Payload bytes seen so far (chunk data only for chunked). */
    qint64 payloadBytes() const { return m_payload; }

private:
    enum class State : std::uint8_t
    {
        Body,      ///< Content-Length / UntilClose bytes
        ChunkSize, ///< reading "hex[;ext]\r\n"
        ChunkData,
        ChunkDataCR,
        ChunkDataLF,
        Trailers, ///< reading trailer lines until an empty line
        Done,
    };

    enum class LineStatus : std::uint8_t
    {
        Complete,
        Partial,
        TooLong
    };
    LineStatus takeLine(QByteArrayView data, qsizetype &pos, qsizetype budget, QByteArrayView &line);
    ParseError onChunkSizeLine(QByteArrayView line);
    ParseError onTrailerLine(QByteArrayView line);
    Step feedChunked(QByteArrayView data);

    Framing m_framing = Framing::None;
    State m_state = State::Done;
    ParseError m_error = ParseError::None; ///< sticky: a failed body stays failed
    Limits m_limits;
    qint64 m_remaining = 0;
    qint64 m_payload = 0;
    QByteArray m_line; ///< partial chunk-size or trailer line (bounded)
    qsizetype m_trailerBytes = 0;
    QByteArray *m_sink = nullptr;
};

} // namespace Veil::Http
