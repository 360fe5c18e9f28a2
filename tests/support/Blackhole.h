#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>

namespace Veil::Test {

/**
 * A loopback port whose connects neither complete nor get refused, so a connect hangs in SYN
 * retransmission until the dialer's own timeout fires. This is deterministic on loopback (no
 * routing, firewall or unreachable address involved); open() verifies it with a probe and fails
 * loudly if the kernel behaves otherwise.
 *
 * Unix: a listening socket with backlog 0 that never accepts, its one-entry accept queue filled by
 * a connection we hold; the kernel then drops further SYNs. Windows answers a full backlog with a
 * reset instead, so there the listening socket has SO_CONDITIONAL_ACCEPT set: the stack does not
 * acknowledge a SYN until the application accepts it, which this one never does.
 */
class Blackhole
{
    Q_DISABLE_COPY_MOVE(Blackhole)

public:
    Blackhole() = default;
    ~Blackhole();

    bool open(QByteArray *why);
    quint16 port() const { return m_port; }

private:
    bool listen();

    quint16 m_port = 0;
#ifdef Q_OS_WIN
    qintptr m_socket = -1; // a SOCKET; -1 is INVALID_SOCKET
#else
    QTcpServer m_server;
    QTcpSocket m_filler;
#endif
};

} // namespace Veil::Test
