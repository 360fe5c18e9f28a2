#pragma once

#include <QByteArray>
#include <QTcpSocket>

namespace Veil::Test {

/**
 * A loopback port whose connects neither complete nor get refused: a listening socket with backlog 0
 * that never accepts, its one-entry accept queue filled by a connection we hold. Linux then drops
 * further SYNs, so a connect hangs in SYN retransmission until the dialer's own timeout fires. This
 * is deterministic on loopback (no routing, firewall or unreachable address involved); open()
 * verifies it with a probe and fails loudly if the kernel behaves otherwise.
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
    int m_fd = -1;
    quint16 m_port = 0;
    QTcpSocket m_filler;
};

} // namespace Veil::Test
