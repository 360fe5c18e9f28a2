#pragma once

#include "HttpWire.h"

#include <QByteArray>
#include <QTcpSocket>

namespace Veil::Test {

/**
 * A raw TCP client of the proxy for exact protocol cases. Every wait spins the event loop, so an
 * origin living in the test's thread keeps serving meanwhile.
 */
class RawClient
{
    Q_DISABLE_COPY_MOVE(RawClient)

public:
    static constexpr int DefaultTimeoutMs = 10000;

    /** Connects to 127.0.0.1:@p port. @p readBufferSize 0 = unbounded (QTcpSocket default). */
    explicit RawClient(quint16 port, qint64 readBufferSize = 0);

    bool waitConnected(int timeoutMs = DefaultTimeoutMs);
    void send(const QByteArray &bytes) { socket.write(bytes); }
    /** Moves what the socket has read into buffer. */
    void pull() { buffer += socket.readAll(); }
    bool closed() const { return socket.state() == QAbstractSocket::UnconnectedState; }

    /** Reads one response (a 1xx counts as one). False on timeout, parse error or early close. */
    bool readResponse(WireMessage *out, bool headRequest = false, int timeoutMs = DefaultTimeoutMs);
    /** Waits for @p n bytes and takes them (fewer on timeout or close). */
    QByteArray readBytes(qsizetype n, int timeoutMs = DefaultTimeoutMs);
    /** Waits until the peer closed the connection, collecting what it sent before. */
    bool waitClosed(int timeoutMs = DefaultTimeoutMs);

    QTcpSocket socket;
    QByteArray buffer; ///< received, not yet consumed
};

} // namespace Veil::Test
