#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>

#include <cstdint>
#include <functional>

namespace Veil::Socks5 {

/** RFC 1928 §6 reply codes. */
enum class Reply : std::uint8_t
{
    Succeeded = 0x00,
    GeneralFailure = 0x01,
    NotAllowedByRuleset = 0x02,
    NetworkUnreachable = 0x03,
    HostUnreachable = 0x04,
    ConnectionRefused = 0x05,
    TtlExpired = 0x06,
    CommandNotSupported = 0x07,
    AddressTypeNotSupported = 0x08,
};

enum class AddressType : std::uint8_t
{
    IPv4 = 0x01,
    DomainName = 0x03,
    IPv6 = 0x04
};

/**
 * Server side of the SOCKS5 handshake as a pure state machine (no sockets): feed it the bytes the
 * client sent, write back what it returns. Supports methods 0x00 (no auth) and 0x02 (RFC 1929
 * username/password) and the CONNECT command; BIND and UDP ASSOCIATE get reply 0x07. Domain names
 * must be letters, digits, '-', '.' and '_' (anything else, and port 0, gets reply 0x04).
 */
class ServerHandshake
{
public:
    /** Returns true when the credentials are valid. */
    using Authenticator = std::function<bool(QByteArrayView user, QByteArrayView password)>;

    /** Without an authenticator only "no auth" is offered; with one, only user/password. */
    explicit ServerHandshake(Authenticator authenticator = {});

    enum class State : std::uint8_t
    {
        Greeting, ///< waiting for VER NMETHODS METHODS
        Auth,     ///< waiting for the RFC 1929 sub-negotiation
        Request,  ///< waiting for VER CMD RSV ATYP DST.ADDR DST.PORT
        Connect,  ///< request parsed: caller dials target, then sends reply()
        Failed,   ///< protocol error or refusal; write `output` then close
    };

    struct Step
    {
        qsizetype consumed = 0; ///< input bytes used (the rest stays for the next call / the tunnel)
        QByteArray output;      ///< bytes to write to the client now (may be empty)
    };

    /** Feeds client bytes; call again with the unconsumed rest after more data arrives. */
    Step feed(QByteArrayView data);

    State state() const { return m_state; }
    /** Short reason when state() is Failed ("unsupported SOCKS version 4", "bad credentials", …). */
    const char *errorText() const { return m_error.constData(); }

    /** Valid in state Connect. Domain names are returned as sent (not resolved), lower-cased. */
    AddressType addressType() const { return m_addressType; }
    QByteArray host() const { return m_host; } ///< domain, or textual IPv4/IPv6 (no brackets)
    quint16 port() const { return m_port; }
    QByteArray username() const { return m_user; } ///< user that authenticated (empty for no-auth)

    /** Builds a reply (RFC 1928 §6). A null @p bound address is sent as 0.0.0.0:0. */
    static QByteArray reply(Reply code, const QHostAddress &bound = {}, quint16 boundPort = 0);

private:
    // Each parser handles one message at the front of @p data and returns the bytes it used, or 0
    // while the message is still incomplete (nothing is buffered here: the caller keeps the rest).
    qsizetype parseGreeting(QByteArrayView data, QByteArray &out);
    qsizetype parseAuth(QByteArrayView data, QByteArray &out);
    qsizetype parseRequest(QByteArrayView data, QByteArray &out);
    qsizetype fail(qsizetype used, QByteArray &out, QByteArrayView replyBytes, QByteArray error);

    Authenticator m_auth;
    State m_state = State::Greeting;
    QByteArray m_error; // owned, because some reasons carry a number ("unsupported SOCKS version 4")
    AddressType m_addressType = AddressType::IPv4;
    QByteArray m_host;
    quint16 m_port = 0;
    QByteArray m_user;
};

} // namespace Veil::Socks5
