#include "BodyStreamer.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Veil::Test {

BodyStreamer::BodyStreamer(QTcpSocket *socket, qint64 total)
    : QObject(socket)
    , m_socket(socket)
    , m_total(total)
    , m_hash(QCryptographicHash::Sha256)
{
    // An odd-sized block, so a lost or repeated relay chunk cannot line up with the pattern.
    m_block.resize(1000003);
    QRandomGenerator random(0x5eed);
    for (char &c : m_block) {
        c = char(random.generate());
    }
    connect(socket, &QTcpSocket::bytesWritten, this, &BodyStreamer::topUp);
}

void BodyStreamer::topUp()
{
    while (m_sent < m_total && m_socket->bytesToWrite() < 1024 * 1024) {
        const qint64 offset = m_sent % m_block.size();
        const qint64 n = std::min({qint64(256 * 1024), qint64(m_block.size()) - offset, m_total - m_sent});
        const QByteArrayView piece(m_block.constData() + offset, n);
        m_socket->write(piece.data(), piece.size());
        m_hash.addData(piece);
        m_sent += n;
    }
}

} // namespace Veil::Test
