#include "socks/Socks5Handshake.h"

#include "socks/Socks5Wire.h"

#include <utility>

namespace Veil::Socks5 {

using namespace Wire;

namespace {

QByteArray twoBytes(quint8 first, quint8 second)
{
    QByteArray out;
    appendByte(out, first);
    appendByte(out, second);
    return out;
}

QByteArray versionError(quint8 version)
{
    return QByteArrayLiteral("unsupported SOCKS version ") + QByteArray::number(version);
}

// Letters, digits, '-', '.', '_' only. The name ends up in logs, rule matching and upstream
// requests ("host:port", URLs), so anything that could split or rewrite those (NUL, spaces, '/',
// '@', ':', non-ASCII) is refused here rather than escaped everywhere later.
bool isValidDomainName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '.' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

ServerHandshake::ServerHandshake(Authenticator authenticator)
    : m_auth(std::move(authenticator))
{}

ServerHandshake::Step ServerHandshake::feed(QByteArrayView data)
{
    // One call may carry several phases (a client that pipelines greeting, auth and request), so keep
    // going until a message is incomplete or the handshake is over.
    Step step;
    for (;;) {
        const QByteArrayView rest = data.sliced(step.consumed);
        qsizetype used = 0;
        switch (m_state) {
        case State::Greeting:
            used = parseGreeting(rest, step.output);
            break;
        case State::Auth:
            used = parseAuth(rest, step.output);
            break;
        case State::Request:
            used = parseRequest(rest, step.output);
            break;
        case State::Connect:
        case State::Failed:
            return step;
        }
        step.consumed += used;
        if (used == 0)
            return step;
    }
}

qsizetype ServerHandshake::fail(qsizetype used, QByteArray &out, QByteArrayView replyBytes, QByteArray error)
{
    m_state = State::Failed;
    m_error = std::move(error);
    out.append(replyBytes);
    return used;
}

qsizetype ServerHandshake::parseGreeting(QByteArrayView data, QByteArray &out)
{
    // +-----+----------+----------+
    // | VER | NMETHODS | METHODS  |
    // +-----+----------+----------+
    if (data.isEmpty())
        return 0;
    if (byteAt(data, 0) != kVersion) // not SOCKS5 (often SOCKS4 or HTTP): there is no reply to give
        return fail(1, out, {}, versionError(byteAt(data, 0)));
    if (data.size() < 2)
        return 0;
    const qsizetype methodCount = byteAt(data, 1);
    if (methodCount == 0)
        return fail(2, out, twoBytes(kVersion, kNoAcceptableMethod), "no authentication methods offered");
    const qsizetype size = 2 + methodCount;
    if (data.size() < size)
        return 0;

    // Only one method is acceptable at a time: offering no-auth next to user/password would let a
    // client skip authentication simply by not offering it.
    const quint8 wanted = m_auth ? kMethodUserPassword : kMethodNoAuth;
    if (!data.sliced(2, methodCount).contains(static_cast<char>(wanted)))
        return fail(size, out, twoBytes(kVersion, kNoAcceptableMethod),
                    "no acceptable authentication method");
    out.append(twoBytes(kVersion, wanted));
    m_state = m_auth ? State::Auth : State::Request;
    return size;
}

qsizetype ServerHandshake::parseAuth(QByteArrayView data, QByteArray &out)
{
    // +-----+------+----------+------+----------+
    // | VER | ULEN |  UNAME   | PLEN |  PASSWD  |
    // +-----+------+----------+------+----------+
    const QByteArray refused = twoBytes(kAuthVersion, kAuthFailure);
    if (data.isEmpty())
        return 0;
    if (byteAt(data, 0) != kAuthVersion)
        return fail(1, out, refused,
                    QByteArrayLiteral("unsupported authentication version ") +
                        QByteArray::number(byteAt(data, 0)));
    if (data.size() < 2)
        return 0;
    const qsizetype userSize = byteAt(data, 1);
    if (userSize == 0)
        return fail(2, out, refused, "empty username");
    if (data.size() < 2 + userSize + 1)
        return 0;
    const qsizetype passwordSize = byteAt(data, 2 + userSize);
    if (passwordSize == 0)
        return fail(2 + userSize + 1, out, refused, "empty password");
    const qsizetype size = 2 + userSize + 1 + passwordSize;
    if (data.size() < size)
        return 0;

    // The password is only ever a view into the caller's buffer: it is never copied into this object,
    // so nothing here outlives the check.
    const QByteArrayView user = data.sliced(2, userSize);
    const QByteArrayView password = data.sliced(2 + userSize + 1, passwordSize);
    if (!m_auth(user, password))
        return fail(size, out, refused, "bad credentials");
    m_user = user.toByteArray();
    out.append(twoBytes(kAuthVersion, kAuthSuccess));
    m_state = State::Request;
    return size;
}

qsizetype ServerHandshake::parseRequest(QByteArrayView data, QByteArray &out)
{
    // +-----+-----+-------+------+----------+----------+
    // | VER | CMD |  RSV  | ATYP | DST.ADDR | DST.PORT |
    // +-----+-----+-------+------+----------+----------+
    // Header errors are reported as soon as the offending byte arrives; CMD and address checks wait
    // for the whole request so the client reads a reply to a request it has finished sending.
    const QByteArray generalFailure = reply(Reply::GeneralFailure);
    if (data.isEmpty())
        return 0;
    if (byteAt(data, 0) != kVersion)
        return fail(1, out, generalFailure, versionError(byteAt(data, 0)));
    if (data.size() >= 3 && byteAt(data, 2) != 0x00)
        return fail(3, out, generalFailure, "reserved byte is not zero");
    if (data.size() < 4)
        return 0;
    const quint8 atyp = byteAt(data, 3);
    const qsizetype addressSize = addressFieldSize(atyp, data.sliced(4));
    if (addressSize < 0)
        return fail(4, out, reply(Reply::AddressTypeNotSupported), "unsupported address type");
    const qsizetype size = 4 + addressSize + 2;
    if (addressSize == 0 || data.size() < size)
        return 0;

    if (byteAt(data, 1) != kCommandConnect)
        return fail(size, out, reply(Reply::CommandNotSupported), "unsupported command");
    const auto type = static_cast<AddressType>(atyp);
    const QByteArrayView field = data.sliced(4, addressSize);
    if (type == AddressType::DomainName && !isValidDomainName(field.sliced(1)))
        return fail(size, out, reply(Reply::HostUnreachable), "invalid domain name");
    const quint16 port = portAt(data, 4 + addressSize);
    if (port == 0)
        return fail(size, out, reply(Reply::HostUnreachable), "invalid destination port");

    m_addressType = type;
    m_host = addressText(type, field);
    if (type == AddressType::DomainName)
        m_host = m_host.toLower(); // DNS names are case-insensitive; rules and logs compare bytes
    m_port = port;
    m_state = State::Connect;
    return size;
}

QByteArray ServerHandshake::reply(Reply code, const QHostAddress &bound, quint16 boundPort)
{
    // +-----+-----+-------+------+----------+----------+
    // | VER | REP |  RSV  | ATYP | BND.ADDR | BND.PORT |
    // +-----+-----+-------+------+----------+----------+
    QByteArray out;
    out.reserve(4 + kIPv6Size + 2);
    appendByte(out, kVersion);
    appendByte(out, static_cast<quint8>(code));
    appendByte(out, 0x00);
    appendAddress(out, bound);
    appendPort(out, bound.isNull() ? 0 : boundPort); // documented: null is 0.0.0.0:0
    return out;
}

} // namespace Veil::Socks5
