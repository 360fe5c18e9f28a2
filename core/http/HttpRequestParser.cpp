// parseRequestHead() and RequestHead: the request side of HttpParser.h. Every rule here exists
// because a proxy that reads a message differently from the origin behind it can be used to
// smuggle requests (RFC 9112 §11.2); when in doubt the request is rejected.

#include "http/HttpParser.h"

#include "http/HttpSyntax.h"

namespace Veil::Http {

using namespace Syntax;

namespace {

bool isVersionSupported(int major, int minor)
{
    return major == 1 && (minor == 0 || minor == 1);
}

/** method SP request-target SP HTTP-version, with exactly one SP each (RFC 9112 §3). */
ParseError parseRequestLine(QByteArrayView line, RequestHead &out)
{
    const qsizetype sp1 = line.indexOf(' ');
    if (sp1 <= 0)
        return ParseError::BadRequestLine;
    const QByteArrayView method = line.first(sp1);
    if (!isToken(method))
        return ParseError::BadRequestLine;

    const QByteArrayView rest = line.sliced(sp1 + 1);
    const qsizetype sp2 = rest.indexOf(' ');
    const QByteArrayView target = sp2 < 0 ? rest : rest.first(sp2);
    if (target.isEmpty())
        return ParseError::BadRequestLine;
    for (char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return ParseError::BadRequestLine;
    }

    if (sp2 < 0) {
        // "GET /path" is an HTTP/0.9 simple request: a version we do not speak, not garbage.
        if (method == QByteArrayView("GET") && target.front() == '/')
            return ParseError::UnsupportedVersion;
        return ParseError::BadRequestLine;
    }

    int major = 0;
    int minor = 0;
    if (!parseHttpVersion(rest.sliced(sp2 + 1), major, minor))
        return ParseError::BadRequestLine;
    if (!isVersionSupported(major, minor))
        return ParseError::UnsupportedVersion;

    out.method = method.toByteArray();
    out.target = target.toByteArray();
    out.versionMinor = minor;
    return ParseError::None;
}

bool isSchemeValid(QByteArrayView scheme)
{
    if (scheme.isEmpty() || !isAlpha(scheme.front()))
        return false;
    for (char c : scheme) {
        if (!isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.')
            return false;
    }
    return true;
}

/** Classifies the target (RFC 9112 §3.2) and fills form, scheme, host, port and pathAndQuery. */
ParseError parseTarget(RequestHead &out)
{
    const QByteArrayView target = out.target;
    // A fragment is never sent (RFC 9112 §3.2); a client that sends one is confused or probing.
    if (target.contains('#'))
        return ParseError::BadTarget;

    if (out.method == QByteArrayView("CONNECT")) {
        HostPort authority;
        if (!parseHostPort(target, authority) || !authority.hasPort)
            return ParseError::BadTarget;
        out.form = TargetForm::Authority;
        out.host = std::move(authority.host);
        out.port = authority.port;
        return ParseError::None;
    }

    if (target == QByteArrayView("*")) {
        if (out.method != QByteArrayView("OPTIONS"))
            return ParseError::BadTarget;
        out.form = TargetForm::Asterisk;
        return ParseError::None;
    }

    if (target.front() == '/') {
        out.form = TargetForm::Origin;
        out.pathAndQuery = out.target;
        return ParseError::None;
    }

    const qsizetype separator = target.indexOf(QByteArrayView("://"));
    if (separator < 0 || !isSchemeValid(target.first(separator)))
        return ParseError::BadTarget;
    if (!equalsIgnoreCase(target.first(separator), "http"))
        return ParseError::UnsupportedScheme;

    const QByteArrayView afterScheme = target.sliced(separator + 3);
    qsizetype authorityEnd = 0;
    while (authorityEnd < afterScheme.size() && afterScheme[authorityEnd] != '/' &&
           afterScheme[authorityEnd] != '?') {
        ++authorityEnd;
    }
    const QByteArrayView authority = afterScheme.first(authorityEnd);
    // Credentials in the URI would be forwarded or logged; no legitimate client sends them.
    if (authority.contains('@'))
        return ParseError::BadTarget;
    HostPort hostPort;
    if (!parseHostPort(authority, hostPort))
        return ParseError::BadHost;

    out.form = TargetForm::Absolute;
    out.scheme = QByteArrayLiteral("http");
    out.host = std::move(hostPort.host);
    out.port = hostPort.hasPort ? hostPort.port : quint16(80);
    const QByteArrayView path = afterScheme.sliced(authorityEnd);
    if (path.isEmpty())
        out.pathAndQuery = QByteArrayLiteral("/");
    else if (path.front() == '?')
        out.pathAndQuery = QByteArrayLiteral("/") + path.toByteArray();
    else
        out.pathAndQuery = path.toByteArray();
    return ParseError::None;
}

/** RFC 9112 §3.2: exactly one valid Host in HTTP/1.1, at most one in HTTP/1.0. */
ParseError checkHost(const RequestHead &head)
{
    const qsizetype hosts = head.headers.count("Host");
    if (hosts > 1)
        return ParseError::DuplicateHost;
    if (hosts == 0)
        return head.versionMinor >= 1 ? ParseError::MissingHost : ParseError::None;
    HostPort hostPort;
    if (!parseHostPort(head.headers.value("Host"), hostPort))
        return ParseError::BadHost;
    return ParseError::None;
}

/** RFC 9112 §6.1–6.3, with every ambiguity that allows smuggling treated as an error. */
ParseError parseFraming(RequestHead &head)
{
    const qsizetype transferEncodings = head.headers.count("Transfer-Encoding");
    const qsizetype contentLengths = head.headers.count("Content-Length");
    if (transferEncodings > 0 && contentLengths > 0)
        return ParseError::ConflictingFraming;

    if (transferEncodings > 0) {
        // Only a lone "chunked" is unambiguous: any other list invites the next hop to decode
        // differently, and HTTP/1.0 has no chunked coding at all (RFC 9112 §6.1).
        if (head.versionMinor == 0 || transferEncodings > 1 ||
            !equalsIgnoreCase(head.headers.value("Transfer-Encoding"), "chunked")) {
            return ParseError::UnsupportedTransferCoding;
        }
        head.framing = Framing::Chunked;
        return ParseError::None;
    }

    if (contentLengths > 0) {
        if (const ParseError error = parseContentLength(head.headers, head.contentLength);
            error != ParseError::None) {
            return error;
        }
        head.framing = Framing::ContentLength;
        return ParseError::None;
    }

    head.framing = Framing::None;
    return ParseError::None;
}

} // namespace

ParseError parseRequestHead(QByteArrayView head, RequestHead &out, const Limits &limits)
{
    out = RequestHead();
    if (head.size() > limits.maxHeadBytes)
        return ParseError::HeadTooLarge;

    LineReader reader(head);
    reader.skipLeadingEmptyLines();
    const Line start = reader.next();
    if (!start.terminated)
        return ParseError::BadRequestLine;
    if (start.content.contains('\r'))
        return ParseError::BareCarriageReturn;
    if (start.bareLf)
        return ParseError::BareLineFeed;

    ParseError error = parseRequestLine(start.content, out);
    if (error == ParseError::None)
        error = parseFieldSection(reader, MessageKind::Request, out.headers, limits);
    if (error == ParseError::None)
        error = parseTarget(out);
    if (error == ParseError::None)
        error = checkHost(out);
    if (error == ParseError::None)
        error = parseFraming(out);
    return error;
}

bool RequestHead::keepAlive() const
{
    if (headers.hasToken("Connection", "close"))
        return false;
    return versionMinor >= 1 || headers.hasToken("Connection", "keep-alive");
}

bool RequestHead::expectsContinue() const
{
    return equalsIgnoreCase(headers.value("Expect"), "100-continue");
}

bool RequestHead::isUpgrade() const
{
    return headers.hasToken("Connection", "upgrade") && headers.contains("Upgrade");
}

} // namespace Veil::Http
