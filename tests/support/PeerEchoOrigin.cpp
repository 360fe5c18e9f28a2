#include "PeerEchoOrigin.h"

#include <QHostAddress>

namespace Veil::Test {

PeerEchoOrigin::PeerEchoOrigin(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("PeerEchoOrigin"));
    m_origin.setResponder([this](ScriptedOrigin::Connection &c, const WireMessage &request) {
        QHostAddress peer = c.socket->peerAddress();
        bool isV4 = false;
        const quint32 v4 = peer.toIPv4Address(&isV4); // an IPv4-mapped peer reads as plain IPv4
        if (isV4) {
            peer = QHostAddress(v4);
        }
        const QByteArray address = peer.toString().toLatin1();
        m_seen.append(
            {address, request.header("Host"), request.target, request.header("Proxy-Authorization")});
        ScriptedOrigin::respond(
            c, makeResponse(200, address, QByteArrayLiteral("Content-Type: text/plain\r\n")));
        Q_EMIT requestSeen();
    });
}

QString PeerEchoOrigin::url(const QString &path) const
{
    return url(QStringLiteral("127.0.0.1"), path);
}

QString PeerEchoOrigin::url(const QString &host, const QString &path) const
{
    return QStringLiteral("http://") + host + QLatin1Char(':') + QString::number(port()) + path;
}

QList<PeerEchoOrigin::Seen> PeerEchoOrigin::seenFor(const QByteArray &path) const
{
    QList<Seen> out;
    for (const Seen &s : m_seen) {
        if (s.target == path) {
            out.append(s);
        }
    }
    return out;
}

QList<QByteArray> PeerEchoOrigin::peersFor(const QByteArray &path) const
{
    QList<QByteArray> out;
    for (const Seen &s : seenFor(path)) {
        out.append(s.peer);
    }
    return out;
}

} // namespace Veil::Test
