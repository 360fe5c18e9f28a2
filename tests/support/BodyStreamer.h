#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QObject>
#include <QTcpSocket>

namespace Veil::Test {

/**
 * Writes @p total bytes of a fixed pseudo-random pattern to a socket as fast as it drains, keeping
 * at most ~1 MiB queued in this process (the test origin must not be the memory hog a memory test
 * measures), and hashes what it sent. A child of the socket.
 */
class BodyStreamer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyStreamer)

public:
    BodyStreamer(QTcpSocket *socket, qint64 total);

    /** Queues more bytes if there is room; called on every bytesWritten. */
    void topUp();
    qint64 sent() const { return m_sent; }
    qint64 total() const { return m_total; }
    QByteArray sha256() const { return m_hash.result().toHex(); }

private:
    QTcpSocket *m_socket;
    qint64 m_total;
    qint64 m_sent = 0;
    QByteArray m_block;
    QCryptographicHash m_hash;
};

} // namespace Veil::Test
