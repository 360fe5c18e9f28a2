#include "http/HttpSyntax.h"

#include <QHostAddress>
#include <QString>

#include <array>
#include <limits>
#include <string_view>

namespace Veil::Http::Syntax {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

namespace {

// tchar lookup: header names are checked octet by octet on every request, so a table beats a switch.
constexpr auto kTokenTable = [] {
    std::array<bool, 256> table{};
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = table[c - 'a' + 'A'] = true;
    for (char c : std::string_view("!#$%&'*+-.^_`|~"))
        table[static_cast<unsigned char>(c)] = true;
    return table;
}();

} // namespace

bool isTokenChar(char c)
{
    return kTokenTable[static_cast<unsigned char>(c)];
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isFieldValueChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == '\t' || (u >= 0x20 && u != 0x7f);
}

QByteArrayView trimOws(QByteArrayView s)
{
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && isOws(s[begin]))
        ++begin;
    while (end > begin && isOws(s[end - 1]))
        --end;
    return s.sliced(begin, end - begin);
}

QByteArray toLowerAscii(QByteArrayView s)
{
    QByteArray out(s.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < s.size(); ++i)
        out[i] = toLowerAscii(s[i]);
    return out;
}

bool parseHttpVersion(QByteArrayView s, int &major, int &minor)
{
    if (s.size() != 8 || !s.startsWith(QByteArrayView("HTTP/")) || !isDigit(s[5]) || s[6] != '.' ||
        !isDigit(s[7])) {
        return false;
    }
    major = s[5] - '0';
    minor = s[7] - '0';
    return true;
}

Line LineReader::next()
{
    Line line;
    const qsizetype lf = m_data.indexOf('\n', m_pos);
    if (lf < 0) {
        line.content = m_data.sliced(m_pos);
        m_pos = m_data.size();
        return line;
    }
    QByteArrayView raw = m_data.sliced(m_pos, lf - m_pos);
    line.terminated = true;
    if (!raw.isEmpty() && raw.back() == '\r')
        raw.chop(1);
    else
        line.bareLf = true;
    line.content = raw;
    m_pos = lf + 1;
    return line;
}

void LineReader::skipLeadingEmptyLines()
{
    for (int i = 0; i < kMaxLeadingEmptyLines; ++i) {
        const QByteArrayView rest = m_data.sliced(m_pos);
        if (rest.startsWith('\n'))
            m_pos += 1;
        else if (rest.startsWith(QByteArrayView("\r\n")))
            m_pos += 2;
        else
            return;
    }
}

ParseError parseFieldLine(QByteArrayView line, QByteArrayView &name, QByteArrayView &value)
{
    if (!line.isEmpty() && isOws(line.front()))
        return ParseError::ObsoleteLineFolding;
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return ParseError::BadHeaderName;
    name = line.first(colon);
    // A space before the colon is a classic smuggling lever (RFC 9112 §5.1): the token check
    // rejects it together with every other non-token octet.
    if (!isToken(name))
        return ParseError::BadHeaderName;
    value = trimOws(line.sliced(colon + 1));
    for (char c : value) {
        if (!isFieldValueChar(c))
            return ParseError::BadHeaderValue;
    }
    return ParseError::None;
}

ParseError parseFieldSection(LineReader &reader, MessageKind kind, Headers &headers, const Limits &limits)
{
    const bool request = kind == MessageKind::Request;
    // A head that stops before its empty line (or goes on after it) was not delimited by
    // HeadScanner; report it against the start line, the only thing both cases share.
    const ParseError incomplete = request ? ParseError::BadRequestLine : ParseError::BadStatusLine;

    // The field is held back until the next line so a response obs-fold can extend its value.
    QByteArray pendingName;
    QByteArray pendingValue;
    bool pending = false;
    int count = 0;

    while (!reader.atEnd()) {
        const Line line = reader.next();
        if (!line.terminated)
            return incomplete;
        if (line.content.contains('\r'))
            return ParseError::BareCarriageReturn;
        if (line.bareLf && request)
            return ParseError::BareLineFeed;

        if (line.content.isEmpty()) {
            if (!reader.atEnd())
                return incomplete;
            if (pending)
                headers.append(std::move(pendingName), std::move(pendingValue));
            return ParseError::None;
        }

        if (isOws(line.content.front())) {
            // RFC 9112 §5.2: a server rejects obs-fold; a user agent replaces it with SP.
            if (request || !pending)
                return ParseError::ObsoleteLineFolding;
            const QByteArrayView more = trimOws(line.content);
            for (char c : more) {
                if (!isFieldValueChar(c))
                    return ParseError::BadHeaderValue;
            }
            if (!more.isEmpty()) {
                if (!pendingValue.isEmpty())
                    pendingValue.append(' ');
                pendingValue.append(more);
            }
            continue;
        }

        if (++count > limits.maxHeaderCount)
            return ParseError::TooManyHeaders;
        QByteArrayView name;
        QByteArrayView value;
        if (const ParseError error = parseFieldLine(line.content, name, value); error != ParseError::None)
            return error;
        if (pending)
            headers.append(std::move(pendingName), std::move(pendingValue));
        pendingName = name.toByteArray();
        pendingValue = value.toByteArray();
        pending = true;
    }
    return incomplete;
}

ParseError parseContentLength(const Headers &headers, qint64 &out)
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    bool seen = false;
    out = 0;
    for (const HeaderField &field : headers.fields()) {
        if (!equalsIgnoreCase(field.name, "Content-Length"))
            continue;
        // Split by hand rather than with splitList(): empty elements are errors here.
        QByteArrayView rest = field.value;
        while (true) {
            const qsizetype comma = rest.indexOf(',');
            const QByteArrayView element = trimOws(comma < 0 ? rest : rest.first(comma));
            if (element.isEmpty())
                return ParseError::BadContentLength;
            qint64 n = 0;
            for (char c : element) {
                if (!isDigit(c))
                    return ParseError::BadContentLength;
                const int d = c - '0';
                if (n > (max - d) / 10)
                    return ParseError::BadContentLength;
                n = n * 10 + d;
            }
            if (seen && n != out)
                return ParseError::BadContentLength;
            out = n;
            seen = true;
            if (comma < 0)
                break;
            rest = rest.sliced(comma + 1);
        }
    }
    return ParseError::None;
}

namespace {

bool isRegNameChar(char c)
{
    return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

bool isValidIpv6Literal(QByteArrayView literal)
{
    // Pre-filter so QHostAddress never sees zone ids ("%eth0"), IPvFuture or other surprises.
    if (literal.size() < 2 || literal.size() > 45)
        return false;
    for (char c : literal) {
        if (hexValue(c) < 0 && c != ':' && c != '.')
            return false;
    }
    QHostAddress address;
    return address.setAddress(QString::fromLatin1(literal)) &&
           address.protocol() == QAbstractSocket::IPv6Protocol;
}

} // namespace

bool parseHostPort(QByteArrayView s, HostPort &out)
{
    out = {};
    if (s.isEmpty())
        return false;
    QByteArrayView rest;
    if (s.front() == '[') {
        const qsizetype close = s.indexOf(']');
        if (close < 0)
            return false;
        const QByteArrayView literal = s.sliced(1, close - 1);
        if (!isValidIpv6Literal(literal))
            return false;
        out.host = toLowerAscii(literal);
        rest = s.sliced(close + 1);
    } else {
        const qsizetype colon = s.indexOf(':');
        const QByteArrayView host = colon < 0 ? s : s.first(colon);
        if (host.isEmpty() || host.size() > kMaxHostLength)
            return false;
        for (char c : host) {
            if (!isRegNameChar(c))
                return false;
        }
        out.host = toLowerAscii(host);
        rest = colon < 0 ? QByteArrayView() : s.sliced(colon);
    }

    if (rest.isEmpty())
        return true;
    if (rest.front() != ':')
        return false;
    const QByteArrayView digits = rest.sliced(1);
    if (digits.isEmpty())
        return true;
    if (digits.size() > 5)
        return false;
    int port = 0;
    for (char c : digits) {
        if (!isDigit(c))
            return false;
        port = port * 10 + (c - '0');
    }
    if (port < 1 || port > 65535)
        return false;
    out.port = quint16(port);
    out.hasPort = true;
    return true;
}

} // namespace Veil::Http::Syntax
