#pragma once

// Internal building blocks shared by the request, response and body parsers. Not public API:
// nothing outside core/http/ should include this header.

#include "http/HttpParser.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Veil::Http::Syntax {

/** Bound on empty lines skipped before a start line; HeadScanner and the parsers must agree. */
inline constexpr int kMaxLeadingEmptyLines = 16;
/** Longest host name we accept (DNS limit plus a trailing dot). */
inline constexpr qsizetype kMaxHostLength = 254;

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
inline bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool isOws(char c)
{
    return c == ' ' || c == '\t';
}
inline char toLowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}
int hexValue(char c); ///< 0..15, or -1

/** tchar from RFC 9110 §5.6.2. */
bool isTokenChar(char c);
bool isToken(QByteArrayView s);
/** Field-value octets: VCHAR, obs-text, SP and HTAB (no NUL, no other CTL). */
bool isFieldValueChar(char c);

QByteArrayView trimOws(QByteArrayView s);
QByteArray toLowerAscii(QByteArrayView s);

/**
 * Matches HTTP-version ("HTTP/" DIGIT "." DIGIT, case-sensitive). Returns false when the syntax is
 * wrong; the caller decides which versions it supports.
 */
bool parseHttpVersion(QByteArrayView s, int &major, int &minor);

/** One line of a head: content without its terminator. */
struct Line
{
    QByteArrayView content;
    bool terminated = false; ///< a LF was found
    bool bareLf = false;     ///< terminated by LF without a preceding CR
};

/** Splits a head into lines without copying. */
class LineReader
{
public:
    explicit LineReader(QByteArrayView data)
        : m_data(data)
    {}
    bool atEnd() const { return m_pos >= m_data.size(); }
    Line next();
    /** Skips the empty lines RFC 9112 §2.2 lets a recipient ignore before the start line. */
    void skipLeadingEmptyLines();

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

/**
 * Splits a field line into name and value (OWS trimmed). Checks the name is a token with no
 * whitespace before the colon and the value holds no CTL. Bare CR is the caller's check.
 */
ParseError parseFieldLine(QByteArrayView line, QByteArrayView &name, QByteArrayView &value);

enum class MessageKind : std::uint8_t
{
    Request,
    Response
};

/**
 * Parses field lines up to and including the empty line that ends the head, appending to
 * @p headers. Requests reject obs-fold and bare LF; responses unfold and accept bare LF
 * (RFC 9112 §2.2, §5.2). The reader must be exhausted by the empty line.
 */
ParseError parseFieldSection(LineReader &reader, MessageKind kind, Headers &headers, const Limits &limits);

/**
 * Content-Length over all its fields: every element must be 1*DIGIT without overflow, and all
 * elements (comma lists and repeated fields) must agree (RFC 9110 §8.6).
 */
ParseError parseContentLength(const Headers &headers, qint64 &out);

/** Host and port as found in an authority or a Host field. */
struct HostPort
{
    QByteArray host; ///< lower-case, IPv6 without brackets
    quint16 port = 0;
    bool hasPort = false;
};

/**
 * Parses uri-host [":" port]. The host is a bracketed IPv6 literal or a reg-name of ALPHA DIGIT
 * "-" "." "_" "~" (IPv4 literals included); an empty port counts as absent, as RFC 3986 allows.
 */
bool parseHostPort(QByteArrayView s, HostPort &out);

} // namespace Veil::Http::Syntax
