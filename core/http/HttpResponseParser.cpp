// parseResponseHead() and ResponseHead: the response side of HttpParser.h. Responses get the
// leniency RFC 9112 grants a user agent (obs-fold unfolded, bare LF accepted) but framing
// ambiguities stay errors, since a misread length desynchronises every later response.

#include "http/HttpParser.h"

#include "http/HttpSyntax.h"

namespace Veil::Http {

using namespace Syntax;

namespace {

/** HTTP-version SP 3DIGIT [SP reason-phrase] (RFC 9112 §4); the SP is optional when empty. */
ParseError parseStatusLine(QByteArrayView line, ResponseHead &out)
{
    int major = 0;
    int minor = 0;
    if (line.size() < 8 || !parseHttpVersion(line.first(8), major, minor))
        return ParseError::BadStatusLine;
    if (major != 1 || minor > 1)
        return ParseError::UnsupportedVersion;

    if (line.size() < 12 || line[8] != ' ')
        return ParseError::BadStatusLine;
    int status = 0;
    for (char c : line.sliced(9, 3)) {
        if (!isDigit(c))
            return ParseError::BadStatusLine;
        status = status * 10 + (c - '0');
    }
    if (status < 100)
        return ParseError::BadStatusLine;

    QByteArrayView reason;
    if (line.size() > 12) {
        if (line[12] != ' ')
            return ParseError::BadStatusLine;
        reason = line.sliced(13);
        for (char c : reason) {
            if (!isFieldValueChar(c))
                return ParseError::BadStatusLine;
        }
    }

    out.versionMinor = minor;
    out.status = status;
    out.reason = reason.toByteArray();
    return ParseError::None;
}

/** RFC 9112 §6.3, in its order of precedence. */
ParseError parseFraming(ResponseHead &head, QByteArrayView requestMethod)
{
    const int status = head.status;
    // The connection stops being HTTP after these heads; their length fields mean nothing
    // (RFC 9110 §9.3.6 tells a client to ignore them on a 2xx CONNECT).
    if (status == 101 || (requestMethod == QByteArrayView("CONNECT") && status >= 200 && status < 300)) {
        head.framing = Framing::Tunnel;
        return ParseError::None;
    }

    const qsizetype transferEncodings = head.headers.count("Transfer-Encoding");
    const qsizetype contentLengths = head.headers.count("Content-Length");
    // Checked even where the status says "no body": a server that sends both is confused or
    // hostile, and its next response on this connection could not be trusted.
    if (transferEncodings > 0 && contentLengths > 0)
        return ParseError::ConflictingFraming;
    qint64 length = 0;
    if (contentLengths > 0) {
        if (const ParseError error = parseContentLength(head.headers, length); error != ParseError::None)
            return error;
    }

    if (requestMethod == QByteArrayView("HEAD") || head.isInformational() || status == 204 || status == 304) {
        head.framing = Framing::None;
        return ParseError::None;
    }

    if (transferEncodings > 0) {
        // Only a final "chunked" delimits the body; anything else runs to the close. HTTP/1.0
        // has no chunked coding, so its Transfer-Encoding cannot be trusted either (§6.1).
        QByteArrayView last;
        for (const QByteArray &value : head.headers.values("Transfer-Encoding")) {
            const QList<QByteArrayView> codings = splitList(value);
            if (!codings.isEmpty())
                last = codings.back();
        }
        const bool chunked = head.versionMinor >= 1 && equalsIgnoreCase(last, "chunked");
        head.framing = chunked ? Framing::Chunked : Framing::UntilClose;
        return ParseError::None;
    }

    if (contentLengths > 0) {
        head.framing = Framing::ContentLength;
        head.contentLength = length;
        return ParseError::None;
    }

    head.framing = Framing::UntilClose;
    return ParseError::None;
}

} // namespace

ParseError parseResponseHead(QByteArrayView head, QByteArrayView requestMethod, ResponseHead &out,
                             const Limits &limits)
{
    out = ResponseHead();
    if (head.size() > limits.maxHeadBytes)
        return ParseError::HeadTooLarge;

    LineReader reader(head);
    reader.skipLeadingEmptyLines();
    const Line start = reader.next();
    if (!start.terminated)
        return ParseError::BadStatusLine;
    if (start.content.contains('\r'))
        return ParseError::BareCarriageReturn;

    ParseError error = parseStatusLine(start.content, out);
    if (error == ParseError::None)
        error = parseFieldSection(reader, MessageKind::Response, out.headers, limits);
    if (error == ParseError::None)
        error = parseFraming(out, requestMethod);
    return error;
}

bool ResponseHead::keepAlive() const
{
    // A body that ends at the close, or a connection that became a tunnel, cannot carry
    // another response.
    if (framing == Framing::UntilClose || framing == Framing::Tunnel)
        return false;
    if (headers.hasToken("Connection", "close"))
        return false;
    return versionMinor >= 1 || headers.hasToken("Connection", "keep-alive");
}

} // namespace Veil::Http
