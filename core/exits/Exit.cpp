#include "exits/Exit.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringDecoder>
#include <QUrl>

namespace Veil {

namespace {

constexpr qsizetype kMaxHostLength = 253;
constexpr qsizetype kMaxLabelLength = 63;
constexpr qsizetype kMaxUserBytes = 255; // SOCKS5 (RFC 1929) carries the user name in one length byte
constexpr qsizetype kMaxIdLength = 300;  // room for a generated id from a 253-character host

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::Exit)
};

/**
 * Where a password would sit in @p text: between the first ':' after "scheme://" and the last '@'
 * (a password may well contain '@', '/', '#' or '?'). Returns false when there is none.
 */
bool findPassword(const QString &text, qsizetype *colon, qsizetype *at)
{
    const qsizetype sep = text.indexOf(QLatin1String("://"));
    const qsizetype start = sep < 0 ? 0 : sep + 3;
    *at = text.lastIndexOf(QLatin1Char('@'));
    *colon = text.indexOf(QLatin1Char(':'), start);
    return *at >= start && *colon >= 0 && *colon < *at;
}

ExitParseResult failure(const QString &message)
{
    return {std::nullopt, message};
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

// Dotted quad only: "127.1", octal "010.0.0.1" and friends mean different hosts to different
// resolvers, so an exit address must be unambiguous.
bool isStrictIPv4(QStringView text)
{
    int parts = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != QLatin1Char('.')) {
            continue;
        }
        const QStringView part = text.sliced(start, i - start);
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part[0] == QLatin1Char('0')) ||
            part.toInt() > 255) {
            return false;
        }
        ++parts;
        start = i + 1;
    }
    return parts == 4;
}

// LDH labels plus '_' (seen in internal names); the last label must not be all digits, or a typo in
// an IPv4 address would pass as a name.
bool isValidHostName(QStringView host)
{
    if (host.isEmpty() || host.size() > kMaxHostLength) {
        return false;
    }
    qsizetype start = 0;
    bool allDigits = true;
    for (qsizetype i = 0; i <= host.size(); ++i) {
        if (i == host.size() || host[i] == QLatin1Char('.')) {
            const qsizetype length = i - start;
            if (length < 1 || length > kMaxLabelLength || host[start] == QLatin1Char('-') ||
                host[i - 1] == QLatin1Char('-')) {
                return false;
            }
            if (i == host.size() && allDigits) {
                return false;
            }
            start = i + 1;
            allDigits = true;
            continue;
        }
        const QChar c = host[i];
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != QLatin1Char('-') && c != QLatin1Char('_')) {
            return false;
        }
        allDigits = allDigits && isAsciiDigit(c);
    }
    return true;
}

/** Sets @p host to the normalized form of @p text or returns an error message. */
QString parseHost(const QString &text, QString *host)
{
    if (text.isEmpty()) {
        return Tr::tr("missing host name");
    }
    bool digitsAndDots = true;
    bool ascii = true;
    for (const QChar c : text) {
        digitsAndDots = digitsAndDots && (isAsciiDigit(c) || c == QLatin1Char('.'));
        ascii = ascii && c.unicode() < 0x80;
    }
    if (digitsAndDots) {
        if (!isStrictIPv4(text)) {
            return Tr::tr("\"%1\" is not an IPv4 address").arg(text);
        }
        *host = text;
        return {};
    }
    QString name = ascii ? text.toLower() : QString::fromLatin1(QUrl::toAce(text));
    if (name.endsWith(QLatin1Char('.'))) {
        name.chop(1); // "example.com." names the same host
    }
    if (!isValidHostName(name)) {
        return Tr::tr("\"%1\" is not a valid host name").arg(text);
    }
    *host = name.toLower();
    return {};
}

/** Decodes percent escapes in a URL user name; returns an error message on bad input. */
QString parseUser(const QString &userinfo, QString *user)
{
    if (userinfo.isEmpty()) {
        return Tr::tr("empty user name before '@'");
    }
    static const QString allowed = QStringLiteral("-._~!$&'()*+,;=%");
    for (qsizetype i = 0; i < userinfo.size(); ++i) {
        const QChar c = userinfo[i];
        if (c == QLatin1Char('%') &&
            (i + 2 >= userinfo.size() || !isHexDigit(userinfo[i + 1]) || !isHexDigit(userinfo[i + 2]))) {
            return Tr::tr("bad percent escape in the user name");
        }
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c.unicode() < 0x80 && !allowed.contains(c)) {
            return Tr::tr("the user name contains characters that must be percent-encoded");
        }
    }
    const QByteArray bytes = QByteArray::fromPercentEncoding(userinfo.toUtf8());
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    if (decoder.hasError()) {
        return Tr::tr("the user name is not valid UTF-8");
    }
    if (bytes.size() > kMaxUserBytes) {
        return Tr::tr("the user name is longer than 255 bytes");
    }
    for (const QChar c : decoded) {
        if (c == QLatin1Char(':') || c.category() == QChar::Other_Control) {
            return Tr::tr("the user name must not contain ':' or control characters");
        }
    }
    *user = decoded;
    return {};
}

/** Splits "host:port" / "[v6]:port"; returns an error message on bad input. */
QString parseHostPort(const QString &hostPort, QString *host, quint16 *port)
{
    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return Tr::tr("missing ']' after the IPv6 address");
        }
        const QString inner = hostPort.mid(1, close - 1);
        if (inner.contains(QLatin1Char('%'))) {
            return Tr::tr("IPv6 zone ids (%) are not supported");
        }
        QHostAddress address;
        if (!address.setAddress(inner) || address.protocol() != QAbstractSocket::IPv6Protocol) {
            return Tr::tr("\"%1\" is not an IPv6 address").arg(inner);
        }
        *host = address.toString();
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':'))) {
            return Tr::tr("expected ':' and a port after ']'");
        }
        portText = after.mid(1);
    } else {
        const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
        const QString hostText = colon < 0 ? hostPort : hostPort.left(colon);
        if (hostText.contains(QLatin1Char(':'))) {
            return Tr::tr("IPv6 addresses must be written in brackets, e.g. http://[2001:db8::1]:8080");
        }
        if (const QString error = parseHost(hostText, host); !error.isEmpty()) {
            return error;
        }
        portText = colon < 0 ? QString() : hostPort.mid(colon + 1);
    }
    if (portText.isEmpty()) {
        return Tr::tr("missing port: exit URLs need an explicit port, e.g. http://proxy.example:8080");
    }
    bool digits = portText.size() <= 5;
    for (const QChar c : portText) {
        digits = digits && isAsciiDigit(c);
    }
    const uint value = digits ? portText.toUInt() : 0;
    if (value < 1 || value > 65535) {
        return Tr::tr("the port must be a number from 1 to 65535");
    }
    *port = quint16(value);
    return {};
}

bool parseScheme(const QString &text, ExitScheme *scheme)
{
    const QString lower = text.toLower();
    if (lower == QLatin1String("http")) {
        *scheme = ExitScheme::Http;
    } else if (lower == QLatin1String("https")) {
        *scheme = ExitScheme::Https;
    } else if (lower == QLatin1String("socks5") || lower == QLatin1String("socks5h")) {
        *scheme = ExitScheme::Socks5; // Veil always sends the host name on, so both mean socks5h
    } else {
        return false;
    }
    return true;
}

} // namespace

QString Exit::urlString() const
{
    QString url = exitSchemeName(scheme) + QLatin1String("://");
    if (!user.isEmpty()) {
        url += QString::fromLatin1(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    }
    if (host.contains(QLatin1Char(':'))) {
        url += QLatin1Char('[') + host + QLatin1Char(']');
    } else {
        url += host;
    }
    return url + QLatin1Char(':') + QString::number(port);
}

ExitParseResult parseExitUrl(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return failure(Tr::tr("empty exit URL"));
    }
    const qsizetype sep = text.indexOf(QLatin1String("://"));
    const qsizetype authorityStart = sep < 0 ? 0 : sep + 3;

    // Checked before anything else, so no later message can quote a piece of the password.
    qsizetype colon = -1;
    qsizetype at = -1;
    if (findPassword(text, &colon, &at)) {
        return failure(Tr::tr("exit URLs must not contain a password: remove it from the URL and store it "
                              "in the keychain, or name an environment variable that holds it"));
    }
    for (const QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f || c.isSpace() ||
            c.category() == QChar::Other_Control) {
            return failure(Tr::tr("the exit URL must not contain spaces or control characters"));
        }
    }
    if (sep < 0) {
        return failure(Tr::tr("missing scheme: start the URL with http://, https:// or socks5://"));
    }
    Exit exit;
    if (!parseScheme(text.left(sep), &exit.scheme)) {
        return failure(
            Tr::tr("unsupported scheme \"%1\": use http, https or socks5").arg(text.left(sep).left(16)));
    }

    QString main = text;
    if (const qsizetype hash = text.lastIndexOf(QLatin1Char('#')); hash >= authorityStart) {
        const QString region = text.mid(hash + 1);
        if (!isValidRegionCode(region)) {
            return failure(Tr::tr("the region after '#' must be a two-letter country code such as DE"));
        }
        exit.region = region.toUpper();
        main = text.left(hash);
    }

    QString rest = main.mid(authorityStart);
    if (const qsizetype userEnd = rest.lastIndexOf(QLatin1Char('@')); userEnd >= 0) {
        if (const QString error = parseUser(rest.left(userEnd), &exit.user); !error.isEmpty()) {
            return failure(error);
        }
        rest = rest.mid(userEnd + 1);
    }
    qsizetype pathStart = rest.indexOf(QLatin1Char('/'));
    if (const qsizetype query = rest.indexOf(QLatin1Char('?'));
        query >= 0 && (pathStart < 0 || query < pathStart)) {
        pathStart = query;
    }
    if (pathStart >= 0) {
        const QString tail = rest.mid(pathStart);
        if (tail != QLatin1String("/")) {
            return failure(Tr::tr("exit URLs take no path or query, only scheme://host:port"));
        }
        rest.truncate(pathStart);
    }
    if (const QString error = parseHostPort(rest, &exit.host, &exit.port); !error.isEmpty()) {
        return failure(error);
    }
    exit.id = defaultExitId(exit.region, exit.host, exit.port);
    return {std::move(exit), {}};
}

bool isValidRegionCode(const QString &code)
{
    return code.size() == 2 && isAsciiLetter(code[0]) && isAsciiLetter(code[1]);
}

QString defaultExitId(const QString &region, const QString &host, quint16 port)
{
    const QString raw = (region.isEmpty() ? QString() : region + QLatin1Char('-')) + host + QLatin1Char('-') +
                        QString::number(port);
    QString id;
    id.reserve(raw.size());
    bool pendingDash = false;
    for (const QChar c : raw) {
        const QChar lower = c.toLower();
        if (isAsciiDigit(lower) || (lower >= QLatin1Char('a') && lower <= QLatin1Char('z'))) {
            if (pendingDash && !id.isEmpty()) {
                id += QLatin1Char('-');
            }
            id += lower;
            pendingDash = false;
        } else {
            pendingDash = true;
        }
    }
    return id;
}

QString uniqueExitId(const QString &id, const QSet<QString> &taken)
{
    QString unique = id;
    for (int n = 2; taken.contains(unique); ++n) {
        unique = id + QLatin1Char('-') + QString::number(n);
    }
    return unique;
}

bool isValidExitId(const QString &id)
{
    if (id.isEmpty() || id.size() > kMaxIdLength) {
        return false;
    }
    for (const QChar c : id) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != QLatin1Char('.') && c != QLatin1Char('_') &&
            c != QLatin1Char('-')) {
            return false;
        }
    }
    return true;
}

QString exitSchemeName(ExitScheme scheme)
{
    switch (scheme) {
    case ExitScheme::Http:
        return QStringLiteral("http");
    case ExitScheme::Https:
        return QStringLiteral("https");
    case ExitScheme::Socks5:
        return QStringLiteral("socks5");
    }
    return {};
}

QString redactExitUrl(const QString &text)
{
    qsizetype colon = -1;
    qsizetype at = -1;
    if (!findPassword(text, &colon, &at)) {
        return text;
    }
    return text.left(colon + 1) + QLatin1String("***") + text.mid(at);
}

QByteArray decodeSha256Pin(QByteArrayView pin)
{
    constexpr qsizetype kDigestSize = 32;
    QByteArray hex;
    hex.reserve(pin.size());
    bool isHex = true;
    for (const char c : pin) {
        if (c == ':') {
            continue; // "AB:CD:…" as printed by openssl x509 -fingerprint
        }
        isHex = isHex && isHexDigit(QLatin1Char(c));
        hex.append(c);
    }
    if (isHex && hex.size() == 2 * kDigestSize) {
        return QByteArray::fromHex(hex);
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(pin.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && decoded.decoded.size() == kDigestSize) {
        return decoded.decoded;
    }
    return {};
}

} // namespace Veil
