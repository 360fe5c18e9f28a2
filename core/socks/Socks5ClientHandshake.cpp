#include "socks/Socks5ClientHandshake.h"

#include "socks/Socks5Wire.h"

#include <QHostAddress>

#include <utility>

namespace Veil::Socks5 {

using namespace Wire;

namespace {

constexpr qsizetype kMaxField = 255; // every length on the wire is one byte

// Builds VER CMD RSV ATYP DST.ADDR DST.PORT, or returns nothing when the target cannot be encoded.
QByteArray connectRequest(const QByteArray &host, quint16 port)
{
    QByteArray out;
    appendByte(out, kVersion);
    appendByte(out, kCommandConnect);
    appendByte(out, 0x00);

    QByteArrayView literal = host;
    if (literal.size() > 2 && literal.startsWith('[') && literal.endsWith(']'))
        literal = literal.sliced(1, literal.size() - 2);
    // Qt also accepts inet_aton shorthands ("127.1", "010.0.0.1", "1234") and reads leading zeros as
    // decimal where C resolvers read octal; only a canonical dotted quad counts as IPv4 here, anything
    // else goes on as a name for the exit to interpret.
    const QString text = QString::fromLatin1(literal);
    QHostAddress address;
    const bool isLiteral = address.setAddress(text) && (address.protocol() == QAbstractSocket::IPv6Protocol ||
                                                        address.toString() == text);
    if (isLiteral) {
        appendAddress(out, address);
    } else {
        if (host.isEmpty() || host.size() > kMaxField)
            return {};
        appendByte(out, static_cast<quint8>(AddressType::DomainName));
        appendByte(out, static_cast<quint8>(host.size()));
        out.append(host);
    }
    appendPort(out, port);
    return out;
}

} // namespace

const char *replyText(Reply code)
{
    switch (code) {
    case Reply::Succeeded:
        return "succeeded";
    case Reply::GeneralFailure:
        return "general SOCKS server failure";
    case Reply::NotAllowedByRuleset:
        return "connection not allowed by ruleset";
    case Reply::NetworkUnreachable:
        return "network unreachable";
    case Reply::HostUnreachable:
        return "host unreachable";
    case Reply::ConnectionRefused:
        return "connection refused";
    case Reply::TtlExpired:
        return "TTL expired";
    case Reply::CommandNotSupported:
        return "command not supported";
    case Reply::AddressTypeNotSupported:
        return "address type not supported";
    }
    return "unknown SOCKS reply code";
}

ClientHandshake::ClientHandshake(QByteArray host, quint16 port, QByteArray user, QByteArray password)
    : m_host(std::move(host))
    , m_port(port)
    , m_user(std::move(user))
    , m_password(std::move(password))
{}

QByteArray ClientHandshake::start()
{
    if (m_started) {
        fail(0, "handshake already started");
        return {};
    }
    m_started = true;
    if (m_port == 0) {
        fail(0, "invalid target port");
        return {};
    }
    m_request = connectRequest(m_host, m_port);
    if (m_request.isEmpty()) {
        fail(0, "invalid target host");
        return {};
    }
    if (m_user.size() > kMaxField || m_password.size() > kMaxField) {
        fail(0, "credentials too long");
        return {};
    }

    // With credentials, no-auth is offered too: a server that needs none simply picks it.
    QByteArray greeting;
    appendByte(greeting, kVersion);
    if (m_user.isEmpty()) {
        appendByte(greeting, 1);
        appendByte(greeting, kMethodNoAuth);
    } else {
        appendByte(greeting, 2);
        appendByte(greeting, kMethodNoAuth);
        appendByte(greeting, kMethodUserPassword);
    }
    return greeting;
}

ClientHandshake::Step ClientHandshake::feed(QByteArrayView data)
{
    Step step;
    while (m_started) {
        const QByteArrayView rest = data.sliced(step.consumed);
        qsizetype used = 0;
        if (m_state == State::Greeting)
            used = parseMethod(rest, step.output);
        else if (m_state == State::Auth)
            used = parseAuthStatus(rest, step.output);
        else if (m_state == State::Request)
            used = parseReply(rest);
        step.consumed += used;
        if (used == 0)
            break;
    }
    step.state = m_state;
    step.reply = m_reply;
    step.errorText = m_error;
    return step;
}

qsizetype ClientHandshake::fail(qsizetype used, const char *error, Reply code)
{
    m_state = State::Failed;
    m_error = error;
    m_reply = code;
    m_password.clear();
    return used;
}

QByteArray ClientHandshake::authMessage()
{
    QByteArray out;
    appendByte(out, kAuthVersion);
    appendByte(out, static_cast<quint8>(m_user.size()));
    out.append(m_user);
    appendByte(out, static_cast<quint8>(m_password.size()));
    out.append(m_password);
    // Drop our reference right away; the secret's lifetime belongs to the caller (SecretStore).
    m_password.clear();
    return out;
}

qsizetype ClientHandshake::parseMethod(QByteArrayView data, QByteArray &out)
{
    if (data.size() < 2)
        return 0;
    if (byteAt(data, 0) != kVersion)
        return fail(1, "server is not SOCKS5");
    const quint8 method = byteAt(data, 1);
    if (method == kMethodNoAuth) {
        out.append(m_request);
        m_state = State::Request;
    } else if (method == kMethodUserPassword && !m_user.isEmpty()) {
        out.append(authMessage());
        m_state = State::Auth;
    } else if (method == kNoAcceptableMethod) {
        return fail(2, "no acceptable authentication method");
    } else {
        return fail(2, "server selected a method that was not offered");
    }
    return 2;
}

qsizetype ClientHandshake::parseAuthStatus(QByteArrayView data, QByteArray &out)
{
    if (data.size() < 2)
        return 0;
    if (byteAt(data, 0) != kAuthVersion)
        return fail(1, "unsupported authentication version");
    if (byteAt(data, 1) != kAuthSuccess)
        return fail(2, "bad credentials");
    out.append(m_request);
    m_state = State::Request;
    return 2;
}

qsizetype ClientHandshake::parseReply(QByteArrayView data)
{
    // A refusal is final whatever follows, so it is reported as soon as REP arrives; servers often
    // close right after it.
    if (data.isEmpty())
        return 0;
    if (byteAt(data, 0) != kVersion)
        return fail(1, "server is not SOCKS5");
    if (data.size() < 2)
        return 0;
    const auto code = static_cast<Reply>(byteAt(data, 1));
    if (code != Reply::Succeeded)
        return fail(2, replyText(code), code);
    if (data.size() < 4)
        return 0;
    const quint8 atyp = byteAt(data, 3);
    const qsizetype addressSize = addressFieldSize(atyp, data.sliced(4));
    if (addressSize < 0)
        return fail(4, "unsupported address type in reply");
    const qsizetype size = 4 + addressSize + 2;
    if (addressSize == 0 || data.size() < size)
        return 0;
    m_boundHost = addressText(static_cast<AddressType>(atyp), data.sliced(4, addressSize));
    m_boundPort = portAt(data, 4 + addressSize);
    m_reply = Reply::Succeeded;
    m_state = State::Done;
    return size;
}

} // namespace Veil::Socks5
