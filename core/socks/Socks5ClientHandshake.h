#pragma once

#include "socks/Socks5Handshake.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

namespace Veil::Socks5 {

/** Short English text for a reply code ("connection refused"), for logs and error pages. */
const char *replyText(Reply code);

/**
 * Client side of the SOCKS5 handshake as a pure state machine (no sockets), used to dial through
 * SOCKS5 exits and to drive ServerHandshake in tests. The target host is passed on as given (ATYP 3,
 * "socks5h" semantics) unless it is an IP literal: nothing is resolved locally, so no DNS query leaks
 * around the exit. Only the CONNECT command is used.
 *
 * Usage: write start(), then feed() whatever the server sends and write each Step::output, keeping
 * the unconsumed bytes for the next call, until the state is Done (the rest of the stream is tunnel
 * data) or Failed (close the connection).
 */
class ClientHandshake
{
public:
    enum class State : std::uint8_t
    {
        Greeting, ///< greeting sent, waiting for the method selection
        Auth,     ///< RFC 1929 credentials sent, waiting for the status
        Request,  ///< CONNECT sent, waiting for the reply
        Done,     ///< the server connected the target
        Failed,   ///< refused or malformed; see errorText() and reply()
    };

    struct Step
    {
        qsizetype consumed = 0;              ///< input bytes used (the rest stays for the next call)
        QByteArray output;                   ///< bytes to write to the server now (may be empty)
        State state = State::Greeting;       ///< state after this step
        Reply reply = Reply::GeneralFailure; ///< see ClientHandshake::reply()
        const char *errorText = "";          ///< static string, empty unless Failed
    };

    /**
     * @p host is a domain name or an IP literal (IPv6 with or without brackets). Credentials are
     * offered only when @p user is not empty; an empty @p password is sent as is (PLEN 0), which
     * some servers accept and RFC 1929 servers refuse.
     */
    ClientHandshake(QByteArray host, quint16 port, QByteArray user = {}, QByteArray password = {});

    /**
     * Returns the greeting to send first. Returns nothing and moves to Failed when the target or the
     * credentials cannot be encoded (empty or over-long host, port 0, user or password over 255
     * bytes), or when called twice.
     */
    QByteArray start();

    /** Feeds server bytes; call again with the unconsumed rest after more data arrives. */
    Step feed(QByteArrayView data);

    State state() const { return m_state; }
    /** Static short reason when state() is Failed ("connection refused", "bad credentials", …). */
    const char *errorText() const { return m_error; }
    /**
     * Succeeded only in state Done; the server's code when it refused the request; GeneralFailure
     * for every other failure, so a chained server can pass it straight on to its own client.
     */
    Reply reply() const { return m_reply; }

    /** Valid in state Done: BND.ADDR as text (IPv4, IPv6 without brackets, or a domain) and BND.PORT. */
    QByteArray boundHost() const { return m_boundHost; }
    quint16 boundPort() const { return m_boundPort; }

private:
    // Same contract as ServerHandshake: each returns the bytes used, 0 while incomplete.
    qsizetype parseMethod(QByteArrayView data, QByteArray &out);
    qsizetype parseAuthStatus(QByteArrayView data, QByteArray &out);
    qsizetype parseReply(QByteArrayView data);
    qsizetype fail(qsizetype used, const char *error, Reply code = Reply::GeneralFailure);
    QByteArray authMessage();

    QByteArray m_host;
    quint16 m_port = 0;
    QByteArray m_user;
    QByteArray m_password; // released as soon as the auth message is built
    QByteArray m_request;  // built by start(), so encoding errors surface before any byte is sent
    bool m_started = false;
    State m_state = State::Greeting;
    Reply m_reply = Reply::GeneralFailure;
    const char *m_error = "";
    QByteArray m_boundHost;
    quint16 m_boundPort = 0;
};

} // namespace Veil::Socks5
